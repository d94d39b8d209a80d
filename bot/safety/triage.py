"""Triage a message before retrieval: emergency, crisis, see_doctor, dosing; first match wins.

Two layers decide together. Rules (bot.safety.lexicon*) read the normalised text with a
negation scope; the bank (bot.safety.bank) compares the message's embedding, the same one
retrieval uses, with example messages. A category is raised by either layer, except that
the bank cannot raise a category whose signs the rules saw only negated ("no chest pain").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np

from bot.query.normalise import normalise
from bot.safety.bank import TriageBank
from bot.safety.lexicon import RULES
from bot.safety.screen import Screen
from index.spelling import SpellFolder, SpellingConfig, english
from bot.safety.rules import CATEGORIES, Category, apply_rule

URGENT: tuple[Category, ...] = ("emergency", "crisis")


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

    def __post_init__(self) -> None:
        if self.max_chars < 1:
            raise ValueError(f"max_chars must be positive (got max_chars={self.max_chars})")
        if not 0.0 <= self.clause_strictness <= 1.0:
            raise ValueError(f"clause_strictness must be within [0, 1] "
                             f"(got clause_strictness={self.clause_strictness})")

    def threshold(self, category: Category) -> BankThreshold:
        return getattr(self, category)


@dataclass(frozen=True)
class Flag:
    """One reason to leave the ordinary route: a category, the sign, and which layer saw it."""

    category: Category
    sign: str
    source: Literal["rule", "bank"]
    score: float = 1.0
    evidence: str = ""


@dataclass(frozen=True)
class Triage:
    """Every category raised, in route order (the first wins), and those seen only negated."""

    flags: tuple[Flag, ...] = ()
    negated: frozenset[str] = frozenset()

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


def fold(text: str) -> str:
    """The text the rules read: normalised, then small misspellings of rule words mended."""
    return _SPELLING.fold(normalise(text))


# One search per category says whether any of its rules' first patterns occurs at all (see
# bot.safety.screen): most messages raise nothing, and then no rule runs.
_SCREEN = Screen({category: [rule.patterns[0] for rule in RULES if rule.category == category]
                  for category in CATEGORIES})


@lru_cache(maxsize=1024)
def rule_triage(text: str, categories: tuple[Category, ...] = CATEGORIES) -> Triage:
    """The rule layer alone (cached: earlier turns are triaged again on every reply)."""
    folded = fold(text)
    fired: dict[str, Flag] = {}
    negated: set[str] = set()
    present = _SCREEN.categories(folded, categories)
    for rule in RULES:
        if rule.category not in present or rule.category in fired:
            continue
        match = apply_rule(rule, folded)
        if match is None:
            continue
        if match.fired:
            fired[rule.category] = Flag(rule.category, rule.sign, "rule", 1.0, match.evidence)
        else:
            negated.add(rule.category)
    flags = tuple(fired[c] for c in CATEGORIES if c in fired)
    return Triage(flags, frozenset(negated - set(fired)))


def triage(message: str, query_vector: np.ndarray | None = None, bank: TriageBank | None = None,
           config: TriageConfig = TriageConfig(), *,
           clause_vectors: np.ndarray | None = None) -> Triage:
    """Both layers: rules on the text, then the bank for what the rules missed, on the
    message's embedding and on each of its clauses' (a sign in one sentence of a long
    message is judged on that sentence, not diluted by the rest)."""
    found = rule_triage(message[:config.max_chars])
    if bank is None or query_vector is None:
        return found
    rows = query_vector[None, :] if clause_vectors is None else np.vstack(
        [query_vector[None, :], clause_vectors])
    flags = {flag.category: flag for flag in found.flags}
    for row, nearest in enumerate(bank.nearest_each(rows)):
        harmless = nearest["none"].score if "none" in nearest else -1.0
        stricter = 0.0 if row == 0 else config.clause_strictness
        # a nearest-example vote: only the category of the nearest example may be raised
        # ("will 2 tablets be enough" sits nearer a dose question than an overdose taken)
        category = max((c for c in CATEGORIES if c in nearest), key=lambda c: nearest[c].score,
                       default=None)
        if category is None or category in flags or category in found.negated:
            continue
        if category == "emergency" and "crisis" in flags and flags["crisis"].source == "rule":
            # a crisis the rules read ("the most painless way to go") is not made an overdose
            # taken by a near example: the crisis reply gives the emergency number already
            continue
        match, threshold = nearest[category], config.threshold(category)
        if (match.score < threshold.min_score + stricter
                or match.score - harmless < threshold.margin + stricter):
            continue
        flags[category] = Flag(category, match.example.sign, "bank", round(match.score, 4),
                               match.example.text)
    return Triage(tuple(flags[c] for c in CATEGORIES if c in flags), found.negated)
