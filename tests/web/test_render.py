from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Citation, Reply
from corpus.records import Chunk
from index import Hit
from web import (answer_markdown, banner_html, escape_html, escape_markdown, highlight,
                 retrieved_html, sources_html, user_markdown)

PAYLOADS = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>",
            "[click](javascript:alert(1))", "![x](https://example.com/x.png)",
            "**bold** _it_ `code` # heading", "http://example.com www.example.com a@b.co",
            "$$x^2$$ ${alert(1)} {{x}}", "&lt;b&gt; &amp; & < >", "1. one\n- two\n> quote"]
PASSAGE = "Stretch gently. Hold the stretch for 20-30 seconds, then relax. Repeat <3> times."


def citation(number: int = 1, spans=((16, 63),), **fields) -> Citation:
    values = dict(number=number, chunk_id=f"art#{number}", article_id="art", title="Cramps 101",
                  section="Stretching", passage=PASSAGE, quote=PASSAGE[16:63],
                  quote_spans=tuple(spans), score=0.5, publisher="Health Site",
                  url="https://example.com/cramps")
    return Citation(**{**values, **fields})


def answer(*citations: Citation, kind: str = "answer") -> Reply:
    lines = [f"- {c.quote} [{c.number}]" for c in citations]
    return Reply(kind, "Here is what the articles say:\n\n" + "\n".join(lines), citations)


def commonmark(text: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark", {"html": True}).render(text)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_user_message_renders_as_its_own_literal_text(payload):
    rendered = commonmark(user_markdown(payload))
    assert set(re.findall(r"</?(\w+)", rendered)) <= {"p", "br"}
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert text.split() == payload.split()


@given(st.text(alphabet=st.characters(codec="ascii", categories=("L", "N", "P", "S", "Zs"),
                                      include_characters="\n")))
def test_no_ascii_text_turns_into_markup(text):
    rendered = commonmark(escape_markdown(text))
    # An indented line becomes a code block: still its literal text, just set in monospace.
    assert set(re.findall(r"</?(\w+)", rendered)) <= {"p", "pre", "code"}, rendered
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered)).split() == text.split()


def test_html_escaping_covers_tags_quotes_and_template_syntax():
    escaped = escape_html("<a href='x'>\"${v}\" {{w}} `t` &amp;</a>")
    assert not re.search(r"[<>'\"${}`]", escaped)
    assert html.unescape(escaped) == "<a href='x'>\"${v}\" {{w}} `t` &amp;</a>"


def test_markers_link_to_their_source_cards_and_unknown_ones_stay_text():
    reply = answer(citation(1), citation(2))
    reply = Reply("answer", reply.text + " [7]", reply.citations)
    text = answer_markdown(reply, turn=2)
    assert "#source-3-2" in text
    assert "\\[7\\]" in text and "#source-3-7" not in text
    rendered = commonmark(text)
    assert rendered.count("<li>") == 2
    assert ('<a class="marker" href="#source-3-1" title="Cramps 101 · Health Site · Stretching" '
            'style="counter-reset: marker 1"><span class="marker-name">source 1, Cramps 101</span>'
            '</a>') in rendered


def test_a_markers_name_and_hover_are_escaped_text():
    hostile = citation(title='<b>"Cramps"</b> *1* ${x}', publisher="A & B")
    rendered = commonmark(answer_markdown(answer(hostile), turn=0))
    name = re.search(r'<span class="marker-name">(.*?)</span>', rendered).group(1)
    assert html.unescape(name) == 'source 1, <b>"Cramps"</b> *1* ${x}'
    hover = re.search(r'title="([^"]*)"', rendered).group(1)
    assert html.unescape(hover) == '<b>"Cramps"</b> *1* ${x} · A & B · Stretching'
    assert "<b>" not in rendered and "<em>" not in rendered


def test_a_line_after_the_bullets_stays_its_own_paragraph():
    reply = Reply("emergency", "Call now.\n- Sit down.\n- Wait.\nOutside the US, call 112.")
    rendered = commonmark(answer_markdown(reply, 0))
    assert "<li>Wait.</li>\n</ul>\n<p>Outside the US, call 112.</p>" in rendered


def test_article_text_in_an_answer_is_escaped_too():
    hostile = citation(quote="<img src=x onerror=alert(1)> **x**")
    rendered = commonmark(answer_markdown(answer(hostile), turn=0))
    assert "<img" not in rendered and "<strong>" not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt; **x**" in rendered


def test_the_quoted_sentence_is_marked_inside_its_passage():
    card = sources_html(answer(citation(3)), turn=0)
    assert "<mark>Hold the stretch for 20-30 seconds, then relax.</mark>" in card
    assert "id='source-1-3'" in card and "data-chunk-id='art#3'" in card
    assert "aria-label='source 3, Cramps 101'" in card
    assert "Repeat &lt;3&gt; times." in card
    assert "Health Site · Stretching" in card and "retrieval score 0.500" in card
    assert "rel='noopener noreferrer nofollow'" in card


@pytest.mark.parametrize("spans, marked", [
    (((0, 15), (16, 63)), ["Stretch gently. Hold the stretch for 20-30 seconds, then relax."]),
    (((64, 81), (0, 15)), ["Stretch gently.", "Repeat &lt;3&gt; times."]),
    (((0, 15), (5, 30)), ["Stretch gently. Hold the stret"]),
    (((71, 500), (-4, 3)), ["Str", "&lt;3&gt; times."]),
    (((9, 9),), []),
])
def test_spans_are_sorted_merged_and_clipped(spans, marked):
    rendered = highlight(PASSAGE, spans)
    assert re.findall(r"<mark>(.*?)</mark>", rendered) == marked
    assert html.unescape(re.sub(r"</?mark>", "", rendered)) == PASSAGE


def test_only_web_addresses_become_links_to_the_original():
    card = sources_html(answer(citation(url="javascript:alert(1)")))
    assert "<a " not in card


def test_an_earlier_answer_says_whose_sources_are_shown():
    assert "Sources of answer 2" in sources_html(answer(citation()), 1, latest=False)
    assert "Sources of answer" not in sources_html(answer(citation()), 1)


def test_replies_without_citations_say_why():
    assert "did not cover" in sources_html(Reply("no_answer", "Not covered."))
    assert "Ask a question" in sources_html(None)


def test_retrieved_passages_are_ranked_escaped_and_tagged_when_cited():
    chunks = [Chunk(f"art#{i}", "art", "Cramps <101>", "S", f"passage {i} <b>", 0, 10)
              for i in (1, 2)]
    reply = Reply("answer", "x [1]", (citation(1),),
                  tuple(Hit(c, 0.1 * i, dense=0.5, lexical=2.0) for i, c in enumerate(chunks)))
    listing = retrieved_html(reply)
    assert listing.index("passage 1") < listing.index("passage 2")
    assert listing.count("cited [1]") == 1 and "passage 1 &lt;b&gt;" in listing
    assert "Cramps &lt;101&gt;" in listing and "cosine 0.500" in listing


@pytest.mark.parametrize("kind", ["emergency", "crisis"])
def test_urgent_replies_get_a_banner_and_a_bold_first_line(kind):
    reply = Reply(kind, "Call <emergency> services now.")
    banner = banner_html(reply)
    assert "role='alert'" in banner and "Call &lt;emergency&gt; services now." in banner
    assert answer_markdown(reply, 0).startswith("**⚠ ")
    assert "safety message" in sources_html(reply)


def test_ordinary_replies_get_no_banner():
    assert banner_html(answer(citation())) == "" and banner_html(None) == ""
