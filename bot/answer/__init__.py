"""The answer: sentences of the retrieved passages chosen, quoted word for word and cited, or a
plain "not covered" / "off topic" / small-talk reply (compose.py orchestrates)."""

from bot.answer.compose import Answerer
from bot.answer.config import AnswerConfig

__all__ = ["AnswerConfig", "Answerer"]
