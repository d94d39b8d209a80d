"""Choosing the FAISS index by size: exact search while it is fast, HNSW beyond that.

Vectors are unit length and both kinds use the inner-product metric, so the inner product
is the cosine. Exact search reads every vector for every query, so its time grows with
the index: about 1 ms at 20,000 passages of dimension 384 on one core, 180 ms at a
million (benchmarks/search.py), which sets the threshold. Above it, an HNSW graph answers
in about a millisecond at a small cost in recall, measured against exact search by the
benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

IndexKind = Literal["flat", "hnsw"]


@dataclass(frozen=True)
class AnnConfig:
    """When to leave exact search, and how the HNSW graph is built and searched."""

    exact_below: int = 20_000  # passages; exact search costs ~1 ms at this size
    hnsw_m: int = 32  # neighbours per node: more is better recall, more memory
    ef_construction: int = 64  # candidate list while building: more is a better graph
    # candidate list per query: recall@10 1.00 at 100k synthetic passages, but only 0.76 at
    # 1M (0.88 at 128); a 1M index needs a larger value, not yet measured (see README)
    ef_search: int = 64

    def __post_init__(self) -> None:
        if self.exact_below < 0:
            raise ValueError(f"exact_below must not be negative (got exact_below={self.exact_below})")
        for name in ("hnsw_m", "ef_construction", "ef_search"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1 (got {name}={getattr(self, name)})")


def choose_kind(count: int, config: AnnConfig = AnnConfig()) -> IndexKind:
    """Exact search below `config.exact_below` passages, HNSW from there on."""
    return "flat" if count < config.exact_below else "hnsw"


def build_faiss_index(vectors: np.ndarray, config: AnnConfig = AnnConfig(), *,
                      kind: IndexKind | None = None):
    """An inner-product FAISS index holding `vectors` (unit rows), of the kind their count calls for.

    Args:
        vectors: float32 rows, L2-normalised.
        config: the threshold and HNSW settings.
        kind: force a kind instead of choosing by size (benchmarks compare both).
    """
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if vectors.ndim != 2:
        raise ValueError(f"vectors must be a 2-D array (got shape {vectors.shape})")
    kind = kind or choose_kind(len(vectors), config)
    dimension = vectors.shape[1]
    if kind == "flat":
        index = faiss.IndexFlatIP(dimension)
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, config.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = config.ef_construction
        index.hnsw.efSearch = config.ef_search  # saved with the index by faiss.write_index
    else:
        raise ValueError(f"kind must be flat or hnsw (got kind={kind!r})")
    index.add(vectors)
    return index


def describe_index(index) -> str:
    """The manifest's name for an index: its FAISS class, with the HNSW settings if any."""
    name = type(index).__name__
    hnsw = getattr(index, "hnsw", None)
    if hnsw is None:
        return name
    m = hnsw.nb_neighbors(1)  # layer 0 keeps 2*M neighbours, the upper layers M
    return f"{name}(M={m},efConstruction={hnsw.efConstruction},efSearch={hnsw.efSearch})"
