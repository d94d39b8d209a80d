"""Triage's n-gram model: the pieces it reads, their weights, its file, and its probabilities."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.safety.model import LABELS, ModelError
from bot.safety.ngrams import (BUCKETS, DEFAULT_NGRAMS, NgramModel, bucket_counts, pieces,
                               weighted)


def test_pieces_are_two_to_five_letters_inside_each_padded_word():
    found = pieces("Kill it")
    assert {" k", "ki", "il", "ll", "l ", " ki", "kill ", " kill", " it "} <= set(found)
    assert all(2 <= len(piece) <= 5 for piece in found)
    assert not any(" " in piece.strip() for piece in found)  # no piece spans two words
    assert "kill" in pieces("skill") and " kil" not in pieces("skill")  # an edge is told apart


def test_a_word_shorter_than_a_piece_is_read_once_whole():
    assert pieces("a") == [" a", "a ", " a "]
    assert pieces("") == [] and pieces("   ") == []


def test_buckets_do_not_depend_on_the_process():
    # CRC-32, not Python's salted hash: a model fitted in one process reads alike in another
    assert bucket_counts("my legs cramp") == bucket_counts("my legs cramp")
    assert all(0 <= bucket < BUCKETS for bucket in bucket_counts("any text at all, 123 ü"))
    assert sum(bucket_counts("cramp cramp").values()) == 2 * len(pieces("cramp"))


def test_weights_are_of_unit_length_and_grow_slower_than_counts():
    idf = np.ones(BUCKETS, dtype=np.float32)
    index, values = weighted(bucket_counts("cramp cramp cramp stretch"), idf)
    assert np.isclose(np.linalg.norm(values), 1.0)
    weight = dict(zip(index.tolist(), values.tolist()))
    cramp, stretch = (next(iter(bucket_counts(f"{word}", BUCKETS))) for word in ("cramp", "stretch"))
    # a word said three times weighs more than one said once, but not three times as much:
    # 1 + log 3 to 1
    assert np.isclose(weight[cramp] / weight[stretch], 1 + np.log(3), rtol=1e-4)
    assert weighted(bucket_counts(""), idf)[0].size == 0


def _model(bias: dict[str, float], piece_weights: dict[str, dict[str, float]] | None = None,
           buckets: int = BUCKETS) -> NgramModel:
    weights = np.zeros((buckets, len(LABELS)), dtype=np.float32)
    for piece, by_label in (piece_weights or {}).items():
        for label, weight in by_label.items():
            weights[next(iter(bucket_counts(piece, buckets))), LABELS.index(label)] += weight
    return NgramModel(LABELS, weights,
                      np.array([bias.get(label, 0.0) for label in LABELS], dtype=np.float32),
                      np.ones(buckets, dtype=np.float32), "d")


def test_probabilities_are_a_softmax_per_text_read_from_its_pieces():
    model = _model({}, {" kill": {"crisis": 20.0}})
    found = model.probabilities(["i want to kill myself", "my skills at stretching", ""])
    assert found.shape == (3, len(LABELS))
    assert np.allclose(found.sum(axis=1), 1.0)
    assert found[0].argmax() == LABELS.index("crisis")
    assert np.allclose(found[1], found[2])  # no piece it weighs: the bias alone
    assert model.probabilities([]).shape == (0, len(LABELS))


def test_a_written_model_reads_back_the_same(tmp_path: Path):
    model = _model({"none": 1.0}, {" kill": {"crisis": 3.0}})
    model.write(tmp_path / "n.npz")
    again = NgramModel.read(tmp_path / "n.npz", LABELS)
    assert again.labels == LABELS and again.digest == "d"
    texts = ["kill", "stretch"]
    assert np.allclose(again.probabilities(texts), model.probabilities(texts), atol=1e-3)


def test_a_bad_file_names_itself_and_the_way_out(tmp_path: Path):
    with pytest.raises(ModelError, match="missing.npz.*python -m evaluation.triage_model fit"):
        NgramModel.read(tmp_path / "missing.npz", LABELS)
    _model({}).write(tmp_path / "n.npz")
    with pytest.raises(ModelError, match="has labels"):
        NgramModel.read(tmp_path / "n.npz", ("none", "crisis"))
    with pytest.raises(ModelError, match="needs weights of shape"):
        NgramModel(LABELS, np.zeros((4, 2)), np.zeros(len(LABELS)), np.ones(4), "d")


def test_the_shipped_model_reads_a_crisis_misspelt_as_a_crisis():
    model = NgramModel.read(DEFAULT_NGRAMS, LABELS)
    found = model.probabilities(["i want to kil myslef tonight", "how long should i hold a "
                                 "hamstring stretch"])
    assert found[0].argmax() == LABELS.index("crisis")
    assert found[1].argmax() == LABELS.index("none")
