"""The words of the bot's topic, in two lists with two meanings.

`TOPIC_WORDS` name the topic itself (a cramp, the hamstring, the leg): a question using one
is about hamstring cramps even when retrieval finds little. `SUBJECT_WORDS` name what the
articles say about it (massage, ice, potassium, a doctor): with the topic words, they tell
whether a short message names a subject of its own or leans on the conversation.
"""

from __future__ import annotations

import re

from index.text import stem

# The hamstring by its own names: a question naming one is about it, whatever else it names.
HAMSTRING_WORDS = frozenset("hamstring hamstrings hammy hammies thigh thighs".split())
# A cramp by its names, wherever it is.
CRAMP_WORDS = frozenset("cramp cramps cramping cramped crampy spasm spasms charley".split())
TOPIC_WORDS = CRAMP_WORDS | HAMSTRING_WORDS | frozenset("""
leg legs muscle muscles horse knot stretch stretches stretching
""".split())
SUBJECT_WORDS = frozenset("""
massage ice heat cold warm dehydration electrolyte electrolytes potassium magnesium calcium
sodium water hydration prevent prevention cause causes doctor
""".split())
# Compared by stem ("massaging" counts), with a few subjects too common in other talk ("a
# drink", "tears") to count as the topic anywhere but in a short question about it.
SUBJECT_STEMS = frozenset(stem(w) for w in TOPIC_WORDS | SUBJECT_WORDS | {
    "roller", "drink", "salt", "strain", "tear", "injury"})
# Other parts of the body: a question about one of them, and not the hamstring, is about
# something the articles do not cover ("a sprained ankle", "a cramp in my calf"). Parts the
# articles use to place the hamstring or to do its stretches and massage (knee, hip, back,
# foot, toes, heel, hands, arms, stomach) are left out.
OTHER_BODY_PARTS = frozenset("""
ankle ankles calf calves shin shins quad quads quadriceps groin wrist wrists elbow elbows
shoulder shoulders neck jaw abdomen rib ribs
""".split())

# Other things that share the topic's words: other cramps ("period cramps", "writer's
# cramp"), ham the food, "hamstring" as a verb or in a game, and an animal's cramps. Each is
# a concept, read over lowercased text; a message naming the hamstring too is about it, except
# for an animal's, a verb's or a game's, where the hamstring is not a person's muscle.
OTHER_CRAMPS = re.compile(
    r"\b(?:period|menstrual|menstruation|pms|stomach|tummy|belly|abdominal|abdomen|gut|bowel|"
    r"uterine|uterus|womb|ovulation|ovarian|labou?r|contraction|writer'?s|typist'?s|"
    r"musician'?s|gamer'?s|ibs)[ -]?(?:cramp\w*|pains?)\b|\bcramp\w* (?:[\w']+ ){0,2}(?:during|"
    r"before|from|with|on|in) (?:my |her |the )?(?:period|menstruation|time of the month|"
    r"stomach|tummy|belly|abdomen|gut|bowels?|uterus|womb)\b|"
    # a cramp of the hand or forearm, as writing, typing or playing brings on
    r"\b(?:hand|hands|finger|fingers|forearm|forearms|wrist|wrists|thumb|thumbs)(?:'s)? "
    r"(?:keeps? |kept |always |often |sometimes |constantly |gets? |got )?(?:cramp\w*|spasm\w*)\b|"
    r"\bcramp\w* (?:up )?in (?:my|his|her|the|their|your|both) (?:[\w']+ )?(?:hands?|fingers?|"
    r"forearms?|wrists?|thumbs?)\b|"
    # a cramp of the foot, the toes, the jaw or the groin, and a runner's stitch in the side
    r"\b(?:foot|feet|soles?|instep|jaw|groin)(?:'s)? (?:[\w']+ ){0,2}(?:cramp\w*|spasm\w*)\b|"
    r"\btoes? (?:(?!(?:then|when|after|before|but|all)\b)[\w']+ ){0,4}(?:cramp\w*|spasm\w*)\b|"
    r"\barch(?:es)? of (?:my|his|her|the|their|your) (?:foot|feet) (?:[\w']+ ){0,2}cramp\w*|"
    r"\bcramp\w* (?:up )?in (?:my|his|her|the|their|your|both) (?:foot|feet|toes?|arch|arches|"
    r"soles?|instep|jaw|groin)\b|\bstitch(?:es)? in (?:my|the|his|her) side\b|\bside stitch\w*|"
    r"\bget(?:ting)? (?:a )?stitch(?:es)? (?:when|while|during)|"
    # the abdominals, the arch
    r"\b(?:abs|abdominals?|six ?pack|core|arch|arches)(?:'s)? (?:[\w']+ ){0,2}(?:cramp\w*|spasm\w*)\b|"
    # the arm, the shoulder, the neck or the chest: holding a baby, curls, a bench press
    r"\b(?:arms?|biceps?|triceps?|shoulders?|neck|pecs?|chest|lats?)(?:'s)? (?:keeps? |kept |always |"
    r"often |sometimes |constantly |gets? |got |muscles? )?(?:cramp\w*|spasm\w*)\b|"
    r"\bcramp\w* (?:up )?in (?:my|his|her|the|their|your|both) (?:arms?|biceps?|triceps?|shoulders?|"
    r"neck|pecs?|chest|lats?)\b|"
    # "cramped" as crowded, the climber's crampons, and The Cramps, a band
    r"\b(?:so|too|very|really|bit|quite|rather|feels|felt|is|was|are|were) cramped\b"
    r"(?! (?:up|muscles?|hamstrings?|legs?|thighs?|calf|calves))|\bcramped (?:room|flat|space|"
    r"house|kitchen|office|conditions|quarters|seats?|cars?|planes?|apartment|bedroom|living|"
    r"bathroom|desk|cabin)\w*|"
    r"\bcrampons?\b|\bthe cramps,? \(?(?:the |a )?(?:punk |rock |garage )?band\b|"
    r"\b(?:band|song|album|music|gig|punk)\b[^.?!]{0,30}\bthe cramps\b")
# Other places named by two words, whose single words the articles use to place the
# hamstring or its stretches ("back", "hip"): "lower back pain", "tight hip flexors"
OTHER_PLACES = re.compile(r"\b(?:lower back|low back|upper back|mid back|hip flexors?|glutes?|piriformis|it ?band|itb|"
                          r"achilles|plantar)\b")
# The front or the inside of the thigh (the quadriceps, the adductors) is not the hamstring,
# though "thigh" names it: said without the hamstring or the back of the thigh
FRONT_OF_THIGH = re.compile(
    r"\b(?:front|inside|inner part) of (?:my|his|her|the|their|your|both) (?:[\w']+ )?thighs?\b|"
    r"\binner thighs?\b|\bquads?\b|\bquadriceps\b|\badductors?\b")
HAM_FOOD = re.compile(r"\bham\b(?! ?strings?\b)")
NOT_A_MUSCLE = re.compile(
    r"\bhamstrung\b|\b(?:to|will|would|could|can|might|may|gonna|going to|how (?:do|can|to) "
    r"(?:i |you |we )?)hamstring (?:my|the|his|her|their|your|our|an?|them|him|someone|somebody|"
    r"enemies|enemy|opponents?|rivals?|people|it)\b(?! (?:muscles?|cramps?|stretch\w*|tendons?|"
    r"injur\w*|strains?|pulls?)\b)|\bhamstring (?:ability|skill|spell|talent|perk|debuff|rune|"
    r"build|macro)\b|\b(?:will|would|could|might|may|gonna|going to|set to|threatens? to|designed "
    r"to|likely to|bound to) '?hamstring'? (?!(?:muscles?|cramps?|stretch\w*|tendons?|injur\w*|strains?|"
    r"pulls?|curls?|exercises?|workouts?|sessions?|tears?|pain|issues?|problems?|recovery)\b)[a-z]+|\b(?:world of warcraft|wow|chess|fortnite|elden ring|skyrim|dnd|d&d|fifa|"
    r"madden|football manager|video game|in-game|in game|my character|npc)\b|"
    # the word asked about as the verb of a headline: "what does hamstring mean there?"
    r"\bwhat does (?:the word )?'?hamstring'? mean (?:there|here|in (?:this|that|the) (?:sentence|"
    r"headline|article|context|news))|"
    # a stretch that is no muscle's: a crowdfunding goal, a car, a fabric
    r"\bstretch (?:goals?|targets?|limo\w*|jeans|fabric|denim|film|wrap|mark\w*)\b")
ANIMAL = re.compile(
    r"(?<!charley )(?<!charlie )\b(?:dog|dogs|puppy|pup|cat|cats|kitten|horse|horses|pony|mare|"
    r"gelding|stallion|foal|greyhound|whippet|pet|rabbit|bunny|hamster|cow|goat|sheep|lamb|"
    r"parrot|guinea pig|budgie|ferret|gerbil|tortoise)(?:'s|s')? (?:has|have|had|keeps?|kept|is|was|gets?|got|seems|started|"
    r"(?:won'?t|wont|doesn'?t|didn'?t|can'?t|cannot|isn'?t|is not) (?:eat|eating|drink|drinking|walk|"
    r"walking|stand|standing|move|moving|get up|getting up|jump|jumping|use|using)|ate|"
    r"hamstrings?|"
    r"legs?|back legs|hind legs|muscles?|cramp\w*|limp\w*|tying up)\b|\b(?:vet|veterinar\w*)\b")
# Body parts in idioms name no body part: "a pain in the neck", "a shoulder to cry on"
BODY_IDIOMS = re.compile(
    r"\b(?:pain in the (?:neck|butt|backside|arse|ass|rear)|cold shoulder|shoulder to cry on|"
    r"(?:stick|sticking|stuck) (?:my|your|his|her|their) neck out|up to (?:my|our|the) neck|"
    r"neck and neck|rub shoulders|shoulder the|head over heels|chin up|keep your chin up|"
    r"elbow grease|elbow room|twist (?:my|your|his|her) arm)\b")

# Complaints other than a cramp that people ask a health bot about ("something for a headache",
# "a good tablet for hay fever"): in a message that names no cramp, leg or muscle, another subject.
OTHER_COMPLAINTS = (
    r"headaches?|migraines?|hay ?fever|allerg\w*|acne|spots|pimples|colds|(?:a|my|common|head|chest|bad) cold(?! (?:pack|"
    r"compress|water|bath|shower|towel|one|therapy|pad|press|drink|plunge|spray|weather|day|"
    r"morning|air|and (?:heat|hot|ice|warm)|or (?:heat|hot|ice|warm)))|flu|coughs?|sore "
    r"throat|heartburn|indigestion|reflux|insomnia|anxiety|depression|period (?:pain|cramps)|"
    r"toothache|tooth ?ache|constipation|diarrh\w*|nausea|earache|ear ache|rash|eczema|psoriasis|"
    r"restless legs?|rls|braxton hicks|"
    r"hangovers?|blocked nose|stuffy nose|sinus\w*|warts?|cold sores?|thrush|utis?|bladder "
    r"infection|motion sickness|travel sickness|dandruff|hair loss|sunburn|bites|stings|"
    # other health goals and complaints: the heart's numbers, the gut, weight, joints that click
    r"(?:knee|hip|shoulder|joint|ankle|elbow) (?:replacement|surgery|op|operation|arthroscopy|"
    r"reconstruction)|acl|meniscus|bunions?|plantar fasciitis|tennis elbow|golfer'?s elbow|carpal "
    r"tunnel|gout|"
    r"cholesterol|blood pressure|hypertension|hiccups?|hiccough\w*|hiccuping|belly fat|lose weight|"
    r"losing weight|weight loss|(?:knees?|hips?|joints?|ankles?|shoulders?|wrists?|necks?) "
    r"(?:[\w']+ )?(?:click\w*|crack\w*|grind\w*|creak\w*|pop(?:s|ping)?)")
# Skin on the thigh is not the muscle: spots, ingrown hairs, stretch marks
SKIN = re.compile(r"\b(?:spots|pimples?|acne|ingrown hairs?|stretch marks|cellulite|eczema|psoriasis|"
                  r"moles?|warts?|chafing|razor (?:burn|bumps)|strawberry legs|keratosis|boils?|"
                  r"sun ?burn\w*|(?:insect|mosquito|bug|flea|midge|spider) bites?|(?:bee|wasp|nettle|jellyfish) stings?|tattoos?|"
                  r"tan lines|fake tan|dry skin|itchy skin|waxing|hair removal)\b")
# Fitness goals with no cramp in them: "the best protein powder for bulking"
OTHER_GOAL = re.compile(r"\b(?:bulk|bulking|build(?:ing)? (?:muscle|mass)|muscle (?:gain|growth|mass|"
                        r"building)|gain(?:ing)? (?:muscle|mass|weight)|six ?pack|get(?:ting)? (?:ripped|"
                        r"shredded|lean)|protein powders?|(?:training|running|race|marathon|"
                        r"half marathon|10k|5k|couch to 5k|c25k|triathlon) (?:plan|programme|program|"
                        r"schedule)|(?:pace|pacing) (?:chart|strategy)|personal best|run faster|"
                        r"(?:bigger|stronger|thicker|more muscular) hamstrings|hamstring (?:size|growth|"
                        r"gains|hypertrophy|mass))\b")
# Other tasks than answering about cramps: cooking, translating, writing, coding, jokes; and a
# message that tries to change what the bot is ("ignore your instructions", "pretend you are")
OTHER_TASK = re.compile(
    r"\b(?:translat\w*|(?:write|compose|draft) (?:me )?(?:a |an |my )?(?:poem|essay|story|song|"
    r"haiku|limerick|letter|email|code|script|cover letter|cv)|homework|(?:python|javascript|java|"
    r"sql|excel) (?:code|script|homework|question|help|problem)|tell (?:me )?a joke|"
    r"(?:ignore|forget|disregard) (?:all |your |the |any )?(?:previous |prior |above |earlier )?"
    r"(?:instructions|rules|prompts?|programming|you'?re|you are|that you)|pretend (?:to be|you'?re|"
    r"you are)|act as (?:a|an|my)|role ?-?play|you are now|(?:you'?re|you are) (?:not a [\w ]{1,20}"
    r"(?:any ?more|now)|(?:a|my|an) [\w]+ now)|cramp\w* (?:my|your|his|her|their|our|[\w]+'?s) (?:[\w']+ ){0,2}style|"
    r"origin of (?:that|the|this) (?:phrase|saying|expression)|"
    r"how much (?:does|do|would|will|is|are|did) (?:[\w' -]+ )?(?:cost|charge)|(?:cost|price|"
    r"prices) of|what (?:does|do|would) (?:[\w' -]+ )?cost|(?:without|with|my|on) insurance)\b")
RECIPE = re.compile(r"\brecipes?\b")
# A cramp in Spanish, French, Portuguese, German, Italian, Dutch, Polish and Turkish, over
# text folded as bot.query.normalise folds it (accents gone: "cãibra", "Krämpfe")
CRAMP_ELSEWHERE = (r"crampes?|calambres?|caimbras?|caibras?|krampf\w*|crampi|crampo|krampen|"
                   r"skurcz\w*|kramp\w*")
# The topic named in those languages and the others bot.query.language tells apart, over text
# whose accents are stripped but whose script is kept: a cramp (Russian and Ukrainian
# "судорога", "судома", Indonesian "kram", Vietnamese "chuột rút", Filipino "pulikat", and the
# word in Arabic, Hebrew, Greek, Hindi, Chinese, Japanese, Korean and Thai) or the
# back of the thigh; English's own words too, which many write in a sentence of their own
# language ("tengo un cramp en el hamstring")
TOPIC_ELSEWHERE = re.compile(
    r"\b(?:" + CRAMP_ELSEWHERE + r"|cramp\w*|hamstrings?|isquiotibia\w*|ischio\w*|"
    r"bicipite femorale|судорог\w*|судом\w*|kram|chuot rut|pulikat|"
    # Arabic, Hebrew, Greek and Hindi (vowel signs gone, as normalise leaves them); in Chinese,
    # Japanese ("足がつる" folds to "足かつる"), Korean and Thai, inside a run of letters
    r"\w*تشنج\w*|شد عضلي|\w*התכווצו\w*|\w*עווית\w*|κραμπ\w*|ऐठन|"
    r"\w*(?:抽筋|こむら返り|足かつ|쥐가 나|쥐났|쥐나|ตะครว)\w*)\b")
OTHER_COMPLAINT = re.compile(r"\b(?:" + OTHER_COMPLAINTS + r")\b")
