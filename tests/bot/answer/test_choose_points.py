"""How the answerer picks its sentences: rare words of the question count, what is said
beyond "hamstring cramps" counts, and a short step list is read whole."""

from __future__ import annotations

import math
import re

import pytest

from bot.answer.compose import whole_passage
from bot.answer.candidates import partial_cosine, stem_weights
from tests.bot.answer.test_compose import check_answer
from tests.bot.answer.test_cite import chunk_of


def test_a_rare_stem_weighs_more_than_one_in_every_sentence():
    weights = stem_weights([frozenset({"cramp", "yoga"}), frozenset({"cramp", "ice"}),
                            frozenset({"cramp", "heat"})])
    assert weights["yoga"] > weights["cramp"] > 0


def test_partial_cosine_drops_what_both_share_with_the_topic():
    # both lean on the topic as much as they agree: nothing is left in common
    assert partial_cosine(0.64, 0.8, 0.8) == pytest.approx(0.0)
    # a sentence off the topic keeps its cosine, scaled to what the question has beyond it
    assert partial_cosine(0.3, 0.8, 0.0) == pytest.approx(0.3 / math.sqrt(1 - 0.64))


def test_a_whole_passage_leaves_out_its_doubts_and_a_dangling_lead_in():
    chunk = chunk_of("Stretching can give quick relief.",
                     "There isn't enough evidence that it prevents cramps.",
                     "Here's a step-by-step guide:")
    assert [chunk.text[a:b] for a, b in whole_passage(chunk)] == [
        "Stretching can give quick relief."]


@pytest.mark.model
@pytest.mark.parametrize("question, expected", [
    # "sprinters" is spelt "sprinting" in the articles
    ("why are sprinters so prone to hamstring cramps", r"\bsprinting\b"),
    # a one-line item of a list comes with the lead-in of its list
    ("could eating few carbs be behind my cramps",
     r"Over time theories also include: (… |[^\[]*\. )?Low carbohydrate levels\."),
    # a fragment of steps comes with the step before it
    ("how many times do I repeat the standing stretch with my heel on a step?",
     r"Hold the stretch for 20-30 seconds, then relax\. Repeat 2-3 times\."),
])
def test_answers_find_what_the_question_names(real_chatbot, question, expected):
    reply = real_chatbot.reply(question)
    check_answer(reply)
    assert re.search(expected, reply.text)


@pytest.mark.model
def test_a_sentence_with_more_to_say_is_not_folded_into_another(real_chatbot):
    # "Dehydration, electrolyte imbalance, muscle overuse, fatigue..." is close to "Muscle
    # overuse leads to fatigue..." but names causes that one does not: both are said
    reply = real_chatbot.reply("what triggers hamstring cramps")
    check_answer(reply)
    assert "dehydrat" in reply.text.lower() and "fatigue" in reply.text.lower()
