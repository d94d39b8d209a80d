"""The signs that need a clinician soon (see_doctor) and requests for doses (dosing).

See bot.safety.lexicon for the emergency and crisis signs and the shared building blocks.
"""

from __future__ import annotations

from bot.safety.lexicon import (CANT, CRAMP, DARK_URINE, LIMB, MED, SUBSTANCE, SWOLLEN, UNIT,
                                _r, near)

PAINFUL = r"(?:pain\w*|hurt\w*|ach\w+|sore\w*|cramp\w*|spasm\w*|tight\w*|weak\w*|tender\w*|" \
          r"numb\w*|tingl\w*|it)"
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|few|a couple (?:of )?|" \
       r"couple (?:of )?|many)"
DURATION = rf"(?:(?:[2-9]|\d{{2,}}|{_FEW}) days|(?:\d+|a|one|over a|more than a|{_FEW}) " \
           r"(?:weeks?|months?|years?)|(?:days|weeks|months) (?:now|on end)|since last " \
           r"(?:week|month)|ages)"
RECUR = r"(?:keeps? (?:on )?(?:coming back|happening|recurring|returning)|(?:keep|kept) " \
        r"(?:on )?(?:getting|having) (?:them|cramps|it|these)|coming back (?:again|all the time)|" \
        r"every (?:single )?(?:day|night|morning|evening|week)|(?:several|multiple|many|a few|" \
        r"few|two|three|\d+) times (?:a|per|every) (?:day|week|night)|(?:most|many) (?:days|" \
        r"nights|mornings)|all the time|constantly|non-?stop|daily|nightly|frequent\w*|" \
        r"recurr\w*|again and again|every other (?:day|night)|more and more often)"
NIGHT = r"(?:at night|every night|nightly|in (?:my )?bed|in (?:my|the) (?:middle of the )?night|" \
        r"middle of the night|during the night|overnight|in my sleep|while (?:i'?m |i am )?" \
        r"(?:asleep|sleeping)|wakes? me(?: up)?|woke me(?: up)?|waking me(?: up)?|" \
        r"wake (?:up )?with|woke (?:up )?(?:\w+ )?with|\d+ ?am\b|nocturnal|" \
        r"when i'?m (?:asleep|sleeping)|at rest|(?:while|when) (?:i'?m|i am|i) (?:just |even |" \
        r"only )?(?:resting|sitting|lying|watching|relaxing)|just lying|(?:i'?m|i am|i|me) " \
        r"(?:just )?sitting (?:at (?:my|a|the) desk|on the (?:couch|sofa)|still|around)|" \
        r"(?:nothing|not|unrelated) (?:\w+ ){0,2}" \
        r"(?:to do with|related to|linked to) (?:exercise|sport|running|training|activity|" \
        r"working out)|(?:don'?t|do not|never|doesn'?t|didn'?t) (?:even )?(?:exercise|work out|" \
        r"train|run|do (?:any )?sports?)|without (?:any )?(?:exercise|exercising|activity|" \
        r"training)|" \
        r"not (?:even )?exercising|haven'?t (?:been )?(?:exercising|training|running))"
CHILD_AGE = r"(?:[0-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
            r"thirteen|fourteen|fifteen|sixteen|seventeen)"

SEE_DOCTOR = (  # most specific and most urgent first: the first sign found leads the reply
    _r("see_doctor", "clot_signs", near(LIMB, SWOLLEN, 4),
       r"red|redness|hot|warm|warmth|tender\w*|hard|firm|painful|throbbing|one side|one leg|only "
       r"one|just one|left|right|flight|flying|drive|travel\w*|surgery|operation|bigger than|"
       r"won'?t go down|shiny|veins?"),
    _r("see_doctor", "clot_signs", near(LIMB, r"(?:red|redness|reddened|hot|warm)", 5),
       r"tender\w*|painful|hard|firm|throbbing|one side|one leg|only one|swollen|swelling"),
    _r("see_doctor", "clot_signs",
       near(r"(?:lump|bump|mass|cyst|bulge|knot|swelling)", r"(?:behind (?:my |the )?knee|calf|"
            r"calves|thigh|leg)", 4),
       r"hot|warm|red|hard|painful|tender|growing|swollen|throbbing"),
    _r("see_doctor", "skin_colour",
       near(r"(?:skin|leg|calf|thigh|foot|feet|toes?|ankle)", r"(?:blotch\w*|purpl\w*|mottled|"
            r"discolou?r\w*|marbled|red streaks?|streaky)", 5)),
    _r("see_doctor", "infection", r"fever\w*|temperature|chills|shivering",
       near(LIMB, r"(?:red|swollen|hot|warm|pus|wound|cut|infect\w*)", 4)),
    _r("see_doctor", "dark_urine", DARK_URINE),
    _r("see_doctor", "bladder",
       r"(?:wet|peed|pissed|soiled) (?:myself|the bed)|incontinen\w*|" + CANT +
       r" (?:control|hold) (?:my )?(?:bladder|bowels?|pee|urine)"),
    _r("see_doctor", "palpitations",
       near(r"(?:heart|pulse|heartbeat)", r"(?:flutter\w*|skipp\w*|irregular|erratic|all over "
            r"the place|missing beats)", 3) + r"|palpitations|" +
       near(r"(?:heart|pulse|heartbeat)", r"(?:pound\w*|rac\w*|thump\w*|hammer\w*)", 3) +
       r"(?= (?:\w+ ){0,3}(?:at rest|for no reason|out of nowhere|while (?:i'?m )?(?:resting|"
       r"sitting|lying)|won'?t (?:slow|settle)))"),
    _r("see_doctor", "tear",
       r"(?:heard|felt|there was|something|went|a) (?:\w+ ){0,3}(?:pop|popping|snap|snapping|"
       r"rip|ripping|tearing)(?: sound| noise| feeling)?|(?:popped|snapped|ripped)|"
       r"(?:tear|rupture) in (?:my|the) (?:\w+ )?(?:hamstring|muscle|thigh|calf)|"
       r"(?:i have|i'?ve got|there'?s|there is|got|big|huge|massive|a) (?:a )?(?:\w+ )?bruis\w*|"
       r"bruised|bruising|black and blue|(?:dent|gap|divot|hollow|dip|lump|bulge|ball) in (?:the|"
       r"my) (?:\w+ )?(?:muscle|hamstring|thigh|back of)|" + CANT + r" (?:put|bear|take) (?:any |"
       r"much )?weight|(?:" + CANT + r"|(?:can )?(?:barely|hardly)) (?:fully |properly )?(?:walk|"
       r"bend|straighten|weight-?bear|stand (?:up|on)|put weight)(?! (?:\w+ ){0,3}(?:when|while|"
       r"during|until|till) (?:it|the|a|my|i)\b)"),
    _r("see_doctor", "tear",
       r"(?:i )?(?:think |might have |may have |could have |must have |probably |have |'ve )?"
       r"(?:tore|torn|ruptured) (?:my|a|the) (?:\w+ )?(?:hamstring|muscle|tendon|calf|quad|"
       r"thigh|ligament)",
       unless=r"what (?:if|happens if|would happen if) (?:i|you|someone) (?:\w+ )?(?:tore|tear)"),
    _r("see_doctor", "weakness",
       r"(?:feel\w*|felt|gone|going|goes|went|getting|become|becoming|still|suddenly|so|really|"
       r"very|too) weak\b(?! (?:\w+ ){0,2}(?:when|while|during|as) (?:the |a |my |it )?(?:cramp|"
       r"spasm|seiz))|weakness (?:in|of) (?:my|the|his|her)|(?:lost|losing|no) (?:my |any )?"
       r"strength"),
    _r("see_doctor", "nerve",
       r"numb(?:ness|nes)?|tingl\w*|pins and needles|prickl\w*|" + CANT + r" feel (?:my|the)|"
       r"(?:lost|loss of|no) (?:the |all )?(?:feeling|sensation)|electric (?:shocks?|jolts?)|"
       + near(r"(?:shoot\w*|radiat\w*|travel\w*|runs?|running)", r"(?:down (?:my|the|his|her) "
              r"(?:leg|legs|thigh|calf)|into (?:my|the) (?:foot|feet|calf|toes)|from (?:my|the) "
              r"(?:lower )?(?:back|buttock|bum|spine))", 4) +
       r"|sciatica|burning sensation|foot drop|drop foot|foot (?:\w+ )?"
       r"(?:slaps|slapping|drags|dragging|flops)|keep (?:tripping|stumbling)|"
       r"(?:gives?|giving|gave) way|buckl\w*|reflexes"),
    _r("see_doctor", "pregnancy",
       r"pregnan\w*|expecting (?:a baby|twins|triplets|a child|our|my first|a boy|a girl|a "
       r"little)|(?:\d+|twenty|thirty) weeks (?:along|gone)|trimester|(?:my|the) (?:baby )?bump|"
       r"breast ?feeding|post-?partum|gave birth|just had (?:a|my) baby|morning sickness|midwife"),
    _r("see_doctor", "child",
       r"my " + CHILD_AGE + r"[- ]?(?:years?|yrs?|y)[- ]?olds?|\b" + CHILD_AGE +
       r"[- ]?(?:years?|yrs?)[- ]?old (?:son|daughter|boy|girl|kid|child)|my (?:little |teenage |"
       r"young |)(?:son|daughter|kids?|child|children|toddler|baby|little one|boy|girl|teen|"
       r"teenager|grandson|granddaughter|stepson|stepdaughter)|(?:i'?m|i am) " + CHILD_AGE +
       r"\b(?! ?(?:km|k|miles?|mins?|minutes?|weeks?|kg|lbs?|stone|%|hours?|days?|months?|"
       r"sets?|reps?|times?))|(?:i'?m|i am) (?:a )?(?:kid|child|teen|teenager|minor)|"
       r"(?:in|at) (?:primary|elementary|middle|junior high|high) school",
       CRAMP + r"|pain\w*|hurt\w*|ach\w+|sore\w*|injur\w*|numb\w*|tingl\w*|weak\w*|swell\w*|"
       r"swollen|limp\w*|symptoms?"),
    _r("see_doctor", "medicine",
       r"(?:started|starting|start|began|begun|since|after|on|taking|take|took|put (?:me )?on|"
       r"switched|changed|increased|raised|my|new) (?:\w+ ){0,4}" + MED,
       CRAMP + r"|legs? (?:ache|aches|hurt)"),
    _r("see_doctor", "condition",
       r"(?:i have|i've got|i'?m|my|with|diagnosed with) (?:\w+ ){0,2}(?:diabet\w*|kidney "
       r"(?:disease|failure|problems?)|dialysis|liver (?:disease|problems?)|cirrhosis|"
       r"(?:under|over)active thyroid|hypothyroid\w*|thyroid (?:problems?|disease)|multiple "
       r"sclerosis|parkinson\w*|peripheral (?:artery|arterial|vascular) disease|neuropathy|"
       r"motor neurone disease|heart failure|cancer)", CRAMP),
    _r("see_doctor", "persistent_pain",
       PAINFUL + r" (?:\w+ ){0,5}(?:lasted|lasting|persist\w*|gone on|continu\w*|been (?:there|"
       r"going on|around|hurting|sore|aching)|still|not (?:gone|eased|improved)|hasn'?t (?:gone|"
       r"eased|improved|stopped|settled)|haven'?t (?:gone|eased|improved|stopped)|for|over) "
       r"(?:\w+ ){0,3}" + DURATION + r"|" + DURATION + r" later (?:\w+ ){0,4}(?:still|it'?s still|"
       r"and still)|(?:continues? to|keeps?) (?:hurt\w*|ache|aching|be sore|be painful|"
       r"feel\w* weak)|(?:won'?t|doesn'?t|isn'?t|not|never) (?:go(?:ing)? away|ease|easing|settle|"
       r"let up|improv\w*|get(?:ting)? better)|(?:lasts?|lasted|lasting) (?:for )?(?:\w+ )?"
       r"(?:hours|hour)"),
    _r("see_doctor", "recurring", near(CRAMP, RECUR, 6),
       r"i|i'm|im|i've|ive|me|my|mine"),
    _r("see_doctor", "night_or_rest", near(CRAMP, NIGHT, 10)),
    _r("see_doctor", "claudication",
       near(PAINFUL, r"(?:when|while) (?:i )?walk\w*", 4),
       r"(?:goes away|stops|eases|settles) (?:\w+ ){0,2}(?:when|with|after|if) (?:i )?(?:rest|"
       r"stop)"),
)

DOSING = (
    _r("dosing", "dose", near(SUBSTANCE, r"(?:together|at the same time|alongside|combin\w*|"
                                          r"mix\w*|with my)", 4),
       r"(?:can|could|should|may) i|is it (?:ok|okay|safe|fine|alright)|safe to"),
    _r("dosing", "dose",
       r"how (?:much|many|mutch) (?:\w+ ){0,3}" + UNIT + r"|\d+(?:[.,]\d+)? ?(?:mg|mcg|µg|ug|g|"
       r"iu|ml|milligrams?|micrograms?|grams?)\b|dosage|dosing|(?:what|what'?s|whats|which|the|"
       r"right|correct|safe|max\w*|recommended|usual|typical|exact|proper|ideal|daily|starting|"
       r"normal|good|best|a) (?:\w+ ){0,2}(?:dose|doses|amount(?! of (?:time|reps|sets|water|"
       r"stretch\w*|rest|sleep|exercise|training|pressure))) (?:of|for|to|should|do|is|would|"
       r"i|per|a)|how (?:much|many) of (?:each|them|these|those|it|that|both)\b|"
       r"double[- ]?(?:up|dose|dosing)|(?:take|have|use) (?:\w+ ){0,2}more than (?:the|it|"
       r"what|recommended)|(?:most|max\w*) (?:\w+ ){0,2}(?:i|you|one|someone) (?:can|could|should) "
       r"(?:safely )?(?:take|have)|how often (?:\w+ ){0,2}(?:take|have|use) (?:\w+ ){0,2}" +
       SUBSTANCE + r"|how (?:much|many) (?:of )?(?:them|these|those|that|it) (?:\w+ )?(?:should|"
       r"can|do|to|per|a) (?:i )?(?:take|have)|(?:can|could) (?:you|i|one) (?:\w+ )?overdose on"),
    _r("dosing", "dose", r"how (?:much|many|mutch) (?:\w+ ){0,4}" + SUBSTANCE,
       r"take|taking|have|give|use|drink|add|need|safe|ok|okay|too much|enough|per day|a day|"
       r"daily|should|can|is (?:a )?(?:good|safe|right|normal)|recommend\w*|max\w*|limit|would "
       r"you|do you|amount|dose|per|every"),
    _r("dosing", "dose",
       r"(?:can|could|should|shall|may) i (?:take|have|use|give|double) (?:\w+ ){0,2}(?:two|three|"
       r"four|\d+|double|extra|another|more|an extra|a second|a double|twice)|is it (?:ok|okay|"
       r"safe|fine|alright) (?:for me )?to (?:take|have) (?:two|three|four|\d+|double|extra|more|"
       r"another)"),
    _r("dosing", "prescription",
       r"prescri\w+ (?:me|a|something|anything|for|medication|medicine|drugs?|pills?|some)|"
       r"(?:write|give|get) (?:me )?(?:a )?prescription|prescription for|(?:what|which) "
       r"(?:\w+ )?(?:medicine|medication|drug|pill|painkiller|pain killer|tablet|muscle relaxant|"
       r"supplement)s? (?:should|can|could|would|do|to) (?:i |you )?(?:take|use|get|recommend|"
       r"buy)"),
)

# How a user pushes for a number after a dosing reply ("just give me a rough number").
NUMBER_PUSH = (
    r"(?:rough|ballpark|approximate|exact|general|typical|just a|give me a|tell me a|what'?s a) "
    r"(?:\w+ )?(?:number|figure|amount|estimate|guess|range|dose)|roughly how (?:much|many)|"
    r"how (?:much|many) (?:then|roughly|approximately|per day|a day)|just (?:tell|give) me|"
    r"ballpark|(?:at least|even) (?:a|an) (?:rough|range|idea|ballpark)|(?:per|a) day\?*$|"
    r"how many (?:\w+ )?(?:mg|grams?|tablets?|pills?|capsules?)")
