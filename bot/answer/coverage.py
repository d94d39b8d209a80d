"""What the articles talk about: their vocabulary, to tell "not covered" from "misspelled"."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from index.spelling import edits1, zipf
from index.store import IndexStore
from index.text import STOPWORDS, tokenize, words

# Words of the topic itself: a question naming one is on topic even if retrieval is weak.
TOPIC_WORDS = frozenset("""
cramp cramps cramping cramped crampy hamstring hamstrings thigh thighs leg legs muscle muscles
spasm spasms charley horse knot stretch stretches stretching
""".split())
# General English words this common carry no topic of their own ("really", "tonight").
COMMON_ZIPF = 4.5
CLOSE = 0.8  # difflib's ratio from which a word is a slip of an article word
_LETTERS = {ch: i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}


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


def _letter_count(word: str) -> np.ndarray:
    """How often each letter and digit occurs in `word`; the last place counts all others."""
    counts = np.zeros(len(_LETTERS) + 1, dtype=np.int32)
    for ch in word:
        counts[_LETTERS.get(ch, len(_LETTERS))] += 1
    return counts


def _misspelt_common(word: str) -> bool:
    """One slip away from a common English word ("actualy", "shoud"): not a new subject."""
    return any(zipf(edit) >= COMMON_ZIPF for edit in edits1(word) - {word})


@dataclass(frozen=True)
class Vocabulary:
    """The words of the indexed passages, titles and sections, and their stem n-grams."""

    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]

    @classmethod
    def of_store(cls, store: IndexStore) -> Vocabulary:
        return cls.of_texts([chunk.embed_text for chunk in store.chunks])

    @classmethod
    def of_texts(cls, texts: list[str]) -> Vocabulary:
        phrases: set[tuple[str, ...]] = set()
        for text in texts:
            stems = tokenize(text)
            for n in (1, 2, 3):
                phrases.update(tuple(stems[i:i + n]) for i in range(len(stems) - n + 1))
        return cls(frozenset(w for text in texts for w in words(text)), frozenset(phrases))

    def knows(self, word: str) -> bool:
        if word in self.words or word.rstrip("s") in self.words or f"{word}s" in self.words:
            return True
        # a misspelling of an article word is not a new subject
        return self.closest(word) is not None

    def spelled(self, word: str) -> str:
        """The article word `word` is a slip of ("rollr" -> "roller"), else `word` itself."""
        if word in self.words:
            return word
        return self.closest(word) or word

    def closest(self, word: str) -> str | None:
        """The article word most like `word` by difflib's ratio, if that reaches CLOSE.

        difflib scores every word in Python: 3 ms over 900 words. Its ratio is at most
        2 x letters in common / letters in both, so that bound is worked out for every word
        at once first and difflib only scores the words it lets through: the same answer.
        """
        words, counts, lengths = self._letter_counts
        shared = np.minimum(counts, _letter_count(word)).sum(axis=1)
        possible = np.flatnonzero(2.0 * shared / (lengths + len(word)) >= CLOSE)
        close = difflib.get_close_matches(word, [words[i] for i in possible], n=1, cutoff=CLOSE)
        return close[0] if close else None

    @cached_property
    def _letter_counts(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        words = sorted(self.words)
        counts = np.array([_letter_count(w) for w in words]).reshape(len(words), len(_LETTERS) + 1)
        return words, counts, np.array([len(w) for w in words])

    def names_topic(self, text: str) -> bool:
        return any(w in TOPIC_WORDS for w in words(text))

    def unknown_focus_words(self, subject: str) -> list[str]:
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
                if not (self.knows(word) or _misspelt_common(word)):
                    unknown.append(word)
            elif tuple(tokenize(" ".join(map(self.spelled, run)))) not in self.phrases:
                unknown.append(" ".join(run))
        return unknown
