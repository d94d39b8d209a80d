"""The signs triage looks for, as patterns over normalised text (see bot.query.normalise).

Each rule names a sign; the advice for a sign lives in bot.safety.replies. Patterns describe the
symptom (body part + what is wrong with it), not sentences seen in tests, and they are
read through the negation scope of bot.safety.rules. Order inside a category does not
matter; the order of categories does (emergency, crisis, see_doctor, dosing).
"""

from __future__ import annotations

from bot.safety.rules import Rule, near, rx

# --- building blocks ----------------------------------------------------------------------
CANT = r"(?:can'?t|cannot|can not|couldn'?t|could not|unable to|struggling to|struggle to)"
I = r"(?:i|i'm|im|i've|ive|i'd|me|my)"
PERSON = r"(?:he|she|they|him|her|his|them|my (?:\w+ )?(?:friend|mum|mom|dad|father|mother|" \
         r"husband|wife|partner|son|daughter|brother|sister|teammate|coach|grandma|grandad|" \
         r"grandpa|gran|nan|boyfriend|girlfriend|colleague|neighbour|neighbor))"
LIMB = r"(?:leg|legs|calf|calves|thigh|thighs|foot|feet|toes?|ankles?|knees?|shins?|" \
       r"hamstrings?|limb|arm|arms|hand|hands|fingers?)"
CHEST = r"(?:chest(?! (?:day|press|fly|flies|workout|exercises?|stretch\w*|routine|session|" \
        r"freezer|of drawers|muscles?))|breastbone|sternum|rib ?cage)"
CHEST_PAIN = r"(?:pain\w*|hurt\w*|ach\w+|sore|tight\w*|pressure|heav\w+|crush\w*|squeez\w*|" \
             r"burn\w*|discomfort|stab\w*|sharp|agony|weight|elephant|vice|vise|constrict\w*|" \
             r"clench\w*|pressing|pushing|sitting on|band|killing|murder|agoni[sz]\w*|" \
             r"excruciat\w*)"
BREATH = rf"(?:{CANT} (?:breathe|breath|catch (?:my|his|her|their|a) breath|get (?:enough |any |" \
         r"my |a )?(?:air|breath)|get air in)|(?:hard|difficult|difficulty|trouble|problems?|" \
         r"struggling|struggle|fighting|labou?red|laboring|labouring) (?:to |with |for )?" \
         r"(?:breathe|breathing|air|breath)|gasp\w*|short(?:ness)? of breath|breathless\w*|" \
         r"suffocat\w*|chok(?:e|ing) (?:on nothing|for air)|hurts? to breathe|" \
         r"pain\w* (?:when|while|on) (?:i )?breath\w*|(?:breathing|breath) (?:is |feels |has )?" \
         r"(?:slow\w*|shallow|rattl\w*|noisy|stopp\w*|hurts?|painful)|(?:not|stopped) breathing|" \
         r"asthma attack|no puedo respirar|me falta el aire|me ahogo|falta de aire|" \
         r"(?:je )?(?:ne peux pas|n'arrive pas a|du mal a) respirer|kann nicht atmen|atemnot|" \
         r"nao consigo respirar)"
OUT_OF_BREATH = r"(?:out of breath|winded|breathing (?:hard|fast|heavily)|puffing|panting|" \
                r"cough\w*)"
BLUE = r"(?:blue|bluish|blu\w+|grey|gray|purple|white|pale|whit\w+|mottled|waxy|ashen|" \
       r"colou?rless|drained of colou?r)"
CRAMP = r"(?:cramp\w*|spasm\w*|charley horse|seiz\w+ up)"
URINE = r"(?:urine|pee|peeing|wee|weeing|piss|urinat\w*)"
DARK_URINE = near(URINE, r"(?:cola|coke|tea|brown|black|red|bloody|blood|rusty|port|coffee|"
                  r"dark(?! yellow| amber| orange))", 4)
SEVERE = r"(?:weak\w*|agon\w*|excruciat\w*|severe\w*|extreme\w*|unbearable|intense|" \
         rf"{CANT} (?:stand|walk|move|get up|lift)|barely (?:stand|walk|move)|swollen|swelling|" \
         r"(?:so|really|very|super|incredibly) (?:painful|sore|stiff)|killing)"
SWOLLEN = r"(?:swollen|swelling|swelled|swell|puff\w*|bloat\w*|enlarged|fatter than|" \
          r"bigger than the other|thicker than the other)"
MED = r"(?:\w*statins?|\w+vastatin|diuretics?|water (?:pills?|tablets?)|furosemide|lasix|" \
      r"bumetanide|\w*thiazide|spironolactone|indapamide|(?:blood pressure|bp|cholesterol|" \
      r"heart|asthma|thyroid|diabetes|diabetic|psychiatric|new) (?:pills?|tablets?|meds?|" \
      r"medications?|medicines?|drugs?|prescription)|inhalers?|salbutamol|albuterol|" \
      r"terbutaline|raloxifene|teriparatide|ramipril|lisinopril|enalapril|perindopril|" \
      r"captopril|\w+sartan|\w+dipine|lithium|zoledronic|\w+olol|birth control|" \
      r"contracepti\w+|chemo\w*|steroids?|prednisolone|prednisone|medication|medicine|meds)"
SUBSTANCE = r"(?:magnesium|potassium|calcium|sodium|salt|salts|zinc|iron|vitamins?(?: \w+)?|" \
            r"b ?12|b ?6|b complex|d3|coq ?10|co-?q ?10|ubiquinol|creatine|taurine|" \
            r"electrolytes?(?: tablets?| tabs?| capsules?| powders?| supplements?)?|" \
            r"ibuprofen|advil|motrin|nurofen|paracetamol|acetaminophen|tylenol|panadol|" \
            r"aspirin|naproxen|aleve|diclofenac|voltaren|quinine|tonic water|baclofen|" \
            r"cyclobenzaprine|flexeril|methocarbamol|robaxin|tizanidine|diazepam|valium|" \
            r"orphenadrine|carisoprodol|(?:muscle )?relaxants?|pain ?killers?|pain relie\w+|" \
            r"anti-?inflammator\w*|nsaids?|codeine|tramadol|gabapentin|pregabalin|cbd(?: oil)?|" \
            r"melatonin|supplements?|tablets?|pills?|capsules?|caps|meds|medications?|" \
            r"medicines?|drugs?|glycinate|citrate|epsom salts?|turmeric|fish oil|omega ?3|" \
            r"multivitamins?|\w*statins?|(?:magnesium|potassium|calcium) \w+)"
UNIT = r"(?:mg|milligrams?|mcg|micrograms?|µg|ug|g|grams?|iu|ml|millilit\w+|tablets?|tabs?|" \
       r"pills?|capsules?|caps|drops?|scoops?|tsp|teaspoons?|tbsp|tablespoons?|sachets?|" \
       r"doses?|units?)"
SELF = r"(?:myself|my self|meself|himself|herself|themselves|themself|yourself)"
DIE = r"(?:die|be dead|not be (?:alive|here|around)|not exist|stop existing|cease to exist|" \
      r"not wake up|disappear forever|end it all|end my life)"


def _r(category, sign, *patterns, unless=None, window=None):
    default = {"emergency": 4, "crisis": 3, "see_doctor": 5, "dosing": 0}[category]
    compiled = tuple(rx(p) if isinstance(p, str) else rx(*p) for p in patterns)
    return Rule(category, sign, compiled, rx(unless) if unless else None,
                default if window is None else window)


EMERGENCY: tuple[Rule, ...] = (
    _r("emergency", "chest_pain", near(CHEST, CHEST_PAIN, 5) + r"|"
       r"heart (?:pain|hurts?|hurting|ache|is (?:hurting|squeezing))|having a heart attack|"
       r"cardiac arrest|is (?:this|it) (?:a )?heart attack|"
       r"(?:dolor|presion|opresion) (?:en el|de|del) pecho|douleur (?:a|dans) la poitrine|"
       r"brustschmerz\w*|schmerzen in der brust|dor no peito|angina"),
    _r("emergency", "chest_pain", r"heart attack",
       unless=r"(?:nearly|almost|practically|basically|literally|gave me|give me|giving me|"
              r"will have|would have|'d have|gonna have|going to have) (?:had |have )?a heart "
              r"attack"),
    _r("emergency", "breathless", BREATH),
    _r("emergency", "breathless", r"(?:really|very|so|severely|badly|suddenly|sudden|extremely) "
       r"(?:short of breath|breathless|out of breath)|out of breath (?:at rest|even (?:when|while|"
       r"sitting|resting|lying))|(?:lips|face|fingers|fingertips|mouth) (?:\w+ )?(?:are |is |look |"
       r"looks |looking |turning |turned |gone |going |went )?(?:blue|bluish|grey|gray|purple)|"
       r"blue lips|" + near(r"wheez\w*", r"(?:badly|so|really|very|severe\w*|can'?t|cannot)", 2) +
       r"|" + CANT + r" (?:finish|complete|get out|say|speak in) (?:a |my )?(?:full |whole )?"
       r"sentences?"),
    _r("emergency", "breathless", near(r"(?:sudden|suddenly|new|acute|tight chest|chest)",
                                        r"sob", 3)),
    _r("emergency", "stroke",
       near(r"(?:face|smile|mouth|lip|eyelid|cheek)",
            r"(?:droop\w*|drop\w*|sag\w*|lopsided|crooked|uneven|fallen|slump\w*|numb|"
            r"paralys\w*|twisted|slack|one side)", 3) + r"|"
       r"one side of (?:my|his|her|their|the) (?:face|body)|slurr\w*|"
       r"(?:speech|words|talking|speaking|voice) (?:\w+ ){0,3}(?:slurred|garbled|jumbled|strange|"
       r"weird|drunk|gibberish|nonsense|muddled|wrong|not making sense)|"
       rf"{CANT} (?:speak|talk|get (?:the |my |her |his |their )?words out|find (?:the |my |her |"
       r"his |their )?words|form words|say (?:the |my )?words|understand (?:me|speech|what))|"
       rf"{CANT} (?:lift|raise|move|hold up|feel) (?:his|her|my|their|one|the) (?:right |left )?"
       r"(?:arm|hand|side)|(?:arm|hand) (?:\w+ )?(?:is |went |has gone |suddenly )?(?:limp|dead|"
       r"paralys\w*)|(?:having|had|have) a stroke|is (?:this|it|she|he) (?:having )?a stroke|"
       r"signs? of (?:a )?stroke|worst headache|sudden (?:severe |bad |terrible )?headache|"
       r"(?:suddenly|sudden) (?:\w+ )?(?:can'?t see|lost (?:my |the )?(?:vision|sight)|"
       r"double vision)|"
       r"lost (?:the )?(?:vision|sight) in"),
    _r("emergency", "cold_limb", near(LIMB, r"(?:ice cold|icy|cold|freezing|frozen)(?! (?:pack|"
                                          r"compress|therapy|water|bath|shower|towel|weather|"
                                          r"spray|plunge|tub|air|day|morning|room|drink|"
                                          r"treatment|application|gel|press|brew|snap))", 6),
       near(r"(?:ice cold|icy|cold|freezing|frozen)", BLUE + rf"|numb\w*|{CANT} feel|barely feel|"
            r"no pulse|lost (?:all )?feeling|dead", 8)),
    _r("emergency", "cold_limb",
       near(LIMB, r"(?:turned|gone|going|went|is|are|looks?|looking) (?:\w+ )?(?:blue|bluish|"
            r"blu\w+|white|pale|grey|gray|black|mottled|waxy|ashen)", 3),
       unless=r"(?:bruis\w*|black and blue)"),
    _r("emergency", "cold_limb", rf"(?:no|{CANT} (?:find|feel) (?:a|the|any)) pulse in"),
    _r("emergency", "clot_breathless", near(LIMB, SWOLLEN, 4), f"{BREATH}|{OUT_OF_BREATH}"),
    _r("emergency", "coughing_blood",
       near(r"(?:cough\w*|spit\w*|spat|vomit\w*|throw\w* up|threw up|bring\w* up|brought up)",
            r"(?:blood|bloody)", 3)),
    _r("emergency", "rhabdo", DARK_URINE, SEVERE),
    _r("emergency", "cauda_equina",
       r"(?:wet|peed|pissed|soiled|pooed|pooped) (?:myself|my (?:pants|trousers|bed|shorts))|"
       r"lost control of (?:my )?(?:bladder|bowels?)|incontinen\w*|(?:had|having) an accident|"
       r"accident in my (?:pants|trousers|underwear|shorts)|" + CANT + r" feel (?:anything |it )?"
       r"when i wipe|numb when i wipe|"
       rf"{CANT} (?:control|hold|feel) (?:my )?(?:bladder|bowels?|pee|urine|wee|poo)|"
       rf"{CANT} (?:pee|urinate|wee)|" + near(r"numb\w*", r"(?:groin|between (?:my|the) legs|"
                                              r"saddle|inner thighs?|insides? of (?:my|the) "
                                              r"thighs?|genitals?|private parts?|bottom|buttocks?|"
                                              r"anus|perineum)", 4),
       r"(?:lower )?back|spine|sciatica|saddle|groin|between (?:my|the) legs"),
    _r("emergency", "heat_confusion",
       r"confus\w*(?! about| by| whether| as to| if| why| how| what| which| with)|disorient\w*|"
       r"delirious|not making (?:any )?sense|talking (?:nonsense|gibberish)|"
       rf"{CANT} think (?:straight|clearly|properly)|out of it|"
       r"acting (?:strange\w*|weird\w*|drunk)|"
       r"doesn'?t know where (?:she|he|they|i) (?:is|are|am)",
       r"heat|hot|sun|sunny|°|degrees|humid\w*|overheat\w*|(?:stopped|not) sweating|temperature|"
       r"fever\w*|scorching|sweltering|race|marathon|run|ran|vomit\w*|throw\w* up|dizzy|"
       r"collaps\w*"),
    _r("emergency", "heat_confusion", r"heat ?stroke|sun ?stroke|heat exhaustion"),
    _r("emergency", "heat_confusion", r"disorient\w*|delirious|not making (?:any )?sense|"
       r"talking (?:nonsense|gibberish)|doesn'?t know where (?:she|he|they|i) (?:is|are|am)"),
    _r("emergency", "collapse",
       r"(?<!arch )(?<!arches )(?<!lung )collaps\w*|(?<!nearly )(?<!almost )(?<!close to )"
       r"(?:passed|blacked) out|(?<!nearly )(?<!almost )fainted|lost consciousness|unconscious|"
       r"unresponsive|not respond\w*(?! to)|won'?t wake(?: up)?|can'?t wake (?:him|her|them)|"
       r"(?:not|isn'?t|wasn'?t) waking up|keel\w* over|(?:isn'?t|is not|not|stopped) moving|"
       r"seizures?|convuls\w*|fitting|having a fit|"
       r"(?:whole|entire) body (?:\w+ )?(?:jerk\w*|shak\w*|twitch\w*|convuls\w*)"),
    _r("emergency", "palpitations_faint",
       near(r"(?:heart|pulse|heartbeat)", r"(?:pound\w*|rac\w*|flutter\w*|skipp\w*|irregular|all "
            r"over the place|erratic|thump\w*|hammer\w*|beating (?:fast|weird\w*|strange\w*|"
            r"funny))", 3),
       r"faint\w*|pass out|passing out|black\w* out|dizzy|dizziness|light ?headed|woozy|"
       r"chest|breath\w*|collaps\w*"),
    _r("emergency", "anaphylaxis",
       near(r"(?:throat|tongue|lips?|mouth|airway)",
            r"(?:clos\w*|swell\w*|swollen|tight\w*|puff\w*|blocked)", 4) + r"|"
       r"anaphyla\w*|epi ?pen"),
    _r("emergency", "anaphylaxis", near(r"(?:face|eyes)", r"(?:swell\w*|swollen|puff\w*)", 3),
       r"(?:took|taken|take|taking|ate|eaten|after|since|new|tablet|pill|medicine|allerg\w*|"
       r"hives|rash|sting|stung)"),
    _r("emergency", "overdose_taken",
       near(r"(?:took|taken|swallowed|downed|ate|necked|had)",
            r"(?:all|whole|entire|bottle|box|packet|pack|strip|handful|too many|way too many|"
            r"lots|loads|bunch|dozens?|fistful|[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|"
            r"fifty)", 4),
       r"pills?|tablets?|meds|medications?|medicines?|capsules?|pain ?killers?|relaxants?|"
       rf"{SUBSTANCE}"),
    _r("emergency", "overdose_taken",
       r"(?:i|i'?ve|he|she|they|has|have) (?:just |accidentally )?(?:overdosed|od'?d|od'?ed)|"
       r"(?:took|taken|had) an overdose"),
    _r("emergency", "bleeding",
       near(r"(?:bleed\w*|blood)", r"(?:won'?t stop|not stopping|heavily|everywhere|pouring|"
            r"gushing|spurting|a lot)", 3)),
)

CRISIS: tuple[Rule, ...] = (
    _r("crisis", "suicide",
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
    _r("crisis", "suicide",  # a wish to be dead or not to exist, said plainly or passively
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
    _r("crisis", "suicide", r"(?:want|wish|need)\w* (?:it|everything|this|the pain|life|it all) "
       r"(?:all )?to (?:stop|end|be over)", r"permanent\w*|forever|for good|for ever"),
    _r("crisis", "suicide",  # a plan, a means or a farewell, often with no "suicide" word
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
    _r("crisis", "self_harm",
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
