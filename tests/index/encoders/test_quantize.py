"""The int8 copy of the export: made once, remade when its source or its bytes change, close to
the float32 vectors, cached apart from them, and never used to embed passages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from index.encoders import OnnxEncoder, build_encoder, load_encoder
from index.encoders.quantize import INT8_FILE, INT8_INFO, is_quantized
from index.vector_cache import cache_key

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def folder(onnx_encoder, tmp_path_factory):
    """A copy of the float32 export, quantised once for the module."""
    target = tmp_path_factory.mktemp("int8") / "encoder"
    shutil.copytree(onnx_encoder.folder, target,
                    ignore=shutil.ignore_patterns(INT8_FILE, INT8_INFO))
    load_encoder("onnx-int8", target)
    return target


def test_the_int8_copy_stays_close_to_the_float32_vectors(folder, onnx_encoder):
    questions = [json.loads(line)["question"] for line in
                 (ROOT / "evaluation" / "data" / "questions.jsonl").read_text().splitlines()]
    int8 = load_encoder("onnx-int8", folder)
    cosines = (int8.encode(questions) * onnx_encoder.encode(questions)).sum(axis=1)
    assert cosines.min() >= 0.98 and cosines.mean() >= 0.99
    assert not np.allclose(cosines, 1.0)  # it is really another graph


def test_a_damaged_or_outdated_copy_is_made_again(folder):
    assert is_quantized(folder)
    copy = folder / INT8_FILE
    original = copy.read_bytes()
    copy.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))  # one bit, same size
    assert not is_quantized(folder)
    load_encoder("onnx-int8", folder)
    assert is_quantized(folder) and copy.read_bytes() == original
    info = json.loads((folder / INT8_INFO).read_text())
    info["source"] = {name: "0" * 64 for name in info["source"]}  # a new float32 export
    (folder / INT8_INFO).write_text(json.dumps(info))
    assert not is_quantized(folder)


def test_questions_in_int8_are_cached_apart_and_passages_are_built_in_float32(folder):
    int8 = OnnxEncoder(folder, model_file=INT8_FILE)
    float32 = OnnxEncoder(folder)
    assert int8.name == float32.name  # an index built by either serves the other...
    assert cache_key(int8, ["cramp"]) != cache_key(float32, ["cramp"])  # ...but not caches
    builder = build_encoder("onnx-int8", folder)
    assert isinstance(builder, OnnxEncoder) and builder.model_file != INT8_FILE
