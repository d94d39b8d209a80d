"""Tuning a search setting to a recall goal: the tuning queries and the search for the setting."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from index.ann import AnnConfig
from index.ann.tuning import (knob, recall_at_10, search_range, set_search_parameter, smallest_reaching,
                              tilted)
from tests.index.ann.test_build import unit_rows


def test_a_tuning_query_is_a_unit_row_at_the_asked_cosine_to_its_passage():
    rows = unit_rows(50)
    queries = tilted(rows, 0.8, np.random.default_rng(1))
    np.testing.assert_allclose(np.linalg.norm(queries, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(np.sum(queries * rows, axis=1), 0.8, atol=1e-5)


def test_smallest_reaching_finds_the_first_value_at_the_goal_and_gives_up_at_the_top():
    calls: list[int] = []

    def recall_at(value: int) -> float:
        calls.append(value)
        return min(1.0, value / 100)

    assert smallest_reaching(recall_at, 0.95, 1, 4000) == (95, 0.95)
    assert len(calls) < 25  # doubling then halving, not a walk through every value
    assert smallest_reaching(recall_at, 0.01, 1, 30) == (1, 0.01)
    assert smallest_reaching(recall_at, 0.5, 1, 30) == (30, 0.3)  # out of reach, still climbing


def test_when_recall_levels_off_short_of_the_goal_the_narrowest_search_near_its_top_is_kept():
    def recall_at(value: int) -> float:
        return min(0.96, value / 100)

    assert smallest_reaching(recall_at, 0.99, 16, 4096) == (96, 0.96)
    assert smallest_reaching(recall_at, 0.99, 16, 4096, slack=0.01) == (95, 0.95)


def test_recall_at_10_is_the_share_of_the_true_top_ten_found_in_any_order():
    truth = np.arange(20).reshape(2, 10)
    found = np.array([list(range(9, -1, -1)), list(range(10, 15)) + [99] * 5])
    assert recall_at_10(found, truth) == (1.0 + 0.5) / 2


def test_each_approximate_kind_is_tuned_by_its_own_setting_and_exact_search_by_none():
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(8), 8, 4, faiss.METRIC_INNER_PRODUCT)
    hnsw = faiss.IndexHNSWFlat(8, 16, faiss.METRIC_INNER_PRODUCT)
    assert search_range(ivf, AnnConfig()) == ("nprobe", 1, 4)  # all lists is exact search
    assert search_range(hnsw, AnnConfig(max_ef_search=512)) == ("efSearch", 16, 512)
    set_search_parameter(ivf, 3)
    set_search_parameter(hnsw, 40)
    assert (ivf.nprobe, hnsw.hnsw.efSearch) == (3, 40)
    with pytest.raises(ValueError, match="at least 1 \\(got 0\\)"):
        set_search_parameter(ivf, 0)
    with pytest.raises(ValueError, match="IndexFlatIP is exact search"):
        knob(faiss.IndexFlatIP(8))
