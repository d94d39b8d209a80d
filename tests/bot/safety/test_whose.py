"""Whose a red flag is (bot.safety.whose): a relative's condition or medicine told in passing,
a child who is no child who cramps, and the writer's turn to their own question."""

from __future__ import annotations

import pytest

from bot.safety.triage import fold, rule_triage
from bot.safety.whose import no_child_in, own_question_at, someone_elses


# Round 26: whose red flag a child is. A child who only gave the writer something, a child's
# business beside the writer's own cramps, or a child with a grown-up's age is no child who
# cramps, for the rules and the bank alike; a child whose own cramps are told still is.
@pytest.mark.parametrize("message", [
    "my granddaughter sent me a link about foam rollers, do they help cramps",
    "i do the accounts at my daughter's salon and my hamstrings cramp by the evening",
    "my son is 40 and gets cramps in his hamstrings at five-a-side"])
def test_a_child_who_is_no_child_who_cramps(message):
    assert no_child_in(-1, fold(message))


@pytest.mark.parametrize("message", [
    "my son bought me a roller because his legs cramp every night",
    "my daughter's legs cramp at night, she's 9",
    "my son is 25 and my 7 year old gets cramps",
    "my daughter's netball team all cramp up and my hamstrings do too, she's 12"])
def test_a_child_who_cramps_stays_one(message):
    assert not no_child_in(-1, fold(message))


def test_a_relatives_condition_before_the_writers_own_cramps_is_theirs():
    folded = fold("my mum is on dialysis and i get hamstring cramps at football")
    assert someone_elses(folded.index("dialysis"), folded)
    told_as_she = fold("i look after my gran, she's on chemo. it's me getting the cramps")
    assert someone_elses(told_as_she.index("chemo"), told_as_she)
    theirs = fold("my mum is on dialysis and her legs cramp every night")
    assert not someone_elses(theirs.index("dialysis"), theirs)


def test_the_turn_to_the_writers_own_question_is_found_after_someone_elses_news():
    folded = fold("my wife is diabetic but this question is about me: why do my hamstrings cramp")
    assert own_question_at(folded) is not None
    assert own_question_at(fold("why do my hamstrings cramp at night")) is None


def test_a_child_who_only_gave_something_is_negated_for_every_layer():
    found = rule_triage("my daughter bought me a foam roller, do they help hamstring cramps")
    assert found.flags == () and "see_doctor" in found.negated


# Round 31: the writer's own cramps told as "i got a ... cramp" or "it's given me cramps", and
# the writer set down as a label ("me: 26") after someone else's medicine
@pytest.mark.parametrize("message", [
    "my grandad had a stroke years ago, mum worries. i got a hamstring cramp at rugby, why",
    "my dad is on dialysis and carrying his shopping has given me a couple of hamstring cramps"])
def test_the_writers_own_cramps_told_as_got_or_given(message):
    found = rule_triage(message)
    assert found.flags == () and "see_doctor" in found.negated


def test_the_writer_set_down_as_a_label_is_a_turn():
    assert own_question_at(fold("my dad's on statins and fine on them. me: 30, cramps when i sprint"))
    assert rule_triage("my dad's on statins and fine on them. me: 30, cramps when i sprint").flags == ()
    # "me" in a sentence is no label
    assert own_question_at(fold("my dad's on statins, is that why he gives me cramps lol")) is None
