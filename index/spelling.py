"""Spelling correction, in one place: a question against the index vocabulary ("hamstrimg
strech" -> "hamstring stretch"), and a message against the words the safety rules hinge on.

A word is corrected only when neither the corpus nor English usage knows it (wordfreq's
frequency lists), so a real word the articles happen not to use ("ramp", "heart",
"statin") is never bent into one they do use ("cramp", "heat", "static"). The correction
is the closest word, one edit away (two for long words), whose stem the corpus has: a fix
is only worth making when it lets the query match a passage. Ties go to the stem the
corpus uses most, so "masaging" becomes "massaging", not "managing". A compound the corpus
hyphenates is written its way ("warmup" -> "warm-up"), even though "warmup" is English:
spelled solid, it matches no word of the passages that use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from index.text import stem
from index.vocabulary import Vocabulary

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class SpellingConfig:
    """Which words are corrected, and how far they may move."""

    min_length: int = 5  # shorter words ("carb", "lol", "ive") are too ambiguous to correct
    two_edits_from: int = 8  # words this long may be two edits from their correction
    # English words at least this common are real words, not typos. Zipf 2 is once in 10
    # million words: "statin" (2.5) and "achy" (2.4) pass, "strech" (1.7) does not.
    min_zipf: float = 2.0

    def __post_init__(self) -> None:
        if not 2 <= self.min_length <= self.two_edits_from:
            raise ValueError("lengths must satisfy 2 <= min_length <= two_edits_from (got "
                             f"min_length={self.min_length}, "
                             f"two_edits_from={self.two_edits_from})")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common `word` is in English, on the Zipf scale (log10 of uses per billion words)."""
    from wordfreq import zipf_frequency  # its word lists load on first use

    return zipf_frequency(word, "en")


@lru_cache(maxsize=4)
def common_words(min_zipf: float) -> frozenset[str]:
    """Every English word of letters at least this common: for a word of letters,
    `zipf(w) >= min_zipf` exactly when `w` is in the set. For testing many strings at a time:
    a first `zipf` of a string costs about 18 us, a set lookup a few dozen ns. wordfreq
    lists words most common first, so the scan stops at the first one below."""
    from wordfreq import top_n_list

    size = 4096
    while True:  # a longer list only when every word of this one is common enough
        words = top_n_list("en", size)
        # letters only, as `edits1` makes them: "it's" and "2" are common too
        found = {word for word in words if word.isalpha() and zipf(word) >= min_zipf}
        if any(zipf(word) < min_zipf for word in words) or len(words) < size:
            return frozenset(found)
        size *= 4


@lru_cache(maxsize=4)
def common_folder(min_zipf: float) -> SpellFolder:
    """A SpellFolder over `common_words(min_zipf)`: for the common `neighbours` of a word."""
    return SpellFolder(common_words(min_zipf))


def english(config: SpellingConfig = SpellingConfig()) -> Callable[[str], bool]:
    """Whether a word is common enough in English to be a real word."""
    return lambda word: zipf(word) >= config.min_zipf


def edits1(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours is one edit), or `limit + 1`
    as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def correct_word(word: str, vocabulary: Vocabulary, is_word: Callable[[str], bool],
                 config: SpellingConfig = SpellingConfig()) -> str:
    """The correction of one lower-case word, or the word itself.

    `is_word` tells real words from typos (see `english`).
    """
    if word in vocabulary.compounds:
        return vocabulary.compounds[word]
    if (len(word) < config.min_length or not word.isalpha() or word in vocabulary
            or is_word(word)):
        return word
    useful = [w for w in edits1(word)
              if w in vocabulary or (stem(w) in vocabulary.stem_counts and is_word(w))]
    if not useful and len(word) >= config.two_edits_from:
        useful = [w for w in vocabulary.near(word, 2) if edit_distance(word, w, 2) <= 2]
    if not useful:
        return word
    return max(sorted(useful), key=lambda w: (vocabulary.stem_counts.get(stem(w), 0),
                                               vocabulary.counts.get(w, 0)))


def correct_text(text: str, vocabulary: Vocabulary, *,
                 is_word: Callable[[str], bool] | None = None,
                 config: SpellingConfig = SpellingConfig()) -> str:
    """`text` with each misspelled word replaced by its correction, the rest untouched."""
    is_word = english(config) if is_word is None else is_word

    def fix(match: re.Match[str]) -> str:
        original = match.group(0)
        fixed = correct_word(original.lower(), vocabulary, is_word, config)
        return original if fixed == original.lower() else fixed

    return _TOKEN.sub(fix, text)


class SpellFolder:
    """Corrects words one edit away from a small vocabulary (a symmetric-delete lookup): the
    words the safety rules hinge on, so "sucidal" still reads as "suicidal".

    Words are corrected only to a word with the same first letter, and never when `known`
    says they are a word already ("threat" is not a misspelt "throat"). Words under five
    letters are corrected only with `known` ("kil", "wnat"), so common short words ("hard",
    "paid") are never bent into rule words.
    """

    def __init__(self, vocabulary: Iterable[str], *, keep: Iterable[str] = (),
                 known: Callable[[str], bool] | None = None) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.keep = frozenset(keep) | self.vocabulary
        self.known = known
        index: dict[str, set[str]] = {}
        for word in self.vocabulary:
            for variant in _deletes(word):
                index.setdefault(variant, set()).add(word)
        self._index = {k: tuple(sorted(v)) for k, v in index.items()}

    def fold(self, text: str) -> str:
        """`text` with each misspelt vocabulary word replaced by the word."""
        return _WORD.sub(lambda m: self.correct(m.group()), text)

    def correct(self, word: str) -> str:
        return _fold_word(self, word)

    def neighbours(self, word: str) -> set[str]:
        """The vocabulary words other than `word` one edit from it (a deletion, insertion,
        replacement or swap of neighbours: `edits1`), found through the deletes both share
        rather than by making every edit."""
        return {found for variant in _deletes(word) for found in self._index.get(variant, ())
                if found != word and edit_distance(word, found, 1) <= 1}


_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=8192)
def _fold_word(folder: SpellFolder, word: str) -> str:
    if word in folder.keep or "'" in word or len(word) < 3:
        return word
    if folder.known is None and len(word) < 5:
        return word
    candidates = {c for variant in _deletes(word) for c in folder._index.get(variant, ())}
    candidates = {c for c in candidates if c[0] == word[0] and len(c) >= 4
                  and edit_distance(word, c, 1) <= 1}
    # `known` last, only for a word a vocabulary word is one slip from: it reads wordfreq,
    # whose lists take a quarter of a second to load, and most words have no such neighbour
    if not candidates or (folder.known and folder.known(word)):
        return word
    return min(candidates, key=lambda c: (abs(len(c) - len(word)), c))


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
