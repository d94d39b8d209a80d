from __future__ import annotations

import pytest

from corpus import ChunkConfig, chunk_article, load_corpus, split_sentences
from corpus.chunk import split_sections


def all_chunks(articles, config=ChunkConfig()):
    return [c for a in articles for c in chunk_article(a, config)]


def test_a_span_slices_back_to_its_exact_text(articles):
    texts = {a.id: a.text for a in articles}
    for chunk in all_chunks(articles):
        assert texts[chunk.article_id][chunk.start:chunk.end] == chunk.text
        for a, b in chunk.sentences:
            sentence = chunk.text[a:b]
            assert sentence and sentence == sentence.strip()


def test_a_block_span_slices_back_to_its_block(articles):
    for article in articles:
        spans = article.block_spans()
        assert [article.text[a:b] for a, b in spans] == [block.text for block in article.blocks]


def test_every_sentence_of_an_article_lands_in_some_chunk(articles):
    for article in articles:
        spans = [(c.start + a, c.start + b) for c in chunk_article(article) for a, b in c.sentences]
        text = article.text
        for section in split_sections(article):
            for start, end in section.lines:
                for a, b in split_sentences(text[start:end]):
                    assert (start + a, start + b) in spans, text[start + a:start + b]


def test_headings_are_sections_not_passage_text(articles):
    for chunk in all_chunks(articles):
        assert chunk.section
        assert not chunk.text.startswith(chunk.section.split(" › ")[-1] + "\n")


@pytest.mark.parametrize("max_chars", [200, 600, 1200])
def test_no_chunk_is_longer_than_asked_unless_one_sentence_is(articles, max_chars):
    for chunk in all_chunks(articles, ChunkConfig(max_chars=max_chars)):
        assert len(chunk.text) <= max_chars or len(chunk.sentences) == 1


def test_ids_are_stable_across_rebuilds(articles):
    from corpus import DEFAULT_CORPUS

    again = load_corpus(DEFAULT_CORPUS)
    assert [c.id for c in all_chunks(articles)] == [c.id for c in all_chunks(again)]
    ids = [c.id for c in all_chunks(articles)]
    assert len(ids) == len(set(ids))


def test_no_chunk_exceeds_the_model_window(articles):
    from tokenizers import Tokenizer

    from index.encoders import bundled_model_path

    tokenizer = Tokenizer.from_file(f"{bundled_model_path()}/tokenizer.json")
    for chunk in all_chunks(articles):
        assert len(tokenizer.encode(chunk.embed_text).ids) <= 256, chunk.id


def test_the_config_refuses_a_useless_size():
    with pytest.raises(ValueError, match=r"max_chars must be at least 80 \(got max_chars=10\)"):
        ChunkConfig(max_chars=10)
