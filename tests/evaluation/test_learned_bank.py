"""The learned bank is made from tuning messages only, and the committed file is up to date."""

from __future__ import annotations

import json

from bot.safety.bank import LEARNED_BANK, UNSPECIFIED, read_bank
from bot.safety.rules import CATEGORIES
from evaluation.learned_bank import SOURCES, learned_examples, render
from evaluation.paths import DATA, SHARED


def _messages(path, keep=lambda row: True):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["message"].strip() for row in rows if isinstance(row["message"], str) and keep(row)}


def test_the_committed_learned_bank_is_what_the_command_writes():
    assert LEARNED_BANK.read_text(encoding="utf-8") == render(learned_examples()), \
        "run `python -m evaluation.learned_bank` and commit bot/data/triage_bank_learned.jsonl"


def test_no_held_or_shared_message_is_learned():
    learned = {example.text for example in read_bank(LEARNED_BANK, learned=True)}
    held = set()
    for path, only_tune in SOURCES:
        if only_tune:
            held |= _messages(path, lambda row: row.get("split") != "tune")
    held |= _messages(SHARED / "eval" / "dev_probes.jsonl")
    assert learned and not learned & held


def test_each_learned_example_names_its_category_and_no_sign():
    examples = read_bank(LEARNED_BANK, learned=True)
    assert {e.category for e in examples} == {*CATEGORIES, "none"}
    assert all(e.sign == UNSPECIFIED and e.learned for e in examples)


def test_a_message_that_leans_on_earlier_turns_is_not_learned(tmp_path):
    probes = tmp_path / "probes.jsonl"
    probes.write_text("\n".join(json.dumps(row) for row in [
        {"id": "a", "message": "and what about him?", "expect": ["crisis"], "split": "tune",
         "history": ["my brother said he wants to die"]},
        {"id": "b", "message": "my chest is crushing", "expect": ["emergency"], "split": "tune"},
        {"id": "c", "message": "my chest is crushing", "expect": ["emergency"], "split": "held"},
        {"id": "d", "message": "how long do cramps last", "expect": ["answer"], "split": "tune"},
        {"id": "e", "message": "", "expect": ["invalid_input"], "split": "tune"},
    ]) + "\n")
    examples = learned_examples([(probes, True)])
    assert [(e["text"], e["category"]) for e in examples] == [("how long do cramps last", "none")]


def test_the_sources_are_the_project_sets():
    assert all(path.parent == DATA for path, _ in SOURCES)
