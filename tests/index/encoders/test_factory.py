"""`load_encoder` chooses the backend, makes the export again when it is damaged, and falls back
to sentence-transformers when ONNX cannot be had."""

from __future__ import annotations

import logging
import os
import shutil

import pytest

from index.encoders import OnnxEncoder, SentenceEncoder, check_backend, factory, load_encoder
from index.encoders.onnx_encoder import MODEL_FILE
from index.encoders.onnx_export import ExportFailed

model = pytest.mark.model  # the tests that load the exported model


@model
def test_a_damaged_export_with_its_old_size_and_time_is_made_again(onnx_encoder, tmp_path,
                                                                   monkeypatch, caplog):
    folder = tmp_path / "encoder"
    shutil.copytree(onnx_encoder.folder, folder)
    model = folder / MODEL_FILE
    stat = model.stat()
    model.write_bytes(b"\0" * stat.st_size)  # same size...
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # ...and time: only ONNX notices
    exported = []

    def fake_export(target, *, force=False):
        exported.append(target)
        shutil.rmtree(target)
        shutil.copytree(onnx_encoder.folder, target)

    monkeypatch.setattr(factory, "export_onnx", fake_export)
    with caplog.at_level(logging.WARNING):
        encoder = load_encoder("onnx", folder)
    assert exported == [folder] and isinstance(encoder, OnnxEncoder)
    assert "exporting it again" in caplog.text
    assert encoder.encode(["cramp"]).shape == (1, 384)


def test_a_failed_export_falls_back_to_sentence_transformers(tmp_path, monkeypatch, caplog):
    def failing_export(target, *, force=False):
        raise ExportFailed("lowest cosine 0.5")

    monkeypatch.setattr(factory, "export_onnx", failing_export)
    monkeypatch.setattr(SentenceEncoder, "load", lambda self: self)  # no need to load it here
    with caplog.at_level(logging.WARNING):
        encoder = load_encoder("onnx", tmp_path / "encoder")
    assert isinstance(encoder, SentenceEncoder)
    assert "instead of ONNX Runtime" in caplog.text and "0.5" in caplog.text


def test_an_unknown_backend_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="onnx, onnx-int8, sentence-transformers.*'tensorflow'"):
        load_encoder("tensorflow")
    with pytest.raises(ValueError, match=r"^encoder must be one of onnx, onnx-int8, sentence-transformers "
                                         r"\(got encoder='tensorflow'\)$"):
        check_backend("tensorflow", name="encoder")  # as a setting of another name says it
    check_backend("sentence-transformers")
