"""The vocabulary's prefix lookup agrees with a scan of every word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.vocabulary import Vocabulary

VOCABULARY = Vocabulary.from_texts([
    "Electrolytes such as potassium help; electrolyte drinks too.",
    "Stretch the hamstring gently after a warm-up, then massage it.",
    "Zinc and zucchini are not in the articles.",
])


@given(st.text(alphabet="aehilmnoprstuzc", max_size=6))
def test_has_prefix_agrees_with_a_scan(prefix):
    assert VOCABULARY.has_prefix(prefix) == any(w.startswith(prefix) for w in VOCABULARY.counts)


def test_has_prefix_at_the_edges_of_the_sorted_words():
    assert VOCABULARY.has_prefix("electro") and VOCABULARY.has_prefix("zucchini")
    assert VOCABULARY.has_prefix("a") and not VOCABULARY.has_prefix("zz")
    assert not VOCABULARY.has_prefix("zucchinis") and VOCABULARY.has_prefix("")
