"""The conversation remembers: earlier red flags carry over or stay as reminders."""

from __future__ import annotations

from bot.records import Turn
from bot.safety.route import route


def talk(*user_turns: str) -> tuple[Turn, ...]:
    turns = []
    for text in user_turns:
        turns += [Turn("user", text), Turn("assistant", "(a reply)")]
    return tuple(turns)


def test_an_emergency_just_before_keeps_the_emergency_route():
    turns = talk("my chest is tight and my arm is numb")
    for follow_up in ("what else can I do?", "can't I just rest at home and drink water?"):
        decision = route(follow_up, turns)
        assert decision.kind == "emergency" and decision.continued
        assert decision.flag.sign == "chest_pain"


def test_after_calling_for_help_the_emergency_becomes_a_reminder():
    decision = route("ok I called an ambulance, what do I do meanwhile?",
                     talk("my chest is tight and my arm is numb"))
    assert decision.kind is None
    assert [f.category for f in decision.reminders] == ["emergency"]


def test_a_checked_red_flag_is_forgotten():
    turns = talk("I had chest pain on my run",
                 "I went to the ER, they checked my heart and it was all clear")
    decision = route("how long should I hold a hamstring stretch?", turns)
    assert decision.kind is None and decision.reminders == ()


def test_a_see_doctor_sign_carries_over_to_a_follow_up_and_stays_as_a_reminder():
    turns = talk("I'm 20 weeks pregnant and my hamstrings cramp")
    follow_up = route("which stretch should I do when it happens?", turns)
    assert follow_up.kind == "see_doctor" and follow_up.continued
    later = route("What causes hamstring cramps in runners?",
                  talk("I'm 20 weeks pregnant and my hamstrings cramp", "ok thanks"))
    assert later.kind is None and [f.sign for f in later.reminders] == ["pregnancy"]


def test_an_earlier_sign_is_not_repeated_as_a_reminder_of_itself():
    decision = route("my calf is still swollen and red", talk("my calf is swollen and red"))
    assert decision.kind == "see_doctor" and decision.reminders == ()


def test_a_push_for_a_number_after_a_dose_request_stays_dosing_but_food_does_not():
    turns = talk("how much magnesium should I take?")
    assert route("just give me a rough number", turns).kind == "dosing"
    assert route("ok then, which foods are high in magnesium?", turns).kind is None


def test_after_a_crisis_a_cramp_question_is_answered_with_a_gentle_reminder():
    turns = talk("I don't see the point in living anymore")
    assert route("would anyone even care?", turns).kind == "crisis"
    decision = route("can you tell me how to stretch my hamstring?", turns)
    assert decision.kind is None and [f.category for f in decision.reminders] == ["crisis"]


def test_the_current_message_outranks_the_memory():
    turns = talk("how much magnesium should I take?")
    assert route("I can't breathe", turns).kind == "emergency"


def test_a_follow_up_read_with_an_earlier_turn_is_not_judged_by_the_bank(fake_encoder):
    from bot.safety.bank import BankExample, TriageBank

    message = "and what about heat?"
    vector = fake_encoder.encode([message])[0]
    bank = TriageBank((BankExample(message, "emergency", "emergency"),),
                      fake_encoder.encode([message]))
    turns = talk("What helps a hamstring cramp?")
    assert route(message, turns, query_vector=vector, bank=bank).kind == "emergency"
    assert route(message, turns, query_vector=vector, follow_up=True, bank=bank).kind is None


def test_a_dose_asked_for_a_child_or_in_pregnancy_is_a_dose_request_told_who_for():
    for message, who in (("how many mg of magnesium can my 7 year old have", "child"),
                         ("i'm 30 weeks pregnant, how much potassium is ok to take", "pregnancy")):
        decision = route(message)
        assert decision.kind == "dosing", message
        assert [(f.category, f.sign) for f in decision.others] == [("see_doctor", who)]


def test_a_symptom_beside_a_dose_question_still_leads():
    decision = route("my calf is swollen and red, how much ibuprofen can i take")
    assert decision.kind == "see_doctor" and decision.flag.sign == "clot_signs"
    assert "dosing" in [f.category for f in decision.others]
