"""Unreadable input (bot/query/checks.py): a keyboard mash or text garbled by a wrong
encoding is invalid, a short real message with typos or in another script is not. Messages
written for these tests, not copied from the probe sets."""

from __future__ import annotations

import pytest

from bot.query.checks import invalid_reason
from bot.wording import answers as wording


def garble(text: str) -> str:
    """UTF-8 read as Windows-1252, as a wrong encoding shows it."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize("message", [
    "xkcdq pzvbt wqmn", "hjkhjk ghfgh", "bvcxz lkjlkj pqrzt!!", garble("äöü ß"),
    garble("Добрый день"), garble("痛い"), "\ufffd\ufffd \ufffd?",
])
def test_a_mash_or_garbled_text_is_unreadable(message):
    assert invalid_reason(message) == wording.NO_WORDS


@pytest.mark.parametrize("message", [
    "hamstrnig cramp??", "crmp agn", "ok", "u there", "Добрый день, судорога",
    "calambre en el muslo", "ça fait mal", "h3lp m3", "40.5", "my thigh " + garble("–") + " help",
])
def test_a_short_real_message_stays_readable(message):
    assert invalid_reason(message) is None


def test_a_mash_that_strikes_a_short_word_by_chance_is_still_a_mash():
    # "ok" is a word; the five runs around it are not, nor three of four
    assert invalid_reason("hgfkdj;sldkfj ok qpwoei;zmxn vbnvbq") == wording.NO_WORDS
    assert invalid_reason("qwpeori;zxvm lkjhwe ok") == wording.NO_WORDS
    assert invalid_reason("ok so my hammy cramped, fix?") is None


def test_a_long_message_is_not_judged_for_mash():
    assert invalid_reason("zq" * 400, 2000) is None  # judged by its length and words elsewhere


@pytest.mark.parametrize("message", [
    garble(garble("“ç’à” — é")) + " leg", garble("Мне больно, судорога"),
    garble(garble("“leg” … ‘cramp’")),
])
def test_text_garbled_through_and_through_is_unreadable_though_a_word_survives(message):
    assert invalid_reason(message) == wording.NO_WORDS


@pytest.mark.parametrize("message", [
    "my thigh cramps after the caf" + garble("é") + " run, why?",
    "cr" + garble("è") + "me for a hamstring cramp, does it help?",
])
def test_one_garbled_letter_in_a_readable_message_keeps_it_readable(message):
    assert invalid_reason(message) is None


def test_an_ampersand_in_a_mash_is_not_read_as_the_word_and():
    assert invalid_reason("qwzx&&^%$") == wording.NO_WORDS
    assert invalid_reason("ice & heat?") is None


@pytest.mark.parametrize("message", ["hjhj fgd wqer", "pppp llll mmmm", "zxq vbnq",
                                     # keys held down, one run alone (probes_blind69)
                                     "ffffgggg,,,h", "qqqqqqq"])
def test_a_few_keys_struck_at_random_hold_no_word(message):
    assert invalid_reason(message) == wording.NO_WORDS


@pytest.mark.parametrize("message", ["hmm hmm", "lol lol", "crmp hamstrng", "ow ow ow", "owwww",
                                     "hmmmmm", "nooooo",
                                     "kendimi öldürmek istiyorum", "hola que tal", "idk tbh"])
def test_short_words_slips_and_other_languages_are_words(message):
    assert invalid_reason(message) is None


def test_the_share_of_words_is_low_for_keys_struck_and_high_in_any_listed_language():
    from bot.query.checks import word_share

    assert word_share("wp ttcns hqwki modsa ynclzj") < 0.5
    assert word_share("my hamstring cramps every night") == 1.0
    assert word_share("se me acalambra el muslo cuando corro") > 0.5
    assert word_share("kitni neend ki goliyan lene se koi nahi uthta") > 0.5
    # too little to judge, or a number or another script, which is taken as written
    assert word_share("qwzx kk") is None
    assert word_share("took 40 of them") is None and word_share("хочу умереть сейчас") is None
