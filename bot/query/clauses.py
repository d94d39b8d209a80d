"""The sentences and clauses of a long message, each read on its own by triage's example bank.

One embedding of a long message is the average of everything it says: a danger sign in one
sentence of a paragraph about stretching barely moves it. Compared clause by clause, the
sign stands on its own. Short messages are one clause already and are not split.
"""

from __future__ import annotations

import re

MIN_MESSAGE_WORDS = 12  # a message shorter than this is compared whole
MIN_CLAUSE_WORDS = 3  # a shorter piece joins the one before it
MAX_CLAUSES = 8  # the most a message is split into: each costs part of an embedding

_BREAK = re.compile(r"(?<=[.!?;:\n])\s+|\s*\n+\s*|\s+(?:-|–|—)\s+|,?\s+\b(?:but|though|although|"
                    r"however|anyway|also|plus|btw|and then|and now|apart from that|otherwise)\b",
                    re.I)
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_EDGE = frozenset(" ,.;:!?-\n\t")


def split_clauses(text: str) -> tuple[str, ...]:
    """The clauses of `text` worth comparing apart (empty for a short or one-clause message),
    each a span of `text` as typed."""
    if len(_WORDS.findall(text)) < MIN_MESSAGE_WORDS:
        return ()
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*_BREAK.finditer(text), None]:
        end = len(text) if cut is None else cut.start()
        piece = _trimmed(text, start, end)
        if piece is not None:
            if spans and len(_WORDS.findall(text[piece[0]:piece[1]])) < MIN_CLAUSE_WORDS:
                spans[-1] = (spans[-1][0], piece[1])  # a short piece joins the one before it
            else:
                spans.append(piece)
        start = len(text) if cut is None else cut.end()
    if len(spans) < 2:
        return ()
    # the longest pieces, kept in message order, when there are too many
    kept = sorted(sorted(range(len(spans)), key=lambda i: spans[i][0] - spans[i][1])[:MAX_CLAUSES])
    return tuple(text[spans[i][0]:spans[i][1]] for i in kept)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without the punctuation and spaces at its ends, or None when nothing is left."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if start < end else None
