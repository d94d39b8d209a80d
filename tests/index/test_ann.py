"""Choosing the FAISS index by size, tuning its search to a recall goal, and what survives a save."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from index.ann import (AnnConfig, build_ann_index, build_faiss_index, choose_kind, describe_index,
                       ivf_lists, restore_search_parameter)


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


@pytest.fixture(autouse=True)
def one_faiss_thread():
    # HNSW inserts in parallel in a thread-dependent order; one thread makes the graph, and
    # so every recall below, the same on every run.
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    yield
    faiss.omp_set_num_threads(threads)


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


@pytest.mark.parametrize(("kind", "setting"), [("ivf", "nprobe"), ("hnsw", "efSearch")])
def test_the_tuned_setting_survives_write_and_read_and_the_manifest_can_restore_it(tmp_path, kind, setting):
    built = build_ann_index(clustered(3000), kind=kind)
    path = str(tmp_path / "dense.faiss")
    faiss.write_index(built.index, path)
    again = faiss.read_index(path)
    assert describe_index(again) == describe_index(built.index)
    assert f"{setting}={built.tuning.value}" in built.description
    assert f"recall@10={built.tuning.recall:.3f}" in built.description
    # should a FAISS version not keep it, the manifest's text puts it back
    if kind == "ivf":
        again.nprobe = 1
    else:
        again.hnsw.efSearch = 1
    restore_search_parameter(again, built.description)
    assert describe_index(again) == describe_index(built.index)


def test_restoring_from_a_manifest_that_names_another_index_is_refused():
    hnsw = build_faiss_index(clustered(500), kind="hnsw")
    with pytest.raises(ValueError, match=r"describes 'IndexIVFFlat\(nlist=20,nprobe=3\)' but the index "
                                         r"file holds a IndexHNSWFlat; rebuild the index"):
        restore_search_parameter(hnsw, "IndexIVFFlat(nlist=20,nprobe=3)")
    flat = build_faiss_index(unit_rows(10))
    restore_search_parameter(flat, "IndexFlatIP")  # exact: nothing to set
    assert describe_index(flat) == "IndexFlatIP"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("exact_below", -1, r"exact_below must not be negative \(got exact_below=-1\)"),
    ("approximate", "pq", r"approximate must be ivf or hnsw \(got approximate='pq'\)"),
    ("recall_goal", 0, r"recall_goal must be above 0 and at most 1 \(got recall_goal=0\)"),
    ("recall_goal", 1.5, r"recall_goal must be above 0 and at most 1 \(got recall_goal=1.5\)"),
    ("tuning_cosine", 1.2, r"tuning_cosine must be above 0 and at most 1 \(got tuning_cosine=1.2\)"),
    ("lists_per_sqrt", 0, r"lists_per_sqrt must be positive \(got lists_per_sqrt=0\)"),
    ("train_per_list", 10, r"train_per_list must be at least 39, .* \(got train_per_list=10\)"),
    ("tuning_queries", 0, r"tuning_queries must be at least 1 \(got tuning_queries=0\)"),
    ("hnsw_m", 0, r"hnsw_m must be at least 1 \(got hnsw_m=0\)"),
    ("max_ef_search", 0, r"max_ef_search must be at least 1 \(got max_ef_search=0\)"),
])
def test_settings_are_checked_at_construction(field, value, message):
    with pytest.raises(ValueError, match=message):
        AnnConfig(**{field: value})


def test_an_unknown_kind_a_flat_vector_or_too_few_to_tune_is_refused():
    with pytest.raises(ValueError, match=r"kind must be flat, ivf or hnsw \(got kind='pq'\)"):
        build_faiss_index(unit_rows(10), kind="pq")
    with pytest.raises(ValueError, match=r"vectors must be a 2-D array \(got shape \(32,\)\)"):
        build_faiss_index(unit_rows(1)[0])
    with pytest.raises(ValueError, match=r"more than 10 vectors to tune on \(got 10\); use kind='flat'"):
        build_faiss_index(unit_rows(10), kind="ivf")
