from __future__ import annotations

import numpy as np
import pytest

from bot.query.context import is_follow_up, search_query
from bot.records import Turn
from tests.conftest import CountingEncoder

STRETCH = (Turn("user", "how do I do the standing hamstring stretch?"),
           Turn("assistant", "Put your heel on a step and lean forward from the hips."))


@pytest.mark.parametrize("message", ["how many reps tho", "how much longer though?",
                                     "how many times do i repeat it?"])
def test_a_question_of_how_many_or_how_much_leans_on_the_thread(message):
    assert is_follow_up(message, STRETCH)
    assert search_query(message, STRETCH) == f"{message} {STRETCH[0].content}"


@pytest.mark.parametrize("message", ["how many people get hamstring cramps?",
                                     "how much water should I drink to avoid cramps?"])
def test_a_how_many_question_that_names_its_subject_stands_alone(message):
    assert not is_follow_up(message, STRETCH)


def test_a_query_and_its_focus_are_embedded_in_one_call(articles, fake_encoder):
    from bot.query.context import embed_query
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


def test_a_follow_up_is_read_after_its_question_and_judged_once(monkeypatch):
    import bot.query.context

    calls = []
    judge = bot.query.context.is_follow_up
    monkeypatch.setattr(bot.query.context, "is_follow_up",
                        lambda message, turns: calls.append(message) or judge(message, turns))
    turns = (Turn("user", "Should I ice it?"), Turn("assistant", "Ice can help."))
    query, follow_up = bot.query.context.read_query("and for how long?", turns)
    assert (query, follow_up) == ("and for how long? Should I ice it?", True)
    assert calls.count("and for how long?") == 1


def test_the_asked_query_folds_look_alikes_and_reads_the_history():
    from bot.query.context import asked_query

    history = [{"role": "user", "content": "Should I ice it?"}]
    assert asked_query("and for how lоng?", history) == "and for how long? Should I ice it?"  # Cyrillic о
