"""Building the FAISS index a corpus's size calls for (index/ann/config.py), tuned if approximate.

Vectors are unit length and every kind uses the inner-product metric, so the inner product
is the cosine.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any, get_args

import numpy as np

from index.ann.config import AnnConfig, IndexKind
from index.ann.description import describe_index
from index.ann.tuning import NEIGHBOURS, Tuning, tune_search

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnnIndex:
    """A built FAISS index and, for an approximate one, how its search setting was chosen."""

    index: Any  # a faiss.Index; FAISS has no type stubs
    tuning: Tuning | None = None  # None for exact search

    @property
    def description(self) -> str:
        return describe_index(self.index, self.tuning)


def choose_kind(count: int, config: AnnConfig = AnnConfig()) -> IndexKind:
    """Exact search below `config.exact_below` passages, `config.approximate` from there on."""
    return "flat" if count < config.exact_below else config.approximate


def ivf_lists(count: int, config: AnnConfig = AnnConfig()) -> int:
    """About `lists_per_sqrt`·√count lists, no more than `count` passages can train."""
    wanted = round(config.lists_per_sqrt * math.sqrt(count))
    return max(1, min(wanted, count // config.train_per_list))


def build_ann_index(vectors: np.ndarray, config: AnnConfig = AnnConfig(), *,
                    kind: IndexKind | None = None, queries: np.ndarray | None = None) -> AnnIndex:
    """An inner-product FAISS index holding `vectors` (unit rows), tuned if approximate.

    Args:
        vectors: float32 rows, L2-normalised.
        config: the threshold, the approximate kind and its settings, the recall goal.
        kind: force a kind instead of choosing by size (benchmarks compare them).
        queries: unit rows to tune the search setting on, such as embedded real questions;
            by default `config.tuning_queries` passages, each tilted to `config.tuning_cosine`.
    """
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if vectors.ndim != 2:
        raise ValueError(f"vectors must be a 2-D array (got shape {vectors.shape})")
    kind = kind or choose_kind(len(vectors), config)
    if kind not in get_args(IndexKind):
        raise ValueError(f"kind must be flat, ivf or hnsw (got kind={kind!r})")
    dimension = vectors.shape[1]
    if kind == "flat":
        index = faiss.IndexFlatIP(dimension)
        index.add(vectors)
        return AnnIndex(index)
    if len(vectors) <= NEIGHBOURS:
        raise ValueError(f"an approximate index needs more than {NEIGHBOURS} vectors to tune on "
                         f"(got {len(vectors)}); use kind='flat'")
    rng = np.random.default_rng(config.seed)
    if kind == "ivf":
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension,
                                   ivf_lists(len(vectors), config), faiss.METRIC_INNER_PRODUCT)
        index.cp.spherical = True  # unit centroids, so a query's nearest list is by cosine too
        sample = min(len(vectors), config.train_per_list * index.nlist)
        index.train(vectors[np.sort(rng.choice(len(vectors), sample, replace=False))])
    else:
        index = faiss.IndexHNSWFlat(dimension, config.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = config.ef_construction
    index.add(vectors)
    tuning = tune_search(index, vectors, config, queries=queries, rng=rng)
    log.info("%s", describe_index(index, tuning))
    return AnnIndex(index, tuning)


def build_faiss_index(vectors: np.ndarray, config: AnnConfig = AnnConfig(), *,
                      kind: IndexKind | None = None):
    """`build_ann_index` without the tuning record: the bare FAISS index."""
    return build_ann_index(vectors, config, kind=kind).index
