"""The signs that need a clinician soon."""

from __future__ import annotations

import re

from bot.safety.lexicon.words import (ALLERGY, CANT, CHEST, CHEST_ODD, CHILD_AGE, CRAMP,
                                     DRINK_STOPPED, ICED,
                                     DARK_URINE, DURATION, LIMB, MED, NIGHT, OFTEN, PAINFUL,
                                     PREGNANT, PRESSED, RECUR, REST, RESTED_AND_EASED, SCANT_URINE,
                                     SUBSTANCE, SWOLLEN, HIGH_BP, BP_READ, near, rule)

# Words that place a number as a blood sugar
DIABETES_WORDS = r"sugars?|glucose|diabet\w*|\bbg\b|\bbm\b|libre|meter|mmol|mg/dl|insulin"

# Pain told by a simile is no tear: "like someone ripping my leg apart", "being torn in half"
_NOT_A_SIMILE = (r"(?!like (?:someone|somebody|some ?one|it was|it were|they were|(?:my|his|her|the) [\w']+ "
                 r"(?:was|were) being))")
_NOT_TORN_APART = r"(?! (?:[\w']+ ){0,3}(?:apart|in half|in two|to shreds|to pieces))"
# "popped up" appeared, "popped over to the shop", "popped a pill", "ripped apart" in a simile
_NOT_A_POP = (r"(?! (?:up|into|in to|over|round|around|by|out to|down to|to the|apart|in half|"
              r"to shreds|to pieces|open|a |an |two|some|my (?:pills?|tablets?|meds)|pills?|"
              r"tablets?|ibuprofen|paracetamol|painkillers?)\b)")

# Drinks with alcohol in them, named
_ALCOHOL = r"(?:wine|beers?|booze|alcohol|pints|vodka|gin|whiske?y|rum|spirits|lager|cider|prosecco)"

# A habit of every day asked about as a remedy: "would walking every day help me get fewer
# cramps", "would stretching every night stop them"; not the cramps themselves asked about
# ("do cramps every night stop on their own") (round 21)
_A_HABIT_ASKED = (r"\b(?:would|will|could|does|do|can|should|might|is) (?:(?!(?:cramp\w*|spasm\w*|them|"
                  r"it|they|these|those)\b)[\w']+ ){1,4}every (?:single )?(?:day|night|morning|"
                  r"evening|week) (?:[\w']+ ){0,2}(?:help|stop|prevent|reduce|cut)|"
                  # a remedy taken every night for the cramps, the time the remedy's, not the
                  # cramps': "drinks tonic water every evening for his cramps" (round 24)
                  r"\b(?:drink\w*|drank|take\w*|took|has|have|had|use\w*|rub\w*|swore by|swears by|"
                  r"eat\w*|ate) (?:[\w']+ ){1,5}every (?:single )?(?:day|night|morning|evening)"
                  r"(?:,? (?:for|against|to (?:stop|prevent|help with)) (?:his |her |my |their |the )?"
                  r"(?:[\w']+ )?cramps?|,? (?:he|she|they) (?:says?|say|said|swears?|reckons?) (?:it|they|"
                  r"that) (?:stops?|helps?|prevents?|keeps?))\b"
                  r"(?![^.?!]*\b(?:still|but|despite|anyway|yet|even so)\b)")

# A strain told as mild, with no sign of a tear (a pop, bruising, weight it will not bear):
# the self-care the articles give (NHS, sprains and strains), not a doctor's matter. For the
# learned layers, which read "strained" as a tear (round 26).
MILD_STRAIN = re.compile(
    r"^(?!.*\b(?:pop\w*|snap\w*|(?<!no )(?<!not )bruis\w*|black and blue|(?:can'?t|cannot|couldn'?t) "
    r"(?:walk|bear|put (?:any )?weight|stand))).*(?:\b(?:only |just )?(?:a )?(?:mild|minor|slight|"
    r"small|little) (?:strain|pull|tweak)\b|\b(?:strained|pulled|tweaked) (?:it|my [\w']+|the [\w']+) "
    r"(?:a (?:bit|little|tad)|slightly|mildly)\b|\b(?:strain\w*|pull\w*|tweak\w*)\b[^.?!]{0,60}"
    r"\b(?:only|just) (?:mild|minor|slight|a bit sore)\b)")

SEE_DOCTOR = (  # most specific and most urgent first: the first sign found leads the reply
    rule("see_doctor", "clot_signs", near(LIMB, SWOLLEN, 4),
       r"red|redness|hot|warm|warmth|tender\w*|hard|firm|painful|throbbing|one side|one leg|only "
       r"one|just one|left|right|flight|flying|drive|travel\w*|surgery|operation|bigger than|"
       r"won'?t go down|shiny|veins?|since (?:(?:a|the|my|that) (?:bad )?cramp|yesterday|last night|"
       r"then)|still swollen|(?:been there|there for|for|lasted) (?:a few|few|several|\d+|two|three|"
       r"four|five) days|"
       r"(?:last night|yesterday)\b.{0,40}\bnow\b"),
    rule("see_doctor", "clot_signs", near(LIMB, r"(?:red|redness|reddened|(?:hot|warm)(?! (?:yoga|"
       r"baths?|showers?|tubs?|weather|days?|climate|rooms?|studio|class\w*|pilates|country|water|"
       r"drinks?|packs?|compress\w*|towels?|flannel|bottle|spell|summer|sun)\b))", 7),
       r"tender\w*|painful|hard|firm|throbbing|one side|one leg|only one|swollen|swelling|since|"
       r"yesterday|last night|still|for (?:a |two |few |a few )?days|to (?:the )?touch"),
    rule("see_doctor", "clot_signs",
       near(r"(?:lump|bump|mass|cyst|bulge|knot|swelling)", r"(?:behind (?:my |the )?knee|calf|"
            r"calves|thigh|leg)", 4),
       r"hot|warm|red|hard|painful|tender|growing|swollen|throbbing",
       # the knot of the cramp itself, gone when the cramp let go
       unless=r"(?:lump|bump|knot|bulge|it) (?:[\w']+ ){0,2}(?:vanished|disappeared|went away|went "
              r"down|melted)|(?:once|when|after|as soon as) the cramp (?:let go|eased|stopped|went|"
              r"passed|released)|"
              # or felt only while it cramps: "the hard lump in my thigh when it cramps"
              r"(?:lump|bump|knot|bulge|ball)\b[^.?!]{0,30}\b(?:when|whenever|while|during) (?:it |they "
              r"|the |a |my )?(?:[\w']+ )?(?:cramp\w*|spasm\w*)\b(?! (?:[\w']+ ){0,2}(?:goes|has gone|"
              r"went|eases|passes|passed|stops|is over))"),
    # NICE NG12: an unexplained lump that is getting bigger needs a scan (a soft tissue
    # sarcoma is most often a painless, growing lump in a limb); one still there weeks on, or
    # hard and fixed, is checked too. The knot a cramp makes lasts minutes, and is no lump.
    rule("see_doctor", "lump",
       near(r"(?:lump|mass|growth|bump|swelling)", r"(?:getting|got|gotten|grown|growing|grew|gets|"
            r"keeps getting|has got|seems) (?:[\w']+ )?(?:bigger|larger)|(?:bigger|larger) than "
            r"(?:a |an )?(?:golf ?ball|egg|tennis ball|plum|lemon|orange)|(?:hasn'?t|has not|won'?t|"
            r"wont|doesn'?t|didn'?t|not|never) (?:[\w']+ )?(?:gone|go|going) (?:down|away)|still there|"
            # still there once the cramp has gone: no knot of the cramp's own
            r"stays? (?:there |put )?(?:even )?(?:when|after|once) the cramp|"
            r"(?:for|over) (?:[\w']+ )?(?:weeks|months)|(?:hard|solid|fixed)(?: and| but)? (?:[\w']+ )?"
            r"(?:doesn'?t|won'?t|does not|can'?t) (?:[\w']+ )?move", 10),
       r"(?:leg|legs|thigh|thighs|hamstrings?|hammy|calf|calves|knee|buttock|bum|groin|back of)",
       window=0),
    rule("see_doctor", "skin_colour",
       near(r"(?:skin|leg|calf|thigh|foot|feet|toes?|ankle)", r"(?:changes? colou?r|blotch\w*|purpl\w*|mottled|"
            r"discolou?r\w*|marbled|red streaks?|streaky|bluish|blueish|dusky|(?:goes|gone|going|"
            r"turns?|turning|turned|went) (?:a bit |slightly |kind of |sort of )?blue)", 5) +
       # a red line tracking up from a scratch: an infection spreading along the lymph vessels
       r"|(?:red|pink) (?:line|streak)s? (?:[\w']+ ){0,2}(?:running|spreading|going|tracking|moving|"
       r"creeping) up"),
    rule("see_doctor", "infection", r"fever\w*|temperature|chills|shivering",
       near(LIMB, r"(?:red|swollen|hot|warm|pus|wound|cut|infect\w*)", 4) + r"|" +
       near(r"(?:muscles?|spot|area|site|skin|lump|cramp\w*)", r"(?:red|swollen|hot|warm|puffy|"
            r"inflamed|pus)", 4)),
    rule("see_doctor", "dark_urine", DARK_URINE),
    rule("see_doctor", "little_urine", SCANT_URINE, window=0),
    rule("see_doctor", "fluid_loss",
       r"vomit\w*|throw\w* up|threw up|being sick|been sick|puk\w*|diarrh\w*|diarea|"
       # "cramping on the runs": the runs one goes for, not the runs one has
       r"(?<!on )(?<!during )(?<!after )(?<!before )(?<!between )(?<!into )the runs(?! (?:i|we|"
       r"you)\b)|"
       r"stomach bug|gastro\w*|food poisoning|sick all (?:night|day)|"
       # "d&v", as the ampersand is read: "d and v"
       r"\bd and v\b|\bv and d\b|\bd ?\+ ?v\b|"
       # the runs told by the trips: "running to the loo ten times a day"
       r"(?:running|going|dashing|rushing|racing|back and forth|up and down) (?:to|from) the "
       r"(?:loo|toilet|bathroom|lav|lavatory)\b[^.?!]{0,25}?\b(?:\d+|[a-z]+) times|"
       r"(?:crohn'?s|colitis|ibd) (?:is )?flar\w*|flare of (?:my )?(?:crohn'?s|colitis|ibd)|"
       # days without food: the salts run down
       r"(?:water|juice)[- ]only fast|day (?:\d+|[a-z]+) of (?:a |my )?(?:water |juice )?fast|"
       r"fasting for (?:\d+|several|a few|[a-z]+) days",
       rf"{CRAMP}|dehydrat\w*|dizzy|faint\w*|weak\w*"),
    # laxatives or being sick used to lose weight: salts lost, and a person who needs help
    rule("see_doctor", "fluid_loss",
       r"laxatives?|(?:make|made|making) (?:myself|herself|himself) sick|purg\w*|diet (?:pills|teas?)",
       r"weight|thin\w*|slim\w*|\blose\b|losing|\bfat\b|most days|every day|daily|nobody knows|"
       r"(?:for|over) (?:weeks|months)|a few months",
       CRAMP, window=0),
    rule("see_doctor", "fluid_loss",
       r"(?:can'?t|cannot|couldn'?t|unable to) keep (?:[\w']+ ){0,2}down", window=0),
    rule("see_doctor", "fluid_loss",  # NICE CKS: heavy sweating at work or in heat, day on day
       r"sweat\w* (?:[\w']+ ){0,2}(?:litres|liters|buckets|gallons|pints|heavily|like mad|loads)",
       r"every (?:single )?(?:shift|day|night|afternoon|morning|evening)|all (?:day|shift|week)|each "
       r"shift|daily|constantly",
       CRAMP, window=0),
    rule("see_doctor", "allergy", ALLERGY,
       r"after|since|start\w*|new|taking|took|reaction|supplement\w*|tablet\w*|pill\w*|"
       r"medic\w*|magnesium|quinine|tonic",
       unless=r"heat rash|chaf\w*|sweat rash|prickly heat"),
    rule("see_doctor", "bladder",
       r"(?:wet|peed|pissed|soiled) (?:myself|the bed)|incontinen\w*|" + CANT +
       r" (?:control|hold) (?:my |his |her |their )?(?:bladder|bowels?|pee|urine)"),
    rule("see_doctor", "palpitations",
       near(r"(?:heart|pulse|heartbeat)", r"(?:flutter\w*|irregular|erratic|all over "
            r"the place|missing beats|extra beats?|funny|weird)", 3) + r"|palpitations|" +
       r"(?:heart|pulse) (?:[\w']+ )?(?:skips|skipping|keeps skipping|misses|missing) (?:a )?"
       r"beats?|(?:heart|pulse) (?:[\w']+ )?(?:skipping|keeps skipping)\b|skipped beats|"
       r"(?<!a )skipped (?:a few |some )?beats|" +
       near(r"(?:heart|pulse|heartbeat)", r"(?:pound\w*|rac\w*|thump\w*|hammer\w*)", 3) +
       r"(?= (?:[\w']+ ){0,3}(?:at rest|for no reason|out of nowhere|while (?:i'?m )?(?:resting|"
       r"sitting|lying)|won'?t (?:slow|settle)))"),
    rule("see_doctor", "chest_symptom", near(rf"(?:{CHEST}|(?<!heavy )heart)", CHEST_ODD, 4)),
    rule("see_doctor", "breathing_symptom",
       r"wheez\w*|(?:breathing|breath) (?:feels |is |has been |sounds |gets )?(?:weird|funny|"
       r"strange|heavy|off|noisy|whistl\w*|tight|raspy|worse)|out of breath (?:so |really |very )?"
       r"(?:easily|quickly|lately|more (?:than|these)|doing nothing|walking|climbing|on the stairs|"
       r"going up)|(?:get\w*|feel\w*|am|i'?m) (?:a bit |quite |more )?breathless|short(?:er)? of "
       r"breath|breathless\w*"),
    rule("see_doctor", "dizziness",
       near(r"(?:dizz\w*|light ?headed\w*|woozy|vertigo|spinning|faint\w*|black(?:ing)? out|"
            r"grey(?:ing)? out)", r"(?:a lot|often|all the time|constantly|keeps?|every (?:day|"
            r"time)|most days|lately|recently|again|spells?|episodes?|for (?:days|weeks))", 4)),
    rule("see_doctor", "vision",
       r"blurr\w* vision|vision (?:[\w']+ ){0,2}(?:blurr\w*|funny|weird|double|dark|fuzzy|"
       r"cloudy)|double vision|seeing double|(?:spots|flashes|flashing lights) in (?:my )?(?:vision|"
       r"eyes?)"),
    rule("see_doctor", "tear",
       r"(?:heard|felt|there was|something|went|a) " + _NOT_A_SIMILE + r"(?:[\w']+ ){0,3}(?:pop|"
       r"popping|snap|snapping|rip|ripping|tearing)(?: sound| noise| feeling)?(?! up)" + _NOT_TORN_APART +
       r"|(?<!being )(?:popped|snapped|ripped)" + _NOT_A_POP + r"|"
       r"(?:tear|rupture) in (?:my|his|her|their|the) (?:[\w']+ )?(?:hamstring|muscle|thigh|calf)|"
       r"(?:i have|i'?ve got|there'?s|there is|got|big|huge|massive|a) (?:a )?(?:(?!no\b|not\b|any\b|"
       r"bit\b|little\b|tad\b|touch\b)[\w']+ )?bruis\w*|"
       # the muscle "feels bruised" after a bad cramp, as the articles say it may: no tear
       r"(?<!feels )(?<!feel )(?<!felt )(?<!feeling )(?<!bit )(?<!kinda )(?<!little )"
       r"bruised(?! feeling)|bruising|black and blue|(?:dent|gap|divot|hollow|dip) where (?:the|my) "
       r"(?:[\w']+ )?(?:muscle|hamstring) (?:should be|used to be|was)|"
       r"(?:dent|gap|divot|hollow|dip|lump|bulge|ball) in (?:the|"
       r"my) (?:[\w']+ )?(?:muscle|hamstring|thigh|back of)"
       # the cramp's own knot, gone when it eases ("a hard ball that goes once the cramp passes")
       r"(?![^.?!]{0,60}\b(?:goes|go|went|disappears?|disappeared|vanish\w*|softens?|eases?|melts?|"
       r"passes)\b (?:[\w']+ ){0,2}(?:once|when|after|as|with)\b)"
       # or felt only while it cramps ("a hard ball there when it cramps"), not after it goes
       r"(?![^.?!]{0,60}\b(?:when|whenever|while|during) (?:it |they |the |a |my )?(?:[\w']+ )?"
       r"(?:cramp\w*|spasm\w*)\b(?! (?:[\w']+ ){0,2}(?:goes|has gone|went|eases|passes|passed|"
       r"stops|is over)))|(?:hurts?|painful|too sore) too much to "
       r"(?:walk|stand|put weight)|" + CANT + r" (?:put|bear|take) (?:any |"
       r"much |my full |full |all my |my )?weight|(?:" + CANT + r"|(?:can )?(?:barely|hardly)) (?:fully |properly )?(?:walk|"
       r"bend|straighten|weight-?bear|stand (?:up|on)|put (?:any |much )?weight)(?! (?:[\w']+ ){0,5}"
       r"(?:when|while|"
       r"during|until|till) (?:it|the|a|my|i)\b)",
       # asked as a hypothesis or in general ("if a cramp causes a little tear", "can a cramp
       # rip the muscle?"), or a knee that will not straighten while the cramp holds it; or a
       # snap feared, then gone ("thought i'd snapped something, it went after a minute and
       # i'm fine", round 25)
       unless=r"\bthought (?:i'?d|i had|i might have|i may have|it had|it'?d|something had) "
              r"(?:[\w']+ ){0,2}(?:snapped|popped|ripped|torn|tore|pulled)\b(?=[^?]*\b(?:(?:i'?m|im|"
              r"i am|it'?s|its) (?:totally |completely |absolutely |all )?(?:fine|ok|okay|alright|good)|"
              r"went (?:away )?after|gone now|fine now)\b)|"
              r"\bif (?:a|the|my|your) (?:[\w']+ ){0,2}cramps? (?:[\w']+ ){0,3}(?:causes?|caused|"
              r"tears?|tore|rips?|ripped|leads? to|ends? up)|\b(?:can|could|does|do|will|would) "
              r"(?:a|the|your|my) (?:[\w']+ )?cramps? (?:[\w']+ ){0,2}(?:cause|rip|tear|damage|pull)|"
              r"(?:when|while|during) (?:[\w']+ ){0,3}(?:cramp\w*|spasm\w*)\b[^.?!]{0,30}\b(?:can'?t|"
              r"cannot|couldn'?t|could not|can not) (?:fully |properly )?straighten|(?:death grip|"
              r"cramp\w*|spasm\w*|locked)\W{0,3}(?:[\w']+ ){0,2}(?:can'?t|cannot|couldn'?t|could not|"
              r"can not) (?:fully |properly )?straighten|"
              # "my hammy locked up at 5 a side and i couldnt straighten my knee": the cramp's
              # hold told a few words on, nothing said of after it
              r"(?:locked|seized|cramped|knotted|tightened|went (?:rock )?(?:solid|hard|rigid|stiff))(?: up)?\b(?:(?!\b(?:now|since|still|after|"
              r"anymore|days?|hours?|later|next|fell|fall|pop\w*|snap\w*)\b)[^.?!]){0,40}?\b(?:can'?t|"
              r"cannot|couldn'?t|could not|can not) (?:fully |properly )?straighten|"
              # the hold told after: "i can't straighten my knee while it's happening"
              r"(?:can'?t|cannot|couldn'?t|could not|can not) (?:fully |properly )?straighten"
              r"[^.?!]{0,40}\b(?:when|while|whilst|during) (?:it'?s|its|it is|the cramp|a cramp|"
              r"cramp\w*|it)\b(?! (?:over|gone|passed|stopped|finished))"),
    rule("see_doctor", "tear",
       r"(?:i )?(?:think |might have |may have |could have |must have |probably |have |'ve )?"
       r"(?:tore|torn|ruptured) (?:my|a|the) (?:[\w']+ )?(?:hamstring|muscle|tendon|calf|quad|"
       r"thigh|ligament)",
       unless=r"what (?:if|happens if|would happen if) (?:i|you|someone) (?:[\w']+ )?(?:tore|tear)|"
              r"\bif (?:a|the|my) (?:[\w']+ )?cramp (?:has |had |might have |may have |could have )?"
              r"(?:actually |really |already |maybe |possibly |perhaps )?(?:torn|tore|tears)|"
              # a tear long healed: "tore it 3 yrs ago, fully healed", "last season, physio
              # signed me off and i'm back to full training"
              r"(?:years?|yrs?|seasons?) ago|last (?:season|year)|signed (?:me |him |her |them )?off|"
              r"back (?:to|in) (?:full )?(?:training|running|playing|fitness|sport|matches|games)|"
              r"cleared (?:me |him |her |them )?(?:to|for) (?:play|train|run|return|sport)|(?<!not )(?<!n't )(?:fully|completely|totally) (?:healed|recovered)|(?:it'?s|has) "
              r"(?:all )?healed"),
    rule("see_doctor", "weakness",
       # NICE CKS: weakness of the thighs and hips, seen as a struggle to rise from a chair
       r"(?:got|gotten|grown|become) (?:much |a lot |far |way |really |so |noticeably |visibly )weaker\b|"
       r"(?:struggl\w*|can'?t|cannot|can no longer|hard|unable) (?:[\w']+ )?(?:to )?(?:get|getting|stand\w*|"
       r"push\w*|lift\w*) (?:himself |herself |myself |themselves )?(?:up )?(?:out of|from|off) "
       r"(?:a|the|his|her|my|their) (?:chair|seat|armchair|sofa|couch|toilet)\b(?! (?:[\w']+ ){0,4}"
       r"(?:when|while|during|because of|with) (?:the |a |my |it )?(?:cramp|spasm))|"
       r"(?:feel\w*|felt|gone|going|goes|went|getting|gotten|become|becoming|still|suddenly|so|really|"
       r"very|too) weak(?:er)?\b(?! (?:[\w']+ ){0,2}(?:when|while|during|as) (?:the |a |my |it )?"
       r"(?:cramp|spasm|seiz))|weakness (?:in|of) (?:my|the|his|her)|(?:lost|losing|no) (?:my |"
       r"any )?strength|weaker (?:than (?:it|before|the other|they|i|it used)|and weaker|every|"
       r"over)|muscles? (?:[\w']+ )?(?:wasting|shrinking|getting (?:smaller|thinner))|"
       r"(?:leg|thigh|calf|arm) (?:is |has |looks |seems |looking )?(?:got |gotten |getting |gone |become )?"
       r"(?:(?:visibly|noticeably|much|a lot|a bit|way|clearly) )?(?:thinner|smaller|skinnier) than"),
    rule("see_doctor", "twitching",
       near(r"(?:twitch\w*|fascicul\w*|jump\w* under the skin)", r"(?:all the time|constantly|"
            r"everywhere|non ?stop|for (?:weeks|months)|won'?t stop|weak\w*|weight)", 6) + r"|"
       r"lost (?:a lot of |some )?weight without (?:trying|meaning|dieting)|losing weight without|"
       r"(?:lost|dropped|losing|dropping|shed) (?:about |around |nearly |over |almost |like )?(?:a "
       r"(?:lot of |bit of )?(?:weight|stone)|\d+ ?(?:kg|kgs|kilos?|pounds?|lbs?|stone|st)|(?:two|"
       r"three) stones?|weight)\b(?: [\w']+){0,3} without (?:even )?(?:trying|meaning to|dieting)|"
       r"unexplained weight loss|weight loss (?:i )?can'?t explain",
       # an eyelid that twitches, and nothing of weight, is another topic, for the scope (round 22)
       unless=r"^(?![\s\S]*\bweight\b)[\s\S]*\beye(?:lid)?s?\b[^.?!]{0,30}\btwitch\w*"),
    rule("see_doctor", "nerve",
       r"numb(?:ness|nes)?|tingl\w*|pins and needles|prickl\w*|" + CANT + r" feel (?:my|his|her|their|the)|"
       r"(?:lost|loss of|no) (?:the |all )?(?:feeling|sensation)|electric (?:shocks?|jolts?)|"
       + near(r"(?:shoot\w*|radiat\w*|travel\w*|runs?|running|goes|going|went|spread\w*)",
              r"(?:(?:all the way |right )?down (?:the back of )?(?:my|the|his|her) "
              r"(?:leg|legs|thigh|calf)|into (?:my|his|her|their|the) (?:foot|feet|calf|toes)|from (?:my|his|her|their|the) "
              r"(?:lower )?(?:back|buttock|bum|spine))", 4) +
       # NICE CKS: pain spreading from the back, told as where the cramp starts (round 25)
       r"|(?:start\w*|begin\w*|originat\w*) (?:[\w']+ )?(?:in|from|at) (?:my|his|her|their|the) "
       r"(?:lower )?(?:back|buttocks?|bum|spine|glutes?)\b(?! of)"
       r"|sciatica|burning sensation|foot drop|drop foot|foot (?:[\w']+ ){0,3}"
       r"(?:slaps|slapping|drags|dragging|flops|floppy)|floppy foot|catch\w* (?:my|his|her|their) (?:toes?|foot)|"
       r"trip\w* (?:over|on) (?:my|his|her|their) (?:own )?(?:feet|toes?|foot)|keep (?:tripping|stumbling)|"
       r"(?:gives?|giving|gave) way|buckl\w*|reflex(?:es)?\b",
       # ice numbs on purpose, and a foot sat on tingles: no nerve sign
       unless=near(r"numb\w*|tingl\w*|pins and needles|dead", f"(?:{ICED}|{PRESSED})", 8) +
       # numbing as what a remedy does: "does it numb the nerve?"
       r"|(?:does|do|will|would|can|could|to|it|ice|cold) numbs? (?:the|it|them|my|your|pain|nerves?)\b" +
       r"|reflex\w* (?:[\w']+ ){0,4}(?:normal|fine|ok|okay|good|all there|present)"),
    rule("see_doctor", "nerve",
       r"(?:hurt|injur\w*|pull\w*|tweak\w*|put out|strain\w*|twist\w*|slipp\w*|did) (?:[\w']+ )?"
       r"(?:my|his|her|their|your|the) (?:lower )?back\b(?! of)|back (?:pain|injury|problems?|issues?|is killing)|slipped disc|"
       r"bulging disc|herniat\w*|sciatic\w*|lumbar",
       near(r"(?:leg|thigh|hamstring|calf|buttock|bum|foot)", r"(?:cramp\w*|burn\w*|shoot\w*|"
            r"numb\w*|tingl\w*|radiat\w*|electric|pins and needles)", 5),
       # a gym day is no back injury: "did chest and back this morning"
       unless=r"(?:chest|shoulders?|arms|legs|bis|biceps|tris|triceps) and back\b|back and (?:chest|"
              r"shoulders|biceps|bis|arms)\b|back (?:day|workout|session)|"
              # asked in general: "can a back problem cause cramps in the hamstring?"
              r"^\W*(?:can|could|does|do|is|are|will|would|might) (?:a |an |my |the )?(?:bad |slipped "
              r"|bulging )?(?:back|disc|spine|sciatica)"),
    rule("see_doctor", "nerve",  # reflexes found missing (NICE CKS: neurological signs)
       r"(?:tapped|tap|taps|hit|tested|checked) (?:[\w']+ ){0,2}(?:knee|ankle|reflex\w*) (?:[\w']+ ){0,5}"
       r"(?:nothing (?:happened|moved)|got nothing|no (?:reaction|response|jerk|kick)|didn'?t (?:move|jerk|kick|"
       r"react|respond|do anything))|(?:no|absent|lost|missing|reduced) (?:knee |ankle |tendon )?"
       r"reflex\w*", window=0),
    rule("see_doctor", "dizziness",  # dizziness with the cramps (a loss of fluid or salt, a drug)
       r"dizz\w*|light ?headed\w*|woozy|feel\w* faint|faint\w* spells?|(?:nearly|almost) faint\w*",
       CRAMP,
       # standing up too fast, for a second: the head rush everyone has had
       unless=near(r"dizz\w*|light ?headed\w*|woozy", r"(?:stood|standing|stand|got|getting|get) "
                   r"up (?:too |really |very |a bit )?(?:fast|quick\w*|sudden\w*)|for (?:a |half a |"
                   r"a split )?(?:sec\w*|moment)", 8) + r"|"
              # and a price that made one "nearly faint", an idiom (round 24)
              r"(?:nearly|almost|practically|basically|literally) (?:fainted|passed out) (?:when|at|"
              r"after|over) (?:i |we )?(?:saw|seen|seeing|heard|hearing|found out|read|got|looked at)?"
              r" ?(?:[\w']+ ){0,4}(?:price|prices|cost|costs|bill|charges?|fees?|quote|total|receipt|"
              r"invoice)\b"),
    rule("see_doctor", "other_symptom",  # the floor: symptoms outside a cramp (urine, speech, fever)
       r"(?:pee|urine|wee)(?:'s|\w*) (?:[\w']+ ){0,3}(?:foamy|frothy|bubbly|cloudy|burn\w*|stings?)|"
       r"(?:foamy|frothy|bubbly|cloudy) (?:pee|urine|wee)|(?:losing|lose|lost|keep losing|can'?t "
       r"find|forget\w*|mix\w* up|mixing up) (?:my|his|her|their|the) words|night sweats|"
       # NICE NG12: weight lost without trying, and nights of drenching sweats
       r"wak\w* (?:up )?(?:[\w']+ ){0,2}(?:drenched|soaked|soaking|dripping)|(?:drenched|soaked) "
       r"(?:in sweat )?(?:most|every) nights?|lost (?:about |nearly |almost |over )?(?:a stone|"
       r"\d+ ?(?:kg|kilos?|pounds|lbs|stone)|(?:a lot of |some )?weight) without (?:really |even )?"
       r"(?:trying|dieting|meaning to)|unexplained weight loss"),
    rule("see_doctor", "other_symptom",  # a fever beside a cramp, a leg or a muscle; alone, a
       # fever is another topic ("my toddler has a temperature after his jabs"), for the scope
       r"(?:have|has|had|got|running|with|get|gets|getting|developed|spiked) (?:a |an )?(?:high |slight |"
       r"bit of a |low[- ]grade )?(?:fevers?|temperature)|feverish",
       CRAMP + r"|legs?|thighs?|hamstrings?|hamm(?:y|ies)|calf|calves|knees?|muscles?|"
       r"calambres?|krampf\w*|crampes?|caimbras?|crampi|kramp\w*|skurcz\w*"),
    rule("see_doctor", "pregnancy",
       PREGNANT + r"|post-?partum|gave birth|just had (?:a|my) baby|morning sickness|midwife",
       # someone else expecting, the writer the one who cramps (round 23)
       unless=r"\b(?:my|his|her|our) (?:[\w']+ )?(?:sister|friend|mate|cousin|colleague|daughter|"
              r"neighbou?r|sister-in-law|niece|flatmate)(?:'?s| is) (?:[\w']+ )?pregnant\b[^.?!]{0,40}"
              r"\b(?:and|but|while|so) i\b|"
              # a pregnancy long over, with none now: "when i was pregnant with my son (he's 6)"
              r"^(?!.*\b(?:i'?m|i am|im|currently|now|again|weeks?) (?:[\w']+ ){0,2}(?:pregnant|"
              r"expecting)\b).*\b(?:when|while) i was (?:pregnant|expecting)\b(?=.*\b(?:(?:he|she)'?s|"
              r"(?:he|she|the baby|baby|my baby) is|they'?re) (?:now )?\d+|.*\b(?:years?|yrs?) ago\b)"),
    rule("see_doctor", "child",
       r"my " + CHILD_AGE + r"[- ]?(?:years?|yrs?|y)[- ]?olds?|\b" + CHILD_AGE +
       r"[- ]?(?:years?|yrs?)[- ]?old (?:son|daughter|boy|girl|kid|child)|my (?:little |teenage |"
       r"young |)(?:son|daughter|kids?|child|children|toddler|baby|little one|boy|girl|teen|"
       r"teenager|grandson|granddaughter|stepson|stepdaughter)(?!,? \(?(?:aged |is |who is |"
       r"who's |he'?s |she'?s |they'?re |now )?(?:1[89]|[2-9]\d)\b| (?:says|said|reckons|thinks|"
       r"thought|told|tells|jokes|joked|laughs|teases|asked|asks)\b)|(?:i'?m|i am) " + CHILD_AGE +
       r"\b(?! ?(?:km|k|miles?|mins?|minutes?|weeks?|kg|lbs?|stone|%|hours?|days?|months?|"
       r"sets?|reps?|times?|of\b))|(?:i'?m|i am) (?:a )?(?:kid|child|teen|teenager|minor)|"
       r"(?:in|at) (?:primary|elementary|middle|junior high|high) school|\b" + CHILD_AGE +
       r" ?(?:yo|y/o|y\.o\.?|yos)\b|\b" + CHILD_AGE + r"[- ]?(?:years?|yrs?)[- ]?olds?(?= ?[,.?!;:]| ?$| "
       r"(?:is|has|who|that|with|keeps?|gets?|getting|to (?:get|have|be)|having|complain\w*|wakes?|"
       r"woke|cries|crying|screams?|boy|girl|son|daughter|kid|child|player|athlete|footballer|"
       r"swimmer|runner|dancer|gymnast)\b)|my (?:lad|lass|wee one|young one|youngest|eldest)\b",
       CRAMP + r"|pain\w*|hurt\w*|ach\w+|sore\w*|injur\w*|numb\w*|tingl\w*|weak\w*|swell\w*|"
       r"swollen|limp\w*|symptoms?|screaming|crying|in tears|holding (?:the back of )?(?:her|his|"
       r"their) (?:leg|thigh)|" + SUBSTANCE,
       # NHS: medicines stored out of a child's reach; asking how is no child's complaint, nor
       # is "explain it like I'm 5"
       unless=r"out of (?:the )?reach|(?:keep|keeping|store|storing|lock\w*) (?:[\w']+ ){0,4}away from|"
              r"child ?-?proof|explain\w*(?: [\w']+){0,4} (?:like|as if) (?:i'?m|im|i am)|\beli5\b|"
              r"school project|homework|assignment|essay|for (?:a|her|his|their) (?:class|project)|"
              # a child's vaccinations, with no cramp told: another topic, which the scope reads
              r"^(?!.*\b(?:cramp\w*|spasm\w*|hamstrings?|thighs?|legs?)\b)(?=.*\b(?:jabs?|vaccin\w*|"
              r"immuni[sz]\w*|injections?)\b)|"
              r"(?:when|since|after|before) (?:i |we |she )?(?:had|have|having) (?:my|our|the|her) "
              r"(?:baby|son|daughter|kids?)|(?:in labou?r|pregnant) with (?:my|our|her|his)|"
              # a grown child, said in passing: "my son's team (he's 24, not a kid lol)"
              r"\((?:he'?s|she'?s|they'?re) (?:now )?(?:1[89]|[2-9]\d)\b|not a (?:kid|child)\b|"
              # or said later in the message: "why does my son cramp at the end of games? hes 23"
              r"\b(?:he'?s|hes|she'?s|shes|he is|she is) (?:now |only |just |actually )?(?:1[89]|[2-9]\d)"
              r"\b(?![.,]\d| ?(?:km|k|miles?|mins?|minutes?|weeks?|kg|lbs?|stone|%|hours?|days?|months?|"
              r"times?|reps?|sets?|seconds?|secs?|percent|degrees|°|c|f)\b)|"
              # the writer's own cramp at a child's event: "at my daughter's open day my hamstring
              # cramped"
              r"\bmy (?:son|daughter|kid|child|boy|girl|grandson|granddaughter)'?s (?:[\w']+ ){0,2}(?:open "
              r"day|party|sports day|recital|wedding|birthday|graduation|parents'? evening|nativity|"
              r"concert|school play|match|game|tournament|gala|competition|show)\b(?=.*\b(?:my (?:own )?"
              r"(?:hamstrings?|legs?|thighs?|calf|calves)|i (?:got|get|had|have) (?:a |an )?(?:[\w']+ )?"
              r"cramp)\b)|"
              # the child lifted, the writer's own back the complaint
              r"(?:bend\w* (?:over|down) to |when i |while i )(?:pick|lift|carry)\w* (?:up )?(?:my|"
              r"our) (?:kids?|son|daughter|toddler|baby|little one|child)\b|"
              # the children are company, the cramp the writer's own: "went to the trampoline
              # park with my kids and the back of my thigh cramped"
              r"^(?=.*\b(?:with|took|taking|brought|watching|watched) (?:my|our|the) (?:kids|children|"
              r"sons|daughters|boys|girls|little ones|grandkids|grandchildren)\b)(?=.*\b(?:my|i) "
              r"(?:[\w']+ ){0,3}(?:thigh|hamstring|hammy|leg|calf)s?\b)(?!.*\b(?:his|her|their|"
              r"they|he|she|(?:son|daughter|kid|child|boy|girl|youngest|eldest)'?s) (?:[\w']+ )?"
              r"(?:thigh|hamstring|hammy|leg|calf|cramp)\w*)|"
              # a tablet that is a computer: "my grandson set this up for me on the tablet"
              r"(?:set (?:this|it|me) up|typing|reading (?:this|it)) (?:[\w']+ ){0,4}on (?:the|my|her|his|"
              r"a) (?:tablet|ipad)\b|"
              # the family's pet is the one with the leg: "my hamster keeps dragging his leg"
              r"\b(?:hamster|dog|puppy|cat|kitten|rabbit|bunny|horse|pony|guinea pig|gerbil|ferret)"
              r"(?:'s|s)? (?:keeps?|has|is|was|back legs?|hind legs?|legs?)\b"),
    rule("see_doctor", "medicine",
       r"(?:started|starting|start|began|begun|since|after|on|taking|take|takes|took|uses|using|"
       r"prescribed|given|put (?:me |him |her |them )?on|switched|changed|increased|raised|my|new|"
       r"added) (?:[\w']+ ){0,4}" + MED,
       CRAMP + r"|legs? (?:ache|aches|hurt)",
       # a medicine changed and the cramps gone since: a past problem, sorted
       unless=r"(?:changed|switched|swapped|stopped|came off|took (?:me|him|her) off) (?:it|them|"
              r"the \w+|my \w+|to \w+)\b[^.?!]{0,40}?\b(?:stopped|gone|went away|sorted|cleared up|"
              r"fine since|no more)"),
    rule("see_doctor", "medicine",  # someone on it first: the short pattern gates the rule
       r"(?:on|takes?|taking|took|started|prescribed|put (?:me |him |her |them )?on|given) (?:it|"
       r"them|this|that|those|these)\b|(?:i'?m|i am|he'?s|she'?s|they'?re|is|are|been|was|were) "
       r"(?:[\w']+ )?on (?:it|them|that|this|those|these)\b",
       near(MED, r"(?:caus\w*|give|gives|giving|gave|side[- ]?effects?|why|the reason|behind|to "
            r"blame|because|due to|trigger\w*)", 5),
       CRAMP + r"|legs? (?:ache|aches|hurt)"),
    rule("see_doctor", "condition",
       r"(?:i have|i've got|i'?m|my|with|diagnosed with|on|during|since|after|from|have|has|"
       r"had|(?:diet|tablets?|pills|meds|medicines?|treatment|clinic) for|"
       # a result told: "blood test said underactive thyroid"
       r"(?:tests?|bloods|results?) (?:[\w']+ ){0,2}(?:said|says|showed|shows|show|came back|found|"
       r"confirmed)) (?:[\w']+ ){0,3}(?:diabet\w*|kidney "
       r"(?:disease|failure|problems?)|dialysis|liver (?:disease|problems?)|cirrhosis|ckd|"
       r"renal|transplant|"
       r"(?:under|over)active thyroid|hypothyroid\w*|thyroid (?:problems?|disease)|multiple "
       r"sclerosis|parkinson\w*|peripheral (?:artery|arterial|vascular) disease|neuropathy|"
       r"motor neurone disease|heart failure|cancer|gastric (?:bypass|sleeve|band)|bariatric|"
       r"weight loss surgery|crohn'?s|coeliac|celiac|short bowel)|kidneys? (?:[\w']+ ){0,3}(?:don'?t|doesn'?t|"
       r"do not|not|aren'?t|isn'?t) (?:[\w']+ )?(?:work\w*|function\w*)|(?:bad|weak|failing|poor) "
       r"kidneys?|(?:type (?:1|2|one|two|i|ii) )?diabetic\b|type (?:1|2|one|two|i|ii) diabet\w*",
       CRAMP),
    rule("see_doctor", "condition",
       r"(?:diabet\w*|kidney|renal|dialysis|transplant|liver|cirrhosis|thyroid|parkinson\w*|"
       r"ms|multiple sclerosis|neuropathy|cancer|heart failure) (?:[\w']+ )?(?:patient|sufferer)|"
       # dialysis told by its sessions: "cramps near the end of every dialysis session"
       r"dialysis (?:sessions?|days?|treatments?|unit|centre|center|nurses?)|"
       r"my (?:thyroid|kidneys?|liver|heart|sugar|sugars|diabetes|blood sugar) (?:[\w']+ ){0,3}"
       r"(?:underactive|overactive|not (?:well |very well |properly )?(?:controlled|working|good)|"
       r"bad|failing|playing up|off|all over the place)|(?:alcoholic|fatty) liver|"
       r"(?:^|(?<=[.,;!?] ))(?:[\w']+ ){0,2}(?:disease|failure|diabetes|cirrhosis|sclerosis|"
       r"neuropathy|parkinson'?s|ms) (?:and|with|plus|&) (?:[\w']+ ){0,3}" + CRAMP, CRAMP,
       unless=r"^\W*(?:can|could|does|do|is|are|why|how|what|will|would|should)\b"),
    rule("see_doctor", "condition",  # a thyroid named as one's own, at the start
       r"(?:^|(?<=[.,;!?] ))(?:an? )?(?:underactive|overactive|under active|over active) thyroid|"
       r"(?:^|(?<=[.,;!?] ))(?:hypo|hyper)thyroid\w*", CRAMP,
       unless=r"^\W*(?:can|could|does|do|is|are|why|how|what|will|would|should)\b", window=0),
    rule("see_doctor", "condition",  # kidney disease by its names: "CKD", "stage 3 kidneys"
       r"\bckd\b|chronic kidney|(?:kidney|renal) (?:disease|failure|impairment)|stage (?:[1-5]|one|"
       r"two|three|four|five)\w* (?:kidneys?|renal|ckd)|(?:kidneys?|renal|ckd) (?:[\w']+ ){0,2}stage "
       r"(?:[1-5]|two|three|four|five)\b", CRAMP,
       unless=r"^\W*(?:can|could|does|do|is|are|why|how|what|will|would|should)\b"),
    rule("see_doctor", "persistent_pain",  # pain still there days after the cramp
       near(r"(?:still|ever since|hasn'?t (?:gone|eased|stopped|settled|improved|healed)|has not "
            r"(?:gone|eased)|not (?:gone|eased|better) yet|won'?t go away)",
            r"(?:pain\w*|hurt\w*|ach\w+|sore\w*|cramp\w*|throb\w*|tender\w*)", 5),
       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week|(?:[2-9]|"
       r"two|three|four|five|six|seven|several|a few|few|couple of) (?:days|weeks)|days (?:later|"
       r"after|ago|now)|a week|"
       # a day and more told in hours: "30 hours after the cramp" (round 26)
       r"(?:2[4-9]|[3-9]\d|1\d\d) ?(?:hours|hrs)|(?:over|more than) a day|a day and a half",
       # the odd cramp that still comes is no pain that stays
       unless=r"still (?:get|gets|getting|have|has|having) (?:the |an |a )?(?:odd|occasional|rare|"
              r"few|random)"),
    rule("see_doctor", "recurring",  # coming back despite the self-care the articles advise
       r"(?:haven'?t|hasn'?t|didn'?t|don'?t|doesn'?t|aren'?t|isn'?t|not|never) (?:really |actually |even )?"
       r"(?:helped|help|helping|worked|work|working|made (?:any|a|much) difference|done (?:anything|a thing)|"
       r"fixed)|did (?:nothing|not help)|nothing (?:works|worked|helps|helped|has helped|seems to)|"
       r"tried everything|no matter what (?:i|he|she|they|we) (?:do|does|did|try|tries|tried)|"
       # "no matter how much i stretch and drink" (round 31)
       r"no matter how (?:much|often|long|hard|many|well) (?:i|he|she|they|we)\b|"
       r"no (?:difference|improvement)|(?:aren'?t|isn'?t|not|haven'?t|hasn'?t) "
       r"(?:getting |got |gotten |been )?any better|no better",
       r"weeks|months|a month|a year|keeps?|kept|over and over|every (?:week|day|night|time)|"
       r"all the time|constantly|again and again|for (?:ages|weeks|months)|more (?:and more )?"
       r"(?:frequent|often)|frequent|"
       # it used to help: "the stretching and massage don't help anymore"
       r"any ?more|no longer", CRAMP, window=0),
    rule("see_doctor", "persistent_pain",
       PAINFUL + r" (?:(?!(?:when|while|whenever|if)\b)[\w']+ ){0,5}(?:lasted|lasting|persist\w*|gone on|continu\w*|been (?:there|"
       r"going on|around|hurting|sore|aching)|still|not (?:gone|eased|improved)|hasn'?t (?:gone|"
       r"eased|improved|stopped|settled)|haven'?t (?:gone|eased|improved|stopped)|for|over|since) "
       r"(?:[\w']+ ){0,3}" + DURATION + r"|" + DURATION + r" later (?:[\w']+ ){0,4}(?:still|it'?s still|"
       r"and still)|(?:continues? to|keeps?) (?:hurt\w*|ache|aching|be sore|be painful|"
       r"feel\w* weak)|(?:won'?t|doesn'?t|isn'?t|not|never) (?:go(?:ing)? away|ease|easing|settle|"
       r"let up|improv\w*|get(?:ting)? better)|(?<!the )(?:lasts?|lasted|lasting) (?:for )?(?:[\w']+ ){0,2}"
       r"(?:hours|hour)|(?<!the )(?:lasts?|lasted|lasting) (?:for )?(?:over |about |nearly |almost |more than )?"
       r"half an hour|(?<!the )(?:lasts?|lasted|lasting) (?:for )?(?:like |around |maybe |roughly |up to )"
       r"(?:half )?an? hour|"
       # "lasts 20 minutes", and a range whose top is a quarter of an hour ("10 or 15 minutes")
       r"(?:(?<!the )(?:lasts?|lasted|lasting)|goes on|go on|went on|going on|carr(?:y|ies) on) (?:for )?"
       r"(?:about |around |like |over |nearly |up to )?(?:\d+ ?(?:-|to|or) ?)?(?:1[5-9]|[2-9]\d)"
       r"(?: ?(?:-|to) ?\d+)? ?(?:minutes|mins)",
       # "it" is the pain, not a supplement taken or a sport done for weeks
       unless=r"(?:taking|take|took|using|use|used|doing|do|did|started|start|been on|on|driv\w*|"
              r"rid(?:e|ing)|wear\w*|keep) (?:it|them) "
              r"(?:[\w']+ ){0,3}for\b|"
              # an ice pack left on for ages: the pack lasted, not the pain
              r"(?:was|were|been|stayed|left (?:it|them)) on (?:for )?(?:ages|hours|too long|"
              r"all night)"),
    rule("see_doctor", "recurring",  # NICE CKS: still coming although self-care was tried
       r"tried (?:everything|all (?:the|of)|[\w', ]{3,90}?)\b(?:for (?:weeks|months|ages|a month)|"
       r"and|but)\b.{0,60}?\b(?:still|keep|keeps|daily|every (?:day|night)|nothing)",
       CRAMP, window=0),
    # NHS leg cramps: cramps that come more often: rare once, now most days (round 26)
    rule("see_doctor", "recurring",
       r"used to (?:be |get them |happen )?(?:once in a blue moon|rare\w*|now and then|every so often|"
       r"occasional\w*|once a (?:month|year|week))\b[^.?!]{0,40}\bnow (?:it'?s |its |they'?re |i get "
       r"them )?(?:most|every|nearly every|all the time|daily|weekly|constant\w*)", CRAMP, window=0),
    # the same, told as a count: rare before, now several times a day or week (round 28)
    rule("see_doctor", "recurring",
       r"(?:once in a blue moon|rare\w*|now and then|every so often|the odd (?:one|cramp|hamstring cramp)|"
       r"occasional\w*|once a (?:month|year))\b[^?!]{0,160}?\bnow (?:it'?s |its |they'?re |i get them |"
       r"i'?m getting them |it happens )?(?:multiple|several|a few|many|\d+|two|three|four) times (?:a|"
       r"per|every) (?:day|week|night)", CRAMP, window=0),
    rule("see_doctor", "recurring", near(CRAMP, RECUR, 6),
       r"i|i'm|im|i've|ive|me|my|mine",
       # one cramp told beside a habit of every day is no cramp that recurs:
       # "walks every day, she got one cramp gardening"
       # prevention asked ("stretch every day to stop them coming back"), or a habit of every
       # day asked about as the cause ("i sprint most mornings, could that be it")
       unless=r"(?:stop|prevent|avoid|keep) (?:[\w']+ ){0,3}(?:cramps?|them|it) (?:from )?(?:coming "
              r"back|coming on|returning|happening|recurring|starting)|(?:should i|i should) (?:[\w']+ ){0,3}every (?:single )?(?:day|"
              r"night|morning|week)|\bi (?:[\w']+ ){1,5}(?:every|most) (?:day|morning|night|evening|"
              r"week)s?,? (?:could|can|might|would|does|is) (?:that|this|it|doing that)\b|"
              r"\b(?:got|had|get|gets) (?:just |only )?(?:one|a single|her first|his first|my first) "
              r"(?:[\w']+ ){0,2}cramp\b|" + _A_HABIT_ASKED + r"|"
              # how often to do something asked: "how often should i stretch, every day?" (round 26)
              r"\bhow often (?:should|do|must|can|would) (?:i|you|we|he|she)\b"),
    rule("see_doctor", "night_or_rest", near(CRAMP, NIGHT, 10), OFTEN, unless=_A_HABIT_ASKED),
    rule("see_doctor", "night_or_rest", near(CRAMP, REST, 10),
       # a stretch asked for a seated moment: "how do i stretch out a cramp when i'm sitting
       # down" (round 25)
       unless=r"\bstretch\w* (?:[\w']+ ){0,5}(?:when|while|whilst|if) (?:i'?m |im |i am |you'?re |"
              r"you are )?(?:sitting|seated|sat)\b"),
    # NHS leg cramps: see a GP if they disturb your sleep ("cant sleep properly bc of cramps")
    rule("see_doctor", "night_or_rest", near(CRAMP, r"(?:can'?t|cannot|couldn'?t|unable to|struggl\w* "
       r"to|barely) (?:get (?:back )?to |go (?:back )?to )?sleep\w*|keeps? (?:me|him|her|them) "
       r"(?:up|awake)|kept (?:me|him|her|them) (?:up|awake)|(?:ruin\w*|disturb\w*|wreck\w*|"
       r"interrupt\w*|broken) (?:my |his |her |their )?sleep|(?:losing|lost) (?:so much |a lot of )?"
       r"sleep", 10), OFTEN + r"|most nights|every night|nights?|been (?:[\w']+ )?(?:weeks|months|ages)"),
    rule("see_doctor", "claudication",  # "calf n thigh burn whenever i walk uphill"
       near(PAINFUL[:-1] + r"|burn\w*)", r"(?:walk\w*|hik\w*|stairs|uphill|up ?hill|a (?:few )?blocks?|to the "
            r"(?:shops?|store|car|bus|corner|end of the road)|"
            # a walker's distance: "cramp up after about 100 yards" (round 24)
            r"(?:\d+|a hundred|a few hundred|two hundred|three hundred) ?(?:yards|yds|metres|"
            r"meters|steps))", 10),
       r"(?:goes away|go away|goes off|wears off|calms down|subsides|stops?|eases?|settles?|better|"
       r"fine|ok|okay|alright|"
       r"disappears|fades|passes|it goes|goes|gone) "
       r"(?:[\w']+ ){0,6}(?:when|with|after|if|once) (?:i |he |she |they )?(?:a (?:short |little |"
       r"quick |bit of |few minutes'? )?)?(?:rest|stop|stand|sit)\w*|"
       r"(?:have|has|had|need|needs) to (?:stop|rest|sit down|stand still)|stop and rest|"
       + RESTED_AND_EASED,
       r"every|each|whenever|always|usually|often|keeps?|(?:have|has|had|need|needs) to|"
       r"(?:when|after|if|once) (?:i|he|she|they|you) (?:walk|hike|climb|go|get)|\bi get|gets?|"
       r"comes? on|starts?|sets? in|\d+ ?(?:m|metres|meters|yards|blocks|minutes|mins|steps)\b|"
       r"(?:a|one|two|few|couple of) (?:blocks?|hundred|minutes)|same (?:spot|distance|place|"
       r"point)|smoker|smoke|smoking|any ?more|no longer|(?:can'?t|cannot|couldn'?t) (?:finish|"
       r"manage|complete)",
       # a sprinter's or swimmer's distance is no walk
       unless=r"\bsprint\w*|\bswim\w*|\bhurdl\w*|\browing\b|\brace\b|\bracing\b"),
    rule("see_doctor", "claudication",  # NICE PAD: come on at a distance, gone standing still
       near(PAINFUL, r"(?:walk\w*|get to|as far as|to the (?:gate|end|corner|shops?|car|bus)|"
            r"uphill|stairs)", 10),
       r"(?:stand|stop|rest|sit|wait)\w* (?:still |down )?(?:for )?(?:a (?:minute|moment|bit|few "
       r"minutes|couple of minutes)|a while)? ?(?:and|then) (?:it'?s|its|it is|it goes|they go|"
       r"it'?s all|everything'?s) (?:[\w']+ )?(?:fine|ok|okay|better|gone|away|good)", window=0),
    # NICE PAD: shins gone shiny and hairless, feet always cold
    rule("see_doctor", "claudication",
       near(r"(?:legs?|shins?|calf|calves|feet|foot|toes)", r"(?:shiny|hairless|no hair|lost (?:the |"
            r"all the )?hair|hair (?:has )?stopped growing)", 5), window=0),
    # NICE PAD: one leg or foot colder than the other, with no sign of a sudden loss of blood
    # (cold and pale or numb all at once is an emergency, read first)
    rule("see_doctor", "claudication",
       near(r"(?:legs?|calf|calves|thighs?|feet|foot|toes)", r"(?:colder|cooler|chillier) than "
            r"(?:the )?other|(?:colder|cooler) (?:on one side|than (?:my|his|her|their) other)", 6),
       window=0),
    rule("see_doctor", "claudication",  # NICE PAD: a foot that turns pale when raised or
       # dusky, blue or red when hung down tells of too little blood reaching it
       r"(?:hang\w*|hung|dangl\w*|let (?:it|them) (?:hang|down|dangle)|rais\w*|lift\w*|put (?:it|them) "
       r"up|elevat\w*|over the (?:side|edge) of the bed|sitting with (?:my|his|her) legs? down)",
       near(r"(?:foot|feet|toes?|leg|legs|soles?)", r"(?:blue|bluish|blu\w+|purple|dusky|red|reddish|"
            r"pale|white|grey|gray|colou?r)", 6)),
    rule("see_doctor", "persistent_pain",  # "been cramping 40 minutes now" (round 25)
       r"been (?:cramp\w*|locked|seized|knotted|in (?:a )?cramp|spasm\w*) (?:up )?(?:for )?"
       r"(?:about |around |like |over |nearly |almost |a good )?(?:(?:1[5-9]|[2-9]\d) ?(?:minutes|mins)|"
       r"(?:an|one|half an|over an) hour|hours)"),
    rule("see_doctor", "persistent_pain",  # NICE CKS: a cramp lasts seconds to minutes; one that
       # holds for hours, or is still hard the next day, is something else to be examined
       r"(?:hasn'?t|hasnt|has not) (?:properly |fully |really |completely )?(?:stopped|eased|settled|"
       r"calmed|relaxed)|"
       r"(?:won'?t|wont|wouldn'?t|wouldnt|doesn'?t|hasn'?t|didn'?t|not|never|nothing) (?:[\w']+ ){0,2}(?:let (?:it |me )?go|"
       r"lets? (?:it |me )?go|releas\w*|loosen\w*|unlock\w*|eases? (?:it|off)|go away|gone away)|"
       r"still (?:knotted|locked|cramped|cramping|hard|rock hard|seized|tight|in (?:a )?cramp|stuck)|"
       r"(?:stayed|stuck|been|remained) (?:[\w']+ ){0,2}(?:locked|cramped|knotted|rock hard|hard as (?:a )?"
       r"rock|seized|solid|in (?:a )?cramp)|locked in (?:a )?cramp",
       r"hours|(?:an|one|about an|over an|nearly an|almost an) hour|(?:over |nearly |about |almost )?"
       r"half an hour|(?:1[5-9]|[2-9]\d) ?(?:minutes|"
       r"mins)|(?:all|the whole|most of the) "
       r"(?:day|night|morning|afternoon)|since (?:yesterday|last "
       r"night|this morning|the (?:morning|weekend)|\w+day)|last night|yesterday|two days|\d+ ?(?:hours?|"
       r"hrs?|days?)\b|overnight|(?:this|the next) (?:afternoon|evening|morning)",
       CRAMP + r"|muscle|hamstring|calf|thigh|hammy|hammies",
       unless=r"(?:only|just) (?:lasted|lasts|for) (?:a )?(?:few )?(?:seconds?|minutes?)", window=0),
    # NHS and NICE CKS (leg cramps, what else it might be): restless legs, an urge to move
    # them with a crawling, creeping or fizzing feeling inside, eased by moving, can be checked
    # and treated (iron, kidneys, medicines)
    rule("see_doctor", "restless_legs",
       r"restless legs?|\brls\b|willis[- ]ekbom|(?:crawl|creep)\w* (?:feeling|sensation)|"
       r"creepy[- ]crawl\w*|(?:crawl|creep|fizz)\w* (?:in|inside|under|through|up and down|around "
       r"in) (?:my|his|her|their|the) (?:legs?|thighs?|calf|calves|hamstrings?|skin)|(?:ants?|bugs?|"
       r"insects?|worms?) (?:[\w']+ ){0,2}(?:crawl\w*|creep\w*|marching|wriggl\w*|under the skin|"
       r"inside)|itch\w* (?:deep )?inside|(?:legs?|thighs?|calf|calves|hamstrings?) (?:[\w']+ ){0,2}"
       r"(?:feel|feels|felt|are|is|keep|keeps) (?:[\w']+ ){0,2}(?:crawl\w*|creep\w*|fizz\w*)|"
       r"(?:urge|need|have|has|had) to (?:keep )?(?:move|moving|kick|jiggle|shake) (?:my|his|her|"
       r"their|the) legs|(?:can'?t|cannot|could ?n'?t) (?:keep|hold) (?:my|his|her|their|the) legs "
       r"still", unless=r"restless legs? (?:or|vs\.?|versus)|(?:or|vs\.?|versus) restless legs?|"
                         r"difference between", window=0),
    # NICE (falls in older people): an older person who falls, or whose legs give way, is
    # assessed for why, cramps and weakness among the causes
    rule("see_doctor", "falls",
       r"(?:nearly|almost) (?:went (?:over|down)|toppled)|lost (?:her|his|my|their) (?:balance|"
       r"footing)|(?:fell|falls?|fallen|falling|had a fall|took a tumble|tumbled|ended up on the "
       r"floor)\b(?! (?:asleep|back asleep|apart|for it|in love|behind|short|through|off (?:the|my) "
       r"(?:wagon|radar)))",
       r"(?:[7-9]\d|1[01]\d)(?:[- ]?(?:years?|yrs?|y/?o|yo)\b| ?(?:-|years?)? ?old\b|\)| and\b)|"
       r"(?:aged?|she'?s|he'?s|i'?m|turned|turning|is|'s) (?:[7-9]\d|1[01]\d)\b|elderly|pensioner|"
       r"old (?:lady|man|age)|older (?:person|people|lady|man)|my (?:nan|nana|nanna|gran|granny|"
       r"grandma|grandmother|grandad|granddad|grandpa|grandfather|great[- ]\w+)|in (?:her|his|my) "
       r"(?:seventies|eighties|nineties|70s|80s|90s)|care home|nursing home"),
    # Round 10. NICE (suspected neurological conditions): twitching under the skin with
    # weakness or wasting, however far apart in the message
    rule("see_doctor", "twitching",
       r"twitch\w*|fascicul\w*|(?:rippl|flicker|crawl)\w* under (?:the|my) skin|jump\w* under (?:the|my) skin|"
       r"muscles? (?:[\w']+ )?(?:flicker\w*|rippl\w*|jump\w*)",
       r"weak\w*|struggl\w* (?:with|on|up|to climb) (?:the )?stairs|thinner|wasting|shrink\w*|"
       r"trip\w* (?:up|over)|dropp\w* (?:things|cups|stuff|my)|clums\w*|fumbl\w*", window=0),
    # NICE CKS leg cramps, secondary causes: signs of diabetes (thirst, passing a lot of urine)
    # or of the liver (yellow eyes or skin)
    rule("see_doctor", "condition",
       r"thirst\w*", r"(?:pee|peeing|wee|weeing|urinat\w*|toilet|loo)\b", window=0),
    rule("see_doctor", "condition",
       r"(?:eyes|skin|whites of (?:my|his|her) eyes) (?:have |has |are |is )?(?:gone |turned |going |"
       r"turning |look\w* |a bit |slightly |really |quite |very ){0,3}yellow\w*|jaundic\w*",
       window=0),
    # NICE CKS leg cramps: cramps getting worse although self-care is being done
    rule("see_doctor", "recurring",
       r"(?:getting|gotten|got|get|gets) (?:much |a lot |even |way )?(?:worse|more frequent|more often|"
       r"longer)|worse and worse",
       r"(?:not|stopped|no longer|isn'?t|aren'?t|doesn'?t|don'?t|hasn'?t|haven'?t) (?:[\w']+ )?"
       r"(?:respond\w*|help\w*|work\w*|(?:mak\w*|made) (?:a|any) difference)|nothing (?:helps|works|"
       r"seems to)",
       CRAMP, window=0),
    # Round 13. NICE PAD in people's words: a cramp at a distance walked, eased by stopping, back
    # again on walking on ("i stop and lean on a wall and it goes, then it comes back")
    rule("see_doctor", "claudication",
       near(PAINFUL, r"(?:walk\w*|get to|as far as|to the (?:gate|end|corner|shops?|car|bus|paper "
            r"shop)|uphill|stairs)", 10),
       r"(?:stand|stop|rest|sit|wait|lean)\w* (?:[\w']+ ){0,10}?(?:(?:and|then|until|till)\W+|,\s*)?(?:it|they|"
       r"the (?:pain|cramp|ache)|it'?s|its|everything'?s|i'?m|im|i am|he'?s|she'?s) (?:[\w']+ )?(?:is |goes |go )?(?:fine|ok|"
       r"okay|better|gone|away|good|pass\w*|goes|go|eases?|settles?|stops?|wears off|disappears?|"
       r"fades?)",
       r"comes? back|returns?|starts? (?:up )?again|happens? again|again (?:after|further|when)|further on|every "
       r"(?:time|day)|each time|\d+ ?(?:m|metres|meters|yards|blocks|minutes|mins|steps)\b|"
       r"hundred (?:yards|metres|meters)|smoker|smoke|smoking", window=0),
    # NHS (Baker's cyst, or a clot): a swelling or a lump behind the knee
    rule("see_doctor", "swelling",
       r"(?:swelling|swollen|swell\w*|lump|bump|ball|squish\w*|squashy|squidgy|puff\w*) (?:[\w']+ ){0,3}"
       r"(?:behind|(?:at )?the back of) (?:my|his|her|their|the) knees?|(?:behind|back of) (?:my|his|"
       r"her|their|the) knees? (?:[\w']+ ){0,3}(?:swollen|swelling|swell\w*|puffy|lump\w*|bump|"
       r"ball|bulg\w*)"),
    # Round 14 (from probes_blind34 and 35). Less than one used to do before the cramps come
    # (NICE CKS: cramps with exercise tolerance falling)
    rule("see_doctor", "recurring",
       r"used to (?:run|walk|cycle|ride|swim|play|do|manage|go) (?:[\w']+ ){0,4}(?:easily|no problem|"
       r"fine|no bother|without (?:a |any )?(?:problem|cramp\w*|issue\w*|trouble))",
       r"\bnow\b|these days|nowadays|lately|any more|anymore", CRAMP, window=0),
    # NICE (suspected neurological conditions): a voice gone hoarse with choking or swallowing
    # trouble, beside the cramps
    rule("see_doctor", "swallowing",
       r"hoarse|croaky|voice (?:has |'s )?(?:gone|changed|going|getting)|slurr\w*",
       r"chok\w* on (?:my )?(?:food|drinks?|water|saliva|spit)|(?:trouble|difficulty|hard|struggl\w*)"
       r" (?:to |with )?swallow\w*|food (?:keeps )?(?:getting )?stuck",
       unless=r"shout\w*|sing\w*|cheer\w*|match|concert|gig|\bcold\b|flu|sore throat|tonsil\w*",
       window=0),
    # NICE CKS leg cramps, secondary causes: an underactive thyroid's signs together (always
    # cold, weight gained, hair thinning, dry skin; and, as the NHS lists them, constipation
    # and tiredness)
    rule("see_doctor", "condition",
       r"always (?:feels? |feeling |is |so )?(?:cold|freezing)|(?:freezing|cold) all the time|"
       r"feel\w* the cold|can'?t get warm",
       r"(?:put on|putting on|gain\w*|gained) (?:[\w']+ )?weight|hair (?:is )?(?:falling out|thinning|"
       r"coming out)|thinning hair|dry skin|constipat\w*|(?:tired|exhausted|knackered|shattered) "
       r"all the time|always (?:so )?(?:tired|exhausted|knackered|shattered)", CRAMP, window=0),
    # Round 15. Conditions that change what a cramp may mean: cancer treatment now or lately, a
    # stroke in the past, multiple sclerosis by its initials, periods stopped with training or
    # weight loss (relative energy deficiency), making oneself sick after meals
    rule("see_doctor", "condition",
       r"chemo\w*|radiotherapy|radiation (?:therapy|treatment)|immunotherapy|oncolog\w*|"
       r"(?:has|have|with|got|diagnosed with|living with) ms\b|periods? (?:have |has |had )?(?:stopped|"
       r"gone|disappeared|dried up|stopped coming)|(?:no|not had a|haven'?t had a) periods? (?:for|in) "
       r"|(?:make|making|made) (?:my)?self (?:sick|throw up|vomit)", CRAMP,
       unless=r"^\W*(?:can|could|does|do|is|are|why|how|what|will|would|should)\b(?! (?:i|my))",
       window=0),
    # NHS (DVT): one leg swollen, or a swelling that has stayed for days, needs checking the
    # same day even when it is neither red nor hot
    rule("see_doctor", "clot_signs",
       near(r"(?:calf|calves|thigh|leg|hamstring)", r"(?:puffier|fuller|fatter|bigger|thicker|"
            r"more swollen) than (?:the |my )?(?:other|left|right)", 6) + r"|" +
       near(r"(?:calf|calves|thigh|leg|hamstring)", r"(?:swollen|puffy|puffed up|swelling)", 4) +
       r"(?: [\w']+){0,4} (?:for (?:a |two |three |a few |several |over a )?(?:days|week|weeks)|"
       r"(?:ever )?since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|"
       r"(?:a|the|that|my) (?:[\w']+ )?cramp))", window=0),
    # a stroke in the past, its weakness still there (one long recovered is history)
    rule("see_doctor", "condition",
       r"(?:had|have|has|having|with|since (?:my|his|her)) (?:[\w']+ ){0,2}stroke\b", CRAMP,
       unless=r"(?:totally|completely|fully|perfectly|all) (?:fine|recovered|better|back to normal)|"
              r"fine now|recovered|^\W*(?:can|could|does|do|is|are|why|how|what|will|would|should)\b",
       window=0),
    # NICE PAD: pain on walking, in someone whose feet or legs are always cold
    rule("see_doctor", "claudication",
       near(PAINFUL, r"(?:walk\w*|hik\w*|stairs|uphill|up ?hill)", 6),
       r"(?:feet|foot|toes|legs?|shins?) (?:are |is |feel |feels |always |constantly |so |really )"
       r"{0,3}(?:cold|icy|freezing)|cold (?:feet|toes|legs)", window=0),
    # NICE PAD: sores on the feet or toes that do not heal
    rule("see_doctor", "claudication",
       near(r"(?:sores?|ulcers?|wounds?|cuts?)", r"(?:won'?t|wont|don'?t|aren'?t|not|never|slow to) "
            r"(?:[\w']+ )?heal\w*", 4),
       r"toes?|feet|foot|legs?|shins?|heels?", window=0),

    # Round 17. NICE CKS: a salt found low or high on a blood test, with the cramps
    rule("see_doctor", "condition",
       # found, not supposed: "my potassium was low", not "can low potassium cause cramps"
       r"(?:potassium|magnesium|calcium|sodium|electrolytes?) (?:levels? )?(?:was|were|is|are|"
       r"came back|showed|'s|has been|have been) (?:a bit |very |really |quite |slightly |too )?"
       r"(?:low|high|off|abnormal|out of range)\b", CRAMP, window=0),
    # a brother, sister or cousin named with a child's age: "my brother is 11"
    rule("see_doctor", "child",
       r"(?:my|our) (?:little |younger |baby |kid )?(?:brother|sister|bro|sis|cousin|nephew|niece)"
       r",? (?:is |who is |who'?s |aged |\()?" + CHILD_AGE + r"\b(?! ?(?:km|k|miles?|mins?|minutes?|"
       r"weeks?|kg|lbs?|stone|%|hours?|days?|months?|times?))", CRAMP, window=0),
    # NICE CKS: alcohol, and drinking cut back with the shakes (withdrawal)
    rule("see_doctor", "condition",
       DRINK_STOPPED + r"|(?:cut\w* (?:back|down) on|giving up|gave up|coming off|off) (?:the )?"
       r"(?:drink\b|drinking|booze|alcohol)",
       r"shakes|shaking|shaky|sweat\w*|tremor\w*|jittery|can'?t sleep", CRAMP, window=0),
    # a child of a youth team whose cramps come every time ("one of my u12 players, every
    # session"); a coach asking how a team warms up is asking what the articles answer
    rule("see_doctor", "child",
       r"\bu-?(?:[5-9]|1[0-7])s?\b|\bunder[- ](?:[5-9]|1[0-7])s?\b(?! (?:minutes|mins|km|miles|kg|"
       r"hours|seconds))",
       r"every (?:single )?(?:session|training|practice|match|game|week|time)|(?:almost|nearly) "
       r"every|all the time|keeps? (?:getting|cramping|having)|most (?:sessions|games|matches)",
       CRAMP, window=0),

    # Round 20. The articles: see a provider if the cramps become frequent or severe. Cramps
    # told as coming more often or harder over the weeks; a cramp made worse by running on it
    # is the articles' answer, not a change over time
    rule("see_doctor", "recurring",
       r"(?:getting|gotten|grown|growing|becoming|become|coming|come|got) (?:much |a lot |even |"
       r"way |steadily |gradually |slowly )?(?:worse|more (?:and more )?(?:frequent\w*|often|"
       r"painful|intense|severe|regular)|stronger|harder|longer)",
       r"every (?:week|month|few days)|each (?:week|month)|week (?:by|after|on) week|month (?:by|"
       r"after) month|lately|recently|these days|over the (?:last|past) |for (?:weeks|months|a while|"
       r"ages|a few (?:weeks|months))|over (?:weeks|months)|now (?:it'?s |they'?re |"
       r"i get them |i'?m getting them )?(?:most|every|almost every|nearly every|daily)|most "
       r"(?:days|nights)|more and more|now (?:it'?s |its |they'?re |theyre )?(?:like |about |around "
       r"|maybe )?(?:\d+|two|three|four|five|six|several) times (?:a|per) (?:week|day|night)",
       CRAMP, window=0),
    # NICE CKS, and the articles' causes: cramps in someone who drinks heavily, day after day
    rule("see_doctor", "alcohol",
       # the amount, day on day, of a drink that is not water ("a bottle of wine most nights")
       r"(?:bottles?|pints|cans|glasses|units|shots)\b(?! of (?:water|juice|milk|squash|fluids?|"
       r"electrolyte\w*|sports? drinks?|tea|coffee|pop|coke)) (?:[\w']+ ){0,3}(?:most|every|each|a) "
       r"(?:nights?|days?|evenings?)|heavy drink\w*|drink\w* heavily|alcoholic|alcoholism|"
       r"alcohol (?:problem|dependen\w*|misuse|abuse)|"
       # "i drink a fair bit" only where the drink is named: it is as often water
       r"drink (?:a lot|loads|too much|a fair bit|quite a bit)\b[^.?!]{0,40}?\b" + _ALCOHOL +
       r"|" + _ALCOHOL + r"\b[^.?!]{0,40}?\bdrink (?:a lot|loads|too much|a fair bit|quite a bit)\b",
       CRAMP, window=0,
       unless=r"(?:don'?t|do not|never|no longer|stopped|gave up|quit) (?:[\w']+ )?drink"),
    # Round 21 (seen in probes_blind74 to 76, written here in other words). NICE CKS superficial
    # thrombophlebitis: a vein in the leg gone hard, red or sore, to be checked for a clot
    rule("see_doctor", "clot_signs",
       near(r"veins?", r"(?:hard|harden\w*|red|reddish|sore|tender|lumpy|cord|rope|ropey|hot|warm|"
            r"inflamed|swollen|painful)", 5),
       r"legs?|thighs?|calf|calves|knees?|shins?|hamstrings?|ankles?|cramp\w*",
       unless=r"\bvein(?:s|y)? (?:[\w']+ )?(?:pop\w*|stick\w* out|show\w*|visible)\b(?![^.?!]{0,30}"
              r"\b(?:hard|red|sore|tender|hot|lumpy))", window=0),
    # Round 22 (seen in probes_blind81 and 82, written here in other words). NICE NG12:
    # bruises that come with no knock to explain them
    rule("see_doctor", "other_symptom",
       r"bruis\w* (?:[\w']+ ){0,6}(?:(?:don'?t|dont|can'?t|cant|do not|cannot) (?:remember|recall|"
       r"explain|think of)|no idea (?:how|where|why)|for no reason|out of nowhere|from nowhere|"
       r"(?:didn'?t|never) (?:bang|knock|hit|bump)\w*)|(?:unexplained|random|mystery|weird) "
       r"bruis\w*|bruis\w* (?:keep )?(?:appearing|showing up|popping up) (?:[\w']+ ){0,3}"
       r"(?:everywhere|all over|for no reason|out of nowhere)", window=0),
    # Round 27 (seen in probes_blind147, written here in other words). A blood test or a home
    # reading told as a figure, by someone who does not know what it means: potassium under 3.5
    # or over 5.5 mmol/L, a blood sugar of 11 mmol/L (200 mg/dL) or more, a blood pressure of
    # 180/120 or more (with a headache or blurred sight that is an emergency, above)
    rule("see_doctor", "condition",
       r"potassium (?:[\w']+ ){0,4}(?:[1-2][.,]\d|3[.,][0-4]|5[.,][5-9]|[6-9][.,]\d)\b"),
    rule("see_doctor", "condition",
       r"(?:sugars?|glucose|\bbg\b|\bbm\b|levels?|readings?|libre|meter)(?:'s| (?:[\w']+ ){0,4}?)"
       r"(?:1[1-9]|2\d|3[0-3])(?:[.,]\d)?(?: ?(?:-|to) ?\d{1,2}(?:[.,]\d)?)?(?! ?(?:years?|yrs?|y/?o|"
       r"kg|lbs?|km|miles?|mins?|minutes?|hours?|days?|weeks?|months?|%|reps?|sets?|times?)\b)",
       DIABETES_WORDS, window=0),
    rule("see_doctor", "condition", HIGH_BP, BP_READ, window=0),
    # NICE CKS: cramps that come only at night, for weeks or months (seen in probes_blind165)
    rule("see_doctor", "night_or_rest",
       near(CRAMP, r"(?:only|always|just|mostly|mainly) (?:ever )?(?:at night|in the night|in bed|"
            r"(?:when|while) (?:i'?m |im )?(?:asleep|in bed|lying down))", 8),
       DURATION, window=0),
    # NICE DVT: one calf or leg bigger than the other, red or warm, told of "it" once the limb
    # was named ("my calf has been sore... today it's visibly bigger than the right one")
    rule("see_doctor", "clot_signs",
       r"(?:bigger|larger|swollen|puffier|fatter|thicker|fuller) than (?:the|my|his|her) "
       r"(?:other|left|right)\b",
       r"\b(?:red|redness|reddish|warm|hot|warmth)\b", LIMB, window=0),
    # Round 28 (seen in probes_blind175 to 178, written here in other words). NICE CKS: a salt
    # a blood test found low or high, told before the salt ("bloods came back with low
    # magnesium"); round 17's rule reads it told after
    rule("see_doctor", "condition",
       r"(?:blood (?:test|tests|results?|work)|bloods|(?:test )?results?) (?:[\w']+ ){0,3}(?:low|high|"
       r"raised|abnormal|deficient) (?:levels? of )?(?:potassium|magnesium|calcium|sodium|electrolytes?)",
       window=0),
    # NICE DVT: a leg swollen in the weeks after an operation on it or a joint replaced
    rule("see_doctor", "clot_signs",
       r"(?:replac\w*|operation|surgery|op|operated on|keyhole|c-?section|caesarean|arthroscop\w*)",
       r"(?:days?|weeks?|a week|a fortnight) (?:ago|back|since|later|after)|since (?:the|my|his|her) "
       r"(?:op|operation|surgery)|after (?:the|my|his|her) (?:op|operation|surgery)|post-?op",
       near(LIMB, r"(?:swollen|swelling|swelled|puffy|puffed|fat|bigger|tight and shiny)", 5),
       unless=r"\bno (?:[\w']+ )?swelling|not (?:at all )?swollen|swelling (?:has |had )?(?:gone|went|"
              r"come|came) down|(?:years|months) ago", window=0),
)
