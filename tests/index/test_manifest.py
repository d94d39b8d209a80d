"""The manifest record is manifest.json field for field, and a manifest unlike one is corrupt."""

from __future__ import annotations

import json

import pytest

from index import IndexCorrupt, build_index, load_store
from index.manifest import Counts, Manifest
from index.persist import MANIFEST, read_manifest

ON_DISK = {"model", "dimension", "normalised", "metric", "faiss", "settings", "counts",
           "built_at", "build_seconds", "fingerprint", "corpus", "format", "files"}


@pytest.fixture()
def index_dir(corpus_copy, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, fake_encoder)
    return index_dir


def test_the_saved_manifest_reads_back_as_the_record_it_was_written_from(corpus_copy, tmp_path,
                                                                        fake_encoder):
    store = build_index(corpus_copy, tmp_path / "index", fake_encoder)
    data = json.loads((tmp_path / "index" / MANIFEST).read_text())
    assert set(data) == ON_DISK and set(data["counts"]) == {"articles", "chunks", "sentences"}
    assert read_manifest(tmp_path / "index") == store.manifest
    assert Manifest.from_json(store.manifest.to_json()) == store.manifest
    assert store.manifest.counts == Counts(articles=len(store.articles), chunks=len(store.chunks),
                                           sentences=len(store.sentence_vectors))


def test_a_store_built_in_memory_writes_no_empty_source():
    manifest = Manifest(model="m", dimension=8, faiss="IndexFlatIP", settings={},
                        counts=Counts(1, 2, 3), built_at="2026-01-01T00:00:00Z", build_seconds=0.1)
    assert {"fingerprint", "corpus", "format"}.isdisjoint(manifest.to_json())


def test_a_manifest_from_before_the_faiss_field_loads(index_dir):
    data = json.loads((index_dir / MANIFEST).read_text())
    del data["faiss"]
    (index_dir / MANIFEST).write_text(json.dumps(data))
    assert read_manifest(index_dir).faiss == ""
    assert len(load_store(index_dir, verify=False)) > 0


@pytest.mark.parametrize(("change", "message"), [
    (lambda data: data.pop("model"), "a field is missing or unknown: .*'model'"),
    (lambda data: data.update(colour="blue"), "a field is missing or unknown: .*'colour'"),
    (lambda data: data["counts"].pop("chunks"), "a field is missing or unknown: .*'chunks'"),
])
def test_a_manifest_missing_a_field_or_with_one_unknown_is_corrupt(index_dir, change, message):
    data = json.loads((index_dir / MANIFEST).read_text())
    change(data)
    (index_dir / MANIFEST).write_text(json.dumps(data))
    with pytest.raises(IndexCorrupt, match=message):
        read_manifest(index_dir)


def test_a_manifest_that_is_not_an_object_is_corrupt(index_dir):
    (index_dir / MANIFEST).write_text("[1]")
    with pytest.raises(IndexCorrupt, match="has format None, this version reads format 1"):
        read_manifest(index_dir)
