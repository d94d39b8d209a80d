"""Thoughts of suicide or self-harm, in every form a screener asks about."""

from __future__ import annotations

from bot.safety.lexicon.words import CANT, DIE, Rule, SELF, rule

CRISIS: tuple[Rule, ...] = (
    rule("crisis", "suicide",
       r"suicid\w*|sucid\w*|unaliv\w*|(?:kill\w*|end|ending) " + SELF + r"|(?:want to|wanna|"
       r"gonna|going to|just|might|should|i'?ll|will|to) (?:kms|kys)|(?:end|ending|take|taking|"
       r"took) (?:my|his|her|their) (?:own )?life|(?:end|ending) (?:it all|things|everything)|"
       r"(?:want|wanna|going|gonna|plan\w*|ready|decided|about|think\w*|thought\w*|feel like) "
       r"(?:\w+ ){0,3}(?:to )?end(?:ing)? it\b(?! (?:with|early|there|here))|"
       r"(?:pills?|tablets?|meds|medication|overdose|rope|gun|jump\w*|bridge) (?:\w+ ){0,4}"
       r"(?:to|and) end (?:it|things|my life|everything)\b|to end it all|"
       r"quiero morir\w*|no quiero vivir|matarme|quitarme la vida|me quiero matar|je veux mourir|"
       r"me suicider|en finir|me tuer|ich will sterben|mich umbringen|nicht mehr leben|"
       r"quero morrer|me matar"),
    rule("crisis", "suicide",  # a wish to be dead or not to exist, said plainly or passively
       r"(?:want|wanna|wish|wishing|plan\w*|ready|deserve|rather|prefer|wants|wanted) "
       r"(?:\w+ ){0,3}(?:to )?" + DIE + r"|(?:think\w*|thought\w*) (?:about|of) (?:dying|death|"
       r"being dead|not being here)|(?:done|finished) with (?:life|living|being alive|existing|it "
       r"all)|wish (?:i|he|she) (?:was|were|wasn'?t|weren'?t|"
       r"had never|hadn'?t|never) (?:\w+ )?(?:dead|alive|here|born|existed|around)|"
       r"(?:rather|better off) (?:be )?(?:dead|die|gone)|better off without me|better off "
       r"(?:\w+ ){0,3}if i (?:was|were|wasn'?t|weren'?t) (?:\w+ )?(?:dead|gone|around|here|alive)|"
       r"(?:disappear|vanish) (?:and never come back|for good|forever|permanently)|"
       r"(?:everything|life|it all|my life) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|"
       r"hopeless)|nothing matters any ?more|"
       r"(?:don'?t|do not|no longer|not) (?:\w+ )?want to (?:live|be alive|exist|be here|wake up|"
       r"go on|carry on|be around|keep going)|(?:not sure|don'?t know (?:if|whether)) (?:if |"
       r"whether )?i (?:want to|can) (?:live|go on|keep going|carry on)|"
       r"no (?:reason|point) (?:to|in) (?:live|living|go on|going on|keep going|keeping going|"
       r"carry on|carrying on|be alive|being alive|exist\w*|stay\w*|anything|life)|"
       r"(?:don'?t|do not|can'?t|cannot) see (?:the|any) point(?! (?:of|in) (?:stretch\w*|"
       r"running|exercis\w*|ice|heat|massag\w*|warm\w*|doing that|that))|what'?s the point "
       r"(?:of|in) (?:living|life|going on|anything|it all|being here|existing)|(?:not|isn'?t|"
       r"no longer) worth living|life(?:'s| is| feels)? (?:pointless|meaningless|not worth|"
       r"no longer worth|isn'?t worth)|"
       + CANT + r" go on(?: like this| anymore| any more| living)|" + CANT + r" (?:do|take) "
       r"(?:this|it|life) any ?more|tired of (?:living|life|being alive|existing)|"
       r"(?:sleep|go to sleep|fall asleep) and (?:never|not) wake|(?:to|and) (?:never|not) wake "
       r"up|never wake up again|(?:nobody|no one|noone|no-one) (?:would|will|'d) (?:even )?"
       r"(?:notice|care|miss)|would (?:anyone|anybody) (?:even )?(?:miss|notice|care)|"
       r"disappear\w* (?:for good|forever|permanently)|(?:i'?m|i am|feel like) (?:such )?a "
       r"burden|burden (?:to|on|for) (?:everyone|everybody|my family|others|people|them)"),
    rule("crisis", "suicide", r"(?:want|wish|need)\w* (?:it|everything|this|the pain|life|it all) "
       r"(?:all )?to (?:stop|end|be over)", r"permanent\w*|forever|for good|for ever"),
    rule("crisis", "suicide",  # a plan, a means or a farewell, often with no "suicide" word
       r"(?:giving|gave|give) (?:away )?(?:all )?(?:my|of my) (?:things|stuff|belongings|"
       r"possessions|pets)|saying (?:my )?goodbyes?(?: to)? (?:everyone|people|my family|friends)|"
       r"goodbye (?:everyone|world|forever|cruel world|letters?|notes?|messages?)|"
       r"(?:my )?(?:last|final) (?:message|goodbye)|"
       r"(?:suicide|goodbye) note|(?:ways?|how|methods?) to (?:die|kill " + SELF + r"|end (?:it|"
       r"my life)|commit)|painless (?:way|ways|death|method)|(?:lethal|fatal) (?:dose|amount)|"
       r"(?:thinking|think|thought|going|want|wanna|plan\w*|considering|tempted|urge) (?:\w+ )"
       r"{0,2}overdos\w*|how many (?:\w+ ){0,5}(?:to|would|will) (?:\w+ ){0,2}(?:die|kill me|"
       r"not wake|never wake|be fatal|be lethal)|jump\w* (?:off|from|in front of) (?:a|the|my|"
       r"this) (?:\w+ )?(?:bridge|building|roof|cliff|balcony|tower|ledge|overpass|train|bus|"
       r"window)|(?:step|walk|throw myself) in front of|hang\w* " + SELF + r"|noose|"
       r"(?:slit|slash|slice)\w* (?:my|his|her) (?:wrists?|throat)|cut\w* (?:my|his|her) "
       r"(?:wrists?|throat)|shoot " + SELF + r"|gun to my head|drown " + SELF + r"|"
       r"(?:pills|tablets|meds) (?:\w+ )?(?:saved|stockpiled|hoarded|stashed)|(?:swallow|"
       r"swallowing|take|taking|imagin\w+ (?:swallowing|taking)) (?:all|every) (?:\w+ ){0,2}"
       r"(?:pills?|tablets?|meds|medication)|"
       r"(?:saved|saving|stockpil\w*|hoard\w*|stash\w*) (?:up )?(?:\w+ )?(?:pills|tablets|meds)|"
       r"danger to " + SELF + r"|(?:not|don'?t feel) safe (?:with|around) " + SELF + r"|"
       + CANT + r" keep " + SELF + r" safe"),
    rule("crisis", "self_harm",
       r"self[ -]?(?:harm\w*|harn\w*|injur\w*|mutilat\w*|destruct\w*|hurt\w*|cut\w*)|"
       r"(?:want|wanna|going|gonna|urges?|tempted|feel like|thinking (?:of|about)|think about|"
       r"thoughts of|need|plan\w*|tried|trying|try|keep|wants|wanted) (?:\w+ )?(?:to )?"
       r"(?:hurt|harm|cut|burn|punish|injure|starve|hit|punch)(?:ing)? " + SELF + r"|"
       r"(?:harming|cutting|burning|punishing|starving|mutilating) (?:myself|my self)|"
       r"cutting (?:my|his|her) (?:arms?|wrists?|thighs?|legs?|skin|stomach|body)|"
       r"burn\w* " + SELF + r" with|(?:hurt|harm|cut|burn|hit|punch)\w* " + SELF +
       r" (?:on purpose|deliberately|intentionally)|"
       r"(?:scratch|pick|claw|dig|cut|bite|bit|hit|punch)\w* (?:at )?(?:my|myself|his|her)"
       r"(?: \w+){0,3} (?:until|till|til|so) (?:it|they|i|the skin) (?:bleed\w*|bled|scar\w*)"),
)

