"""The semantic layer of triage: a bank of example messages per category, embedded once.

A message is near a category when its best cosine to that category's examples clears the
category's threshold and beats its best cosine to the harmless ("none") examples by a margin.
The bank lives in bot/data/triage_bank.jsonl, one {"text", "category", "sign"} per line.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from bot.jsonl import JsonLinesError, read_json_lines
from bot.safety.rules import CATEGORIES, Category
from index import Encoder
from index.vector_cache import encode_cached

log = logging.getLogger(__name__)

DEFAULT_BANK = Path(__file__).resolve().parent.parent / "data" / "triage_bank.jsonl"
BankCategory = Category | Literal["none"]
BANK_CATEGORIES: tuple[str, ...] = (*CATEGORIES, "none")


class BankError(ValueError):
    """The bank file is missing or a line of it is malformed."""


@dataclass(frozen=True)
class BankExample:
    text: str
    category: BankCategory
    sign: str


@dataclass(frozen=True)
class BankMatch:
    """The nearest example of one category and its cosine to the message."""

    category: BankCategory
    score: float
    example: BankExample


def read_bank(path: Path = DEFAULT_BANK) -> tuple[BankExample, ...]:
    """The examples of a bank file; a bad one is an error naming it and the rule."""
    try:
        rows = read_json_lines(path, required=("text", "category"))
    except JsonLinesError as err:
        raise BankError(f"the triage bank is unreadable: {err}") from err
    examples = []
    for number, row in enumerate(rows, start=1):
        category, text = row.get("category"), row.get("text")
        if category not in BANK_CATEGORIES:
            raise BankError(f"{path.name} example {number}: category must be one of "
                            f"{BANK_CATEGORIES} (got category={category!r})")
        if not isinstance(text, str) or not text.strip():
            raise BankError(f"{path.name} example {number}: text must be a non-empty string "
                            f"(got text={text!r})")
        examples.append(BankExample(text.strip(), category, str(row.get("sign") or category)))
    return tuple(examples)


class TriageBank:
    """The examples and their unit vectors; `nearest` scores a query vector against them."""

    def __init__(self, examples: tuple[BankExample, ...], vectors: np.ndarray) -> None:
        if len(examples) != len(vectors):
            raise ValueError(f"a bank needs one vector per example "
                             f"(got {len(examples)} examples, {len(vectors)} vectors)")
        self.examples = examples
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._rows = {c: [i for i, e in enumerate(examples) if e.category == c]
                      for c in BANK_CATEGORIES}

    def nearest(self, query_vector: np.ndarray) -> dict[str, BankMatch]:
        """The best example of each category that has examples."""
        return self.nearest_each(query_vector[None, :])[0]

    def nearest_each(self, query_vectors: np.ndarray) -> list[dict[str, BankMatch]]:
        """`nearest` for each row of `query_vectors` (a message and its clauses), in one
        product."""
        # inner product = cosine: both sides are unit length
        scores = (self.vectors @ query_vectors.T).T
        # plain floats and max (the first of equals, as argmax): a few hundred values take
        # less than numpy's per-call cost five times over
        found = []
        for listed in scores.tolist():
            best = {}
            for category, rows in self._rows.items():
                if rows:
                    i = max(rows, key=listed.__getitem__)
                    best[category] = BankMatch(category, listed[i], self.examples[i])
            found.append(best)
        return found


_CACHE: dict[tuple[str, int, str], TriageBank] = {}
_CACHE_LOCK = threading.Lock()


def load_bank(encoder: Encoder, path: Path = DEFAULT_BANK) -> TriageBank:
    """The bank at `path` embedded with `encoder`, computed once per encoder and bank content."""
    examples = read_bank(path)
    digest = hashlib.sha256("\n".join(f"{e.category}\t{e.text}" for e in examples)
                            .encode()).hexdigest()
    key = (encoder.name, encoder.dimension, digest)
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = TriageBank(examples, encode_cached(encoder, [e.text for e in examples]))
        return _CACHE[key]
