"""The softmax model every learned layer ships: an ensemble averages its members."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.softmax import ModelError, SoftmaxModel

DIM = 6
WIDTH = 4


class ThreeWay(SoftmaxModel):
    LABELS = ("a", "b", "c")
    NAME = "test model"


def _member(seed: int) -> ThreeWay:
    rng = np.random.default_rng(seed)
    return ThreeWay(rng.normal(size=(3, WIDTH)).astype(np.float32),
                    rng.normal(size=3).astype(np.float32), "test", "d",
                    hidden_weights=rng.normal(size=(WIDTH, DIM)).astype(np.float32),
                    hidden_bias=rng.normal(size=WIDTH).astype(np.float32))


def _ensemble(*members: ThreeWay) -> ThreeWay:
    return ThreeWay(*(np.stack([getattr(m, name) for m in members])
                      for name in ("weights", "bias")), "test", "d",
                    hidden_weights=np.stack([m.hidden_weights for m in members]),
                    hidden_bias=np.stack([m.hidden_bias for m in members]))


def test_an_ensemble_is_the_mean_of_its_members_probabilities():
    members = [_member(seed) for seed in range(3)]
    ensemble = _ensemble(*members)
    vectors = np.random.default_rng(9).normal(size=(5, DIM)).astype(np.float32)
    expected = np.mean([m.probabilities(vectors) for m in members], axis=0)
    assert ensemble.members == 3 and members[0].members == 1
    assert ensemble.dimension == DIM
    assert np.allclose(ensemble.probabilities(vectors), expected, atol=1e-6)
    assert np.allclose(ensemble.probabilities(vectors).sum(axis=1), 1.0)


def test_an_ensemble_of_one_is_its_member():
    member = _member(0)
    vectors = np.random.default_rng(1).normal(size=(2, DIM)).astype(np.float32)
    assert np.allclose(_ensemble(member).probabilities(vectors), member.probabilities(vectors))


def test_an_ensemble_is_sure_only_where_every_member_is():
    # two members sure of opposite labels: the mean is sure of neither
    sure_a = ThreeWay(np.array([[9.0], [0.0], [0.0]]), np.zeros(3), "test", "d")
    sure_b = ThreeWay(np.array([[0.0], [9.0], [0.0]]), np.zeros(3), "test", "d")
    both = ThreeWay(np.stack([sure_a.weights, sure_b.weights]), np.zeros((2, 3)), "test", "d")
    found = both.probabilities(np.ones((1, 1)))[0]
    assert sure_a.probabilities(np.ones((1, 1)))[0, 0] > 0.99
    assert found.max() < 0.51


def test_an_ensemble_is_written_and_read_back(tmp_path: Path):
    ensemble = _ensemble(_member(0), _member(1))
    ensemble.write(tmp_path / "m.npz")
    again = ThreeWay.read(tmp_path / "m.npz", encoder="test", dimension=DIM)
    vectors = np.eye(DIM, dtype=np.float32)
    assert again.members == 2
    assert np.array_equal(again.probabilities(vectors), ensemble.probabilities(vectors))


def test_members_must_agree_in_number_and_shape():
    one, two = _member(0), _member(1)
    with pytest.raises(ModelError, match="one bias per label"):
        ThreeWay(np.stack([one.weights, two.weights]), one.bias, "test", "d")
    with pytest.raises(ModelError, match="does not feed its output weights"):
        ThreeWay(np.stack([one.weights, two.weights]), np.stack([one.bias, two.bias]), "test",
                 "d", hidden_weights=one.hidden_weights[None], hidden_bias=one.hidden_bias[None])
