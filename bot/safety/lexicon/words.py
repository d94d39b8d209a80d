"""The words the signs are made of: body parts, symptoms, medicines, people, as patterns
over normalised text (see bot.query.normalise), and `rule`, which builds a sign from them.

Patterns describe a symptom as people say it (a body part near what is wrong with it), not
sentences seen in tests; they are read through the negation scope of bot.safety.rules.
"""

from __future__ import annotations

from bot.safety.rules import Rule, near, rx

CANT = r"(?:can'?t|cannot|can not|couldn'?t|could not|unable to|struggling to|struggle to)"
I = r"(?:i|i'm|im|i've|ive|i'd|me|my)"
# The people someone writes about as "my ...": kin, friends, the people of a team or a class
KIN = r"(?:friend|mum|mom|mam|dad|father|mother|husband|wife|partner|son|daughter|brother|" \
      r"sister|teammate|coach|grand\w*|gran|granny|nan|nana|boyfriend|girlfriend|colleague|" \
      r"neighbou?r|mate|bestie|roommate|flatmate|cousin|uncle|aunt\w*|niece|nephew|kid|child|" \
      r"classmate|student|pupil|fiancee?|in-laws?|\w+-in-law)"
PERSON = rf"(?:he|she|they|him|her|his|them|my (?:[\w']+ )?{KIN})"
LIMB = r"(?:leg|legs|calf|calves|thigh|thighs|foot|feet|toes?|ankles?|knees?|shins?|" \
       r"hamstrings?|limb|arm|arms|hand|hands|fingers?)"
CHEST = r"(?:chest(?! (?:day|press|fly|flies|workout|exercises?|stretch\w*|routine|session|and (?:back|" \
        r"shoulders|arms|tris|triceps|bis|biceps)|" \
        r"freezer|of drawers|muscles?))|breastbone|sternum|rib ?cage)"
CHEST_PAIN = r"(?:pain\w*|hurt\w*|ach\w+|sore|tight\w*|pressure|heav\w+|crush\w*|squeez\w*|" \
             r"burn\w*|discomfort|stab\w*|sharp|agony|weight|elephant|vice|vise|constrict\w*|" \
             r"clench\w*|pressing|pushing|sitting on|band|killing|murder|agoni[sz]\w*|" \
             r"excruciat\w*|tearing|ripping)"
# "couldn't breathe from laughing" is laughter, not breathlessness
BREATH = rf"(?:{CANT} (?:breathe|breath|catch (?:my|his|her|their|a) breath|get (?:enough |any |" \
         r"my |his |her |their |a )?(?:air|breath)|get air in)(?!(?: [\w']+){0,3} (?:laugh\w*|" \
         r"laughter|giggl\w*))|(?:hard|difficult|difficulty|trouble|problems?|" \
         r"struggling|struggle|fighting|labou?red|laboring|labouring) (?:to |with |for )?" \
         r"(?:breathe|breathing|air|breath)|gasp\w*|short(?:ness)? of breath|breathless\w*|" \
         r"suffocat\w*|chok(?:e|ing) (?:on nothing|for air)|hurts? to breathe|" \
         r"pain\w* (?:when|while|on) (?:i )?breath\w*|(?:breathing|breath) (?:is |feels |has )?" \
         r"(?:slow\w*|shallow|rattl\w*|noisy|stopp\w*|hurts?|painful)|(?:not|stopped) breathing|" \
         r"(?:isn'?t|wasn'?t|is not|was not|aren'?t) breathing|(?:can )?barely (?:breathe|breath)|" \
         r"asthma attack|no puedo respirar|me falta el aire|me ahogo|falta de aire|" \
         r"(?:je )?(?:ne peux pas|n'arrive pas a|du mal a) respirer|kann nicht atmen|atemnot|" \
         r"nao consigo respirar)"
# Pain on breathing in (pleuritic), as a clot in the lung gives it: "my side stabs when I breathe in"
PLEURITIC = r"(?:hurts?|hurting|pain\w*|stab\w*|sharp|sore|ache\w*|agony|catch\w*) (?:[\w']+ ){0,6}" \
            r"(?:when|whenever|every time|each time|as|if) (?:i |he |she |they |you )?(?:take (?:a )?" \
            r"(?:deep |big |full )?breaths?|breathes?(?: in| deep\w*)?\b|inhale\w*|breathing in)"
# "puffed" is breath only said of a person ("i get really puffed"): "my calf is puffed" swells
OUT_OF_BREATH = r"(?:out of breath|winded|breathing (?:really |very |so |too )?(?:hard|fast|heavily|quick\w*)|puffing(?! up)|panting|" \
                r"cough\w*|out of puff|\b(?:i|i'?m|im|he'?s|she'?s|he|she|they'?re) (?:get |gets |got |"\
                r"getting |am |is |was |feel |feels |felt |been )?(?:really |so |very |a bit |quite |" \
                r"proper |totally |completely |absolutely )?puffed\b(?! up| out))"
BLUE = r"(?:blue|bluish|blu\w+|grey|gray|purple|white|pale|whit\w+|mottled|blotch\w*|marbl\w*|" \
       r"dusky|waxy|ashen|colou?rless|drained of colou?r)"
# what people call a cramp: "my hamstring locks up", "knots up", "seizes"
CRAMP = r"(?:cramp\w*|spasm\w*|charley horses?|(?:seiz|lock|knott?|tighten|bunch|ball)\w* up|" \
        r"goes? (?:rigid|solid|hard as a rock)|(?:in|into) (?:a |one )?(?:big |tight |hard )?knots?)"
# Pregnant, or weeks into a pregnancy ("34 weeks", "7 months gone", "expecting twins"), and not
# a figure of speech ("pregnant with excitement", "expecting a parcel")
PREGNANT = (r"pregnan\w*(?! with (?:excitement|anticipation|ideas|possibilit\w*|meaning))|preggo|"
            r"preggers|preggy|knocked up|expecting (?:a "
            r"baby|twins|triplets|a child|our|my first|a boy|a girl|a "
            r"little)|(?:\d+|twenty|thirty) weeks (?:along|gone)|trimester|(?:my|his|her|their|the) (?:baby )?bump|"
            r"(?:\d+|twenty|thirty|six|seven|eight|five|four) (?:weeks?|wks?|months?) (?:along|gone|"
            r"preg\w*)|(?:i'?m|i am|she'?s|she is|wife is|at|currently) (?:\d+|twenty|thirty) "
            r"(?:weeks?|wks?)\b(?! (?:into|in|of|post|since|after|out|from|training|ago|old|later))|"
            r"baby (?:is )?due|due date|(?:i'?m|she'?s|she is|wife is) due (?:in|next|any)|"
            r"(?:^|(?<=[.,;!?] ))(?:[4-9]|[1-3]\d|4[0-2]) ?(?:weeks?|wks?)\b(?! (?:into|in|of|post|"
            r"since|after|out|from|training|ago|old|later|now|running|off|rest|until|to go))|"
            r"(?:i'?m|she'?s|she is|wife is|we'?re|we are) expecting\b(?! (?:a (?:call|parcel|"
            r"delivery|result|reply)|to|that|it|results|them|him|her|you|some)\b)")
URINE = r"(?:urine|pee|peeing|wee|weeing|piss|urinat\w*)"
DARK_URINE = near(URINE, r"(?:(?:coca )?cola|coke|tea|brown|black|red|bloody|blood|rusty|port|coffee|"
                  r"dark(?! yellow| amber| orange))", 4) + \
    r"|" + URINE + r"\w* (?:[\w']+ ){0,4}(?:the )?colou?r of (?:strong |black |dark )?(?:coca )?" \
    r"(?:cola|coke|tea|coffee|port)"
# Little or no urine: a sign that carries its own negation ("haven't peed all day"), so a rule
# using it reads no negation (window 0).
SCANT_URINE = r"(?:(?:barely|hardly|not|haven'?t|hasn'?t|havent|hasnt|didn'?t|not been|haven'?t " \
              r"been|hasn'?t been) (?:[\w']+ )?(?:peed|pee|peeing|weed|weeing|urinat\w*|pissed|" \
              r"passed (?:any )?(?:urine|water))|(?:no|little|very little|hardly any|barely any) " \
              r"(?:urine|pee|wee)|not passing (?:any |much )?(?:urine|water)|(?:stopped|can'?t) " \
              r"(?:peeing|urinating)|(?:hasn'?t|haven'?t|hasnt|havent|not|didn'?t) (?:had|done|been for|gone " \
              r"for) (?:a |any )?(?:wee|pee|piss|wees))"
SEVERE = r"(?:weak\w*|agon\w*|excruciat\w*|severe\w*|extreme\w*|unbearable|intense|" \
         rf"{CANT} (?:stand|walk|move|get up|lift)|barely (?:stand|walk|move)|swollen|swelling|" \
         r"(?:so|really|very|super|incredibly) (?:painful|sore|stiff)|killing|huge|massive|" \
         r"rock hard|hard as (?:a )?rocks?|(?:pain (?:is )?)?(?:[89]|10) ?(?:/|out of) ?10)"
SWOLLEN = r"(?:swollen|swelling|swelled|swell|puff\w*|bloat\w*|enlarged|fatter than|" \
          r"bigger than the other|thicker than the other|(?:twice|double) (?:the|its) (?:usual )?size)"
MED = r"(?:\w*statins?|\w+vastatin|diuretics?|water (?:pills?|tablets?)|furosemide|lasix|" \
      r"\w+prazole|ppis?|nexium|losec|zantac|nifedipine|adalat|" \
      r"(?:new )?(?:pills?|tablets?|meds?|medications?|medicines?) for (?:my |his |her |their |the )?" \
      r"(?:heart|blood pressure|bp|cholesterol|thyroid|asthma|diabetes|sugar|water retention|fluid|" \
      r"memory|dementia|alzheimer'?s|parkinson'?s|epilepsy|seizures|bones|osteoporosis|depression|" \
      r"psychosis|bipolar)|" \
      r"torsemide|metolazone|amiloride|salmeterol|formoterol|tiotropium|donepezil|tamoxifen|" \
      r"denosumab|clozapine|olanzapine|risperidone|quetiapine|sertraline|fluoxetine|" \
      r"citalopram|venlafaxine|pregabalin|gabapentin|opioids?|morphine|oxycodone|methadone|" \
      r"fibrates?|ezetimibe|niacin|insulin|metformin|puffers?|ventolin|proventil|seretide|" \
      r"symbicort|advair|lipitor|zocor|crestor|norvasc|hctz|bendrofluazide|(?:asthma|steroid|" \
      r"brown|purple|blue|orange|red) (?:preventers?|relievers?|puffers?|pumps?)|preventer inhalers?|" \
      r"(?:pills?|tablets?|meds?|medications?|medicines?|drugs?|jabs?|injections?) (?:for|to " \
      r"(?:lower|control|help|thin|bring down)) (?:my |her |his |their |the )?(?:[\w']+ )?" \
      r"(?:heart|blood pressure|bp|cholesterol|thyroid|asthma|diabetes|sugar|water|fluid|" \
      r"swelling|kidneys?|bones?|osteoporosis|depression|mood|bipolar|epilepsy|seizures|" \
      r"cancer|blood)|" \
      r"bumetanide|\w*thiazide|spironolactone|indapamide|(?:blood pressure|bp|cholesterol|" \
      r"heart|asthma|thyroid|diabetes|diabetic|psychiatric|new) (?:pills?|tablets?|meds?|" \
      r"medications?|medicines?|drugs?|prescription)|inhalers?|salbutamol|albuterol|" \
      r"terbutaline|raloxifene|teriparatide|ramipril|lisinopril|enalapril|perindopril|" \
      r"captopril|\w+sartan|\w+dipine|lithium|zoledronic|\w+olol|birth control|" \
      r"contracepti\w+|chemo\w*|steroids?|prednisolone|prednisone|medication|medicine|meds|" \
      r"hrt|hormone (?:replacement|therapy|patch\w*|tablets?|pills?|gel)|oestrogen|estrogen|" \
      r"progesterone|testosterone)"
SUBSTANCE = r"(?:magnesium|potassium|calcium|sodium|salt|salts|zinc|iron|vitamins?(?: \w+)?|" \
            r"b ?12|b ?6|b complex|d3|coq ?10|co-?q ?10|ubiquinol|creatine|taurine|" \
            r"electrolytes?(?: tablets?| tabs?| capsules?| powders?| supplements?)?|" \
            r"ibuprofen|advil|motrin|nurofen|paracetamol|acetaminophen|tylenol|panadol|" \
            r"aspirin|naproxen|aleve|diclofenac|voltaren|quinine|tonic water|baclofen|" \
            r"cyclobenzaprine|flexeril|methocarbamol|robaxin|tizanidine|diazepam|valium|" \
            r"orphenadrine|carisoprodol|(?:muscle )?relax(?:ant|er)s?|pain ?killers?|pain relie\w+|" \
            r"vit(?:amin)? ?(?:[a-e]\d*|k2?)|" \
            r"anti-?inflammator\w*|nsaids?|codeine|tramadol|gabapentin|pregabalin|cbd(?: oil)?|" \
            r"melatonin|supplements?|tablets?|pills?|capsules?|caps|meds|medications?|" \
            r"medicines?|drugs?|glycinate|citrate|epsom salts?|turmeric|fish oil|omega ?3|" \
            r"multivitamins?|\w*statins?|(?:magnesium|potassium|calcium) \w+|sprays?|powders?|" \
            r"sachets?|gummies|lozenges?|injections?|jabs?|salt (?:pills?|tabs?)|hydration " \
            r"tablets?|glucosamine|arnica|crampeze|excedrin|benadryl|antihistamines?|tums|" \
            r"antacids?|sleeping (?:pills?|tablets?)|opioids?|morphine|oxycodone|amitriptyline|" \
            r"zinc|zma|\bmg\b)"
UNIT = r"(?:mg|milligrams?|mcg|micrograms?|µg|ug|g|grams?|iu|ml|millilit\w+|tablets?|tabs?|" \
       r"pills?|capsules?|caps|drops?|scoops?|tsp|teaspoons?|tbsp|tablespoons?|sachets?|" \
       r"spoons?|spoonfuls?|capfuls?|droppers?|dropperfuls?|" \
       r"doses?|units?)"
# Another heart sign people describe instead of naming: chest or heart "feels weird"
CHEST_ODD = r"(?:weird|funny|strange|odd|off|not right|wrong|flutter\w*|twing\w*|uncomfortable|" \
            r"discomfort|niggl\w*|heartburn|indigestion|tight\w*|heav\w+|pressure)"
# What comes with a heart attack beside the chest: sweat, sickness, the arm, jaw or back
HEART_COMPANION = r"(?:sweat\w*|clammy|sick|nause\w*|vomit\w*|throw\w* up|arm|arms|jaw|neck|" \
                  r"shoulders?|upper back|between my shoulder|breath\w*|faint\w*|dizzy|" \
                  r"light ?headed|grey|gray|pale|anxious|doom)"
HEART_RACING = r"(?:pound\w*|rac\w*|flutter\w*|skips (?:a )?beats?|skipping|irregular|all over the place|erratic|" \
               r"thump\w*|hammer\w*|bang\w*|going (?:crazy|mad|wild|nuts)|through the roof|out " \
               r"of my chest|(?:really|so|too|very|super|crazy) fast|beating (?:fast|weird\w*|" \
               r"strange\w*|funny|hard)|won'?t slow down|(?:going|beating|at|hit\w*|like|over) (?:like |at |" \
               r"over |about )?(?:1[5-9]\d|2\d\d)\b)"
# A person, not a text, that makes no sense: "she's mumbling and doesn't make sense"
NONSENSE = r"(?:he|she|they|he'?s|she'?s|they'?re|him|her) (?:[\w']+ ){0,4}(?:doesn'?t|does not|" \
           r"isn'?t|is not|not|aren'?t|don'?t) mak(?:e|ing) (?:any )?sense"
FAINTNESS = r"(?:faint\w*|pass(?:ed|ing)? out|black\w* out|dizzy|dizziness|light ?headed|woozy|" \
            r"collaps\w*|(?:had|have|needed) to lie down|vision (?:went|going|goes)|" \
            r"(?:nearly|almost) (?:fell|went down|dropped)|(?:everything|it all|vision|world|it) " \
            r"went (?:black|dark|grey|gray|white|fuzzy))"
# Someone with diabetes, or a sugar level named as low
DIABETES = r"(?:diabet\w*|type (?:1|one|i)\b|t1d|insulin|blood sugar|(?:sugar|glucose) (?:level|" \
           r"is|was|reading|dropped|crashed|low)|hypo\b|hypoglyc\w*|low sugar)"
LOW_SUGAR = r"(?:(?:sugar|glucose|bg|bm|levels?|meter|monitor|libre|sensor|dexcom|dex|cgm|" \
            r"freestyle|glucometer|bgl)(?:'s|s)? (?:is |was |" \
            r"reading |reads |says |shows |showing |level |of |at |)(?:low|" \
            r"[0-3](?:[.,]\d)?\b|crashed|dropp\w*|tank\w*)|hypo\b|hypoglyc\w*|low blood sugar)"
# A blood pressure read as 180/120 or higher (NHS: the level of a hypertensive crisis), with
# what says it is one
HIGH_BP = r"(?:(?:1[89]\d|2\d\d) ?(?:/|over) ?\d{2,3}|\d{2,3} ?(?:/|over) ?1[2-9]\d)"
BP_READ = r"\bbp\b|blood pressure|\bpressure\b|monitor|machine|\bcuff\b|mmhg|reading"
# Drinking stopped: the start of alcohol withdrawal (NHS), read for an emergency with
# hallucinations or fits, and for a red flag with the shakes
DRINK_STOPPED = r"(?:stopped|quit|quitting|stopping|no|off the) (?:[\w']+ ){0,2}(?:drinking|booze|" \
                r"alcohol|drink)"
# A fit as a seizure ("had a fit", "fits"), not fitness ("fit otherwise", "fit as a fiddle",
# "a fit young lad") nor a bike fit or a good fit
FIT = r"(?:(?:a|another|having|had|has|have|in|into) fits?|fits)\b(?! (?:and (?:healthy|well|" \
      r"active|strong)|otherwise|as a fiddle|of (?:laughter|giggles|coughing|sneezing|rage|pique|" \
      r"temper)|for|to|like|in|well|fine|perfectly|nicely|into|me|him|her|them|young|person|man|" \
      r"woman|lad|lass|guy|bloke|girl|boy|runner|athlete|adult|enough)\b)"
# How a low sugar, a poisoning or a brain short of blood shows
CONFUSED = r"(?:confus\w*|muddled|disorient\w*|delirious|acting (?:really |very |so |a bit |all |kind of )?" \
           r"(?:drunk|strange\w*|weird\w*|odd\w*|funny)|not (?:himself|herself|themselves|making (?:any )?sense)|drows\w*|hard to " \
           r"wake|" + NONSENSE + r"|" \
           r"(?:hardly|barely|can'?t|cannot|won'?t|couldn'?t) (?:really |properly |fully |even )?" \
           r"(?:wake|rouse)|slurr\w*|blurr\w*|" \
           r"seizure|" + FIT + r"|fitting|passed out|unconscious|out of it|talking (?:nonsense|" \
           rf"gibberish|rubbish)|{CANT} think (?:straight|clearly|properly))"
# Taking more than a medicine allows, in the words people use (a number in brackets is an
# age: "my dad (68) has had cramps since his tablets", round 27)
EXCESS = r"(?:all|whole|entire|bottle|box|packet|pack|strip|handful|too many|way too many|" \
         r"(?:way |far |a lot |much )?more than (?:i|he|she|they|you|it|the|what|my|recommended|" \
         r"prescribed|allowed)|(?:way |far |a lot )?too much|double|twice|triple|lots|loads|" \
         r"a (?:whole )?load of|bunch|" \
         r"dozens?|fistful|(?<!i'm )(?<!im )(?<!i am )(?<!aged )(?<!age )(?<!he's )(?<!she's )" \
         r"(?<!at )(?<!turned )(?<!age of )(?<!\()" \
         r"[1-9]\d+(?! ?(?:years?|yrs?|y/?o)\b)(?!,)|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
INFECTION = r"(?:infect\w*|fever\w*|temperature|high temp|flu\b|pus|abscess|cellulitis|" \
            r"wound|cut (?:on|in) my)"
ALLERGY = r"(?:hives|itch\w* (?:rash|bumps|welts|skin|all over)|rash\w*|welts|allerg\w*)"
SELF = r"(?:myself|my self|meself|himself|herself|themselves|themself|yourself)"
# "I'd rather die than miss the final" compares; "rather die than live like this" does not
# (nor is death preferred to more of the suffering: "rather be dead than have another night of this")
NOT_A_COMPARISON = r"(?! than (?!live|living|go on|keep|carry|feel|suffer|be like|wake|exist|face|" \
                   r"(?:have|deal with|go through|put up with|sit through|spend) (?:another|one more)))"
DIE = r"(?:die|be dead|not be (?:alive|here|around)|not exist|stop existing|cease to exist|" \
      r"not wake up|disappear forever|end it all|end my life)" + NOT_A_COMPARISON + \
      r"(?! (?:of|from|with) (?:embarrass\w*|shame|boredom|laugh\w*|cuteness|curiosity|envy|" \
      r"jealousy|fright|happiness|excitement|suspense|the heat))"


def rule(category, sign, *patterns, unless=None, window=None):
    default = {"emergency": 4, "crisis": 3, "see_doctor": 5, "dosing": 0}[category]
    compiled = tuple(rx(p) if isinstance(p, str) else rx(*p) for p in patterns)
    # a red flag said healed is nothing to see a doctor about, and an emergency years ago is
    # history; a past attempt stays what it was
    return Rule(category, sign, compiled, rx(unless) if unless else None,
                default if window is None else window, healed_negates=category == "see_doctor",
                past_negates=category == "emergency")


# Eased by a rest, or able to go on after one: "i stand still and it eases", "rest a bit and
# i can carry on" (claudication's, NICE PAD; read by the red flag and by the cold leg's veto)
RESTED_AND_EASED = (r"(?:rest|stop|stand|sit)\w* (?:still |down )?(?:for )?(?:a (?:bit|minute|"
                    r"moment|while|few minutes) )?(?:and |then |and then )(?:(?:it |they |the pain )?"
                    r"(?:eases|goes(?: away| off)?|settles|passes|gets better|fades|wears off)|(?:i |he "
                    r"|she |they )?(?:can|could|am able to|is able to) (?:carry on|keep going|walk "
                    r"(?:on|again)|go (?:on|again)|continue))")

PAINFUL = r"(?:pain\w*|hurt\w*|ach\w+|sore\w*|cramp\w*|spasm\w*|tight\w*|weak\w*|tender\w*|" \
          r"numb\w*|tingl\w*|it)"
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|few|a couple (?:of )?|" \
       r"couple (?:of )?|many)"
DURATION = rf"(?:(?:[2-9]|\d{{2,}}|{_FEW}) days|(?:\d+|a|one|over a|more than a|{_FEW}) " \
           r"(?:weeks?|months?|years?)(?![- ]?olds?\b)|(?:days|weeks|months) (?:now|on end)|since last " \
           r"(?:week|month)|ages)"
RECUR = r"(?:keeps? (?:on )?(?:coming back|happening|recurring|returning)|(?:keep|kept) " \
        r"(?:on )?(?:getting|having) (?:them|cramps|it|these)|coming back (?:again|all the time)|" \
        r"every[.!]? (?:single[.!]? )?(?:day|night|morning|evening|week)|" \
        r"(?:several|multiple|(?<!how )many|a few|" \
        r"few|two|three|\d+) times (?:a|per|every) (?:day|week|night)|(?:most|many) (?:days|" \
        r"nights|mornings)|all the time|constantly|non-?stop|(?<!take )(?<!taking )(?<!taken )" \
        r"(?<!dose )daily|nightly|frequent\w*|" \
        r"(?<!my )(?<!his )(?<!her )(?<!these )(?<!the )recurr\w*|again and again|every other " \
        r"(?:day|night)|more and more often|" \
        r"(?:getting|got|gotten|grown|gone) worse and worse)"  # NICE CKS: worse and worse
# How often: a cramp at night is common and harmless once (NICE CKS: idiopathic night cramps
# are benign); cramps that come often at night are worth a check.
OFTEN = rf"(?:{RECUR}|often|a lot|lots of|regularly|night after night|most of the time|most (?:days|nights)|" \
        r"several times|so many times|(?:for|over) (?:the (?:last|past) )?(?:weeks|months|" \
        r"ages|a (?:while|month|year))|(?:this|the (?:last|past)) (?:few )?(?:weeks|months)|" \
        r"keeps? (?:waking|happening|coming)|more (?:and more )?(?:often|frequent\w*))"
# "take it at night", "have at night": when a medicine is taken, not when a cramp comes (read
# behind "at night" once it is found, not at every place in the text)
_NOT_TAKEN = "".join(f"(?<!{verb} at night)" for verb in (
    "take", "taking", "took", "have", "having", "use", "using", "drink", "drinking", "apply",
    "swallow", "take it", "take them", "take one", "take some", "have it", "have one",
    "taken", "dose", "doses", "given", "give"))
NIGHT = (r"(?:at night" + _NOT_TAKEN + r"|every[.!]? (?:single[.!]? )?night|nightly|"
         r"in (?:my )?bed|in (?:my|his|"
         r"her|their|the) (?:middle of the )?night|middle of the night|during the night|"
         r"overnight|in my sleep|while (?:i'?m |i am )?(?:asleep|sleeping)|wakes? me(?: up)?|"
         r"woke me(?: up)?|waking me(?: up)?|wake (?:up )?with|woke (?:up )?(?:[\w']+ )?with|"
         r"\d+ ?am\b|nocturnal|when i'?m (?:asleep|sleeping))")
# At rest, or with no exercise to explain it: the articles' "not related to exercise"
REST = (r"(?:at rest|(?:while|when) (?:i'?m|i am|i|he'?s|he is|she'?s|she is|they'?re|they are|he|"
        r"she|they) (?:just |even |only )?(?:resting|sitting|"
        r"lying|watching|relaxing)|just lying|(?:i'?m|i am|i|me|he'?s|he is|she'?s|she is|he|she) "
        r"(?:just )?(?:sitting|sat) (?:at "
        r"(?:my|a|the) desk|on the (?:couch|sofa)|still|around|watching (?:tv|telly|a film)|in "
        r"(?:his|her|my|a|the) (?:arm)?chair)|"
        r"(?:just )?(?:doing nothing|not doing anything)|just (?:sitting|sat|lying) (?:on|in|at|"
        r"around|still|there|watching)|no exercise|(?:nothing|not|unrelated) "
        r"(?:[\w']+ ){0,2}(?:to do with|related to|linked to) (?:exercise|sport|running|"
        r"training|activity|working out)|(?:don'?t|do not|never|doesn'?t|didn'?t) (?:even )?"
        r"(?:exercise|work out|train|run|do (?:any )?sports?)|without (?:any )?(?:exercise|"
        r"exercising|activity|training)|not (?:even )?exercising|haven'?t (?:been )?"
        r"(?:exercising|training|running))")
# The legs, as people name them: the cramping part told ("my hamstrings", "the back of my
# thighs"), the writer's or someone else's
LEG = r"(?:hamstrings?|hamm(?:y|ies)|legs?|thighs?|calf|calves|back of (?:[\w']+ )?(?:legs?|thighs?|knees?))"
CHILD_AGE = r"(?:[0-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
            r"thirteen|fourteen|fifteen|sixteen|seventeen)"


# Skin chilled on purpose, by ice or cold water, goes cold, pale and numb: no sign of a blocked
# limb ("a cold pack wrapped in a cloth can be used to numb the area")
ICED = (r"ice ?(?:pack|bag|bath|cup|massage|water|cubes?)s?|icing|iced (?:it|my|the|his|her)|"
        r"cold (?:pack|compress|water|shower|bath|plunge|therapy|tub)s?|frozen peas|cryo\w*|"
        r"(?:under|from|after|with) (?:the |an? |my )?ice\b")
# A limb pressed or folded until it tingles: sitting on a foot, cross-legged, on the toilet,
# slept on. Pins and needles with a cause like this pass and are no nerve sign.
PRESSED = (r"(?<!not )(?<!never )(?<!without )(?<!n't )(?:sitting|sat|sit) (?:[\w']+ ){0,2}on (?:my|his|her|their|the|it)\b|cross[- ]?legged|"
           r"on the (?:toilet|loo)|slept (?:on|funny|awkward\w*)|kneel\w*|(?:leaning|lying|lay) "
           r"on (?:it|my|his|her|their)\b")
# A body temperature that means heat stroke or worse: 40-42 °C or 104-108 °F, said with what
# measured it, or with a decimal ("she's 40.3"); not an age ("I'm 40") or the weather ("40
# degrees out")
_HOT = r"(?:4[0-2]|10[4-8])"
BODY_TEMP_HIGH = (r"(?:temp\w*|fever|thermometer (?:says|said|reads|read|showed|shows)|measured|"
                  r"reading|reads|read|clocked|core|temp(?:erature)? (?:is|was|of|at)) (?:[\w']+ ){0,3}"
                  r"(?:of |at |is |was )?" + _HOT + r"(?:[.,]\d)?\b(?! ?(?:km|k\b|miles?|mins?|"
                  r"minutes?|%|kg|years?|yrs?|metres?|meters?|laps?|reps?|weeks?|days?|hours?))|"
                  r"(?:he|she|they|i|it)(?:'s| is| was| are|'m| am) (?:now |still |at )?" + _HOT +
                  r"[.,]\d\b|" + _HOT + r"(?:[.,]\d)? ?(?:°|degrees?)? ?(?:c|f)? on the thermometer")
# How a mind short of cooling shows, in lay words, beside confusion
HEAT_MIND = (r"muddl\w*|not answering (?:me |us )?properly|not with it|(?:doesn'?t|does not|"
             r"didn'?t|don'?t) know (?:what day|where|who|what (?:day|time))|(?:he|she|they|he'?s|"
             r"she'?s|they'?re) (?:[\w']+ ){0,6}(?:isn'?t|is not|wasn'?t|aren'?t|stopped|not) "
             r"making (?:any )?sense")
# ... and, with a temperature that high, a drowsiness that alone would mean little
DROWSY = r"drows\w*|sleepy|mumbl\w*|floppy|hard to wake"
# "OD'd on leg day", "overdosed on hill repeats": too much of a thing that is no drug
OD_ON_A_DRUG = (r"(?! on (?!(?:[\w']+ ){0,2}(?:" + SUBSTANCE[3:-1] + r"|heroin|fentanyl|cocaine|"
                r"drugs|insulin|alcohol|booze|caffeine (?:pills|tablets)|pre-?workout|sleeping "
                r"(?:pills|tablets)|something|them|it|those|these)\b))")
