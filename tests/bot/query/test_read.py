"""Reading a message once: the Query record, and embedding what it searches with."""

from __future__ import annotations

import numpy as np
import pytest

from bot.query.read import embed_query, read_message
from tests.conftest import CountingEncoder


def test_a_query_and_its_focus_are_embedded_in_one_call(articles, fake_encoder):
    from index import build_store

    store = build_store(articles, fake_encoder)
    counting = CountingEncoder(fake_encoder)
    question = "who usually gets hamstring cramps"
    vectors = embed_query(counting, store, question)
    focus = store.focus_text(question)
    assert focus != question and counting.calls == [[question, focus]]
    np.testing.assert_array_equal(vectors.query, fake_encoder.encode([question])[0])
    np.testing.assert_array_equal(vectors.focus, fake_encoder.encode([focus])[0])
    counting.calls.clear()
    only_common = "hamstring cramps"  # nothing but the corpus's own subject: no focus
    assert embed_query(counting, store, only_common).focus is None
    assert counting.calls == [[only_common]]


def test_a_long_message_s_clauses_are_embedded_in_the_same_call(articles, fake_encoder):
    from index import build_store

    store = build_store(articles, fake_encoder)
    counting = CountingEncoder(fake_encoder)
    query = read_message("I stretch after every run and drink plenty of water every day. "
                         "Today my calf went numb and cold. What stretch helps most?")
    assert len(query.clauses) >= 2
    vectors = embed_query(counting, store, query.search, clauses=query.clauses)
    assert len(counting.calls) == 1 and counting.calls[0][-len(query.clauses):] == list(
        query.clauses)
    np.testing.assert_array_equal(vectors.clauses, fake_encoder.encode(list(query.clauses)))


def test_a_short_or_follow_up_message_has_no_clauses():
    assert read_message("how do I stretch my hamstring?").clauses == ()
    history = [{"role": "user", "content": "Should I ice it?"},
               {"role": "assistant", "content": "Ice can help."}]
    long_follow_up = "and for how long, and how often, and should it be before or after a run?"
    query = read_message(long_follow_up, history)
    assert query.follow_up is False or query.clauses == ()


def test_a_follow_up_is_read_after_its_question_and_judged_once(monkeypatch):
    import bot.query.read

    calls = []
    judge = bot.query.read.is_follow_up
    monkeypatch.setattr(bot.query.read, "is_follow_up",
                        lambda message, turns: calls.append(message) or judge(message, turns))
    history = [{"role": "user", "content": "Should I ice it?"},
               {"role": "assistant", "content": "Ice can help."}]
    query = read_message("and for how long?", history)
    assert (query.search, query.follow_up) == ("and for how long? Should I ice it?", True)
    assert calls.count("and for how long?") == 1


def test_a_message_is_read_with_look_alikes_folded_and_the_history_applied():
    history = [{"role": "user", "content": "Should I ice it?"}]
    query = read_message("and for how lоng?", history)  # a Cyrillic о
    assert query.message == "and for how lоng?"
    assert query.text == query.search.split(" Should")[0] == "and for how long?"
    assert query.search == "and for how long? Should I ice it?"
    assert query.problem is None and query.turns[0].content == "Should I ice it?"


@pytest.mark.parametrize("message", ["", "   ", "a" * 2001, {"text": "hi"}, "?!?"])
def test_a_message_that_cannot_be_read_says_why_and_searches_for_nothing(message):
    query = read_message(message, None)
    assert query.problem and query.search == "" and not query.follow_up
