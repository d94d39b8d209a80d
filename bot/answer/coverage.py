"""What the articles talk about: their vocabulary, to tell "not covered" from "misspelled"."""

from __future__ import annotations

import re

from bot.query.topic import (ANIMAL, BODY_IDIOMS, CRAMP_WORDS, FRONT_OF_THIGH, HAM_FOOD,
                             HAMSTRING_WORDS, NOT_A_MUSCLE, OTHER_BODY_PARTS, OTHER_COMPLAINT,
                             OTHER_CRAMPS, OTHER_GOAL, OTHER_PLACES, OTHER_TASK, RECIPE, SKIN,
                             TOPIC_WORDS)
from bot.query.normalise import normalise
from index.spelling import common_folder, zipf
from index.text import stem
from index.vocabulary import Vocabulary
from index.text import STOPWORDS, tokenize, words

# General English words this common carry no topic of their own ("really", "tonight").
COMMON_ZIPF = 4.5
# A word this frequent in English may be a word of its own rather than a slip of another
REAL_WORD_ZIPF = 3.0
# A slip is far rarer than the word it slips from (a noisy channel: a few typed words in a
# thousand go wrong), so a word this much rarer than a common neighbour is a slip of it
# ("wat" 3.4 beside "what" 6.4), and one nearly as common is a word of its own ("tape" 4.4
# beside "take" 5.9, "taping" 3.2 beside "taking" 5.4). Zipf is a log10 scale: 300 times.
SLIP_GAP = 2.5


BACK_OF_THIGH = re.compile(r"\b(?:back|behind|rear|posterior)\b")
_BACK_OF_LEG = re.compile(r"\bback of (?:[\w']+ )?(?:legs?|thighs?)\b")

# A thing named in up to four words, none of them a cramp
_THING = r"(?:(?!cramp)[a-z0-9'-]+ ){0,3}(?!cramp)[a-z][a-z0-9'-]+"
_LEAD = r"(?:i\s+|taking |using |drinking |eating |wearing |doing |trying |getting |having |a |an |the |some |my )*"
# "Does X help?", "Should I try X?", "What about X?", "X for cramps", "Has anyone tried X?",
# "Does X cause cramps?", "Thoughts on X?": X is what is asked about.
_SUBJECT = [
    # a thing asked after: "is there a X that shows why", "is there an X for it"
    re.compile(r"\bis there (?:a|an|any|some)(?: kind of| sort of| type of)? (?P<x>[a-z][a-z0-9' -]{2,30}?)\s+"
               r"(?:that|which|to (?:find|show|check|test|tell|see)|(?:i|you|we|people) (?:can|could) "
               r"(?:get|have|take|buy|wear|use|put on)|(?:that )?(?:shows?|tells?|finds?))\b"),
    re.compile(r"\b(?:does|do|did|will|would|can|could|should|is|are|was|were)\s+" + _LEAD +
               r"(?P<x>[a-z][a-z0-9' -]{2,40}?)"
               r"\s+(?:really\s+|actually\s+|even\s+|ever\s+)?(?:help|helps|work|works|good|effective|useful"
               r"|save|rescue"
               r"|ok|okay|safe|prevent|stop|fix|cure|relieve|reduce|better|worth|loosen|ease|treat|heal"
               r"|a (?:good|bad) idea|bad for|harmful|dangerous"
               r"|cause|causes|trigger|triggers|any good|sort|sorts|make|makes|get rid of|cure|"
               r"do anything|do something|worsen|worsens|aggravate|aggravates|bring on|"
               r"brings on|lead to|leads to|linked to|associated with|related to|connected to|"
               r"contribute to|contributes to)\b"),
    # two things set side by side: both are asked about ("gatorade vs pedialyte when cramping":
    # the articles name a sports drink, not pedialyte), round 27
    re.compile(r"^(?:is |are |what about |and )?(?P<x>[a-z][a-z0-9' -]{2,40}?\s+(?:vs\.?|versus)\s+"
               r"[a-z][a-z0-9' -]{2,30}?)(?:,|\s+(?:which|what|for|to|better|when|if|during|after|"
               r"before|while)\b|\s*[?.!]|$)"),
    re.compile(r"^(?:is |are |what about |and )?(?P<x>[a-z][a-z0-9' -]{2,40}?\s+or\s+"
               r"[a-z][a-z0-9' -]{2,30}?),?\s+(?:which|what(?:'?s| is) better|(?:is )?better|"
               r"what(?:'?s| is|s) the difference)\b"),
    # (each side a thing of up to four words, none of them the cramp: "bananas for cramps -
    # real or a meme" sets nothing side by side)
    re.compile(r"^(?P<x>" + _THING + r" or " + _THING + r")(?:\s*[?.!]*$|\s+for "
               r"(?:someone|people|a runner|runners|me|my|hamstring|cramp))"),
    re.compile(r"\bdifference between (?:a |an |the )?(?P<x>[a-z][a-z0-9' -]{2,30}? and (?:a |an |the )?"
               r"[a-z][a-z0-9' -]{2,30}?)(?:\s*[?.!,]|$|\s+(?:for|when|in|if)\b)"),
    re.compile(r"^(?P<x>[a-z][a-z0-9' -]{2,40}?)\s+(?:on|for) (?:a |an |my |the )?(?:[a-z]+ )?(?:cramp\w*|"
               r"hamstrings?)\b[^?.!]*?(?:worth it|any good|worth (?:trying|a try|a shot|the money)|"
               r"good idea|does it (?:help|work)|yay or nay|or nah|or not|yes or no|good or bad)"),
    re.compile(r"\b(?:more|less|worse|better)(?: common| often| likely| frequent)? (?:in|during) "
               r"(?P<x>(?:cold|hot|humid|warm|wet|rainy|damp|freezing|winter|summer)(?: [a-z]+)?)"
               r"(?:[?.!,]|$)"),
    re.compile(r"\bwhat(?:'?s| is) the (?P<x>[a-z0-9][a-z0-9' -]{2,30}?) (?:for|of) (?:a |an |my |the )?"
               r"(?:hamstring |leg |muscle )?cramp"),
    re.compile(r"\b(?:has anyone|have you|anyone|ever|have people|has anybody) (?:ever )?(?:tried|used|"
               r"heard of) " + _LEAD + r"(?P<x>[a-z][a-z0-9' -]{2,30}?)(?:\s+(?:for|to|on|with|when|after|"
               r"before|against)\b|[?.!]|$)"),
    re.compile(r"\b(?:thoughts|opinions?|views) on " + _LEAD +
               r"(?P<x>[a-z][a-z0-9' -]{2,30}?)(?:\s+(?:for|to|with|against)\b|[?.!]|$)"),
    re.compile(r"\b(?:try|take|use|drink|eat|wear)\s+(?:some |a |an |the |more )?"
               r"(?!(?:be|been|being|is|are|was|were|giv\w*|mak\w*|caus\w*)\b)(?P<x>[a-z][a-z0-9' -]{2,30}?)"
               r"(?:\s+(?:for|to|if|when|after|before|instead)\b|[?.!]|$)"),
    re.compile(r"^(?:(?:and|so|ok|okay|alright|right|hmm+|well|oh)[,.!]* )*(?:what|how) about\s+"
               r"(?P<x>[a-z][a-z0-9' -]{2,40}?)(?: then| instead| though| too| as well)?[?.!]*$"),
    # a thing named, then asked after in a word or two: "apple cider vinegar shot before the
    # gym - helps cramps or nah", "foam roller after a run: good for cramps?"
    re.compile(r"^(?P<x>[a-z][a-z0-9' -]{2,40}?)(?:\s+(?:before|after|for|at|on|in|with|during)\s+"
               r"(?:the |a |an |my )?[a-z']+(?: [a-z']+)?)?\s*[-,:]+\s*(?:does it |do they |is it )?"
               r"(?:helps?|works?|good|any good|useful|worth it)\s+(?:for |with |on |against )?"
               r"(?:my |a |the )?(?:hamstring |leg |muscle )?(?:cramps?|cramping)\b"),
    re.compile(r"\bworth (?:seeing|trying|visiting|getting|buying|using|booking|going to) " + _LEAD +
               r"(?P<x>[a-z][a-z0-9' -]{2,30}?)(?:\s+(?:for|about|to|with|when|after|before|if)\b|"
               r"[?.!,]|$)"),
    # (and "vitamin e for night cramps, heard it works": one word of any kind before them)
    re.compile(r"^(?P<x>[a-z][a-z0-9' -]{2,30}?)\s+for (?:a |my |the |these |those )?(?:[a-z-]+ )?"
               r"cramps?\b"),
    # a link asked after: "vit d deficiency and cramps - connected?", "is there a link between
    # X and cramps"
    re.compile(r"^(?:is |are |could |can )?(?P<x>[a-z][a-z0-9' -]{2,40}?)\s+and (?:my )?(?:hamstring |"
               r"leg |muscle |thigh )?cramp(?:s|ing)?\b[^?.!]*?\b(?:connected|linked|related|"
               r"associated|a link|any link|a connection|any connection)\b"),
    # "beetroot juice and cramps?", a thing set beside the cramps and asked after
    re.compile(r"^(?P<x>[a-z][a-z0-9' -]{2,30}?)\s+(?:and|for|vs|with|&) (?:my |leg |hamstring |"
               r"muscle |thigh )?(?:cramps?|cramping)\s*\?"),
    re.compile(r"\b(?:link|connection|relationship|association) between (?P<x>[a-z][a-z0-9' -]{2,40}?)"
               r"\s+and (?:my )?(?:hamstring |leg |muscle |thigh )?cramp(?:s|ing)?\b"),
    # a product put on the muscle, a gel, cream or balm or one named by its brand: "can I rub X
    # gel on my hamstring", "use a theragun on a cramp" (a hot water bottle is heat, said plainly)
    re.compile(r"\b(?:use|put|apply|rub|spray|stick|smear|slap)\s+(?:some |a |an |the |my |on )?"
               r"(?P<x>[a-z][a-z0-9' -]{1,30}?(?:gel|cream|balm|oil|spray|rub|patch|patches|lotion|"
               r"ointment|liniment|salve)|[a-z]{4,20})\s+(?:on|onto|over|into)\s+(?:a |an |my |the |your |his |"
               r"her )?(?:[a-z]+ )?(?:cramp\w*|hamstrings?|hammy|hammies|legs?|thighs?|muscles?)\b"),
    # a thing named as a cause: "do X give you cramps", "can X give me cramps"
    # ("why does X give me cramps" takes the cause as given, and asks how it works)
    re.compile(r"(?<!why )(?<!how )\b(?:does|do|did|will|would|can|could|might|may)\s+" + _LEAD +
               r"(?P<x>[a-z][a-z0-9' -]{2,40}?)\s+(?:give|gives|giving)\s+(?:you|me|people|someone|him|"
               r"her|us|them|anyone|runners|athletes)\s+(?:[a-z]+ )?(?:cramp\w*|spasms?)\b"),
    # a thing said to work, heard from someone: "my coach says X stops cramps"
    re.compile(r"\b(?:said|says|told me|heard|reckons?|swears?|read|claims?)\s+(?:that\s+)?" + _LEAD +
               r"(?P<x>[a-z][a-z0-9' -]{2,40}?)\s+(?:stops?|helps?|works?|cures?|fix(?:es)?|prevents?|"
               r"relieves?|gets? rid of|is good for|sorts?)\b"),
    # a thing said to work, asked back with a question mark: "pinching your lip stops a cramp??"
    re.compile(r"^(?:so |apparently |is it true |true that )?(?:that )?" + _LEAD +
               r"(?P<x>[a-z][a-z0-9' -]{2,40}?)\s+(?:really\s+|actually\s+)?(?:stops?|helps?|fix(?:es)?|"
               r"cures?|prevents?|relieves?|gets? rid of|works? for)\s+(?:a |an |the |my |your |leg |"
               r"muscle |hamstring )*(?:cramp\w*|spasms?)\b[^.!?]*\?"),
]


# Groups of people, and the ways they differ: "are women more prone", "which age group gets most"
_GROUP = (r"(?:women|woman|men|man|females?|males?|girls?|boys?|kids?|children|child|"
          r"teen(?:ager)?s?|elderly|seniors?|pensioners?|adults?|(?:older|old|younger|young|"
          r"middle[- ]aged) (?:people|adults|folks|ones|runners|athletes|women|men|players)|"
          r"(?:over|under)[- ]?\d+s?|age groups?|ages?|genders?|sex(?:es)?)")
_DIMENSIONS = frozenset({"age", "ages", "age group", "age groups", "gender", "genders", "sex",
                         "sexes"})
_GROUP_ASKED = [
    re.compile(r"\b(?:are|do|does|is|can|will|would|which|what|why)\s+(?:the\s+)?(?P<x>" + _GROUP +
               r")\s+(?:[a-z' ]{0,40}?)\b(?:more|less|most|least|as often|as much|likelier|prone|"
               r"susceptible|likely|common)\b"),
    re.compile(r"\b(?:how common|how often|how many|how likely|more common|more likely|less "
               r"common|less likely|rarer|commoner)\b[^?.!]{0,40}?\b(?:in|among|for|with|between) "
               r"(?:the\s+)?(?P<x>" + _GROUP + r")\b"),
]
_GROUP_WHOLE = re.compile(_GROUP)
_GROUP_NOUNS = frozenset({"group", "groups", "people", "folks", "ones"})  # name no group alone


# Brands: the articles name none ("which brand of foam roller", "the best brand of magnesium")
_BRAND = re.compile(r"\b(?:which|what|best|good|recommended|favourite|favorite|top) (?:[a-z]+ )?"
                    r"brands?\b")
# Age as what changes cramps: "do they get worse as you get older", "more common with age"
_AGE = re.compile(r"\b(?:as (?:you|we|i|people|one|they) (?:get|grow|gets|grows) older|with (?:age|"
                  r"ageing|aging|old age)|as (?:you|we|i|people|they) age)\b")
# "I'd kill for a stretch that works": wanting, said as an idiom, names no thing
_WANT_IDIOM = re.compile(r"\b(?:could|would|'d|d) (?:kill|die) for\b")


# A question that points back at a thing named before it: "my husband soaks in epsom salts for
# his legs, does it actually help", "he uses a massage gun on the cramp, is that safe",
# "switched to clipless pedals and now his hamstrings cramp. linked?"
_POINTS_BACK = re.compile(r"(?:it|that|this|they|them|those|these)(?: (?:really|actually|even|ever|"
                          r"all|both|just))?|(?:those|these|that|this) [a-z]+")
_ASKED_BACK = re.compile(
    r"\b(?:does|do|did|will|would|could|can|is|are|was|were|might)\s+(?:it|that|this|they|them|"
    r"those|these)\b|(?:^|[.,!?]\s*)(?:linked|related|connected|coincidence|a coincidence|the "
    r"cause|the reason|could (?:that|this|it) be (?:it|why))\s*\?")
# What the thing was: used, taken, worn, soaked in, switched to
_USED = re.compile(
    r"\b(?:uses?|using|used|soaks? in|soaking in|soaked in|bath(?:e|es|ing)? in|takes?|taking|took|"
    r"tried|tries|trying|drinks?|drinking|drank|eats?|eating|ate|wears?|wearing|wore|swears? by|"
    r"rub|rubbing|spraying|switched to|changed to|moved to|started (?:on|using|taking)|"
    r"bought)\s+(?:(?:his|her|my|their|your|some|a|an|the|new|these|"
    r"this|that|those) )*(?!(?:actually|really|even|just|ever|do|does|did|help\w*|work\w*|be|been|"
    r"being|is|are|was|were|giv\w*|mak\w*|caus\w*)\b)"
    r"(?P<x>[a-z][a-z0-9' -]{1,30}?)(?=\s+(?:for|on|onto|right|to|when|after|"
    r"before|every|each|at|during|and|but|because|since|now|lately|recently|daily|all|most|"
    r"last|this|yesterday|a few|ago)\b|\s*[,.?!;]|$)")


def asked_about(message: str) -> str:
    """The thing a "does X help?" kind of question asks about, or "" when there is none."""
    text = re.sub(r"\s+", " ", message.lower().replace("’", "'")).strip()
    if _BRAND.search(text):
        return "particular brands"
    if _AGE.search(text):
        return "older people"
    text = _WANT_IDIOM.sub(" want", text)
    subject = ""
    for pattern in (*_GROUP_ASKED, *_SUBJECT):
        match = pattern.search(text)
        if match:
            subject = match.group("x")
            break
    if subject and not _POINTS_BACK.fullmatch(subject):
        # a clause caught whole ("my sister soaks in seaweed baths") asks about what was used
        used = [m for m in _USED.finditer(subject) if m.end() == len(subject)]
        return used[0].group("x") if used else subject
    if not _ASKED_BACK.search(text):
        return ""
    # the first thing named before ("had a cramp" names no thing)
    return next((m.group("x") for m in _USED.finditer(text)
                 if not _POINTS_BACK.fullmatch(m.group("x"))
                 and not set(words(m.group("x"))) <= TOPIC_WORDS), "")


def _misspelt_common(word: str) -> bool:
    """One slip away from a far more common English word ("actualy", "wat"): not a new
    subject. A word about as common as its neighbour is no slip ("tape" is not "take")."""
    own = zipf(word)
    return any(zipf(near) - own >= SLIP_GAP for near in common_folder(COMMON_ZIPF).neighbours(word))


def _in_articles(word: str, vocabulary: Vocabulary) -> bool:
    """Whether the articles use `word` in some form: as it is, in the singular or plural, by
    its stem, or (four letters or more) as the short form of a word they use ("carbs")."""
    return (word in vocabulary.counts or word.rstrip("s") in vocabulary.counts
            or f"{word}s" in vocabulary.counts or stem(word) in vocabulary.stem_counts
            or (len(word) >= 4 and vocabulary.has_prefix(stem(word))))


def _in_articles_or_opposite(word: str, vocabulary: Vocabulary) -> bool:
    """Whether the articles use `word` in some form, or the word it negates: "unfit",
    "unstretched" (five letters at least: "unit" is no opposite of "it"), "inflexible",
    "inactive", "immobile" (seven at least: "intake" is no opposite of "take")."""
    return _in_articles(word, vocabulary) or (
        word.startswith("un") and len(word) >= 5 and _in_articles(word[2:], vocabulary)) or (
        word.startswith(("in", "im", "non")) and len(word) >= 7
        and _in_articles(word[3:] if word.startswith("non") else word[2:], vocabulary))


def _known(word: str, vocabulary: Vocabulary) -> bool:
    """Whether the articles use `word`, a form of it, or a word it is a slip of. A word
    English uses, that the articles never use in any form, is a slip of nothing: "taping" is
    not "taking", although the two are one letter apart."""
    if _in_articles_or_opposite(word, vocabulary):
        return True
    slip = _misspelt_common(word)
    if zipf(word) >= REAL_WORD_ZIPF and not slip:
        return False  # "taping": a word of its own, however near a word of the articles
    return slip or vocabulary.knows(word)


def _said_together(run: list[str], vocabulary: Vocabulary) -> bool:
    """Whether the articles say the words of `run` together, in these forms or in related
    ones: "foam rolling" is what they call using a "foam roller"."""
    return vocabulary.has_related_phrase(tuple(tokenize(" ".join(map(vocabulary.spelled, run)))))


def other_body_part(text: str) -> str | None:
    """The other part of the body a message is about ("ankle"), or None: when it names the
    hamstring too, or no part at all."""
    lowered = BODY_IDIOMS.sub(" ", text.lower())
    found = words(lowered)
    if any(w in HAMSTRING_WORDS for w in found) or _BACK_OF_LEG.search(lowered):
        return None
    place = OTHER_PLACES.search(lowered)
    return place.group(0) if place else next((w for w in found if w in OTHER_BODY_PARTS), None)


def other_subject(text: str) -> bool:
    """Whether `text` is about something else that shares the topic's words: another cramp,
    ham, "hamstring" as a verb or in a game, an animal's cramps."""
    lowered = normalise(text).replace("’", "'")
    if NOT_A_MUSCLE.search(lowered) or ANIMAL.search(lowered) or OTHER_TASK.search(lowered):
        return True
    found = words(lowered)
    cramp = any(w in CRAMP_WORDS for w in found)
    if not cramp and (SKIN.search(lowered) or OTHER_GOAL.search(lowered)):
        return True  # spots on the thigh, a protein powder for bulking: not the muscle's cramps
    if FRONT_OF_THIGH.search(lowered) and not (
            BACK_OF_THIGH.search(lowered) or any(w in HAMSTRING_WORDS - {"thigh", "thighs"}
                                                 for w in found)):
        return True  # the quads or the inner thigh: another muscle
    if any(w in HAMSTRING_WORDS for w in found):
        return False
    if not any(w in TOPIC_WORDS for w in found) and (OTHER_COMPLAINT.search(lowered)
                                                     or RECIPE.search(lowered)):
        return True  # "a good tablet for hay fever": another complaint, no cramp named
    return bool(OTHER_CRAMPS.search(lowered) or HAM_FOOD.search(lowered))


def names_topic(text: str) -> bool:
    """Whether `text` names the topic itself (a cramp, the hamstring, a muscle)."""
    return any(w in TOPIC_WORDS for w in words(text))


# Where the thing asked about ends: "stretching before bed", "magnesium at night", "ice or heat"
_HEAD_END = re.compile(r"\s(?:for|to|with|at|in|on|before|after|when|if|or|and|instead|during|while|"
                       r"every|each|daily|regularly|too|more|less|much|really|actually|still|also|"
                       r"even|then|now|tonight|today|first|again|(?:the|last|that) (?:night|day|"
                       r"evening|morning|week|weekend))\b")
# Heads that name no thing of their own: "does that stuff help", "is this method good"
# a name of letters and a number: "b12", "d3", "q10" (not "5k" or "10k", a distance)
_VITAMIN_LIKE = re.compile(r"[a-z]{1,3}\d{1,2}")
_NO_THING = frozenset("""thing things stuff way ways method methods technique techniques tip tips
kind type sort one ones it this that these those something anything everything lot bit idea
option options product products treatment treatments remedy remedies someone somebody anyone
anybody everyone people person else problem problems issue issues trouble troubles condition
conditions loads lots tons heaps versus difference""".split())  # "drink loads": an amount, no thing (round 26)
_CLAUSE_START = re.compile(r"(?:i|i'?d|i'?m|i'?ll|i'?ve|im|id|we|you|u|he|she|they|it|it'?s|"
                           r"there|this|that)\b")
_AMOUNT = re.compile(r"(?:too (?:many|much|little|few)|(?:a )?lots? of|loads of|not enough|more|less|"
                     r"overdoing)\b")
# A head this common is a verb or a word of every talk ("get", "matter"), not a thing named
THING_MAX_ZIPF = 5.2
# Everyday names of things the articles name in other words: asked about by these, the thing
# is covered ("can my trainers make a difference": the articles advise on shoes). Each name
# the articles use is checked against them (tests/bot/answer/test_coverage.py).
EVERYDAY_NAMES: dict[str, str] = {
    "trainers": "shoes", "sneakers": "shoes", "runners": "shoes", "running shoes": "shoes",
    "insoles": "orthotics", "insole": "orthotics", "arch supports": "orthotics",
    "electrolyte drinks": "sports drink", "electrolyte drink": "sports drink",
    "isotonic drinks": "sports drink", "isotonic drink": "sports drink",
    "gatorade": "sports drink", "powerade": "sports drink", "lucozade sport": "sports drink",
    "plain water": "water", "tap water": "water",
}
_EVERYDAY = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, EVERYDAY_NAMES), key=len,
                                                   reverse=True)) + r")\b")


# A thing left out or changed is asked about by what it is: "skipping the warm up" asks
# about the warm-up, "upping my mileage" about mileage
_LEFT_OUT = re.compile(r"^(?:skipping|skip|skipped|missing|missed|forgetting|forgot|not doing|"
                       r"upping|increasing|adding|dropping|cutting out|cutting down on|reducing|"
                       r"stopping|changing|switching) (?:the |my |a |your |our |to |on )?")
# The forms a substance is taken in
_FORMS = frozenset("""tablets tablet pills pill supplements supplement capsules capsule tabs
powder powders sachets sachet drinks drink gels gel sprays spray creams cream""".split())


def as_the_articles_say(subject: str) -> str:
    """`subject` with its everyday names of things the articles name put in their words."""
    return _EVERYDAY.sub(lambda m: EVERYDAY_NAMES[m.group(0)], subject)


def _head(subject: str) -> str:
    """The noun that ends the first phrase of `subject`: "tens machine" -> "machine"; the
    thing, not the form it comes in: "beer drinks" -> "beer"."""
    phrase = _HEAD_END.split(f"{subject} ", maxsplit=1)[0]
    found = words(phrase)
    if len(found) > 1 and found[-1] in _FORMS:
        found = found[:-1]
    return found[-1] if found else ""


def _unnamed_head(subject: str, vocabulary: Vocabulary) -> str:
    """The thing `subject` names when the articles never name it, however common the word
    ("beer", "massage gun", "infrared lamp"), or "". A known modifier does not make a known
    thing: a massage gun is not a massage. A rare word is left to the run test below, where
    a slip of a known word is mended first."""
    head = _head(subject)
    if _CLAUSE_START.match(subject):  # "i'd die for a cramp-free run": a clause, not a thing
        return ""
    if (len(head) < 3 or not head.isalpha() or head in STOPWORDS or head in _NO_THING
            or not 3.0 <= zipf(head) < THING_MAX_ZIPF
            or _in_articles_or_opposite(head, vocabulary)):
        return ""
    if _misspelt_common(head):
        return ""  # "wat": a slip of a common word names no thing
    return " ".join(words(_HEAD_END.split(f"{subject} ", maxsplit=1)[0]))


def weighs_amount(subject: str) -> bool:
    """Whether `subject` asks about too much or too little of something ("too many squats"):
    overuse or a lack, which the articles weigh whatever the thing is."""
    return bool(_AMOUNT.match(subject))


def unknown_words(subject: str, vocabulary: Vocabulary) -> list[str]:
    """The uncommon words of `subject` that the articles never use together.

    "acupuncture" is unknown; so is "compression tights", although the articles say
    "compression" and "tight" apart. A misspelling of a known word is not unknown.
    """
    if weighs_amount(subject):
        return []
    subject = _LEFT_OUT.sub("", as_the_articles_say(subject), count=1)
    if _GROUP_WHOLE.fullmatch(subject):  # "are women more prone": a group they never speak of?
        if any(w in vocabulary.counts or w.rstrip("s") in vocabulary.counts
               for w in words(subject) if len(w) >= 3 and w not in _GROUP_NOUNS):
            return []
        group = f"each {subject.rstrip('s')}" if subject in _DIMENSIONS else subject
        return [f"how common cramps are in {group}"]
    runs: list[list[str]] = [[]]
    for word in words(subject):
        rare = (len(word) >= 3 and (word.isalpha() or _VITAMIN_LIKE.fullmatch(word))
                and word not in STOPWORDS
                and word not in _NO_THING and word not in TOPIC_WORDS and zipf(word) < COMMON_ZIPF)
        if rare:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    # the form a thing comes in names nothing new: "magnesium tablets" asks about magnesium
    runs = [run[:-1] if len(run) > 1 and run[-1] in _FORMS else run for run in runs]
    unknown: list[str] = []
    for run in (r for r in runs if r):
        if len(run) == 1:
            word = run[0]
            if not _known(word, vocabulary):
                unknown.append(word)
        elif not _said_together(run, vocabulary):
            unknown.append(" ".join(run))
    named = _unnamed_head(subject, vocabulary)
    if named:  # the thing named whole ("massage gun") rather than its unknown words alone
        unknown = [w for w in unknown if f" {w} " not in f" {named} "] + [named]
    return list(dict.fromkeys(unknown))  # "tape my leg with tape": named once
