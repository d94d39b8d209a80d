"""Telling a subject the articles never name from a slip of the keyboard."""

from __future__ import annotations

import pytest

from bot.answer.coverage import (asked_about, names_topic, other_body_part, other_subject,
                                 unknown_words)
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


@pytest.mark.parametrize("message, subject", [
    ("my sister soaks in seaweed baths for her cramping legs, does it help", "seaweed baths"),
    ("he wears copper bracelets for his hamstring cramps, is that daft", "copper bracelets"),
    ("changed to barefoot shoes last month and my hamstrings cramp now. linked?",
     "barefoot shoes"),
    ("my neighbour takes b6 for cramps, does it work?", "b6"),
    # a thing set beside the cramps and asked after; a thing that might "save" them
    ("tart cherry juice and cramps?", "tart cherry juice"),
    ("will a sauna save my hamstrings from cramping", "sauna"),
])
def test_a_question_that_points_back_asks_about_the_thing_named_before(message, subject):
    assert asked_about(message) == subject


@pytest.mark.parametrize("message, subject", [
    # "what about X" inside the small words people wrap it in
    ("right, so what about tiger balm instead?", "tiger balm"),
    ("hmm ok how about compression socks then", "compression socks"),
    # a thing named, then asked after in a word or two
    ("turmeric latte after training - helps cramps or nah", "turmeric latte"),
    ("kinesiology tape on a cramp, yay or nay", "kinesiology tape"),
    # harm asked after
    ("is cold water swimming a bad idea for cramp-prone legs", "cold water swimming"),
    # two things set side by side: both are asked about (round 27)
    ("salt tabs vs coconut water during a long ride", "salt tabs vs coconut water"),
    ("asics or mizuno?", "asics or mizuno"),
    ("arnica gel or magnesium spray, which is better", "arnica gel or magnesium spray"),
    ("what's the difference between a cramp and a pulled muscle?", "cramp and a pulled muscle"),
])
def test_a_thing_asked_after_in_the_shapes_people_use_is_found(message, subject):
    assert asked_about(message) == subject


def test_a_letter_and_number_name_is_unknown_but_a_distance_is_no_thing():
    assert unknown_words("b12", vocabulary()) == ["b12"]
    assert unknown_words("10k", vocabulary()) == []


def test_a_pointing_back_question_with_nothing_named_before_asks_about_nothing():
    assert asked_about("is that stretch any good for cramps") == ""


def test_the_topic_is_named_by_its_own_words_only():
    assert names_topic("my thigh keeps cramping") and not names_topic("how do I bake bread")


def test_another_part_of_the_body_is_named_only_when_the_hamstring_is_not():
    assert other_body_part("How do I treat a sprained ankle?") == "ankle"
    assert other_body_part("my calf and my hamstring cramp") is None
    assert other_body_part("pull your toes toward the knee") is None  # a stretch's own parts
    # places of two words, whose single words place the hamstring ("back", "hip")
    assert other_body_part("sore lower back after squats, what do i do") == "lower back"
    assert other_body_part("tight hip flexors from my desk job") == "hip flexors"
    assert other_body_part("can the lower back send pain down the back of the leg?") is None


# Written for these tests, not copied from the probe sets.
def test_a_thing_the_articles_never_name_is_not_covered_however_common_its_word():
    # "gun" and "lamp" are everyday words, but the articles never name them
    assert unknown_words("massage gun", vocabulary()) == ["massage gun"]
    assert unknown_words("heat lamp", vocabulary()) == ["heat lamp"]
    assert unknown_words("foam roller", vocabulary()) == []  # a thing they do name


def test_a_short_form_of_a_word_the_articles_use_is_covered():
    assert unknown_words("rollers", vocabulary()) == []
    assert unknown_words("compress", vocabulary()) == []  # "compression", shortened


def test_a_clause_or_a_word_naming_no_thing_is_no_subject():
    assert unknown_words("i'd die", vocabulary()) == []
    assert unknown_words("someone else", vocabulary()) == []
    assert unknown_words("home remedies", vocabulary()) == []
    assert unknown_words("too many squats", vocabulary()) == []  # overuse, not a new thing


@pytest.mark.parametrize("message", [
    "what helps period cramps", "stomach cramps after lunch", "my hand has writer's cramp",
    "best ham and cheese toastie", "how do I hamstring my rival's plan", "we were hamstrung by injuries",
    "my dog's back legs keep cramping", "my horse is tying up after a ride",
    "my abs spasm doing crunches", "the arch of my foot cramps in ballet", "my arches cramp in bed",
    "best exercise for bigger hamstrings", "my forearm and bicep cramp when i carry shopping",
    "cramps in my shoulders after swimming",
    "our office is really cramped, any desk ideas", "are crampons worth it for winter walks",
    "who sang lead in the cramps, the punk band", "violin playing gives me cramp in my left hand",
    "i don't want to cramp my brother's style on his stag do",
    "our crowdfunder hit every stretch goal, what next", "hiring a stretch limo for the prom",
])
def test_other_things_sharing_the_topic_words_are_another_subject(message):
    assert other_subject(message)


@pytest.mark.parametrize("message", [
    "my hamstring cramps", "charley horse in my thigh at night", "I walk my dog and then cramp",
    "hamstring cramp during my period run", "ham\u200bstring cramp", "how do I hamstring stretch",
    "my arms cramp and so do my hamstrings", "my hamstring felt cramped up after the drive",
])
def test_the_topic_itself_is_not_another_subject(message):
    assert not other_subject(message)


def test_a_body_part_in_an_idiom_names_no_part():
    assert other_body_part("this routine is a pain in the neck, does it work?") is None
    assert other_body_part("my neck hurts") == "neck"


# The concepts of the third round of issue 16, in words written for these tests.
@pytest.mark.parametrize("slip", ["wat", "teh", "wut", "shoud", "actualy"])
def test_a_slip_far_rarer_than_its_common_neighbour_is_no_new_subject(slip):
    # common in chat ("wat" has a Zipf of 3.4) yet a slip of "what" (6.4)
    assert unknown_words(slip, vocabulary()) == []


def test_a_word_english_uses_is_no_slip_of_another():
    assert unknown_words("tape", vocabulary()) == ["tape"]  # not a misspelt "take"
    assert unknown_words("rollr", vocabulary()) == []  # a slip of "roller"


def test_a_thing_named_in_another_form_of_the_articles_words_is_covered():
    assert unknown_words("foam rolling", vocabulary()) == []
    assert unknown_words("foam roll", vocabulary()) == []


@pytest.mark.parametrize("message, subject", [
    ("can a podiatrist sort out my cramps", "podiatrist"),
    ("is it worth trying cupping for cramps", "cupping"),
    ("does coffee make cramps worse", "coffee"),
    ("does wine the night before make cramps worse", "wine the night before"),
    ("are teenagers more prone to cramps", "teenagers"),
    ("how common are cramps among older runners", "older runners"),
    # a link asked after (probes_blind69, in other words)
    ("low iron and thigh cramps, are they connected", "low iron"),
    ("any link between hay fever tablets and cramps", "hay fever tablets"),
    # a thing said to work, asked back (probes_blind74, in other words)
    ("biting your tongue stops a cramp??", "biting your tongue"),
    ("is there some kind of strap you can wear for thigh cramps", "strap"),
])
def test_what_a_question_asks_about_is_found_whatever_verb_asks(message, subject):
    assert asked_about(message) == subject


def test_a_group_of_people_is_covered_only_where_the_articles_speak_of_it():
    assert unknown_words("teenagers", vocabulary()) == ["how common cramps are in teenagers"]
    assert unknown_words("age group", vocabulary()) == ["how common cramps are in each age group"]
    named = Vocabulary.from_texts(["Older adults cramp more often."])
    assert unknown_words("older adults", named) == []


def test_a_time_is_not_part_of_the_thing_asked_about():
    assert unknown_words("wine the night before", vocabulary()) == ["wine"]


@pytest.mark.parametrize("message", [
    "my fingers cramp when I play piano", "cramp in my hand from writing", "wrist spasms when typing",
    "any good pills for a headache?", "which tablet for hay fever",
])
def test_a_hand_cramp_or_another_complaint_is_another_subject(message):
    assert other_subject(message)


@pytest.mark.parametrize("message", [
    "cramps and hay fever, which tablet?", "use your hands to massage the cramp",
    "is a cold pack better than heat?",
])
def test_a_cramp_named_beside_them_keeps_the_topic(message):
    assert not other_subject(message)


@pytest.mark.parametrize("message,subject", [
    ("could i rub arnica cream on my thigh", "arnica cream"),
    ("should i put biofreeze on the cramp", "biofreeze"),
    ("can dairy give you leg cramps", "dairy"),
    ("my physio reckons beetroot helps", "beetroot"),
    ("is there a scan that shows the cause", "scan"),
])
def test_round9_shapes_of_asking_find_the_thing_asked_about(message, subject):
    assert asked_about(message) == subject


def test_why_a_named_cause_gives_cramps_asks_how_not_whether():
    assert asked_about("why does running in the heat give me cramps") != "running in the heat"



@pytest.mark.parametrize("message", [
    "mosquito bites all over my legs, what helps the itch",
    "best exercises after a hip replacement",
    "can you suggest a half marathon training plan",
    "my guinea pig isn't eating",
    "the new rules could hamstring local clubs",
])
def test_round9_other_subjects_with_no_cramp_are_out_of_scope(message):
    assert other_subject(message)


@pytest.mark.parametrize("message", [
    "my hamstring stings when i stretch",
    "after a hip replacement i get hamstring cramps",
    "will hamstring curls stop my cramps",
])
def test_round9_the_cramp_itself_stays_in_scope(message):
    assert not other_subject(message)


def test_the_word_asked_about_in_a_headline_and_toes_that_curl_are_other_subjects():
    assert other_subject("the paper says cuts will 'hamstring' the council - what does "
                         "hamstring mean here?")
    assert other_subject("my toes curl right up and cramp at night")
    assert not other_subject("what does hamstring mean, is it one muscle?")


def test_an_everyday_name_of_a_thing_the_articles_name_is_covered():
    named = Vocabulary.from_texts(["Wear shoes with support, or custom orthotics. Water or sports "
                                   "drink helps."])
    assert unknown_words("trainers", named) == []
    assert unknown_words("custom insoles", named) == []
    assert unknown_words("electrolyte drinks", named) == []
    assert unknown_words("gatorade", named) == []  # a sports drink by its brand
    assert unknown_words("compression socks", named) == ["compression socks"]


def test_each_everyday_name_stands_for_words_the_articles_use(articles):
    from bot.answer.coverage import EVERYDAY_NAMES

    used = Vocabulary.from_texts(a.text for a in articles)
    for everyday, theirs in EVERYDAY_NAMES.items():
        assert unknown_words(theirs, used) == [], (everyday, theirs)


def test_a_thing_left_out_its_form_its_opposite_and_the_hamstring_by_a_nickname_are_known():
    known = Vocabulary.from_texts(["Warm up before you run.", "Magnesium may help.",
                                   "Stay fit and stretch."])
    assert unknown_words("skipping the warm up", known) == []
    assert unknown_words("magnesium tablets", known) == []
    assert unknown_words("being unfit", known) == []
    assert unknown_words("being so inflexible", Vocabulary.from_texts(["Stay flexible."])) == []
    assert unknown_words("intake", Vocabulary.from_texts(["Take a break."])) == ["intake"]
    assert unknown_words("my hammies", known) == []
    # what is left out is still judged, and a form does not make a thing known
    assert unknown_words("skipping my acupuncture", known) == ["acupuncture"]
    assert unknown_words("creatine tablets", known) == ["creatine"]
    assert unknown_words("beer drinks", known) == ["beer drinks"]


def test_an_amount_in_slang_names_no_thing():
    known = Vocabulary.from_texts(["Drink water through the day."])
    assert unknown_words("drinking loads", known) == []
    assert [w for w in unknown_words("tons of pickle juice", known) if "pickle juice" in w]


def test_a_thing_for_some_kind_of_cramp_is_what_is_asked_about():
    assert asked_about("vitamin k for night cramps, heard it works") == "vitamin k"
    assert asked_about("cherry juice for those cramps?") == "cherry juice"


def test_a_side_naming_the_cramp_sets_nothing_side_by_side():
    assert " or " not in asked_about("pickle juice for cramps - fact or myth")
