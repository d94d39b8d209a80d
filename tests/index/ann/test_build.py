"""Choosing the FAISS index by size and tuning its search to a recall goal."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from index.ann import AnnConfig, build_ann_index, choose_kind
from index.ann.build import build_faiss_index, ivf_lists


def unit(rows: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(rows / np.linalg.norm(rows, axis=1, keepdims=True), dtype=np.float32)


def unit_rows(count: int, dimension: int = 32, seed: int = 0) -> np.ndarray:
    return unit(np.random.default_rng(seed).standard_normal((count, dimension)))


def clustered(count: int, *, clusters: int = 40, dimension: int = 32, seed: int = 0) -> np.ndarray:
    """Rows around random centres, as sentence embeddings bunch into topics."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, dimension))
    return unit(centres[rng.integers(0, clusters, count)] + 0.5 * rng.standard_normal((count, dimension)))


def nudged(vectors: np.ndarray, count: int, seed: int = 1) -> np.ndarray:
    """Queries that are not passages: passages moved a little off themselves."""
    rng = np.random.default_rng(seed)
    rows = vectors[rng.choice(len(vectors), count, replace=False)]
    return unit(rows + 0.1 * rng.standard_normal(rows.shape))


def test_exact_search_below_the_threshold_and_the_approximate_kind_from_it():
    config = AnnConfig(exact_below=100)
    assert choose_kind(99, config) == "flat"
    assert choose_kind(100, config) == "ivf"
    assert choose_kind(100, AnnConfig(exact_below=100, approximate="hnsw")) == "hnsw"
    assert isinstance(build_faiss_index(unit_rows(99), config), faiss.IndexFlatIP)
    assert isinstance(build_faiss_index(unit_rows(100), config), faiss.IndexIVFFlat)
    assert isinstance(build_faiss_index(unit_rows(100), AnnConfig(exact_below=100, approximate="hnsw")),
                      faiss.IndexHNSWFlat)


def test_ivf_has_about_four_root_n_lists_but_no_more_than_its_passages_can_train():
    assert ivf_lists(1_000_000) == 4000
    assert ivf_lists(20_000) == 500  # 4·√20,000 = 566 lists would have fewer than 40 passages each
    assert ivf_lists(10) == 1


@pytest.mark.parametrize("kind", ["flat", "ivf", "hnsw"])
def test_every_kind_scores_by_inner_product_which_is_the_cosine_of_unit_rows(kind):
    vectors = clustered(2000)
    index = build_faiss_index(vectors, kind=kind)
    scores, ids = index.search(vectors[:5], 1)
    assert ids[:, 0].tolist() == [0, 1, 2, 3, 4]
    np.testing.assert_allclose(scores[:, 0], 1.0, atol=1e-5)


# a sparse graph, so that HNSW's narrowest search misses on this small set too
SPARSE_HNSW = {"hnsw_m": 4, "ef_construction": 16}


@pytest.mark.parametrize(("kind", "settings"), [("ivf", {}), ("hnsw", SPARSE_HNSW)])
def test_the_tuned_index_finds_the_exact_top_ten_of_new_queries_at_the_goal(kind, settings):
    vectors = clustered(4000)
    queries = nudged(vectors, 200)
    _, exact = build_faiss_index(vectors, kind="flat").search(queries, 10)

    def recall(goal: float) -> float:
        built = build_ann_index(vectors, AnnConfig(recall_goal=goal, **settings), kind=kind)
        assert built.tuning.recall >= goal
        _, found = built.index.search(queries, 10)
        return np.mean([len(set(f) & set(e)) / 10 for f, e in zip(found, exact)])

    assert recall(0.95) >= 0.95
    assert recall(0.01) < 0.75  # the narrowest search falls well short: tuning had work to do


def test_a_higher_goal_searches_wider():
    vectors = clustered(4000)
    settings = [build_ann_index(vectors, AnnConfig(recall_goal=goal), kind="ivf").tuning.value
                for goal in (0.8, 0.95, 0.999)]
    assert settings == sorted(settings) and settings[0] < settings[-1]


def test_tuning_on_given_questions_uses_them():
    vectors = clustered(3000)
    built = build_ann_index(vectors, kind="ivf", queries=nudged(vectors, 50))
    assert built.tuning.queries == 50
    assert built.tuning.recall >= AnnConfig().recall_goal


def test_an_unknown_kind_a_flat_vector_or_too_few_to_tune_is_refused():
    with pytest.raises(ValueError, match=r"kind must be flat, ivf or hnsw \(got kind='pq'\)"):
        build_faiss_index(unit_rows(10), kind="pq")
    with pytest.raises(ValueError, match=r"vectors must be a 2-D array \(got shape \(32,\)\)"):
        build_faiss_index(unit_rows(1)[0])
    with pytest.raises(ValueError, match=r"more than 10 vectors to tune on \(got 10\); use kind='flat'"):
        build_faiss_index(unit_rows(10), kind="ivf")
