"""bot.answer.uncovered: subjects the articles never name, asked about, are not covered; named
as the setting of a question of technique, they are no reason to turn it away."""

from __future__ import annotations

import pytest

from bot.answer.uncovered import UNCOVERED, uncovered_subject
from bot.query.normalise import normalise
from corpus import DEFAULT_CORPUS, chunk_article, load_corpus


def test_no_passage_of_the_articles_names_a_subject_said_to_be_uncovered():
    passages = [normalise(chunk.text) for article in load_corpus(DEFAULT_CORPUS)
                for chunk in chunk_article(article)]
    assert len(passages) > 20
    for name, pattern in UNCOVERED:
        found = [p[:80] for p in passages if pattern.search(p)]
        assert not found, (name, found)


# Written for these tests, not taken from the probe sets
@pytest.mark.parametrize("message, subject", [
    ("does drinking loads of coffee make hamstring cramps worse?", "caffeine"),
    ("my hamstrings only seem to cramp the week before my period?", "the menstrual cycle"),
    ("could hormones be behind my hamstring cramps since the menopause", "the menopause and hormones"),
    ("would an x-ray show why my hamstring keeps cramping", "scans and tests"),
    ("is smoking linked to hamstring cramps", "smoking"),
    ("can stress at work bring on hamstring cramps", "stress and anxiety"),
    ("best sleeping position to stop hamstring cramps at night", "sleep"),
    ("could not enough sleep be why my hamstrings cramp at training?", "sleep"),
    ("does creatine make hamstrings cramp more", "creatine"),
    ("my hamstrings cramp after every long-haul flight, why", "flights and altitude"),
    ("does cold weather make hamstring cramps more likely", "the cold"),
    ("fasting all day for ramadan, will my hamstrings cramp at training?", "fasting"),
    ("could low iron cause my hamstring cramps", "iron and anaemia"),
    ("will losing weight stop my hamstring cramps", "losing weight"),
    ("is it ok to drive right after a hamstring cramp", "driving"),
    ("do hamstring cramps come from drinking beer the night before", "alcohol"),
    ("would peppermint oil rubbed in stop a hamstring cramp", "oils, balms and rubs"),
    ("is my saddle too high, is that why my hamstrings cramp on the bike", "a bike's fit"),
    ("are restless legs the same thing as hamstring cramps", "restless legs"),
    ("do night shifts make hamstring cramps worse", "shift work"),
    ("is it safe to fly after a bad hamstring cramp", "flights and altitude"),
    ("my hamstring cramps on the clutch pedal, is it the car", "driving"),
    ("i'm on creatine and my hamstrings cramp, could it be that", "creatine"),
    ("why do my hamstrings lock up after sex", "sex"),
    ("my hamstring cramped the evening after i donated plasma, is that why", "giving blood"),
    ("my cramps run in the family, is there a blood test for that", "scans and tests"),
    ("my thigh cramped in the car, is it ok to carry on driving", "driving"),
    # round 24: diving, and a question that points back at the thing ("do those ... do anything")
    ("my hamstring seized up while snorkelling, what should i do down there?", "diving and open water"),
    ("arnica and lavender on a cramp, do those actually do anything or is it placebo",
     "oils, balms and rubs"),
    ("my hamstring cramped swimming in the lake last week, should i stay out of open water?",
     "diving and open water"),
    ("are hamstring cramps worse at some points of the monthly cycle", "the menstrual cycle"),
    ("my hamstrings cramp when i vape lol how do i stop it", "smoking"),
    ("whats the deal with cramps and pre-workout", "caffeine"),
    ("could my tetanus booster be why my thigh cramps", "vaccines"),
    ("hamstring cramps since the vaccine, coincidence?", "vaccines"),
    ("are the elderly more prone to hamstring cramps", "getting older"),
    ("i'm 64, are cramps just part of old age?", "getting older"),
    ("do leg cramps get more frequent as we get older, now that i am 70", "getting older"),
])
def test_a_question_about_an_uncovered_subject_names_it(message, subject):
    assert uncovered_subject(message) == subject


@pytest.mark.parametrize("message", [
    "what stretch helps a hamstring cramp on a long flight",  # technique, the flight its setting
    "how do I massage a hamstring cramp, I'm on my period",
    "ice or heat for a hamstring cramp in winter?",
    "does dehydration cause hamstring cramps in hot weather",  # the articles speak of heat
    "can too much exercise cause hamstring cramps",
    "my coffee table is too low for this stretch",  # no cramp asked about
    "how long is the recovery period after a bad cramp",  # a period of time
    "had a coffee after my run and my hamstring cramped, fine now",  # asks nothing
    "im vegan, which foods give me potassium for cramps?",  # the articles name the foods
    "cramp while driving, how do i get rid of it once i pull over",
    "which sex gets more hamstring cramps",  # a group of people, not the act
    "my hamstring cramped on a long flight, stretched in the aisle and it went. any tips?",
    "what stretch helps a hamstring cramp that hits during sex",  # technique
    "how should older runners stretch a hamstring cramp",  # technique, the age its setting
])
def test_a_covered_question_or_a_passing_word_is_left_to_the_answerer(message):
    assert uncovered_subject(message) is None
