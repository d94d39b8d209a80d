from __future__ import annotations

import json
import logging

import pytest

from corpus import CorpusError, load_corpus
from corpus.load import load_corpus_report, title_from_name


def test_default_corpus_ships_the_shared_articles_unchanged(shared_dir):
    SHARED_CORPUS = shared_dir / "corpus"
    from corpus import DEFAULT_CORPUS

    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    for path in sorted(SHARED_CORPUS.glob("*.txt")) + [SHARED_CORPUS / "sources.json"]:
        assert (DEFAULT_CORPUS / path.name).read_bytes() == path.read_bytes(), path.name


def test_titles_come_from_metadata_then_heading_then_file_name(articles):
    titles = {a.id: a.title for a in articles}
    assert titles["000_cd4fdf86e5cb0436"] == "How to Treat a Hamstring Cramp"
    assert titles["004_19625de971ab536a"] == "Untitled article 004"
    assert title_from_name(__import__("pathlib").Path("calf-cramps_9f8e7d6c5b4a.txt")) == "Calf cramps"


def test_metadata_comes_from_sources_json(articles):
    docus = next(a for a in articles if a.id.startswith("002"))
    assert docus.publisher == "Docus" and docus.date == "2024-04-22"


def test_bad_files_are_skipped_with_a_warning_naming_them(tmp_path, caplog):
    (tmp_path / "good.md").write_text("# Good\n\nStretch the muscle gently for thirty seconds.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 cramps are common after long rides.".encode("latin-1"))
    (tmp_path / "huge.txt").write_text("word " * 500_000)
    (tmp_path / "ads.txt").write_text("[Home](https://x.test)\n[Sign up](https://x.test/s)\n")
    with caplog.at_level(logging.WARNING):
        articles = load_corpus(tmp_path)
    assert [a.id for a in articles] == ["good"]
    for name in ("empty.txt", "binary.txt", "latin1.txt", "huge.txt", "ads.txt"):
        assert name in caplog.text


def test_a_sidecar_overrides_the_folder_metadata(tmp_path):
    (tmp_path / "calf.md").write_text("Stretch the calf gently until the cramp eases off.\n")
    (tmp_path / "sources.json").write_text(json.dumps({"calf.md": {"title": "Folder title"}}))
    (tmp_path / "calf.json").write_text(json.dumps({"title": "Sidecar title", "publisher": "P"}))
    article = load_corpus(tmp_path)[0]
    assert (article.title, article.publisher) == ("Sidecar title", "P")


def test_html_articles_load_their_main_content(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Calf cramps explained</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><article>"
        "<h1>Calf cramps explained</h1><p>A calf cramp is a sudden, painful tightening of the "
        "muscle at the back of the lower leg, and it usually passes within minutes.</p>"
        "<h2>What helps</h2><p>Gently stretching the calf by pulling the toes toward the shin "
        "often eases the cramp within a minute or two.</p></article>"
        "<footer>© 2024 Example. All rights reserved.</footer></body></html>")
    article = load_corpus(tmp_path)[0]
    assert article.title == "Calf cramps explained"
    assert "pulling the toes toward the shin" in article.text
    assert "Home" not in article.text and "©" not in article.text


def test_a_missing_or_useless_folder_says_what_to_do(tmp_path):
    with pytest.raises(CorpusError, match="no corpus folder at .*pass --corpus"):
        load_corpus(tmp_path / "nowhere")
    (tmp_path / "ads.txt").write_text("[Home](https://x.test)\n")
    with pytest.raises(CorpusError, match="no usable article"):
        load_corpus(tmp_path)
    assert load_corpus_report(tmp_path)[1][0].path.name == "ads.txt"


def test_the_articles_digest_changes_with_an_article_and_with_nothing_else(tmp_path):
    from corpus.load import articles_digest

    (tmp_path / "a.md").write_text("# A\n\nCramp is a painful contraction.\n")
    before = articles_digest(tmp_path)
    (tmp_path / "README.md").write_text("not an article")
    (tmp_path / "sources.json").write_text("{}")
    assert articles_digest(tmp_path) == before
    (tmp_path / "a.md").write_text("# A\n\nCramp is a sudden contraction.\n")
    assert articles_digest(tmp_path) != before
