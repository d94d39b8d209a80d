"""Search latency, recall and memory as the index grows, on synthetic clustered unit vectors,
and once on real text: MedQuAD's passages searched with its questions.

Real sentence embeddings bunch into topics; uniform random vectors do not, and on them
approximate search looks worse than it is (every neighbour is about as far as every other).
So the passages are cluster centres plus noise, and each query is a passage nudged a little.
The set flatters IVF (a thousand tight clusters fall neatly into its lists) and is hard
for HNSW (within a cluster the noise is isotropic in 384 dimensions), so the MedQuAD row
is the check on both: there real questions, not passages, are the queries.

Every search is timed one query at a time on one FAISS thread, as the server answers: per
query OpenMP gains nothing on a busy 2-core machine, and its threads wait.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.timing import interleave, rss_mb, summary_ms
from index.ann import AnnConfig, AnnIndex, build_ann_index, choose_kind
from index.ann.tuning import knob, recall_at_10, set_search_parameter

log = logging.getLogger(__name__)

DIMENSION = 384
CLUSTERS = 1000
NOISE = 0.068  # per coordinate: a passage's cosine to its cluster centre is about 0.6
QUERY_NOISE = 0.03  # a query's cosine to the passage it was drawn from is about 0.9
SWEEP = {"nprobe": (1, 2, 4, 8, 16, 32, 64, 128, 256),
         "efSearch": (16, 32, 64, 128, 256, 512, 1024)}
APPROXIMATE = ("ivf", "hnsw")  # both are built at every size, the chosen one and the other
MEDQUAD_QUESTIONS = 400


def unit_rows(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def clustered_vectors(count: int, *, seed: int = 0, block: int = 100_000) -> np.ndarray:
    """`count` unit float32 rows around `CLUSTERS` random centres, made block by block."""
    rng = np.random.default_rng(seed)
    centres = unit_rows(rng.standard_normal((CLUSTERS, DIMENSION), dtype=np.float32))
    out = np.empty((count, DIMENSION), dtype=np.float32)
    for start in range(0, count, block):
        n = min(block, count - start)
        rows = centres[rng.integers(0, CLUSTERS, n)]
        rows += NOISE * rng.standard_normal((n, DIMENSION), dtype=np.float32)
        out[start:start + n] = unit_rows(rows)
    return out


def queries_near(vectors: np.ndarray, count: int, *, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    rows = vectors[rng.integers(0, len(vectors), count)].copy()
    rows += QUERY_NOISE * rng.standard_normal(rows.shape, dtype=np.float32)
    return np.ascontiguousarray(unit_rows(rows), dtype=np.float32)


def index_size_mb(index) -> float:
    import faiss

    fd, path = tempfile.mkstemp(suffix=".faiss")
    os.close(fd)
    try:
        faiss.write_index(index, path)
        return round(os.path.getsize(path) / 1e6, 1)
    finally:
        os.remove(path)


@contextmanager
def one_faiss_thread() -> Iterator[None]:
    import faiss

    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(threads)


def recall(index, questions: np.ndarray, truth: np.ndarray) -> float:
    return round(recall_at_10(index.search(questions, 10)[1], truth), 4)


def timed_build(vectors: np.ndarray, config: AnnConfig, kind: str) -> tuple[AnnIndex, dict[str, Any]]:
    """Build one kind, with its build time, the memory it added and its size on disk."""
    before = rss_mb()["rss_mb"]
    started = time.perf_counter()
    built = build_ann_index(vectors, config, kind=kind)
    figures = {"build_s": round(time.perf_counter() - started, 2),
               "added_rss_mb": round(rss_mb()["rss_mb"] - before, 1),
               "size_mb": index_size_mb(built.index), "index": built.description}
    if built.tuning is not None:
        figures["tuned"] = {"parameter": built.tuning.parameter, "value": built.tuning.value,
                            "build_recall@10": built.tuning.recall}
    return built, figures


def sweep(index, questions: np.ndarray, truth: np.ndarray) -> dict[str, dict[str, float]]:
    """Latency and recall across the search setting, then the tuned value put back."""
    parameter = knob(index)
    tuned = index.nprobe if parameter == "nprobe" else index.hnsw.efSearch
    limit = index.nlist if parameter == "nprobe" else max(SWEEP["efSearch"])
    out = {}
    for value in (v for v in SWEEP[parameter] if v <= limit):
        set_search_parameter(index, value)
        times = interleave(1, {"one": lambda i: index.search(questions[i:i + 1], 10)}, len(questions))
        out[str(value)] = {**summary_ms(times["one"]), "recall@10": recall(index, questions, truth)}
    set_search_parameter(index, tuned)
    return out


def bench_vectors(vectors: np.ndarray, questions: np.ndarray, config: AnnConfig = AnnConfig()) -> dict[str, Any]:
    """Exact search against each approximate kind, tuned as a build tunes it, at one size."""
    kinds = {"flat": timed_build(vectors, config, "flat")}
    _, truth = kinds["flat"][0].index.search(questions, 10)
    for kind in APPROXIMATE:
        kinds[kind] = timed_build(vectors, config, kind)
    with one_faiss_thread():
        times = interleave(1, {kind: (lambda i, index=built.index: index.search(questions[i:i + 1], 10))
                               for kind, (built, _) in kinds.items()}, len(questions))
        result: dict[str, Any] = {"passages": len(vectors), "queries": len(questions), "faiss_threads": 1,
                                  "chosen": choose_kind(len(vectors), config)}
        for kind, (built, figures) in kinds.items():
            result[kind] = {**summary_ms(times[kind]), **figures, "recall@10": 1.0}
            if kind != "flat":
                result[kind]["recall@10"] = recall(built.index, questions, truth)
                result[kind]["sweep"] = sweep(built.index, questions, truth)
    chosen = result[result["chosen"]]
    result["chosen_p50_ms"], result["chosen_p95_ms"] = chosen["p50_ms"], chosen["p95_ms"]
    result["chosen_recall@10"] = chosen["recall@10"]
    log.info("search at %d passages: %s", len(vectors), result)
    return result


def bench_size(count: int, *, queries: int = 200, config: AnnConfig = AnnConfig()) -> dict[str, Any]:
    vectors = clustered_vectors(count)
    return bench_vectors(vectors, queries_near(vectors, queries), config)


def bench_medquad(config: AnnConfig = AnnConfig()) -> dict[str, Any] | None:
    """The same comparison on MedQuAD's embedded passages, with its questions as queries.

    Needs the built MedQuAD index (`python -m evaluation --medquad`) and the bundled model;
    without them there is no row.
    """
    from evaluation.medquad import DEFAULT_MEDQUAD, DEFAULT_MEDQUAD_INDEX, load_queries
    from index.persist import VECTORS

    vectors_file = Path(DEFAULT_MEDQUAD_INDEX) / VECTORS
    questions_file = Path(DEFAULT_MEDQUAD) / "queries_dev.jsonl"
    if not (vectors_file.is_file() and questions_file.is_file()):
        log.info("no MedQuAD row: %s or %s is missing", vectors_file, questions_file)
        return None
    from index.encoders import load_encoder

    vectors = np.load(vectors_file, allow_pickle=False)
    asked = load_queries(questions_file)
    picked = np.random.default_rng(3).choice(len(asked), min(MEDQUAD_QUESTIONS, len(asked)), replace=False)
    # sentence-transformers, not ONNX: the same vectors, without exporting a model into var/
    encoder = load_encoder("sentence-transformers")
    questions = np.ascontiguousarray(encoder.encode([asked[i].question for i in picked]), dtype=np.float32)
    return bench_vectors(vectors, questions, config)


def run(sizes: list[int]) -> dict[str, Any]:
    results: dict[str, Any] = {str(n): bench_size(n) for n in sizes}
    medquad = bench_medquad()
    if medquad is not None:
        results["medquad"] = medquad
    return results
