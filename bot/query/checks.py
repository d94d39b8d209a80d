"""Whether a message can be read at all: text, not empty, not too long, with some words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from typing import Any

from bot.wording import answers as wording

MAX_MESSAGE_CHARS = 2000
_TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")


def invalid_reason(message: Any, limit: int = MAX_MESSAGE_CHARS, *,
                   known: Container[str] = frozenset()) -> str | None:
    """Why a message cannot be answered (empty, unreadable, too long), or None if it can.

    `known` holds words already known to be words (the articles' vocabulary): a message
    with one of them is read without asking wordfreq, whose lists take a while to load."""
    if not isinstance(message, str):
        return wording.NOT_TEXT
    text = _TERMINAL_ESCAPE.sub("", message)  # "\x1b[0m" is colour codes, not words
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("C", "Z"))
    if not visible:
        return wording.EMPTY_MESSAGE
    if len(message) > limit:
        return wording.TOO_LONG.format(length=len(message), limit=limit)
    if not any(ch.isalnum() for ch in visible):
        return wording.NO_WORDS
    if len(text) <= MAX_JUDGED_CHARS and (_mostly_garbled(visible)
                                          or not _has_a_word(text, known)
                                          or _mashed(text, known)):
        return wording.NO_WORDS  # a keyboard mash, or text garbled by a wrong encoding
    return None


# Text garbled through and through: a word may survive ("hamstr" among "Ã¢â‚¬Å“"), but when
# the garbled pairs make up this share of what is visible, the message as written is lost.
GARBLED_SHARE = 0.4


def _mostly_garbled(visible: str) -> bool:
    garbled = sum(len(m.group()) for m in _MOJIBAKE.finditer(visible))
    return garbled >= GARBLED_SHARE * len(visible)


# Text garbled by a wrong encoding (UTF-8 read as Windows-1252, "Ã©" for "é", "â€™" for "’"):
# a UTF-8 lead byte's letter followed by a continuation byte's character. A word typed with
# accents ("café", "señor") never has one.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                       "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026"
                       "\u2030\u2039\u203a\u20ac\u2122\ufffd]|\ufffd")
_LETTERS = re.compile(r"[a-z]+")
# A keyboard mash is judged in a short message only: a person mashing keys types a few words
MAX_JUDGED_CHARS = 300
MAX_JUDGED_WORDS = 20  # letter runs looked at before a message is taken as unreadable
WORD_ZIPF = 1.0  # English has used the word ("hmm", "asdf", "pls")
SLIP_ZIPF = 2.5  # or it is one slip from a word English uses ("crmp", "hamstrng")


def _has_a_word(text: str, known: Container[str] = frozenset()) -> bool:
    """Whether `text`, once any garbled encoding is taken out, holds one word a person wrote:
    a word of another script, a number, or a run of Latin letters that English uses or that is
    one slip from a word it uses, or a word of another language in Latin letters.
    "asdfghjkl qwpoeiru" and "Ã¢â‚¬Å“" hold none."""
    from bot.query.normalise import normalise  # imported here: checks stays a leaf module

    text = _MOJIBAKE.sub(" ", text)
    if any(ch.isalpha() and not _latin(ch) for ch in text) or re.search(r"\d\d", text):
        return True  # Cyrillic, Greek, Arabic, CJK... typed as such; or a number
    from index.spelling import edits1, zipf

    typed = _LETTERS.findall(_plain(text))[:MAX_JUDGED_WORDS]
    if any(run in known for run in typed) or any(zipf(run) >= WORD_ZIPF for run in typed):
        return True  # the cheap look: most messages stop here
    # as the rules read it (leetspeak mended, "owwwww" as "oww"), three letters or more; an
    # ampersand the normaliser spells "and" is a symbol struck, not a word typed
    read = [run for run in _LETTERS.findall(normalise(text.replace("&", " ")))
            if len(run) >= 3][:MAX_JUDGED_WORDS]
    runs = typed + read
    if any(zipf(run) >= WORD_ZIPF for run in read):
        return True
    return (any(len(run) >= 3 and any(zipf(edit) >= SLIP_ZIPF for edit in edits1(run) - {run})
                for run in runs) or _word_elsewhere(text))


# A few keys struck at random read as a few runs of letters, none of them a word: not one
# English uses (the bar is higher than _has_a_word's, whose single word may be "jk" or "kkk"),
# nor, when short, one slip from the articles' words ("crmp"), nor when longer one slip from
# a word English uses ("hamstrng"). One letter struck again and again ("jjjj", "kkk") never
# counts as a word.
MASH_WORD_ZIPF = 2.5
SHORT_RUN = 4


# Keys held down, one after another, and nothing else: "jjjjkkkk", "aaaasssddd". A letter
# typed once breaks it ("hmmmm", "noooo", "ahhhh" are said, not struck).
_HELD_KEYS = re.compile(r"(?:([a-z])\1{2,}){1,4}")


# Keys struck at random now and then strike a word ("lk", "mn"): four runs or more of which a
# quarter or fewer are words, of English or of another language, are still a mash
MASH_RUNS = 4
MASH_SHARE = 0.25


def _mashed(text: str, known: Container[str] = frozenset()) -> bool:
    """Whether `text` is keys held down and nothing else, or two or more runs of Latin
    letters and none of them a word, or four or more and few of them words."""
    runs = _latin_runs(text)
    if runs and all(_HELD_KEYS.fullmatch(run) for run in runs):
        return True
    if runs is None or len(runs) < 2:
        return False
    enough = MASH_SHARE * len(runs)  # English words past this many: no mash (asked cheaply)
    english = 0
    for run in runs:
        english += _a_word(run, known)
        if english > enough:
            return False
    if english == 0:
        return not _word_elsewhere(text)
    # a few English words among four runs or more: do other languages' words make up the rest?
    return len(runs) >= MASH_RUNS and word_share(text, known) <= MASH_SHARE


def _latin_runs(text: str) -> list[str] | None:
    """The runs of two Latin letters or more a reader judges, or None for a text with a number
    or another script, which is taken as written."""
    if any(ch.isalpha() and not _latin(ch) for ch in text) or re.search(r"\d", text):
        return None
    return [run for run in _LETTERS.findall(_plain(text)) if len(run) >= 2][:MAX_JUDGED_WORDS]


def _a_word(run: str, known: Container[str] = frozenset()) -> bool:
    """Whether a run of letters is a word English uses or the articles use, or one slip from
    one: a short run from the articles' words ("crmp"), a longer one from English's."""
    from index.spelling import edits1, zipf

    if len(set(run)) == 1 and len(run) >= 3:
        return False  # "jjjjjjj", "kkk"
    if run in known or zipf(run) >= MASH_WORD_ZIPF:
        return True
    slips = edits1(run) - {run}
    if len(run) <= SHORT_RUN:
        return any(slip in known for slip in slips)
    return any(zipf(slip) >= MASH_WORD_ZIPF for slip in slips)


# Fewer than three runs of letters are too few to say what share of them are words
MIN_JUDGED_RUNS = 3


def word_share(text: str, known: Container[str] = frozenset()) -> float | None:
    """The share of `text`'s runs of Latin letters that are words, of English, of the
    articles or of another language written in Latin letters; None where there is too little
    to judge or a number or another script. Random keys struck ("wp ttcns hqwki modsa") score
    under a half; a message in any language the word lists know scores over it."""
    from wordfreq import zipf_frequency

    runs = _latin_runs(text)
    if runs is None or len(runs) < MIN_JUDGED_RUNS:
        return None
    words = sum(_a_word(run, known) or any(zipf_frequency(run, language) >= MASH_WORD_ZIPF
                                           for language in OTHER_LATIN_LANGUAGES)
                for run in runs)
    return words / len(runs)


def _word_elsewhere(text: str) -> bool:
    """Whether `text` holds a word of another language written in Latin letters ("kendimi",
    "codziennie"): their lists load only here, for the rare message with no English word."""
    from wordfreq import zipf_frequency

    runs = [run for run in re.findall(r"[^\W\d_]{2,}", text.lower())
            if len(set(run)) > 1][:MAX_JUDGED_WORDS]
    return any(zipf_frequency(run, language) >= MASH_WORD_ZIPF
               for language in OTHER_LATIN_LANGUAGES for run in runs)


# Languages written in Latin letters whose words keep a message from being called a mash
OTHER_LATIN_LANGUAGES = ("es", "fr", "de", "pt", "it", "nl", "pl", "tr", "id", "ms", "fil", "vi",
                         "sv", "da", "nb", "fi", "ro", "cs", "hu", "ca")


def _plain(text: str) -> str:
    """Lowercase, accents taken off: the letters as runs of a-z."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(ch))


def _latin(ch: str) -> bool:
    """A letter of the Latin alphabets (with accents), or a modifier mark mojibake leaves."""
    return ch <= "\u024f" or unicodedata.category(ch) == "Lm" or "\u1e00" <= ch <= "\u1eff"
