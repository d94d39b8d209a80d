"""Fitting triage's model: labels, what it learns from, the fit, and a shipped model that is
the fit of today's labelled sets."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.safety.model import DEFAULT_MODEL, LABELS, read_model
from bot.safety.ngrams import DEFAULT_NGRAMS, NgramModel
from bot.safety.triage import TriageConfig
from evaluation import scope_model
from evaluation.paths import HELD_OUT
from evaluation.triage_model import (MEMBERS, NETWORKS_ALONE, READ_SETS, TRAINING, Compared,
                                     Example, compared_settings, digest, ensemble_sizes,
                                     first_members, fit, fit_ngrams, label_of, listed,
                                     ngrams_digest, read_examples, trainable, training_examples,
                                     with_clauses, with_read_sets)
from index.encoders.onnx_encoder import MODEL_NAME


def test_a_probe_is_labelled_by_the_first_category_it_accepts():
    assert label_of(["see_doctor", "emergency"]) == "see_doctor"
    assert label_of(["answer"]) == "none"
    assert label_of(["out_of_scope", "crisis"]) == "crisis"


def test_the_fit_separates_what_it_learned_and_names_a_missing_label():
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(len(LABELS), 16)) * 4
    labels = [label for label in LABELS for _ in range(20)]
    vectors = np.vstack([centres[LABELS.index(label)] + rng.normal(size=16) for label in labels])
    model = fit(vectors.astype(np.float32), labels, encoder="test", data_digest="d")
    predicted = [LABELS[i] for i in model.probabilities(vectors.astype(np.float32)).argmax(1)]
    assert predicted == labels
    with pytest.raises(ValueError, match="every label.*dosing"):
        fit(vectors[:80], labels[:80], encoder="test", data_digest="d")


def test_an_ensemble_s_first_member_is_the_single_network_fitted_alike():
    rng = np.random.default_rng(4)
    labels = [label for label in LABELS for _ in range(10)]
    vectors = rng.normal(size=(len(labels), 8)).astype(np.float32)
    ensemble = fit(vectors, labels, encoder="test", data_digest="d", members=3)
    single = fit(vectors, labels, encoder="test", data_digest="d", members=1)
    assert (ensemble.members, single.members) == (3, 1)
    assert np.allclose(first_members(ensemble, 1).probabilities(vectors),
                       single.probabilities(vectors))
    with pytest.raises(ValueError, match="fewer than 4"):
        first_members(ensemble, 4)
    with pytest.raises(ValueError, match="1 or more members"):
        fit(vectors, labels, encoder="test", data_digest="d", members=0)


def test_a_comma_separated_option_is_read_or_named_as_wrong():
    import argparse

    assert listed(float)("0.98, 0.99,") == [0.98, 0.99] and listed(str)("") == []
    with pytest.raises(argparse.ArgumentTypeError, match="int values separated by commas"):
        listed(int)("one,3")
    assert ensemble_sizes("1,3") == [1, 3]
    with pytest.raises(argparse.ArgumentTypeError, match="1 or more networks"):
        ensemble_sizes("0,5")


def test_cv_compares_each_value_asked_for_the_other_settings_as_chosen():
    rng = np.random.default_rng(5)
    labels = [label for label in LABELS for _ in range(10)]
    vectors = rng.normal(size=(len(labels), 8)).astype(np.float32)
    network = fit(vectors, labels, encoder="test", data_digest="d", members=MEMBERS)
    ngrams = fit_ngrams(["kill myself", "chest pain", "end it", "see a gp", "how much", "stretch"],
                        ["crisis", "emergency", "crisis", "see_doctor", "dosing", "none"],
                        data_digest="d")
    settings = compared_settings({"network": network, "logistic": network}, ngrams,
                                 Compared(crisis=[0.9], off_topic=[0.8], members=[1],
                                          bank_veto=[0.9]))
    assert list(settings) == ["none", "chosen", "networks", "logistic", "crisis>=0.9", "off>=0.8",
                              "veto>=0.9", "members=1"]
    chosen = settings["chosen"][2]
    crisis = settings["crisis>=0.9"][2]
    assert (crisis.model_crisis, crisis.model_crisis_off_topic) == (0.9, 0.9)
    assert crisis.model_emergency == chosen.model_emergency
    off = settings["off>=0.8"][2]
    assert (off.model_crisis, off.model_crisis_off_topic) == (chosen.model_crisis, 0.8)
    assert settings["veto>=0.9"][2].bank_veto == 0.9 and chosen.bank_veto == TriageConfig().bank_veto
    assert settings["members=1"][0].members == 1 and settings["none"][0] is None
    # the n-gram model is read beside the networks in every setting but the ones without it
    assert all(read is ngrams for name, (_, read, _) in settings.items()
               if name not in ("none", "networks", "logistic"))
    assert settings["networks"][1] is None and settings["networks"][2] == NETWORKS_ALONE


def test_the_n_gram_fit_reads_letters_and_names_a_missing_label():
    texts = ["i want to kill myself", "going to end it all tonight", "crushing chest pain now",
             "cant breathe and my lips are blue", "my calf is swollen and hot",
             "i am pregnant and cramping", "how many quinine tablets can i take",
             "whats the max dose of magnesium", "how do i stretch my hamstring",
             "why do cramps happen at night"]
    labels = ["crisis", "crisis", "emergency", "emergency", "see_doctor", "see_doctor",
              "dosing", "dosing", "none", "none"]
    model = fit_ngrams(texts, labels, data_digest="d")
    assert model.labels == LABELS and model.digest == "d"
    found = model.probabilities(["i want to kil myslef", "how do i strech my hamstrings"])
    assert [LABELS[i] for i in found.argmax(1)] == ["crisis", "none"]
    with pytest.raises(ValueError, match="every label.*dosing"):
        fit_ngrams(texts[:6] + texts[8:], labels[:6] + labels[8:], data_digest="d")


def test_the_n_gram_fit_takes_other_labels_in_their_order():
    names = ("answer", "no_answer", "out_of_scope")
    texts = ["how do i stretch my hamstring", "does acupuncture help cramps",
             "best pizza in town", "why do hamstrings cramp", "is pickle juice good for cramps",
             "write me a poem"]
    labels = ["answer", "no_answer", "out_of_scope"] * 2
    model = fit_ngrams(texts, labels, data_digest="d", names=names)
    assert model.labels == names and model.weights.shape[1] == 3
    with pytest.raises(ValueError, match="every label.*out_of_scope"):
        fit_ngrams(texts[:2], labels[:2], data_digest="d", names=names)


def test_a_model_fitted_on_more_sets_is_never_written_over_the_shipped_one(capsys):
    from evaluation.triage_model import main

    for argv in (["fit-ngrams", "--also-learn", "train_languages"],
                 ["fit", "--also-learn", "train_languages", "--ngrams-out", "/tmp/x.npz"]):
        with pytest.raises(SystemExit):
            main(argv)
        assert "not the shipped ones" in capsys.readouterr().err


def test_it_learns_from_lone_messages_and_never_from_a_held_split(tmp_path):
    bank = tmp_path / "bank.jsonl"
    bank.write_text(json.dumps({"text": "i feel like ending it", "category": "crisis"}) + "\n")
    probes = tmp_path / "probes.jsonl"
    probes.write_text("\n".join(json.dumps(row) for row in [
        {"id": "a", "message": "crushing chest pain", "expect": ["emergency"], "split": "tune"},
        {"id": "b", "message": "dose of magnesium?", "expect": ["dosing"], "split": "held"},
        {"id": "c", "message": "and at night?", "expect": ["answer"],
         "history": [{"role": "user", "content": "how do I stretch"}]},
    ]) + "\n")
    questions = tmp_path / "questions.jsonl"
    questions.write_text("\n".join(json.dumps(row) for row in [
        {"id": "q1", "question": "how long should I stretch"},
        {"id": "q2", "question": "cramp plus tingling in my foot"},  # a rule routes it
    ]) + "\n")
    examples = read_examples(bank, [probes], [questions])
    assert [(e.text, e.label) for e in trainable(examples)] == [
        ("i feel like ending it", "crisis"), ("crushing chest pain", "emergency"),
        ("how long should I stretch", "none")]
    assert [e.source for e in examples] == ["bank", "probes", "probes", "questions"]


def test_the_shipped_model_is_the_fit_of_todays_labelled_sets():
    if not all(path.is_file() for path in TRAINING):
        pytest.skip("the shared sets are not beside the project")
    model = read_model(DEFAULT_MODEL)
    assert model.digest == digest(training_examples(), MODEL_NAME), (
        "a labelled set changed since the model was fitted: run "
        "`python -m evaluation.triage_model fit` and commit bot/data/triage_model.npz")


def test_the_shipped_n_gram_model_is_the_fit_of_todays_labelled_sets():
    if not all(path.is_file() for path in TRAINING):
        pytest.skip("the shared sets are not beside the project")
    model = NgramModel.read(DEFAULT_NGRAMS, LABELS)
    assert model.digest == ngrams_digest(training_examples()), (
        "a labelled set changed since the n-gram model was fitted: run "
        "`python -m evaluation.triage_model fit-ngrams` and commit bot/data/triage_ngrams.npz")


def test_no_held_out_set_is_learned_from_and_both_models_learn_from_the_same_sets():
    names = {path.name for path in TRAINING}
    assert not names & set(HELD_OUT)
    assert set(READ_SETS) <= set(TRAINING)
    assert scope_model.TRAINING == TRAINING


def test_the_clauses_of_a_harmless_message_are_learned_as_harmless_and_no_others():
    long = "The cramp took my breath away for a second but it's gone now. How do I stop the next one?"
    sign = "my calf is swollen and hot and now i am short of breath when i walk up the stairs. help"
    examples = [Example(long, "none", "s"), Example(sign, "emergency", "s")]
    found = with_clauses(examples)
    assert found[:2] == examples
    assert [(e.label, e.source) for e in found[2:]] == [("none", "s")] * (len(found) - 2)
    assert "it's gone now." in {e.text for e in found[2:]} or any(
        "gone now" in e.text for e in found[2:])
    assert not any(sign.startswith(e.text) or e.text in sign for e in found[2:])


def test_readable_sets_learned_as_well_go_after_the_read_sets_and_never_a_held_out_one():
    files = with_read_sets(["probes_blind66"])
    at = files.index(READ_SETS[-1])
    assert files[at + 1].name == "probes_blind66.jsonl" and len(files) == len(TRAINING) + 1
    with pytest.raises(SystemExit, match="held out or learned already: \\['probes_blind36'\\]"):
        with_read_sets(["probes_blind36"])
    with pytest.raises(SystemExit, match="probes_blind34"):
        with_read_sets(["probes_blind34"])  # learned already
