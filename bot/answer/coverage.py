"""What the articles talk about: their vocabulary, to tell "not covered" from "misspelled"."""

from __future__ import annotations

import re

from bot.query.topic import HAMSTRING_WORDS, OTHER_BODY_PARTS, TOPIC_WORDS
from index.spelling import edits1, zipf
from index.vocabulary import Vocabulary
from index.text import STOPWORDS, tokenize, words

# General English words this common carry no topic of their own ("really", "tonight").
COMMON_ZIPF = 4.5


# "Does X help?", "Should I try X?", "What about X?", "X for cramps": X is what is asked about.
_SUBJECT = [
    re.compile(r"\b(?:does|do|did|will|would|can|could|should|is|are|was|were)\s+(?:i\s+|taking |using "
               r"|drinking |eating |wearing |doing |trying |a |an |the |some )*(?P<x>[a-z][a-z' -]{2,40}?)"
               r"\s+(?:really\s+|actually\s+)?(?:help|helps|work|works|good|effective|useful|ok|okay"
               r"|safe|prevent|stop|fix|cure|relieve|reduce|better|worth|loosen|ease|treat|heal)\b"),
    re.compile(r"\b(?:try|take|use|drink|eat|wear)\s+(?:some |a |an |the |more )?(?P<x>[a-z][a-z' -]{2,30}?)"
               r"(?:\s+(?:for|to|if|when|after|before|instead)\b|[?.!]|$)"),
    re.compile(r"^(?:and |so )?(?:what|how) about\s+(?P<x>[a-z][a-z' -]{2,40}?)[?.!]*$"),
    re.compile(r"^(?P<x>[a-z][a-z' -]{2,30}?)\s+for (?:a |my )?(?:hamstring |leg |muscle )?cramps?\b"),
]


def asked_about(message: str) -> str:
    """The thing a "does X help?" kind of question asks about, or "" when there is none."""
    text = re.sub(r"\s+", " ", message.lower().replace("’", "'")).strip()
    for pattern in _SUBJECT:
        match = pattern.search(text)
        if match:
            return match.group("x")
    return ""


def _misspelt_common(word: str) -> bool:
    """One slip away from a common English word ("actualy", "shoud"): not a new subject."""
    return any(zipf(edit) >= COMMON_ZIPF for edit in edits1(word) - {word})


def other_body_part(text: str) -> str | None:
    """The other part of the body a message is about ("ankle"), or None: when it names the
    hamstring too, or no part at all."""
    found = words(text)
    if any(w in HAMSTRING_WORDS for w in found):
        return None
    return next((w for w in found if w in OTHER_BODY_PARTS), None)


def names_topic(text: str) -> bool:
    """Whether `text` names the topic itself (a cramp, the hamstring, a muscle)."""
    return any(w in TOPIC_WORDS for w in words(text))


def unknown_words(subject: str, vocabulary: Vocabulary) -> list[str]:
    """The uncommon words of `subject` that the articles never use together.

    "acupuncture" is unknown; so is "compression tights", although the articles say
    "compression" and "tight" apart. A misspelling of a known word is not unknown.
    """
    runs: list[list[str]] = [[]]
    for word in words(subject):
        rare = (len(word) >= 3 and word.isalpha() and word not in STOPWORDS
                and zipf(word) < COMMON_ZIPF)
        if rare:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    unknown: list[str] = []
    for run in (r for r in runs if r):
        if len(run) == 1:
            word = run[0]
            if not (vocabulary.knows(word) or _misspelt_common(word)):
                unknown.append(word)
        elif tuple(tokenize(" ".join(map(vocabulary.spelled, run)))) not in vocabulary.phrases:
            unknown.append(" ".join(run))
    return unknown
