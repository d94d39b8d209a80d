"""Search latency, recall and memory as the index grows, on synthetic clustered unit vectors.

Real sentence embeddings bunch into topics; uniform random vectors do not, and on them
approximate search looks worse than it is (every neighbour is about as far as every other).
So the passages are cluster centres plus noise, and each query is a passage nudged a little.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from typing import Any

import numpy as np

from benchmarks.timing import interleave, rss_mb, summary_ms
from index.ann import AnnConfig, build_faiss_index, choose_kind, describe_index

log = logging.getLogger(__name__)

DIMENSION = 384
CLUSTERS = 1000
NOISE = 0.068  # per coordinate: a passage's cosine to its cluster centre is about 0.6
QUERY_NOISE = 0.03  # a query's cosine to the passage it was drawn from is about 0.9
EF_SEARCH = (16, 32, 64, 128, 256, 512)


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


def recall_at_10(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def index_size_mb(index) -> float:
    import faiss

    fd, path = tempfile.mkstemp(suffix=".faiss")
    os.close(fd)
    try:
        faiss.write_index(index, path)
        return round(os.path.getsize(path) / 1e6, 1)
    finally:
        os.remove(path)


def bench_size(count: int, *, queries: int = 200, config: AnnConfig = AnnConfig()) -> dict[str, Any]:
    """Exact against HNSW at one size: build time, memory, single-query latency, recall@10."""
    import faiss

    vectors = clustered_vectors(count)
    questions = queries_near(vectors, queries)
    before = rss_mb()["rss_mb"]
    started = time.perf_counter()
    flat = build_faiss_index(vectors, config, kind="flat")
    flat_build = time.perf_counter() - started
    started = time.perf_counter()
    hnsw = build_faiss_index(vectors, config, kind="hnsw")
    hnsw_build = time.perf_counter() - started
    hnsw_rss = rss_mb()["rss_mb"] - before - vectors.nbytes / 1e6  # the graph beyond a flat copy
    _, truth = flat.search(questions, 10)
    sweep = {}
    for ef in EF_SEARCH:
        hnsw.hnsw.efSearch = ef
        times = interleave(1, {"hnsw": lambda i: hnsw.search(questions[i:i + 1], 10)}, queries)
        _, found = hnsw.search(questions, 10)
        sweep[str(ef)] = {**summary_ms(times["hnsw"]), "recall@10": round(recall_at_10(found, truth), 4)}
    hnsw.hnsw.efSearch = config.ef_search
    threads = faiss.omp_get_max_threads()

    def flat_one_thread(i: int) -> None:
        # A single query gains little from OpenMP, and on a busy machine its threads wait.
        faiss.omp_set_num_threads(1)
        flat.search(questions[i:i + 1], 10)
        faiss.omp_set_num_threads(threads)

    times = interleave(1, {"flat": lambda i: flat.search(questions[i:i + 1], 10),
                           "flat_1_thread": flat_one_thread,
                           "hnsw": lambda i: hnsw.search(questions[i:i + 1], 10)}, queries)
    _, found = hnsw.search(questions, 10)
    chosen = choose_kind(count, config)
    result = {
        "passages": count, "queries": queries, "faiss_threads": threads,
        "chosen": chosen, "chosen_index": describe_index(flat if chosen == "flat" else hnsw),
        "flat": {**summary_ms(times["flat"]), "build_s": round(flat_build, 2),
                 "size_mb": index_size_mb(flat),
                 "one_thread": summary_ms(times["flat_1_thread"])},
        "hnsw": {**summary_ms(times["hnsw"]), "build_s": round(hnsw_build, 2),
                 "size_mb": index_size_mb(hnsw), "extra_rss_mb": round(hnsw_rss, 1),
                 "ef_search": config.ef_search, "recall@10": round(recall_at_10(found, truth), 4),
                 "ef_sweep": sweep},
    }
    chosen_side = result[chosen]
    result["chosen_p50_ms"] = chosen_side["p50_ms"]
    result["chosen_recall@10"] = 1.0 if chosen == "flat" else chosen_side["recall@10"]
    log.info("search at %d passages: %s", count, result)
    return result


def run(sizes: list[int]) -> dict[str, Any]:
    return {str(n): bench_size(n) for n in sizes}
