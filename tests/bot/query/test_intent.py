from __future__ import annotations

import json

import pytest

from bot.query.intent import BANK, IntentBank


def test_keywords_tip_a_close_call(fake_encoder):
    bank = IntentBank(fake_encoder, BANK)
    vector = fake_encoder.encode(["should I put ice on it"])[0]
    assert bank.classify("should I put ice on it", vector).topic == "heat_cold"
    assert bank.classify("how long do I hold it", vector).wants_number


def test_a_topic_scores_the_mean_of_its_two_nearest_examples(fake_encoder, tmp_path):
    texts = {"calves": ["calf pain", "calf cramp at night", "tight calves"], "ice": ["ice pack"]}
    bank_file = tmp_path / "bank.jsonl"
    bank_file.write_text("".join(json.dumps({"topic": t, "text": x}) + "\n"
                                 for t, xs in texts.items() for x in xs))
    bank = IntentBank(fake_encoder, bank_file)
    question = "cramp in my calf"
    vector = fake_encoder.encode([question])[0]
    expected = {t: sorted(fake_encoder.encode(xs) @ vector)[-2:] for t, xs in texts.items()}
    expected = {t: sum(best) / len(best) for t, best in expected.items()}  # "ice": its one example
    intent = bank.classify(question, vector)
    assert intent.topic == max(expected, key=expected.get)
    assert intent.score == pytest.approx(max(expected.values()), abs=1e-6)
    assert intent.margin == pytest.approx(abs(expected["calves"] - expected["ice"]), abs=1e-6)
