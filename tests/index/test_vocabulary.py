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


def _related(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


PHRASED = Vocabulary.from_texts([
    "Use a foam roller on the back of the thigh.", "Rolling the muscle helps; so does stretching.",
    "Compression socks and tight shorts.", "Drink electrolyte drinks."])
STEMS = sorted({s for phrase in PHRASED.phrases for s in phrase})


@given(st.lists(st.one_of(st.sampled_from(STEMS), st.sampled_from(["foam", "roll", "rolling",
                                                                      "compress", "tights", "x"])),
                min_size=1, max_size=3))
def test_a_related_phrase_is_found_as_a_scan_of_every_phrase_finds_it(stems):
    stems = tuple(stems)
    scan = any(len(p) == len(stems) and all(_related(a, b) for a, b in zip(stems, p))
               for p in PHRASED.phrases)
    assert PHRASED.has_related_phrase(stems) == (stems in PHRASED.phrases or scan)
