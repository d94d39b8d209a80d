"""Small question and probe sets for the evaluation tests."""

from __future__ import annotations

import json

import pytest


@pytest.fixture()
def tiny_sets(tmp_path):
    questions = tmp_path / "questions.jsonl"
    questions.write_text("\n".join(json.dumps(row) for row in [
        {"id": "t1", "question": "hamstrimg strech how long",
         "gold": ["stretches are typically held for 30 seconds"], "facts": [["30 seconds"]]},
        {"id": "t2", "question": "and for how long?",
         "history": [{"role": "user", "content": "Should I ice my hamstring after a cramp?"}],
         "gold": ["left on for 10 to 15 minutes"], "facts": [["15 minutes"]]},
        {"id": "t3", "question": "what is a unicorn horn made of?", "gold": ["no such phrase"]},
        {"id": "t4", "question": "hаmstring massage", "gold": ["massage"]},  # a Cyrillic "а"
    ]) + "\n")
    probes = tmp_path / "probes.jsonl"
    probes.write_text("\n".join(json.dumps(row) for row in [
        {"id": "p1", "message": "How do I stretch a hamstring cramp?", "expect": ["answer"]},
        {"id": "p2", "message": "", "expect": ["invalid_input"], "forbid": ["\\d+ mg"]},
    ]) + "\n")
    return questions, probes
