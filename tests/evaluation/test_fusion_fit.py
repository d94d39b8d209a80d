"""Fitting the fusion weights (`python -m evaluation.fusion_fit`): the fit, the measure, and that
the hand weights rank candidates exactly as the bot's search does."""

from __future__ import annotations

import json

import numpy as np
import pytest

from evaluation.scoring.sets import Question
from evaluation.fusion_fit import (FEATURES, Candidates, candidates, cross_check, fit, hand_weights,
                            main, measure)
from bot.chatbot import Chatbot, ChatbotConfig
from index import build_store


def row(features, relevant) -> Candidates:
    return Candidates(np.arange(len(relevant)), np.asarray(features, dtype=np.float64),
                      np.asarray(relevant, dtype=bool))


def rows_led_by(feature: int, count: int = 40, seed: int = 0) -> list[Candidates]:
    """Questions whose one relevant passage has the top score on `feature` only."""
    rng = np.random.default_rng(seed)
    made = []
    for _ in range(count):
        features = rng.normal(size=(12, len(FEATURES)))
        relevant = np.zeros(12, dtype=bool)
        relevant[rng.integers(12)] = True
        features[relevant, feature] = features[:, feature].max() + 1.0
        made.append(row(features, relevant))
    return made


def test_measure_gives_hand_computed_figures():
    weights = np.eye(len(FEATURES))[0]
    first = np.zeros((3, len(FEATURES)))
    first[:, 0] = [3.0, 2.0, 1.0]
    rows = [row(first, [True, False, False]),  # rank 1
            row(first, [False, False, True])]  # rank 3
    assert measure(rows, weights) == {"recall@1": 0.5, "recall@3": 1.0,
                                      "mrr@10": pytest.approx((1 + 1 / 3) / 2)}


def test_the_fit_finds_the_side_that_carries_relevance():
    weights = fit(rows_led_by(3))
    assert int(np.argmax(weights)) == 3
    assert measure(rows_led_by(3, seed=1), weights)["recall@1"] == 1.0  # on unseen rows too


def test_questions_without_a_relevant_candidate_do_not_move_the_fit():
    led = rows_led_by(2)
    nothing = row(np.ones((5, len(FEATURES))), [False] * 5)
    assert np.allclose(fit(led), fit(led + [nothing]))


def test_the_cross_check_holds_out_each_half_and_the_dev_set():
    own, dev = rows_led_by(1), rows_led_by(1, count=6, seed=2)
    results = cross_check(own, dev, np.eye(len(FEATURES))[0])
    assert set(results) == {"odd", "even", "dev"}
    for result in results.values():
        assert result["fitted"]["recall@1"] == 1.0  # the fit learnt side 1 ...
        assert set(result["weights"]) == set(FEATURES)
    assert results["dev"]["hand"]["recall@1"] < 1.0  # ... which side 0 alone does not rank


def test_hand_weights_rank_candidates_as_the_search_does(articles, fake_encoder):
    store = build_store(articles, fake_encoder)
    chatbot = Chatbot(ChatbotConfig(triage_bank=None, triage_model=None, scope_model=None), encoder=fake_encoder,
                      store=store)
    config = chatbot.config.search
    for text in ["How long should I hold a hamstring stretch?", "cramp wat do i do",
                 "Which foods give me potassium?"]:
        question = Question("x", text, gold=("stretch",))
        found = candidates(chatbot, question)
        order = found.ids[np.argsort(-(found.features @ hand_weights(config)), kind="stable")]
        prepared = chatbot.prepare(text)
        hits = chatbot.retrieve(prepared, chatbot.embed(prepared))
        assert order[:10].tolist() == [store.positions[hit.chunk.id] for hit in hits]


def test_a_missing_question_file_is_named_with_the_way_out(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--questions", str(tmp_path / "nope.jsonl")])
    assert exit_.value.code == 2
    assert "nope.jsonl" in capsys.readouterr().err


def test_too_few_questions_to_halve_are_refused(tmp_path, capsys):
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "question": "q", "gold": ["g"]}) + "\n"
                            for i in range(2)))
    with pytest.raises(SystemExit):
        main(["--questions", str(path)])
    assert "at least 4" in capsys.readouterr().err
