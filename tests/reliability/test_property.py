"""Thousands of random messages and histories: every reply keeps the invariants of a reply."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability.checks import assert_well_formed

WORDS = ["hamstring", "cramp", "stretch", "ice", "heat", "how", "long", "doctor", "night", "why",
         "massage", "water", "pain", "leg", "<script>alert(1)</script>", "<img src=x>", "{{7*7}}",
         "${x}", "%s", "\u202e", "\x00", "\ud800", "抽筋", "🦵", "\n", "chest pain", "overdose"]
messages = st.one_of(
    st.text(max_size=300),                                              # any code point at all
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),       # plausible, and hostile
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1900, max_size=2100),  # at the limit
)
contents = st.one_of(st.text(max_size=200), st.none(), st.integers(),
                     st.lists(st.one_of(st.text(max_size=50), st.dictionaries(st.text(max_size=5), st.text(max_size=20))), max_size=4),
                     st.dictionaries(st.sampled_from(["text", "type"]), st.text(max_size=50)))
turns = st.one_of(
    st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]), "content": contents}),
    st.dictionaries(st.text(max_size=8), contents, max_size=3),
    st.text(max_size=20), st.integers(), st.none(),
)
histories = st.one_of(st.none(), st.lists(turns, max_size=50), st.text(max_size=20),
                      st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2))


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(message=messages, history=histories)
def test_every_reply_is_well_formed(chatbot, message, history):
    assert_well_formed(chatbot.reply(message, history), message)
