"""The screen says what the plain `re` alternation of each category's patterns says."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bot.safety.screen as screen_module
from bot.safety.lexicon import RULES
from bot.safety.rules import CATEGORIES
from bot.safety.screen import Screen, without_lookarounds
from bot.safety.triage import fold
from evaluation.paths import DATA

FIRST = {c: [r.patterns[0] for r in RULES if r.category == c] for c in CATEGORIES}
PLAIN = {c: re.compile("|".join(f"(?:{p.pattern})" for p in FIRST[c])) for c in CATEGORIES}
SCREEN = Screen(FIRST)
MESSAGES = [json.loads(line)["message"] for name in ("probes.jsonl", "probes_families.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def plain(text: str) -> set[str]:
    return {c for c in CATEGORIES if PLAIN[c].search(text)}


def test_the_screen_agrees_with_re_on_every_probe():
    texts = [fold(m) for m in MESSAGES if isinstance(m, str)]
    assert len(texts) > 1000
    assert [SCREEN.categories(t, CATEGORIES) for t in texts] == [plain(t) for t in texts]


WORDS = sorted({w for m in MESSAGES[:400] if isinstance(m, str) for w in fold(m).split()})


@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=12))
def test_the_screen_agrees_with_re_on_any_text(parts):
    text = " ".join(parts)  # ASCII or not, control characters and all
    assert SCREEN.categories(text, CATEGORIES) == plain(text)


def test_a_text_with_other_letters_is_screened_by_re():
    # RE2's \w is ASCII: "ü" ends a word for RE2 but not for Python
    text = "i want to ümkill myself"
    assert SCREEN.categories(text, CATEGORIES) == plain(text)


def test_without_re2_the_screen_is_re_alone(monkeypatch):
    monkeypatch.setattr(screen_module, "re2", None)
    bare = Screen(FIRST)
    for text in ("i want to kill myself", "crushing chest pain", "how long to stretch", ""):
        assert bare.categories(text, CATEGORIES) == plain(text)


def test_only_the_categories_asked_about_are_screened():
    text = fold("crushing chest pain and I want to kill myself")
    assert SCREEN.categories(text, ("dosing",)) == set()
    assert SCREEN.categories(text, CATEGORIES) >= {"emergency", "crisis"}


@pytest.mark.parametrize("pattern, loose", [
    (r"chest(?! day)", "chest"),
    (r"(?<!not )\bsad(?=\W)", r"\bsad"),
    (r"a(?!b(?:c|d))e", "ae"),
    (r"[(?!]x(?<=[)]x)", "[(?!]x"),  # parentheses in a class are letters
    (r"\(?!x\)", r"\(?!x\)"),  # escaped: not a lookaround
    (r"(?P<tail>pain)(?:ful)?", r"(?P<tail>pain)(?:ful)?"),
])
def test_lookarounds_are_taken_out_and_nothing_else(pattern, loose):
    assert without_lookarounds(pattern) == loose


def test_without_its_lookarounds_a_rule_matches_wherever_it_did():
    texts = [fold(m) for m in MESSAGES if isinstance(m, str)]
    for rule in RULES:
        for pattern in rule.patterns:
            looser = re.compile(without_lookarounds(pattern.pattern))
            assert all(looser.search(t) for t in texts if pattern.search(t)), rule.sign
