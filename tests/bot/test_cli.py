from __future__ import annotations

import json

import pytest

from bot import Chatbot, ChatbotConfig
from bot.answer.config import AnswerConfig
from bot.records import quote_text
from bot.cli import batch_replies
from index import build_store

REPLY_FIELDS = {"id", "kind", "answer", "citations", "retrieved"}
CITATION_FIELDS = {"title", "source", "section", "passage", "quote", "score"}
RETRIEVED_FIELDS = {"title", "source", "section", "passage", "score"}


@pytest.fixture(scope="module")
def chatbot(articles, fake_encoder):
    store = build_store(articles, fake_encoder)
    return Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0)), encoder=fake_encoder, store=store)


def test_batch_answers_every_line_in_order_and_survives_a_bad_one(chatbot):
    lines = [
        json.dumps({"id": "a", "question": "How long should I hold a hamstring stretch?"}),
        "{this is not json",
        json.dumps({"id": "c", "question": "what about ice?",
                    "history": [{"role": "user", "content": "What helps a hamstring cramp?"}]}),
        json.dumps({"id": "d", "text": "no question field"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "f", "question": "Does massage help a cramp?"}),
    ]
    out = list(batch_replies(chatbot, lines))
    assert [r["id"] for r in out] == ["a", None, "c", "d", None, "f"]
    assert [r["kind"] for r in out] == ["answer", "invalid_input", "answer", "invalid_input",
                                        "invalid_input", "answer"]
    for record in out:
        assert set(record) == REPLY_FIELDS
        json.dumps(record)
        for citation in record["citations"]:
            assert CITATION_FIELDS <= set(citation)
            sentences = [citation["passage"][a:b] for a, b in citation["quote_spans"]]
            assert citation["quote"] == quote_text(citation["passage"], citation["quote_spans"])
            assert all(sentences)
        for hit in record["retrieved"]:
            assert RETRIEVED_FIELDS <= set(hit)
    assert len(out[0]["retrieved"]) == 10
    assert "line 2 is not valid JSON" in out[1]["answer"]


def test_retrieved_passages_are_in_rank_order(chatbot):
    record = next(batch_replies(chatbot, [json.dumps({"id": 1, "question": "foam roller"})]))
    scores = [hit["score"] for hit in record["retrieved"]]
    assert scores == sorted(scores, reverse=True) or len(set(scores)) < len(scores)
