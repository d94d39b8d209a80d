from __future__ import annotations

import pytest

from bot import Chatbot, ChatbotConfig
from bot.answer import AnswerConfig
from bot.chatbot import invalid_reason
from index import build_store


@pytest.fixture(scope="module")
def chatbot(articles, fake_encoder):
    return Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0)), encoder=fake_encoder,
                   store=build_store(articles, fake_encoder))


@pytest.mark.parametrize("message", ["", "   \n\t", "\u200b\u200b", "\x00\x01", "🙂🙂", None, 42])
def test_unreadable_messages_get_a_kind_invalid_input_reply(chatbot, message):
    reply = chatbot.reply(message)
    assert reply.kind == "invalid_input" and reply.text and not reply.citations


def test_too_long_messages_say_the_limit():
    assert "under 2,000 characters" in invalid_reason("a" * 2001, 2000)
    assert invalid_reason("a" * 2000, 2000) is None


def test_an_answer_quotes_its_citations_verbatim(chatbot):
    reply = chatbot.reply("How long should I hold a hamstring stretch?")
    assert reply.kind == "answer" and reply.citations
    for citation in reply.citations:
        assert f"[{citation.number}]" in reply.text
        assert citation.quote in reply.text
        for a, b in citation.quote_spans:
            assert citation.passage[a:b] in citation.quote
    assert [c.number for c in reply.citations] == list(range(1, len(reply.citations) + 1))


def test_the_config_names_the_bad_value():
    with pytest.raises(ValueError, match=r"top_k must be at least 1 \(got top_k=0\)"):
        ChatbotConfig(top_k=0)
