from __future__ import annotations

import pytest

from bot.query.context import is_follow_up
from bot.query.read import read_message
from bot.records import Turn

def search_of(message: str, turns: tuple[Turn, ...], vocabulary=None) -> str:
    """What the bot searches with for `message` after `turns`."""
    history = [{"role": t.role, "content": t.content} for t in turns]
    return read_message(message, history, vocabulary).search


STRETCH = (Turn("user", "how do I do the standing hamstring stretch?"),
           Turn("assistant", "Put your heel on a step and lean forward from the hips."))


@pytest.mark.parametrize("message", ["how many reps tho", "how much longer though?",
                                     "how many times do i repeat it?"])
def test_a_question_of_how_many_or_how_much_leans_on_the_thread(message):
    assert is_follow_up(message, STRETCH)
    assert search_of(message, STRETCH) == f"{message} {STRETCH[0].content}"


@pytest.mark.parametrize("message", ["how many people get hamstring cramps?",
                                     "how much water should I drink to avoid cramps?"])
def test_a_how_many_question_that_names_its_subject_stands_alone(message):
    assert not is_follow_up(message, STRETCH)
