"""The ANN settings are checked at construction, each error naming the setting and its value."""

from __future__ import annotations

import pytest

from index.ann import AnnConfig


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
