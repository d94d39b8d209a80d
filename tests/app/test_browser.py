"""The chat page in a real Chromium: answers, markers, highlighted sources, inert input.

Set UPDATE_SCREENSHOT=1 to also write the README's docs/screenshot.png.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator

import pytest

from bot import ChatbotConfig, Reply
from tests.app.browser import (ANSWER_WAIT, PHONE, ROOT, ask, needs_chromium, next_rating,
                               only_local_requests, open_page, ratings, squash)

QUESTION = "Should I use heat or ice?"
URGENT = "My chest hurts and I can't breathe after a cramp"

pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.mark.model
@pytest.mark.slow
def test_an_answer_links_its_markers_to_passages_with_the_quote_marked(browser, server, tmp_path):
    from gradio_client import Client

    expected = Client(server.url, verbose=False).predict(QUESTION, [], api_name="/ask")
    assert expected["kind"] == "answer" and expected["citations"]
    page = open_page(browser, server.url)
    assert "not a doctor" in page.inner_text("#intro")
    ask(page, QUESTION, 1)
    answer = page.locator("#chat [data-testid=bot]").last
    # A marker shows "[n]" and is named "source n, <title>" for a screen reader.
    titles = {str(c["number"]): c["title"] for c in expected["citations"]}
    named = re.sub(r"\[(\d+)\]", lambda m: f" source {m[1]}, {titles[m[1]]} ", expected["answer"])
    assert squash(answer.inner_text()) == squash(re.sub(r"(?m)^- ", "", named))
    markers = answer.locator("a[href^='#source-1-']")
    shown = markers.evaluate_all("links => links.map(a => getComputedStyle(a, '::before').content)")
    assert all(re.fullmatch(r'"\[" counter\(marker\) "\]" / ""', c) for c in shown), shown
    hrefs = markers.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert {f"#source-1-{c['number']}" for c in expected["citations"]} == set(hrefs)
    for citation in expected["citations"]:
        name = f"source {citation['number']}, {citation['title']}"
        assert answer.get_by_role("link", name=name, exact=True).count() >= 1
    for citation in expected["citations"]:
        card = page.locator(f"#source-1-{citation['number']}")
        assert card.locator(".source-number").inner_text() == str(citation["number"])
        assert card.locator(".source-title").inner_text() == citation["title"]
        marked = " ".join(card.locator("mark").all_inner_texts())
        assert squash(marked) == squash(citation["quote"])
        score = re.search(r"retrieval score (\d\.\d{3})", card.inner_text())
        assert score and float(score.group(1)) == pytest.approx(citation["score"], abs=1e-3)

    if os.environ.get("UPDATE_SCREENSHOT"):
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))

    last = markers.last
    href = last.get_attribute("href")
    last.click()
    page.wait_for_function("h => location.hash === h", arg=href)
    box, viewport = page.locator(href).bounding_box(), page.viewport_size
    assert 0 <= box["y"] < viewport["height"], "the clicked marker's card is not in view"

    page.get_by_text("All retrieved passages").click()
    listing = page.locator("#retrieved .retrieved")
    listing.first.wait_for()
    assert listing.count() == 10 and page.locator("#retrieved .retrieved-cited").count() >= 1

    page.screenshot(path=str(tmp_path / "desktop.png"), full_page=True)
    assert only_local_requests(page, server) == []
    page.close()


@pytest.mark.model
@pytest.mark.slow
def test_html_script_and_markdown_payloads_stay_inert_text(browser, server):
    page = open_page(browser, server.url)
    payloads = ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>",
                "[a link](https://example.com) ![an image](https://example.com/x.png) **bold**"]
    for turn, payload in enumerate(payloads, 1):
        ask(page, payload, turn)
        shown = page.locator("#chat [data-testid=user]").nth(turn - 1)
        assert squash(shown.inner_text()) == payload
    messages = page.locator("#chat .message-content")
    for tag in ("img", "script", "a", "strong", "iframe"):
        assert messages.locator(tag).count() == 0, tag
    time.sleep(0.5)  # an onerror handler would have fired by now
    assert page.dialogs == []
    assert only_local_requests(page, server) == []
    page.close()


@pytest.mark.model
@pytest.mark.slow
def test_the_bots_emergency_reply_stands_out_in_red(browser, server, tmp_path):
    page = open_page(browser, server.url)
    ask(page, URGENT, 1)
    banner = page.locator("#urgent .urgent-banner")
    banner.wait_for()
    answer = page.locator("#chat [data-testid=bot]").last.inner_text()
    assert squash(answer).startswith("⚠ This may need urgent medical help")
    assert banner.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(185, 28, 28)"
    page.screenshot(path=str(tmp_path / "emergency.png"))
    page.close()


@pytest.mark.model
@pytest.mark.slow
def test_a_thumbs_up_stores_the_question_kind_and_cited_passages(browser, server):
    page = open_page(browser, server.url)
    ask(page, "Does massage help a hamstring cramp?", 1)
    cited = page.locator("#sources .source").evaluate_all(
        "cards => cards.map(c => c.dataset.chunkId)")
    before = ratings(server.feedback)
    page.locator("#chat button[aria-label=Like]").last.click()
    record = next_rating(server.feedback, before)
    assert record["rating"] == "up" and record["question"] == "Does massage help a hamstring cramp?"
    assert record["kind"] == "answer" and record["chunk_ids"] == cited
    page.close()


@pytest.mark.model
@pytest.mark.slow
def test_examples_and_the_clear_button_on_a_phone_sized_screen(browser, server, tmp_path):
    page = open_page(browser, server.url, PHONE)
    page.get_by_text("What is a hamstring cramp?", exact=True).click()
    page.wait_for_selector("#sources .source", timeout=ANSWER_WAIT)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px wide)"
    chat, sources = page.locator("#chat").bounding_box(), page.locator("#sources").bounding_box()
    assert sources["y"] >= chat["y"] + chat["height"], "sources should stack below the chat"
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    if os.environ.get("UPDATE_SCREENSHOT"):
        page.screenshot(path=str(ROOT / "docs" / "screenshot-phone.png"))
    page.locator("#clear").click()
    page.wait_for_function("() => !document.querySelector('#chat [data-testid=bot]')")
    page.wait_for_selector("#sources .sources-empty")
    page.close()


class ScriptedChatbot:
    """Stands in for the bot with replies of kinds the real one rarely gives: urgent, failing."""

    config = ChatbotConfig()

    def reply(self, message: str, history: object = None) -> Reply:
        if "chest" in message:
            return Reply("emergency", "Call your local emergency number now.")
        if "hopeless" in message:
            return Reply("crisis", "You can call or text a crisis line right now.")
        if "cramp" in message:
            return Reply("no_answer", "The articles do not cover that.")
        raise RuntimeError("the index caught fire")


@pytest.fixture(scope="module")
def scripted_url() -> Iterator[str]:
    """The page on a scripted bot, served from this process, with the thumbs turned off."""
    from web.page import build_page
    from web.server import ServerConfig, create_app, serve

    config = ServerConfig(port=0)
    chatbot = ScriptedChatbot()
    running = serve(create_app(chatbot, build_page(chatbot, feedback=None), config), config,
                    block=False)
    yield running.url
    running.close()


# Gradio's queue, serving in this process, trips a pandas deprecation warning of its own.
in_process = pytest.mark.filterwarnings("ignore::DeprecationWarning:gradio.queueing")


@in_process
def test_emergency_and_crisis_replies_raise_a_red_banner(browser, scripted_url, tmp_path):
    page = open_page(browser, scripted_url)
    banner = page.locator("#urgent .urgent-banner")
    assert not page.locator("#urgent").is_visible()
    ask(page, "crushing chest pain and my arm is numb", 1)
    banner.wait_for()
    assert banner.get_attribute("role") == "alert"
    assert "This may need urgent medical help" in banner.inner_text()
    assert "Call your local emergency number now." in banner.inner_text()
    assert banner.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(185, 28, 28)"
    assert page.locator("#chat [data-testid=bot] strong").first.inner_text().startswith("⚠")
    page.screenshot(path=str(tmp_path / "emergency.png"))
    ask(page, "I feel hopeless", 2)
    page.wait_for_function("() => document.querySelector('#urgent').innerText.includes('reach out')")
    ask(page, "a cramp question", 3)
    page.wait_for_function("() => !document.querySelector('#urgent .urgent-banner')")
    assert page.locator("#chat button[aria-label=Like]").count() == 0  # feedback is off
    page.close()


@in_process
def test_a_failing_bot_shows_a_kind_message_not_a_traceback(browser, scripted_url):
    page = open_page(browser, scripted_url)
    ask(page, "anything else", 1)
    text = page.locator("#chat [data-testid=bot]").last.inner_text()
    assert "Sorry, something went wrong" in text
    body = page.inner_text("body")
    assert "Traceback" not in body and "caught fire" not in body
    page.close()


@in_process
def test_a_rating_that_cannot_be_saved_is_said_and_its_thumb_undone(browser, tmp_path):
    from web import FeedbackStore
    from web.page import build_page
    from web.server import ServerConfig, create_app, serve

    chatbot, config = ScriptedChatbot(), ServerConfig(port=0)
    unwritable = FeedbackStore(tmp_path)  # a folder: every append fails, even for root
    running = serve(create_app(chatbot, build_page(chatbot, unwritable), config), config,
                    block=False)
    try:
        page = open_page(browser, running.url)
        ask(page, "a cramp question", 1)
        for attempt in range(2):  # the second click too: its thumb must come back each time
            page.locator("#chat button[aria-label=Like]").last.click()
            page.get_by_text("your rating could not be saved").last.wait_for()
            page.wait_for_selector("#chat button[aria-label=Like]")
            assert page.locator("#chat button[aria-label=Liked]").count() == 0, attempt
        page.close()
    finally:
        running.close()
