"""Shared by the reliability tests: a fast bot on the fake encoder."""

from __future__ import annotations

import pytest

from bot import Chatbot, ChatbotConfig
from bot.answer.config import AnswerConfig
from index import build_store


@pytest.fixture(scope="session")
def chatbot(articles, fake_encoder) -> Chatbot:
    """min_relevance=0 so the fake encoder's weak matches still go the whole way to an answer."""
    return Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None, scope_model=None),
                   encoder=fake_encoder, store=build_store(articles, fake_encoder)).load()
