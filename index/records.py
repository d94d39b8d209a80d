"""The record the index hands to the bot: a chunk with how well it matched."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.records import Chunk


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk. `score` ranks hits; `dense` is the cosine, `lexical` the BM25 score."""

    chunk: Chunk
    score: float
    dense: float = 0.0
    lexical: float = 0.0
