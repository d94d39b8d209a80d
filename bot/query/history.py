"""Read a conversation history in Gradio's messages format, forgiving whatever is malformed."""

from __future__ import annotations

from typing import Any

from bot.records import Turn

MAX_TURNS = 20  # only the recent conversation matters; thousands of turns must not cost time
MAX_TURN_CHARS = 2000


def parse_history(history: Any) -> tuple[Turn, ...]:
    """The last turns of `history` that have a known role and some text; the rest is skipped.

    Accepts a list of {"role", "content"} dicts, where content is a string, a list of parts
    ({"type": "text", "text": ...} or strings) or a dict with "text"; anything else is ignored.
    """
    if not isinstance(history, (list, tuple)):
        return ()
    turns: list[Turn] = []
    for item in list(history)[-MAX_TURNS * 2:]:
        if not isinstance(item, dict):
            continue
        role = item.get("role")
        text = _text_of(item.get("content"))
        if role in ("user", "assistant") and text:
            turns.append(Turn(role, text[:MAX_TURN_CHARS]))
    return tuple(turns[-MAX_TURNS:])


def last_user_turns(turns: tuple[Turn, ...], n: int = 2) -> list[str]:
    return [turn.content for turn in turns if turn.role == "user"][-n:]


def without_surrogates(text: str) -> str:
    """Lone surrogates (undecodable bytes, broken emoji) become "?": the tokenizer rejects them."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return without_surrogates(content).strip()
    if isinstance(content, dict):
        text = content.get("text")
        return text.strip() if isinstance(text, str) else ""
    if isinstance(content, (list, tuple)):
        return " ".join(part for part in (_text_of(p) for p in content[:20]) if part).strip()
    return ""
