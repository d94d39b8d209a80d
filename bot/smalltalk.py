"""Greetings, thanks and "who are you": short replies that point to real questions."""

from __future__ import annotations

import re

from bot import templates

_GREETING = re.compile(r"^(hi+|hello+|hey+|hiya|howdy|yo|good (morning|afternoon|evening|day)"
                       r"|greetings|hallo|hola)( there| bot| all| everyone)?$")
_THANKS = re.compile(r"^(thanks?( you)?( so much| a lot| very much)?|thx|ty|cheers|much appreciated"
                     r"|that (helps|helped)|great( thanks?)?|perfect|awesome|ok(ay)? thanks?)$")
_IDENTITY = re.compile(r"^(who|what) are you|^what (can|do) you (do|know)|^are you (a |an )?"
                       r"(bot|robot|human|doctor|ai|real)|^how do(es)? (you|this) work|^help$"
                       r"|^what is this$|^who made you")
_BYE = re.compile(r"^(bye+|goodbye|see you|see ya|cya|good night|take care)$")


def smalltalk_reply(message: str) -> str | None:
    """A reply to a greeting, thanks, goodbye or "who are you", or None for a real question."""
    text = re.sub(r"[^a-z' ]+", " ", message.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    if not text or len(text.split()) > 8:
        return None
    examples = "\n".join(f"- {q}" for q in templates.EXAMPLE_QUESTIONS)
    if _GREETING.match(text):
        return f"{templates.SMALLTALK_GREETING}\n\n{templates.EXAMPLES_INTRO}\n{examples}"
    if _THANKS.match(text):
        return templates.SMALLTALK_THANKS
    if _BYE.match(text):
        return templates.SMALLTALK_BYE
    if _IDENTITY.match(text):
        return f"{templates.SMALLTALK_IDENTITY}\n\n{templates.EXAMPLES_INTRO}\n{examples}"
    return None
