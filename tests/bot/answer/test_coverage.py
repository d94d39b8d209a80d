"""Telling a subject the articles never name from a slip of the keyboard."""

from __future__ import annotations

from bot.answer.coverage import Vocabulary

TEXTS = ["A foam roller is an excellent substitute.", "Compression helps.", "Tight muscles cramp."]


def vocabulary() -> Vocabulary:
    return Vocabulary.of_texts(TEXTS)


def test_a_slip_in_a_known_phrase_is_not_a_new_subject():
    assert vocabulary().unknown_focus_words("foam rollr") == []


def test_known_words_never_said_together_are_a_new_subject():
    assert vocabulary().unknown_focus_words("compression tights") == ["compression tights"]


def test_a_slip_is_read_as_the_article_word():
    assert vocabulary().spelled("rollr") == "roller"
    assert vocabulary().spelled("acupuncture") == "acupuncture"
