"""bot.query.normalise: the same words, however typed; another script's words kept."""

from __future__ import annotations

import pytest

from bot.query.normalise import fold_lookalikes, normalise


@pytest.mark.parametrize("typed, read", [
    ("ｈａｍｓｔｒｉｎｇ", "hamstring"),  # fullwidth
    ("hаmstring ѕuісіdе", "hamstring suicide"),  # Cyrillic letters inside English words
    ("s u i c i d e", "suicide"),
    ("k1ll mys3lf", "kill myself"),
    ("Café CRAMP", "cafe cramp"),
])
def test_english_typed_to_dodge_is_read_as_english(typed, read):
    assert normalise(typed) == read


@pytest.mark.parametrize("text", ["не хочу больше жить", "Я хочу умереть", "Θέλω να πεθάνω"])
def test_a_message_written_in_cyrillic_or_greek_keeps_its_letters(text):
    assert all(ch not in "abehkmopctxy" for ch in normalise(text))
    assert fold_lookalikes(text) == text


def test_letters_whose_mark_is_in_their_shape_read_as_the_rules_spell_them():
    # Turkish dotless i and Polish barred l are no accent that taking accents off removes
    assert normalise("Bayıldı, nefes alamıyor") == "bayildi, nefes alamiyor"
    assert normalise("Zemdlał") == "zemdlal"


def test_a_held_letter_is_cut_to_two_or_to_one_when_asked():
    assert normalise("Sooo coool") == "soo cool"
    assert normalise("Sooo coool", held=1) == "so col"
    assert normalise("cool") == normalise("cool", held=1) == "cool"


@pytest.mark.parametrize("typed, read", [
    ("having s*icidal thoughts", "having suicidal thoughts"),
    ("i want to k*ll myself", "i want to kill myself"),
    ("self h*rm again", "self harm again"),
    ("i want to d**", "i want to d**"),  # too many stars to read
    ("this f*cking cramp", "this f*cking cramp"),  # fits no word that is read for
    ("5*3 reps", "5*3 reps"),
])
def test_a_starred_word_reads_as_the_one_word_it_fits(typed, read):
    assert normalise(typed) == read
