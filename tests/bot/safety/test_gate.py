"""The rule gate: it reads which words a pattern opens with, and never skips a rule that
would have matched."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.safety.triage import RULES, fold, rule_gate
from evaluation.triage import DEFAULT_FILES, read_probes
from bot.safety.gate import RuleGate, openings
from bot.safety.rules import Rule, apply_rule, near, rx
from tests.bot.safety.test_triage import HARMLESS, SIGNS

PROBES = [p["message"] for p in read_probes([f for f in DEFAULT_FILES if f.is_file()])]
MESSAGES = PROBES + HARMLESS + [m for messages in SIGNS.values() for m in messages]
WORDS = sorted({w for m in MESSAGES for w in fold(m).split()})


def skipped_but_matching(text: str) -> list[str]:
    folded = fold(text)
    return [rule.sign for rule, possible in zip(RULES, rule_gate().possible(folded))
            if not possible and apply_rule(rule, folded) is not None]


def test_a_pattern_opens_with_the_words_of_its_alternatives():
    assert openings(rx(r"chest(?! day)", r"breath\w*", r"rib ?cage")) == {"chest", "breath", "rib"}
    # a word that may be left out lets the next one open the match
    assert openings(rx(r"(?:i )?(?:tore|ruptured)")) == {"i", "tore", "ruptured"}
    assert openings(rx(r"[0-9]+ weeks")) == set("0123456789")
    assert openings(rx(near("calf", "swollen"))) == {"calf", "swollen"}


def test_a_pattern_whose_opening_cannot_be_told_is_never_gated():
    assert openings(re.compile(r"chest pain")) is None  # no \b: may start inside a word
    assert openings(rx(r"\w+ pain")) is None
    assert openings(rx(r"'ve torn")) is None  # opens with a character outside words
    assert openings(re.compile(r"\bchest", re.I)) is None  # "CHEST" would match too


def test_a_rule_runs_only_when_every_gated_pattern_has_its_word():
    rule = Rule("see_doctor", "calf", (rx("calf"), rx(r"swollen|swelling")))
    gate = RuleGate([rule])
    assert gate.possible("my calf is swollen") == [True]
    assert gate.possible("my calf hurts") == [False]
    assert gate.possible("recalf swollen") == [False]  # "calf" must start a word


def test_no_probe_or_test_message_loses_a_rule_to_the_gate():
    assert PROBES
    for message in MESSAGES:
        assert skipped_but_matching(message) == [], message


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_no_mix_of_probe_words_loses_a_rule_to_the_gate(words):
    assert skipped_but_matching(" ".join(words)) == []
