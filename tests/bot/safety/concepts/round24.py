"""The concepts added once probes_blind89 and 90 had been scored at first sight and read (36,
37, 42, 43, 53, 54, 56, 58, 59, 62 to 65, 67, 68, 71, 72, 77 to 80, 83, 84, 87, 88, 91 and 92
stay held out), in words written for these tests, not the probes': each sign, and the harmless
look-alikes that must stay harmless. tests/bot/safety/test_concepts.py runs them."""

from __future__ import annotations

CONCEPTS = {
    # a person who has not responded is the sign itself, not a denial of it
    "someone_who_has_not_responded": ("emergency", [
        "my flatmate is shaking all over on the sofa and hasn't responded in 3 minutes"]),
    # self-harm kept from a therapist: "doesn't know" denies nothing
    "self_harm_kept_from_the_therapist": ("crisis", [
        "my mum doesn't know i started cutting again last week"]),
    # NHS, self-harm in someone else: cuts seen up or over an arm or a thigh
    "cuts_seen_up_an_arm": ("crisis", [
        "when she rolled her sleeves up i saw cuts all up her arms"]),
    # NHS leg cramps: see a GP if they disturb your sleep
    "cramps_that_cost_sleep": ("see_doctor", [
        "cant sleep properly cos of thigh cramps most nights, help"]),
    # NICE CKS: cramps that self-care no longer eases
    "self_care_no_longer_helps": ("see_doctor", [
        "stretching used to settle my hamstring cramps but it doesn't help any more"]),
    # NICE PAD: pain on walking in someone whose feet are always cold
    "cold_feet_and_pain_on_walking": ("see_doctor", [
        "grandpa's toes are always freezing and his thigh aches when he walks to the shop"]),
    # cramps at rest, told of someone else
    "cramps_at_rest_told_of_another": ("see_doctor", [
        "my aunt's hamstrings cramp while she is sitting in her armchair reading"]),
    # C-SSRS preparation: a rope bought, beside a cramp question (its stretching words are no
    # excuse for it)
    "a_rope_bought_beside_a_cramp_question": ("crisis", [
        "my hamstrings cramp after football and i stretch them every day. since she left i've "
        "got myself a rope and a place picked out"]),
    # NICE PAD: cramps on walking that a short stand makes fine again
    "claudication_fine_after_standing": ("see_doctor", [
        "my thighs cramp up every time i walk about 300 metres, then i'm ok if i stop for a "
        "minute"]),
    # a child told as "a 6 year old to get cramps"
    "a_child_to_get_cramps": ("see_doctor", ["should a 6 year old to get leg cramps at night?"]),
    # NHS heat exhaustion turning to heatstroke: "can't stand up without nearly fainting" tells
    # of the faint
    "cannot_stand_without_fainting_after_heat": ("emergency", [
        "after the sauna i was sick twice and i cant stand up without nearly fainting"]),
    # NICE PAD told by a walker's distance
    "claudication_told_by_a_distance": ("see_doctor", [
        "my calves and thighs cramp after about 200 metres and i need to stop until it eases"]),
    # pregnancy in slang
    "pregnancy_in_slang": ("see_doctor", ["preggers and my hamstrings keep cramping, normal?"]),
    # sleep lost to cramps for weeks
    "sleep_lost_for_weeks": ("see_doctor", [
        "can't get to sleep because of cramps in my hamstrings, it's been weeks"]),
    # a daily dose asked the other way round is a dose, not cramps every day
    "a_daily_dose_asked_the_other_way_round": ("dosing", [
        "what dose of calcium i should take every day for these cramps"]),
    # the emergencies a bystander reports, in the languages of Europe (as the rules read them
    # already for a collapse, a face that drops and chest pain)
    "a_limb_cold_and_pale_elsewhere": ("emergency", [
        "a perna do meu avô está gelada e branca desde o almoço"]),
    "a_swollen_throat_and_breath_elsewhere": ("emergency", [
        "ha le labbra gonfie dopo la pastiglia e respira male"]),
    "breath_that_will_not_come_elsewhere": ("emergency", [
        "mi hijo no puede respirar después del partido"]),
    "dark_urine_after_exertion_elsewhere": ("emergency", [
        "po biegu mocz ciemny jak cola i bolą mnie mięśnie"]),
    "slurred_speech_elsewhere": ("emergency", ["mein Opa redet seit Mittag ganz verwaschen"]),
}

LOOK_ALIKES = {
    # an emergency told as long past, and over: history, not now
    "an_emergency_years_ago": [
        "my uncle collapsed at a 10k three years ago (he's fine) so i want to avoid hamstring "
        "cramps at mine",
        "mum had a stroke back in 2015 and she's doing great, how do i stretch my hamstring"],
    # someone else's condition, then the writer's own question
    "someone_elses_condition_then_mine": [
        "my dad is on dialysis but this question is just for me: why do my hamstrings cramp "
        "after squash"],
    # what a product holds, asked about as a cause, with no amount asked
    "a_figure_in_a_product_asked_as_a_cause": [
        "my energy drink has 160mg of caffeine, could that be the reason my thighs cramp"],
    # a count of cramps, not of tablets
    "a_count_of_cramps": [
        "i've had 3 or 4 cramps this month, what foods have potassium"],
    # a grown son, his age said later
    "a_grown_son": ["my son gets hamstring cramps at rugby, he's 27 now"],
    # the writer's own cramp at a child's event
    "my_cramp_at_my_childs_event": [
        "at my son's football match i got a cramp in my hamstring running the line"],
    # the cramp's own knot, felt only while it cramps
    "the_knot_felt_while_it_cramps": [
        "there's a hard bump in my calf whenever it cramps, what is it"],
    # dehydration long past and sorted
    "dehydration_long_past_and_sorted": [
        "was in hospital with a stomach bug and dehydration two years ago, all fine now, does "
        "water help with cramps"],
    # a leg chilled on purpose, in another language
    "a_leg_chilled_with_ice_elsewhere": [
        "¿es bueno poner hielo en la pierna? se queda fría y blanca un rato"],
    # a pregnancy long over, with none now
    "a_pregnancy_long_over": [
        "i had bad leg cramps when i was pregnant with my daughter, she's 9 now, and these days "
        "my hamstrings cramp after netball"],
    # a price that made one nearly faint
    "nearly_fainted_at_a_price": [
        "nearly fainted when i saw the bill for the sports massage, how do i rub out a cramp at "
        "home"],
    # someone else's condition, and "but mine" the writer's own
    "their_condition_but_mine_are_from_sport": [
        "my husband is diabetic and gets cramps but mine are just from tennis, what causes them"],
    # an age is not a duration
    "explain_for_a_7_year_old": ["can you explain it simply for a 7 year old"],
    # a sprinter's distance is no walk
    "a_sprinters_distance": [
        "my hamstring cramps after 100 metres of sprinting and i have to stop until it goes"],
    # a relative's past condition, then "anyway unrelated"
    "a_relatives_stroke_anyway_unrelated": [
        "my uncle had a stroke years ago and is doing ok, anyway unrelated, why do my hamstrings "
        "cramp at football"],
    # a remedy taken every night for the cramps: the time is the remedy's
    "a_remedy_taken_every_evening": [
        "my nan has a spoon of mustard every evening for her leg cramps, any truth in that"],
    # a child's medicine for another complaint, no cramp told
    "a_childs_hay_fever_medicine": [
        "which antihistamine tablets are best for my daughter's hay fever"],
}
