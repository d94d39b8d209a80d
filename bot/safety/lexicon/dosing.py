"""Requests for a dose or a prescription, and pushes for a number after one."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.query.topic import OTHER_COMPLAINTS, OTHER_GOAL
from bot.safety.lexicon.words import SUBSTANCE, UNIT, near, rule

# A medicine asked for another complaint, in a message that names no cramp, leg or muscle
# ("recommend something for a headache", "a good tablet for hay fever"): outside what the bot
# covers, not a cramp medicine to ask a pharmacist about. Amounts are still dosing: only the
# request to name a product is left to the answerer, which says it is out of scope.
_OTHER_COMPLAINT = re.compile(
    r"^(?![\s\S]*?\b(?:cramp|spasm|hamstring|hamm|thigh|leg|muscle|calf|calves|charley|knot|"
    r"seiz|lock)\w*)(?=[\s\S]*?\b(?:" + OTHER_COMPLAINTS + r")\b)")


# A product for a fitness goal, no cramp named ("the best creatine for building muscle")
_OTHER_GOAL = re.compile(r"^(?![\s\S]*?\b(?:cramp|spasm|hamstring|hamm|charley)\w*)(?=[\s\S]*?"
                         + OTHER_GOAL.pattern + ")")


def _not_for_another_complaint(found):
    return replace(found, unless=_OTHER_COMPLAINT)


# Whether a doctor would prescribe a thing, or whether a prescription medicine exists, asks
# about treatment, not for one: blind writers called it not covered, four times in four
# ("would my gp prescribe a muscle relaxant", "is there a prescription medicine for it")
_ASKED_IF_PRESCRIBED = (
    r"\b(?:will|would|could|can|does|do|might|should|did|is|are) (?:a|my|the|your|his|her|their|"
    r"any|most) (?:gp|doctor|doc|dr|physician|nurse|physio\w*|pharmacist|specialist|consultant)s? "
    r"(?:ever |usually |normally |even |just |be able to |be willing to |likely to )?(?:prescribe|"
    r"give (?:me |you |him |her )?a prescription)\b|\bis there (?:a|any|some) (?:prescription|"
    r"prescribed|prescription-only) (?:medicine|medication|drug|pill|tablet|treatment)s?\b")

# Whether a thing helps at all, asked with nothing of an amount, a prescription or leave to
# take it ("quinine for leg cramps any good?", "does b12 actually work"): a question about the
# medicine, which blind writers called an answer or not covered (see the rule on asking leave
# below). The rules read no dose in it; this keeps the bank and the networks from reading one
# near their prescription examples (round 26).
WHETHER_IT_HELPS = re.compile(
    r"^(?!.*\b(?:how (?:much|many|often|long)|mg|mcg|ml|iu|doses?|dosage|prescri\w*|script|scrip|"
    r"safe|ok to|okay to|allowed|can (?:i|you|he|she|we) (?:take|have|give|get)|should (?:i|he|she|we) "
    r"(?:take|have|give)|double|twice|extra|more than|too much|too many|max\w*|limit|"
    r"tablets? a day|per day|a day)\b)"
    r".*\b(?:any good|worth (?:it|trying|a try|taking)|(?:does|do|did|will|would) (?:it|that|they|this|"
    r"[\w-]+) (?:actually |really |even )?(?:help|work)|(?:legit|a scam|snake oil|placebo|overrated)\b)")


# A prescription asked for, in English or by its name in the languages of Europe: triage lets
# a crisis the networks alone read give way to it (bot.safety.triage), round 28
PRESCRIPTION_ASKED = re.compile(
    r"\b(?:write|give|get|send|issue|do|sort) (?:me |him |her |us )?(?:a |an |another |the |my )?"
    r"(?:new |repeat |quick )?(?:script|prescription|rx)\b|\bprescri\w+ (?:me|him|her)\b|"
    r"\b(?:rezept|receta|ordonnance|ricetta|receita|recept)\b")

DOSING = (
    rule("dosing", "dose", near(SUBSTANCE, r"(?:together|at the same time|alongside|combin\w*|"
                                          r"mix\w*|with my)", 4),
       r"(?:can|could|should|may) i|is it (?:ok|okay|safe|fine|alright)|safe to"),
    rule("dosing", "dose",
       r"how (?:much|many|mutch) (?:[\w']+ ){0,3}" + UNIT + r"|\d+(?:[.,]\d+)? ?(?:mg|mcg|µg|ug|g|"
       # "3g/astro" is a pitch, "5g" a phone network
       r"iu|ml|milligrams?|micrograms?|grams?)\b(?!/| (?:pitch\w*|astro|turf|network|signal|phone|"
       r"coverage|internet|data|mobile))|dosage|dosing|(?:what|what'?s|whats|which|the|"
       r"right|correct|safe|max\w*|recommended|usual|typical|exact|proper|ideal|daily|starting|"
       r"normal|good|best|a) (?:[\w']+ ){0,2}(?:dose|doses|amount(?! of (?:time|reps|sets|water|"
       r"stretch\w*|rest|sleep|exercise|training|pressure))) (?:of|for|to|should|do|is|would|"
       r"i|per|a)|how (?:much|many) of (?:each|them|these|those|it|that|both)\b|"
       r"double[- ]?(?:up|dose|dosing)|(?:take|have|use) (?:[\w']+ ){0,2}more than (?:the|it|"
       r"what|recommended)|(?:most|max\w*) (?:[\w']+ ){0,2}(?:i|you|one|someone) (?:can|could|should) "
       r"(?:safely )?(?:take|have)|how often (?:[\w']+ ){0,2}(?:take|have|use) (?:[\w']+ ){0,2}" +
       SUBSTANCE + r"|how (?:much|many) (?:of )?(?:them|these|those|that|it) (?:[\w']+ )?(?:should|"
       r"can|do|to|per|a) (?:i )?(?:take|have)|(?:can|could) (?:you|i|one) (?:[\w']+ )?overdose on",
       # what a product holds, asked about as a cause, with no amount asked: "my preworkout has
       # like 300mg caffeine, could that be why my hamstrings cramp"
       unless=r"^(?!.*\b(?:too much|too many|safe|should i|can i|how much|how many|ok to|okay to|"
              r"dose|dosage|max\w*|limit)\b).*\b(?:could|can|would|might|is|was) (?:that|this|it) "
              r"(?:be )?(?:why|the (?:cause|reason|culprit)|causing|to blame)\b"),
    rule("dosing", "dose", r"how (?:much|many|mutch) (?:[\w']+ ){0,4}" + SUBSTANCE,
       r"take|taking|have|give|use|drink|add|need|safe|ok|okay|too much|enough|per day|a day|"
       r"daily|should|can|is (?:a )?(?:good|safe|right|normal)|recommend\w*|max\w*|limit|would "
       r"you|do you|amount|dose|per|every|before (?:bed|bedtime|sleep|a run|training|exercise|a "
       r"game|a match|the gym)|to (?:stop|prevent|help|ease|avoid|fix)"),
    rule("dosing", "dose",
       # ("should i have been drinking more" asks about the past, not for more)
       r"(?:can|could|should|shall|may) i (?:just |simply |safely |maybe |then |now )?(?:take|"
       r"have(?! been| had| done)|use|give|double) (?:[\w']+ ){0,2}(?:two|three|four|\d+|double|extra|another|more|an extra|"
       r"a second|a double|twice)|is it (?:ok|okay|"
       r"safe|fine|alright) (?:for me )?to (?:take|have) (?:two|three|four|\d+|double|extra|more|"
       r"another)"),
    rule("dosing", "dose",  # doubling what is taken, named before: "magnesium isn't doing
       # anything, can i just double it?" (doubling reps or a stretch's hold is no dose)
       r"(?:(?:can|could|should|shall|may) i|(?:is it |it'?s |would it be )?(?:ok|okay|safe|fine|"
       r"alright) to) (?:just |simply |safely |maybe |then |now )?double (?:it|them|that|this)\b", r"\b(?:" + SUBSTANCE + r"|tablets?|pills?|capsules?|meds|"
       r"medicines?|medication|supplements?|tabs)\b", window=0),
    # a second dose asked leave for, the medicine named: "took my magnesium, ok to take a
    # second one?" (round 28)
    rule("dosing", "dose",
       r"(?:ok|okay|safe|fine|alright|alrite) (?:for me |for (?:him|her) )?to (?:take|have|give (?:him|"
       r"her)) (?:a second|another|an extra|one more|a double|two|double)\b",
       r"\b(?:" + SUBSTANCE + r"|tablets?|pills?|capsules?|meds|medicines?|medication|supplements?|"
       r"tabs|dose)\b", window=0),
    rule("dosing", "dose",  # a dose named without a question word: "dose of baclofen?"
       near(r"(?:doses?|dosage|dosing|strength|max(?:imum)?|upper limit|safe (?:amount|level))",
            SUBSTANCE, 3),
       unless=r"dose of (?:stretch\w*|exercise|reality|patience|sun\w*)"),
    rule("dosing", "dose",  # taking more than the prescriber said
       r"(?:take|have|use|give) (?:[\w']+ ){0,2}(?:more than|extra|another|a second|an extra) "
       r"(?:[\w']+ ){0,2}(?:he|she|they|the (?:doctor|gp|label|packet|box|pharmacist)|my "
       r"(?:doctor|gp)|prescribed|recommended|said|told|it says)|(?:up|increase|raise|double) "
       r"(?:my|the) (?:[\w']+ )?dose"),
    rule("dosing", "dose",  # how many to take, the medicine left unnamed: "how many should I take?"
       r"how (?:much|many|mutch|often) (?:[\w']+ ){0,4}(?:should|can|could|do|must|to|would|shall|"
       r"may) (?:i |you |he |she |we |they |my [\w']+ )?(?:take|swallow|pop|give (?:him|her|them|"
       r"it|my [\w']+)|give)\b(?! (?:off|a break|time|rest|a rest|a day|days|a week))|how long "
       r"(?:[\w']+ ){0,3}(?:keep )?(?:taking|take|on) (?:[\w']+ ){0,2}" + SUBSTANCE + r"|"
       r"(?:dosis|posology|quantity of|how many times (?:a day )?(?:can|should|do) i take)"),
    rule("dosing", "dose",  # a medicine with a drink, asked about: a pharmacist's question
       r"\b(?:pints?|beers?|wine|alcohol|vodka|gin|whiske?y|rum|lager|cider|booze|spirits)\b",
       r"\b(?:tablets|pills|meds|medication|painkillers|" + SUBSTANCE + r")\b",
       r"is (?:that|it|this) (?:ok|okay|safe|fine|alright|bad|dangerous)|(?:safe|ok|okay|fine) to|"
       r"(?:can|could|should) (?:i|you|he|she)|\bmix\w*", window=0),
    rule("dosing", "dose",  # the interval asked: "paracetamol every how many hours?"
       SUBSTANCE, r"every how (?:many|much|long)|how many hours (?:apart|between)|how (?:long|many "
       r"hours) (?:should i |do i |to )?(?:wait|leave|gap) (?:between|before)", window=0),
    rule("dosing", "dose",  # "salt tabs on a long run: how many and how often?"
       SUBSTANCE, r"how (?:much|many) and how often|how often and how (?:much|many)"),
    rule("dosing", "dose",  # an amount per hour asked with no question word: "salt tabs per
       # hour on a long ride?"; the question mark asks it
       SUBSTANCE + r" (?:per|an|a|each|every) hour\b(?=[^.!?]{0,80}\?)", window=0),
    rule("dosing", "dose",  # a medicine named, then "how much?" on its own or "too much?"
       SUBSTANCE,
       r"how (?:much|many)(?=\W*$|\W+(?:should|do|can|to|per|a day|daily|is|of (?:it|them|that|"
       r"those|these|each)))|(?:too much|too many|overdo\w*)|\b(?:mg|mcg|milligrams?|"
       r"micrograms?|iu)\b (?:of|for)"),
    rule("dosing", "dose",  # the bare question: "how much magnesium", "what's the dose", "is 2 too many"
       r"how (?:much|many) (?:[\w']+ ){0,3}" + SUBSTANCE + r"\W*$|(?:dose|dosage|doses)\W*$|"
       r"(?:what'?s|whats|what is) the (?:right |correct |usual |normal |best )?dose\b|"
       r"(?:is|are|would|will) (?:\d+|two|three|four|five) (?:[\w']+ )?too (?:many|much)|"
       r"(?:take|have|use) (?:it|them|these|those|this|that|one|two) (?:[\w']+ ){0,2}(?:every "
       r"(?:day|night|\d+ hours?)|daily|twice|three times|more often|long[- ]term)"),
    rule("dosing", "dose", r"prescri\w+ (?:[\w']+ )?" + SUBSTANCE, unless=_ASKED_IF_PRESCRIBED),
    # a count of a medicine asked after: "is 3 baclofen ok", "would 2 naproxen be fine" (round 27)
    rule("dosing", "dose",
       r"(?:is|are|would|will|could) (?:\d+|two|three|four|five|six) (?:[\w']+ )?" + SUBSTANCE +
       r" (?:[\w']+ ){0,2}(?:ok|okay|safe|fine|alright|enough|too (?:many|much)|dangerous|bad)\b"),
    rule("dosing", "dose",  # "paracetamol every 4 hrs ok?" (round 23)
       SUBSTANCE + r" (?:[\w']+ ){0,2}every (?:\d+|two|three|four|six|eight) ?(?:hours?|hrs?|h)\b",
       r"\b(?:ok|okay|safe|fine|alright|allowed|too much|too often)\b|\?"),
    rule("dosing", "dose",  # how much or how often to put a gel, cream or spray on the skin
       r"how (?:often|many times|much|frequently) (?:[\w']+ ){0,5}(?:apply|put|rub|spray|use|"
       r"reapply|massage in)|(?:apply|put|rub|spray|use|reapply) (?:[\w']+ ){0,5}(?:more than|"
       r"(?:\d+|once|twice|three|four) times|every \d|each time|too often|twice)",
       r"gels?|creams?|lotions?|sprays?|ointments?|balms?|patch\w*|voltaren|voltarol|diclofenac|"
       r"deep heat|biofreeze|tiger balm|ibuprofen|magnesium oil"),
    _not_for_another_complaint(rule("dosing", "dose",
       r"(?:recommend|suggest) (?:me )?(?:something|anything) (?:for|to take)")),
    rule("dosing", "dose",  # asking leave to take a medicine: how much, how often, with what,
       # whose, or whether it is safe. Whether it helps at all ("should i take magnesium for
       # cramps?") is a question about the medicine, which blind writers called an answer or
       # not covered, never a dose request (ten of ten)
       r"(?:can|could|should|may|shall|is it (?:ok|okay|safe|fine|alright|bad|dangerous|wise)|"
       r"safe to|ok to|okay to|allowed to|fine to) (?:for me )?(?:i |you |we |he |she |they |my "
       r"[\w']+ )?(?:to )?(?:take|have|use|give|try|keep taking|be taking|start taking|stop taking|"
       r"swallow) (?:him |her |them |me )?(?:some |a |an |the |my |his |her |more |extra |any )?"
       r"(?:[\w']+ )?" + SUBSTANCE,
       r"\d|\b(?:more|extra|another|double|doubl\w+|twice|again|too|together|at once|same time|"
       r"every|a day|per day|daily|each day|how|max\w*|limit|overdo\w*|safe\w*|ok|okay|allowed|"
       r"alright|fine|dangerous|wise|bad|harm\w*|risk\w*|"
       r"two|three|four|half|couple|lots|loads|handful|dose\w*|mg|tablets|pills|capsules|"
       r"(?:husband|wife|mum|mom|dad|partner|friend|sister|brother|son|daughter|someone else)'?s|"
       # (not "giving me cramps")
       r"his|her|their|give|giv\w+(?! (?:me|you|him|her|them) (?:cramps?|a cramp|pain|headaches?))|"
       r"pregnan\w*|breast ?feeding|stop taking|keep taking|on (?:[\w']+ )?"
       r"(?:warfarin|blood thinners?|statins?|medication|tablets|pills|meds)|alongside|instead|"
       r"with (?:my|the|his|her|a|an|some|alcohol|drink\w*|wine|beer|[\w']+ (?:tablets|pills)))\b|"
       r"and (?:[\w']+ )?" + SUBSTANCE + r"|" + SUBSTANCE + r" (?:[\w']+ ){0,3}(?:and|with|or) "
       r"(?:[\w']+ )?" + SUBSTANCE,
       unless=r"foods?|eat\w*|diet|meals?|snacks?|fruits?|banana"),
    rule("dosing", "dose",  # how often, or for how long, a medicine may be taken
       r"(?:take|taking|use|using|have|having|give|giving) (?:[\w']+ ){0,3}" + SUBSTANCE +
       r" (?:[\w']+ ){0,3}(?:every (?:day|night|morning|\d+ hours?|few hours)|everyday|daily|each "
       r"day|long[- ]term|nightly|regularly|for (?:months|years|weeks)|(?:once|twice|three times|"
       r"\d+ times) (?:a|per|each) (?:day|night|week))",
       r"(?:can|could|should|may|shall) (?:i|you|we|he|she)|is it (?:ok|okay|safe|fine|alright|"
       r"bad|harmful)|safe|how long|too (?:much|often|many)|\?"),
    rule("dosing", "dose",  # a count of tablets: "will 2 tablets be enough", "one or two?"
       r"(?:\d+|one|two|three|four|five|a couple(?: of)?|half a|half) (?:or (?:\d+|two|three|four) )?"
       r"(?:[\w']+ ){0,2}(?:tablets?|pills?|capsules?|caps|tabs(?! open| in (?:chrome|my browser))|"
       r"doses?|sachets?|scoops?|puffs)\b|(?:one|two|\d+) or (?:two|three|\d+)\b"
       # "2 or 3 times now" counts cramps, not tablets
       r"(?! ?(?:times?|days?|weeks?|nights?|hours?|hrs?|minutes?|mins?|km|k|miles?|sets?|reps?|"
       r"years?|months?|goes|games|matches|sessions|cramps?|spasms?|episodes?|attacks?)\b)(?=.*\b" + SUBSTANCE +
       # a device set up is no dose raised: "set it up on my tablet"
       r"\b)|(?:(?<!set )(?<!set it )(?<!set this )(?<!set me )(?<!set them )up|increase|raise|"
       r"double|lower|reduce|cut down|cut back) (?:on )?(?:my|the) "
       r"(?:[\w']+ )?(?:dose|dosage|" + SUBSTANCE + r")",
       # a browser's tabs are no tablets (round 28)
       unless=r"(?:chrome|browser|firefox|safari|edge|laptop|computer) (?:[\w']+ ){0,6}tabs\b"),
    replace(rule("dosing", "prescription",
       r"prescri\w+ (?:me|a|something|anything|for|medication|medicine|drugs?|pills?|some)|"
       r"(?:write|give|get) (?:me )?(?:a )?prescription|prescription for|"
       # a prescription by its slang, for a medicine: "need a script for baclofen pls" (round 25)
       r"\b(?:a |the |me a |my )?(?:script|scrip|rx) (?:for|of) (?:some |a |the )?" + SUBSTANCE + r"|"
       r"(?:give|tell|suggest|"
       r"recommend|name) (?:me )?(?:a |the |some |any )?(?:good )?(?:medicine|medication|drug|pill|"
       r"tablet|painkiller|pain killer)s?(?: name)?\b|(?:what|which) "
       r"(?:[\w']+ )?(?:medicine|medication|drug|pill|painkiller|pain killer|tablet|muscle relaxant|"
       r"supplement)s? (?:should|can|could|would|do|to) (?:i |you )?(?:take|use|get|recommend|"
       r"buy)|what (?:should|can|could|do) (?:i|you|he|she|we) (?:take|give (?:him|her|them|my "
       r"[\w']+)) (?:for|to)|what (?:would|do|can|could|should) you (?:recommend|suggest|advise) "
       r"(?:that )?(?:i |me to |for me to |we )?(?:take|buy)\b|"
       r"(?:write|give) (?:me )?a script|without (?:a )?prescription|over "
       r"the counter|"
       # asked in the languages of Europe, for a medicine (a German "Rezept" is a recipe too):
       # de, es, fr, it, pt, nl, pl (round 28)
       r"(?:rezept|receta|ordonnance|ricetta|receita|recept) (?:[\w']+ ){0,2}(?:fur|für|de|para|pour|"
       r"per|di|voor|na) (?:[\w']+ )?(?:chinin|quinina|quinine|chinino|kinine|chinina|magnesium|"
       r"magnesio|tabletten|medikament\w*|medicamentos?|medicaments?|farmac[oi]|medicijnen|leki|"
       r"pastillas|pillole|comprim\w*|compresse|comprimidos|" + SUBSTANCE + r")"),
       unless=re.compile(f"{_OTHER_COMPLAINT.pattern}|{_ASKED_IF_PRESCRIBED}")),
    replace(rule("dosing", "prescription",  # the best product to take, not the best food
       r"(?:best|strongest|most effective|recommended) (?:[\w']+ ){0,2}" + SUBSTANCE),
       unless=re.compile(r"\b(?:foods?|eat\w*|diet|sources?|rich in|snacks?|meals?|fruits?|"
                         r"veg\w*|nuts)\b|" + _OTHER_COMPLAINT.pattern + "|" + _OTHER_GOAL.pattern)),
)

# How a user pushes for a number after a dosing reply ("just give me a rough number").
NUMBER_PUSH = (
    r"(?:rough|ballpark|approximate|exact|general|typical|just a|give me a|tell me a|what'?s a) "
    r"(?:[\w']+ )?(?:number|figure|amount|estimate|guess|range|dose)|roughly how (?:much|many)|"
    r"how (?:much|many) (?:then|roughly|approximately|per day|a day)|just (?:tell|give) me|"
    r"ballpark|(?:at least|even) (?:a|an) (?:rough|range|idea|ballpark)|(?:per|a) day\?*$|"
    r"how many (?:[\w']+ )?(?:mg|grams?|tablets?|pills?|capsules?)")

