"""Evaluation figures as pure functions: relevance, rank metrics, answer checks, boilerplate.

Rankings are lists of booleans (is the passage at this rank relevant?), so each metric can
be checked by hand on a made-up ranking.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def match_text(text: str) -> str:
    """The text as the eval README compares texts ("normalise" there): lower-case, every run
    of characters other than a-z and 0-9 one space, trimmed. Not bot.query.normalise, which
    folds what a person typed for the safety rules."""
    return _NOT_ALNUM.sub(" ", text.lower()).strip()


def is_relevant(passage: str, gold: Sequence[str]) -> bool:
    """A passage is relevant when its normalised text contains a normalised gold phrase."""
    text = match_text(passage)
    return any(phrase and phrase in text for phrase in map(match_text, gold))


def recall_at(relevant: Sequence[bool], k: int) -> float:
    """1.0 when a relevant passage is among the first `k`, else 0.0 (success at k)."""
    return 1.0 if any(relevant[:k]) else 0.0


def reciprocal_rank(relevant: Sequence[bool], k: int = 10) -> float:
    """1 / the rank of the first relevant passage within the first `k`, else 0.0."""
    for rank, hit in enumerate(relevant[:k], start=1):
        if hit:
            return 1.0 / rank
    return 0.0


def ndcg_at(relevant: Sequence[bool], k: int, total_relevant: int) -> float:
    """Binary-gain nDCG: the ideal ranking puts all `total_relevant` passages first.

    `total_relevant` counts the relevant passages in the whole index, so a ranking that
    finds one of three relevant passages scores below 1 even when it puts it first.
    """
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(k, total_relevant) + 1))
    if not ideal:
        return 0.0
    gained = sum(1.0 / math.log2(rank + 1)
                 for rank, hit in enumerate(relevant[:k], start=1) if hit)
    return gained / ideal


def facts_covered(answer: str, facts: Sequence[Sequence[str]]) -> int:
    """How many fact groups the answer covers: a group is covered by any one alternative."""
    text = match_text(answer)
    return sum(1 for group in facts if any(match_text(alt) and match_text(alt) in text
                                           for alt in group))


def quote_in_article(quote: str, article_text: str) -> bool:
    """The quoted sentence, normalised, occurs in the normalised article."""
    return bool(match_text(quote)) and match_text(quote) in match_text(article_text)


# Page furniture that is not article content, by kind. The list is written from what web
# pages carry in general, independently of the cleaning rules it is meant to check.
BOILERPLATE = {
    "link": re.compile(r"\]\(|https?://|www\.|\.(?:com|org|net|ai)/", re.I),
    "image": re.compile(r"!\[|\b(?:getty images|istock|shutterstock|photo credit|"
                        r"image credit|author image)\b|\.(?:png|jpe?g|gif|webp)\b", re.I),
    "tracking": re.compile(r"\b(?:iframe|doubleclick|googletagmanager|analytics)\b", re.I),
    "byline": re.compile(r"\b(?:written by|reviewed by|medically reviewed|has been writing|"
                         r"her articles have appeared|his articles have appeared)\b", re.I),
    "call_to_action": re.compile(r"\b(?:subscribe|sign up|newsletter|click here|one click "
                                 r"away|download (?:the|our) app|try (?:it )?(?:for )?free|"
                                 r"book an appointment|symptom checker|ai assistant)\b", re.I),
    "navigation": re.compile(r"\b(?:related articles|read more|share on|follow us|"
                             r"table of contents|terms of use|privacy policy|cookie|"
                             r"all rights reserved|advertisement)\b|©", re.I),
}


def boilerplate_kinds(text: str) -> list[str]:
    """The kinds of page boilerplate found in `text` (empty when it reads as article prose)."""
    return [kind for kind, pattern in BOILERPLATE.items() if pattern.search(text)]


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """Counts of (expected kind -> got kind), rows and columns in first-seen order."""
    table: dict[str, dict[str, int]] = {}
    for expected, got in pairs:
        row = table.setdefault(expected, {})
        row[got] = row.get(got, 0) + 1
    return table
