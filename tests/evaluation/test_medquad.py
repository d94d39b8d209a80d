"""MedQuAD as a benchmark, kept small: the muscle subset with the fake encoder."""

from __future__ import annotations

import pytest

from bot.chatbot import Chatbot, ChatbotConfig
from evaluation.medquad import (evaluate_medquad, medquad_chatbot, load_articles, load_queries, open_medquad_index,
                         rank_documents, subset_dir)
from index.records import Hit
from tests.conftest import CountingEncoder


@pytest.fixture(scope="module")
def muscle(shared_dir):
    folder = shared_dir / "medquad" / "muscle_subset"
    if not (folder / "corpus.jsonl").is_file():
        pytest.skip("../shared/medquad is not beside the project")
    return folder


def test_answers_become_articles_whose_chunks_slice_back_and_carry_the_title(muscle):
    from corpus import chunk_article

    articles = load_articles(muscle / "corpus.jsonl")
    assert len(articles) == 650
    for article in articles[:80]:
        chunks = chunk_article(article)
        assert chunks and all(article.text[c.start:c.end] == c.text for c in chunks)
        assert all(len(c.text) <= 600 or len(c.sentences) == 1 for c in chunks)
        assert all(c.embed_text.startswith(f"{article.title}. ") for c in chunks)


@pytest.fixture(scope="module")
def built(muscle, fake_encoder, tmp_path_factory):
    """The muscle subset indexed once for the module, and the encoder that embedded it."""
    encoder = CountingEncoder(fake_encoder)
    index_dir = tmp_path_factory.mktemp("medquad") / "index"
    return index_dir, open_medquad_index(muscle, index_dir, encoder), encoder


def test_the_index_is_cached_and_a_second_open_embeds_nothing(muscle, built):
    index_dir, store, encoder = built
    assert len(encoder.texts) == len(store) > 650 and store.manifest.counts.sentences == 0
    again = open_medquad_index(muscle, index_dir, encoder)
    assert len(encoder.texts) == len(store) and len(again) == len(store)
    assert again.manifest.fingerprint == store.manifest.fingerprint


def test_the_benchmark_reports_document_level_figures_per_mode(muscle, built, fake_encoder):
    _, store, _ = built
    queries = load_queries(muscle / "queries_dev.jsonl")[:40]
    chatbot = medquad_chatbot(Chatbot(ChatbotConfig(triage_bank=None, triage_model=None, scope_model=None),
                                      encoder=fake_encoder), store)
    result = evaluate_medquad(chatbot, queries)
    assert result["queries"] == 40 and set(result["modes"]) == {"dense", "lexical", "hybrid"}
    for figures in result["modes"].values():
        assert 0 <= figures["hit@1"] <= figures["mrr@10"] <= figures["hit@10"] <= 1
    # a plain BM25 over title, section and text finds most of these templated questions
    assert result["modes"]["lexical"]["hit@10"] >= 0.8


def test_chunks_fold_into_documents_in_rank_order(articles):
    from corpus import chunk_article

    chunks = [c for a in articles[:2] for c in chunk_article(a)]
    a, b = chunks[0], chunks[-1]
    hits = [Hit(c, 1.0) for c in (a, a, b, a, b)]
    assert rank_documents(hits) == [a.article_id, b.article_id]
    assert rank_documents(hits, n=1) == [a.article_id]


def test_an_unknown_subset_is_named(tmp_path):
    with pytest.raises(ValueError, match=r"subset must be one of all, muscle \(got subset='x'\)"):
        subset_dir(tmp_path, "x")
