"""The invariants every reply keeps, whatever came in."""

from __future__ import annotations

import json

from bot import Reply
from bot.records import REPLY_KINDS, quote_text

# Payloads a person (or an attacker) may paste; none of them may come back live in a reply.
LIVE_MARKUP = ("<script", "<img", "<iframe", "javascript:", "onerror=")


def assert_well_formed(reply: Reply, message: object = "") -> None:
    """Every reply, whatever came in: a known kind, some text, citations that quote their passage."""
    assert reply.kind in REPLY_KINDS
    assert isinstance(reply.text, str) and reply.text.strip()
    assert [c.number for c in reply.citations] == list(range(1, len(reply.citations) + 1))
    for citation in reply.citations:
        assert citation.quote_spans, citation
        assert all(0 <= a < b <= len(citation.passage) for a, b in citation.quote_spans), citation
        assert citation.quote == quote_text(citation.passage, citation.quote_spans)
    lowered = reply.text.lower()
    if isinstance(message, str):
        for payload in LIVE_MARKUP:
            if payload in message.lower():
                assert payload not in lowered, (payload, reply.text)
    json.dumps(reply.to_json())
