"""The page's API, driven with gradio_client against the running app."""

from __future__ import annotations

import re
import socket

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]
QUESTION = "How long should I hold a hamstring stretch?"


@pytest.fixture()
def client(server):
    from gradio_client import Client

    return Client(server.url, verbose=False)


def text_of(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else " ".join(p["text"] for p in content)


def test_only_chat_ask_and_article_are_public_endpoints(client):
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert set(endpoints) == {"/chat", "/ask", "/article"}


def test_ask_returns_the_reply_as_json_with_its_citations(client):
    reply = client.predict(QUESTION, [], api_name="/ask")
    assert reply["kind"] == "answer" and reply["citations"] and len(reply["retrieved"]) == 10
    for citation in reply["citations"]:
        assert f"[{citation['number']}]" in reply["answer"]
        for a, b in citation["quote_spans"]:
            assert citation["passage"][a:b] in citation["quote"]


def test_article_returns_the_cleaned_text_each_citation_quotes_in_place(client):
    reply = client.predict(QUESTION, [], api_name="/ask")
    for citation in reply["citations"]:
        article = client.predict(citation["source"], api_name="/article")
        assert article["id"] == citation["source"] and article["title"] == citation["title"]
        text, start = article["text"], citation["passage_start"]
        assert text[start:start + len(citation["passage"])] == citation["passage"]
        assert ([text[a:b] for a, b in citation["article_spans"]]
                == [citation["passage"][a:b] for a, b in citation["quote_spans"]])
        assert "".join(b["text"] + "\n" for b in article["blocks"]) == text + "\n"
        assert all(text[b["start"]:b["end"]] == b["text"] for b in article["blocks"])
    with pytest.raises(Exception, match="no article 'nope'"):
        client.predict("nope", api_name="/article")


def test_chat_keeps_the_conversation_and_returns_the_source_cards(client):
    messages, box, sources, retrieved, banner = client.predict(QUESTION, api_name="/chat")
    assert [m["role"] for m in messages] == ["user", "assistant"] and box == ""
    answer = text_of(messages[1])
    numbers = re.findall(r"href=\"#source-1-(\d+)\"", answer)
    assert numbers
    for number in numbers:
        assert f"id='source-1-{number}'" in sources
    assert "<mark>" in sources and retrieved.count("<li class='retrieved'>") == 10
    assert banner == ""
    messages, *_ = client.predict("and how often?", api_name="/chat")
    assert len(messages) == 4 and text_of(messages[2]) == "and how often?"
    assert text_of(messages[1]) == answer


@pytest.mark.parametrize("endpoint", ["/ask", "/chat"])
def test_the_length_limit_holds_for_api_callers_too(client, endpoint):
    long_message = "cramp " * 1000
    if endpoint == "/ask":
        reply = client.predict(long_message, [], api_name="/ask")
        assert reply["kind"] == "invalid_input" and "under 2,000 characters" in reply["answer"]
        return
    messages, *_ = client.predict(long_message, api_name="/chat")
    assert "under 2,000 characters" in text_of(messages[1])
    assert len(text_of(messages[0])) < 2100  # the echo is cut too, not kept whole


def test_the_server_listens_on_loopback_only(server):
    # Bound to 127.0.0.1, the port is closed on every other address, 127.0.0.2 included.
    socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.2", server.port), timeout=2).close()


@pytest.mark.parametrize("route", ["run/chat", "api/chat", "run/ask"])
def test_direct_posts_cannot_skip_the_queue(server, route):
    import httpx

    response = httpx.post(f"{server.url}gradio_api/{route}", json={"data": [QUESTION, []]})
    assert response.status_code >= 400 and "queue" in response.text
