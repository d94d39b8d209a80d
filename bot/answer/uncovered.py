"""Causes and circumstances of cramps that the articles never mention, asked about by name.

People ask whether coffee, their period, the menopause, smoking, stress, lack of sleep,
cold water, a flight, fasting, low iron, creatine or a scan has to do with their cramps. The
articles speak of none of these, yet the words around them ("cause", "cramp", "hamstring")
match passages that do, so such a question used to be answered with loosely related quotes.

Each subject is a concept, written for the articles as they are: tests/bot/answer/
test_uncovered.py checks that no passage of the default articles names any of them, so a
subject the articles come to cover must leave this list. A question that asks how to stretch,
massage, ice or heat names the subject as its setting ("what stretch helps on a long flight"),
and is answered; so is a remark that asks nothing.

Subjects on which people who wrote the blind sets disagreed, half calling the articles'
general causes an answer, are left out: a vegan or keto diet (the articles name low
carbohydrate levels). Sex was one of them until the readable sets held twenty such
questions, sixteen of them marked as not covered (round 21); getting older too, until the
readable sets held some sixty questions of cramps and age, all but three marked as not
covered (round 27).
"""

from __future__ import annotations

import re

from bot.query.normalise import normalise
from index.text import words

UNCOVERED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("caffeine", r"\b(?:coffees?(?! table)|caffeine|espressos?|energy drinks?|red ?bull|"
                     r"pre-?workout)\b"),
        ("the menstrual cycle", r"\b(?:my|her|the|their|your) periods?\b(?! of)|\bmenstrua\w*|"
                                r"\btime of the month\b|\bpms\b|\b(?:times?|point|stage|phase|days?|"
                                r"week) (?:in|of) (?:my|her|the|their|your) (?:monthly )?cycle\b|"
                                r"\bmonthly cycle\b"),
        ("the menopause and hormones", r"\b(?:peri)?menopaus\w*|\bhormon\w*"),
        ("scans and tests", r"\bmri\b|\bscans?\b|\bx-?rays?\b|\bultrasound\b|\bblood tests?\b|"
                            r"\bnerve conduction\b|\btests? (?:for|to find|that shows?|shows?)\b"),
        ("smoking", r"\bsmok(?:e|es|ed|er|ers|ing)\b|\bvap(?:e|es|ing)\b|\bcigarettes?\b|"
                    r"\bnicotine\b"),
        ("stress and anxiety", r"\bstress(?:ed|ful)?\b|\banxi(?:ety|ous)\b|\bmental health\b"),
        ("sleep", r"\b(?:lack of|not enough|not getting enough|no|barely any|bad|poor|broken|little) "
                  r"sleep\b|\bway (?:to|i) sleep\b|\bsleep[- ]?"
                  r"depriv\w*|\bbarely sleep\w*|\bsleep(?:ing)? positions?\b|\bpositions? (?:to|for) "
                  r"sleep\w*|\bthe way i sleep\b|\bsleep(?:ing)? \(?on my (?:back|side|front|stomach)\b|"
                  r"\bposition to sleep\b"),
        ("flights and altitude", r"\bflights?\b|\bflying\b|\blong[- ]haul\b|\baltitude\b|"
                                 r"\bjet ?lag\b|\b(?:to|can i|should i|ok to|safe to) fly\b"),
        ("the cold", r"\bcold (?:weather|water|sea|climate|temperatures?|mornings?|days?)\b|"
                     r"\b(?:in|during) (?:the )?winter\b|\bwinter (?:runs?|running|months)\b|"
                     r"\bfreezing (?:cold|weather|water)\b|\bsea swim\w*|\bwild swim\w*|"
                     r"-\d+ ?(?:degrees|°|c\b)"),
        ("fasting", r"\bfasting\b|\bramadan\b|\bfast(?:ed)? (?:all day|for)\b"),
        ("iron and anaemia", r"\biron\b|\ban(?:a)?emi\w*|\bferritin\b"),
        ("losing weight", r"\blos(?:e|ing) weight\b|\bweight loss\b|\boverweight\b|\bobes\w*"),
        ("driving", r"\b(?:safe to|can i|should i|okay to|ok to|fine to) (?:keep |carry on |continue )?"
                    r"driv(?:e|ing)\b|\bclutch\b|"
                    r"\b(?:when|while) (?:i'?m |im |i am )?driving\b(?=[^?]*\bwhy\b)"),
        ("alcohol", r"\balcohol\b|\bbeers?\b|\bwine\b|\bhangover\w*|\bbooze\b"),
        ("creatine", r"\bcreatine\b"),
        ("oils, balms and rubs", r"\bessential oils?\b|\blavender\b|\bpeppermint oil\b|\btiger balm\b|"
                                 r"\bdeep heat\b|\bbiofreeze\b|\bbalms?\b|\bliniments?\b|\barnica\b|"
                                 r"\bcbd\b|\bmuscle rubs?\b|\bmagnesium (?:oil|spray|lotion|cream)s?\b"),
        ("a bike's fit", r"\bbike fit\w*|\bsaddle\b|\bcleats?\b|\bseat height\b"),
        ("restless legs", r"\brestless legs?\b|\brls\b"),
        ("shift work", r"\bnight ?shifts?\b|\bshift work\w*|\bworking nights\b|\bon nights\b"),
        # the act, not which sex gets more cramps (a group, which the scope reads)
        ("sex", r"\b(?:during|after|before|while|mid|from|having|have|had|in the middle of) "
                r"(?:having |the )?sex\b|\bsex (?:life|positions?)\b|\bintercourse\b|"
                r"\bmaking love\b"),
        ("diving and open water", r"\bscuba\b|\b(?:free|deep[- ]sea|sea|cave) ?diving\b|\bsnorkel\w*|"
                                  r"\bdiving (?:down|underwater)\b|\b\d+ ?m(?:etres|eters)? (?:down|"
                                  r"deep|underwater)\b|\bswim\w* in (?:the|a) (?:sea|ocean|lake|"
                                  r"river)\b|\bopen[- ]water\b"),
        ("getting older", r"\bas (?:you|we|i|u|people|one|they) (?:get|grow|gets|grows) older\b|"
                          r"\bthe older (?:you|we|i|u|one|people) (?:get|gets)\b|\bwith (?:age|ageing|"
                          r"aging|old age)\b|\bas (?:you|we|i|u|people|they) age\b|\bold age\b|"
                          r"\bbeing older\b|\bolder (?:people|adults|folks|runners|athletes|men|women|"
                          r"players|ones)\b|\b(?:the )?elderly\b"),
        ("vaccines", r"\b(?:(?:flu|covid|booster|tetanus|hpv|mmr)\s+(?:jabs?|shots?|vaccin\w*|boosters?)|"
                     r"jabs?|vaccin\w*|immunis\w*|immuniz\w*|booster (?:jab|shot|dose))\b"),
        ("giving blood", r"\b(?:giving|gave|give|donat\w*) (?:blood|plasma)\b|\bblood donations?\b|"
                         r"\bblood donors?\b"),
    ))

# What makes it a question about the cramps, not a remark in passing
_ABOUT_CRAMPS = re.compile(r"\b(?:cramp\w*|spasm\w*|hamstrings?|hamm(?:y|ies)|charley)\b")
_QUESTION = re.compile(r"\?|^(?:why|how|what|what'?s|whats|which|when|is|are|can|could|does|do|did|will|would|"
                       r"should|any|best|tips?)\b|\b(?:why|how come|is (?:that|it|this) a thing|is there|"
                       r"connected|coincidence|is it (?:the|my|from|because|down to|due to|safe|ok|okay|fine|alright)|"
                       r"could (?:it|that|this) be|caus(?:e|es|ed|ing)|"
                       r"related|linked|the reason|to blame|"
                       r"how (?:do|can|should|would|to) (?:i|you|we)|"
                       # "do those rubs actually do anything"
                       r"(?:do|does|did|can|could|will|would) (?:those|these|they|it|that|this|"
                       r"them)\b)\b")
# A question of technique: the subject is only where it happens
_TECHNIQUE = re.compile(
    r"\b(?:which|what|best|good|any) (?:stretch|stretches|stretching|exercises?|massage)\b|"
    r"\bhow (?:do|can|should|to) (?:i |you |we |[\w']+ [\w']+ )?(?:stretch|massage|ice|heat|rub)\b|"
    r"\b(?:ice|heat|cold pack|hot pack) or (?:heat|ice|cold|hot)\b|"
    # tips asked for at the end, the subject the story's setting: "cramped swimming in the
    # sea, floated on my back til it passed. tips?"
    r"\b(?:any )?tips\W*$")


def uncovered_subject(message: str) -> str | None:
    """The name of the subject the articles never mention that `message` asks about, or None."""
    text = normalise(message)
    if not (_ABOUT_CRAMPS.search(text) and _QUESTION.search(text)) or _TECHNIQUE.search(text):
        return None
    return next((name for name, pattern in UNCOVERED if pattern.search(text)), None)


def uncovered_words(message: str) -> set[str]:
    """The words of `message` that name subjects the articles never mention."""
    text = normalise(message)
    return {word for _, pattern in UNCOVERED for match in pattern.finditer(text)
            for word in words(match.group(0))}
