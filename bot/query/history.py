"""Read a conversation history in Gradio's messages format, forgiving whatever is malformed."""

from __future__ import annotations

from typing import Any

from bot.records import Turn

MAX_TURNS = 20  # only the recent conversation matters; thousands of turns must not cost time
MAX_TURN_CHARS = 2000
MAX_PARTS = 20  # parts of one turn's content read
MAX_PART_DEPTH = 2  # a list of parts, each a string or a {"text"} dict; nothing deeper is Gradio's


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
    """The text of a turn's content, read without recursion: a string, a {"text"} dict, or a
    list of those. Parts nested deeper than MAX_PART_DEPTH are skipped, so content nested
    thousands deep costs no more than a few parts and never overflows the stack."""
    texts: list[str] = []
    pending: list[tuple[Any, int]] = [(content, 0)]
    while pending and len(texts) < MAX_PARTS:
        part, depth = pending.pop()
        if isinstance(part, dict):
            part = part.get("text")
        if isinstance(part, str):
            if text := without_surrogates(part).strip():
                texts.append(text)
        elif isinstance(part, (list, tuple)) and depth < MAX_PART_DEPTH:
            # reversed onto the stack, so the parts come off it in their own order
            pending.extend((p, depth + 1) for p in reversed(part[:MAX_PARTS]))
    return " ".join(texts)
