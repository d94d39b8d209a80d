"""The clauses of a long message: what the example bank compares one by one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.query.clauses import MAX_CLAUSES, MIN_MESSAGE_WORDS, split_clauses

LONG = ("So I've been running for three years and my hamstrings cramp at the end of long runs. "
        "Yesterday my left arm went numb for a few minutes, then it passed. Anyway, what's the "
        "best stretch for a hamstring?")


def test_a_short_message_is_compared_whole():
    assert split_clauses("how do I stretch my hamstring after a cramp?") == ()
    assert len("how do I stretch my hamstring after a cramp?".split()) < MIN_MESSAGE_WORDS


def test_a_long_message_is_split_at_its_sentences_and_the_sign_stands_alone():
    clauses = split_clauses(LONG)
    assert len(clauses) >= 3
    assert any(c.startswith("Yesterday my left arm went numb") for c in clauses)


def test_every_clause_is_a_piece_of_the_message_and_none_is_a_lone_word():
    for clause in split_clauses(LONG):
        assert clause in LONG
        assert len(clause.split()) >= 2


@given(st.lists(st.sampled_from(["my calf hurts.", "and it is swollen", "but I ran", "ok?",
                                 "I stretch every day;", "it's fine", "\n"]), max_size=40))
def test_never_more_clauses_than_the_cap_and_each_from_the_message(parts):
    message = " ".join(parts)
    clauses = split_clauses(message)
    assert len(clauses) <= MAX_CLAUSES
    assert all(clause and clause in message for clause in clauses)
