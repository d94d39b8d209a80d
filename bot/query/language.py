"""Which language a message is written in, when it is plainly not English.

The articles, the rules and the model read English. A message in Polish or Portuguese that
none of them could read would otherwise be told it is off topic, whatever it says; knowing it
is in another language, the bot can say it reads only English and where help is, in that
language too. wordfreq's word lists tell the languages apart: a word of another language is
far more common there than in English ("quiero", "zabić", "sterben").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.spelling import zipf
from index.text import STOPWORDS
from index.vocabulary import Vocabulary

# The languages told apart: those the bot's users are likeliest to write in besides English,
# each with a wordfreq list large enough to tell its common words; and (round 30) every other
# language of Europe written in Latin letters that wordfreq lists, whose writers had been
# answered as if in English (blind195: a Czech, Swedish or Romanian emergency got quotes or
# "off topic", with no word of where help is). On a tie the earlier language wins: Spanish
# before Catalan, the larger before its neighbour.
LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "pt", "it", "nl", "pl", "tr", "ru", "uk", "ar",
                              "id", "vi", "fil", "sv", "da", "nb", "fi", "ro", "cs", "sk", "hu",
                              "sh", "sl", "ca", "lt", "lv")
# Scripts that name their language outright, where wordfreq's words cannot (Chinese and
# Japanese have no spaces to find words by; Hindi's vowel signs split its words)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_LETTER = re.compile(r"[^\W\d_]")
# How a reply notes the language its message was told to be in: "language pl"
LANGUAGE_NOTE = "language "
MIN_WORDS = 3  # fewer words say too little ("hola", "merci" are small talk's)
# A word belongs to another language when it is this much more common there (Zipf is log10:
# 100 times) than in English; a message does when most of its words do.
WORD_GAP = 2.0
SHARE = 0.5
# English, the usual case, is settled by its own words first: too few uncommon in English
STRANGE_SHARE = 0.3
COMMON_ENGLISH = 3.5
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=32768)
def _zipf_in(word: str, language: str) -> float:
    from wordfreq import zipf_frequency  # its word lists load on first use

    return zipf_frequency(word, language)


def other_language(text: str, known: Callable[[str], bool] = lambda word: False) -> str | None:
    """The code of the language `text` is plainly written in, if not English; else None.

    `known` says which words are English without asking wordfreq (the articles' own words):
    most messages are settled by it alone, and wordfreq's lists are never loaded for them.
    """
    by_script = _script_language(text)
    if by_script is not None:
        return by_script
    found = _WORD.findall(text.lower())
    if len(found) < MIN_WORDS:
        return None
    unknown = [w for w in found if not known(w)]
    if len(unknown) < STRANGE_SHARE * len(found):
        return None
    strange = [w for w in unknown if zipf(w) < COMMON_ENGLISH]
    if len(strange) < STRANGE_SHARE * len(found):
        return None
    best, votes = None, 0
    for language in LANGUAGES:
        count = sum(_zipf_in(w, language) - zipf(w) >= WORD_GAP for w in found)
        if count > votes:
            best, votes = language, count
    return best if votes >= SHARE * len(found) else None


def another_script(text: str) -> bool:
    """Whether most of `text`'s letters are outside the Latin script (Cyrillic, Arabic, Greek,
    Hebrew, Devanagari, Chinese...). The encoder (all-MiniLM-L6-v2, an English model) reads
    such words letter by letter or as unknown, so its vector says which script, not what was
    said: the networks called "Сколько стоит билет в Москву?" (a train fare) a crisis, having
    seen that script only in crisis examples."""
    if text.isascii():  # most messages
        return False
    letters = [ch for ch in text if ch.isalpha()]
    other = sum(not _latin(ch) for ch in letters)
    return other * 2 > len(letters)


def _latin(letter: str) -> bool:
    """Latin letters: Basic Latin to Latin Extended-B, the extended additional block
    (Vietnamese) and fullwidth forms (folded to ASCII before reading)."""
    code = ord(letter)
    return code <= 0x24F or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A


def _script_language(text: str) -> str | None:
    """The language a text's script names, when most of its letters are in it."""
    if text.isascii():  # most messages: no script to count
        return None
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    for pattern, language in ((_HANGUL, "ko"), (_DEVANAGARI, "hi")):
        if len(pattern.findall(text)) * 2 > letters:
            return language
    kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
    if (kana + han) * 2 > letters:
        return "ja" if kana else "zh"
    return None


def message_language(text: str, vocabulary: Vocabulary) -> str | None:
    """`other_language`, with the articles' own words and English stop words taken as English
    without a lookup."""
    counts = vocabulary.counts
    return other_language(text, lambda word: word in STOPWORDS or word in counts)
