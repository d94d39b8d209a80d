"""One FAISS thread for the ANN tests."""

from __future__ import annotations

import faiss
import pytest


@pytest.fixture(autouse=True)
def one_faiss_thread():
    # HNSW inserts in parallel in a thread-dependent order; one thread makes the graph, and
    # so every recall below, the same on every run.
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    yield
    faiss.omp_set_num_threads(threads)
