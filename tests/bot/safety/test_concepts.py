"""The concepts added in the rounds of issue 16, in words written for these tests (not the
probes'): each sign raises its category, and each harmless look-alike stays harmless. Round
7's are here; each later round's are in concepts/roundN.py, found by their names."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from bot.safety.triage import rule_triage

CONCEPTS = {
    # C-SSRS 5: the details of a plan worked out
    "plan_details": ("crisis", ["I've figured out the when and the how already.",
                                "she says she has chosen the place and the date, and that's that"]),
    # dying as the purpose of what one does, said softly
    "dying_as_purpose": ("crisis", ["I'll stop eating so I can just fade away",
                                    "he keeps saying he wants to slip away quietly"]),
    # C-SSRS method: a medicine one needs, stopped so as to die
    "needed_medicine_stopped": ("crisis", [
        "thinking of stopping my insulin and just being gone",
        "she's thrown away her heart pills so she won't be a burden anymore"]),
    # a farewell from someone who then cannot be reached
    "farewell_then_silence": ("crisis", [
        "my uncle messaged 'take care of the dog for me' and his phone is switched off",
        "a text from my friend saying you won't hear from me again, now she's not replying"]),
    # C-SSRS behaviour: an attempt begun, then stopped or interrupted
    "aborted_attempt": ("crisis", ["I went to the cliff edge and nearly jumped last week",
                                   "my girlfriend stood on the bridge railing until police "
                                   "talked her down",
                                   "pressed a knife against my wrist last night"]),
    # the six Ps of a blocked limb, told across a message
    "limb_ischaemia": ("emergency", [
        "his calf went mottled and icy and he can't wiggle his toes",
        "grandma's foot looks dusky and she says it's numb"]),
    # heat stroke: a body temperature of 40 or more with a mind that is not right
    "heat_stroke_figure": ("emergency", [
        "after the hike my friend clocked 104 on the thermometer and keeps mumbling",
        "he's 41.2 and very sleepy after the tournament"]),
    "overdose_of_a_drug": ("emergency", ["he OD'd on his sleeping tablets"]),
    # a medicine asked about as the cause by someone who takes it (NICE CKS: drug-induced cramp)
    "medicine_as_cause": ("see_doctor", [
        "could lisinopril be giving me cramps? I'm on it since May",
        "since the new steroid preventer my thighs cramp"]),
    # claudication: pain on walking that rest eases, each time
    "claudication": ("see_doctor", [
        "both thighs ache when I walk to the bus stop and it eases if I stand still, same every "
        "morning"]),
    "child_age_shorthand": ("see_doctor", ["a 7yo with hamstring cramps, normal?",
                                           "our 10 y/o cramps at swimming"]),
    "dose_taken_at_night": ("dosing", ["what amount of magnesium should I take at night for my "
                                       "cramps?"]),
    "night_cramps_despite_a_dose": ("see_doctor", [
        "i take quinine at night but the cramps still wake me every night"]),
    "a_snap_felt": ("see_doctor", ["felt something snap behind my knee"]),
    "a_cramp_medicine": ("dosing", ["recommend me something for cramps"]),
    # from lists of our own phrasings per screener step and emergency
    "slang_for_suicide": ("crisis", ["he keeps on about topping himself"]),
    "things_given_because_not_needed": ("crisis", [
        "gave my camera to my cousin since i won't be needing it"]),
    "any_medicine_to_end_it": ("crisis", ["got some codeine to end it"]),
    "compartment_in_lay_words": ("emergency", [
        "shin swelling after a tackle and the pain is off the charts"]),
    "low_sugar_told_loosely": ("emergency", ["my diabetic brother is acting very weird after "
                                            "the match"]),
}
LOOK_ALIKES = {
    "plan_details": ["we decided when and where the club run meets tomorrow",
                     "I planned the time and place for my long run on Sunday"],
    "dying_as_purpose": ["my hamstring cramp slipped away after a minute",
                         "I want the pain to fade away, which stretch?",
                         "so i can die happy, give me a stretch that works lol"],
    "farewell_then_silence": ["thanks for everything, I'll be back with more cramp questions",
                              "my coach isn't replying, should I still run with a cramp?"],
    "aborted_attempt": ["did box jumps off the ledge at the gym and my hamstring cramped",
                        "I nearly jumped the start at the track and then cramped"],
    "icing": ["my legs go blotchy after an ice bath, is that fine?",
              "after icing my calf it's pale and numb for a bit",
              "the ice pack left my hamstring numb, is that normal?"],
    "heat_stroke_figure": ["it's 40 degrees out, should I stretch indoors?",
                           "I'm 41 and sleepy after long runs, why?"],
    "fright_idiom": ["you nearly gave the physio a heart attack", "I OD'd on hill sprints"],
    "medicine_in_general": ["can statins cause cramps?"],
    "one_cramp_on_a_walk": ["cramped on a hike once and it eased when I stopped"],
    "simile": ["it felt like my hamstring was being torn apart, but it passed",
               "an idea popped into my head about stretching"],
    "duration_of_an_activity": ["my fingers cramp when I knit for ages"],
    "other_complaint": ["suggest a tablet for my hay fever"],
    "topping_up": ["i top myself up with electrolytes before a run"],
    "things_given_away": ["gave my old foam roller to my sister, do i need one?"],
}


def _rounds() -> dict[int, tuple[dict, dict]]:
    """Round 7's tables, and each concepts/roundN.py's, by round."""
    rounds = {7: (CONCEPTS, LOOK_ALIKES)}
    for path in (Path(__file__).parent / "concepts").glob("round*.py"):
        module = importlib.import_module(f"tests.bot.safety.concepts.{path.stem}")
        rounds[int(path.stem.removeprefix("round"))] = (module.CONCEPTS, module.LOOK_ALIKES)
    return dict(sorted(rounds.items()))


ROUNDS = _rounds()


# Rounds that wrote no rule: round 30 taught the bot to tell languages apart, no signs
NO_CONCEPTS = {30}


def test_every_round_since_the_seventh_is_found():
    assert list(ROUNDS) == [n for n in range(7, max(ROUNDS) + 1) if n not in NO_CONCEPTS]
    assert max(ROUNDS) >= 31


@pytest.mark.parametrize("round_, concept, category, message", [
    (round_, concept, category, m) for round_, (concepts, _) in ROUNDS.items()
    for concept, (category, ms) in concepts.items() for m in ms])
def test_each_concept_raises_its_category(round_, concept, category, message):
    found = rule_triage(message)
    assert found.top is not None and found.top.category == category, (round_, concept, found.top)


@pytest.mark.parametrize("round_, concept, message", [
    (round_, concept, m) for round_, (_, look_alikes) in ROUNDS.items()
    for concept, ms in look_alikes.items() for m in ms])
def test_each_look_alike_raises_nothing(round_, concept, message):
    assert rule_triage(message).flags == (), (round_, concept, rule_triage(message).flags)


def test_a_child_s_age_is_not_the_age_of_a_thing():
    found = rule_triage("I have a 3 year old knee injury and my hamstring cramps")
    assert all(flag.sign != "child" for flag in found.flags)


def test_a_look_alike_a_rule_vetoes_is_negated_so_the_bank_cannot_raise_it():
    found = rule_triage("you'll give my mum a heart attack with that")
    assert found.flags == () and "emergency" in found.negated
    held = rule_triage("had all my tablets in my hand but put them down")
    assert held.top.category == "crisis" and "emergency" in held.negated

def test_an_overdose_asked_about_is_a_crisis_question_not_one_taken():
    found = rule_triage("what if i took all of my sleeping tablets, would i die")
    assert [f.category for f in found.flags][:1] == ["crisis"]

def test_two_paracetamol_products_asked_about_are_a_dose_question_not_an_overdose():
    assert rule_triage("can i take paracetamol and co-codamol together").top.category == "dosing"


def test_an_age_is_no_count_of_tablets_but_a_count_still_is():
    assert rule_triage("i'm 90, had my tablets today").flags == ()
    assert rule_triage("i took 30 of my tablets").top.category == "emergency"


def test_breathless_with_effort_is_a_doctors_matter_not_an_emergency():
    found = rule_triage("a bit breathless on the stairs lately, and my hamstrings cramp")
    assert found.top is not None and found.top.category == "see_doctor"
    assert rule_triage("so breathless i can't finish a sentence").top.category == "emergency"


def test_a_mouth_numb_at_the_dentist_is_no_stroke_but_a_numb_mouth_still_is():
    simile = rule_triage("numb heel since a cramp, like when your mouth is numb at the dentist")
    assert "emergency" not in [flag.category for flag in simile.flags]
    assert rule_triage("his mouth went numb and droopy on one side").top.category == "emergency"


@pytest.mark.parametrize("message", [
    "got kicked in the thigh at football, it's swollen and purple, should i ice it?",
    "my calf is really puffed and swollen after the long flight"])
def test_a_bruise_or_a_puffy_calf_is_no_emergency(message):
    # a swollen leg gone purple is a clot's emergency only without a knock to explain it, and
    # "puffed" is short of breath only said of a person
    assert all(flag.category != "emergency" for flag in rule_triage(message).flags)


def test_cramps_that_still_come_are_not_a_cramp_that_holds():
    # "still cramp" is cramps coming despite a remedy; "still cramped after an hour" holds
    found = rule_triage("i take 2 salt tablets an hour on long rides and still cramp, why?")
    assert all(flag.sign != "persistent_pain" for flag in found.flags)
    held = rule_triage("my hamstring is still cramped after an hour")
    assert any(flag.sign == "persistent_pain" for flag in held.flags)
