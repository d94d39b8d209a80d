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
settings and keeps the smallest that reaches `recall_goal` (index/ann_tuning.py).
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from typing import Any, Literal, get_args

import numpy as np

from index.ann_tuning import NEIGHBOURS, Tuning, knob, set_search_parameter, tune_search

log = logging.getLogger(__name__)

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


def describe_index(index, tuning: Tuning | None = None) -> str:
    """The manifest's name for an index: its FAISS class and settings, and what tuning measured.

    `restore_search_parameter` reads the setting back from this text.
    """
    name = type(index).__name__
    if hasattr(index, "nprobe"):
        text = f"{name}(nlist={index.nlist},nprobe={index.nprobe})"
    elif getattr(index, "hnsw", None) is not None:
        m = index.hnsw.nb_neighbors(1)  # layer 0 keeps 2*M neighbours, the upper layers M
        text = f"{name}(M={m},efConstruction={index.hnsw.efConstruction},efSearch={index.hnsw.efSearch})"
    else:
        text = name
    if tuning is not None:
        text += (f" recall@10={tuning.recall:.3f} vs exact on {tuning.queries} queries"
                 f" (goal {tuning.goal})")
    return text


_SETTING = re.compile(r"\b(nprobe|efSearch)=(\d+)")


def restore_search_parameter(index, description: str) -> None:
    """Apply the search setting a manifest's `describe_index` text names to a freshly read index.

    FAISS 1.15's write_index keeps both nprobe and efSearch, so today this changes nothing;
    it keeps the manifest the authority should a FAISS version or a copy of the index not.

    Raises:
        ValueError: the text names another FAISS class or setting than the index has;
            rebuild the index.
    """
    name = type(index).__name__
    if not description:
        return  # a manifest from before the field: the index file's own setting stands
    if re.match(r"\w*", description).group() != name:
        raise ValueError(f"the manifest describes {description!r} but the index file holds a {name}; "
                         f"rebuild the index")
    found = _SETTING.search(description)
    if found is None:
        return  # exact search: nothing to set
    parameter = knob(index)
    if found.group(1) != parameter:
        raise ValueError(f"the manifest sets {found.group(1)} but a {name} is tuned by {parameter}; "
                         f"rebuild the index")
    set_search_parameter(index, int(found.group(2)))
