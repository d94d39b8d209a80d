"""The words of a set of texts (the indexed passages): how often each occurs, which stems
and runs of stems they hold, and which of them a misspelt word is closest to."""

from __future__ import annotations

import difflib
import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from index.text import stem, tokenize, words

_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")  # "warm-up", "self-care", "step-by-step"
CLOSE = 0.8  # difflib's ratio from which a word is a slip of a word of the texts
MIN_RELATED = 4  # a stem this long that starts another is of its family ("roll", "roller")
_LETTERS = {ch: i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}


@dataclass(frozen=True)
class Vocabulary:
    """The words of the indexed texts, how often each stem occurs and in how many texts."""

    counts: Mapping[str, int]  # alphabetic words only
    stem_counts: Mapping[str, int]
    stem_texts: Mapping[str, int] = field(default_factory=dict)  # texts holding the stem
    texts: int = 0
    compounds: Mapping[str, str] = field(default_factory=dict)  # "warmup" -> "warm-up"
    # runs of one to three stems as the texts have them: "compression tights" is not one
    # although "compression" and "tight" occur apart
    phrases: frozenset[tuple[str, ...]] = frozenset()
    _by_start: Mapping[tuple[str, int], tuple[str, ...]] = field(
        default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        counts: Counter[str] = Counter()
        stem_texts: Counter[str] = Counter()
        stem_of: dict[str, str] = {}  # each distinct word is stemmed once
        compounds: dict[str, str] = {}
        phrases: set[tuple[str, ...]] = set()
        n = 0
        for n, text in enumerate(texts, start=1):
            found = [w for w in words(text) if w.isalpha()]
            counts.update(found)
            for word in set(found).difference(stem_of):
                stem_of[word] = stem(word)
            # a text with "cramp" and "cramps" holds the stem once
            stem_texts.update({stem_of[w] for w in found})
            compounds.update((c.replace("-", ""), c) for c in _COMPOUND.findall(text.lower()))
            stems_in_order = tokenize(text)
            for size in (1, 2, 3):
                phrases.update(tuple(stems_in_order[i:i + size])
                               for i in range(len(stems_in_order) - size + 1))
        stems: Counter[str] = Counter()
        by_start: dict[tuple[str, int], list[str]] = {}
        for word, count in counts.items():
            stems[stem_of[word]] += count
            by_start.setdefault((word[0], len(word)), []).append(word)
        solid = {joined: c for joined, c in compounds.items() if joined not in counts}
        return cls(dict(counts), dict(stems), dict(stem_texts), n, solid, frozenset(phrases),
                   {k: tuple(v) for k, v in by_start.items()})

    def common_stems(self, share: float) -> frozenset[str]:
        """Stems found in at least `share` of the texts: in a corpus about one thing, its name
        ("hamstring", "cramp") and the function words."""
        if not 0 < share <= 1:
            raise ValueError(f"share must be in (0, 1] (got share={share})")
        return frozenset(s for s, n in self.stem_texts.items() if n >= share * self.texts)

    def __contains__(self, word: object) -> bool:
        return word in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    def near(self, word: str, max_edits: int) -> Iterable[str]:
        """Corpus words with the same first letter and a length within `max_edits`.

        Typos rarely hit the first letter, and keeping it cuts the search a hundredfold.
        """
        for length in range(len(word) - max_edits, len(word) + max_edits + 1):
            yield from self._by_start.get((word[0], length), ())

    def knows(self, word: str) -> bool:
        """Whether the texts use `word`, its singular or plural, or a word it is a slip of."""
        if word in self.counts or word.rstrip("s") in self.counts or f"{word}s" in self.counts:
            return True
        return self.closest(word) is not None

    def spelled(self, word: str) -> str:
        """The word of the texts `word` is a slip of ("rollr" -> "roller"), else `word`."""
        if word in self.counts:
            return word
        return self.closest(word) or word

    def has_prefix(self, prefix: str) -> bool:
        """Whether a word of the texts starts with `prefix` ("electro" -> "electrolytes"):
        a bisection of the sorted words, not a scan of them all."""
        words = self._sorted
        i = bisect_left(words, prefix)
        return i < len(words) and words[i].startswith(prefix)

    @cached_property
    def _sorted(self) -> tuple[str, ...]:
        return tuple(sorted(self.counts))

    def has_related_phrase(self, stems: tuple[str, ...]) -> bool:
        """Whether the texts hold a run of these stems, each as it is or in a related form:
        one the start of the other, both of MIN_RELATED letters or more ("foam roll" for
        "foam roller"). Each stem's related forms are looked up, and their combinations, not
        every phrase scanned."""
        if stems in self.phrases:
            return True
        choices = [self.related_stems(s) for s in stems]
        return all(choices) and any(combo in self.phrases for combo in itertools.product(*choices))

    def related_stems(self, stem_: str) -> set[str]:
        """The stems of the phrases that are `stem_`, start with it or that it starts with
        (the shorter of the two of MIN_RELATED letters or more)."""
        known, ordered = self._phrase_stems
        found = {stem_} if stem_ in known else set()
        if len(stem_) >= MIN_RELATED:
            i = bisect_left(ordered, stem_)
            while i < len(ordered) and ordered[i].startswith(stem_):
                found.add(ordered[i])
                i += 1
        found.update(stem_[:n] for n in range(MIN_RELATED, len(stem_)) if stem_[:n] in known)
        return found

    @cached_property
    def _phrase_stems(self) -> tuple[frozenset[str], tuple[str, ...]]:
        known = frozenset(s for phrase in self.phrases for s in phrase)
        return known, tuple(sorted(known))

    def closest(self, word: str) -> str | None:
        """The word of the texts most like `word` by difflib's ratio, if that reaches CLOSE.

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
        words = list(self._sorted)
        counts = np.array([_letter_count(w) for w in words]).reshape(len(words), len(_LETTERS) + 1)
        return words, counts, np.array([len(w) for w in words])


def _letter_count(word: str) -> np.ndarray:
    """How often each letter and digit occurs in `word`; the last place counts all others."""
    counts = np.zeros(len(_LETTERS) + 1, dtype=np.int32)
    for ch in word:
        counts[_LETTERS.get(ch, len(_LETTERS))] += 1
    return counts
