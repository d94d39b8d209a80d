"""Decide what to search for: the message alone, or the message read with earlier turns."""

from __future__ import annotations

import re

from bot.history import last_user_turns
from bot.records import Turn
from index.text import STOPWORDS, words

# Words that point back at something said before ("it", "that one") or continue a thread.
_FOLLOW_UP_START = re.compile(
    r"^(and|also|but|so|or|what about|how about|what if|is it|does it|do they|should i|"
    r"can i|how long|how often|how much|which one|which|why|then|ok|okay|too)\b", re.I)
_REFERENCE = re.compile(r"\b(it|that|this|those|these|them|one|ones|they|there|same)\b", re.I)
TOPIC_WORDS = frozenset("""
cramp cramps cramping cramped hamstring hamstrings thigh leg legs muscle muscles spasm spasms
stretch stretches stretching massage ice heat cold warm dehydration electrolyte electrolytes
potassium magnesium calcium sodium water hydration prevent prevention cause causes doctor
""".split())


def is_follow_up(message: str, turns: tuple[Turn, ...]) -> bool:
    """A message leans on the conversation when it is short, starts like a continuation,
    or refers back ("it", "that one") without naming the topic itself."""
    if not last_user_turns(turns, 1):
        return False
    content = [w for w in words(message) if w not in STOPWORDS]
    names_topic = any(w in TOPIC_WORDS for w in content)
    if len(content) <= 2 and not (names_topic and len(content) == 2):
        return True
    if _FOLLOW_UP_START.match(message.strip()) and len(content) <= 4:
        return True
    return bool(_REFERENCE.search(message)) and not names_topic and len(content) <= 6


def search_query(message: str, turns: tuple[Turn, ...]) -> str:
    """The text to retrieve with: a follow-up is read after the previous user question."""
    if is_follow_up(message, turns):
        previous = last_user_turns(turns, 1)[0]
        return f"{previous} {message}"
    return message
