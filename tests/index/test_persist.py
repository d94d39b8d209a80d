from __future__ import annotations

import json
import logging

import pytest

from index import (IndexCorrupt, IndexMissing, IndexStale, build_index, load_store, open_index)
from index.ann import AnnConfig
from index.persist import DENSE, MANIFEST


@pytest.fixture()
def built(corpus_copy, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    store = build_index(corpus_copy, index_dir, fake_encoder)
    return corpus_copy, index_dir, store


def hits_of(store, fake_encoder, query="how long should I ice a hamstring cramp"):
    vector = fake_encoder.encode([query])[0]
    return [(h.chunk.id, round(h.score, 6)) for h in store.search(vector, query, k=10)]


def test_save_load_gives_the_same_hits(built, fake_encoder):
    _, index_dir, store = built
    loaded = load_store(index_dir)
    assert hits_of(loaded, fake_encoder) == hits_of(store, fake_encoder)
    assert [c.id for c in loaded.chunks] == [c.id for c in store.chunks]
    assert loaded.articles.keys() == store.articles.keys()


def test_the_manifest_records_what_the_index_was_built_from(built):
    _, index_dir, store = built
    manifest = json.loads((index_dir / MANIFEST).read_text())
    assert manifest["format"] == 1
    assert manifest["model"] == "fake-hashing-encoder" and manifest["dimension"] == 64
    assert manifest["normalised"] is True and manifest["metric"] == "inner_product"
    assert manifest["counts"]["chunks"] == len(store.chunks)
    assert len(manifest["fingerprint"]) == 64
    assert DENSE in manifest["files"]


def test_a_changed_article_makes_the_index_stale_and_it_is_rebuilt(built, fake_encoder, caplog):
    corpus_dir, index_dir, _ = built
    article = corpus_dir / "004_19625de971ab536a.txt"
    article.write_text(article.read_text() + "\nPickle juice is said to help some runners quickly.\n")
    with caplog.at_level(logging.WARNING):
        store = open_index(index_dir, corpus_dir, fake_encoder)
    assert "built from other articles or settings" in caplog.text
    assert any("Pickle juice" in c.text for c in store.chunks)
    with pytest.raises(IndexStale):
        article.write_text("Changed again, with a whole new sentence about cramps.")
        open_index(index_dir, corpus_dir, fake_encoder, rebuild=False)


def test_other_ann_settings_make_the_index_stale(built, fake_encoder, monkeypatch):
    import index.build

    corpus_dir, index_dir, _ = built
    monkeypatch.setattr(index.build, "AnnConfig", lambda: AnnConfig(exact_below=10))
    with pytest.raises(IndexStale):
        open_index(index_dir, corpus_dir, fake_encoder, rebuild=False)


def test_a_truncated_index_file_is_detected_and_rebuilt(built, fake_encoder, caplog):
    corpus_dir, index_dir, store = built
    dense = index_dir / DENSE
    dense.write_bytes(dense.read_bytes()[: dense.stat().st_size // 2])
    with pytest.raises(IndexCorrupt, match="does not match its checksum"):
        load_store(index_dir)
    with caplog.at_level(logging.WARNING):
        rebuilt = open_index(index_dir, corpus_dir, fake_encoder)
    assert "checksum" in caplog.text
    assert hits_of(rebuilt, fake_encoder) == hits_of(store, fake_encoder)


def test_refusing_to_rebuild_says_how_to(tmp_path, corpus_copy, fake_encoder):
    with pytest.raises(IndexMissing, match="python -m index build --corpus"):
        open_index(tmp_path / "none", corpus_copy, fake_encoder, rebuild=False)


def test_an_interrupted_swap_restores_the_previous_index(built, fake_encoder):
    _, index_dir, store = built
    index_dir.rename(index_dir.with_name(index_dir.name + ".old"))
    assert hits_of(load_store(index_dir), fake_encoder) == hits_of(store, fake_encoder)


def test_an_index_file_unlike_its_manifest_is_corrupt(built):
    _, index_dir, _ = built
    manifest = json.loads((index_dir / MANIFEST).read_text())
    assert manifest["faiss"] == "IndexFlatIP"  # 58 passages: exact search
    manifest["faiss"] = "IndexIVFFlat(nlist=8,nprobe=2)"
    (index_dir / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexCorrupt, match="IndexFlatIP"):
        load_store(index_dir)
