"""The records' own rules: a quote never runs apart sentences together."""

from __future__ import annotations

from bot.records import GAP, quote_text

TEXT = "One. Two. Three.\nFour."


def test_neighbouring_sentences_are_joined_by_their_space():
    assert quote_text(TEXT, [(0, 4), (5, 9)]) == "One. Two."
    assert quote_text(TEXT, [(10, 16), (17, 22)]) == "Three. Four."  # a line break is a space


def test_sentences_apart_are_joined_by_an_ellipsis_in_passage_order():
    assert quote_text(TEXT, [(10, 16), (0, 4)]) == f"One.{GAP}Three."
    assert quote_text(TEXT, [(0, 4)]) == "One." and quote_text(TEXT, []) == ""
