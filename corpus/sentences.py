"""Split text into sentences, as character spans, without a model or a download."""

from __future__ import annotations

import re

from corpus.records import Span

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "st", "prof", "jr", "sr", "vs", "etc", "e.g", "i.e", "eg", "ie",
    "approx", "fig", "no", "ft", "in", "lb", "lbs", "oz", "min", "mins", "hr", "hrs", "sec",
    "a.m", "p.m", "m.d", "ph.d", "u.s", "inc", "co", "ltd", "mt", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•-]|[A-Z][a-z])")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of `text`; a line break always ends a sentence.

    Spans are trimmed of surrounding whitespace, so `text[a:b]` is the sentence itself.
    """
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(line):
            if _ends_in_abbreviation(line[start:match.start() + 1]):
                continue
            spans.append(_trim(line, start, match.end(), offset))
            start = match.end()
        spans.append(_trim(line, start, len(line), offset))
        offset += len(line) + 1
    return [span for span in spans if span[1] > span[0]]


def _ends_in_abbreviation(piece: str) -> bool:
    if not piece.endswith("."):
        return False
    word = piece[:-1].rsplit(None, 1)[-1].lower() if piece[:-1].split() else ""
    word = word.lstrip("(\"'“")
    # a single capital initial ("Tina M. St. John") does not end a sentence either
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trim(line: str, start: int, end: int, offset: int) -> Span:
    piece = line[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return (offset + start + left, offset + start + right) if right > left else (0, 0)
