"""The ONNX encoder gives sentence-transformers' vectors, whatever the batching."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.encoders.onnx_encoder import OnnxEncoder, plan_runs
from tests.conftest import ROOT, SHARED_EVAL

model = pytest.mark.model  # the tests that load the exported model (all but the pure ones)


def eval_questions() -> list[str]:
    questions = []
    for path in (ROOT / "evaluation" / "data" / "questions.jsonl", SHARED_EVAL / "dev_questions.jsonl"):
        if path.is_file():
            questions += [json.loads(line)["question"] for line in path.open() if line.strip()]
    return questions


@model
def test_the_same_vectors_as_sentence_transformers(onnx_encoder, real_encoder, articles):
    from corpus import chunk_article

    chunks = [chunk for article in articles for chunk in chunk_article(article)]
    texts = eval_questions() + [c.embed_text for c in chunks]
    texts += [s for c in chunks for s in c.sentence_texts()]
    texts += ["", "?", "Drink water. " * 300, "ünïcödé 🦵 数字"]  # empty, bare, past the window
    ours, theirs = onnx_encoder.encode(texts), real_encoder.encode(texts)
    cosines = np.sum(ours * theirs, axis=1)
    assert len(texts) > 300
    assert cosines.min() >= 0.9999, texts[int(cosines.argmin())]
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


@model
def test_a_text_gets_the_same_vector_alone_or_in_any_batch(onnx_encoder):
    texts = ["cramp", "How long should I hold a hamstring stretch?", "ice or heat", "x " * 50]
    batch = onnx_encoder.encode(texts)
    alone = np.vstack([onnx_encoder.encode([t]) for t in texts])
    reversed_batch = onnx_encoder.encode(texts[::-1])[::-1]
    np.testing.assert_allclose(batch, alone, atol=1e-5)
    np.testing.assert_allclose(batch, reversed_batch, atol=1e-5)
    assert onnx_encoder.encode([]).shape == (0, 384)


@model
def test_the_bot_retrieves_the_same_passages_with_either_encoder(real_chatbot, real_encoder):
    store = real_chatbot.store
    for question in eval_questions()[:40]:
        ours = store.search(real_chatbot.encoder.encode([question])[0], question, k=5)
        theirs = store.search(real_encoder.encode([question])[0], question, k=5)
        assert [h.chunk.id for h in ours] == [h.chunk.id for h in theirs], question


@pytest.mark.parametrize("field", ["threads", "batch_size", "batch_tokens"])
def test_encoder_settings_below_one_are_refused(tmp_path, field):
    with pytest.raises(ValueError, match=f"{field}=0"):
        OnnxEncoder(tmp_path, **{field: 0})


@given(st.lists(st.integers(1, 300), max_size=60), st.integers(1, 70), st.integers(1, 3000))
def test_runs_hold_every_text_once_within_their_row_and_token_limits(lengths, rows, tokens):
    runs = plan_runs(lengths, max_rows=rows, max_tokens=tokens)
    assert sorted(i for run in runs for i in run) == list(range(len(lengths)))
    for run in runs:
        assert len(run) <= rows
        assert len(run) == 1 or len(run) * max(lengths[i] for i in run) <= tokens
    longest = [max(lengths[i] for i in run) for run in runs]
    assert longest == sorted(longest)  # shortest first, so a run pads to similar lengths
    for run, after in zip(runs, runs[1:]):  # a run ends only when the next text cannot join
        assert len(run) == rows or (len(run) + 1) * lengths[after[0]] > tokens


@model
def test_how_texts_are_grouped_into_runs_and_blocks_does_not_change_their_vectors(
        onnx_encoder, articles, monkeypatch):
    from corpus import chunk_article

    texts = [c.embed_text for a in articles for c in chunk_article(a)][:40] + ["cramp", ""]
    one_by_one = OnnxEncoder(onnx_encoder.folder, batch_size=1).encode(texts)
    in_runs = OnnxEncoder(onnx_encoder.folder, batch_tokens=4096).encode(texts)
    np.testing.assert_allclose(in_runs, one_by_one, atol=1e-5)
    monkeypatch.setattr("index.encoders.onnx_encoder.TOKENIZE_BLOCK", 7)  # 6 blocks, the last of 0 texts
    np.testing.assert_allclose(onnx_encoder.encode(texts), one_by_one, atol=1e-5)
