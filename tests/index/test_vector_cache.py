"""Bank vectors kept on disk come back exactly, and a bad cache never stops the bot."""

from __future__ import annotations

import logging
import uuid

import numpy as np
import pytest

from index.vector_cache import cache_key, encode_cached
from tests.conftest import ROOT, CountingEncoder


@pytest.fixture()
def counting(fake_encoder):
    return CountingEncoder(fake_encoder)


TEXTS = ["my calf is swollen and hot", "thank you", "what is a cramp"]


def test_a_second_call_reads_the_same_vectors_from_disk(counting, tmp_path):
    first = encode_cached(counting, TEXTS, tmp_path)
    second = encode_cached(counting, TEXTS, tmp_path)
    assert len(counting.calls) == 1
    np.testing.assert_array_equal(first, second)
    assert [p.suffix for p in tmp_path.iterdir()] == [".npy"]  # no temporary file left


def test_other_texts_or_order_or_model_miss_the_cache(counting, tmp_path):
    encode_cached(counting, TEXTS, tmp_path)
    encode_cached(counting, TEXTS[::-1], tmp_path)
    encode_cached(counting, TEXTS[:2], tmp_path)
    assert len(counting.calls) == 3
    other = CountingEncoder(counting.inner)
    other.name = "another-model"
    assert cache_key(other, TEXTS) != cache_key(counting, TEXTS)


def test_a_damaged_or_misshapen_file_is_recomputed_and_replaced(counting, tmp_path, caplog):
    good = encode_cached(counting, TEXTS, tmp_path)
    path = next(tmp_path.iterdir())
    path.write_bytes(b"not a numpy file")
    with caplog.at_level(logging.WARNING):
        np.testing.assert_array_equal(encode_cached(counting, TEXTS, tmp_path), good)
    np.save(path, np.zeros((1, 2), dtype=np.float32))
    np.testing.assert_array_equal(encode_cached(counting, TEXTS, tmp_path), good)
    assert len(counting.calls) == 3 and "damaged" in caplog.text
    np.testing.assert_array_equal(np.load(path), good)  # mended on disk too


def test_a_cache_that_cannot_be_made_still_gives_vectors(counting, tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        vectors = encode_cached(counting, TEXTS, blocker / "cache")
    assert vectors.shape == (3, counting.dimension) and "could not keep" in caplog.text


def test_no_folder_means_no_cache(counting):
    encode_cached(counting, TEXTS, None)
    encode_cached(counting, TEXTS, None)
    assert len(counting.calls) == 2


def test_the_suite_keeps_its_vectors_out_of_the_projects_cache(counting, vector_cache):
    texts = [*TEXTS, f"a text no earlier run embedded: {uuid.uuid4()}"]
    encode_cached(counting, texts)  # the default folder, as the banks use it
    name = f"{cache_key(counting, texts)}.npy"
    project_copy = ROOT / "var" / "cache" / "vectors" / name
    written_there = project_copy.exists()
    project_copy.unlink(missing_ok=True)
    assert not written_there
    assert (vector_cache / name).is_file()
