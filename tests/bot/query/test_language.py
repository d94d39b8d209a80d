"""Telling a message in another language from English, typos and loanwords included."""

from __future__ import annotations

import pytest

from bot.query.language import another_script, other_language

# Written for these tests, not copied from the probe sets.
OTHER = [
    ("me duele mucho la pierna desde ayer", "es"),
    ("j'ai mal à la cuisse depuis hier soir", "fr"),
    ("mein Bein tut seit gestern weh", "de"),
    ("minha perna dói muito desde ontem", "pt"),
    ("mi fa male la gamba da ieri sera", "it"),
    ("mijn been doet pijn sinds gisteren", "nl"),
    ("bardzo boli mnie noga od wczoraj", "pl"),
    ("dünden beri bacağım çok ağrıyor", "tr"),
    ("у меня болит нога со вчерашнего дня", "ru"),
    ("у мене болить нога з учорашнього дня", "uk"),
    ("ساقي تؤلمني منذ الأمس", "ar"),
    ("kaki saya sakit sejak kemarin", "id"),
    ("chân tôi bị đau từ hôm qua", "vi"),
    ("masakit ang binti ko mula kahapon", "fil"),
    ("कल से मेरे पैर में दर्द है", "hi"),
    ("我的腿从昨天开始疼", "zh"),
    ("昨日から足が痛いです", "ja"),
    ("어제부터 다리가 아파요", "ko"),
    # round 30: the other languages of Europe in Latin letters that wordfreq lists
    ("mitt ben har gjort ont sedan igår kväll", "sv"),
    ("mit ben har gjort ondt siden i går aftes", "da"),
    ("beinet mitt har vondt siden i går kveld", "nb"),
    ("jalkani on ollut kipeä eilisestä asti", "fi"),
    ("mă doare piciorul de ieri seară", "ro"),
    ("od včerejška mě hodně bolí noha", "cs"),
    ("od včera ma veľmi bolí noha a nemôžem chodiť", "sk"),  # shorter, it ties with Czech
    ("tegnap óta nagyon fáj a lábam", "hu"),
    ("noga me jako boli još od jučer", "sh"),
    ("noga me zelo boli že od včeraj", "sl"),
    ("tinc rampes a la cuixa cada nit i no sé què fer", "ca"),
    ("nuo vakar man labai skauda koją", "lt"),
    ("man kopš vakardienas ļoti sāp kāja", "lv"),
]
ENGLISH = [
    "hamstrimg strech how long",  # typos
    "is quinine or pickle juice better for a cramp at the fiesta",  # loanwords
    "my hammy locked up at 3am lol wtf",
    "what do u reckon, heat or ice for a tweaked hammie",
    "i'm from madrid and my hamstring cramps when i run",
    "ok",
    "hola amigo",  # too short to tell: small talk reads it
    "my hamstring 抽筋 again after yoga",  # a word of another script inside English
]


@pytest.mark.parametrize("message, language", OTHER)
def test_a_message_in_another_language_is_told(message, language):
    assert other_language(message) == language


@pytest.mark.parametrize("message", ENGLISH)
def test_english_however_typed_is_english(message):
    assert other_language(message) is None


LATIN_SCRIPTS = ("me duele mucho la pierna", "dünden beri bacağım çok ağrıyor",
                 "chân tôi bị đau từ hôm qua", "ｍｙ ｈａｍｓｔｒｉｎｇ ｃｒａｍｐｓ")


@pytest.mark.parametrize("message", [m for m, language in OTHER if language in (
    "ru", "uk", "ar", "hi", "zh", "ja", "ko")])
def test_a_script_the_encoder_cannot_read_is_told(message):
    assert another_script(message)


@pytest.mark.parametrize("message", [*LATIN_SCRIPTS, *ENGLISH[:-1]])
def test_latin_letters_with_accents_are_no_other_script(message):
    assert not another_script(message)


def test_a_word_of_another_script_inside_english_leaves_it_english():
    assert not another_script("my hamstring 抽筋 again after yoga, any stretch for it")


def test_every_language_told_has_where_help_is_in_it():
    from bot.query.language import LANGUAGES
    from bot.wording.answers import OTHER_LANGUAGE_IN

    told = (*LANGUAGES, "hi", "zh", "ja", "ko")  # the last four by their scripts
    missing = [code for code in told if code not in OTHER_LANGUAGE_IN]
    assert not missing, f"no reply written in {missing}: add one to bot/wording/answers.py"
    assert all("112" in OTHER_LANGUAGE_IN[code] for code in LANGUAGES
               if code not in ("vi", "fil", "ar")), "Europe's emergency number in each"
