"""Choosing the FAISS index by size: the threshold, the kinds, and what survives a save."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from index.ann import AnnConfig, build_faiss_index, choose_kind, describe_index


def unit_rows(count: int, dimension: int = 32, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((count, dimension)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_exact_search_below_the_threshold_and_hnsw_from_it():
    config = AnnConfig(exact_below=100)
    assert choose_kind(99, config) == "flat"
    assert choose_kind(100, config) == "hnsw"
    assert isinstance(build_faiss_index(unit_rows(99), config), faiss.IndexFlatIP)
    assert isinstance(build_faiss_index(unit_rows(100), config), faiss.IndexHNSWFlat)


def test_both_kinds_score_by_inner_product_which_is_the_cosine_of_unit_rows():
    vectors = unit_rows(300)
    for kind in ("flat", "hnsw"):
        index = build_faiss_index(vectors, kind=kind)
        scores, ids = index.search(vectors[:5], 1)
        assert ids[:, 0].tolist() == [0, 1, 2, 3, 4]
        np.testing.assert_allclose(scores[:, 0], 1.0, atol=1e-5)


def test_hnsw_finds_what_exact_search_finds_on_a_small_set():
    vectors, queries = unit_rows(2000), unit_rows(50, seed=1)
    _, exact = build_faiss_index(vectors, kind="flat").search(queries, 10)
    _, approx = build_faiss_index(vectors, AnnConfig(ef_search=128), kind="hnsw").search(queries, 10)
    recall = np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approx, exact)])
    assert recall >= 0.95


def test_the_manifest_name_and_ef_search_survive_write_and_read(tmp_path):
    config = AnnConfig(hnsw_m=16, ef_construction=40, ef_search=77)
    index = build_faiss_index(unit_rows(200), config, kind="hnsw")
    path = str(tmp_path / "dense.faiss")
    faiss.write_index(index, path)
    again = faiss.read_index(path)
    assert describe_index(again) == "IndexHNSWFlat(M=16,efConstruction=40,efSearch=77)"
    assert describe_index(build_faiss_index(unit_rows(10))) == "IndexFlatIP"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("exact_below", -1, r"exact_below must not be negative \(got exact_below=-1\)"),
    ("hnsw_m", 0, r"hnsw_m must be at least 1 \(got hnsw_m=0\)"),
    ("ef_search", 0, r"ef_search must be at least 1 \(got ef_search=0\)"),
])
def test_settings_are_checked_at_construction(field, value, message):
    with pytest.raises(ValueError, match=message):
        AnnConfig(**{field: value})


def test_an_unknown_kind_or_a_flat_vector_is_refused():
    with pytest.raises(ValueError, match=r"kind must be flat or hnsw \(got kind='ivf'\)"):
        build_faiss_index(unit_rows(10), kind="ivf")
    with pytest.raises(ValueError, match=r"vectors must be a 2-D array \(got shape \(32,\)\)"):
        build_faiss_index(unit_rows(1)[0])
