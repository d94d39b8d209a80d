"""The semantic layer of triage: a bank of example messages per category, embedded once.

A message is near a category when its best cosine to that category's examples clears the
category's threshold and beats its best cosine to the harmless ("none") examples by a margin.
The bank lives in bot/data/triage_bank.jsonl, one {"text", "category", "sign"} per line:
examples written for each sign. Beside it, bot/data/triage_bank_learned.jsonl holds the
project's labelled tuning messages (`python -m evaluation.learned_bank` writes it): the
many ways people actually put each thing, which no list of signs foresees. Their sign is
UNSPECIFIED, so a reply raised by one of them speaks of the category, not of a sign.
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
LEARNED_BANK = DEFAULT_BANK.with_name("triage_bank_learned.jsonl")
UNSPECIFIED = "unspecified"  # the sign of a learned example: the category is known, not the sign
BankCategory = Category | Literal["none"]
BANK_CATEGORIES: tuple[str, ...] = (*CATEGORIES, "none")


class BankError(ValueError):
    """The bank file is missing or a line of it is malformed."""


@dataclass(frozen=True)
class BankExample:
    text: str
    category: BankCategory
    sign: str
    learned: bool = False  # a whole labelled message (the learned bank), not a written example


@dataclass(frozen=True)
class BankMatch:
    """The nearest example of one category and its cosine to the message."""

    category: BankCategory
    score: float
    example: BankExample


def read_bank(path: Path = DEFAULT_BANK, *, learned: bool = False) -> tuple[BankExample, ...]:
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
        examples.append(BankExample(text.strip(), category, str(row.get("sign") or category),
                                    learned))
    return tuple(examples)


class TriageBank:
    """The examples and their unit vectors; `nearest` scores a query vector against them.

    A whole message is compared with every example. A clause of a long message is compared
    with the written examples only: each says one sign in a few words, as a clause does,
    where a learned example is a whole message whose manner ("probably nothing but ...")
    a clause can share without sharing its meaning.
    """

    def __init__(self, examples: tuple[BankExample, ...], vectors: np.ndarray) -> None:
        if len(examples) != len(vectors):
            raise ValueError(f"a bank needs one vector per example "
                             f"(got {len(examples)} examples, {len(vectors)} vectors)")
        # written examples first, each kind grouped by category in file order, so that the
        # best example of a category is an argmax over a slice or two of the scores
        order = sorted(range(len(examples)), key=lambda i: (
            examples[i].learned, BANK_CATEGORIES.index(examples[i].category), i))
        self.examples = tuple(examples[i] for i in order)
        self.vectors = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32)[order])
        self.written = sum(not e.learned for e in self.examples)
        self._slices: dict[str, list[tuple[int, int]]] = {}  # category -> runs of its rows
        for i, example in enumerate(self.examples):
            runs = self._slices.setdefault(example.category, [])
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))

    def nearest(self, query_vector: np.ndarray) -> dict[str, BankMatch]:
        """The best example of each category that has examples."""
        return self.nearest_each(query_vector[None, :])[0]

    def nearest_each(self, query_vectors: np.ndarray, *, whole: int = 1) -> list[dict[str, BankMatch]]:
        """`nearest` for each row of `query_vectors`: the first `whole` rows are whole
        messages, the rest clauses (written examples only). The first of equal scores wins."""
        found = []
        for number, query in enumerate(query_vectors):
            clause = number >= whole
            row = _cosines(self.vectors[:self.written] if clause else self.vectors, query)
            best = {}
            for category, runs in self._slices.items():
                for start, end in runs:
                    if clause and start >= self.written:
                        continue
                    i = start + int(row[start:end].argmax())
                    if category not in best or row[i] > best[category].score:
                        best[category] = BankMatch(category, float(row[i]), self.examples[i])
            found.append(best)
        return found


# Rows per matrix-vector product. numpy's OpenBLAS runs a larger product (the whole learned
# bank, some 1,800 x 384) on several threads, and after the encoder has run, the second
# thread waits for a core: 8 ms a message against 0.03 (python -m evaluation.triage showed
# it as a median triage step of 7.9 ms). Blocks this size stay on the calling thread.
BLOCK_ROWS = 512


def _cosines(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """`vectors @ query` (cosines: both sides are unit length), a block of rows at a time."""
    if len(vectors) <= BLOCK_ROWS:
        return vectors @ query
    return np.concatenate([vectors[start:start + BLOCK_ROWS] @ query
                           for start in range(0, len(vectors), BLOCK_ROWS)])


_CACHE: dict[tuple[str, int, str], TriageBank] = {}
_CACHE_LOCK = threading.Lock()


def load_bank(encoder: Encoder, path: Path = DEFAULT_BANK, *,
              learned: Path | None = None) -> TriageBank:
    """The bank at `path`, and the `learned` one beside it if given, embedded with `encoder`:
    computed once per encoder and bank content."""
    examples = read_bank(path) + (read_bank(learned, learned=True) if learned is not None else ())
    digest = hashlib.sha256("\n".join(f"{e.category}\t{e.learned}\t{e.text}" for e in examples)
                            .encode()).hexdigest()
    key = (encoder.name, encoder.dimension, digest)
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = TriageBank(examples, encode_cached(encoder, [e.text for e in examples]))
        return _CACHE[key]
