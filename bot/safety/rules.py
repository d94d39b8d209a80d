"""The rule layer of triage: symptom patterns over normalised text, with a negation scope.

A `Rule` fires when every one of its patterns matches somewhere in the message and at least
one match of each is not negated ("no chest pain", "I'm not suicidal"). Negation is read
the NegEx way: a cue ("no", "not", "without", "n't") a few words before the match, inside the
same clause, where clauses end at punctuation and at "but", "however", "although".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Category = Literal["emergency", "crisis", "see_doctor", "dosing"]
CATEGORIES: tuple[Category, ...] = ("emergency", "crisis", "see_doctor", "dosing")

_CLAUSE_END = re.compile(
    r"[.;:!?,\n()\[\]]|\s-\s|\b(?:but|however|although|though|yet|except|whereas|still|"
    r"apart from|other than|now|then|and now|suddenly)\b|\band (?=(?:i|i'm|im|my|he|she|they|"
    r"his|her|their|it's|its|now|then)\b)")
_NEGATION_CUE = re.compile(
    r"\b(?:no|not|never|without|none|nothing|neither|nor|denies|deny|free of|absence of|"
    r"ruled out|no longer|[a-z]+n't|cant|dont|doesnt|didnt|isnt|arent|wasnt|havent|hasnt)\b")
# Words that look like negation but do not negate what follows (NegEx's pseudo-negations),
# and the verbs of the signs themselves ("can't breathe" is a sign, not a negation).
_PSEUDO_NEGATION = re.compile(
    r"\b(?:not (?:sure|certain|just|only|even|to mention|that)|no (?:idea|doubt|clue)|"
    # said to insist, not to deny: "no joke i want out", "not gonna lie" (round 25)
    r"no (?:joke|jokes|lie|lies|kidding|cap)|not (?:joking|kidding|gonna lie|going to lie)|"
    r"(?:don'?t|do not|didn'?t|did not|doesn'?t|does not) (?:know|think|understand|care|realise|"
    r"realize)|whether or not|if not|"
    # a person who does not answer is the sign itself: "hasn't responded for 5 minutes"
    r"(?:hasn'?t|has not|haven'?t|have not|hadn'?t|had not|didn'?t|did not|won'?t|doesn'?t|isn'?t|"
    r"wasn'?t|is not|was not) (?:been )?(?:respond\w*|answer\w*|react\w*)|"
    # "can't stand up without nearly fainting" tells of the faint
    r"(?:can'?t|cannot|could(?:n'?t| not)|unable to) (?:[\w']+ ){0,4}without|"
    r"(?:can'?t|cannot|could(?:n'?t| not)) \w+|nothing (?:helps|works|seems|is working)|"
    # "if this cramp doesnt go im gonna..." and "not jk" insist (round 26)
    r"(?:doesn'?t|does not|won'?t|will not) go\b(?! to\b)|(?:kinda |kind of |actually |lowkey )?not "
    r"(?:jk|jking|joking)\b|"
    r"(?:won'?t|doesn'?t|isn'?t|aren'?t|don'?t|didn'?t|do not|did not|not|never) (?:stop|go away|"
    r"going away|ease|settle|get better|getting better|improve|let up|help|work|function)|"
    r"never (?:had|felt|experienced|been)\b(?=.*\bbefore\b)|like nothing|"
    # what is missing in a heat, not a denial of it: "no aircon in this heatwave"
    r"no (?:air ?con\w*|air conditioning|ac|fan|shade|breeze)\b)")
# A sign reported as fine: "chest pain - is fine now", "breathing's ok". Read right after a
# sign as its negation, and by triage's learned layers anywhere in a text.
REPORTED_FINE = (r"(?:is|are|'s|s|was|were|feels?|seems?|looks?)\s+(?:totally |completely |"
                 r"perfectly |all |back to |now )?(?:fine|ok|okay|normal|good|alright|all right)\b")
# within the sentence: "i feel faint. was fine before the game" reports the past as fine
# and a sign asked and answered: "swelling? no. bruising? no."
_POST_NEGATION = re.compile(r"^[^\w.!?;\n]*" + REPORTED_FINE + r"|^\s*\?\s*(?:no|nope|nah|none|not "
                            r"really)\b")
# Healed, said within the sentence after a sign, with no "but" on either side ("thought it
# was healing fine but it's back")
_RESOLVED_AFTER = re.compile(
    r"(?:(?!\b(?:but|though|although|however|except|until|yet|still|again)\b)[^.!?;\n]){0,70}?"
    # the healing may be told as the turn: "had sciatica years back but physio sorted it
    # completely" (round 28)
    r"(?:\bbut (?:the |my |a )?(?:[\w']+ )?(?=(?:sorted|fixed|cleared|healed|got rid)))?"
    r"(?<!not )(?<!n't )(?<!never )(?<!yet )\b(?:(?:sorted|fixed|cleared) (?:it|that|them) "
    r"(?:up |out )?(?:completely|fully|totally|for good)|(?:fully|completely|totally|long since) (?:sorted|"
    r"healed|recovered|cleared up|resolved|better)|sorted (?:out )?(?:with|by|after) (?:the |a |some )?"
    r"[\w']+|no (?:problems?|issues?|trouble|pain) (?:with it )?(?:ever )?since|"
    r"(?:healing|healed|recovered) (?:up )?(?:fine|"
    r"well|nicely|ok|okay|great)|all (?:sorted|healed|cleared up)(?: now)?)\b(?!\s*\?)"
    r"(?![^.!?;\n]*\b(?:but|though|however|until|again|worse|back)\b)")
# Long past, said within its sentence soon after a sign, and not happening again now ("my dad
# had a heart attack a few years back", "she fainted at the marathon last year"): history
_LONG_PAST_AFTER = re.compile(
    r"[^.!?;\n]{0,30}?\b(?:(?:a (?:few|couple of) |several |many |some |\d+ |two |three |four |"
    r"five |ten )?(?:years?|yrs?|decades?) (?:ago|back|before)|(?:a )?long (?:time )?ago|ages ago|"
    r"last (?:year|summer|winter|spring|"
    r"autumn|season)|the year before last|"
    # a season or a month gone, the clause ending there ("had a stroke in the spring."), not
    # "collapsed in the summer heat" (round 26)
    r"(?:in the (?:spring|summer|autumn|winter)|(?:back )?in (?:january|february|march|april|june|"
    r"july|august|september|october|november|december))(?= ?(?:[,.;!?)]|and\b|but\b|$))|"
    r"(?:back )?in (?:19|20)\d\d|when (?:i|he|she|they) (?:was|were) (?:a kid|a child|little|"
    r"young|younger|a teen\w*|\d+))\b"
    r"(?![^.!?\n]*\b(?:happen\w* again|again (?:today|now|tonight|this \w+)|today|tonight|this "
    r"(?:morning|afternoon|evening)|right now|just now|yesterday)\b)")
_TOKEN = re.compile(r"[a-z']+")
TAIL = "tail"


@dataclass(frozen=True)
class Rule:
    """A named sign of one category: all `patterns` must match, un-negated; `unless` vetoes."""

    category: Category
    sign: str
    patterns: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None = None
    negation_window: int = 5  # words before a match searched for a cue; 0: never negated
    # a match said healed later in its sentence ("...years ago, completely sorted now") reads
    # as negated: right for a red flag, never for a past attempt or an emergency
    healed_negates: bool = False
    # a match told as long past ("had a heart attack a few years back") reads as negated: right
    # for an emergency, which is about now; a past attempt stays a crisis
    past_negates: bool = False

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"a rule's category must be one of {CATEGORIES} "
                             f"(got category={self.category!r} for sign={self.sign!r})")
        if not self.patterns:
            raise ValueError(f"a rule needs at least one pattern (got none for sign={self.sign!r})")


@dataclass(frozen=True)
class RuleMatch:
    """What a rule saw: fired (all patterns un-negated) or negated (a pattern only negated)."""

    rule: Rule
    fired: bool
    evidence: str
    at: int = -1  # where in the text the first pattern's match (the one in `evidence`) starts


def apply_rule(rule: Rule, text: str) -> RuleMatch | None:
    """The rule's verdict on normalised `text`, or None when a pattern does not occur at all.

    A sign its `unless` recognises as a look-alike ("gave my coach a heart attack", pills held
    but not swallowed) reads as negated, so that the bank does not raise it either."""
    evidence = []
    negated = False
    at = -1
    for pattern in rule.patterns:
        matches = list(pattern.finditer(text))
        if not matches:
            return None
        live = [m for m in matches if not _match_negated(text, m, rule.negation_window)
                and not (rule.healed_negates and _resolved_after(text, m))
                and not (rule.past_negates and _LONG_PAST_AFTER.match(text, m.end()))]
        shown = live[0] if live else matches[0]
        negated = negated or not live
        evidence.append(shown.group())
        if at < 0:
            at = shown.start()
    vetoed = rule.unless.search(text) if rule.unless is not None else None  # read last: rarely needed
    if vetoed:
        return RuleMatch(rule, False, f"unless: {vetoed.group()}")
    return RuleMatch(rule, not negated, " + ".join(evidence), at)


def _resolved_after(text: str, match: re.Match[str]) -> bool:
    """A sign told, then said in the same sentence to be healed ("had sciatica years ago,
    completely sorted now"; "tore it last month, physio says it's healing fine")."""
    return bool(_RESOLVED_AFTER.match(text, match.end()))


def _match_negated(text: str, match: re.Match[str], window: int) -> bool:
    """A match is negated at its start, or at the start of its second word (see `near`).

    A sign said with its own negation ("not making sense", "not sweating") is no denial, and
    a cue before it belongs to another sign ("not sweating and not making sense"): such a
    match is never read as negated."""
    if _NEGATION_CUE.match(match.group(0)):
        return False
    starts = [match.start()] + [match.start(name) for name in match.re.groupindex
                                if name.startswith(TAIL) and match.start(name) >= 0]
    return any(is_negated(text, start, match.end(), window) for start in starts)


def is_negated(text: str, start: int, end: int, window: int) -> bool:
    """A negation cue up to `window` words before `start` in its clause, or "is fine" after."""
    if window <= 0:
        return False
    if _POST_NEGATION.match(text[end:end + 30]):
        return True
    before = text[max(0, start - 200):start]
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    # read with the sign's own first words, so that "he can't | smile" is "can't smile", a
    # sign, and not a "can't" left bare at the clause's end; then cut back to what precedes
    read = _PSEUDO_NEGATION.sub(lambda m: " " * len(m.group()), clause + text[start:end])
    recent = " ".join(_TOKEN.findall(read[:len(clause)])[-window:])
    return bool(_NEGATION_CUE.search(recent))


def near(a: str, b: str, gap: int = 4, *, ordered: bool = False) -> str:
    """A pattern for `a` and `b` at most `gap` words apart within a sentence.

    The second word is a named group, so a negation between the two ("cramps aren't at
    night") is read at the second as well as at the first.
    """
    between = rf"(?:[^\w.!?;:]+[\w']+){{0,{gap}}}?[^\w.!?;:]+"
    forward = rf"(?:{a}){between}(?P<{_tail()}>{b})"
    return f"(?:{forward})" if ordered else rf"(?:{forward}|(?:{b}){between}(?P<{_tail()}>{a}))"


_TAILS = iter(range(1, 1_000_000))


def _tail() -> str:
    return f"{TAIL}{next(_TAILS)}"


def rx(*alternatives: str) -> re.Pattern[str]:
    """Compile word-bounded alternatives into one pattern."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{alt})" for alt in alternatives) + r")\b")
