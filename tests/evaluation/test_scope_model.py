"""Fitting the scope model: what it learns from, the fit, and a shipped model that is the fit
of today's labelled sets."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.answer.scope import DEFAULT_SCOPE_MODEL, SCOPE_LABELS, ScopeModel
from evaluation.scope_model import (TRAINING, Example, core_examples, digest, fit, read_all,
                                    read_examples, turned_away)
from index.encoders.onnx_encoder import MODEL_NAME


def test_it_learns_from_lone_messages_of_one_scope_kind_and_never_a_held_split(tmp_path):
    probes = tmp_path / "probes.jsonl"
    probes.write_text("\n".join(json.dumps(row) for row in [
        {"id": "a", "message": "does acupuncture help", "expect": ["no_answer"]},
        {"id": "b", "message": "best pizza in town", "expect": ["out_of_scope"], "split": "held"},
        {"id": "c", "message": "and at night?", "expect": ["answer"],
         "history": [{"role": "user", "content": "how do I stretch"}]},
        {"id": "d", "message": "chest pain", "expect": ["emergency"]},
        {"id": "e", "message": "period cramps?", "expect": ["out_of_scope", "no_answer"]},
        {"id": "f", "message": "write me a poem", "expect": ["out_of_scope"], "split": "tune"},
    ]) + "\n")
    questions = tmp_path / "questions.jsonl"
    questions.write_text(json.dumps({"id": "q1", "question": "how long should I stretch"}) + "\n")
    examples = read_examples([probes], [questions])
    assert [(e.text, e.label, e.source) for e in examples] == [
        ("does acupuncture help", "no_answer", "probes"),
        ("write me a poem", "out_of_scope", "probes"),
        ("how long should I stretch", "answer", "questions")]


def test_the_fit_separates_what_it_learned_and_names_a_missing_label():
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(len(SCOPE_LABELS), 16)) * 4
    labels = [label for label in SCOPE_LABELS for _ in range(20)]
    vectors = np.vstack([centres[SCOPE_LABELS.index(label)] + rng.normal(size=16)
                         for label in labels]).astype(np.float32)
    model = fit(vectors, labels, encoder="test", data_digest="d", articles="a")
    predicted = [SCOPE_LABELS[i] for i in model.probabilities(vectors).argmax(1)]
    assert predicted == labels and model.articles == "a"
    with pytest.raises(ValueError, match="every label.*out_of_scope"):
        fit(vectors[:40], labels[:40], encoder="test", data_digest="d", articles="a")


def test_the_shipped_model_is_the_fit_of_todays_labelled_sets():
    if not all(path.is_file() for path in TRAINING):
        pytest.skip("the shared sets are not beside the project")
    model = ScopeModel.read(DEFAULT_SCOPE_MODEL)
    assert model.digest == digest(read_examples(), MODEL_NAME), (
        "a labelled set changed since the scope model was fitted: run "
        "`python -m evaluation.scope_model fit` and commit bot/data/scope_model.npz")


def test_the_core_questions_are_every_lone_answer_probe_of_either_split_and_every_question(
        tmp_path):
    probes = tmp_path / "probes.jsonl"
    probes.write_text("\n".join(json.dumps(row) for row in [
        {"id": "a", "message": "how do I stretch", "expect": ["answer"], "split": "held"},
        {"id": "b", "message": "does acupuncture help", "expect": ["no_answer"]},
        {"id": "c", "message": "why at night", "expect": ["answer", "see_doctor"]},
        {"id": "d", "message": "and after?", "expect": ["answer"],
         "history": [{"role": "user", "content": "how do I stretch"}]},
    ]) + "\n")
    questions = tmp_path / "questions.jsonl"
    questions.write_text(json.dumps({"id": "q1", "question": "what causes cramps"}) + "\n")
    assert [e.text for e in core_examples([probes], [questions])] == [
        "how do I stretch", "what causes cramps"]


@pytest.mark.model
def test_a_fit_that_turns_core_questions_away_is_caught(real_chatbot):
    # a model that calls everything off topic, whatever the vector
    dimension = real_chatbot.encoder.dimension
    off = SCOPE_LABELS.index("out_of_scope")
    bias = np.full(len(SCOPE_LABELS), -20.0, dtype=np.float32)
    bias[off] = 20.0
    away = ScopeModel(np.zeros((len(SCOPE_LABELS), dimension), np.float32), bias, MODEL_NAME, "d")
    questions = [Example(text, "answer", "core", ("answer",)) for text in (
        "how do I stretch a hamstring cramp", "what triggers hamstring cramps")]
    read = read_all(real_chatbot, questions)
    lost = turned_away(real_chatbot, read, away, None)
    assert [text for text, _ in lost] == [e.text for e in questions]
    assert {kind for _, kind in lost} == {"out_of_scope"}
    assert turned_away(real_chatbot, read, away, away) == []  # nothing the old one answered


def test_cv_names_a_set_it_does_not_learn_from_and_a_malformed_threshold(capsys):
    from evaluation.scope_model import cv_command, main

    with pytest.raises(SystemExit, match="not learned from: \\['probes_blind36'\\]"):
        cv_command(None, [], leave_out=["probes_blind36"])  # held out: never learned from
    with pytest.raises(SystemExit, match="missing, held out or learned already"):
        cv_command(None, [], also_learn=["probes_blind36"])  # nor learned when asked
    with pytest.raises(SystemExit):
        main(["cv", "--thresholds", "0.7"])
    assert "pairs written refuse/rescue" in capsys.readouterr().err


def test_fit_ngrams_asks_where_to_write(capsys):
    from evaluation.scope_model import main

    with pytest.raises(SystemExit):
        main(["fit-ngrams"])  # no scope n-gram model ships: nothing to overwrite by default
    assert "needs --ngrams-out" in capsys.readouterr().err
