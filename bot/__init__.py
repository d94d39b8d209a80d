"""A message and its history -> safety triage -> retrieval -> templated answer -> Reply."""

from bot.chatbot import Chatbot, ChatbotConfig
from bot.records import REPLY_KINDS, Citation, Reply, Turn

__all__ = ["REPLY_KINDS", "Chatbot", "ChatbotConfig", "Citation", "Reply", "Turn"]
