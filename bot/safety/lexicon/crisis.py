"""Thoughts of suicide or self-harm, in every form a screener asks about."""

from __future__ import annotations

import re

from bot.safety.lexicon.words import (CANT, DIE, MED, NOT_A_COMPARISON, OD_ON_A_DRUG, PERSON, Rule,
                                     SELF, SUBSTANCE, near, rule)

# All of one's tablets taken at once as a routine, or supplements: no method
_A_MEDICINE_ROUTINE = (r"supplements?|vitamins?|electrolyte|magnesium|save time|with (?:breakfast|"
                       r"lunch|dinner|food|a meal|meals)|in the morning|every (?:day|morning)|each "
                       r"(?:day|morning)|routine|convenien\w*")
# "cutting" in the gym is a diet: "cutting weight", "cutting carbs", "cutting for a show"
_NOT_A_DIET = r"(?! (?:[\w']+ )?(?:weight|carbs?|calories|fat|back|down|out|sugar|for|phase|" \
              r"season|diet|cycle|hair|grass|the|wood|it|them|training|mileage))"

# "starving myself of carbs" is a diet too
_NOT_A_DIET_OF = r"(?! of (?:carbs?|sugar|calories|sweets|salt|junk))"

# Not waking as a wish, not as waking with something: "hope i don't wake up with cramps again"
_NOT_WOKEN_BY = r"(?! (?:up )?(?:with|to|in|because|from|at|again|early|during|tonight|screaming)\b)"

# "Suicides" as a running drill (or "Suicide Squad", the film, and a car's "suicide doors"):
# what follows the word, or the verbs run before it. The rule
# below does not read it as a crisis, and triage's learned layers, which read "suicides" in
# any sense, are told so (HARMLESS_READINGS, bot.safety.triage)
_DRILL_AFTER = (r"(?:sprints?|drills?|runs?|shuttles?|squeeze|squad|doors?|(?:at|in|during|after) (?:[\w']+ )?"
                r"(?:practice|training|session|drills|pe|gym|basketball|football|netball|hockey|"
                r"rugby|soccer))")
SUICIDE_DRILL = re.compile(r"\bsuicid\w* " + _DRILL_AFTER +
                           r"|\b(?:did|doing|ran|run|running|do|made us (?:do|run)) suicides\b")

# How one gets hurt by accident: "cut myself shaving", "cut my leg on a rock"
_ACCIDENT = (r"shaving|cooking|kitchen|accident\w*|by mistake|tripped|fell|slipped|"
             r"(?:myself|it|leg|arm|hand|thigh|knee|shin|finger|foot|skin) on (?:the|a|some)\b|"
             r"while|gardening|playing|running|training|gym|stove|oven|iron|pan|kettle|paper|rock")

# A death in a game, which is no death: "best way to die in elden ring" (round 26)
_NOT_IN_A_GAME = (r"(?! in (?:[\w']+ ){0,2}(?:ring|souls|craft|game|games|mode|level|raid|dungeon|"
                  r"fortnite|minecraft|roblox|gta|sims|zelda|hardcore)\b)")

# An absence told as a trip or a move: "i won't be here next week, on holiday" (round 28)
_AWAY = (r"holiday|trip|travel\w*|moving|move|moved|abroad|away|flying|fly|visiting|relocat\w*|"
         r"emigrat\w*|deploy\w*|posted|new job|skiing|cruise|festival|camping")

# Means set out at hand: "pills lined up in front of me"
_AT_HAND = r"(?:in front of me|next to me|beside me|in my hand|lined up|counted out)"

# A height looked up for a climb, a race, a visit or a job of work: no fall in mind (round 28)
_HEIGHT_VISITED = (r"\b(?:race|climb\w*|charity|walk|hike|view|visit\w*|tour|photo\w*|survey\w*|"
                   r"homework|project|essay|installing|scaffold\w*|abseil\w*)\b")

# Notes of every day, which no goodbye is: "a sick note", "a thank-you note"
_ORDINARY_NOTE = (r"(?:doctor'?s|sick|school|thank[- ]?you|shopping|sticky|post-?it|love|fit|gp) "
                  r"notes?")

# Signs of self-harm in someone else, found: cuts, marks or a blade
_FOUND_MARKS = (r"(?:found|find|noticed|notice|saw|seen|spotted|discovered|finding) (?:[\w']+ ){0,4}"
                r"(?:cuts|cut marks|scratches|burns|scars|blades?|razor ?blades?|razors?|bloody "
                r"tissues|fresh marks)")

# Death and killing as figures of speech, which triage's learned layers read as the words:
# a thing that "will be the death of me", a pizza one "could murder", a leg one would "chop
# off", a fright that "scared me to death", a fear now past ("thought i was going to die"),
# a beach to "disappear to" for a month. Beside one of these, the rules alone may raise a
# crisis (HARMLESS_READINGS, bot.safety.lexicon): a crisis said in plain words still is.
HYPERBOLE = re.compile(
    r"\b(?:will|'ll|gonna|going to|is going to|are going to|would|'d) (?:honestly |literally |"
    r"actually )?be the death of (?:me|him|her|us)\b|\bcould (?:murder|kill) (?:a|an|some|for a) "
    r"(?:pizza|curry|burger|pint|beer|drink|coffee|tea|kebab|sandwich|takeaway|chippy)\b|"
    r"\b(?:want to|wanna|gonna|going to|could|i'?ll|i will|i'?m going to|im going to) (?:kill|"
    r"murder|strangle) (?:whoever|my (?:coach|pe teacher|teacher|trainer|pt|brother|sister|mate|"
    r"boss|husband|wife|partner|kids?)|the (?:guy|person|coach|trainer|man|woman))\b|"
    r"\b(?:chop|cut|saw|rip) (?:my|the) (?:own )?(?:leg|legs|hamstrings?|thighs?) off\b|"
    r"\bthought i was (?:going to|gonna|about to) die\b|\bscared (?:me|him|her) (?:half )?to "
    r"death\b|\bbored to death\b|\bdying (?:to|for) (?:know|try|get|see|go|hear|a)\b|"
    r"\bdisappear (?:to|for|on) (?:a|the) (?:beach|holiday|vacation|week|month|weekend|island|trip|"
    r"few days|cabin)\b|\b(?:legs?|hamstrings?|hammies|calves|thighs?|muscles?|quads|glutes|feet|"
    r"knees) (?:want|wants|wanna|wanted) to die\b|"
    # giving up a sport ("feel like quitting running"), round 23
    r"\b(?:give up|giving up|quit|quitting) (?:on )?(?:running|the gym|gym|football|training|sports?|"
    r"exercise|the team|cycling|netball|rugby|tennis|badminton|dancing|hockey|swimming)\b|"
    # a thing not good enough ("stretching ain't cutting it"), and blood given at a donor
    # session, round 25
    r"\b(?:\w+n'?t|not|never|no longer) (?:really |quite |exactly |"
    r"even )?cutting it\b|\bcutting it (?:close|fine)\b|\b(?:gave|give|giving|given|donat\w*) "
    r"(?:some |a pint of |my )?blood\b(?! (?:to|for) (?:end|die|kill))|\bblood donat\w*|"
    # worn out ("cramps every night, i'm shattered"), and hair or nails cut at home
    r"\b(?:i'?m|im|i am|feel|feeling|felt|totally|absolutely|completely|utterly) (?:so |just |"
    r"absolutely |completely |totally |utterly )?(?:shattered|knackered|exhausted|wiped out)\b|"
    r"\bcut\w* (?:my |his |her |their |your )?(?:own )?(?:hair|fringe|bangs|nails|toenails|"
    r"fingernails|beard)\b|"
    # a daily round of tablets ("i take all my tablets in the morning"), and not wanting to
    # bother a doctor with a symptom, which is reticence, not a burden felt (round 26)
    r"\bi (?:take|have) all (?:of )?my (?:[\w']+ )?(?:tablets|pills|meds|medication) (?:[\w']+ ){0,2}"
    r"(?:in the morning|at breakfast|with (?:breakfast|food|meals?)|every (?:day|morning|evening)|"
    r"each (?:day|morning))\b|"
    r"\b(?:don'?t|do not|didn'?t) want to (?:bother|trouble|pester|waste the time of) (?:anyone|anybody|"
    r"the (?:gp|doctor|doctors|nurse|nurses|surgery|hospital)|my (?:gp|doctor)|them|you)\b|"
    # "a martyr to my cramps" suffers them; down on the floor and "not getting up again" is a
    # stiff back's joke (round 26)
    r"\bmartyrs? to (?:them|it|cramps?|(?:my|her|his|their|the) \w+)\b|\b(?:down there|on the "
    r"floor|get down|down on (?:the|my) \w+)\b[^.?!]{0,40}\b(?:not|never) (?:getting|get|be getting) "
    r"(?:back )?up again\b|"
    # a fright now past, a plan to sulk on the sofa, and being fed up with the cramps themselves
    # ("so done with these cramps"), round 28
    r"\bthought i was (?:dying|a goner|done for)\b|\b(?:nearly|almost|practically|about to|"
    r"literally) (?:gave|give|given) me a heart attack\b|\bthrow (?:myself|meself) (?:on|onto|into) "
    r"(?:the |my )?(?:sofa|couch|bed|settee|floor|beanbag)\b|\b(?:so |just |absolutely |totally |"
    r"completely |sick and )?(?:done|fed up|sick|tired) (?:with|of) (?:these |the |my |this |all "
    r"these |all the )?(?:night |nightly |leg |hamstring |stupid |bloody |damn |constant )?"
    r"cramp(?:s|ing)?\b")

# Words asked for, not said of oneself: a song's lyrics or chords, a phrase to translate. The
# networks read "lyrics to eye of the tiger" and "translate 'where is the train station'" as a
# crisis (round 26); what the rules read in the words asked for still counts.
CONTENT_ASKED = re.compile(
    r"^\W*(?:(?:can you |could you |pls |please )?(?:give me |tell me |show me |find )?(?:the |some )?"
    r"(?:lyrics|words|chords|tabs?) (?:to|for|of)\b|what are the (?:lyrics|words|chords) (?:to|for|of)\b|"
    r"(?:easy |simple )?(?:guitar |piano |ukulele |uke )?(?:chords|tabs) (?:to|for)\b|(?:can you |could "
    r"you |pls |please )?translate\b|how (?:do|would) (?:you|i) say\b|what(?:'?s| is) [\w' ]{1,40} in "
    r"(?:french|spanish|german|italian|portuguese|polish|dutch|turkish|arabic|hindi|japanese|chinese)\b)"
    # life and death as a subject of study: "the meaning of life, for my philosophy essay" (round 28)
    r"|\b(?:meaning of life|afterlife|what happens (?:when|after) (?:we|you) die)\b.{0,80}?"
    r"\b(?:essay|assignment|philosoph\w*|seminar|lecture|dissertation|homework|debate|class)\b|"
    r"\b(?:essay|assignment|philosoph\w*|seminar|lecture|dissertation|homework|debate)\b.{0,80}?"
    r"\b(?:meaning of life|afterlife|what happens (?:when|after) (?:we|you) die)\b")

# Dying said softly, as people put it when they mean it: "slip away", "fade away", "go quietly"
_DIE_SOFT = (r"(?:die|dying|be dead|being dead|slip away|fade away|drift (?:off|away) (?:for "
             r"good|forever|and (?:never|not))|go quietly|(?:be|being) gone(?: for good| forever)?|"
             r"not wake up|never wake up|end it|not be here)\b(?! (?:happy|laughing|of|from|with|early|to|for|into|before))")
# "slip away early from the party" is an outing, not a death
_NOT_AN_OUTING = r"(?! (?:from|early|to|for|at|into|before|after|during|with|while|unnoticed|and (?:stretch|do|get|go)))"
# What follows a plan's details when it is one's own death: the end of the sentence, or "I'll
# do it"; not an event ("where and when the parkrun starts", "the time and place for the session")
_PLAN_ENDS = (r"(?=\s*(?:now|already|too|then|all)?\s*(?:[.,;!?]|$|(?:i'?m|i am|i'?ll|i will|"
              r"i'?d|he'?s|he'?ll|she'?s|she'?ll|they'?re|they'?ll|to (?:do|end)|for (?:me|him|her) "
              r"to (?:do|end)|so) ))")

CRISIS: tuple[Rule, ...] = (
    rule("crisis", "suicide",
       r"suicid\w*(?! " + _DRILL_AFTER + r")(?<!did suicides)(?<!do suicides)"
       r"(?<!doing suicides)(?<!ran suicides)(?<!run suicides)|sucid\w*|unaliv\w*|"
       r"(?:kill\w*|end|ending) " + SELF + r"|top(?:ping|ped|s)? " + SELF + r"(?! (?:up|off))|(?:want to|wanna|"
       r"gonna|going to|just|might|should|i'?ll|will|to) (?:kms|kys)|^\W*kms\W*$|(?:i'?ll |gonna |ima )?kms if\b|kms (?:fr|for real|"
       r"tonight|rn|today|now|soon|ngl|tbh|honestly|istg|frfr)\b|(?:end|ending|take|taking|"
       r"took|finish|finishing|stop|terminate) (?:with )?(?:my|his|her|their) (?:own )?life|(?:end|ending) (?:it all|things|everything)|"
       r"(?:wants?|wanted|wanting|wanna|going|gonna|plan\w*|ready|decided|about|think\w*|thought\w*|feel like) "
       r"(?:[\w']+ ){0,3}(?:to )?end(?:ing)? it\b(?! (?:with|early|there|here))|"
       r"(?:pills?|tablets?|meds|medication|overdose|rope|gun|jump\w*|bridge|" + SUBSTANCE[3:-1] +
       r") (?:[\w']+ ){0,4}(?:to|and) end (?:it|things|my life|everything)\b|to end it all|"
       r"quiero morir\w*|no quiero vivir|matarme|quitarme la vida|me quiero matar|je veux mourir|"
       r"me suicider|en finir|me tuer|ich will sterben|mich umbringen|nicht mehr leben|"
       r"quero morrer|me matar|sewer ?slid\w*|self[- ]?delet\w*|(?:done|finished) with everything\b(?! (?:on|for|in|at|else|"
       r"today|now|i|we))|(?:might|may|probably|will|won'?t) (?:not )?be (?:here|around|alive) "
       r"(?:tomorrow|tonight|next week|much longer|for long|by (?:the )?(?:morning|tomorrow|then))"
       # an absence said to be a trip: "i won't be here next week, on holiday" (round 28)
       r"(?![^.?!]{0,40}\b(?:" + _AWAY + r"|work\w*|shift|off to)\b)|"
       r"last time (?:you'?ll|you will|anyone will|anyone'?ll|you) (?:ever )?hear from me|"
       r"(?:don'?t|do not|doesn'?t|does not) care (?:if|whether) (?:i|he|she) (?:live|lives|die|"
       r"dies|wake|wakes)|hate (?:being alive|living|existing|being here)|"
       + CANT + r" (?:keep|go on|carry on) (?:living|existing)|(?:easier|better) (?:[\w']+ ){0,2}"
       r"(?:to )?not (?:be )?(?:alive|here|exist\w*|around|living)|tired (?:to|of) live\b|"
       r"(?:no more|not|don'?t|no|never) (?:[\w']+ )?want (?:to )?(?:live|living|alive)\b|"
       r"life (?:has|holds|have) no (?:meaning|point|purpose)|(?:end|stop) (?:my|the|all (?:my|the)) (?:[\w']+ )?suffering (?:for "
       r"good|forever|for ever|permanently|once and for all)|(?:should|might as well|may as well|"
       r"could just) (?:just )?(?:die|be dead)\b" + NOT_A_COMPARISON + r"|\bi (?:think (?:of|about|"
       r"to)|want(?: to)?|wanna|will|'ll|need to|must|go(?:ing)? to|try(?:ing)? to|plan(?:ning)? "
       r"to|decided? to) (?:kill|finish|end) (?:with )?me\b|better (?:if |that )?i(?:'m| am| was| "
       r"were)? (?:not|no longer|no more) (?:alive|here|around|living|exist\w*)|(?:not|no) "
       r"(?:[\w']+ )?want (?:to )?life\b|no (?:will|wish|desire|reason|one) (?:left )?to live|"
       r"(?:nothing|nobody|no one|noone|not (?:much|anything|anyone)|don'?t have (?:anything|"
       r"anyone|much)) (?:left )?to live for|want out of (?:this|my|this stupid|this shitty)? ?life|"
       r"(?:wish|want|wanna)\w* (?:that )?(?:i|i'?d) (?:just )?(?:didn'?t|did not|don'?t|wouldn'?t|"
       r"never) exist\w*|(?:wish|wishes|wishing|wished) (?:that )?(?:i|i'?d|he|she|they) (?:was|were|"
       r"had been|could be) dead|(?:picked|chosen|set|decided on|got) (?:a|the) date\b(?! (?:for|with|night|to|idea|"
       r"yet))(?=[^\n]{0,60}\b(?:till|until|before|by) then\b|\W*$|\.)|"
       r"(?:wish|want|wanna)\w* (?:[\w']+ ){0,3}(?:sleep|rest) (?:forever|for ever|for good|"
       r"permanently|eternally)|eternal (?:sleep|rest)|(?:want|wanna|wish|need)\w* (?:everything|it all|life|my life) to "
       r"(?:end|be over|stop)|\bi (?:will|want to|wanna|'ll|am going to|going to|gonna|shall) "
       r"kill me\b"),
    rule("crisis", "suicide",  # wanting out of life, not of a job: "me every day fr no joke i
       # want out" (round 25)
       r"\bi (?:just |really |honestly |literally |so )?(?:want|wanna|need) (?:out|it (?:all )?to "
       r"(?:end|stop|be over))(?= *(?:[.,!?;]|$|fr\b|tbh\b|now\b|already\b|lol\b))|\b(?:want|wanna|"
       r"need) (?:out|to get out) of (?:life|this life|living|existence|everything|it all|this world)\b"),
    rule("crisis", "suicide",  # numb inside, then the death made real: "dead inside, might
       # make it official soon" (round 25)
       r"dead inside\b[^.?!]{0,60}?\b(?:make|making|made) it (?:official|real|literal|permanent|"
       r"final|a reality)"),
    rule("crisis", "suicide",  # a wish to be dead or not to exist, said plainly or passively
       # (not of a body part: "my hamstrings want to die after that session", round 22)
       r"(?<!legs )(?<!hamstrings )(?<!hammies )(?<!calves )(?<!thighs )(?<!muscles )(?<!quads )"
       r"(?<!glutes )(?<!feet )(?<!knees )"
       r"(?:want|wanna|wish|wishing|wanting|plan\w*|ready|deserve|rather|prefer|wants|wanted) "
       r"(?:[\w']+ ){0,3}(?:to )?" + DIE + r"|(?:think\w*|thought\w*) (?:about|of) (?:dying|death|"
       r"being dead|not being here)|(?:done|finished) with (?:life|living|being alive|existing|it "
       r"all)|wish (?:i|he|she)(?:'d|d| had)? (?:was|were|wasn'?t|weren'?t|"
       r"had never|hadn'?t|never) (?:[\w']+ )?(?:dead|alive|here|born|existed|around)|"
       r"(?:rather|better off) (?:be )?(?:dead|die|gone)" + NOT_A_COMPARISON + r"|better off without (?:me|him|her|them)|"
       r"(?:better|easier|simpler|happier|fine|okay|ok) (?:[\w']+ ){0,4}if i (?:just |only |simply |)(?:was|were|wasn'?t|"
       r"weren'?t|was not|were not|didn'?t|did not) (?:[\w']+ )?(?:here|around|alive|gone|dead|"
       r"born|exist)|(?:would|will) (?:all )?be (?:fine|better|happier|ok|okay) without "
       r"(?:me|him|her|them)|better off "
       r"(?:[\w']+ ){0,3}if i (?:just |only |simply |)(?:was|were|wasn'?t|weren'?t) (?:[\w']+ )?(?:dead|gone|around|here|alive)|"
       r"(?:disappear|vanish) (?:and never come back|for good|forever|permanently)|"
       r"(?:everything|life|it all|my life) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|"
       r"hopeless)|nothing matters any ?more|"
       r"(?:don'?t|do not|doesn'?t|does not|didn'?t|no longer|not) (?:[\w']+ )?(?:wants?|wanna) "
       r"(?:to )?"
       r"(?:live|living|be alive|exist|be here|wake up|"
       r"go on|carry on|be around|keep going)|(?:not sure|don'?t know (?:if|whether)) (?:if |"
       r"whether )?i (?:want to|can) (?:live|go on|keep going|carry on)|"
       r"no (?:reason|point) (?:to|in) (?:live|living|go on|going on|keep going|keeping going|"
       r"carry on|carrying on|be alive|being alive|exist\w*|stay\w*|anything|life)|"
       r"(?:don'?t|do not|can'?t|cannot) see (?:the|any) point(?! (?:of|in) (?:stretch\w*|"
       r"running|exercis\w*|ice|heat|massag\w*|warm\w*|doing that|that))|what'?s the point "
       r"(?:of|in) (?:living|life|going on|anything|it all|being here|existing)|(?:not|isn'?t|"
       r"no longer) worth living|life(?:'s| is| feels)? (?:pointless|meaningless|not worth|"
       r"no longer worth|isn'?t worth)|"
       + CANT + r" go on\b(?! (?:the|a|an|my|with|to|for|at|in|holiday|runs?|walks?|"
       r"[a-z]+ing)\b)|" + CANT + r" (?:do|take) "
       r"(?:this|it|life) any ?more|(?:tired|sick|weary|exhausted) of (?:living|life|being alive|existing|being here|"
       r"being around|waking up|it all)|(?:i|i'?m|im) (?:[\w']+ )?(?:hate|done with) (?:my )?"
       r"life (?:and|so) (?:[\w']+ ){0,3}(?:stop|end|over)|(?:want|wanna|wish|wishing|should) (?:i "
       r"could |to |i'?d |i would )?(?:just )?(?:disappear|vanish)\b(?! (?:for (?:a|the|an) "
       r"(?:bit|while|day|week|weekend|holiday)|on holiday|into|to))|(?:don'?t|can'?t|do not|"
       r"cannot) see (?:a|any) future (?:for me|for myself|at all|anymore|any more)|"
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
       # (a death in a game is not one: "best way to die in elden ring without losing my runes")
       r"(?:suicide|goodbye) note|(?:ways?|how|methods?) to (?:die" + _NOT_IN_A_GAME + r"|kill " + SELF + r"|end (?:it|"
       r"my life)|commit)|painless (?:way|ways|death|method)|(?:lethal|fatal) (?:dose|amount)|"
       r"(?:thinking|think|thought|going|want|wanna|plan\w*|considering|tempted|urge) (?:[\w']+ )"
       r"{0,2}overdos\w*" + OD_ON_A_DRUG + r"|how many (?:[\w']+ ){0,5}(?:to|would|will) (?:[\w']+ ){0,2}(?:die|kill me|"
       r"not wake|never wake|be fatal|be lethal)|(?<!box )(?<!depth )(?<!drop )(?<!tuck )(?<!squat )jump\w* (?:off|from|in front of) (?:a|the|my|"
       r"this) (?:[\w']+ )?(?:bridge|building|roof|cliff|balcony|tower|ledge|overpass|train|bus|"
       r"window)|(?:step|walk|throw myself) in front of|hang\w* " + SELF + r"|noose|"
       r"(?:slit|slash|slice)\w* (?:my|his|her) (?:wrists?|throat)|cut\w* (?:my|his|her) "
       r"(?:wrists?|throat)|shoot " + SELF + r"|gun to my head|drown " + SELF + r"|"
       r"(?:pills|tablets|meds|painkillers) (?:[\w']+ ){0,2}(?:saved|stockpiled|hoarded|stashed|"
       r"(?:put|set|kept|tucked) aside|hidden away)|(?:swallow|"
       r"swallowing|take|taking|imagin\w+ (?:swallowing|taking)) (?:all|every) (?:[\w']+ ){0,2}"
       r"(?:pills?|tablets?|meds|medication|quinine|paracetamol|painkillers?|insulin|antidepressants|"
       r"co-?codamol|codeine|tramadol|morphine|oxycodone|diazepam|sertraline|amitriptyline)"
       # a daily round of tablets is no overdose: "i take all my tablets in the morning" (round 26)
       r"(?! (?:[\w']+ ){0,2}(?:in the morning|at breakfast|with (?:breakfast|food|meals?|my (?:breakfast|"
       r"meal|dinner|tea))|every (?:day|morning|evening)|each (?:day|morning)|at the same time|together "
       r"in the morning)\b)|"
       r"(?:research\w*|look\w* up|googl\w*|search\w*) (?:[\w']+ ){0,2}(?:ways|how) to do it\b|"
       r"\bi (?:think i |finally |now )?know (?:exactly )?how (?:i'?ll|i'?d|i would|i will) do it\b|"
       r"\bi (?:think i |finally )?know how now\b|"
       r"(?:research\w*|look\w* up|googl\w*|search\w*|read\w* (?:up )?(?:about|on)) (?:[\w']+ ){0,3}"
       r"(?:overdos\w*|suicide|ways to die|how to die|lethal|painless)|(?:pills|tablets|meds|razor|blades?|knife|"
       r"rope|gun) (?:[\w']+ ){0,3}" + _AT_HAND + r"|(?:razor|razors|blade|blades|gun|rifle|shotgun|pistol|rope|noose) (?:[\w']+ ){0,5}(?:for (?:the |my )?(?:bad|dark|worst|hard|rough) "
       r"(?:days|nights|times|moments|ones)|for when|when (?:it|things) "
       r"gets?)|"
       r"(?:saved|saving|stockpil\w*|hoard\w*|stash\w*|collect\w*|keep\w* aside|put\w* aside) "
       r"(?:up )?(?:[\w']+ ){0,3}(?:pills|tablets|meds|painkillers|sleeping pills)|"
       r"(?:stash|supply|store|pile|stockpile) of (?:[\w']+ )?(?:pills|tablets|meds)|"
       r"danger to " + SELF + r"|(?:not|don'?t feel) safe (?:with|around) " + SELF + r"|"
       + CANT + r" keep " + SELF + r" safe"),
    rule("crisis", "suicide",  # the wish not to wake up, or to be killed, said in passing
       r"(?:wouldn'?t|would not|don'?t|do not) mind (?:if )?(?:i )?(?:[\w']+ ){0,3}(?:didn'?t|"
       r"did not|never|not|don'?t|wouldn'?t|wasn'?t|weren'?t) (?:wake|woke|here|around|alive|"
       r"exist|make it (?:home|back|through))|(?:wish\w*|hop\w*) (?:i'?d|i would|i could|i might|i) "
       r"(?:just )?(?:get|be|got) (?:hit|run over|killed|struck|taken out)|(?:hop\w*|pray\w*|wish\w*) (?:that )?(?:i|he|she) (?:just )?(?:won'?t|wont|don'?t|"
       r"dont|never|wouldn'?t|do not|will not|doesn'?t|didn'?t) (?:[\w']+ )?wake" + _NOT_WOKEN_BY +
       r"|"
       r"(?:wish\w*|hop\w*|pray\w*) (?:[\w']+ ){0,5}(?:would|will|could|might) (?:just )?(?:hit|"
       r"kill|run (?:me )?over|crush|take) me|(?:sleep|asleep) and (?:[\w']+ ){0,3}(?:the end|"
       r"be over|be done|never (?:wake|come back))|(?:point|reason) (?:of|in|for) me (?:[\w']+ )"
       r"{0,2}(?:being here|being alive|living|existing|being around|staying)"),
    rule("crisis", "suicide",  # a method thought through (C-SSRS question 3)
       r"how (?:many|much) (?:[\w']+ ){0,4}(?:is|are|would be|will be|would|to be|it takes to "
       r"be) (?:fatal|lethal|deadly)|(?:know|knew|worked out|figured out|planned|decided|thought (?:about|through)|thinking "
       r"about) (?:exactly )?(?:how|when|where) (?:and (?:how|when|where) )?(?:i'?d|i would|i will|"
       r"i'?ll|i'?m going to|i am going to|i'?m gonna) (?:do it|end it|go through with it)|"
       r"how (?:many|much) (?:[\w']+ ){0,3}(?:pills|tablets|meds|capsules|of (?:them|these|those|"
       r"my)) (?:[\w']+ ){0,3}(?:it would take|would it take|would be enough|is enough|are enough|"
       r"would (?:kill|do it)|to (?:not|never) wake)|enough (?:[\w']+ ){0,2}to (?:not|never) wake|"
       r"enough (?:[\w']+ ){0,3}to (?:die|end it|kill me|kill myself|be fatal)|"
       r"(?:tracks|bridge|ledge|roof|cliff|traffic|river|rope|pills|tablets|gun|train) "
       r"(?:[\w']+ ){0,6}(?:thought about (?:it|doing it|jumping|ending)|thinking about (?:it|"
       r"doing it|jumping)|considered it)|(?:think\w*|thought|imagin\w*|pictur\w*) (?:about |of )?"
       r"(?:jump\w*|stepping|throwing myself|driving (?:my car )?(?:into|off)|crash\w* (?:my car "
       r")?into) (?:off|from|in front of|into)"),
    rule("crisis", "suicide",  # intent, a plan, preparations (C-SSRS questions 4 to 6)
       r"(?:going to|gonna|will|i'?ll|ready to) (?:actually |really |finally )?(?:do it|go through "
       r"with it)(?: this time| tonight| tomorrow| soon| for real| today| this weekend)|"
       r"(?:wrote|written|writing|write|left) (?:[\w']+ ){0,2}(?:letters?|goodbyes?|a note) (?:to|"
       r"for) (?:my |each |every|the )?(?:kids|children|family|wife|husband|partner|parents|mum|"
       r"mom|dad|everyone|son|daughter|girlfriend|boyfriend|friends)|(?:won'?t|will not|wont|not "
       r"going to) be (?:around|here) (?:anymore|any more|much longer|for much longer|to (?:see|"
       r"look after|take care|watch|feed|walk))|(?:don'?t|do not|not|no longer) (?:plan\w* on|"
       r"intend\w* (?:on|to)|expect\w* to|going to) (?:being|be) (?:around|here|alive) (?:much |for "
       r"much |very |too )?(?:longer|long)\b|(?:after|once) i'?m (?:gone|dead)|when i'?m "
       r"dead|(?:gave|giving|give) (?:away )?(?:my|all my) (?:[\w']+ )?(?:dog|cat|pets?|things|"
       r"stuff|belongings|possessions)(?: away)? (?:to|because|since)"),
    rule("crisis", "suicide",  # things given away because they will not be needed
       near(r"(?:gave|giving|give|given) (?:[\w']+ ){0,4}away|(?:gave|giving|give|given) away|"
            r"(?:gave|giving|give|given) (?:away )?(?:all )?(?:my|his|her)",
            r"(?:won'?t|wont|will not|not going to|don'?t|do not) (?:be )?need\w*|no (?:more )?use "
            r"for|where i'?m going|after i'?m gone|(?:a )?good home", 10)),
    rule("crisis", "suicide",  # a plan's details worked out: when, where, how (C-SSRS question 5)
       r"(?:decided|worked out|figured out|sorted out|sorted|planned|picked|chosen|chose|set|"
       r"arranged) (?:exactly |out )?(?:the )?(?:how|when|where|day|date|time|place|spot|method)"
       r"(?: and (?:the )?|, (?:the )?| or (?:the )?)(?:how|when|where|day|date|time|place|spot|"
       r"method|location)" + _PLAN_ENDS + r"|(?:planned|sorted|decided|worked out|arranged|ready)"
       r"\W+(?:[\w']+\W+){0,3}?(?:the )?(?:time|day|date|when|how) and (?:the )?(?:place|spot|"
       r"where|location|method|how)" + _PLAN_ENDS),
    rule("crisis", "suicide",  # dying as the purpose: "so I can slip away", "let myself fade"
       r"so (?:that )?(?:i|he|she|they) (?:can|could|will|'ll|would|might|may) (?:just )?"
       + _DIE_SOFT + r"|(?:let|letting|allow|allowing) (?:myself|himself|herself|themselves) "
       r"(?:just )?(?:to )?" + _DIE_SOFT + r"|(?:want|wanna|wish|wishing|hope|hoping|ready|need)"
       r"\w* (?:i could |to |i'?d |i would |i can )?(?:just )?(?:quietly )?(?:slip|fade) away\b"
       + _NOT_AN_OUTING),
    rule("crisis", "suicide",  # a medicine one needs, stopped so as to die (C-SSRS method)
       r"(?:stop|stopping|stopped|quit|quitting|skip|skipping|skipped|not taking|no longer taking|"
       r"throw\w* away|flush\w*) (?:taking )?(?:all )?(?:my|his|her|their) (?:[\w']+ )?(?:insulin|"
       r"meds|medication|medicines?|tablets|pills|dialysis|treatment|chemo|inhalers?|blood "
       r"thinners|warfarin|heart (?:tablets|pills|meds))",
       _DIE_SOFT + r"|(?:not|won'?t|wont|will not|no longer) (?:be )?(?:a )?(?:problem|burden|"
       r"bother)|(?:never|not) wake|be over|"
       r"end (?:it|things)|be gone|go to sleep for (?:good|ever)"),
    rule("crisis", "suicide",  # a farewell, then silence: someone else's warning signs
       r"sorry for everything|forgive me|(?:look|looking) after (?:[\w']+ ){1,3}for me|take care "
       r"of (?:[\w']+ ){1,3}for me|tell (?:[\w']+ ){0,3}(?:i|that i) (?:love|loved) (?:them|you|her|"
       r"him|everyone|you all)|(?:i )?love you all|thank(?:s| you) for everything|(?:this is|it'?s) "
       r"(?:the )?(?:last|final) (?:[\w']+ ){0,3}(?:post|message|text|time|goodbye)|(?:saying|said|"
       r"say|wrote|writing|texted|sent|posted|posting|put up|shared|messaged|dm'?d|tweeted) "
       r"(?:[\w']+ ){0,2}(?:goodbye|farewell)|goodbye to (?:us|everyone|me|you "
       r"all|all of us)|(?:won'?t|will not|never) (?:hear|see) from (?:me|him|her|them) again",
       r"(?:not|isn'?t|wasn'?t|won'?t|wont|doesn'?t|didn'?t|hasn'?t|haven'?t|stopped|not been) "
       r"(?:[\w']+ )?(?:answer\w*|pick\w* up|repl\w*|respond\w*|online|reachable|come home|came "
       r"home|back|seen)|(?:can'?t|cannot|couldn'?t|can not|nobody can|no one can|noone can|"
       r"no-one can) (?:[\w']+ )?(?:reach|get hold of|find|contact|get through to)|phones? (?:is |"
       r"was |'s |s |has been )?(?:off|dead|switched off|going to voicemail|going straight to)|"
       r"(?:gone|went) (?:missing|quiet|silent|dark)|(?:car|he|she|they|he'?s|she'?s) (?:is |are |"
       r"has |have )?(?:gone|left|disappeared|missing)|no answer|voicemail|nowhere to be found",
       window=0),
    rule("crisis", "suicide",  # an attempt begun and stopped (C-SSRS: aborted or interrupted)
       near(r"(?:edge|ledge|railings?|parapet|bridge|roof|rooftop|multi ?-?storey|overpass|"
            r"cliff|tracks|platform|top floor|balcony)",
            r"(?:going to|gonna|was going to|wanted to|meant to|meaning to|almost|nearly|about "
            r"to|make (?:myself|himself|herself)|couldn'?t|could not|didn'?t|did not) (?:[\w']+ )?"
            r"(?:jump\w*|do it|end it|go through with it)|talked (?:me|him|her|them|myself|himself|"
            r"herself) down|pulled (?:me|him|her|them) back|stepped back|changed (?:my|his|her|"
            r"their) mind|chicken\w* out|bottled it", 14, ordered=True) + r"|(?:held|holding|"
       r"hold|put|pressed|pressing) (?:a|the|my) (?:blade|knife|razor|scissors|gun|pistol) "
       r"(?:to|against|on) (?:my|his|her|their) (?:wrists?|arms?|throat|neck|head|temple|chest)",
       window=0),
    rule("crisis", "suicide",  # how to overdose, asked as a method, not a worry
       r"how (?:to|do you|do i|can i|would i|does one|could i) (?:[\w']+ )?overdose",
       unless=r"by accident|accidental\w*|is it possible|possible to|can you|worried|scared|afraid"),
    rule("crisis", "suicide",  # a will made beside goodbyes; affairs put in order
       near(r"(?:made|written|wrote|writing|sorted|updated|done) (?:out )?(?:my|a) will\b",
            r"letters?|notes?|goodbyes?|gave away|given away|giving away", 8) + r"|(?:put\w*|get\w*|"
       r"sort\w*) (?:all )?my affairs in order"),
    rule("crisis", "suicide",  # goodbyes said to everyone
       r"(?:said|saying|say|sent|sending|texted|wrote|writing) (?:my )?goodbyes|(?:said|saying|"
       r"sent|texted) goodbye to (?:everyone|everybody|all (?:my|of my) |the people i love)"),
    rule("crisis", "suicide",  # the means, got hold of
       r"(?:bought|got|buying|ordered|have|found|hid|hidden) (?:a |some |the |myself a )?(?:rope|"
       r"noose|gun|rifle|pistol|razor blades|charcoal)\b",
       # a rope to stretch with, told as such: beside a cramp question, "stretch" and
       # "hamstring" alone are everywhere (round 24)
       unless=r"skip\w*|jump\w* rope|climb\w*|(?:rope|strap|band|towel) (?:[\w']+ ){0,3}(?:stretch\w*|"
              r"for (?:my |the |a )?(?:hamstring|stretch\w*|legs?|calf|calves|thigh)|(?:around|round|"
              r"under) (?:my |the |your )?(?:foot|feet))|stretch\w* (?:[\w']+ ){0,4}(?:rope|strap)|"
              r"tow\w*|boat|tug|hunt\w*|range|shooting club"),
    rule("crisis", "suicide",  # the means made ready (C-SSRS 6, preparatory acts): a noose
       # tied, a rope hung, a gun loaded, pills laid out; a weapon to be turned on oneself
       r"\bnoose|(?:rope|cord|ligature|belt) (?:is |'s |has been )?(?:already |all )?(?:up|ready|"
       r"tied|hung|hanging|in place|set up)\b|(?:tied|tying|hung|hanging|put|threw|thrown|looped|"
       r"fixed|fastened) (?:up )?(?:a |the |my )?(?:rope|cord|belt|ligature) (?:[\w']+ ){0,2}(?:over|"
       r"to|from|around|round|onto|on) (?:a |the |my )?(?:beam|rafters?|ceiling|banister|bannister|"
       r"stairs|staircase|door|hook|tree|branch|loft|pipe|railing)|"
       r"(?<!massage )(?<!nail )(?<!glue )(?<!heat )(?<!water )(?<!nerf )(?<!staple )"
       r"(?:gun|pistol|rifle|shotgun|revolver|firearm) (?:is |'s )?(?:loaded|cocked|out|in (?:my|his|"
       r"her|their) (?:hand|mouth|lap))|(?:loaded|cocked) (?:the |my |his |her |a )?(?:gun|pistol|"
       r"rifle|shotgun|revolver)|(?:use|using|turn|turning|point|pointing) (?:it|that|the gun|a gun|"
       r"the knife|the blade|the pills) on (?:myself|himself|herself|themselves|themself)|"
       r"(?:pills|tablets|meds|capsules|medication) (?:[\w']+ ){0,3}(?:lined up|laid out|counted out|"
       r"set out|stockpiled)",
       unless=r"skip\w*|jump\w* rope|climb\w*|battle ropes?|gym|stretch\w*|band|strap|tow\w*|boat|"
              r"sail\w*|tug|hunt\w*|range|shooting club|knot tying|hangman|organi[sz]er|dosette|"
              r"pill box|for the week|each (?:day|morning)|massage|theragun"),
    # The screener's first questions, a wish to die and thoughts of killing oneself, and
    # self-harm, in the languages bot.query.language tells apart (and romanised Hindi): the
    # other rules and the model read English, and the crisis reply adds a line in the
    # message's language.
    # Read folded (no accents); "suicidio" and its kin are the rule above's.
    rule("crisis", "suicide",
       # es
       r"(?:me )?quiero morir|ganas de morir(?:me)?|(?:quiero|voy a|quiere|va a) matar(?:me|se)|"
       r"(?:me|se|te) (?:quiero|quiere|quieres|va a|voy a|vas a) matar|para no despertar(?:me)?|"
       r"(?:mejor|ojala|quisiera|quiero|prefiero) (?:[\w']+ ){0,2}no (?:volver a )?despertar(?:me)?|"
       r"dormir para siempre|desaparecer para siempre|"
       r"no (?:quiero|quiere) (?:seguir )?viv(?:ir|iendo)|quitar(?:me|se) la vida|acabar con (?:todo|mi vida)|"
       r"hacer(?:me|se) dano|(?:me|se) hac(?:e|o) dano|(?:cortarme|me corto|se corta) (?:los brazos|las piernas|los muslos|"
       r"las munecas)|"
       # fr
       r"envie de mourir|envie de disparaitre|disparaitre pour (?:de bon|toujours)|(?:veux|veut) "
       r"mourir|(?:me|se) tuer|plus envie de vivre|(?:me|se) "
       r"faire du mal|(?:me|se) scarifi\w*|mettre fin a (?:mes|ses) jours|"
       # de
       r"(?:will|wollen|mochte|moechte) (?:(?!nicht\b)[\w']+ ){0,3}sterben|sterben (?:will|mochte|moechte)|"
       r"(?:mich|sich) umbringen|(?:will|mag) nicht mehr leben|nicht mehr (?:hier |da )?(?:zu )?sein\b|"
       # the wish told as better for all: "es ware besser, wenn ich nicht mehr da ware" (round 27)
       r"(?:ich|er|sie) nicht mehr (?:hier |da )?(?:ware|waere|sein wurde)\b|"
       r"selbstmord\w*|ritz\w* (?:mich|sich)|fur immer verschwinden|"
       # not to wake again, wished (round 28)
       r"(?:nicht|nie) mehr (?:aufwach\w*|aufzuwachen)|"
       r"(?:mich|sich) (?:[\w']+ )?ritz\w*|mir (?:etwas|was) an(?:zu)?tun|"
       # pt
       r"(?:quero|quer) morrer|(?:me|se) matar|nao (?:quero|quer) (?:mais )?viver|acabar com "
       r"(?:tudo|a minha vida|minha vida)|sumir pra sempre|tirar (?:a )?(?:minha|sua) (?:propria )?vida|"
       r"(?:me|se) cortar (?:os bracos|as pernas|as coxas|os pulsos)|"
       # it
       r"(?:voglio|vuole) morire(?! d(?:al|i) (?:ridere|noia|fame|caldo|freddo))|farla finita|(?:sparire|scomparire) per sempre|uccider(?:mi|si)|ammazzar(?:mi|si)(?! di (?:lavoro|fatica|risate|allenamento|palestra))|toglier(?:mi|si) la vita|"
       r"non (?:voglio|vuole) (?:piu )?vivere|far(?:mi|si) del male|taglia(?:rmi|rsi) (?:le braccia|"
       r"le gambe|le cosce|i polsi)|"
       # nl
       r"(?:wil|wilt|willen) (?:[\w']+ )?dood\b|dood (?:wil|willen)|zelfmoord\w*|(?:mezelf|zichzelf) "
       r"(?:iets )?aan ?(?:doen|te doen)|(?:wil|wilt) niet meer leven|(?:mezelf|zichzelf) snijden|"
       # no desire left to live (round 28): nl, and the same words in es, de, pt, it
       r"geen (?:zin|reden|puf) (?:meer )?(?:in (?:het|mijn|zijn|haar) leven|om te leven|"
       r"(?:meer )?te leven)|(?:no tengo|sin|ni) (?:[\w']+ )?ganas de vivir|keine lust mehr (?:zu |"
       r"auf (?:das|mein) )?leben|kein(?:en)? (?:bock|sinn) mehr (?:zu |auf (?:das|mein) )?leben|"
       r"(?:nao tenho|sem) (?:mais )?vontade de viver|(?:non ho|senza) (?:piu )?voglia di vivere|"
       # a fall or a train as the way (round 28): pl, es, fr, de, it, pt, nl, tr
       r"skoczyc z (?:mostu|dachu|okna|balkonu|wiezowca)|(?:tirarme|lanzarme|saltar) (?:de|desde|por) "
       r"(?:un |el |la )?(?:puente|ventana|balcon|edificio|azotea)|(?:sauter|me jeter) (?:d'un|du|de la|"
       r"par la) (?:pont|fenetre|balcon|toit|immeuble)|me jeter sous (?:un|le) (?:train|metro)|von "
       r"(?:der|einer|dem) (?:brucke|dach|hochhaus) (?:zu )?springen|(?:mich )?vor (?:den|einen) zug "
       r"(?:zu )?(?:werfen|springen|legen)|(?:buttarmi|gettarmi|lanciarmi) (?:dal|da un|dalla|da una|"
       r"sotto (?:un|il)) (?:ponte|finestra|balcone|palazzo|treno)|(?:pular|me jogar|me atirar) (?:da|de "
       r"uma|do|de um) (?:ponte|janela|predio|varanda)|van (?:een|de) (?:brug|flat|dak) (?:af )?springen|"
       r"voor (?:de|een) trein (?:springen|gaan liggen)|kopruden atla\w*|"
       r"mi taglio (?:le braccia|le gambe|i polsi|le cosce)|(?:je me|me) (?:coupe|scarifie) (?:les "
       r"bras|les jambes|les poignets|les cuisses)|"
       # "er een eind aan maken": putting an end to it all (round 20)
       r"\ber (?:gewoon |maar |zelf )?een eind(?:e)? aan (?:te )?maken(?! met\b)|een eind(?:e)? aan (?:mijn|zijn|haar) leven|"
       r"uit het leven (?:te )?stappen|(?:wil|hoop|wens)\w* (?:[\w']+ ){0,2}niet (?:meer )?wakker "
       r"(?:te )?worden|"
       # pl
       r"chce (?:mi sie )?umrzec|chcial(?:a)?bym umrzec|zniknac na zawsze|(?:chce )?sie zabic|zabic sie|zabije sie|samobo\w*|nie chce (?:juz )?zyc|tne sie|"
       r"skonczyc ze soba|zrobic sobie krzywde|odebrac sobie zycie|"
       # tr
       r"olmek istiyorum|kendimi oldur\w*|yasamak istemiyorum|kendime zarar|canima kiy\w*|"
       # and Hindi or Urdu written in Latin letters, which many type in English keyboards
       r"jeena (?:hi |bhi |ab )?nahi (?:hai|chahta|chahti)|jeene ka (?:mann?|dil) (?:hi |bhi )?nahi|marna chaht\w*|mar ja+na chaht\w*|khud ?kushi|"
       r"aatmahatya|sab khatam kar\w*|"
       # and Arabic written in Latin letters (Arabizi)
       r"nefsi a?moot|nifsi a?moot|3ayez a?moot|3ayza a?moot|ba?ddi? a?moot|bidd?i mout|"
       # "i don't want to live any more", in Egyptian Arabizi (round 26)
       r"m(?:e|i)?sh 3ay(?:e|i)?za? a[3e]?(?:ee|i)sh|"
       # and Swahili
       r"\bkujiua\b|\bnijiue\b|nataka kufa|sitaki kuishi"),
    # C-SSRS method, asked as a practical question: the height that kills, bleeding out,
    # a means looked at and thought about, a car steered into a wall
    rule("crisis", "suicide",
       r"how (?:high|tall|far up|far down|many (?:floors|storeys|stories|metres|meters|feet))",
       r"bridge|building|roof|cliff|car ?park|multi-?stor(?:e)?y|balcony|tower|ledge|window|"
       r"(?:a |the )?(?:fall|drop)", r"need|needs|to be|would|enough|die|survive|fatal|kill|sure|guarantee",
       # a box jump or a step is excused in the question's own sentence: a stretch asked for
       # after it ("looked up how high a fall has to be. also how do i stretch") is not (round 26)
       unless=r"how (?:high|tall|far)\b[^.?!]{0,60}?\b(?:box|jump(?:s|ing)? (?:on|onto|over)|step|"
              r"bench|kerb|curb|stretch\w*)|" + _HEIGHT_VISITED, window=0),
    rule("crisis", "suicide",
       r"bleed(?:ing)? out|bled out",
       r"hurt\w*|pain\w*|quick\w*|fast|how long|long does|take|peaceful|would|does it", window=0),
    rule("crisis", "suicide",
       near(r"(?:gun|shotgun|rifle|pistol|rope|noose|pills|tablets|knife|blades?|razors?|bridge|"
            r"tracks|ledge|edge)", r"(?:think\w*|thought) (?:[\w']+ ){0,2}about (?:it|using (?:it|"
            r"them)|doing it|it more|it again)|(?:look|stare|staring|looking) at (?:it|them) "
            r"(?:[\w']+ ){0,4}(?:think|wonder)", 10)),
    rule("crisis", "suicide",
       r"(?:steer\w*|swerv\w*|driv\w*|crash\w*|veer\w*) (?:[\w']+ ){0,3}(?:into|off|under) (?:a |the |an |"
       r"some )?(?:wall|tree|bridge|lorry|truck|oncoming|cliff|barrier|river|ditch|bus|train)",
       r"think\w*|thought|want\w*|tempt\w*|urge|sometimes|imagin\w*|wonder\w*|could just|"
       r"daydream\w*|fantasi[sz]\w*|pictur\w*|just (?:steer|swerve|drive|crash|veer)", window=0),
    # C-SSRS method: a medicine one needs stopped to die, said as stopped already
    rule("crisis", "suicide",
       near(r"(?:stopped|stopping|stop|quit|not taking|skipping|skipped|binned|thrown away|threw "
            r"away) (?:taking )?(?:my |his |her )?(?:insulin|heart (?:pills|meds|tablets)|meds|"
            r"medication|tablets|blood thinners?|antidepressants?)",
            r"(?:on purpose|deliberately|what'?s the point|no point|don'?t care|doesn'?t matter|to "
            r"die|be gone|anymore|any more|give up|given up)", 10)),
    # C-SSRS method: thinking of, picturing or being tempted by taking all of a medicine at
    # once; asking about an overdose "because I want to"; farewells made with accounts
    # deleted or things given away
    rule("crisis", "suicide",
       r"(?:think\w*|thought|thinks|pictur\w*|imagin\w*|fantasi[sz]\w*|daydream\w*|tempted|urge) "
       r"(?:[\w']+ ){0,2}?(?:(?:about|of|to) )?(?:just )?(?:taking|take|swallowing|swallow|downing|"
       r"necking|popping) (?:"
       # "all my amitriptyline at once", "my whole box of sertraline in one go"
       r"(?:all|every(?: single)? one|(?:my |his |her |the |a )?whole(?: (?:box|bottle|packet|pack|"
       r"strip|lot))?|every one of) (?:of )?(?:(?:my|his|her|their|the|them|those) )?(?:[\w']+ )?"
       r"[\w']+(?: [\w']+){0,3} (?:at once|in one go|together|at the same time)|"
       # "all my pills", said of a medicine
       r"(?:all|the whole|every one of|a whole) (?:of )?(?:my|his|her|their|the) (?:[\w']+ )?"
       r"(?:pills|tablets|meds|medication|medicines?|statins|insulin|packets?|bottles?|\w+s)\b|"
       r"(?:everything|it all|them all) at once)",
       unless=_A_MEDICINE_ROUTINE + r"|spread (?:them|it) out|instead of spreading", window=0),
    rule("crisis", "suicide",
       r"\b(?:overdose|od|die|kill|fatal|lethal)\b[^\n]{0,60}?\b(?:because|cause|cos|coz|as) i "
       r"(?:want|wanna|plan|intend|am going|'m going|need) to\b", window=0),
    rule("crisis", "suicide",
       r"(?:said|saying|say|texted|messaged) (?:my )?goodbyes? to (?:my |all my |everyone|every ?one|"
       r"friends|family|people)",
       r"(?:deleted|deleting|delete) (?:all )?(?:of )?(?:my )?(?:socials|social media|accounts?|"
       r"instagram|facebook|tiktok|profiles?)|gave away|giving away|given away|letters?|notes?|for "
       r"good|final|last time|won'?t see", window=0),
    # C-SSRS 1 and 2 said of another, and of oneself: being asked to help someone die;
    # thinking how one would do it; no point going on; an illness welcomed if it ended one
    rule("crisis", "suicide",
       r"(?:help|let|helping) (?:me|her|him|them) (?:to )?die\b|asking (?:me )?to help (?:her|him|"
       r"them) (?:to )?die|(?:think\w*|thought)(?: a lot| so much| often| constantly)? (?:about|of) "
       r"how (?:i'?d|i would|i could|i will|i'?ll|to|he'?d|she'?d) do it\b|no point (?:in )?(?:going on|carrying on|living|being here|trying any ?more)|"
       r"(?:finish\w* (?:me|him|her) off|kill\w* (?:me|him|her)|took (?:me|him|her) out)\b[^\n]{0,20}?"
       r"\b(?:i|he|she) (?:honestly |really )?(?:wouldn'?t|would not|won'?t) (?:even )?(?:mind|care|be "
       r"sad)", window=0),
    # C-SSRS preparation: a rope bought, "before i go"; a threat to jump if things go badly
    rule("crisis", "suicide",
       r"(?:bought|got|ordered) (?:a |some |the )?(?:rope|noose|gun|shotgun|charcoal|helium)\b[^\n]{0,80}?"
       r"\b(?:before i (?:go|do it|leave)|one last|last (?:time|day|night|match|run)|won'?t need)|"
       r"(?:he|she|they|i)(?:'?s|'?m|'?re| is| am| are)? (?:going to|gonna|will|'ll) jump if\b[^\n]{0,40}?\b"
       r"(?:bad\w*|wrong|fail\w*|don'?t|doesn'?t|can'?t|won'?t)", window=0),
    # C-SSRS intent with a time: ending it after a date, nothing mattering after it
    rule("crisis", "suicide",
       r"(?:i'?m|im|i am) ending it (?:all|after|tonight|tomorrow|on|this|when|before|soon|"
       r"once)|(?:none of (?:this|it)|nothing) (?:will|is going to|gonna) matter (?:after|by|from|"
       r"once|come)|(?:after|by|from|come) \w+,? (?:none of (?:this|it)|nothing) (?:will|is going to|"
       r"gonna) matter", window=0),
    # NHS, signs of self-harm in someone else: cuts or blades found
    rule("crisis", "self_harm", _FOUND_MARKS,
       r"(?:on|in|under|across|up|over|along|down) (?:[\w']+ ){0,2}(?:his|her|their|son'?s|daughter'?s|kid'?s|child'?s|"
       r"friend'?s|partner'?s|teen'?s) (?:[\w']+ )?(?:legs?|arms?|wrists?|thighs?|room|bag|drawer|"
       r"bin|pencil case|stomach)", unless=_ACCIDENT + r"|cat|dog|brambles?|thorns?", window=0),
    # C-SSRS 1, a wish to be dead, said as a hope after a question about dying
    rule("crisis", "suicide",  # across the question mark: "can a cramp kill you? would be nice"
       r"\b(?:die|dying|died|dead|death|kill\w*|fatal|deadly|lethal|stop (?:your|my|the|a) heart)\b"
       r"[^\n]{0,80}?\b(?:(?:i )?(?:kind "
       r"of |kinda |sort of |secretly |half )?hope so|would be nice|wouldn'?t mind|fingers crossed|"
       r"here'?s hoping|one can (?:only )?hope|if only|please let it|hoping (?:it|so|they|that) "
       r"(?:can|does|will|would|do)|\? ?good\b(?! (?:question|one|point|to know)))", window=0),
    # C-SSRS preparation: a means bought, its ordinary use disowned
    rule("crisis", "suicide",
       r"(?:bought|buy|got|ordered|picked up|found) (?:a |some |the |myself a )?(?:rope|noose|gun|"
       r"shotgun|pistol|charcoal|helium|blades?|razors?)\b[^\n]{0,60}?\b(?:not for|isn'?t for|it'?s "
       r"not for|nothing to do with)", window=0),
    # C-SSRS active thoughts as images: picturing oneself stepping in front of a train
    rule("crisis", "suicide",
       r"(?:pictur\w*|imagin\w*|see|seeing|visualis\w*|visualiz\w*) (?:myself|me) (?:[\w']+ ){0,2}"
       r"(?:stepping|step|jumping|jump|walking|throwing|falling|fall|driving|swerving|hanging|"
       r"drowning|going) (?:[\w']+ ){0,3}(?:in front of|off|into|under|from)", window=0),
    rule("crisis", "self_harm",  # self-harm by its short names, "sh", "s/h", with what goes with it
       near(r"(?:sh|s/h|s\.h\.?)", r"(?:urges?|relaps\w*|clean|again|helps|cope|coping|deep\w*|"
            r"scars?|cuts?|cutting|cut|wounds?|only thing|the only|addict\w*|habit)", 6) + r"|"
       r"cut (?:[\w']+ ){0,3}(?:deeper|too deep)|(?:went|gone|go) (?:way |much |a lot |)(?:too deep|"
       r"deeper) (?:[\w']+ ){0,3}(?:cut\w*|blade|razor|wound)",
       unless=r"sh(?:\*|\s)t|shh", window=0),  # "a year without sh, then I relapsed" is no negation
    rule("crisis", "suicide",  # lethality asked of a means at hand (C-SSRS 3): "would it kill me",
       # or as a count: "the max number of quinine tabs before it kills you" (round 29)
       r"(?:would|will|could|might|does|do|is|are|enough|how many|how much|max\w*|most) "
       r"(?:[\w']+ ){0,8}(?:kill me|kill him|kill "
       r"her|be (?:fatal|lethal|deadly|enough to die|quick|painless|peaceful)|"
       r"before (?:it|they|that) kills? (?:me|you|them|him|her|someone)|i die|he die|she die|to "
       r"die|(?:not|never) wake(?: up)?|without it hurting|it would take)|(?:would|will|could) (?:it|"
       r"that|they|this|all (?:of )?(?:it|them|that)) be enough(?=\W*(?:$|\?|\.))|(?:is|are) (?:fatal|lethal|"
       r"deadly)\b|(?:fatal|lethal|deadly) (?:dose|amount|number)",
       r"pills?|tablets?|meds|medications?|medicines?|capsules?|relaxants?|sleeping|pain ?killers?|"
       r"paracetamol|ibuprofen|insulin|" + SUBSTANCE[3:-1],
       unless=r"cramps? (?:is|are|were|was) (?:killing|going to kill)|kill me (?:lol|lmao|haha)|"
              r"by accident|accidentally|worried|scared|afraid|if i miss|forgot|double dose|"
              r"extra (?:one|dose|tablet)"),
    rule("crisis", "suicide",  # a household poison asked after as a means (C-SSRS: a method):
       # "what household stuff would do it quickest if you drank it" (round 31)
       r"\b(?:household (?:stuff|products?|chemicals?|cleaners?|things|items)|cleaning (?:stuff|"
       r"products?|fluids?|chemicals?|liquids?)|(?:stuff|things) under the sink|bleach|weed ?killer|"
       r"antifreeze|drain cleaner|rat poison|poisons?)\b",
       r"\b(?:(?:would|will|could|can|to) (?:[\w']+ ){0,2}do it\b|kill (?:me|you|myself|yourself|"
       r"someone|a person|him|her)\b|(?:is|are|be|most|how) (?:lethal|fatal|deadly)\b|(?:lethal|fatal|"
       r"deadly) (?:dose|amount)|(?:quickest|fastest|painless\w*) (?:way|to (?:die|go|end)))",
       unless=r"\b(?:accident\w*|by mistake|swallowed some|drank some|child\w*|toddler|kid|son|"
              r"daughter|dog|cat)\b"),
    rule("crisis", "suicide",  # the way to die asked after: "the least painful way to go"
       r"(?:least painful|most painless|painless|easiest|quickest|fastest|surest|simplest|most "
       r"peaceful|peaceful) (?:way|ways|method|methods) (?:to (?:go|die|end it|check out|not "
       r"wake)|of (?:dying|going))\b(?! (?:to|into|for|home|out|back|about) )" + _NOT_IN_A_GAME),
    rule("crisis", "self_harm",
       r"(?:started|start|been|keep|kept|went back to|back to|relaps\w* (?:into )?|stop|stopped|"
       r"quit|urge to|urges to) cutting(?: again)?" + _NOT_A_DIET + r"|cutting again" +
       _NOT_A_DIET + r"|(?:burn\w*|burnt|cut|cutting|scratch\w*|scrap\w*|carv\w*|hit|hitting|"
       r"punch\w*|bang\w*|slam\w*|stab\w*|bit|bite|biting|pinch\w*|dig\w*) (?:my|his|her) (?:own )?"
       r"(?:[\w']+ )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?|head|face|body|hamstrings?|"
       r"hammy|calf|calves|muscles?|nails in) (?:[\w']+ ){0,3}"
       r"(?:with (?:a |the |my )?(?:lighter|cigarettes?|razors?|blades?|knife|knives|scissors|"
       r"compass|glass|match\w*|iron)|black and blue|(?:until|til) (?:it|they|they'?re|theyre|it'?s|"
       r"its|i|the skin|there'?s|there is) "
       r"(?:[\w']+ )?(?:bleed\w*|bled|bruis\w*|scar\w*|mark\w*|blood|feel (?:something|"
       r"better|calm|numb))|till? (?:it|they) (?:bleed\w*|bled|bruis\w*|goes? (?:black|purple))|"
       r"to make (?:it|them|the cramps?) (?:worse|hurt more)|makes? me feel (?:better|something|"
       r"calm)|on purpose|"
       r"deliberately|intentionally|to punish|when i'?m (?:angry|upset|sad|mad) (?:at|with) "
       r"myself|when (?:i|he|she|they) (?:get|gets|feel|feels|am|is|are|'m|'re)? ?(?:overwhelmed|"
       r"stressed|angry|upset|anxious|panicky|low|sad|mad|frustrated)|with a (?:hammer|belt|"
       r"hairbrush|ruler|rolling pin|stick))"),
    rule("crisis", "suicide",  # an attempt, past or meant: "took too many pills on purpose"
       near(r"(?:took|taken|swallowed|overdos\w*|pills|tablets)", r"(?:on purpose|deliberately|"
            r"intentionally|to (?:die|end it|not wake))", 6) + r"|(?:tried|try|trying|attempt\w*) "
       r"(?:to )?(?:kill|end|take) (?:[\w']+ )?(?:life|herself|himself|myself|themselves|it all)|"
       r"(?:suicide|overdose) attempt|attempted suicide|(?:hospital|ward|icu|a&e|er) after (?:an|my|the) "
       r"overdose|(?:past|previous|prior|earlier|last) (?:overdose|attempt)|overdos\w* (?:about |around |"
       r"nearly |almost |over |like |roughly )?(?:last|a few|(?:a|one) (?:year|month|week)\b|"
       r"two|three|\d+ (?:weeks?|months?|years?)|once|twice|before|years?|months?|in (?:19|20)\d\d)|(?:tried|attempted) to end it\b(?! with)"),
    rule("crisis", "self_harm",  # the body hurt to cope: "I cut my arm again, it helps"
       r"(?:cut|cutting|burn\w*|burnt|scratch\w*|carv\w*) (?:my|his|her|their) (?:[\w']+ )?(?:arms?|"
       r"wrists?|legs?|thighs?|skin|stomach|body)",
       r"again|it helps|helps me|to cope|to feel|makes? me feel|relief|release|numb the|punish|"
       r"when (?:things|it|life|stuff|everything) (?:[\w']+ )?(?:get|gets|got|is|are|feel|feels) "
       r"(?:[\w']+ )?(?:bad|hard|too much|rough|dark|overwhelming)|when i(?:'m| am| feel| get)? "
       r"(?:[\w']+ )?(?:low|sad|down|upset|angry|stressed|overwhelmed|anxious|numb|empty|bad|"
       r"depressed|lonely)|sometimes|a lot|often|every (?:day|night|week)|used to|since|"
       # one pain made to drown another: "so the cramps hurt less", "feel like nothing"
       r"so (?:the |my |that )?(?:[\w']+ )?(?:hurts?|feels?|is|are|seems?) (?:[\w']+ )?(?:less|like "
       r"nothing|nothing|better|smaller)|in comparison|distract\w*|take my mind off",
       unless=_ACCIDENT),
    rule("crisis", "self_harm",  # said plainly: "I cut myself", "I've been hurting myself",
       # or by the parts cut, several of them: "i cut my thighs", "been burning my arms" (round
       # 29; one finger, or a leg on a rock, is an accident)
       r"(?:been|keep|kept|started|start|always|sometimes|often|still) (?:[\w']+ )?(?:hurting|"
       r"harming|cutting|burning|hitting|punching|scratching|starving) " + SELF + _NOT_A_DIET_OF + r"|\b(?:i|i'?ve|"
       r"he|she|they) (?:[\w']+ )?(?:cut|cuts|burn|burns|burnt|burned|harm|harms|harmed) " + SELF +
       r"|\b(?:i|i'?ve|i have|he|she|they) (?:[\w']+ )?(?:cut|cutting|carved|carving|burnt|burned|"
       r"burning) (?:my|his|her|their) (?:own )?(?:thighs|wrists|arms|forearms)\b",
       unless=_ACCIDENT),
    rule("crisis", "self_harm",  # hitting or starving oneself to punish or to cope
       r"(?:hit|hits|hitting|punch\w*|slap\w*|starv\w*|bang\w* my head|bite|bit|biting) " + SELF,
       r"punish\w*|on purpose|deliberately|when (?:i'?m |i am |i feel |i get |i )?(?:[\w']+ )?"
       r"(?:angry|mad|upset|sad|low|down|stressed|overwhelmed|anxious|frustrated)|deserve"),
    rule("crisis", "self_harm",  # someone else who hurts themselves
       PERSON + r" (?:[\w']+ )?(?:cuts|cut|burns|burnt|burned|harms|harmed|hurts|starves|hits|"
       r"is cutting|has been cutting|has been hurting|keeps hurting|keeps cutting) (?:herself|"
       r"himself|themselves|themself)", unless=_ACCIDENT),
    rule("crisis", "self_harm",
       r"self[ -]?(?:harm\w*|harn\w*|injur\w*|mutilat\w*|destruct\w*|hurt\w*|cut\w*)|"
       r"(?:want|wanna|going|gonna|urges?|tempted|feel like|thinking (?:of|about)|think about|"
       r"thoughts of|need|plan\w*|tried|trying|try|keep|wants|wanted) (?:[\w']+ )?(?:to )?"
       r"(?:hurt|harm|cut|burn|punish|injure|starve|hit|punch)(?:ing)? " + SELF + r"|"
       r"(?:harming|cutting|burning|punishing|starving|mutilating) (?:myself|my self)" + _NOT_A_DIET_OF + r"|"
       r"cutting (?:my|his|her) (?:arms?|wrists?|thighs?|legs?|skin|stomach|body)|"
       r"burn\w* " + SELF + r" with|(?:hurt|harm|cut|burn|hit|punch)\w* " + SELF +
       r" (?:on purpose|deliberately|intentionally)|"
       r"(?:scratch|pick|claw|dig|cut|bite|bit|hit|punch)\w* (?:at )?(?:my|myself|his|her)"
       r"(?: \w+){0,3} (?:until|till|til|so) (?:it|they|i|the skin) (?:bleed\w*|bled|scar\w*)"),
    rule("crisis", "self_harm",  # NHS, signs of self-harm in someone else: cuts, burns or
       # bruises on the arms, wrists or thighs, with an explanation the speaker doubts
       r"(?:cuts|cut marks|marks|scratches|burns|scars|wounds|slashes|lines) (?:[\w']+ ){0,4}(?:on|"
       r"across|all over|down) (?:the )?(?:(?:tops?|insides?|backs?|fronts?) of )?(?:(?:her|his|"
       r"their) |my (?:[\w']+ ){1,4})(?:upper |inner |top of (?:her|his|their) )?(?:arms?|wrists?|"
       r"forearms?|legs?|thighs?|stomach|hips?)",
       r"(?:don'?t|do not|doesn'?t|didn'?t|can'?t) (?:really )?(?:believe|buy|think (?:that'?s|it'?s) "
       r"true)|(?:won'?t|will not|refuses? to) (?:say|tell|explain|talk)|can'?t explain|"
       r"unexplained|hid(?:es|ing|den)?|covers? (?:them|it) up|(?:says?|said|claims?|told (?:me|"
       r"us)|tells (?:me|us)) (?:[\w']+ )?(?:it'?s |its |they'?re |theyre |they are |it was |they "
       r"were |are |were |was |is )?(?:from|because|the cat|the dog|an accident|nothing)|look "
       r"(?:more )?like (?:cuts|cutting|someone cut)|\b1[0-9] ?(?:yo|y/o|yr|yrs|year)|(?<=\()1[0-9](?=\))|"
       r"aged 1[0-9]|teen\w*",
       unless=r"stretch ?marks|birth ?marks|from growing|growth spurt|eczema|chicken ?pox|bites?|"
              r"rash\w*|sunburn\w*|brambles?|thorns?|bushes|hedge|fence|barbed|shaving|surgery|"
              r"operation", window=0),
    rule("crisis", "self_harm",  # harm kept hidden (NHS, signs of self-harm: wounds kept
       # covered, cuts "where no one can see"): an accident is not hidden
       r"(?:so|where|that|because) (?:no ?one|nobody|no-one|people|anyone|my (?:[\w']+ )?(?:mum|mom|"
       r"dad|parents|family|partner|coach|teammates|friends)) (?:[\w']+ ){0,2}(?:see|sees|notice\w*|"
       r"find\w*|know\w*|ask\w*)|hid(?:e|es|ing|den)? (?:it|them|the (?:cuts|marks|scars|burns|wounds))|"
       r"(?:cover|covering|covered) (?:it|them|the (?:cuts|marks|scars|burns)) up|under (?:my )?"
       r"(?:long )?(?:sleeves|leggings|clothes|tights|jeans|trousers)|long sleeves",
       r"(?:cut|cuts|cutting|burn|burns|burnt|burned|burning|scratch\w*|carv\w*|slash\w*) "
       r"(?:(?:the )?(?:[\w']+ )?(?:backs?|tops?|insides?|fronts?) of )?(?:my|his|her|their) (?:[\w']+ )?"
       r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|forearms?|shins?)|"
       r"(?:the|my|these|those) (?:cuts|burns)|until (?:they|it) (?:bleed|bled)",
       unless=r"shaving|cooking|kitchen|accident\w*|by mistake|tripped|fell|slipped|stove|oven|"
              r"iron|kettle|brambles?|thorns?|fence|glass|surgery|operation|scar tissue", window=0),
    rule("crisis", "suicide",  # the means kept in reserve for the day one decides (C-SSRS
       # preparatory behaviour): "saving my tablets for when I've had enough", "in case I need
       # a way out"
       r"(?:just )?in case (?:things|it all|everything|life|the world|i (?:can'?t|decide|want|need "
       r"(?:a|an|the) (?:way out|exit|escape))) (?:[\w']+ ){0,3}(?:get|gets|got|become|becomes|goes|"
       r"turns?|take|cope|go on|to|out|exit|escape)\b|for (?:when|the day|if) (?:i(?:'ve| have| finally| "
       r"ever|'m| am)?|it all|things|everything|life) (?:[\w']+ ){0,3}(?:had enough|decide\w*|"
       r"can'?t (?:take|cope|go on|do)|(?:gets?|becomes?) too (?:much|hard|dark)|give up|done)|"
       r"(?:a|my|an|the) (?:way out|exit plan|escape plan|escape route)\b(?! of (?:the|these|this|"
       r"my|a))|when the time comes",
       r"pills?|tablets?|meds|medication|stash\w*|stockpil\w*|hoard\w*|rope|noose|blades?|razors?|"
       r"knife|knives|gun|belt|cord|insulin|paracetamol|charcoal|saved|saving|put (?:by|aside)|"
       r"set aside|kept|keep|hidden|hid",
       unless=r"in case (?:i|my|the|it|of|you) (?:[\w']+ )?(?:cramp\w*|spasm\w*|pain|seiz\w*|get "
              r"(?:a )?cramp)|for when (?:the|my) (?:pain|cramp\w*|ache|migraine|headache|period)"),
    rule("crisis", "suicide",  # a lethal means got ready "just in case", "for later"
       r"(?:just )?in case\b(?= *(?:[.,;!?]|$|anyway|tbh|though|you know))|for (?:later|another day|"
       r"the right (?:time|moment))\b(?= *(?:[.,;!?]|$))",
       r"(?:rope|noose|ligature|gun|pistol|rifle|blades?|razors?|charcoal) (?:[\w']+ ){0,3}(?:sorted|"
       r"ready|bought|set up|hidden|stashed|put (?:by|aside|away)|kept)|(?:have|got|bought|sorted|keep|"
       r"kept|hidden|stashed|ordered) (?:a |the |my |some |myself a )?(?:rope|noose|ligature|gun|"
       r"pistol|rifle|razor blades|charcoal)\b|(?:stash|stockpile|hoard) of (?:[\w']+ )?(?:pills|"
       r"tablets|meds)|(?:saved|saving|stashed|stockpiled|hoarded|hidden) (?:[\w']+ ){0,2}(?:pills|"
       r"tablets|meds)",
       unless=r"skip\w*|jump\w* rope|climb\w*|battle ropes?|(?:rope|strap|band) (?:[\w']+ ){0,2}"
              r"(?:stretch\w*|for (?:my |the )?(?:hamstring|stretch\w*|legs?))|stretch\w* (?:[\w']+ ){0,3}"
              r"(?:rope|strap)|tow\w*|boat|sail\w*|tug|hunt\w*|range|shooting|knots?|camping|tent|"
              r"washing line|hammock|shaving|nerf|water gun|glue gun|massage gun|theragun", window=0),
    rule("crisis", "suicide",  # all of a medicine at once to end something "for good" (a method
       # asked as a dose, C-SSRS 3)
       r"(?:take|took|taking|swallow\w*|down|neck|have) (?:all|the whole(?: lot)?|every one|the lot|every "
       r"single one) (?:of )?(?:my|the|them|those|these|it)\b(?: [\w']+){0,3} (?:in one go|at once|"
       r"together|in one|all at once|at the same time)",
       r"forever|for ever|for good|permanently|never (?:wake|have to|feel)|for real|end (?:it|"
       r"everything|things)|(?:would|will|could) (?:it|that|i|they) (?:kill|be enough to|finish)|"
       r"stop (?:everything|for good)|no more (?:pain|anything)"),
    rule("crisis", "suicide",  # death welcomed, not sought (C-SSRS 1, a wish to be dead): "I
       # wouldn't mind if I didn't wake up", "I'd be glad if a car took me out"
       r"(?:wouldn'?t|would not|won'?t|will not|don'?t|do not|wouldn'?t be) (?:even )?(?:mind|care|be "
       r"sad|be upset|be sorry|complain|object|fight it) if (?:[\w']+ ){0,8}(?:hit|hits|ran|runs|"
       r"took|takes|killed|kills|got|gets) (?:me|him|her) (?:out|over)?|(?:wouldn'?t|would not|"
       r"don'?t|do not|won'?t) (?:even )?(?:mind|care|be sad|be upset) if (?:i|he|she) (?:[\w']+ ){0,3}"
       r"(?:died|didn'?t wake|never woke|never wake|don'?t wake|wasn'?t here|stopped breathing)|"
       r"(?:mind|care|sad|upset) if (?:my|his|her) heart (?:just )?stopped|"
       r"if (?:a |the )?(?:car|bus|train|truck|lorry|something|someone) (?:[\w']+ ){0,2}(?:hit|hits|"
       r"ran|runs|took|takes|killed|kills) (?:me|him|her)(?: [\w']+){0,4},? (?:i|he|she) (?:wouldn'?t|"
       r"would not|won'?t|honestly wouldn'?t) (?:even )?(?:mind|care|be sad)|"
       r"(?:i'?d|i would|would|i'?m|i am) (?:[\w']+ )?(?:welcome|be (?:glad|grateful|happy|relieved|"
       r"thankful)|glad|grateful|relieved) (?:[\w']+ ){0,3}(?:if|when|for) (?:[\w']+ ){0,6}(?:took me|"
       r"take me|hit me|kill\w* me|ran me over|ends? me|finish\w* me)|welcome (?:death|dying|the end)|"
       r"(?:welcome|wouldn'?t mind|would not mind|wouldn'?t care about|hope for|pray for) (?:[\w']+ )?"
       r"(?:getting|being) (?:hit|run over|killed|taken out|struck)|"
       r"(?:hope|wish|pray\w*) (?:that )?(?:i|he|she) (?:just )?(?:don'?t|do not|never|won'?t|wouldn'?t) "
       r"(?:survive|wake" + _NOT_WOKEN_BY + r"|make it through|come (?:back|round|around))|"
       r"(?:don'?t|do not|no longer) (?:really )?(?:want|wish|intend|plan) to survive\b(?! (?:on|off|"
       r"without|just|another|the (?:race|run|marathon|session|week|day|season|class|workout)))",
       window=0),
    # Round 10. C-SSRS 4 and 5, intent with a time set: not being around past a day one names
    # ("won't be here after friday", "by next week i'll be gone", "my last weekend around")
    rule("crisis", "suicide",
       r"(?:won'?t|wont|will not|not going to|shan'?t) be (?:here|around|alive) (?:after|past|by|"
       r"beyond|come) (?:the |this |next )?(?:weekend|tonight|tomorrow|monday|tuesday|wednesday|"
       r"thursday|friday|saturday|sunday|christmas|new year|my birthday|next week|the end of (?:the )?"
       r"(?:week|month))\b|(?:by|after|come) (?:next week|the weekend|tomorrow|tonight|monday|"
       r"tuesday|wednesday|thursday|friday|saturday|sunday|christmas) (?:i'?ll|i will|i'?m going "
       r"to) be (?:gone|dead|no more)\b|(?:my|this is my) (?:last|final) (?:day|night|week|weekend|"
       r"christmas|birthday) (?:alive|on earth|around|here)\b",
       unless=r"holiday|trip|flight|away|abroad|spain|france|moving|move|travel\w*|working|work|"
              r"shift|visit\w*|festival|camp\w*|off to|going to (?!be)", window=0),
    # C-SSRS 5: a plan with its details, the time or the day, and goodbyes or notes beside it
    rule("crisis", "suicide",
       r"(?:got|have|had|is|'s|it'?s|everything'?s|everything is) (?:it )?(?:all )?(?:planned|worked "
       r"out|sorted|arranged)\b|(?:day|date|time|night) (?:is |'s |has been )?(?:chosen|picked|"
       r"set|decided)|(?:picked|chose|chosen|set|decided on) (?:the|a) (?:day|date|night)\b|"
       r"(?:letters|notes) (?:are |have been )?(?:written|done)|(?:wrote|written|writing) (?:the|my) "
       r"(?:notes|letters)\b",
       r"(?:say|saying|said) (?:bye|goodbye)|\bbye\b|goodbye|(?:the )?(?:notes|letters) (?:are )?"
       r"(?:written|done)|(?:wrote|written) (?:the|my) (?:notes|letters)|(?:day|date|night) "
       r"(?:is )?(?:chosen|picked|set)|(?:picked|chose|chosen|set) (?:the|a) (?:day|date)|"
       r"(?:house|flat) is empty|everyone (?:is|'s) asleep|no one (?:is )?(?:home|around)|"
       r"nobody (?:is )?(?:home|around)|no need for|won'?t need|doesn'?t matter",
       unless=r"race|run|marathon|parkrun|match|game|session|training|workout|party|wedding|"
              r"holiday|trip|massage|physio|appointment|lecture|exam|class|gym|stretch\w*",
       window=0),
    # Suicide said in slang: "check out" for good or of life, "ctb" (catch the bus)
    rule("crisis", "suicide",
       r"check\w* out (?:for good|permanently|forever|for ever|of (?:life|this life|this world|"
       r"existence)|early)\b|\bctb\b"),
    # C-SSRS 3, a method weighed up: a height from which to fall
    rule("crisis", "suicide",
       r"(?:high|tall) enough\b|how (?:high|tall|far (?:down|up)?) (?:[\w']+ ){0,3}(?:is|are|it is)\b|"
       r"how far (?:the|a|it'?s a) drop|(?:the|a) drop (?:is )?from",
       r"bridge|balcony|roof|rooftop|car park|multi ?-?storey|window|cliff|ledge|tower|block of "
       r"flats|overpass|flyover|top floor|building",
       unless=r"box jump\w*|step ?ups?|climb\w*|view|photo|pictures?|rent|price|jump (?:onto|on to|"
              r"up)|hurdles?|bike|cycl\w*|van|lorry|truck|height restriction|clearance", window=0),
    # NHS self-harm: pain sought to feel something or to cope
    rule("crisis", "self_harm",
       r"(?:to|just to|so (?:i|that i) (?:can|could)) feel (?:something|anything|real|alive)|"
       r"(?:to|so (?:it|that it)) (?:make it |really )?hurts? on purpose|make it hurt on purpose|"
       r"(?:does|do|did|doing) (?:it|that|this) (?:to|so (?:she|he|i|they) can) cope|(?:because|as|"
       r"since) it helps (?:me|him|her|them) (?:to )?cope",
       r"punch\w*|hit\w*|smash\w*|bang\w*|slam\w*|cut\w*|burn\w*|pinch\w*|twist\w*|bit\w*|"
       r"scratch\w*|tying|tie\w*|tight|belt|marks|cuts|scars|bleed\w*|bruis\w*|knuckles|"
       r"walls?|hurts? (?:himself|herself|myself|themselves)|harms? (?:himself|herself|myself|"
       r"themselves)",
       unless=r"foam roll\w*|massage\w*|stretch\w*|roller|gun|trigger point|workout|training|"
              r"sore muscles", window=0),
    # Self-harm at its usual places, named so: the tops or insides of the thighs or arms cut
    rule("crisis", "self_harm",
       r"(?:cut|cuts|cutting|burn|burns|burnt|burning|carv\w*|slash\w*) (?:the )?(?:tops?|insides?|"
       r"inner|backs?) (?:of )?(?:my|his|her|their) (?:thighs?|arms?|wrists?|forearms?)",
       unless=_ACCIDENT + r"|brambles?|thorns?|fence|glass|surgery|operation|wax\w*"),
    # C-SSRS 1, death welcomed through an illness or as money: "hope the cancer comes back",
    # "better off with the life insurance", "worth more dead"
    rule("crisis", "suicide",
       r"(?:hop\w*|wish\w*|pray\w*)\b(?: [\w']+){0,4} (?:cancer|tumou?r|illness|disease|heart "
       r"attack|stroke) (?:[\w']+ )?(?:comes? back|returns?|spreads?|gets? (?:me|him|her|worse)|"
       r"takes? (?:me|him|her)|finish\w* (?:me|him|her))|worth more (?:to (?:[\w']+ ){1,2})?dead|"
       r"better off with (?:my|his|her|the|their) (?:life )?insurance|(?:life )?insurance (?:money )?"
       r"(?:than|instead of|rather than) (?:with )?(?:me|him|her)",
       unless=r"(?:doesn'?t|don'?t|never|won'?t|not) (?:[\w']+ )?(?:come back|return|spread)"),
    # C-SSRS 3, a method disguised: the amount one would not wake from, an accident staged
    rule("crisis", "suicide",
       r"(?:amount|dose|much|many|number|one) (?:[\w']+ ){0,3}(?:where|when|that|at which|after "
       r"which) (?:you|i|one|he|she|they|people) (?:just )?(?:don'?t|do not|never|won'?t|wouldn'?t|"
       r"would not) wake|(?:make|making|made|look|looks|would look|look) (?:it )?(?:look )?like an "
       r"accident|(?:after|since|before) (?:my|his|her|their|an|a) (?:last |first |second |third |"
       r"suicide )?attempt\b(?! (?:at|to|on|of|in the (?:race|game|match)))",
       unless=r"with (?:cramp|cramps|pain)|from (?:cramp|cramps|pain)"),
    # Round 13 (seen in probes_blind28 to 33, written here in other words). C-SSRS 3, a means
    # at hand looked at too often: a gun, a rope, pills
    rule("crisis", "suicide",
       near(r"(?:gun|shotgun|rifle|pistol|rope|noose|pills|tablets|blades?|razors?|(?<!balance )beam|"
            r"rafters?|banisters?|bannisters?|loft hatch)",
            r"(?:look(?:s|ed|ing)?|star(?:e|es|ed|ing)|check\w* on|gaz(?:e|es|ed|ing)) (?:at )?"
            r"(?:it|them|the|his|her|my|that)", 10),
       r"more than (?:i|he|she|they) should|too (?:much|often)|a lot|lately|every (?:day|night)|all "
       r"the time|for (?:hours|ages)|again and again|keeps? (?:on )?(?:looking|staring|going|"
       r"checking)|can'?t stop (?:looking|staring)|(?:a few|several|many|so many|three|four|five) "
       r"times|(?:haven'?t|have not|not) told (?:anyone|anybody|a soul)|nobody knows",
       unless=r"hunt\w*|shoot(?:ing)? (?:club|range|season)|clean\w*|range|clay|pigeons?|deer|"
              r"rabbits?|skipping|climb\w*|stretch\w*|for (?:my |the |a )?(?:cramp\w*|pain|hamstring)|"
              r"which (?:one|to)|price|buy\w*|shop\w*|online|pull[- ]?ups?|chin[- ]?ups?|gymnast\w*|"
              r"hammock|swing|punch\w* bag|(?:loft|attic) (?:conversion|ladder|boards?)", window=0),
    # C-SSRS 3, a method: walking into water, a car driven off a height or into something,
    # said as a thought, a wish or a plan, one's own or someone else's
    rule("crisis", "suicide",
       r"(?:walk\w*|wade|wading|swim\w*) (?:out )?(?:in)?to (?:the )?(?:sea|river|ocean|lake|canal|"
       r"loch|waves|water)\b(?: [\w']+){0,4} (?:and )?(?:not|never) (?:come|coming|came) "
       r"(?:back|out)|(?:driv\w*|drove|steer\w*|turn\w* the wheel|swerv\w*|crash\w*) (?:[\w']+ )?"
       r"(?:off|over|into) (?:a |the |that )?(?:[\w']+ )?(?:bridge|cliff|edge|pier|quay|tree|wall|"
       r"lorry|truck|river|embankment|oncoming)",
       r"(?:think\w*|thought|plan\w*|going to|gonna|'ll|will|want\w*|wanna|tempted|urge|"
       r"picture\w*|imagin\w*|keeps? saying|says|said|told me|one day|decided|ready to|"
       r"checked the tide)",
       unless=r"for a (?:swim|paddle|dip)|(?:to|for) (?:cool|swim|paddle)|surf\w*|nearly (?:crashed|"
              r"hit)|by accident|accident\w*|skid\w*|ice|icy|black ice|brakes?|fell asleep at the "
              r"wheel|tired", window=0),
    rule("crisis", "suicide",  # the same, with the intent named first: "planning to walk into the
       # sea", "thinking of driving off the bridge"
       r"(?:plan\w*|going|gonna|want\w*|tempted|think\w* (?:of|about)|decided|ready|'ll|will) "
       r"(?:to )?(?:just )?(?:walk\w*|wade|wading) (?:out )?(?:in)?to (?:the )?(?:sea|river|ocean|lake|canal|"
       r"loch|waves)\b|(?:plan\w*|going|gonna|want\w*|tempted|think\w* (?:of|about)|decided|ready) "
       r"(?:to )?(?:just )?(?:driv\w*|steer\w*|swerv\w*|crash\w*|turn\w* the wheel) (?:[\w']+ ){0,2}"
       r"(?:off|over|into) (?:a |the |that )?(?:[\w']+ )?(?:bridge|cliff|edge|pier|tree|wall|"
       r"lorry|truck|river|oncoming)",
       unless=r"for a (?:swim|paddle|dip)|(?:to|for) (?:cool|swim|paddle)|surf\w*|(?:to|for) "
              r"(?:training|work|the gym|practice)"),
    # a wish to be dead told as the relief an accident would bring (C-SSRS 1)
    rule("crisis", "suicide",
       r"if (?:a |the |some )?(?:car|bus|train|truck|lorry|van|something|someone|anything) "
       r"(?:[\w']+ ){0,2}(?:hit|hits|ran|runs|took|takes|killed|kills|run) (?:me|him|her)"
       r"(?: [\w']+){0,6},? (?:i'?d|i would|i'?ll|i think i'?d|honestly i'?d|he'?d|she'?d) "
       r"(?:[\w']+ ){0,3}(?:be )?(?:relieved|glad|grateful|thankful|happy|fine with (?:it|that)|"
       r"ok with (?:it|that)|okay with (?:it|that)|at peace|welcome it)",
       window=0),
    # "kms" said flatly, beside a cramp or alone: slang for "kill myself", not kilometres
    rule("crisis", "suicide",
       r"(?<!\d )(?<!\d)(?<!many )(?<!few )(?<!more )(?<!of )(?<!the )(?<!in )(?<!my )(?<!extra )"
       r"(?<!last )(?<!first )kms\b(?! (?:a|per|each|every|of|in|on|to|from|run|ran|walk\w*|ride|"
       r"cycl\w*|away|left|into|before|after|uphill|downhill|at|and then|then|later|today|this "
       r"(?:week|weekend|morning|afternoon|evening|month|year|season|time|summer|winter)|week|on "
       r"the bike))"),
    # an attempt survived, or a past attempt named with the feeling coming back
    rule("crisis", "suicide",
       r"survived (?:an|my|a|the|his|her) (?:suicide )?attempt|(?:attempt\w*|overdos\w*|od'?d|"
       r"ended up in hospital after (?:taking|drinking|swallowing)) (?:[\w']+ ){0,8}(?:feel\w*|"
       r"feeling) (?:[\w']+ ){0,3}(?:that way|like (?:i did )?(?:then|that)|the same|exactly like)|"
       r"(?:feel\w*|feeling) (?:exactly )?(?:like|the way) i did (?:[\w']+ ){0,3}(?:before|when) "
       r"i (?:overdos\w*|tried|attempted|took)|(?:last time|the time) i felt (?:[\w']+ ){0,3}"
       r"(?:low|like this|this way|that way)\b(?: [\w']+){0,6} (?:hospital|overdos\w*|tried|attempt)",
       window=0),
    # cutting to replace one pain with another, or to feel something
    rule("crisis", "self_harm",
       r"(?:cut|cuts|cutting|burn\w*|scratch\w*|hit\w*|punch\w*) (?:[\w']+ ){0,3}(?:so|to make) "
       r"(?:that )?(?:the )?(?:[\w']+ ){0,3}(?:pain|hurt) (?:would )?(?:feel|felt|be|was|is) "
       r"(?:like )?(?:something|anything) else|(?:cut|cuts|cutting) (?:my|his|her) (?:[\w']+ )?"
       r"(?:thighs?|arms?|wrists?|legs?|skin|stomach) (?:[\w']+ ){0,2}(?:last night|again|to cope|"
       r"so (?:i|the))",
       unless=_ACCIDENT + r"|brambles?|thorns?|fence|glass|surgery|operation|wax\w*"),
    # someone who has had enough of living: "lived long enough and wants to go", praying to be
    # taken, saying they mean it; stopping eating beside it
    rule("crisis", "suicide",
       r"(?:lived|had) (?:long )?enough\b(?: [\w']+){0,5} (?:wants?|ready|wishes?|hopes?) (?:to )?"
       r"(?:go|die|be gone|be taken)|(?:pray\w*|hop\w*|wish\w*|asks?) (?:that )?(?:god|the lord|"
       r"someone|something) (?:will |would |to )?(?:takes?|take) (?:her|him|me|them)\b",
       unless=r"took (?:her|him|me) to|take (?:her|him|me|them) (?:to|for|out|home|round)"),
    # a lethal amount sought to sleep forever: "enough sleeping pills to sleep forever"
    rule("crisis", "suicide",
       r"(?:enough|all) (?:[\w']+ ){0,3}(?:pills|tablets|meds)\b(?: [\w']+){0,3} (?:to|so i|and) "
       r"(?:just )?(?:sleep|fall asleep|go to sleep|drift off) (?:forever|for ever|for good|and not "
       r"wake|and never wake)|(?:fall|falling|drift|drifting) (?:asleep|off) and (?:just )?(?:not|"
       r"never) wake\b",
       window=0),
    # hopelessness said flatly (C-SSRS 1 and 2 begin here): "what's even the point any more"
    rule("crisis", "suicide",
       r"(?:what'?s|whats|what is) (?:even )?the point (?:of )?(?:any ?more|of (?:anything|living|"
       r"going on|it all|life|being here|trying any ?more))\b(?! (?:of|in|to) (?:stretch\w*|doing|"
       r"foam|massag\w*|ic\w*|warm\w*|the|it|this|that))|(?:no|isn'?t any|not any) point (?:in )?"
       r"(?:living|going on|being here|anything any ?more)\b", window=0),
    # Round 14. C-SSRS 3, the lethality of a dose asked for oneself: "would a big dose of X stop
    # my heart"
    rule("crisis", "suicide",
       r"(?:dose|amount|lot|load|overdose|much|many|enough) (?:of )?(?:[\w']+ ){0,3}(?:to )?(?:stop|stops) "
       r"my heart\b",
       unless=r"stop my heart (?:from )?(?:racing|pounding|beating fast|fluttering|skipping)"),
    # Round 15 (seen in probes_blind38 to 41, written here in other words). C-SSRS 1 and 2:
    # no point in being here at all ("can't see the point", so no negation is read)
    rule("crisis", "suicide",
       r"(?:see|find|is there|there'?s|theres|what'?s|whats) (?:any |the |a |much )?point (?:of |in )"
       r"(?:me |my )?(?:still |even )?(?:being (?:here|around|alive)|living|existing|carrying on|"
       r"going on|staying (?:here|around|alive))\b(?! (?:to|for|if|when|without) )", window=0),
    # hoping a cramp, or the heart, will end it: "can you die from a cramp? i kind of hope so"
    rule("crisis", "suicide",
       r"(?:die|dying|dies|fatal|deadly|kill (?:you|me|someone))\b[^\n]{0,80}?\b(?:i (?:kind of |"
       r"kinda |sort of |secretly |almost |half |honestly )?(?:hope|hoped|wish|wished)(?: (?:so|it|you|"
       r"they|that)\b)?|i'?d be (?:glad|happy|relieved|grateful|fine with (?:it|that))|part of me "
       r"(?:hopes|hoped|wants|wanted))|(?:hop\w*|wish\w*|pray\w*|part of me \w+) (?:[\w']+ ){0,4}"
       r"(?:my )?heart (?:would |will |might |could )?(?:just )?(?:stop|give (?:up|out)|pack (?:in|up)|"
       r"quit|give in)|\bgood,? maybe (?:this is it|i'?ll die|it'?ll kill me|my heart)",
       unless=r"hope (?:not|it'?s not|it isn'?t|you can'?t)|(?:hope|hoped|wish) (?:it|you|they|that) "
              r"(?:can'?t|isn'?t|won'?t|doesn'?t|wasn'?t)", window=0),
    # wanting to be with, or join, someone who has died
    rule("crisis", "suicide",
       r"(?:want\w*|wish\w*|long\w*|ready|yearn\w*|just wants?) (?:[\w']+ ){0,2}(?:to )?(?:be with|join|"
       r"go (?:and |to )?join|go to) (?:my |her |his |their |our )?(?:late |dead )?(?:dad|mum|mom|"
       r"mother|father|husband|wife|son|daughter|brother|sister|nan|nana|gran|granny|grandad|"
       r"grandma|grandpa|partner|him|her|them)\b(?! (?:at|in|on|for|when|while|during|after|before|"
       r"this|tonight|tomorrow|next)\b)",
       r"died|passed|dead\b|death|late (?:husband|wife|dad|mum|mother|father)|heaven|funeral|"
       r"widow\w*|grave|lost (?:him|her|my)|(?:won'?t|wont|stopped|not|refus\w*) (?:[\w']+ ){0,2}"
       r"(?:take|taking) (?:his|her|my|their) (?:pills|tablets|meds|medication|medicine)", window=0),
    # a plan hinted at after a question about dying: "...than dying? asking because im planning to"
    rule("crisis", "suicide",
       r"\b(?:die|dying|death|dead|bleed\w* out|overdos\w*|kill\w*|fatal|lethal|painless)\b",
       r"(?:asking|ask|i ask) (?:because|cos|coz|cause|as|since) (?:i'?m|im|i am) (?:planning|going|"
       r"gonna|about|thinking of|intending|meaning) (?:to|on it|on doing it)\W*$", window=0),
    # stepping or lying down in front of traffic or a train
    rule("crisis", "suicide",
       r"(?:step\w*|walk\w*|jump\w*|throw\w* (?:myself|himself|herself)|lie|lying|lay|run) (?:out )?"
       r"(?:in front of|under) (?:a|the|an|that|some|oncoming|next) (?:[\w']+ )?(?:bus|train|lorry|"
       r"truck|car|tube|tram|traffic|van)",
       unless=r"\brather\b[^.?!]{0,80}\bthan\b|" + _ACCIDENT + r"|nearly (?:hit|ran|got)|"
              r"almost (?:hit|got)|looked|didn'?t see", window=0),
    # a means bought or carried with the cramp, or another plain use, disowned as its reason
    rule("crisis", "suicide",
       r"blades?|razor|knife|knives|rope|noose|pills|tablets|paracetamol|co-?codamol|codeine|"
       r"sleeping (?:pills|tablets)|sleepers|insulin|ibuprofen|aspirin|antidepressants|meds",
       r"\bnot for (?:the |my |a |any )?(?:cramps?|hamstrings?|legs?|thighs?|pain|shaving|cooking|"
       r"work|crafts?|the garden|headaches?|period pains?)\b(?!,? (?:but|it'?s|its|they'?re|just|"
       r"only|more|either|though|tho))", window=0),
    # a way to die asked about as a hypothesis: "if i drove off the bridge would it be quick"
    rule("crisis", "suicide",
       r"\bif (?:i|he|she) (?:just )?(?:drove|drive|steered|swerved|crashed|jumped|stepped|walked|"
       r"threw (?:myself|himself|herself)) (?:[\w']+ ){0,2}(?:off|over|into|in front of|under|from) "
       r"(?:a |the |that )?(?:[\w']+ ){0,2}(?:bridge|cliff|edge|roof|building|car park|tower|train|"
       r"lorry|truck|bus|river|sea|tree|wall)\b[^.?!]{0,40}?\bwould (?:it|that|i|he|she) (?:be )?"
       r"(?:quick|painless|instant|fast|over|die|kill|hurt)\b", window=0),
    # a note written and put away, then a last question (a note to someone named is the
    # C-SSRS rule's above)
    rule("crisis", "suicide",
       r"(?:wrote|written|writing|left|finished) (?:a|the|my) (?:[\w']+ )?(?:note|letter)s?\b|"
       r"\b(?:note|letter)s?(?:'s| is| are| has been| have been) (?:[\w']+ )?(?:written|done|ready|"
       r"finished)",
       r"drawer|one last|last thing|last question|goodbye|for when i'?m|when i'?m gone|explain\w*|"
       r"sorry|for (?:my|the) (?:family|kids|mum|dad|wife|husband|partner)|under (?:my|the) pillow|"
       r"where (?:they|she|he|mum|dad) (?:will|'ll) find",
       unless=_ORDINARY_NOTE + r"|notes? (?:to self|for (?:school|work|the (?:teacher|school|gp|physio|doctor|coach)))|"
              r"notes? (?:on|about|of) (?:my |the )?(?:cramps?|symptoms|stretch\w*|training|runs?)|"
              r"(?:cramp|symptom|training|food|pain) (?:diary|log|notes?)", window=0),
    # not waking up asked about, then owned as the aim: "...make me not wake up? that's the goal"
    rule("crisis", "suicide",
       r"(?:(?:not|never|don'?t|do not|wouldn'?t|won'?t) wak\w* up|sleep (?:forever|for ever|for good))"
       r"\b[^\n]{0,40}?\b(?:that'?s|thats|which is|is) (?:kind of |kinda |sort of |really |actually |"
       r"honestly )?(?:(?:the|my) (?:goal|point|plan|idea|aim|hope)|what i (?:want|need|'?m hoping))",
       window=0),
    # looking up how many tablets it would take
    rule("crisis", "suicide",
       r"(?:look\w* up|looked into|googl\w*|search\w*|research\w*|read up on|checked online|found "
       r"out|work\w* out) (?:[\w']+ ){0,2}how (?:many|much) (?:of )?(?:my |his |her |the |those |"
       r"these )?(?:[\w']+ )?(?:pills|tablets|meds|medication|insulin|paracetamol|codeine|"
       r"co-?codamol|ibuprofen|aspirin|quinine|antidepressants|amitriptyline|sleepers|sleeping "
       r"(?:pills|tablets))\b (?:[\w']+ ){0,3}(?:it (?:would )?takes?|it'?d take|would it take|"
       r"(?:would|to) be enough|is enough|to die|to not wake|(?:would )?kill|is (?:lethal|fatal)|"
       r"to overdose|to end it)", window=0),
    # self-harm by hitting, with what it is for: "punch my thighs when it all gets too much"
    rule("crisis", "self_harm",
       r"(?:hit|hitting|punch\w*|whip\w*|beat\w*|smack\w*|slap\w*|bash\w*|bang\w*) (?:myself|"
       r"(?:the (?:backs?|fronts?|tops?|sides?) of )?(?:my|his|her) (?:own )?(?:[\w']+ ){0,2}(?:legs?|"
       r"thighs?|arms?|head|stomach|hamstrings?|body|face))\b",
       r"overwhelm\w*|too much|to cope|until (?:they|it|i|my) (?:[\w']+ )?(?:bruise|bleed|hurt|go "
       r"numb)|to feel (?:something|better|pain)|(?:helps?|makes?) me feel (?:something|anything|"
       r"real|alive)|punish\w*|when i'?m (?:sad|stressed|low|anxious|"
       r"upset|angry)|with a (?:belt|cable|hairbrush|stick|hanger|wire)|hate myself",
       unless=r"massage gun|percussion|foam|wake (?:it|them) up|warm (?:it|them) up", window=0),
    # Round 16 (seen in probes_blind44 to 49, written here in other words). C-SSRS 1, the
    # wish to be dead said as a welcome: death or a cramp that kills, welcomed or shrugged at
    rule("crisis", "suicide",
       r"\b(?:die|dying|dead|death|fatal|lethal|kill\w*|end it|not wake|never wake|gone|passed (?:away|on)|"
       r"lost (?:my|him|her))\b",
       r"(?:i'?d|i would|id|i'?ll|i will|i) (?:honestly |genuinely |actually |really |truly |secretly |"
       r"probably |almost )?(?:welcome|be (?:fine|ok|okay|glad|happy|grateful|relieved) with) "
       r"(?:it|that|death|them|the end)\b|(?:ready|happy|glad|content) to go (?:too|as well)\b|(?:killed|took) me[^.?!]{0,20}\b(?:i'?d|id|i would) (?:honestly |genuinely |"
       r"actually |really |truly )?be (?:fine|ok|okay|glad|happy|relieved|grateful)",
       unless=r"\brather\b[^.?!]{0,80}\bthan\b|(?:welcome|fine with) (?:it|that) (?:if|when) "
              r"(?:you|the|it)", window=0),
    # picturing one's own funeral with relief, or planning it
    rule("crisis", "suicide",
       r"(?:my|his|her) own funeral|(?:picture|picturing|imagine|imagining|plan|planning|planned|"
       r"arrang\w*|think\w* about|dream\w* (?:about|of)) (?:[\w']+ )?(?:my|his|her) funeral",
       unless=r"pre-?paid|prepaid|insurance|over-?50s|will (?:and|&) testament|\blol\b|"
              r"embarrass\w*|walk\w* (?:in|into)", window=0),
    # a jump survived, a past attempt told by its age ("attempted when i was 15")
    rule("crisis", "suicide",
       r"survived (?:a|the|my|his|her) (?:jump|fall from|overdose|hanging)\b|"
       r"(?:^|[.!?] |\b(?:i|he|she|they|mum|dad|my \w+) )attempted (?:when|at|in|last|twice|once|before|"
       r"(?:[\w']+ ){0,2}(?:years?|months?|weeks?) ago)\b|"
       r"(?:first|second|third|last|previous|past) attempt (?:was|when|at \d|in (?:19|20)\d\d)",
       unless=r"attempt(?:ed)? (?:[\w']+ ){0,6}(?:to|at) (?!end|die|kill|take my)[a-z]\w*", window=0),
    # a beam, a banister or a hook asked whether it would hold one's weight, with a tie
    rule("crisis", "suicide",
       r"(?:hold|take|bear|carry) (?:my|his|her|someone'?s|a person'?s|your) (?:full )?weight",
       r"\b(?:tie|tied|tying|rope|cord|belt|noose|hang\w*|scarf|cable)\b",
       unless=r"hammock|swing|pull-?up|chin-?up|trx|rings|resistance band|climb\w*", window=0),
    # a plan kept for when the others are away: "planning to do it friday when she's out"
    # (round 21: "my plan is sunday when..."; the errand done while they are out is read only
    # in the sentence that says when, so a cramp question asked after it vetoes nothing)
    rule("crisis", "suicide",
       r"(?:planning|planned|plan|decided|going|gonna|ready|set) (?:[\w']+ ){0,2}(?:to do it|on it|"
       r"on doing it)\b|(?:i'?ve|i have) decided(?=\s*[.,;:!-])|my plan is (?:for )?(?:this |next )?"
       r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend)\b",
       r"when (?:my |the |everyone|every ?one|every ?body|nobody|no ?one|they|he|she|[\w']+'?s? )"
       r"(?:[\w']+ ){0,3}(?:(?:is|are|'s|'re|will be|goes|go|gone) )?(?:away|out|asleep|gone|at work|"
       r"at (?:her|his|their) \w+|not (?:home|around|in)|on holiday)\b",
       unless=r"\b(?:stretch\w*|workout|session|run|race|exercises?|routine|yoga|physio|the "
              r"(?:test|exam|shopping|decorating|garden|painting))\b[^.?!]*\bwhen\b|\bwhen\b[^.?!]*"
              r"\b(?:stretch\w*|workout|session|run|race|exercises?|routine|yoga|physio|the "
              r"(?:test|exam|shopping|decorating|garden|painting))\b", window=0),
    # C-SSRS method: the trains that pass without stopping looked up
    rule("crisis", "suicide",
       r"(?:trains?|express\w*) (?:that )?(?:[\w']+ )?(?:don'?t|do not|doesn'?t|does not|won'?t|never) "
       r"stop|(?:fast|express|non-?stop|through) trains?\b",
       r"look\w* up|looked into|check\w*|research\w*|googl\w*|found out|work\w* out|timetable|"
       r"which|what time|\bwhen\b",
       unless=r"commut\w*|late for|miss\w* (?:my|the)|journey|ticket|travel\w*|get (?:home|to "
              r"work)|platform \d", window=0),
    # someone else who says they will end it, and meant it
    rule("crisis", "suicide",
       r"\b(?:he|she|they)(?:'ll| will| is going to|'s going to|s gonna| are going to| would|'d) "
       r"(?:just )?end it\b(?! (?:with|between|for good with))",
       r"serious|meant it|means it|not joking|wasn'?t joking|isn'?t joking|worried|scared|"
       r"frightened|\bif\b", window=0),
    # a means bought or kept, and its purpose known: "i know exactly what it's for"
    rule("crisis", "suicide",
       r"blades?|razors?|knife|knives|rope|noose|pills|tablets|paracetamol|co-?codamol|codeine|"
       r"sleeping (?:pills|tablets)|insulin",
       r"(?:i |and i |i already )?know (?:exactly |full well |perfectly well )?what (?:it'?s|its|"
       r"they'?re|theyre|they are|it is) for\b|(?:you|u) know what (?:it'?s|its|they'?re) for",
       unless=r"\bnot for\b|shaving|cooking|kitchen|craft\w*|diy|work", window=0),
    # gone soon, told as a shrug: "doesn't really matter, i'll be gone soon"
    rule("crisis", "suicide",
       r"(?:i'?ll|i will|i'?m going to|im gonna|i'?m gonna|won'?t matter,? i'?ll) be gone (?:soon|"
       r"anyway|by|before|in a (?:few|couple)|next)\b",
       unless=r"on holiday|away|for the (?:weekend|week|summer)|\bto (?:the|a|my|uni|work|school|"
              r"college)\b|at work|camping|travel\w*|trip|flight|abroad|out of town|festival",
       window=0),
    # the only way out is to stop living
    rule("crisis", "suicide",
       r"only (?:way|escape|option|answer) (?:out |left )?(?:is|would be|seems|feels like) (?:to )?"
       r"(?:stop (?:breathing|living|existing|being)|not (?:be here|exist|wake)|die|end (?:it|my life|"
       r"everything)|disappear (?:for ever|forever|for good))", window=0),
    # an attempt begun and stopped: a cord round the neck, or up on a chair with a rope
    rule("crisis", "suicide",
       r"rope|cord|belt|noose|cable|ligature|\bflex\b|scarf|dressing gown",
       r"(?:round|around) (?:my|his|her|their) neck\b[^.?!]{0,50}\b(?:stopped|couldn'?t|last night|"
       r"tried|nearly|almost|didn'?t|backed out)|(?:stood|standing|stand|climbed|got) (?:up )?(?:on|"
       r"onto|up on) (?:the |a |my )?(?:chair|stool|ladder|bucket|box|ledge)",
       unless=r"swing|tree ?house|washing line|curtains?|decorat\w*|lights|bunting|pictures?|"
              r"climbing|gym|skipping|tug|shelf|light ?bulb|loft", window=0),
    # pills swallowed by the handful to sleep for ever
    rule("crisis", "suicide",
       r"(?:a load|loads|a lot|lots|a handful|handfuls|a bunch|the whole (?:box|packet|pack|bottle|"
       r"strip)) (?:of )?(?:[\w']+ ){0,3}(?:pills|tablets|meds|sleepers|capsules)\b(?: [\w']+){0,3} "
       r"(?:to|so i|so i can|so that i|and) (?:just )?(?:sleep|fall asleep|go to sleep|drift off) "
       r"(?:forever|for ever|for good|and not wake|and never wake)", window=0),
    # Round 17. Throwing oneself off a height, in slang: "yeet myself off the roof"
    rule("crisis", "suicide",
       r"(?:yeet|chuck|fling|throw|hurl|lob|launch)\w* (?:my ?self|meself|himself|herself|themselves) "
       r"(?:off|from|out of|over) (?:the |a |that |this |my )?(?:[\w']+ ){0,2}(?:roof|rooftop|bridge|"
       r"building|cliff|balcony|car ?park|multi-?stor(?:e)?y|tower|top floor|window|ledge|flyover|"
       r"overpass|block)\b", window=0),
    # C-SSRS 1, asked of others: who would come to my funeral, or notice I was gone
    rule("crisis", "suicide",
       r"(?:would|will|does|do|did) (?:anyone|anybody|any ?one|any of them|people|they|my family) "
       r"(?:even |actually |really |at all )?(?:come|turn up|show up|go|bother|care|cry) (?:to|at|"
       r"about|for|if i) (?:my|the) funeral|(?:who|nobody|no ?one|no-one) (?:would|will|'d) (?:even "
       r"|actually |really )?(?:come|turn up|show up|go|cry) (?:to|at) my funeral|(?:would|will) "
       r"(?:anyone|anybody|any ?one) (?:even |actually |really )?(?:notice|miss me|care) if i (?:was|"
       r"were|wasn'?t|weren'?t|died|disappeared|vanished|was gone|went)", window=0),
    # a carer who thinks of ending it for both: "taking us both out of it"
    rule("crisis", "suicide",
       r"(?:taking|take|took) (?:us both|both of us|the two of us|us all|all of us|them both|me and "
       r"(?:him|her|them|mum|dad)) (?:out|away)\b[^.?!]{0,12}?\b(?:of it|of this|of here|of the world|"
       r"of (?:this|the|our) misery)|end (?:it|things) for (?:both|all|the two) of us", window=0),
    # a wish for an illness to finish one: "i wish the cancer would hurry up"
    rule("crisis", "suicide",
       r"(?:wish|hope|want|pray)\w* (?:that )?(?:the|this|my|his|her) (?:cancer|illness|disease|"
       r"tumou?r|condition|heart|dementia|mnd|ms) (?:would|will|'d|to) (?:just |hurry up and )?"
       r"(?:hurry (?:up|along)|take me|finish me|get it over|win|kill me|end (?:it|me)|be quick)",
       window=0),
    # a note said as done, on its own ("i wrote my note."), then something else
    rule("crisis", "suicide",
       r"(?:i'?ve |i have |i )?(?:wrote|written|finished|left) my (?:goodbye |last )?(?:note|"
       r"letters to (?:everyone|them|my family|the kids))(?=\s*(?:[.!,;]|$|and (?:now|so)|already|"
       r"now\b))",
       unless=_ORDINARY_NOTE + r"|note (?:to|for|on|about|in) ", window=0),
    # NHS, self-harm in someone else: cuts or a blade found, and an excuse given for them
    rule("crisis", "self_harm",
       _FOUND_MARKS + r"|(?:fresh|new|deep|lots of|loads of) (?:cuts|cut marks|scratches|burns) on "
       r"(?:his|her|their) (?:arms?|wrists?|thighs?|legs?|stomach)",
       r"(?:says?|said|claims?|claimed|insists?|insisted|swears?|swore|told me|tells me) "
       r"(?:[\w']+ ){0,4}(?:from|an accident|the cat|shaving|nothing|fell|fine)|"
       r"(?:hid|hidden|hiding|wrapped|tucked) (?:[\w']+ ){0,4}(?:blades?|razors?|tissue)|"
       r"(?:blades?|razors?) (?:[\w']+ ){0,4}(?:hid|hidden|hiding|wrapped|tucked)", window=0),
    # an overdose asked about, "like if you wanted to"
    rule("crisis", "suicide",
       r"\b(?:od|o\.d\.?|overdose|overdosing)\b[^.?!]{0,50}?\bif (?:you|u|i|someone|a person|one|"
       r"they|he|she) "
       r"(?:really |actually )?(?:wanted|want|meant|tried|were trying) to\b", window=0),
    # C-SSRS: on a ledge now
    rule("crisis", "suicide",
       r"(?:i'?m|im|i am) (?:standing |sitting |sat |stood )?on (?:a |the |this )?(?:ledge|parapet|"
       r"railings?|edge of (?:a|the) (?:roof|bridge|cliff|building))\b|\bledge\b[^.?!]{0,60}?[.?!]?"
       r"[^.?!]{0,30}?\b(?:i'?m|im|i am) on one\b",
       unless=r"edge of my seat|climbing|bouldering|window ?sill", window=0),
    # the one thing keeping one alive, lost or held onto: "the only thing keeping me alive"
    rule("crisis", "suicide",
       r"(?:only|one|last) (?:thing|reason|person|one)\b[^.?!]{0,25}?\b(?:keep(?:s|ing)?|kept) me "
       r"(?:alive|here|from (?:ending|doing|killing))", window=0),
    # a railway looked at, again and again: "been looking at the train tracks a lot"
    rule("crisis", "suicide",
       r"(?:been |keep |keeps |kept )?(?:looking|staring|gazing|stare) (?:down )?at (?:the )?"
       r"(?:train |railway )?(?:tracks|rails|drop)\b",
       r"a lot|on my walks|every day|lately|for ages|all the time|too long|again|thinking|wonder",
       unless=r"model (?:railway|train)|trainspott\w*|engineer|signal", window=0),
    # C-SSRS method, asked as a question: all of someone's pills, "would that do it"
    rule("crisis", "suicide",
       r"(?:took|take|taking|swallowed|swallow|had) (?:all|the whole|every one of|all of)\b[^.?!]{0,40}?"
       r"\b(?:pills|tablets|meds|medication|medicines?|capsules|box|packet|bottle|antidepressants|"
       r"painkillers|sleepers|insulin)\b[^.?!]{0,25}?\b(?:would|"
       r"will|could|might) (?:that|it|this|they) (?:do it|be enough|kill|finish)", window=0),
    # C-SSRS 1: hoping to be hit, said beside a denial ("not suicidal but...")
    rule("crisis", "suicide",
       r"(?:hope|hoping|wish|wishing|pray\w*) (?:that )?(?:a|some|the) (?:car|bus|lorry|truck|"
       r"van|train|cyclist|driver)s? (?:would |will |'d )?(?:just )?(?:hits?|runs? (?:me )?over|"
       r"knocks? me|takes? me out)\b", window=0),
    # self-harm told by what was done: a word scratched or carved into the skin
    rule("crisis", "self_harm",
       r"(?:scratch|carv|cut|etch|scrap)\w* ['\"]?[\w ]{1,20}['\"]? (?:into|in|on) (?:my|his|her|their) "
       r"(?:thighs?|arms?|wrists?|skin|legs?|stomach|hip)", window=0),
    # Round 18. C-SSRS 3, a method thought of: what one would take known, beside a mind that
    # keeps going back to it ("i know exactly what to take. been thinking about it a lot");
    # what to take for a cramp, or when one comes, is the articles' question
    rule("crisis", "suicide",
       r"(?:know|knew|worked out|figured out|looked up) (?:exactly |already |just )?(?:what|which "
       r"(?:pills|tablets|meds|ones)|how (?:much|many)) (?:[\w']+ )?(?:to take|i'?d (?:take|need|"
       r"use)|i would (?:take|need|use)|it would take|it'?d take|to use)\b(?! (?:for|when|if|"
       r"before|after|with|to|next)\b)",
       r"(?:thinking|thought|think|dwell\w*) (?:about|of) (?:it|doing it|that)\b|been planning|"
       r"when the time comes|if (?:it|things) (?:ever )?(?:comes? to (?:it|that)|gets? (?:too )?bad)|"
       r"if i (?:ever )?(?:decide|go through)", window=0),
    # Round 19 (seen in probes_blind60 and 61, written here in other words). C-SSRS 4 and 5:
    # the how being worked out, "only the when is left"; how to do a stretch is not "how i'd"
    rule("crisis", "suicide",
       r"(?:working|worked|figuring|figured|sorting|sorted|planning|planned) out (?:exactly )?how "
       r"(?:i'?d|i would|i'?ll|i will|i could|i'?m going to) (?:do it|end it|go)\b(?! (?:for|with|"
       r"on|in|at|about|before|after|when|properly|right|again))", window=0),
    # C-SSRS 1: no future seen for oneself ("can't see myself being around much longer");
    # being "here" or "at this company" much longer is a job's or a place's end
    rule("crisis", "suicide",
       r"(?:can'?t|cannot|can not|don'?t|do not|dont|cant) (?:really |honestly |even )?(?:see|"
       r"picture|imagine) myself (?:still |even )?(?:being )?(?:alive\b|around (?:much|for much|"
       r"very|that|too) (?:longer|long)\b|around (?:for long|by (?:the )?(?:summer|christmas|next "
       r"(?:year|month|week)))\b)", window=0),
    # C-SSRS: a past overdose dated by its year or time ago, with the low mood back
    rule("crisis", "suicide",
       r"\b(?:overdose[ds]?|od'?d|took an overdose|had an overdose|tried to (?:kill|end|take))\b",
       r"\b(?:in|back in|during) (?:19|20)\d\d\b|(?:\d+|a|one|two|three|four|five|few|couple of) "
       r"(?:years?|months?) (?:ago|back)|last (?:year|summer|winter|spring|autumn)",
       r"(?:feel\w*|felt|getting|got|been|going) (?:[\w']+ ){0,3}(?:that |as |so )?(?:low|bad|dark|"
       r"down|way|like that|like i did) (?:again|once more)|(?:it'?s|that feeling'?s?|the thoughts? "
       r"(?:are|is|'s)) (?:coming )?back|(?:again|once more) (?:feel\w*|thinking)", window=0),
    # the amount of a medicine that would kill, asked as a dose ("how much X would it take to
    # kill someone")
    rule("crisis", "suicide",
       r"how (?:much|many)\b[^.?!]{0,50}?\b(?:would|will|does|could|to) (?:it )?(?:take to )?"
       # what would kill the pain, the germs or the taste is a remedy asked about
       r"(?:kill\b(?! (?:the |my |this |that |your |off (?:the )?)?(?:pain|ache|hurt|cramps?|germs?|"
       r"bacteria|bugs?|weeds?|taste|time|mood|buzz|infection|virus|fungus|it)\b)|be fatal|be "
       r"lethal|be deadly|finish (?:me|him|her|them|someone|a person) off)", window=0),
    # someone else's wish not to be around, in their words as told: "she said it'd be easier
    # if she wasn't around"; the one who said it in both halves, so "easier if my brother
    # wasn't around" said in annoyance is not read
    rule("crisis", "suicide",
       r"\b(?:(he|she|they)|(?:my|our|a|one of my) (?:[\w']+ ){0,2}\w+)\b (?:[\w']+ ){0,3}(?:says?|"
       r"said|saying|thinks?|thought|feels?|felt|told (?:me|us|her|him)|texted|messaged|keeps? "
       r"saying)\b[^.?!]{0,60}?\b(?:easier|better|simpler|happier|better off|fine) (?:[\w']+ ){0,4}"
       r"if (?(1)\1|(?:he|she|they)) (?:just |only )?(?:was|were|wasn'?t|weren'?t|was not|were not) "
       r"(?:[\w']+ )?(?:here|around|alive|gone|dead|born)\b", window=0),
    # things given away and a sudden calm: the warning signs together ("gave my bike to my
    # cousin, sorted who gets my dog, feel weirdly calm"); a move or a clear-out is not read
    rule("crisis", "suicide",
       r"(?:sorted|sorting|decided|worked out|figured out) (?:out )?who (?:gets|will get|'?ll get|"
       r"should get|can have|is having) my\b|(?:gave|given|giving) (?:away )?(?:all )?my (?:[\w']+ )"
       r"{0,2}\w+ (?:away )?to (?:my |a )?\w+",
       r"(?:calm|peaceful|at peace)\b",
       unless=r"\bmov(?:e|ed|ing)\b|clear(?:ing|ed)? out|declutter\w*|downsiz\w*|outgr[eo]w\w*|"
              r"new (?:one|bike|house|flat)|upgrad\w*|will (?:done|sorted|written)|solicitor",
       window=0),
    # C-SSRS 5: a time set when no one will be there, and the notes or letters written
    rule("crisis", "suicide",
       r"(?:picked|chosen|chose|set|made|planned|decided)\b[^.?!]{0,40}?\b(?:when|while) "
       r"(?:everyone|every ?one|everybody|they|the family|the house)(?:'?s| is| are| will be)? "
       r"(?:[\w']+ ){0,2}(?:away|out|gone|asleep|at\b)",
       r"(?:letters|notes|goodbyes?) (?:are |have been |all )?(?:written|done|ready)|(?:wrote|"
       r"written|left) (?:the|my) (?:notes|letters|goodbyes)", window=0),

    # Round 20. C-SSRS 1: a wish for something or someone to end one's life, put as a want
    # ("i'd like something to actually kill me"); what would kill the pain is a remedy
    rule("crisis", "suicide",
       r"(?:want|wanna|like|love|wish|need|hope|pray)\w*\b[^.?!]{0,20}?\b(?:something|someone|"
       r"somebody|anything|anyone|a (?:bus|car|truck|lorry|train|bullet|heart attack))\b "
       r"(?:[\w']+ )?to (?:actually |just |finally |really )?(?:kill|end|finish) me\b(?! (?:off )?"
       r"(?:lol|lmao|haha))|(?:wish|hop|pray)\w* (?:that )?(?:a|an|some|the) (?:bus|car|truck|"
       r"lorry|train|meteor|asteroid|heart attack)\b[^.?!]{0,25}?\b(?:kill|hit|finish|end|take) "
       r"me\b", window=0),
    # a crash hoped for (C-SSRS 1, a passive wish acted out on the road); a crash hoped not
    # to happen, a computer's or a crash on the sofa is not read
    rule("crisis", "suicide",
       r"(?:hop\w*|wish\w*|pray\w*) (?:that )?(?:i|i'?ll|i will|i'?d|i might) (?:just |finally |"
       r"eventually |actually )?crash(?:es)?\b(?! (?:out|and burn|course|diet|at|on|early|tonight|"
       r"for|asleep|in bed|the party))", window=0),
    # suicide denied with a hedge, then a wish: "i don't want to kill myself exactly, but..."
    # (a passive wish to be gone, C-SSRS 1)
    rule("crisis", "suicide",
       r"(?:don'?t|do not|dont|not|never) (?:really |actually )?(?:want(?:ing)?|plan\w*|going|"
       r"gonna|intend\w*|trying) (?:to )?(?:kill (?:my ?self|meself)|die|end (?:it all|my life|"
       r"things)|commit suicide|top myself)\W{0,3}(?:exactly|as such|per se|or anything|"
       r"technically)\b[^.?!]{0,6}?\bbut\b|not (?:exactly |really )?suicidal\W{0,3}(?:exactly|as "
       r"such|per se|or anything)\b[^.?!]{0,6}?\bbut\b", window=0),

    # Round 21 (seen in probes_blind74 to 76, written here in other words). C-SSRS 1, a
    # passive wish: staying under the water hoping not to come back up
    rule("crisis", "suicide",
       r"(?:hop|wish|pray)\w* (?:that )?i (?:just |would |'?d |might )?(?:won'?t|don'?t|wouldn'?t|"
       r"never|not|didn'?t) (?:ever )?(?:come|float|bob) (?:back )?up\b|(?:hop|wish|pray)\w* (?:that )?i "
       r"(?:just |would |'?d )?(?:never )?(?:resurface|stay (?:down|under) for good)", window=0),
    # C-SSRS 1: the others managing fine once one has stopped being here
    rule("crisis", "suicide",
       r"\b(?:if|once|when) i (?:just |simply |quietly )?(?:stopped|stop|ceased|quit) (?:being (?:here|"
       r"around|alive)|existing|living)\b|(?:everyone|everybody|they|people|my family|my kids|the "
       r"world) (?:would|'d|will) (?:all )?(?:cope|manage|get by|get on|move on)(?: just)? (?:fine |"
       r"ok |okay |better )?(?:without me|if i (?:was|were|wasn'?t|weren'?t) (?:gone|here|around))",
       window=0),
    # C-SSRS 5: an attempt made, said as "made an attempt" or survived as an overdose; an
    # attempt at a race, to stretch or on a summit is not one
    rule("crisis", "suicide",
       r"(?:\b(?:i|he|she|they|my (?:\w+ )?(?:son|daughter|brother|sister|friend|mate|partner|wife|"
       r"husband|mum|dad|mom)) |^\W*|[.!?;]\s*)(?:made|had) (?:an|another|a second|a) (?:suicide )?attempt\b(?! "
       r"(?:at|to|on (?:the|a|it|that)|of|in (?:the |a |my )?(?:race|game|match|final|marathon|exam|test|gym|"
       r"competition)|for|with|but)\b)|survived (?:an|my|a|the|his|her|their) "
       r"(?:deliberate |intentional )?(?:overdose|od)\b", window=0),
    # C-SSRS 4, preparations: a hose for the car's exhaust, got ready; a repair is not
    rule("crisis", "suicide",
       r"\b(?:hose|hosepipe|tube|tubing|pipe)\b[^.?!]{0,30}?\b(?:car'?s? )?exhaust\b|\bexhaust\b "
       r"(?:[\w']+ ){0,3}(?:into|through) (?:the )?(?:car|window|cabin)\b",
       unless=r"\b(?:fix\w*|repair\w*|replac\w*|mechanic\w*|leak\w*|rattl\w*|rust\w*|mot|garage|"
              r"broke\w*|cracked|extractor|workshop|fitted|welded|manifold|silencer|muffler)\b",
       window=0),

    # Round 22 (seen in probes_blind81 and 82, written here in other words). C-SSRS 2, a way
    # thought of on the road: not turning the wheel, steering into something
    rule("crisis", "suicide",
       r"(?:think\w*|thought|tempt\w*|urge|want\w*|wonder\w*|imagin\w*|picture) (?:about |of |to )?"
       r"(?:just )?(?:not turning the wheel|(?:driving|steering|swerving|veering) (?:the car |my car )?"
       r"(?:into|off) (?:a |the |an )?(?:tree|wall|bridge|cliff|lorry|truck|oncoming|barrier|river|"
       r"road|motorway|bend)|letting go of the (?:steering )?wheel)", window=0),
    # C-SSRS 1: hoping the body or the heart just gives up; a cramp that gives up is not one
    rule("crisis", "suicide",
       r"(?:hop|wish|pray)\w* (?:that )?my (?:body|heart) (?:would |will )?(?:just |finally |"
       r"eventually )?(?:gives? (?:up|out)|stops|packs? (?:in|up)|shuts? down|fails)\b", window=0),
    # self-harm as punishment: pain sought because one "deserves" it
    rule("crisis", "self_harm",
       r"\bi deserve (?:it )?(?:to (?:hurt|suffer|feel pain|be in pain)|the pain|the hurt|"
       r"it to hurt)|(?:so|because|cos|coz|cause) i (?:can )?(?:punish|hurt) myself|to punish "
       r"myself\b(?! for (?:eating|skipping|missing))", window=0),
    # a past overdose told by the age it happened at, with the feelings coming back
    rule("crisis", "suicide",
       r"when i was (?:\d+|younger|a teen\w*|at uni|in (?:school|college|uni|my teens)),? (?:i )?"
       r"(?:overdosed|od'?d|took an overdose|tried to (?:kill myself|end it|end my life)|"
       r"attempted|cut myself)", window=0),
    # Round 23 (seen in probes_blind85 and 86, written here in other words). C-SSRS 5: a
    # suicide pact, or a pact to "do it" together; a pact to run or to diet is not one
    rule("crisis", "suicide",
       r"suicide pact|\bpact (?:[\w']+ ){0,3}to (?:do it|end it|end things|go together|die|not be here|"
       r"both go)\b|\bpact\b[^.?!]{0,30}\bdo it together\b",
       unless=r"\bpact (?:[\w']+ ){0,3}to (?:run|train|diet|stretch|quit|stop|go to|get|start|finish)\b",
       window=0),

    # Round 26 (these first seen in probes_blind125, the rest below in 117 to 120, each written
    # here in other words). C-SSRS 4, a goodbye said as a condition: "if i'm not here tomorrow
    # it's not your fault", one's own or someone else's words
    rule("crisis", "suicide",
       r"\bif (?:i'?m|im|i am) (?:not|no longer) (?:here|around|alive) (?:tomorrow|tonight|in the "
       r"morning|by (?:the )?morning|next week|any ?more|much longer)\b", window=0),
    # C-SSRS 4, preparations: a note written, said alone, with nothing to say what note it is
    rule("crisis", "suicide",
       r"^\W*(?:i(?:'ve| have| just| finally)? )?(?:wrote|written|left|finished) (?:a|the|my) "
       r"(?:last |final )?note(?=\W*$)", window=0),
    # medicine kept back instead of taken, stored up: "stockpiling his quinine", "been saving up
    # my sleeping tablets"; a shop stocking up on vitamins is not one, nor a drawer of old
    # tablets "hoarded"
    rule("crisis", "suicide",
       r"(?:stockpil\w*|stash\w*|saving up|squirrel\w* away) (?:all |up )?(?:of )?(?:his|her|"
       r"my|their) (?:[\w']+ )?(?:" + MED[3:-1] + r"|" + SUBSTANCE[3:-1] + r")|"
       r"(?:stockpil\w*|hoard\w*|stash\w*|sav\w*|sav\w* up|keep\w*|kept|hid\w*) (?:[\w']+ ){0,6}"
       r"instead of taking (?:it|them)", window=0),
    # C-SSRS 1, the wish to sleep and never face anything again, beside a denial ("not
    # suicidal or anything, would just be nice to go to sleep and not deal with anything ever
    # again"); a good night's sleep wished for is not one
    rule("crisis", "suicide",
       r"(?:(?:go|went|going|drift\w*|drop\w*|nod\w*) (?:off )?to sleep|(?:fall|fell|falling) asleep|"
       r"drift\w* off) (?:and|&) (?:just )?(?:not|never) (?:have to )?"
       r"(?:deal with|face|feel|think about|do|come back to|wake up to) (?:anything|any of it|it all|"
       r"everything|life|this|things)(?: [\w']+){0,2} (?:ever )?again\b", window=0),
    # a death idiom the writer then takes for their own: "my legs want to die and so do i"
    rule("crisis", "suicide",
       r"(?:want|wants|wanna|wanted|wish|wishes|ready) to (?:die|be dead|give up|end it)\b,?"
       r" (?:and|&|but) (?:so do|so does|honestly so do|tbh so do) (?:i|me)\b|"
       r"(?:want|wants|wanna) to (?:die|be dead)\b[,.!]? (?:same|me too|same here|ngl me too)\W*$",
       window=0),
    # a way asked to make something kill oneself, said to be meant: "is there a way to make a
    # cramp so bad it kills you, asking for real"; not "a way to stop it before it kills me"
    rule("crisis", "suicide",
       r"(?:way|ways|method|methods) (?:to|of) (?:make|making|let|letting|get|getting) (?:[\w']+ ){0,8}"
       r"(?:kills? (?:you|me|myself|yourself|a (?:person|human))|stops? (?:your|my|a|the) heart)\b|"
       r"(?:way|ways) to die (?:from|of|by) (?:a |an )?(?:cramp\w*|spasm\w*)",
       r"for real|not (?:a |as a )?jok\w*|not kidding|no joke|seriously|genuinely|i mean it|"
       r"actually asking|real question|honestly|asking for (?:me|myself)", window=0),
    # Round 27 (seen in probes_blind155, written here in other words). C-SSRS 4, intent: taking
    # all of a medicine at once, announced ("gonna take all my relaxers at once tonight")
    rule("crisis", "suicide",
       r"(?:gonna|going to|i'?m going to|im going to|i will|i'?ll|ill|about to|planning to|plan to|"
       r"decided to) (?:just )?(?:take|swallow|down|neck|have) (?:all|the whole(?: lot)?|every one|"
       r"the lot|every single one) (?:of )?(?:my|the|them|those|these|his|her)\b(?: [\w']+){0,3} "
       r"(?:in one go|at once|together|all at once|at the same time)",
       unless=_A_MEDICINE_ROUTINE, window=0),
    # self-harm by burning: a flame or something hot held to one's own skin
    rule("crisis", "self_harm",
       near(r"(?:lighters?|flames?|matches|lit cigarettes?|cigarettes?|hot (?:irons?|knife|knives|"
            r"metal|spoons?|pans?))", r"(?:to|against|on|into) (?:the (?:inside|back) of )?(?:my|his|her|"
            r"their) (?:own )?(?:[\w']+ )?(?:skin|arms?|legs?|wrists?|thighs?|hands?|stomach|belly)", 4),
       r"hold\w*|held|press\w*|put|putting|burn\w*|stub\w*", window=0),
    # Round 27 (seen in probes_blind163 to 166, written here in other words). C-SSRS 1: the
    # wish never to have been born (its "never" is no negation of what follows it)
    rule("crisis", "suicide",
       r"(?:wish\w*|wished) (?:that )?(?:i|he|she|they|you)(?:'?d| was| were| had)? never (?:been )?born",
       window=0),
    # C-SSRS 4, preparations: letters written and things given away
    rule("crisis", "suicide",
       r"(?:wrote|written|writing|finished|left) (?:the |my |some |all the |a few )?(?:letters|notes)\b",
       r"(?:gave|giving|given|give) (?:away )?(?:my|all my|his|her) ", window=0),
    # a farewell made conditional: "if anything happens to me, tell my mum i loved her"
    rule("crisis", "suicide",
       r"if (?:anything|something) (?:happens|were to happen|should happen|ever happens) to me|"
       r"(?:when|once|after) i'?m gone\b",
       r"\btell (?:my |\w+ )|look after|take care of|loved? (?:her|him|them|you)|sorry|goodbye|"
       r"give (?:my|him|her)", window=0),
    # C-SSRS 1, told as a what-if: not coming home, ever
    rule("crisis", "suicide",
       r"(?:didn'?t|did not|don'?t|do not|never|wouldn'?t|would not|won'?t|not) (?:come|coming|go|"
       r"going|get|getting|make it|making it) (?:back )?home\b",
       r"\b(?:like ever|ever again|for good|forever|ever)\b", window=0),
    # self-harm by hitting oneself until it bruises, or to feel something
    rule("crisis", "self_harm",
       r"(?:hit|hitting|whack\w*|punch\w*|bang\w*|smack\w*|beat\w*|slam\w*) (?:my|myself|my own)\b",
       r"(?:til+|until|till) (?:it|they|i|my \w+) (?:bruises?|bleeds?|bruise|bleed)|to feel (?:something|"
       r"anything)|makes? me feel (?:something|anything)|feel (?:something|anything) (?:again|else)",
       window=0),
    # text-speak for "I don't want to be here / to live": "idw b here nemore", "idwtl"
    rule("crisis", "suicide",
       r"idw(?:t|2|to)? (?:b|be) (?:here|alive|around)|idw(?:t|2|to)? (?:live|exist)|idwtl(?:\w*)?"),
    # to "off" oneself: slang for killing oneself, said with a wish or a way
    rule("crisis", "suicide",
       r"(?:to|gonna|wanna|should|will|i'?ll|might|just|could) off " + SELF + r"|"
       r"(?:offing|offed) " + SELF),
    # Round 28 (seen in probes_blind175 to 178, written here in other words). C-SSRS 1: one's
    # death imagined as money for the family, a payout that would put them right
    rule("crisis", "suicide",
       r"(?:life )?insurance|payout|pay-?out|death in service|death benefit|(?:my |the )?pension",
       r"better off|be (?:fine|ok|okay|sorted|set|alright|all right)\b|clear (?:the |our |my |their |"
       r"his |her )?(?:debts?|mortgage|bills)|pay (?:off )?(?:the |our |my |their )?(?:debts?|mortgage|"
       r"bills)|look after (?:them|her|him|the kids)|sort (?:them|her|him|everything) out",
       r"if i (?:was|were|wasn'?t|weren'?t) (?:gone|dead|here|around)|without me|once i'?m gone|"
       r"when i'?m gone|i keep thinking|keep thinking|i think about|thinking about|i'?d be worth|"
       r"(?:she|he|they|the kids|my \w+) (?:would|'?d) (?:get|have|be)",
       unless=r"does (?:my |the )?(?:[\w']+ )?insurance (?:cover|pay)|insurance (?:cover|claim|"
              r"form|policy (?:cover|pay))|(?:physio|treatment|sessions?|massage)|(?:took|take|taking|"
              r"takes) out (?:a |some |the |my )?(?:life )?(?:insurance|policy|cover)|(?:set|setting|"
              r"sorted) up (?:a |my |the )?(?:life )?(?:insurance|policy)|quotes?|premiums?|financial "
              r"advis\w*|(?:my|a|the) will\b|will and testament",
       window=0),
    # C-SSRS method: a height looked up, the fall it would give
    rule("crisis", "suicide",
       r"(?:look\w* up|looked up|googl\w*|search\w*|check\w*|research\w*|find out|found out|"
       r"measur\w*) (?:[\w']+ ){0,2}how (?:high|tall|many (?:floors|storeys|stories))",
       r"bridge|car ?park|multi[- ]?stor(?:e)?y|tower ?block|block of flats|roof|cliff|viaduct|"
       r"flyover|overpass|balcony|building",
       unless=_HEIGHT_VISITED, window=0),
    # C-SSRS 4, preparations: pills and a bottle set out together, at hand
    rule("crisis", "suicide",
       r"(?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|co-?codamol|codeine|"
       r"antidepressants)\b(?: [\w']+){0,6} (?:vodka|whisky|whiskey|gin|rum|wine|booze|alcohol|"
       r"spirits|bottle)|(?:vodka|whisky|whiskey|gin|rum|wine|booze|alcohol)\b(?: [\w']+){0,6} "
       r"(?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|co-?codamol|codeine)",
       _AT_HAND + r"|on the (?:table|desk|bed|counter|floor) (?:in front of|next to|beside) me|sat "
       r"here with|sitting here with|all ready|ready and waiting", window=0),
    # C-SSRS 1: not planning to be alive by a day ahead ("no point, i won't be here by
    # christmas"), unless the absence is a trip
    rule("crisis", "suicide",
       r"(?:(?:don'?t|do not|not|no longer) (?:plan\w* (?:on|to)|intend\w* (?:on|to)|expect\w* to)|"
       r"won'?t|wont|will not|not going to|not gonna) (?:being|be) (?:around|here|alive|living)",
       r"(?:by|for|at|until|till|til|come|to see|in|next|this) (?:[\w']+ ){0,2}(?:christmas|xmas|easter|"
       r"birthday|new year|summer|spring|winter|autumn|wedding|week|month|year|results)",
       # (a stay in hospital is an absence too)
       unless=_AWAY + r"|hospital|op|operation|surgery", window=0),
    # C-SSRS 1, the others relieved by one's death: "they'd all be relieved if i died"
    rule("crisis", "suicide",
       r"(?:relieved|happier|better off|easier (?:for|on) (?:them|everyone|everybody|my \w+)|"
       r"(?:be )?fine|free|lighter) (?:[\w']+ ){0,3}if i (?:died|was dead|were dead|was gone|were gone|"
       r"wasn'?t here|weren'?t here|wasn'?t around|weren'?t around|was no longer here)\b",
       unless=_AWAY + r"|for the weekend"),
    # C-SSRS 1: being no longer in this world ("easier if i am not in this world anymore")
    rule("crisis", "suicide",
       r"(?:not|no longer|never) (?:be |being |to be )?(?:in|on) this (?:world|earth|planet)\b|"
       r"(?:leave|leaving|left|gone from|go from) this (?:world|earth)\b",
       unless=r"(?:out of|not of) this world\b|(?:food|cake|view|taste)\w*"),
    # C-SSRS 4: a goodbye, with the help said to be no longer needed after a day ahead
    rule("crisis", "suicide",
       r"(?:won'?t|wont|will not|not going to|don'?t|do not) (?:be )?need(?:ing)? (?:them|it|this|"
       r"these|those|any of (?:it|this|them)|your (?:tips|help|advice))(?: any ?more)? (?:after|past|"
       r"beyond|by|from) (?:this|the|tonight|tomorrow|next|sunday|monday|friday|saturday|today)",
       r"goodbye|good bye|farewell|thanks for everything|thank you for everything|take care of|"
       r"anyway", window=0),
    # C-SSRS 4, preparation: at a place to fall or be struck, with the mind low
    rule("crisis", "suicide",
       r"(?:sitting|sat|standing|stood|walking|waiting|parked|here) (?:[\w']+ ){0,2}(?:by|on|at|near|"
       r"next to|beside|over) (?:the |a )?(?:train |railway |rail )?(?:tracks|track|line|bridge|"
       r"cliff|ledge|edge|roof|rooftop|platform edge|motorway bridge)\b",
       r"\b(?:sad|drunk|crying|cried|upset|alone|numb|done|hopeless|empty|can'?t (?:do|take|cope)|"
       r"no point|goodbye|sorry|nobody|no one|pills|tablets)\b",
       unless=r"\b(?:walk\w*|hik\w*|view|photo\w*|picnic|waiting for (?:the|a|my) (?:train|bus))\b",
       window=0),
    # C-SSRS 1: going to sleep and not waking, welcomed
    rule("crisis", "suicide",
       r"(?:sleep|asleep|bed) and (?:just )?(?:not|never) (?:wak(?:e|ing)) up",
       r"sounds? (?:so )?(?:nice|good|great|peaceful|appealing|like a dream|tempting|lovely|ideal)|"
       r"(?:would|'d) be (?:so )?(?:nice|good|great|a relief|peaceful|easier|lovely)|wish|want|wanna|"
       r"dream|hope|pray|tempt\w*|honestly|ngl", window=0),
    # self-harm: one's own skin cut, burned or hurt on purpose, told with when or why
    rule("crisis", "self_harm",
       r"\bi (?:still |sometimes |often |have been |'?ve been |been |always )?(?:cut|cutting|scratch\w*|"
       r"burn|burning) (?:[\w']+ ){0,5}(?:my|myself)\b(?: [\w']+){0,2} ?(?:thighs?|arms?|wrists?|legs?|"
       r"skin|stomach|hips?|tummy|belly)\b",
       r"when (?:things|it|everything|life) (?:gets?|got|is|are) (?:bad|too much|hard|dark|worse)|"
       r"when i'?m (?:upset|sad|low|stressed|angry|down)|nobody knows|no one knows|(?:the|my|fresh|old|"
       r"new) (?:cuts|scars|marks)|to cope|to feel|don'?t want to tell|(?:my )?(?:mum|mom|parents) "
       r"(?:to )?(?:find|know)", unless=_ACCIDENT, window=0),
    rule("crisis", "self_harm",
       r"(?:on purpose|deliberately|purposely|intentionally) (?:[\w']+ ){0,4}(?:until|till|til|so) "
       r"(?:it|i|they) (?:really |properly )?(?:hurts?|bruises?|bleeds?)|(?:until|till|til) it "
       r"(?:really )?(?:hurts|bruises|bleeds) (?:[\w']+ ){0,4}(?:on purpose|deliberately)|the pain "
       r"(?:makes|helps) (?:it|my head|my mind|everything|the noise|things) (?:[\w']+ )?(?:quieter|"
       r"calmer|stop|go quiet|better|go away)", window=0),
)
