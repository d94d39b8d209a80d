"""Triage a message before retrieval: emergency, crisis, see_doctor, dosing; first match wins.

Three layers decide together. Rules (bot.safety.lexicon*) read the normalised text with a
negation scope; the bank (bot.safety.bank) compares the message's embedding, the same one
retrieval uses, with example messages; a small fitted network (bot.safety.model) reads the
same embedding. A category is raised by any layer, except that neither learned layer can
raise a category whose signs the rules saw only negated ("no chest pain").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np

from bot.query.checks import word_share
from bot.query.normalise import normalise
from bot.query.topic import (CRAMP_ELSEWHERE, OTHER_BODY_PARTS, OTHER_COMPLAINT, OTHER_CRAMPS,
                             SUBJECT_WORDS, TOPIC_WORDS)
from bot.safety.bank import TriageBank
from bot.safety.model import LABELS, TriageModel
from bot.safety.ngrams import NgramModel
from bot.safety.lexicon import HARMLESS_READINGS, PRESCRIPTION_ASKED, RULES
from bot.safety.screen import Screen
from bot.safety.whose import names_no_child, someone_elses_red_flag
from bot.safety.lexicon.words import CRAMP, LEG, SUBSTANCE
from bot.safety.rules import CATEGORIES, REPORTED_FINE, Category, apply_rule, near
from index.spelling import SpellFolder, SpellingConfig, english
from index.text import words

URGENT: tuple[Category, ...] = ("emergency", "crisis")
# A text that reports a sign as fine ("my chest is fine, breathing's fine") denies it, and a
# learned layer reads a sign's words, not the denial: the model does not raise an emergency
# or a red flag from such a text (the rules, which read the words, still may).
_REPORTED_FINE = re.compile(r"\b" + REPORTED_FINE)
# Red flags that say these cramps may have a cause to look for (a medicine, a pregnancy, a
# condition, a child's age, how often or how long they come) mean nothing without a cramp:
# "is it ok to fly at 28 weeks pregnant", "restless legs keep me awake", "toothache won't go
# away" are other subjects, which the answerer names as such. Symptoms (a hot swollen leg,
# numbness, dark urine, weight lost without trying) need a clinician whatever else the
# message says, and stay; so does a medicine or supplement for a child or in a pregnancy.
CRAMP_RED_FLAGS = frozenset({"pregnancy", "child", "medicine", "condition", "recurring",
                             "night_or_rest", "restless_legs", "persistent_pain"})
_LEG_NAMED = re.compile(r"\b" + LEG + r"\b")
_LEG_CRAMP = re.compile(
    r"\b(?:" + CRAMP + r"|" + CRAMP_ELSEWHERE + r"|hamstrings?|hamm(?:y|ies))|" +
    near(LEG, r"(?:pain\w*|hurt\w*|ach\w+|sore\w*|throb\w*|tight\w*|stiff\w*|limp\w*|owie|"
               r"ouchie|holding|clutching|screaming|crying|weight)", 4))
# Red flags that say who is asking rather than what is wrong: a dose asked for a child or in
# pregnancy is a dose request first ("how much magnesium can i give my 9 year old"), its reply
# told who it is for (bot.safety.route); a symptom beside a dose question still leads. They
# matter beside a medicine or supplement even where no cramp is named.
WHO_SIGNS = frozenset({"child", "pregnancy"})
_A_SUBSTANCE = re.compile(r"\b" + SUBSTANCE + r"\b")


# Red flags of a time: cramps that keep coming, come at night, follow a medicine or hold on.
# Told as a past problem that was sorted ("last year ... it turned out to be my cholesterol
# tablet, GP changed it, all sorted"), with nothing of them back, they say nothing now.
PASSING_SIGNS = frozenset({"recurring", "night_or_rest", "medicine", "persistent_pain",
                           "fluid_loss"})
# the red flags a message can leave idle, either way
_IDLE_WHEN = CRAMP_RED_FLAGS | PASSING_SIGNS
_PAST = re.compile(
    r"\b(?:last (?:year|summer|winter|spring|autumn|month|season)|(?:a (?:few|couple of)|some|"
    r"two|three|several|\d+) (?:months|years) (?:ago|back)|years ago|a year ago|back in (?:19|20)\d\d|"
    r"used to|when i was (?:younger|pregnant|on)|at one point|for a while there)\b")
_SORTED = re.compile(
    r"\b(?:(?:all|that'?s|it'?s|was|got it|got them) sorted|sorted (?:it|them) out|cleared up|"
    r"(?:they|it|the cramps|that) (?:all )?(?:stopped|went away|disappeared|vanished|settled)"
    r"(?: completely| totally| for good| straight away)?|been (?:fine|ok|okay|good|grand|"
    r"cramp[- ]free) (?:ever )?(?:since|for)|(?:haven'?t|have not|not) had (?:one|any|a cramp|"
    r"them|it) since|no (?:problems|cramps|trouble|issues) since|(?:all )?fine now)\b")
_BACK = re.compile(
    r"\b(?:back again|(?:come|comes|coming|came) back|returned|returning|started again|"
    r"starting again|again now|flared? up again|(?:they'?re|it'?s) back)\b")


@lru_cache(maxsize=1024)
def passed(folded: str) -> bool:
    """Whether a folded message tells of a problem in the past that was sorted, and not of it
    back again (cached: each rule of a time asks)."""
    return bool(_PAST.search(folded) and _SORTED.search(folded) and not _BACK.search(folded))


def names_a_leg_cramp(folded: str) -> bool:
    """Whether a folded message speaks of a cramp or an aching leg, and not only of a cramp
    somewhere else (a foot's, a period's, a writer's)."""
    if not _LEG_CRAMP.search(folded):
        return False
    return not OTHER_CRAMPS.search(folded) or bool(_LEG_NAMED.search(folded))


def idle_red_flag(sign: str, folded: str, leg_cramp: bool | None = None) -> bool:
    """Whether a red flag of `sign` says nothing in this message: a cramp's red flag
    (CRAMP_RED_FLAGS) in a message that names no leg cramp (`leg_cramp`, when the caller
    has already asked `names_a_leg_cramp`), or a red flag of a time (PASSING_SIGNS) told as
    a past problem, sorted."""
    if sign in PASSING_SIGNS and passed(folded):
        return True
    if sign not in CRAMP_RED_FLAGS:
        return False
    if leg_cramp is None:
        leg_cramp = names_a_leg_cramp(folded)
    if leg_cramp:
        return False
    if sign == "persistent_pain":  # "the pain has lasted a week" is idle only if it is a tooth's
        return bool(OTHER_COMPLAINT.search(folded) or OTHER_BODY_PARTS & set(words(folded)))
    # a medicine asked for a child's hay fever or cold is that complaint's question
    return not (sign in WHO_SIGNS and _A_SUBSTANCE.search(folded)
                and not OTHER_COMPLAINT.search(folded))


@dataclass(frozen=True)
class BankThreshold:
    """How near the bank must put a message to raise a category."""

    min_score: float  # cosine to the category's nearest example
    margin: float  # by how much it must beat the nearest harmless example

    def __post_init__(self) -> None:
        if not -1.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score is a cosine and must be within [-1, 1] "
                             f"(got min_score={self.min_score})")
        if not 0.0 <= self.margin <= 2.0:
            raise ValueError(f"margin must be within [0, 2] (got margin={self.margin})")


@dataclass(frozen=True)
class TriageConfig:
    """The bank's thresholds per category (tuned on the "tune" probes) and how much text
    the rules read."""

    emergency: BankThreshold = BankThreshold(0.55, 0.10)
    crisis: BankThreshold = BankThreshold(0.45, 0.08)
    see_doctor: BankThreshold = BankThreshold(0.60, 0.12)
    dosing: BankThreshold = BankThreshold(0.60, 0.15)
    max_chars: int = 8_000  # rules read at most this much of a message, even a too-long one
    # A clause of a long message is short, and short texts sit nearer everything: it must
    # clear the threshold and the margin by this much more than a whole message.
    clause_strictness: float = 0.08
    # The learned layer's probability needed to raise each category: the networks' reading
    # averaged with the n-gram model's (bot.safety.ngrams), which is why the bars are lower
    # than the networks alone needed (0.99, and 0.95 for a crisis, rounds 16 to 28): two
    # readers that must agree are rarely both sure of a wrong label. Chosen in round 29 on
    # read blind sets routed by the code that first scored them, before any rule was written
    # from them (docs/safety.md): 0.7 for every category beat 0.8 and the networks alone on
    # sixteen sets, and was confirmed on twenty-two others. Over all 38 (11,400 probes,
    # `python -m evaluation.first_sight`): 10,821 right with the networks alone, 10,894 with
    # the two averaged; crises and emergencies missed 79 and 52; harmless messages escalated
    # 151 and 138.
    model_emergency: float = 0.7
    model_crisis: float = 0.7
    model_see_doctor: float = 0.7
    model_dosing: float = 0.7
    # A crisis told in a message that names no cramp at all can have its own bar; no study has
    # found one better than the crisis bar, and so it is the same.
    model_crisis_off_topic: float = 0.7
    # Keys struck at random read as noise to the networks, now and then as a crisis: in a
    # message fewer than `readable_share` of whose runs of letters are words of any language
    # the word lists know (bot.query.checks.word_share), a crisis needs 0.99, the networks' old
    # bar, which the two readers averaged seldom reach.
    # Of the 24,388 messages of the probe and question sets none scores under a half, of
    # MedQuAD's 4,280 questions two (rare diseases' long names), of 400 random strings of
    # letters 182 (docs/safety.md, round 19).
    model_crisis_unread: float = 0.99
    readable_share: float = 0.5
    model_clause_strictness: float = 0.004
    # A crisis the model reads in one clause alone is raised only where the whole message
    # gives a crisis at least this probability: in long cramp stories (probes_blind52) the
    # network, sure of a short clause it had never seen the like of ("I've already signed up
    # for another in June"), read a crisis in eight harmless clauses out of ten. Chosen by
    # `cv --leave-out` (docs/safety.md, round 17): with 0.1 or 0.2 the network's crises turned
    # 3 right replies of blind50-52 wrong, against 7 with no floor, and put as many right;
    # 0.5 lost one of those; on blind44-49 no floor changed a reply.
    model_crisis_clause_support: float = 0.1
    # The bank's nearest example gives way where the model is at least this sure of another
    # label for the whole message ("always freezing, putting on weight... and now cramps"
    # sat 0.587 from a cold, mottled leg, while the model read a red flag at 1.0); 1.0 is
    # never. It is the bar at which the model may raise a category itself: 0.99 for the
    # networks alone (`cv --bank-veto`, round 20), 0.7 for the two readers averaged (round 29).
    bank_veto: float = 0.7
    # Under the bars, a floor: where no crisis or emergency is raised but the learned layer's
    # reading of the whole message gives one at least this probability, an ordinary reply ends
    # with where help is (bot.safety.replies). Chosen in round 31 on the read sets (17,400
    # probes, docs/safety.md): of the urgent messages the learned layer reads under its bar, 0.5
    # reaches 61% (0.3: 90%) while giving the line to 0.6% of harmless replies (0.3: 2.0%, among
    # them recipes and requests to translate). On the English held-out sets: urgent messages
    # given no help 48 -> 30 of 7,740, the line under 16 of 13,749 harmless. 1.0 is never.
    model_help_floor: float = 0.5

    def __post_init__(self) -> None:
        if self.max_chars < 1:
            raise ValueError(f"max_chars must be positive (got max_chars={self.max_chars})")
        for name in ("clause_strictness", "model_clause_strictness", "model_crisis_off_topic",
                     "model_crisis_clause_support", "model_crisis_unread", "readable_share",
                     "bank_veto", "model_help_floor",
                     *(f"model_{category}" for category in CATEGORIES)):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within [0, 1] (got {name}={value})")

    def threshold(self, category: Category) -> BankThreshold:
        return getattr(self, category)

    def model_threshold(self, category: Category, on_topic: bool = True) -> float:
        if category == "crisis" and not on_topic:
            return self.model_crisis_off_topic
        return getattr(self, f"model_{category}")


@dataclass(frozen=True)
class Flag:
    """One reason to leave the ordinary route: a category, the sign, and which layer saw it."""

    category: Category
    sign: str
    source: Literal["rule", "bank", "model"]
    score: float = 1.0
    evidence: str = ""


@dataclass(frozen=True)
class Triage:
    """Every category raised, in route order (the first wins), those seen only negated, and
    the urgent ones raised by nothing that the learned layer still gives some weight (`near`:
    config.model_help_floor)."""

    flags: tuple[Flag, ...] = ()
    negated: frozenset[str] = frozenset()
    near: frozenset[str] = frozenset()

    @property
    def top(self) -> Flag | None:
        return self.flags[0] if self.flags else None


# Words worth mending when misspelt: the distinctive words the rules hinge on. Not every
# rule word: a general vocabulary would bend real words into others ("dying" -> "doing"),
# and no word English knows is bent at all ("threat" stays, "kil" becomes "kill").
_SPELLING = SpellFolder(
    """chest breathe breath breathing breathless suicide suicidal numbness tingling tingly
    magnesium potassium calcium ibuprofen paracetamol acetaminophen naproxen pregnant pregnancy
    swollen swelling unconscious unresponsive collapsed seizure overdose overdosing prescription
    prescribe dosage slurred slurring drooping tablets capsules supplement supplements medication
    medicine vitamin electrolyte electrolytes myself himself herself yourself pressure
    crushing bleeding blood cramp cramps tablet diuretic furosemide bladder tightness dizzy
    lightheaded fainted shortness weakness urine purple bruise bruised bruising painful
    much kill want dead life pill pills killing wanted alive dying death throat tongue
    wheezing wheezy swallowed confused diabetic insulin vomiting diarrhoea diarrhea shivering
    dialysis kidney kidneys inhaler statin statins allergic unconscious heartbeat palpitations
    harming hurting cutting wish disappear goodbye goodbyes hopeless worthless""".split(),
    keep={"chess", "cheat", "cheap", "chests", "bread", "breadth", "brother", "mulch", "mush",
          "pressures", "ceramic", "crumps", "plenty", "urinal", "overdosed"},
    known=english(SpellingConfig(min_zipf=3.0)))


# Names whose words read as signs: hay fever is an allergy and cabin fever a mood, neither a
# temperature. Joined, the rules' "fever" does not see them.
_NOT_A_FEVER = re.compile(r"\b(hay|cabin) (fever)")


def fold(text: str) -> str:
    """The text the rules read: normalised, then small misspellings of rule words mended."""
    return _NOT_A_FEVER.sub(r"\1\2", _SPELLING.fold(normalise(text)))


# One search per category says whether any of its rules' first patterns occurs at all (see
# bot.safety.screen): most messages raise nothing, and then no rule runs.
_SCREEN = Screen({category: [rule.patterns[0] for rule in RULES if rule.category == category]
                  for category in CATEGORIES})


@lru_cache(maxsize=1024)
def rule_triage(text: str, categories: tuple[Category, ...] = CATEGORIES) -> Triage:
    """The rule layer alone (cached: earlier turns are triaged again on every reply): the
    rules of `categories` whose first patterns the screen finds in the folded text."""
    folded = fold(text)
    return read_rules(folded, _SCREEN.categories(folded, categories))


def read_rules(folded: str, present: Container[str]) -> Triage:
    """Every rule of the categories `present` on a folded message, in route order: the first
    sign of a category found un-negated fires it, and a category seen only negated, dismissed
    as harmless or as someone else's is marked negated (for the learned layers to respect)."""
    fired: dict[str, Flag] = {}
    negated: set[str] = set()
    leg_cramp: bool | None = None
    for rule in RULES:
        if rule.category not in present or rule.category in fired:
            continue
        if rule.category == "see_doctor" and rule.sign in _IDLE_WHEN:
            if leg_cramp is None:  # asked once, for the first such rule that could fire
                leg_cramp = names_a_leg_cramp(folded)
            if idle_red_flag(rule.sign, folded, leg_cramp):
                continue
        match = apply_rule(rule, folded)
        if match is None:
            continue
        if (match.fired and rule.category == "see_doctor"
                and someone_elses_red_flag(rule, match, folded)):
            negated.add(rule.category)  # for the learned layers to respect too
            continue
        if match.fired:
            fired[rule.category] = Flag(rule.category, rule.sign, "rule", 1.0, match.evidence)
        else:
            negated.add(rule.category)
    flags = tuple(fired[c] for c in CATEGORIES if c in fired)
    negated |= {category for category, reading in HARMLESS_READINGS.items()
                if category not in fired and reading.search(folded)}
    if "see_doctor" not in fired and passed(folded):
        # a past problem told as sorted ("last year ... the water tablet, gp switched me and
        # they stopped completely"): the learned layers read its words as a red flag now
        negated.add("see_doctor")
    return Triage(flags, frozenset(negated - set(fired)))


def triage(message: str, query_vector: np.ndarray | None = None, bank: TriageBank | None = None,
           config: TriageConfig = TriageConfig(), *,
           clause_vectors: np.ndarray | None = None, model: TriageModel | None = None,
           ngrams: NgramModel | None = None, clauses: tuple[str, ...] = (),
           known: Container[str] = frozenset()) -> Triage:
    """All layers: rules on the text, then the bank and the model for what the rules missed,
    on the message's embedding and on each of its clauses' (a sign in one sentence of a long
    message is judged on that sentence, not diluted by the rest). `clauses` are the texts of
    `clause_vectors`, kept as the model's evidence; `ngrams`, the n-gram model whose reading
    of the same texts is averaged with the model's; `known`, words known to be words (the
    articles'), for judging whether the message reads as words at all."""
    found = rule_triage(message[:config.max_chars])
    if query_vector is None or (bank is None and model is None):
        return found
    rows = query_vector[None, :] if clause_vectors is None else np.vstack(
        [query_vector[None, :], clause_vectors])
    flags = {flag.category: flag for flag in found.flags}
    medical = any(f.category in ("emergency", "see_doctor") for f in found.flags)
    texts = (message, *clauses) if len(clauses) == len(rows) - 1 else ()
    found_by_model = None if model is None else _learned(model, ngrams, rows, texts or (message,))
    if bank is not None:
        _bank_flags(flags, rows, bank, found.negated, config, message[:config.max_chars],
                    medical, vetoed=_vetoed(found_by_model, config))
    if model is not None:
        # read only where it changes a bar (by default the two crisis bars are one)
        on_topic = (config.model_crisis_off_topic == config.model_crisis
                    or any(w in TOPIC_WORDS or w in SUBJECT_WORDS for w in words(message)))
        _model_flags(flags, found_by_model, texts, found.negated, config, on_topic, medical,
                     unread=lambda: _unread(message, known, config))
    return Triage(tuple(flags[c] for c in CATEGORIES if c in flags), found.negated,
                  _near(flags, found_by_model, found.negated, config))


def _near(flags: dict[str, Flag], found_by_model: np.ndarray | None, negated: frozenset[str],
          config: TriageConfig) -> frozenset[str]:
    """The urgent categories nothing raised, and the rules did not dismiss, to which the learned
    layer's reading of the whole message gives at least `config.model_help_floor`."""
    if found_by_model is None or any(c in flags for c in URGENT):
        return frozenset()
    return frozenset(c for c in URGENT if c not in negated
                     and found_by_model[0][LABELS.index(c)] >= config.model_help_floor)


def _learned(model: TriageModel, ngrams: NgramModel | None, rows: np.ndarray,
             texts: tuple[str, ...]) -> np.ndarray:
    """The learned layer's probabilities for each row: the networks' over the vectors, averaged
    with the n-gram model's over the same texts where there is one (`texts` may hold the whole
    message alone, when its clauses' texts were not given: the clauses are then the networks'
    alone)."""
    found = model.probabilities(rows)
    if ngrams is not None:
        found[:len(texts)] = (found[:len(texts)] + ngrams.probabilities(texts)) / 2
    return found


def _vetoed(found: np.ndarray | None, config: TriageConfig) -> frozenset[str]:
    """The categories a bank flag may not raise: every one but the label the model is at
    least `config.bank_veto` sure of for the whole message, if it is that sure of one."""
    if found is None or config.bank_veto >= 1.0:
        return frozenset()
    best = int(np.argmax(found[0]))
    if found[0][best] < config.bank_veto:
        return frozenset()
    return frozenset(c for c in CATEGORIES if c != LABELS[best])


def _bank_flags(flags: dict[str, Flag], rows: np.ndarray, bank: TriageBank,
                negated: frozenset[str], config: TriageConfig, message: str,
                medical: bool = False, vetoed: frozenset[str] = frozenset()) -> None:
    """Add to `flags` the categories the bank's nearest examples raise. A crisis near one
    clause alone gives way where the rules read an emergency or a red flag, as the model's
    does ("I'm on the pill and drove 9 hours" sits near "take all my pills tonight"); any
    category in `vetoed` gives way to the model's sure reading of the whole message."""
    for row, nearest in enumerate(bank.nearest_each(rows)):
        harmless = nearest["none"].score if "none" in nearest else -1.0
        stricter = 0.0 if row == 0 else config.clause_strictness
        # a nearest-example vote: only the category of the nearest example may be raised
        # ("will 2 tablets be enough" sits nearer a dose question than an overdose taken)
        category = max((c for c in CATEGORIES if c in nearest), key=lambda c: nearest[c].score,
                       default=None)
        if category is None or category in flags or category in negated or category in vetoed:
            continue
        if category == "crisis" and medical and row > 0:
            continue
        if category == "emergency" and "crisis" in flags and flags["crisis"].source == "rule":
            # a crisis the rules read ("the most painless way to go") is not made an overdose
            # taken by a near example: the crisis reply gives the emergency number already
            continue
        match, threshold = nearest[category], config.threshold(category)
        if (match.score < threshold.min_score + stricter
                or match.score - harmless < threshold.margin + stricter):
            continue
        # read after the bars, so that the message is folded only for a flag about to be raised
        folded, sign = fold(message), match.example.sign
        if category == "see_doctor" and idle_red_flag(sign, folded):
            continue
        if sign == "child" and names_no_child(folded):
            continue
        flags[category] = Flag(category, match.example.sign, "bank", round(match.score, 4),
                               match.example.text)


def _only_a_prescription(flags: dict[str, Flag], message: str) -> bool:
    """Whether the rules read nothing but a dose request, and the message asks for a
    prescription ("can you write me a script for quinine"). The networks had learned quinine
    from the ways to die asked about, and read such a request as a crisis: on the readable
    sets, four writers' requests of the kind, and no prescription among the 42 dose questions
    they rightly read as a crisis (round 28: each told of a dose, an overdose or an end)."""
    return list(flags) == ["dosing"] and PRESCRIPTION_ASKED.search(fold(message)) is not None


def _unread(message: str, known: Container[str], config: TriageConfig) -> bool:
    """Whether fewer than `config.readable_share` of the message's runs of letters are words:
    keys struck at random, which the networks read as noise and now and then as a crisis."""
    share = word_share(message, known)
    return share is not None and share < config.readable_share


def _model_flags(flags: dict[str, Flag], found_by_model: np.ndarray, texts: tuple[str, ...],
                 negated: frozenset[str], config: TriageConfig,
                 on_topic: bool = True, medical: bool = False,
                 unread: Callable[[], bool] = lambda: False) -> None:
    """Add to `flags` the category the model is nearly sure of, row by row of
    `found_by_model` (its probabilities for the message, then for each clause; its most
    likely label only: a message torn between two categories raises neither).

    `medical`: the rules read an emergency or a red flag in the message. A crisis the model
    reads in one clause alone then gives way to it: on the readable blind sets such a crisis
    beside a red flag was a short aside ("probably me being paranoid", "i've done
    everything") five times in six, while one read in the whole message was right five
    times in five. Nor is a crisis read in one clause raised where the whole message gives
    a crisis less than `config.model_crisis_clause_support`. `unread()` says whether the
    message is mostly no words (asked only for a crisis under `config.model_crisis_unread`,
    since it may load other languages' word lists): a crisis there needs that bar."""
    found = found_by_model.tolist()
    is_unread: bool | None = None
    whole_crisis = found[0][LABELS.index("crisis")]
    for row, probabilities in enumerate(found):
        best = max(range(len(LABELS)), key=probabilities.__getitem__)
        category = LABELS[best]
        if category == "none" or category in flags or category in negated:
            continue
        if category == "crisis" and row > 0 and (
                medical or whole_crisis < config.model_crisis_clause_support):
            continue
        if category == "emergency" and "crisis" in flags:
            continue  # the crisis reply gives the emergency number already
        if category == "crisis" and texts and _only_a_prescription(flags, texts[0]):
            continue
        if (category in ("emergency", "see_doctor") and texts
                and _REPORTED_FINE.search(normalise(texts[row]))):
            continue
        stricter = (row > 0) * config.model_clause_strictness
        needed = config.model_threshold(category, on_topic) + stricter
        if category == "crisis" and needed <= probabilities[best] < (
                config.model_crisis_unread + stricter):
            if is_unread is None:
                is_unread = unread()
            if is_unread:
                continue
        if probabilities[best] >= needed:
            flags[category] = Flag(category, "learned", "model", round(probabilities[best], 4),
                                   texts[row] if texts else "")
