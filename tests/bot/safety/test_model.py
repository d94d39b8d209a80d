"""Triage's learned layer: the model file, its probabilities, and what it may raise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.safety.bank import BankExample, TriageBank
from bot.safety.model import DEFAULT_MODEL, LABELS, ModelError, TriageModel, read_model, write_model
from bot.safety.ngrams import NgramModel
from bot.safety.triage import TriageConfig, triage
from index.encoders.onnx_encoder import MODEL_NAME

DIM = 8


def _model(label: str, strength: float, axis: int = 0) -> TriageModel:
    """A model that reads `axis` of the vector as evidence for `label`."""
    weights = np.zeros((len(LABELS), DIM), dtype=np.float32)
    weights[LABELS.index(label), axis] = strength
    return TriageModel(weights, np.zeros(len(LABELS), dtype=np.float32), "test", "d")


def _unit(axis: int) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[axis] = 1.0
    return vector


def test_probabilities_are_a_softmax_per_row():
    rng = np.random.default_rng(0)
    model = TriageModel(rng.normal(size=(len(LABELS), DIM)).astype(np.float32),
                        rng.normal(size=len(LABELS)).astype(np.float32), "test", "d")
    vectors = rng.normal(size=(5, DIM)).astype(np.float32)
    probabilities = model.probabilities(vectors)
    assert probabilities.shape == (5, len(LABELS))
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert (probabilities.argmax(axis=1)
            == (vectors @ model.weights.T + model.bias).argmax(axis=1)).all()


def _network(width: int = 3) -> TriageModel:
    rng = np.random.default_rng(2)
    return TriageModel(rng.normal(size=(len(LABELS), width)).astype(np.float32),
                       rng.normal(size=len(LABELS)).astype(np.float32), "test", "d",
                       hidden_weights=rng.normal(size=(width, DIM)).astype(np.float32),
                       hidden_bias=rng.normal(size=width).astype(np.float32))


def test_a_hidden_layer_reads_the_vector_through_rectified_units():
    model = _network()
    vectors = np.random.default_rng(3).normal(size=(4, DIM)).astype(np.float32)
    hidden = np.maximum(vectors @ model.hidden_weights.T + model.hidden_bias, 0.0)
    logits = hidden @ model.weights.T + model.bias
    expected = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    assert np.allclose(model.probabilities(vectors), expected, atol=1e-6)
    assert model.dimension == DIM


def test_a_hidden_layer_is_written_and_read_back(tmp_path: Path):
    model = _network()
    write_model(model, tmp_path / "m.npz")
    again = read_model(tmp_path / "m.npz", encoder="test", dimension=DIM)
    assert np.array_equal(again.hidden_weights, model.hidden_weights)
    assert np.array_equal(again.hidden_bias, model.hidden_bias)
    vectors = np.eye(DIM, dtype=np.float32)
    assert np.array_equal(again.probabilities(vectors), model.probabilities(vectors))


def test_a_hidden_layer_must_feed_the_output_weights():
    with pytest.raises(ModelError, match="does not feed its output weights"):
        TriageModel(np.zeros((len(LABELS), 3)), np.zeros(len(LABELS)), "test", "d",
                    hidden_weights=np.zeros((4, DIM)), hidden_bias=np.zeros(4))
    with pytest.raises(ModelError, match="needs both weights and a bias"):
        TriageModel(np.zeros((len(LABELS), 3)), np.zeros(len(LABELS)), "test", "d",
                    hidden_weights=np.zeros((3, DIM)))


def test_a_written_model_reads_back_the_same(tmp_path: Path):
    model = _model("crisis", 3.0)
    write_model(model, tmp_path / "m.npz")
    again = read_model(tmp_path / "m.npz", encoder="test", dimension=DIM)
    assert np.array_equal(again.weights, model.weights) and again.digest == "d"


def test_a_missing_or_foreign_model_says_how_to_refit(tmp_path: Path):
    with pytest.raises(ModelError, match="unreadable.*evaluation.triage_model fit"):
        read_model(tmp_path / "none.npz")
    write_model(_model("crisis", 3.0), tmp_path / "m.npz")
    with pytest.raises(ModelError, match="reads vectors of 'test', not of 'other'"):
        read_model(tmp_path / "m.npz", encoder="other")
    with pytest.raises(ModelError, match="8-dimensional"):
        read_model(tmp_path / "m.npz", dimension=384)


def test_a_model_needs_a_row_per_label():
    with pytest.raises(ModelError, match="one row of weights per label"):
        TriageModel(np.zeros((3, DIM)), np.zeros(3), "test", "d")


def test_the_model_raises_a_category_it_is_nearly_sure_of():
    sure, unsure = _model("crisis", 20.0), _model("crisis", 2.0)
    found = triage("the words do not matter here", _unit(0), model=sure)
    assert found.top.category == "crisis" and found.top.source == "model"
    assert found.top.evidence == "the words do not matter here"
    assert triage("the words do not matter here", _unit(0), model=unsure).top is None
    assert triage("the words do not matter here", _unit(1), model=sure).top is None


def test_the_model_cannot_raise_what_the_rules_saw_negated():
    found = triage("no chest pain at all, just a cramp", _unit(0), model=_model("emergency", 20.0))
    assert found.top is None and "emergency" in found.negated


def test_the_model_raises_no_crisis_from_suicides_run_as_a_drill():
    found = triage("we did suicides in practice and my hamstring cramped", _unit(0),
                   model=_model("crisis", 20.0))
    assert found.top is None and "crisis" in found.negated
    meant = triage("we did suicides in practice and i want to kill myself", _unit(0),
                   model=_model("crisis", 20.0))
    assert meant.top.category == "crisis" and meant.top.source == "rule"


def test_a_model_sure_of_another_label_vetoes_the_bank_only_past_its_bar():
    # the bank's nearest example is an emergency; the model is sure of a red flag
    bank = TriageBank((BankExample("a cold mottled leg", "emergency", "cold_limb"),
                       BankExample("how do i stretch", "none", "none")),
                      np.stack([_unit(0), _unit(3)]))
    model = _model("see_doctor", 20.0)
    message = "always cold, tired, and now cramps"
    found = triage(message, _unit(0), bank, TriageConfig(bank_veto=1.0), model=model)
    assert [(f.category, f.source) for f in found.flags] == [("emergency", "bank"),
                                                             ("see_doctor", "model")]
    vetoed = triage(message, _unit(0), bank, TriageConfig(bank_veto=0.99), model=model)
    assert [(f.category, f.source) for f in vetoed.flags] == [("see_doctor", "model")]
    unsure = triage(message, _unit(0), bank, TriageConfig(bank_veto=0.99),
                    model=_model("see_doctor", 2.0))
    assert unsure.top.category == "emergency" and unsure.top.source == "bank"


def test_the_model_adds_no_emergency_to_a_crisis():
    found = triage("i want to kill myself", _unit(0), model=_model("emergency", 20.0))
    assert [flag.category for flag in found.flags] == ["crisis"]


def test_a_clause_must_clear_a_higher_bar_and_is_the_evidence():
    model = _model("crisis", 1.0)
    clause = "and one clause of it"
    # a clause vector whose probability lies between the message bar and the clause bar
    scale = np.log(0.92 / 0.08 * (len(LABELS) - 1))
    vectors = (np.zeros(DIM, dtype=np.float32), _unit(0) * scale)
    config = TriageConfig(model_crisis=0.9, model_clause_strictness=0.05)
    message = "a long message about a hamstring cramp " + clause
    assert triage(message, vectors[0], model=model, config=config,
                  clause_vectors=vectors[1][None, :], clauses=(clause,)).top is None
    looser = TriageConfig(model_crisis=0.9, model_clause_strictness=0.0)
    found = triage(message, vectors[0], model=model, config=looser,
                   clause_vectors=vectors[1][None, :], clauses=(clause,))
    assert found.top.category == "crisis" and found.top.evidence == clause


def test_a_crisis_read_in_one_clause_needs_the_whole_message_to_lean_that_way():
    model = _model("crisis", 20.0)
    clause = "and one clause of it"
    message = "a long message about a hamstring cramp " + clause
    sure_clause = _unit(0)[None, :]
    leaning = _unit(0) * 0.1  # the whole message: a crisis probability of about 0.65
    config = TriageConfig(model_crisis_clause_support=0.3)
    found = triage(message, leaning, model=model, config=config, clause_vectors=sure_clause,
                   clauses=(clause,))
    assert found.top.category == "crisis" and found.top.evidence == clause
    unmoved = np.zeros(DIM, dtype=np.float32)  # the whole message: 1/len(LABELS), under 0.3
    assert triage(message, unmoved, model=model, config=config, clause_vectors=sure_clause,
                  clauses=(clause,)).top is None


def test_the_shipped_model_fits_the_bundled_encoder():
    model = read_model(DEFAULT_MODEL, encoder=MODEL_NAME, dimension=384)
    assert np.isfinite(model.weights).all() and np.isfinite(model.bias).all()
    assert model.hidden_weights is not None and np.isfinite(model.hidden_weights).all()


@pytest.mark.parametrize("name", ["model_crisis", "model_dosing", "model_clause_strictness",
                                  "model_crisis_clause_support"])
def test_model_thresholds_name_the_bad_value(name):
    with pytest.raises(ValueError, match=f"{name} must be within"):
        TriageConfig(**{name: 1.5})


def test_the_model_raises_no_emergency_or_red_flag_from_a_sign_reported_fine():
    emergency, crisis = _model("emergency", 20.0), _model("crisis", 20.0)
    for message in ("my chest is fine and breathing's fine, just a stretch please",
                    "calf looks normal again"):
        assert triage(message, _unit(0), model=emergency).top is None, message
    assert triage("my chest hurts", _unit(0), model=emergency).top.category == "emergency"
    assert triage("im fine, i just dont want to be here", _unit(0),
                  model=crisis).top.category == "crisis"


def test_a_crisis_in_a_message_naming_no_cramp_needs_less_certainty():
    # a crisis probability of 0.8: under the bar beside a cramp question, over it alone
    scale = np.log(0.8 / 0.2 * (len(LABELS) - 1))
    model = _model("crisis", float(scale))
    config = TriageConfig(model_crisis=0.9, model_crisis_off_topic=0.7)
    assert triage("worked it all out, sunday it is", _unit(0), model=model,
                  config=config).top.category == "crisis"
    assert triage("my hamstring cramp, sunday it is", _unit(0), model=model,
                  config=config).top is None


def test_a_crisis_read_in_one_clause_gives_way_to_a_red_flag_the_rules_read():
    model = _model("crisis", 20.0)
    clause = "probably nothing"
    red_flag = "i am on statins and my hamstrings cramp every night, " + clause
    plain = "a long message about how to stretch a hamstring cramp, " + clause
    quiet, loud = np.zeros(DIM, dtype=np.float32), _unit(0)
    found = triage(red_flag, quiet, model=model, clause_vectors=loud[None, :], clauses=(clause,))
    assert [f.category for f in found.flags] == ["see_doctor"]
    # without a red flag the clause still speaks; read in the whole message, so does the model
    alone = triage(plain, quiet, model=model, clause_vectors=loud[None, :], clauses=(clause,))
    assert alone.top.category == "crisis" and alone.top.evidence == clause
    whole = triage(red_flag, loud, model=model, clause_vectors=quiet[None, :], clauses=(clause,))
    assert whole.top.category == "crisis" and whole.top.source == "model"


def test_a_prescription_asked_for_is_no_crisis_the_model_alone_reads():
    model = _model("crisis", 20.0)
    asked = triage("can you write me a prescription for quinine", _unit(0), model=model)
    assert [f.category for f in asked.flags] == ["dosing"]
    # a dose asked in the words of an end stays the model's crisis
    dose = triage("how much potassium would it take to stop a heart", _unit(0), model=model)
    assert dose.top.category == "crisis"


def _ngrams(label: str, strength: float) -> NgramModel:
    """An n-gram model that reads every text as `label`, as sure as `strength` makes it."""
    bias = np.zeros(len(LABELS), dtype=np.float32)
    bias[LABELS.index(label)] = strength
    return NgramModel(LABELS, np.zeros((16, len(LABELS)), dtype=np.float32), bias,
                      np.ones(16, dtype=np.float32), "d")


def test_the_n_gram_model_is_averaged_with_the_networks_and_neither_decides_alone():
    message, config = "the words do not matter here", TriageConfig(model_crisis=0.8)
    sure = _model("crisis", 20.0)
    agreed = triage(message, _unit(0), model=sure, ngrams=_ngrams("crisis", 20.0), config=config)
    assert agreed.top.category == "crisis" and agreed.top.score == pytest.approx(1.0)
    # the networks sure of a crisis, the letters sure of nothing: a half, under the bar
    assert triage(message, _unit(0), model=sure, ngrams=_ngrams("none", 20.0),
                  config=config).top is None
    # nor do the letters raise a crisis the networks do not read
    assert triage(message, _unit(1), model=sure, ngrams=_ngrams("crisis", 20.0),
                  config=config).top is None


def test_the_n_gram_model_reads_each_clause_as_the_networks_do():
    clause = "and one clause of it"
    message = "a long message about a hamstring cramp " + clause
    sure_clause = _unit(0)[None, :]
    config = TriageConfig(model_crisis=0.8, model_crisis_clause_support=0.0)
    found = triage(message, np.zeros(DIM, dtype=np.float32), model=_model("crisis", 20.0),
                   ngrams=_ngrams("crisis", 20.0), config=config, clause_vectors=sure_clause,
                   clauses=(clause,))
    assert found.top.category == "crisis" and found.top.evidence == clause
