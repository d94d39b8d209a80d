"""Fold a message into plain lowercase ASCII-ish words, so a rule cannot be dodged by how it is typed.

Each step undoes one way the same words can look different: compatibility forms (fullwidth
letters), invisible characters, look-alike letters from other scripts, accents, case,
digits standing for letters, letters spaced apart, and small misspellings of the words the
safety rules look for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Cyrillic and Greek letters drawn like Latin ones. A Russian or Greek message turns into
# nonsense, which costs nothing: the articles are English and rules look for English words.
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-", "&": " and ",
})
# Inside a word, a digit or symbol usually stands for the letter it looks like ("su1cide",
# "k1ll"); digits beside letters only on one side stay ("3am", "b12", "100km").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "|": "l"})
_LEET_RUN = re.compile(r"(?<=[a-z])[013457@$!|]{1,2}(?=[a-z])")
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*]){3,}[a-z]\b")  # "s u i c i d e", "k.i.l.l"
_REPEATS = re.compile(r"([a-z])\1{2,}")  # "sooo" -> "soo"
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def fold_lookalikes(text: str) -> str:
    """NFKC and look-alike letters only: "ｈｅｌｌｏ" and a Cyrillic "hаmstring" read as English,
    while case, digits and punctuation stay as typed (for retrieval and answering)."""
    return unicodedata.normalize("NFKC", text).translate(_HOMOGLYPHS)


# remembered: triage's rules, the route, smalltalk and safety each read the same message
@lru_cache(maxsize=1024)
def normalise(text: str) -> str:
    """Lowercase, NFKC-folded, accent-free text with look-alikes and leetspeak undone."""
    text = unicodedata.normalize("NFKC", text).translate(_HOMOGLYPHS)
    text = "".join(_visible(ch) for ch in unicodedata.normalize("NFD", text))
    # again after accents and case are gone: "ἠ" and "Η" only become look-alikes here
    text = unicodedata.normalize("NFC", text).casefold().translate(_HOMOGLYPHS)
    text = _LEET_RUN.sub(lambda m: m.group().translate(_LEET), text)
    text = _SPACES.sub(" ", text)  # before joining spaced letters, or a second pass joins more
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group()), text)
    text = _REPEATS.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


def _visible(ch: str) -> str:
    """Drop accents and zero-width characters; other control characters become a space."""
    category = unicodedata.category(ch)
    if category == "Mn" or category == "Cf":
        return ""
    if category == "Cc" or category == "Zl" or category == "Zp":
        return " "
    return ch


class SpellFolder:
    """Corrects words one edit away from a known vocabulary (a symmetric-delete lookup).

    Only words of five letters or more are corrected and only to a word with the same first
    letter, so common short words ("hard", "paid") are never bent into rule words.
    """

    def __init__(self, vocabulary: Iterable[str], *, keep: Iterable[str] = ()) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.keep = frozenset(keep) | self.vocabulary
        index: dict[str, set[str]] = {}
        for word in self.vocabulary:
            for variant in _deletes(word):
                index.setdefault(variant, set()).add(word)
        self._index = {k: tuple(sorted(v)) for k, v in index.items()}

    def fold(self, text: str) -> str:
        """`text` with each misspelt vocabulary word replaced by the word."""
        return _WORD.sub(lambda m: self.correct(m.group()), text)

    def correct(self, word: str) -> str:
        return _correct(self, word)


@lru_cache(maxsize=8192)
def _correct(folder: SpellFolder, word: str) -> str:
    if len(word) < 5 or word in folder.keep or "'" in word:
        return word
    candidates = {c for variant in _deletes(word) for c in folder._index.get(variant, ())}
    candidates = {c for c in candidates if c[0] == word[0] and len(c) >= 4
                  and _one_edit(word, c)}
    return min(candidates, key=lambda c: (abs(len(c) - len(word)), c)) if candidates else word


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[i:] == long_[i + 1:]
