"""What was asked: a message checked, folded, read against its conversation and spelling-mended
once, into a `Query` (read.py); the topic words, follow-ups and intents it is read with."""

from bot.query.read import Query, QueryVectors, embed_query, read_message

__all__ = ["Query", "QueryVectors", "embed_query", "read_message"]
