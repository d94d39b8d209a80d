"""Tuning an approximate FAISS index's search breadth to a recall goal, at build time.

The build measures recall@10 against exact search for growing settings (IVF's nprobe,
HNSW's efSearch) and keeps the smallest that reaches the goal: no fixed setting suits
every size (HNSW's efSearch 64 gave recall@10 1.00 at 100k passages and 0.76 at a
million). The queries are passages turned slightly away from themselves, or real
questions when the caller has them.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from index.ann.config import AnnConfig

log = logging.getLogger(__name__)

Knob = Literal["nprobe", "efSearch"]  # what an approximate kind's search breadth is called
NEIGHBOURS = 10  # recall@10 is what the build tunes to and the manifest reports
PLATEAU_SLACK = 0.005  # recall given up when a goal is out of reach, to search far narrower


@dataclass(frozen=True)
class Tuning:
    """The search setting the build chose and the recall@10 it measured there."""

    parameter: Knob
    value: int
    recall: float  # recall@10 against exact search on `queries` queries
    queries: int
    goal: float


def tune_search(index, vectors: np.ndarray, config: AnnConfig, *, queries: np.ndarray | None = None,
                rng: np.random.Generator | None = None) -> Tuning:
    """Set the smallest nprobe or efSearch whose recall@10 against exact search reaches the goal."""
    import faiss

    if queries is None:
        rng = rng or np.random.default_rng(config.seed)
        rows = np.sort(rng.choice(len(vectors), min(config.tuning_queries, len(vectors)), replace=False))
        queries = tilted(vectors[rows], config.tuning_cosine, rng)
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    # brute force without a second copy of the vectors
    truth = faiss.knn(queries, vectors, NEIGHBOURS, metric=faiss.METRIC_INNER_PRODUCT)[1]

    def recall_at(value: int) -> float:
        set_search_parameter(index, value)
        return recall_at_10(index.search(queries, NEIGHBOURS)[1], truth)

    parameter, low, high = search_range(index, config)
    value, recall = smallest_reaching(recall_at, config.recall_goal, low, high)
    if recall < config.recall_goal:
        log.warning("%s levels off short of recall@10 %.3f: %.3f at %s=%d; a denser index "
                    "(more lists, or a larger hnsw_m or ef_construction) would reach further",
                    type(index).__name__, config.recall_goal, recall, parameter, value)
    set_search_parameter(index, value)
    return Tuning(parameter, value, round(recall, 4), len(queries), config.recall_goal)


def tilted(rows: np.ndarray, cosine: float, rng: np.random.Generator) -> np.ndarray:
    """Unit rows at exactly `cosine` to the given unit rows, each turned towards a random direction.

    A passage itself would be an easy query: an HNSW graph links it to its own neighbours and
    an IVF list holds it, so recall measured on passages flatters both.
    """
    away = rng.standard_normal(rows.shape).astype(np.float32)
    away -= np.sum(away * rows, axis=1, keepdims=True) * rows  # perpendicular to each row
    away /= np.linalg.norm(away, axis=1, keepdims=True)
    return np.ascontiguousarray(cosine * rows + math.sqrt(1 - cosine ** 2) * away, dtype=np.float32)


def knob(index) -> Knob:
    """The search setting of an approximate index: an IVF index's nprobe, an HNSW graph's efSearch."""
    import faiss

    if isinstance(index, faiss.IndexIVF):
        return "nprobe"
    if isinstance(index, faiss.IndexHNSW):
        return "efSearch"
    raise ValueError(f"{type(index).__name__} is exact search and has no search setting")


def search_range(index, config: AnnConfig) -> tuple[Knob, int, int]:
    """The search setting of an approximate index and the values tuning may try."""
    if knob(index) == "nprobe":
        return "nprobe", 1, index.nlist  # all lists is exact search, so the goal is always reachable
    return "efSearch", 16, config.max_ef_search  # FAISS widens anything below k to k


def smallest_reaching(recall_at: Callable[[int], float], goal: float, low: int, high: int, *,
                      slack: float = PLATEAU_SLACK) -> tuple[int, float]:
    """The smallest value in [low, high] whose recall reaches `goal`, and that recall.

    Doubles from `low`, then halves the last gap; recall grows with the value, so a few
    dozen searches find it. When even `high` falls short, recall has levelled off below the
    goal, and the widest search would cost many times the time for the last thousandths
    (HNSW at a million passages: efSearch 1024 reached 0.958 in 1.9 ms, 4096 0.968 in 16.5);
    then the smallest value within `slack` of what `high` reached.
    """
    measured: dict[int, float] = {}

    def at(value: int) -> float:
        if value not in measured:
            measured[value] = recall_at(value)
        return measured[value]

    failed, value = low - 1, low
    while at(value) < goal and value < high:
        failed, value = value, min(2 * value, high)
    if at(value) < goal:
        goal, failed = at(value) - slack, low - 1
    while value - failed > 1:
        middle = (failed + value) // 2
        if at(middle) >= goal:
            value = middle
        else:
            failed = middle
    return value, at(value)


def recall_at_10(found: np.ndarray, truth: np.ndarray) -> float:
    """The share of the exact top ten that the approximate search found, over all queries."""
    return float(np.mean([np.isin(t, f).mean() for f, t in zip(found, truth)]))


def set_search_parameter(index, value: int) -> None:
    """Set an IVF index's nprobe or an HNSW index's efSearch."""
    if value < 1:
        raise ValueError(f"a search setting must be at least 1 (got {value})")
    if knob(index) == "nprobe":
        index.nprobe = value
    else:
        index.hnsw.efSearch = value
