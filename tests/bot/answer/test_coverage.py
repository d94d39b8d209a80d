"""Telling a subject the articles never name from a slip of the keyboard."""

from __future__ import annotations

from bot.answer.coverage import asked_about, names_topic, other_body_part, unknown_words
from index.vocabulary import Vocabulary

TEXTS = ["A foam roller is an excellent substitute.", "Compression helps.", "Tight muscles cramp."]


def vocabulary() -> Vocabulary:
    return Vocabulary.from_texts(TEXTS)


def test_a_slip_in_a_known_phrase_is_not_a_new_subject():
    assert unknown_words("foam rollr", vocabulary()) == []


def test_known_words_never_said_together_are_a_new_subject():
    assert unknown_words("compression tights", vocabulary()) == ["compression tights"]


def test_a_word_the_articles_never_use_is_unknown():
    assert unknown_words("acupuncture", vocabulary()) == ["acupuncture"]


def test_the_subject_of_a_does_it_help_question_is_found():
    assert asked_about("Does acupuncture help with cramps?") == "acupuncture"
    assert asked_about("What is a hamstring cramp?") == ""


def test_the_topic_is_named_by_its_own_words_only():
    assert names_topic("my thigh keeps cramping") and not names_topic("how do I bake bread")


def test_another_part_of_the_body_is_named_only_when_the_hamstring_is_not():
    assert other_body_part("How do I treat a sprained ankle?") == "ankle"
    assert other_body_part("my calf and my hamstring cramp") is None
    assert other_body_part("pull your toes toward the knee") is None  # a stretch's own parts
