"""Greetings, thanks and "who are you": short replies that point to real questions."""

from __future__ import annotations

import re

from bot.wording import answers as templates
from bot.query.normalise import normalise

_GREETING = re.compile(r"^(hi+|hello+|hey+|hiya|howdy|yo|good (morning|afternoon|evening|day)"
                       r"|greetings|hallo|hola)\b")
_THANKS = re.compile(r"^(thanks?|thank you|thx|ty|cheers|much appreciated|that (helps|helped)"
                     r"|great|perfect|awesome|ok(ay)? thanks?)\b")
_BYE = re.compile(r"^(bye+|goodbye|see you|see ya|cya|good night|take care)\b")
_IDENTITY = re.compile(r"^(who|what) are you|^what (can|do) you (do|know)|^are you (a |an )?"
                       r"(real )?(bot|robot|human|doctor|ai|person)|^how do(es)? (you|this) work"
                       r"|^help$|^what is this$|^who made you")
# What may follow a greeting or thanks in pure smalltalk: nothing that asks something.
_FILLER = re.compile(r"^(there|bot|all|everyone|so much|a lot|very much|you|again|mate|friend"
                     r"|that (really )?help(s|ed)|how'?s it going|how are you|cheers|bye|[ ,.!?:;)(-])*$")


def smalltalk_reply(message: str) -> str | None:
    """A reply to a greeting, thanks, goodbye or "who are you", or None for a real question."""
    text = re.sub(r"[^a-z' ,.!?]+", " ", normalise(message)).strip()
    text = re.sub(r"\s+", " ", text)
    if not text or len(text.split()) > 8:
        return None
    examples = "\n".join(f"- {q}" for q in templates.EXAMPLE_QUESTIONS)
    if _IDENTITY.match(text):
        return f"{templates.SMALLTALK_IDENTITY}\n\n{templates.EXAMPLES_INTRO}\n{examples}"
    for pattern, reply in ((_GREETING, None), (_THANKS, templates.SMALLTALK_THANKS),
                           (_BYE, templates.SMALLTALK_BYE)):
        match = pattern.match(text)
        if match and _FILLER.match(_rest(text, match.end())):
            if reply is None:
                return f"{templates.SMALLTALK_GREETING}\n\n{templates.EXAMPLES_INTRO}\n{examples}"
            return reply
    return None


def _rest(text: str, end: int) -> str:
    rest = text[end:].strip(" ,.!?")
    # "thank you so much" and "bye, cheers" are still only thanks and goodbye
    return re.sub(r"^(you|thanks?|cheers|bye)\b", "", rest).strip(" ,.!?")
