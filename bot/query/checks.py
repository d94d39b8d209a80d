"""Whether a message can be read at all: text, not empty, not too long, with some words."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bot.wording import answers as wording

MAX_MESSAGE_CHARS = 2000
_TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")


def invalid_reason(message: Any, limit: int = MAX_MESSAGE_CHARS) -> str | None:
    """Why a message cannot be answered (empty, unreadable, too long), or None if it can."""
    if not isinstance(message, str):
        return wording.NOT_TEXT
    text = _TERMINAL_ESCAPE.sub("", message)  # "\x1b[0m" is colour codes, not words
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("C", "Z"))
    if not visible:
        return wording.EMPTY_MESSAGE
    if len(message) > limit:
        return wording.TOO_LONG.format(length=len(message), limit=limit)
    if not any(ch.isalnum() for ch in visible):
        return wording.NO_WORDS
    return None
