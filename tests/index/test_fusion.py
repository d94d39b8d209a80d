from __future__ import annotations

import numpy as np
import pytest

from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from index.fusion import demote_duplicates, fuse_rrf, fuse_zscore, with_focus, zscores


def test_zscores_have_mean_zero_and_unit_spread():
    z = zscores(np.array([1.0, 2.0, 3.0, 6.0]))
    assert z.mean() == pytest.approx(0.0) and z.std() == pytest.approx(1.0)
    assert list(np.argsort(-z)) == [3, 2, 1, 0]


def test_equal_scores_standardise_to_zero():
    assert zscores(np.array([0.4, 0.4, 0.4])).tolist() == [0.0, 0.0, 0.0]


# side scores as search gives them: cosines, BM25 scores (often 0), a few to a hundred candidates
SIDES = hnp.arrays(np.float64, st.tuples(st.integers(1, 3), st.integers(1, 100)),
                   elements=st.floats(-1e3, 1e3, allow_nan=False).map(lambda x: round(x, 3)))


@given(SIDES)
def test_each_side_is_standardised_on_its_own_and_keeps_its_ranking(table):
    z = zscores(table)
    for row, values in zip(z, table):
        np.testing.assert_array_equal(row, zscores(values))  # the rows do not mix
        assert np.all(np.diff(row[np.argsort(values)]) >= 0)  # a higher score never falls behind
        if values.std() > 1e-9:
            assert row.mean() == pytest.approx(0.0, abs=1e-9)
            assert row.std() == pytest.approx(1.0)
        else:
            assert not row.any()


def test_zscore_fusion_is_the_weighted_sum_of_standardised_sides():
    dense = np.array([0.9, 0.5, 0.1])  # z: 1.2247, 0, -1.2247
    lexical = np.array([0.0, 4.0, 2.0])  # z: -1.2247, 1.2247, 0
    fused = fuse_zscore([dense, lexical], [1.0, 0.5])
    r = np.sqrt(1.5)
    assert fused == pytest.approx([r - 0.5 * r, 0.5 * r, -r])


def test_rrf_adds_weight_over_k_plus_rank_for_each_side_that_ranks_an_item():
    fused = fuse_rrf([[7, 3, 5], [3, 9]], [1.0, 0.5], k=60)
    assert fused == pytest.approx({7: 1 / 61, 3: 1 / 62 + 0.5 / 61, 5: 1 / 63, 9: 0.5 / 62})


def test_fusion_needs_one_weight_per_side():
    with pytest.raises(ValueError, match=r"one weight per side \(got 2 sides, 1 weights\)"):
        fuse_rrf([[1], [2]], [1.0])
    with pytest.raises(ValueError, match=r"one weight per side \(got 1 sides, 2 weights\)"):
        fuse_zscore([np.ones(2)], [1.0, 1.0])


def unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_a_near_copy_moves_behind_every_distinct_hit_and_nothing_is_lost():
    vectors = np.stack([unit(1, 0, 0), unit(1, 0.05, 0), unit(0, 1, 0), unit(0, 0, 1)])
    assert demote_duplicates([0, 1, 2, 3], vectors, 0.92) == [0, 2, 3, 1]
    assert demote_duplicates([1, 0, 2, 3], vectors, 0.92) == [1, 2, 3, 0]
    assert demote_duplicates([0, 1, 2, 3], vectors, 1.0) == [0, 1, 2, 3]
    # stopping once two are kept leaves those two exactly where the full scan puts them
    assert demote_duplicates([0, 1, 2, 3], vectors, 0.92, limit=2) == [0, 2, 1, 3]
    assert demote_duplicates([0, 1, 2, 3], vectors, 0.92, limit=2)[:2] == [0, 2]


def test_a_focus_vector_is_added_to_the_query_and_the_sum_made_unit():
    query, focus = unit(1, 0, 0), unit(0, 1, 0)
    assert with_focus(query, focus, 1.0) == pytest.approx(unit(1, 1, 0))
    assert with_focus(query, focus, 0.5) == pytest.approx(unit(1, 0.5, 0))
    assert with_focus(query, None, 1.0) is query
    assert with_focus(query, focus, 0.0) is query
    assert with_focus(query, -query, 1.0) is query  # nothing left to point anywhere
