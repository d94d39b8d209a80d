"""Words for the lexical side (lower-cased, stop words out, Snowball-stemmed), and a query's
words without those every passage shares."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# A short English list: the lexical side should still see "not", "no" and numbers.
STOPWORDS = frozenset("""
a an and are as at be been being but by can could did do does doing for from had has have
having he her here hers him his how i if in into is it its itself just me my myself of on
once or our ours out over own same she should so some such than that the their theirs them
then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself ll ve re s t d m
""".split())


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lower-case word tokens, apostrophes folded ("doesn't" -> "doesnt")."""
    return [w.replace("'", "") for w in _WORD.findall(text.lower().replace("’", "'"))]


def stem(word: str) -> str:
    """The Snowball stem of one lower-case word."""
    return _stemmer().stemWord(word)


def tokenize(text: str) -> list[str]:
    """The stems the BM25 side indexes and searches with."""
    kept = [w for w in words(text) if w not in STOPWORDS]
    return _stemmer().stemWords(kept)


def without_stems(text: str, stems: frozenset[str]) -> str:
    """`text` without the tokens (between spaces) whose words all have their stem in `stems`.

    A token goes with the punctuation stuck to it, so no lone "?" is left behind.

    >>> without_stems("who usually gets hamstring cramps?", frozenset({"hamstr", "cramp"}))
    'who usually gets'
    """
    def common(token: str) -> bool:
        found = words(token)
        return bool(found) and all(stem(w) in stems for w in found)

    return " ".join(token for token in text.split() if not common(token))
