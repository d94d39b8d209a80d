"""Fold a message into plain lowercase ASCII-ish words, so a rule cannot be dodged by how it is typed.

Each step undoes one way the same words can look different: compatibility forms (fullwidth
letters), invisible characters, look-alike letters from other scripts, accents, case,
digits standing for letters and letters spaced apart. (Misspellings of the words the safety
rules look for are mended by index.spelling.SpellFolder.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Cyrillic and Greek letters drawn like Latin ones, in a message written mostly in Latin
# letters: a Cyrillic "а" inside "hаmstring" hides an English word. A message written mostly in
# Cyrillic or Greek is Russian, Ukrainian or Greek, and keeps its letters (its words are read
# by the rules for crisis in other languages).
_LOOKALIKE_LETTERS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y",
}
_MARKS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-", "&": " and ",
})
_HOMOGLYPHS = str.maketrans(_LOOKALIKE_LETTERS) | _MARKS
# Latin letters that carry their mark in their shape, which taking accents off leaves as they
# are: Turkish "bayıldı" and Polish "zemdlał" read as the rules spell them, "bayildi", "zemdlal"
_BARRED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŀ": "l",
                         "æ": "ae", "œ": "oe", "þ": "th"})
_CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")


def _unmask(text: str) -> str:
    """Look-alike letters folded, unless the text is written mostly in their own script."""
    if (_CYRILLIC_OR_GREEK.search(text) is not None
            and len(_CYRILLIC_OR_GREEK.findall(text)) > len(_LATIN.findall(text))):
        return text.translate(_MARKS)
    return text.translate(_HOMOGLYPHS)


# Inside a word, a digit or symbol usually stands for the letter it looks like ("su1cide",
# "k1ll"); digits beside letters only on one side stay ("3am", "b12", "100km").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "|": "l"})
_LEET_RUN = re.compile(r"(?<=[a-z])[013457@$!|]{1,2}(?=[a-z])")
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*]){3,}[a-z]\b")  # "s u i c i d e", "k.i.l.l"
# A word with letters starred out, as people write what they fear a filter will catch
# ("s*icidal", "k*ll myself", "self h*rm"): a star stands for one letter, and a starred word
# that fits one of these words letter for letter is read as it (round 28)
_MASKABLE = ("suicide", "suicidal", "kill", "killing", "killed", "die", "dying", "dead", "death",
             "harm", "harming", "overdose", "overdosed", "unalive", "cutting", "myself", "hang")
_STARRED = re.compile(r"(?<![a-z*])(?=[a-z*]*[a-z])[a-z]*\*[a-z*]*(?![a-z*])")
# A letter held down: "sooo", "thankssss" (any case, so that the raw text can be asked too)
HELD_LETTER = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def fold_lookalikes(text: str) -> str:
    """NFKC and look-alike letters only: "ｈｅｌｌｏ" and a Cyrillic "hаmstring" read as English,
    while case, digits and punctuation stay as typed (for retrieval and answering)."""
    return _unmask(unicodedata.normalize("NFKC", text))


# remembered: triage's rules, the route, smalltalk and safety each read the same message
@lru_cache(maxsize=1024)
def normalise(text: str, held: int = 2) -> str:
    """Lowercase, NFKC-folded, accent-free text with look-alikes and leetspeak undone, and a
    letter held down cut to `held` letters: two by default ("coool" is "cool"), one for a
    reader to whom that reads as nothing ("soo" is "so")."""
    text = _unmask(unicodedata.normalize("NFKC", text))
    text = "".join(_visible(ch) for ch in unicodedata.normalize("NFD", text))
    # again after accents and case are gone: "ἠ" and "Η" only become look-alikes here
    text = _unmask(unicodedata.normalize("NFC", text).casefold()).translate(_BARRED)
    text = _LEET_RUN.sub(lambda m: m.group().translate(_LEET), text)
    if "*" in text:
        text = _STARRED.sub(_unstar, text)
    text = _SPACES.sub(" ", text)  # before joining spaced letters, or a second pass joins more
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group()), text)
    text = HELD_LETTER.sub(r"\1" * held, text)
    return _SPACES.sub(" ", text).strip()


def _unstar(match: re.Match[str]) -> str:
    """The one word of _MASKABLE a starred word fits, else the word as typed."""
    starred = match.group()
    if starred.count("*") * 2 > len(starred):  # "***" or "f**" hide too much to read
        return starred
    fits = [word for word in _MASKABLE if len(word) == len(starred)
            and all(s in ("*", w) for s, w in zip(starred, word))]
    return fits[0] if len(fits) == 1 else starred


def _visible(ch: str) -> str:
    """Drop accents and zero-width characters; other control characters become a space."""
    category = unicodedata.category(ch)
    if category == "Mn" or category == "Cf":
        return ""
    if category == "Cc" or category == "Zl" or category == "Zp":
        return " "
    return ch
