"""Reading a citation in its article, in a real Chromium: the cleaned text the bot indexed,
scrolled to the passage, every quote marked, headings shown, a way back; and how many
articles say the same thing.

Set UPDATE_SCREENSHOT=1 to also write docs/screenshot-article.png.
"""

from __future__ import annotations

import os

import pytest

from tests.app.browser import (DESKTOP, PHONE, ROOT, ask, needs_chromium, only_local_requests,
                               open_page, squash)

pytestmark = [pytest.mark.browser, pytest.mark.model, pytest.mark.slow, needs_chromium]
# The real bot answers this with two articles saying the same thing in one point.
AGREED = "What foods help prevent cramps?"


@pytest.fixture(scope="module")
def expected(server) -> dict:
    """The reply and the articles it cites, as an API client gets them."""
    from gradio_client import Client

    client = Client(server.url, verbose=False)
    reply = client.predict(AGREED, [], api_name="/ask")
    sources = {c["source"] for c in reply["citations"]}
    return {"reply": reply,
            "articles": {s: client.predict(s, api_name="/article") for s in sources}}


def in_view(page, selector: str) -> bool:
    """Whether the element is on screen, inside the sources panel's own scrolled box."""
    return page.evaluate("""s => {
      const box = document.querySelector(s).getBoundingClientRect();
      const panel = document.querySelector('#sources').getBoundingClientRect();
      return box.top >= Math.max(0, panel.top) && box.bottom <= Math.min(innerHeight, panel.bottom);
    }""", selector)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_card_opens_its_article_at_the_passage_with_every_quote_marked(
        browser, server, expected, viewport):
    reply = expected["reply"]
    page = open_page(browser, server.url, viewport)
    ask(page, AGREED, 1)
    # The first source's article holds another source too: both passages' quotes are marked.
    citation = reply["citations"][0]
    assert sum(c["source"] == citation["source"] for c in reply["citations"]) > 1
    number, article = citation["number"], expected["articles"][citation["source"]]
    page.locator(f"#source-1-{number} .source-read").click()
    page.wait_for_function("h => location.hash === h", arg=f"#read-1-{number}")
    view = page.locator("#sources .article-view:visible")
    assert view.count() == 1 and not page.locator("#sources .source").first.is_visible()
    assert view.locator(".article-title").inner_text() == article["title"]
    assert in_view(page, f"#read-1-{number}"), "the passage is not scrolled into view"
    assert page.evaluate("document.activeElement.id") == f"read-1-{number}"

    # The whole cleaned text, its headings as headings, each quote of this article marked.
    headings = [b["text"] for b in article["blocks"] if b["kind"] == "heading"]
    assert view.locator(".article-heading").all_inner_texts() == headings
    shown = squash(view.locator(".article-text").inner_text())
    for block in article["blocks"]:
        assert squash(block["text"]) in shown
    spans = sorted(span for c in reply["citations"] if c["source"] == article["id"]
                   for span in c["article_spans"])
    marked = squash(" ".join(view.locator("mark").all_inner_texts()))
    assert marked == squash(" ".join(article["text"][a:b] for a, b in spans))
    if viewport == DESKTOP and os.environ.get("UPDATE_SCREENSHOT"):
        page.screenshot(path=str(ROOT / "docs" / "screenshot-article.png"))

    # The way back: to the card, which shows again.
    view.locator(f"a.passage-back[href='#source-1-{number}']").click()
    page.wait_for_function("h => location.hash === h", arg=f"#source-1-{number}")
    assert page.locator(f"#source-1-{number}").is_visible() and not view.is_visible()
    assert only_local_requests(page, server) == []
    page.close()


def test_a_card_says_how_many_articles_agree_and_shows_each_ones_words(
        browser, server, expected):
    reply = expected["reply"]
    by_number = {c["number"]: c for c in reply["citations"]}
    agreeing = next(c for c in reply["citations"]
                    if len({c["source"], *(by_number[n]["source"] for n in c["agrees_with"])}) > 1)
    group = sorted([agreeing["number"], *agreeing["agrees_with"]])
    count = len({by_number[n]["source"] for n in group})
    page = open_page(browser, server.url)
    ask(page, AGREED, 1)
    details = page.locator(f"#source-1-{agreeing['number']} .source-agree")
    assert details.locator("summary").inner_text() == f"{count} of 5 articles say this"
    details.locator("summary").click()
    items = details.locator("li")
    assert items.count() == len(group)
    for item, number in zip(items.all(), group):
        assert squash(by_number[number]["quote"]) in squash(item.inner_text())
    other = next(n for n in group if n != agreeing["number"])
    details.locator(f"a[href='#source-1-{other}']").click()
    page.wait_for_function("h => location.hash === h", arg=f"#source-1-{other}")
    assert in_view(page, f"#source-1-{other}")
    page.close()
