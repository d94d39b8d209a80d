"""`python -m index build`: what it does before (and without) loading the model."""

from __future__ import annotations

import index.__main__ as command
from index import build_index
from index.encoders import MODEL_NAME
from tests.conftest import FakeEncoder


class ModelNamedEncoder(FakeEncoder):
    """The fake encoder under the real model's name and size, so its index fingerprints as real."""

    name = MODEL_NAME
    dimension = 384


def refuse_to_load(*args, **kwargs):
    raise AssertionError("the model was loaded")


def test_if_stale_on_a_fresh_index_returns_without_loading_the_model(
        corpus_copy, tmp_path, monkeypatch, capsys):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, ModelNamedEncoder())
    monkeypatch.setattr(command, "load_encoder", refuse_to_load)
    code = command.main(["build", "--if-stale", "--corpus", str(corpus_copy), "--out", str(index_dir)])
    assert code == 0
    assert "is up to date" in capsys.readouterr().out


def test_if_stale_on_a_stale_index_loads_the_model_and_rebuilds(
        corpus_copy, tmp_path, monkeypatch, capsys):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, ModelNamedEncoder())
    article = corpus_copy / "004_19625de971ab536a.txt"
    article.write_text(article.read_text() + "\nPickle juice is said to help some runners quickly.\n")
    loads = []
    monkeypatch.setattr(command, "load_encoder", lambda *a, **k: loads.append(a) or ModelNamedEncoder())
    code = command.main(["build", "--if-stale", "--corpus", str(corpus_copy), "--out", str(index_dir)])
    assert code == 0 and len(loads) == 1
    assert "building:" in capsys.readouterr().out


def test_if_stale_on_a_damaged_index_rebuilds_it(corpus_copy, tmp_path, monkeypatch, capsys):
    from index.persist import CHUNKS, load_store

    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, ModelNamedEncoder())
    chunks = index_dir / CHUNKS
    data = bytearray(chunks.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size, same manifest: only the checksum tells
    chunks.write_bytes(bytes(data))
    monkeypatch.setattr(command, "load_encoder", lambda *a, **k: ModelNamedEncoder())
    code = command.main(["build", "--if-stale", "--corpus", str(corpus_copy), "--out", str(index_dir)])
    assert code == 0
    assert "does not match its checksum" in capsys.readouterr().out
    load_store(index_dir)  # whole again


def test_an_index_folder_that_cannot_be_written_is_one_error_line(
        corpus_copy, tmp_path, monkeypatch, capsys):
    import errno

    from index import persist

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(persist.tempfile, "mkdtemp", read_only)
    monkeypatch.setattr(command, "load_encoder", lambda *a, **k: ModelNamedEncoder())
    code = command.main(["build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "index")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"error: cannot write the index at {tmp_path / 'index'} "
                          f"(Read-only file system)")
