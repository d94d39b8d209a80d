from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.intent import BANK, IntentBank, accuracy

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.model
def test_topics_of_the_labelled_questions_are_mostly_found(real_encoder):
    bank = IntentBank(real_encoder)
    labelled = [json.loads(line) for line in (ROOT / "eval" / "questions.jsonl").read_text().splitlines()
                if line.strip()]
    shares = accuracy(bank, real_encoder, [q for q in labelled if "topic" in q])
    # 0.73 when the bank was written, 0.68 once the question set was revised: lower means
    # the bank or the keywords broke
    assert shares["all"] >= 0.65


def test_keywords_tip_a_close_call(fake_encoder):
    bank = IntentBank(fake_encoder, BANK)
    vector = fake_encoder.encode(["should I put ice on it"])[0]
    assert bank.classify("should I put ice on it", vector).topic == "heat_cold"
    assert bank.classify("how long do I hold it", vector).wants_number
