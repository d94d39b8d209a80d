"""Choose the route for a message in its conversation: triage now, and what was raised before.

The conversation remembers: a red flag raised in an earlier user turn is re-found by
triaging that turn again (rules only) and stays as a reminder on later replies until the
user says it was checked ("went to the ER, all clear"). An emergency in the turn just
before keeps the emergency route; a crisis, a see-doctor sign or a dose request in the turn
just before carries over to a follow-up that leans on it.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

import numpy as np

from bot.query.normalise import normalise
from bot.query.topic import SUBJECT_WORDS, TOPIC_WORDS
from bot.records import Turn
from bot.safety.triage import URGENT, WHO_SIGNS, Flag, TriageConfig, rule_triage, triage
from bot.safety.bank import TriageBank
from bot.safety.model import TriageModel
from bot.safety.ngrams import NgramModel
from bot.safety.lexicon import NUMBER_PUSH
from bot.safety.rules import Category
from index.text import words

# The user says a clinician has seen to the earlier problem: its reminder can stop. The
# user's own verdict ("it was just a cramp") does not count.
_RESOLVED = re.compile(
    r"\b(?:(?:went|been|was|got|came back from|back from) (?:to |at )?(?:the )?(?:er|a&e|a and e|"
    r"hospital|emergency|doctor|doctors|gp|clinic|urgent care|physio)|(?:doctor|gp|they|er|"
    r"hospital|physio|nurse|paramedics?) (?:\w+ )?(?:checked|examined|said|cleared|found|ruled)|"
    r"all clear|(?:was|got|been|have been|i'?ve been) (?:\w+ )?(?:checked|seen|examined|"
    r"cleared))\b")
# The user has called for help: no need to repeat the emergency reply, keep a reminder.
_CALLED = re.compile(r"\b(?:called|rang|phoned|calling) (?:911|999|112|000|an ambulance|the "
                     r"ambulance|emergency|for help)|ambulance (?:is )?(?:coming|on (?:its|the) "
                     r"way|here)|paramedics (?:are )?(?:coming|here|on)")
_GRATITUDE = re.compile(r"^\W*(?:thanks?|thank you|thx|ty|ok|okay|cheers|got it)\b"
                        r"(?:\W+\w+){0,3}\W*$")
_NUMBER_PUSH = re.compile(NUMBER_PUSH)
# A message that carries the same situation on: it opens like a continuation or points back
# ("which stretch should I do when it happens?", "what should he do?"). Broader than what
# retrieval calls a follow-up: a pregnancy or a child stays the subject even when the
# question names a topic of its own.
_CARRIES_ON = re.compile(r"^\W*(?:and|also|but|so|or|plus|then|ok(?:ay)?|what about|how about|"
                         r"what if|what else)\b|\b(?:it|its|that|this|those|these|them|they|he|"
                         r"she|him|her|his|same)\b")
_REMINDED = ("emergency", "crisis", "see_doctor")


@dataclass(frozen=True)
class Decision:
    """The route (None: the answerer decides), why, and earlier red flags to remind of."""

    kind: Category | None
    flag: Flag | None = None
    continued: bool = False  # the route carries on from an earlier turn
    reminders: tuple[Flag, ...] = ()
    others: tuple[Flag, ...] = ()  # the other categories this message raised
    near: frozenset[str] = frozenset()  # urgent categories under the bars but over the floor


def earlier_flags(turns: tuple[Turn, ...]) -> tuple[list[Flag], list[Flag]]:
    """(flags of the last user turn, unresolved red flags of all earlier user turns)."""
    user = [turn.content for turn in turns if turn.role == "user"]
    open_flags: list[Flag] = []
    last: list[Flag] = []
    for text in user:
        folded = normalise(text)
        if _RESOLVED.search(folded):
            open_flags = [f for f in open_flags if f.category == "crisis"]
        last = list(rule_triage(text).flags)
        if last and last[0].category in _REMINDED:  # a turn is remembered by its top sign
            open_flags.append(last[0])
    return last, open_flags


def route(message: str, turns: tuple[Turn, ...] = (), *,
          query_vector: np.ndarray | None = None, clause_vectors: np.ndarray | None = None,
          follow_up: bool = False, bank: TriageBank | None = None,
          model: TriageModel | None = None, ngrams: NgramModel | None = None,
          clauses: tuple[str, ...] = (), config: TriageConfig = TriageConfig(),
          known: Container[str] = frozenset()) -> Decision:
    """The route for `message`, given the conversation so far.

    `query_vector` is the embedding retrieval uses, `clause_vectors` those of a long
    message's `clauses`; the bank and the model read them only when they embed the message
    alone, not a `follow_up` read together with an earlier turn; `known` holds words known
    to be words (the articles').
    """
    now = triage(message, None if follow_up else query_vector, bank, config,
                 clause_vectors=None if follow_up else clause_vectors, model=model,
                 ngrams=ngrams, clauses=clauses, known=known)
    last, earlier = earlier_flags(turns)
    folded = normalise(message)
    if _RESOLVED.search(folded):
        earlier = [f for f in earlier if f.category == "crisis"]
    if now.top is not None:
        top = _dose_first(now.flags)
        return Decision(top.category, top, False, _reminders(earlier, top),
                        tuple(flag for flag in now.flags if flag is not top))
    carried = _carried_over(message, folded, last)
    if carried is not None:
        return Decision(carried.category, carried, True, _reminders(earlier, carried))
    return Decision(None, None, False, _reminders(earlier, None), near=now.near)


def urgent_route(message: str, config: TriageConfig = TriageConfig()) -> Decision:
    """Rules only, emergency and crisis only: for a message too long to answer."""
    found = rule_triage(message[:config.max_chars], URGENT)
    if found.top is None:
        return Decision(None)
    return Decision(found.top.category, found.top, others=found.flags[1:])


def _dose_first(flags: tuple[Flag, ...]) -> Flag:
    """The flag that leads: the first, unless it only says who a dose request is for."""
    top = flags[0]
    if top.category == "see_doctor" and top.sign in WHO_SIGNS:
        dose = next((flag for flag in flags if flag.category == "dosing"), None)
        if dose is not None and all(flag.category in ("see_doctor", "dosing") and
                                    (flag.category == "dosing" or flag.sign in WHO_SIGNS)
                                    for flag in flags):
            return dose
    return top


def _carried_over(message: str, folded: str, last: list[Flag]) -> Flag | None:
    """The last user turn's top flag, when this message carries that thread on."""
    if not last:
        return None
    flag = last[0]
    if flag.category == "emergency":
        called = _CALLED.search(folded) or _RESOLVED.search(folded)
        return None if called else flag
    thanks = _GRATITUDE.match(folded)
    if flag.category == "crisis":
        about_cramps = any(w in TOPIC_WORDS or w in SUBJECT_WORDS for w in words(message))
        return None if about_cramps or thanks else flag
    if flag.category == "see_doctor":
        return flag if _CARRIES_ON.search(folded) and not thanks else None
    return flag if _NUMBER_PUSH.search(folded) else None


def _reminders(earlier: list[Flag], current: Flag | None) -> tuple[Flag, ...]:
    """The most serious earlier red flags not already the subject of this reply, at most two."""
    seen = {current.sign} if current else set()
    chosen: list[Flag] = []
    for category in _REMINDED:
        for flag in reversed(earlier):
            if flag.category == category and flag.sign not in seen and len(chosen) < 2:
                seen.add(flag.sign)
                chosen.append(flag)
    return tuple(chosen)
