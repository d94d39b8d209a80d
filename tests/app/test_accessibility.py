"""The page for everyone: axe-core finds nothing serious in any state of the page, on a
desktop or a phone, and a keyboard alone can ask, follow a citation into its article, come
back and rate the answer."""

from __future__ import annotations

import pytest

from tests.app.browser import (DESKTOP, PHONE, ask, axe_problems, needs_chromium, next_rating,
                               open_page, ratings, wait_for_answer)

pytestmark = [pytest.mark.browser, pytest.mark.model, pytest.mark.slow, needs_chromium]
QUESTION = "What does a hamstring cramp feel like?"  # an answer whose articles agree
URGENT = "My chest hurts and I can't breathe after a cramp"
FOCUSED = """() => { const e = document.activeElement;
  return {tag: e.tagName, id: e.id, cls: e.className, label: e.getAttribute('aria-label'),
          href: e.getAttribute('href'), text: e.innerText}; }"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_or_critical_axe_violations_in_any_state(browser, server, viewport):
    page = open_page(browser, server.url, viewport)
    problems = {"empty": axe_problems(page)}
    ask(page, QUESTION, 1)
    problems["an answer"] = axe_problems(page)
    for summary in page.locator("#sources .source-agree summary").all():
        summary.click()
    page.get_by_text("All retrieved passages").click()
    page.locator("#retrieved .retrieved").first.wait_for()
    problems["sources open"] = axe_problems(page)
    page.locator("#sources .source-read").first.click()
    page.locator("#sources .article-view:visible").wait_for()
    problems["the article view"] = axe_problems(page)
    ask(page, URGENT, 2)
    page.locator("#urgent .urgent-banner").wait_for()
    problems["the emergency banner"] = axe_problems(page)
    assert {state: found for state, found in problems.items() if found} == {}
    page.close()


def press_until(page, key: str, wanted, *, limit: int = 40) -> dict:
    """Press `key` until the focused element is `wanted` (a predicate on FOCUSED's record)."""
    for _ in range(limit):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUSED)
        if wanted(focused):
            return focused
    raise AssertionError(f"{key} x{limit} never reached the element; last: {focused}")


def test_a_keyboard_alone_asks_follows_a_citation_into_its_article_and_rates(browser, server):
    page = open_page(browser, server.url)
    assert page.evaluate(FOCUSED)["tag"] == "TEXTAREA", "the question box has the focus"
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    wait_for_answer(page, 1)

    marker = press_until(page, "Shift+Tab", lambda f: "marker" in f["cls"])
    number = marker["href"].rsplit("-", 1)[1]
    title = page.locator(f"#source-1-{number} .source-title").inner_text()
    assert marker["text"].strip() == f"source {number}, {title}"  # its name, read out
    page.keyboard.press("Enter")
    page.wait_for_function("h => location.hash === h", arg=f"#source-1-{number}")
    assert page.evaluate(FOCUSED)["id"] == f"source-1-{number}", "the focus follows to the card"

    press_until(page, "Tab", lambda f: "source-read" in f["cls"], limit=10)
    page.keyboard.press("Enter")
    page.wait_for_function("h => location.hash === h", arg=f"#read-1-{number}")
    assert page.evaluate(FOCUSED)["id"] == f"read-1-{number}", "the focus lands on the passage"
    assert page.locator(f"#read-1-{number}").is_visible()

    back = press_until(page, "Tab", lambda f: "passage-back" in f["cls"], limit=10)
    assert back["href"] == f"#source-1-{number}"
    page.keyboard.press("Enter")
    page.wait_for_function("h => location.hash === h", arg=f"#source-1-{number}")
    assert page.evaluate(FOCUSED)["id"] == f"source-1-{number}"
    assert page.locator(f"#source-1-{number}").is_visible()

    before = ratings(server.feedback)
    press_until(page, "Shift+Tab", lambda f: f["label"] == "Like")
    page.keyboard.press("Enter")
    record = next_rating(server.feedback, before)
    assert record["rating"] == "up" and record["question"] == QUESTION
    page.close()
