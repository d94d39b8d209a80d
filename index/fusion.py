"""Fusing rankings and query vectors, and thinning out near-copies: pure functions."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np


def zscores(values: np.ndarray) -> np.ndarray:
    """Standardised scores along the last axis: mean 0 and standard deviation 1 (all 0 where
    the values are equal)."""
    values = np.asarray(values, dtype=np.float64)
    mean = values.mean(axis=-1, keepdims=True)
    spread = values.std(axis=-1, keepdims=True)
    return np.divide(values - mean, spread, out=np.zeros_like(values), where=spread > 1e-9)


def fuse_zscore(columns: Sequence[np.ndarray], weights: Sequence[float]) -> np.ndarray:
    """The weighted sum of each side's standardised scores over the same candidates.

    Standardising per query puts a cosine and a BM25 score on one scale while keeping how
    far ahead a clear winner is, which reciprocal ranks throw away.
    """
    if len(columns) != len(weights):
        raise ValueError(f"one weight per side (got {len(columns)} sides, {len(weights)} weights)")
    # one table, one call per step: on ~50 candidates numpy's cost is per call, not per value
    table = zscores(np.array(columns, dtype=np.float64))
    table *= np.array(weights, dtype=np.float64)[:, None]
    return table.sum(axis=0)  # side after side, as adding the columns one by one would


def fuse_rrf(rankings: Sequence[Sequence[int]], weights: Sequence[float],
             k: int = 60) -> dict[int, float]:
    """Reciprocal rank fusion: each side adds weight / (k + rank) for the items it ranks."""
    if len(rankings) != len(weights):
        raise ValueError(f"one weight per side (got {len(rankings)} sides, {len(weights)} weights)")
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return fused


def with_focus(query_vector: np.ndarray, focus_vector: np.ndarray | None,
            weight: float) -> np.ndarray:
    """The unit vector of the query plus `weight` times its focus (the query without one)."""
    if focus_vector is None or weight == 0:
        return query_vector
    focus = np.asarray(focus_vector, dtype=np.float32)
    mixed = query_vector + (focus if weight == 1 else weight * focus)
    # the square root in double precision rounds to the same float32 as np.linalg.norm's
    norm = math.sqrt(float(mixed @ mixed))
    return (mixed / norm).astype(np.float32, copy=False) if norm > 1e-9 else query_vector


def demote_duplicates(ranked: Sequence[int], vectors: np.ndarray, threshold: float,
                      limit: int | None = None) -> list[int]:
    """Keep the order, but move a near-copy of a better hit behind the distinct ones.

    Five articles repeat the same advice; without this the top five can be one sentence
    said five ways. A hit is a near-copy when its cosine to a kept hit reaches `threshold`.
    With `limit`, the scan stops once that many hits are kept: those come first, exactly as
    without it, and the rest follow in their old order.
    """
    ranked = list(ranked)
    if threshold >= 1.0 or len(ranked) < 2:
        return ranked
    # Cosines a block of hits at a time, each against every hit before it: the scan mostly
    # stops after `limit` hits, and a product this small stays on one BLAS thread (a
    # 40 x 40 one woke a second, which on a busy machine waited milliseconds for a core).
    block = limit + 4 if limit is not None else len(ranked)
    rows = vectors[ranked[:block]]
    close: list[list[bool]] = []
    kept: list[int] = []
    demoted: list[int] = []
    for j in range(len(ranked)):
        if limit is not None and len(kept) == limit:
            return [ranked[i] for i in kept] + [ranked[i] for i in demoted] + ranked[j:]
        if j == len(close):
            if j:  # past the first block: rarely, so every row is taken then
                rows = vectors[ranked]
            close += (rows[j:j + block] @ rows[:j + block].T >= threshold).tolist()
        row = close[j]
        (demoted if any(row[i] for i in kept) else kept).append(j)
    return [ranked[i] for i in kept + demoted]
