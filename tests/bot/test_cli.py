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
    return Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None, scope_model=None),
                   encoder=fake_encoder, store=store)


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


class TokenizerLikeEncoder:
    """The fake encoder, refusing a lone surrogate as the real model's tokenizer does."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dimension = inner, inner.name, inner.dimension

    def encode(self, texts: list[str], *, progress: bool = False):
        for text in texts:
            text.encode("utf-8")  # UnicodeEncodeError on a lone surrogate
        return self.inner.encode(texts)


def nested(depth: int, inner: str = '"x"') -> str:
    return "[" * depth + inner + "]" * depth


BAD_LINES = {
    "lone surrogate in a history turn": (
        '{"id": 1, "question": "and how long?", "history": [{"role": "user", "content": '
        '{"text": "should I ice my hamstring \\ud800?"}}, {"role": "assistant", "content": '
        '[{"type": "text", "text": "Ice \\udfff helps."}]}]}', "answer"),
    "history nested hundreds deep": (
        '{"id": 2, "question": "What helps a cramp?", "history": [{"role": "user", "content": '
        + nested(600) + '}]}', "answer"),
    "turns nested in turns": (
        '{"id": 3, "question": "What helps a cramp?", "history": ['
        + '{"role": "user", "content": [' * 300 + '"x"' + "]}" * 300 + "]}", "answer"),
    "a line nested past the parser's depth": (nested(100_000), "invalid_input"),
    "an id nested deep": ('{"id": ' + nested(900) + ', "question": "cramp?"}', "invalid_input"),
}


@pytest.mark.parametrize("line, kind", BAD_LINES.values(), ids=BAD_LINES)
def test_whatever_a_line_holds_it_gets_its_own_record_and_the_batch_goes_on(
        chatbot, fake_encoder, line, kind):
    strict = Chatbot(chatbot.config, encoder=TokenizerLikeEncoder(fake_encoder), store=chatbot.store)
    lines = [line, json.dumps({"id": "next", "question": "Does massage help a cramp?"})]
    first, after = batch_replies(strict, lines)
    assert first["kind"] == kind, first["answer"]
    if kind == "invalid_input":
        assert "line 1" in first["answer"]
    assert after["id"] == "next" and after["kind"] == "answer"
    json.dumps(first, ensure_ascii=True)


def test_a_reply_that_fails_is_one_invalid_line_and_one_log_line(chatbot, caplog, monkeypatch):
    def failing(message, history=None):
        raise RuntimeError("the index caught fire " + "x" * 10_000)

    monkeypatch.setattr(chatbot, "reply", failing)
    with caplog.at_level("ERROR", logger="bot"):
        [record] = batch_replies(chatbot, [json.dumps({"id": 7, "question": "cramp?"})])
    assert record["id"] == 7 and record["kind"] == "invalid_input"
    assert "line 1 could not be answered (RuntimeError)" in record["answer"]
    [logged] = caplog.records
    assert logged.exc_info is None and len(logged.getMessage()) < 400
