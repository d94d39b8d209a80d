"""Choosing the FAISS index by size: exact search while it is fast, IVF beyond that, its
search breadth tuned at build time to a recall goal.

Vectors are unit length and every kind uses the inner-product metric, so the inner product
is the cosine. Exact search reads every vector for every query, so its time grows with the
index: about 1 ms at 20,000 passages of dimension 384 on one core, 180 ms at a million
(benchmarks/search.py), which sets the threshold.

Above it, an inverted file (IVF): k-means splits the passages into about 4·√N lists and a
query reads only the `nprobe` lists nearest to it. At a million synthetic passages it built
in 4 minutes on a busy 2-core machine, where an HNSW graph took 6 to 24, and its one knob
trades speed for recall all the way up to exact (HNSW levelled off at recall@10 0.96). HNSW stays available
(`approximate="hnsw"`) and is the faster of the two on real text: on MedQuAD's questions it
reached recall@10 0.96 in 0.25 ms a query, IVF in about 0.7 ms; a corpus of real embeddings
far past MedQuAD's 45k passages may prefer it, if it can afford the build.

No fixed knob suits every size (HNSW's efSearch 64 gave recall@10 1.00 at 100k passages
and 0.76 at a million), so the build measures recall@10 against exact search for growing
settings and keeps the smallest that reaches `recall_goal` (index/ann/tuning.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

IndexKind = Literal["flat", "ivf", "hnsw"]
ApproximateKind = Literal["ivf", "hnsw"]
MIN_POINTS_PER_LIST = 39  # FAISS's k-means warns, and trains poorly, below this


@dataclass(frozen=True)
class AnnConfig:
    """When to leave exact search, how the approximate index is built, and the recall it must keep."""

    exact_below: int = 20_000  # passages; exact search costs ~1 ms at this size
    approximate: ApproximateKind = "ivf"
    # recall@10 against exact search on the tuning queries below. Real questions are harder:
    # on MedQuAD a goal of 0.99 gave 0.95 on its questions with IVF and 0.99 with HNSW, a
    # goal of 0.98 only 0.92 and 0.96; hence the margin.
    recall_goal: float = 0.99
    tuning_queries: int = 300  # queries searched per setting tried; ~±0.003 on the recall
    # A tuning query is a passage turned to this cosine from itself: MedQuAD's questions have
    # a median cosine of 0.79 to their nearest passage.
    tuning_cosine: float = 0.8
    lists_per_sqrt: float = 4.0  # IVF lists = this × √passages, FAISS's rule of thumb
    train_per_list: int = 40  # k-means sample per list: 160k of a million passages
    hnsw_m: int = 32  # neighbours per node: more is better recall, more memory
    ef_construction: int = 64  # candidate list while building: more is a better graph
    max_ef_search: int = 4096  # the widest HNSW search tuning may choose
    seed: int = 0  # which passages train k-means and tune, so a rebuild gives the same index

    def __post_init__(self) -> None:
        if self.exact_below < 0:
            raise ValueError(f"exact_below must not be negative (got exact_below={self.exact_below})")
        if self.approximate not in get_args(ApproximateKind):
            raise ValueError(f"approximate must be ivf or hnsw (got approximate={self.approximate!r})")
        if not 0 < self.recall_goal <= 1:
            raise ValueError(f"recall_goal must be above 0 and at most 1 (got recall_goal={self.recall_goal})")
        if not 0 < self.tuning_cosine <= 1:
            raise ValueError(f"tuning_cosine must be above 0 and at most 1 (got tuning_cosine={self.tuning_cosine})")
        if self.lists_per_sqrt <= 0:
            raise ValueError(f"lists_per_sqrt must be positive (got lists_per_sqrt={self.lists_per_sqrt})")
        if self.train_per_list < MIN_POINTS_PER_LIST:
            raise ValueError(f"train_per_list must be at least {MIN_POINTS_PER_LIST}, below which FAISS's "
                             f"k-means trains poorly (got train_per_list={self.train_per_list})")
        for name in ("tuning_queries", "hnsw_m", "ef_construction", "max_ef_search"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1 (got {name}={getattr(self, name)})")
