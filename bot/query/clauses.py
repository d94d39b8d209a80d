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


def split_clauses(text: str) -> tuple[str, ...]:
    """The clauses of `text` worth comparing apart (empty for a short or one-clause message)."""
    if len(_WORDS.findall(text)) < MIN_MESSAGE_WORDS:
        return ()
    pieces: list[str] = []
    for piece in _BREAK.split(text):
        piece = piece.strip(" ,.;:!?-\n")
        if not piece:
            continue
        if pieces and len(_WORDS.findall(piece)) < MIN_CLAUSE_WORDS:
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    if len(pieces) < 2:
        return ()
    # the longest pieces, kept in message order, when there are too many
    kept = sorted(sorted(range(len(pieces)), key=lambda i: -len(pieces[i]))[:MAX_CLAUSES])
    return tuple(pieces[i] for i in kept)
