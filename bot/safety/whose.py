"""Whose a red flag is: the writer's, or someone else's told in passing.

A condition, a medicine or a child is a red flag for the person who cramps (NICE CKS, secondary
causes; leg cramps are rare in children). Writers tell of others as they ask about themselves
("my mum is on dialysis and i get cramps", "my son bought me a foam roller"), and turn from
someone else to their own question ("... but this one is for me"). Triage (bot.safety.triage)
asks these readings once a rule of such a sign fires, and the bank's child examples ask too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.lexicon.words import CHILD_AGE, KIN, LEG
from bot.safety.rules import Rule, RuleMatch, apply_rule

# Any word that may name a child or a young person. The bank reads a child's cramps by
# nearness ("my mum (72) gets cramp gardening" sits near "my 9 year old complains of cramps");
# a message with none of these words names no child to read.
A_CHILD_NAMED = re.compile(
    r"\b(?:toddlers?|bab(?:y|ies)|child\w*|kid\w*|sons?|daughters?|little (?:one|man|lad|girl|boy|"
    r"guy)s?|grand(?:son|daughter|kid|child)\w*|nephews?|nieces?|boys?|girls?|teen\w*|lads?|"
    r"lass\w*|bairns?|wee (?:one|man|lad|lass)|youngest|eldest|infants?|newborns?|pupils?|"
    r"school\w*|juniors?|youth|minors?|step(?:son|daughter|kid)s?|under[- ]?\d+s?|u\d+s?|"
    r"months? old|\d+ ?(?:yrs?|years?|y)[- ]?olds?|\d+ ?(?:yo|y/o)|" + CHILD_AGE +
    r"[- ](?:years?|yrs?)[- ]?olds?|aged " + CHILD_AGE + r"|(?:year|yr|grade) " + CHILD_AGE +
    r")\b")


# The writer turning from someone else to their own question: "my grandmother is on dialysis
# ... but this is just for me", "my wife is pregnant, but this one is for me", "that's not why
# i'm here". A red flag told only before it is the other person's.
_ASKING_FOR_MYSELF = re.compile(
    r"\b(?:this (?:one |question |q |bit |part )?is (?:just |only |actually |really |all )?(?:for|"
    r"about) me(?:self)?|(?:i'?m |im )?asking (?:just |only )?for (?:me|myself)|(?:that'?s|thats|"
    r"it'?s|its|this is) not (?:why|what) i'?m (?:here|asking|writing|messaging)|(?:totally |"
    r"completely |entirely )?unrelated (?:q|qn|question)|"
    r"unrelated(?=\)| -)|(?<=\()unrelated\b|(?:anyway|but|totally|completely),? "
    r"unrelated\b|(?:a )?(?:different|separate) question|"
    r"(?:my|the) (?:own )?question is (?:about|for) me|"
    # "my mum's diabetic but this isn't about her"
    r"(?:this|that|it|my question|the question)(?: is not| isn'?t| isnt|'?s not) (?:really |"
    r"actually )?(?:about|for) (?:her|him|them|my [\w']+)|(?:but|while|whereas|(?<=[.,;!?] )|"
    r"(?<=[.,;!?])) ?mine (?:are|is|'re|'s|seem|seems|come|happen|just)|"
    # "... her midwife is on it. for me it's just gym cramps", "as for me" (round 28)
    r"for me (?:it'?s|its|it is|they'?re|theyre|they are) (?:just|only|more|probably|usually)|"
    r"as for me|in my (?:own )?case|"
    # the writer set down as a label after someone else: "she's fine on them. me: 26, ..."
    # (round 31)
    r"(?:(?<=[.,;!?] )|(?<=[.,;!?])|^)(?:me|myself) ?[:-] |"
    # "my mum is on water tablets, not me lol": the writer says outright it is not theirs
    r"(?:(?<=[,.;(-] )|(?<=[,.;(-]))not (?:me|mine|myself)(?= lol| haha|[,.!);]| -|$))\b")


# Whose condition or medicine: a relative's, named just before it ("my grandad had a stroke",
# "my mum is going through chemo"), while the cramps told are the writer's own ("my hamstrings",
# "i get cramps") and none are the relative's ("her legs cramp", "he gets cramps"). A condition
# or a medicine is a red flag for the person who cramps (NICE CKS, secondary causes).
OWNED_SIGNS = frozenset({"condition", "medicine"})
_RELATIVE = re.compile(r"\b(?:my|our) (?:[\w']+ )?" + KIN + r"(?:'s)?\b")
# the relative the subject of the sign, with at most a verb's small words between ("my mum has
# been on ...", "my mum is going through chemo"), not a clause of their own ("my mate keeps
# cutting himself since starting atorvastatin" tells of the writer's statin)
_LINK = (r"(?:is|was|'s|has|had|have|been|being|going|through|undergoing|having|on|taking|takes|"
         r"took|got|gets|also|still|currently|recently|now|just|started|starting|began|doing)")
_RELATIVE_BEFORE = re.compile(r"\b(?:my|our) (?:[\w']+ )?" + KIN + r"(?:'s)?,?(?: " + _LINK +
                              r"){0,3},? ?$")
# or a relative named, then the sign told of them as "she" or "he": "i'm my mum's carer, she's
# on dialysis" (round 26)
_PRONOUN_BEFORE = re.compile(r"\b(?:my|our) (?:[\w']+ )?" + KIN + r"(?:'s|s)?\b[^.?!]{0,40}?\b"
                             r"(?:she|he)(?:'s|s)?(?: " + _LINK + r"){0,3},? ?$")
_LEG_OR_CRAMP = r"(?:" + LEG + r"|muscles?|cramps?|feet)"
_MY_CRAMPS = re.compile(r"\bmy (?:\w+ )?" + LEG + r"\b|\bi (?:[\w']+ ){0,2}(?:cramp\w*|get "
                        r"(?:[\w']+ )?cramps)\b|\bme (?:cramp\w*|(?:getting|having|who gets) "
                        r"(?:[\w']+ ){0,2}cramps?)\b|"
                        # "i got a hamstring cramp in training", "it's given me a couple of
                        # hamstring cramps" (round 31)
                        r"\bi (?:got|get|had|have|keep getting|kept getting|started getting) "
                        r"(?:a |an |the |some |these |those |two |three |a few |a couple of )?"
                        r"(?:[\w']+ )?cramps?\b|\b(?:gave|given|giving|gives|give) me (?:[\w']+ ){0,4}"
                        r"cramps?\b|"
                        r"\bi (?:keep|kept|always|still|often|usually|sometimes) (?:getting|get|having|"
                        r"have) (?:[\w']+ ){0,2}cramps?\b|"
                        # the "i" left off as people type: "... keep getting hamstring cramps"
                        r"(?:^|[.!?,;] ?)(?:keep|kept|been) (?:getting|having) (?:[\w']+ ){0,2}"
                        r"cramps?\b")
_THEIR_CRAMPS = re.compile(
    r"\b(?:he|she|they) (?:[\w']+ )?(?:gets?|has|have|had|keeps? getting|is getting|suffers?|"
    r"cramps?|cramped|wakes?)\b[^.?!]{0,30}\bcramp|\b(?:his|her|their) (?:[\w']+ )?" +
    _LEG_OR_CRAMP + r"\b|\b(?:my|our) (?:[\w']+ )?" + KIN + r"(?:'s|s) (?:[\w']+ )?" +
    _LEG_OR_CRAMP + r"\b")


# A child named only as a giver or an owner ("my son bought me a foam roller", "my daughter set
# this up", "the books for my son's building firm") while no cramp of theirs is told, or given
# a grown-up's age ("my grandson is 24"): no child who cramps, and a child's red flag is the
# child's (NICE CKS: leg cramps are rare in children) (round 26).
_CHILD = (r"(?:son|daughter|grandson|granddaughter|grandkids?|grandchildren|kids?|children|child|"
          r"boy|girl|lad|lass|step(?:son|daughter))")
_CHILD_GIVES = re.compile(
    r"\b(?:my|our) (?:[\w']+ )?" + _CHILD + r"(?: (?:just|kindly|has|had|have|finally))? (?:bought|"
    r"gave|gifted|got|sent|showed|told|recommended|suggested|set up|set|installed|downloaded|found|"
    r"made|put|signed) (?:me|us|this|it|up)\b|"
    r"\b(?:my|our) (?:[\w']+ )?" + _CHILD + r"'?s (?:[\w']+ )?(?:firm|company|business|shop|office|"
    r"house|home|flat|place|garden|car|van|dog|cat|wife|husband|partner|girlfriend|boyfriend|"
    r"fianc\w*|in-laws?)\b")
# and a child's anything, where the cramps told are the writer's: "i work in my son's cafe
# and my thighs cramp"
_CHILD_OWNS = re.compile(
    r"\b(?:my|our) (?:[\w']+ )?" + _CHILD + r"'?s (?!(?:[\w']+ )?(?:legs?|hamstrings?|hamm\w*|thighs?|"
    r"calf|calves|knees?|feet|foot|muscles?|cramp\w*|spasm\w*|pain\w*|body|back|symptoms?|doctor|"
    r"gp|physio\w*|nurse|paediatrician|pediatrician|consultant|medicine|meds|tablets|condition|"
    # the child's own sport: "my daughter's netball team all cramp"
    r"team|club|squad|class|school|training|practice|match|game|games|sports?|lessons?|coach)\b)"
    r"[\w']+")
# a child's age told of "he" or "she": "she's 12"
_A_CHILDS_AGE = re.compile(r"\b(?:he|she)(?:'s|s| is) (?:only |just |now )?" + CHILD_AGE +
                           r"\b(?! ?(?:km|k|miles?|mins?|minutes?|weeks?|kg|lbs?|%|hours?|days?|months?|"
                           r"times?|percent|degrees|stone)\b)")
_CHILD_GROWN = re.compile(
    r"\b(?:my|our) (?:[\w']+ )?" + _CHILD + r",? (?:is |who is |who'?s |aged |\()?(?:now |only |just )?"
    r"(?:1[89]|[2-9]\d)\b(?! ?(?:months?|weeks?|days?|kg|lbs?|%|mins?|minutes?|km|miles?))")


def no_child_in(at: int, folded: str) -> bool:
    """Whether the child a rule or example read, named at `at` in the folded message (or
    anywhere, with `at` -1), is only a giver or an owner, with no cramps of theirs, or a
    grown-up, and no other child is named."""
    if _A_CHILDS_AGE.search(folded):
        return False
    spans = [m.span() for m in _CHILD_GROWN.finditer(folded)]
    if not _THEIR_CRAMPS.search(folded):
        spans += [m.span() for m in _CHILD_GIVES.finditer(folded)]
        if _MY_CRAMPS.search(folded):
            spans += [m.span() for m in _CHILD_OWNS.finditer(folded)]
    if not spans or (at >= 0 and not any(start <= at < end for start, end in spans)):
        return False
    return all(any(start <= m.start() < end for start, end in spans)
               for m in A_CHILD_NAMED.finditer(folded))


def someone_elses_red_flag(rule: Rule, match: RuleMatch, folded: str) -> bool:
    """Whether the red flag `rule` fired on (`match`, in the folded message) is someone else's:
    a child who is no child who cramps, a relative's condition or medicine told beside the
    writer's own cramps, or a sign told only before the writer turns to their own question."""
    if rule.sign == "child" and no_child_in(match.at, folded):
        return True
    if rule.sign in OWNED_SIGNS and someone_elses(match.at, folded):
        return True
    turn = own_question_at(folded)  # searched only once a red flag fires
    if turn is None:
        return False
    own = apply_rule(rule, folded[turn:])
    return own is None or not own.fired


def names_no_child(folded: str) -> bool:
    """Whether a message names no child who cramps, for the bank's examples of a child's
    cramps, which it raises by nearness alone: no word for a child at all, or only a child who
    is none (`no_child_in`)."""
    return not A_CHILD_NAMED.search(folded) or no_child_in(-1, folded)


@lru_cache(maxsize=1024)
def own_question_at(folded: str) -> int | None:
    """Where the writer turns from someone else to their own question, if they do."""
    turn = _ASKING_FOR_MYSELF.search(folded)
    return None if turn is None else turn.end()


def someone_elses(at: int, folded: str) -> bool:
    """Whether the condition or medicine a rule read, starting at `at` in the folded message,
    is a relative's, named just before it in its sentence or at its start, while the cramps
    told are the writer's."""
    if at < 0 or not _MY_CRAMPS.search(folded) or _THEIR_CRAMPS.search(folded):
        return False
    return bool(_RELATIVE_BEFORE.search(folded, max(0, at - 60), at)
                or _PRONOUN_BEFORE.search(folded, max(0, at - 90), at)
                or _RELATIVE.match(folded, at))
