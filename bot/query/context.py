"""Decide what to search for: the message alone, or the message read with earlier turns.

A message leans on the conversation when it cannot name its own subject: "and for how
long?", "what about calcium?", "which one is easiest?". A full question that starts like
a follow-up ("should I ...", "why ...") stands on its own, so a change of topic is not
dragged back to the previous one.
"""

from __future__ import annotations

import re

from bot.query.topic import SUBJECT_STEMS
from bot.records import Turn
from index.text import STOPWORDS, stem, words

# A message opening like this continues the thread ("and for how long?", "what if ...").
_CONTINUATION = re.compile(
    r"^\W*(?:and|also|but|so|or|plus|then|ok(?:ay)?|what about|how about|what if|"
    r"same for|what else)\b", re.I)
# Words that point back at something said before ("it", "that one", "instead").
REFERENCES = frozenset("""
it its that this those these them they there one ones same then instead else either too
""".split())
# Words that carry no subject of their own: "how many reps tho" asks about reps of something.
FILLER = frozenset("""
actually really just ok okay though tho exactly even still cant dont im ive pls please thanks
many much
""".split())
MAX_SUBJECT_WORDS = 3  # a follow-up is short: "what if i actually tore the muscle?"
MAX_DEPTH = 3  # how many follow-ups back a chain of them is read


def content_words(message: str) -> list[str]:
    """The words that could name a subject: no stop words, references or filler."""
    return [w for w in words(message)
            if w not in STOPWORDS and w not in REFERENCES and w not in FILLER]


def is_follow_up(message: str, turns: tuple[Turn, ...]) -> bool:
    """Whether `message` leans on the earlier turns to say what it is about."""
    if not any(turn.role == "user" for turn in turns):
        return False
    content = content_words(message)
    if len(content) <= 1:  # "which electrolytes?", "how long?"
        return True
    if len(content) > MAX_SUBJECT_WORDS:
        return False
    if _CONTINUATION.match(message):  # "what if i actually tore the muscle?"
        return True
    refers_back = any(w in REFERENCES for w in words(message))
    names_topic = any(stem(w) in SUBJECT_STEMS for w in content)
    return refers_back and not names_topic  # "what do they do", "can i just run it off?"


def after_previous(message: str, turns: tuple[Turn, ...], depth: int = MAX_DEPTH) -> str:
    """The message after the user's previous question, itself read in context when it was a
    follow-up too ("and calcium" after "what about magnesium?" after "foods with potassium?")."""
    last = max(i for i, turn in enumerate(turns) if turn.role == "user")
    earlier, before = turns[last].content, turns[:last]
    leans = depth > 1 and is_follow_up(earlier, before)
    previous = after_previous(earlier, before, depth - 1) if leans else earlier
    # the message first: it is what is asked, and it survives the model cutting a long text
    return f"{message} {previous}"
