"""A cited article read whole: quotes marked at their places, headings nested, text escaped."""

from __future__ import annotations

import html
import re

from bot import Citation, Reply
from corpus.records import Article, Block
from web import article_json, sources_html

ARTICLE = Article("art", "Cramps <101>", (
    Block("heading", "Stretching", 2), Block("text", "Stretch gently. Hold it for 30 seconds."),
    Block("heading", "Holding it", 4), Block("text", "Breathe & relax. Repeat {twice}."),
    Block("heading", "Ice", 2), Block("text", "Ice it for 15 minutes. Heat comes later."),
), publisher="Health Site", url="https://example.com/cramps")
OTHER = Article("other", "Another view", (Block("text", "Cold packs help for 15 minutes."),))
ARTICLES = {"art": ARTICLE, "other": OTHER}


def cite(number: int, article: Article, passage: str, quote: str, **fields) -> Citation:
    start = article.text.index(passage)
    a = passage.index(quote)
    return Citation(number, f"{article.id}#{number}", article.id, article.title, "S", passage,
                    quote, ((a, a + len(quote)),), 0.5, passage_start=start, **fields)


def reply_of(*citations: Citation) -> Reply:
    return Reply("answer", " ".join(f"{c.quote} [{c.number}]" for c in citations), citations)


STRETCH = cite(1, ARTICLE, "Stretch gently. Hold it for 30 seconds.", "Hold it for 30 seconds.")
ICE = cite(2, ARTICLE, "Ice it for 15 minutes. Heat comes later.", "Ice it for 15 minutes.",
           agrees_with=(3,))
COLD = cite(3, OTHER, "Cold packs help for 15 minutes.", "Cold packs help for 15 minutes.",
            agrees_with=(2,))


def view_of(panel: str, title: str) -> str:
    """The article view of `panel` whose heading is `title` (as escaped HTML)."""
    return next(view for view in re.findall(r"<section class='article-view'.*?</section>", panel)
                if f">{title}</h3>" in view)


def test_the_api_record_places_every_block_and_each_quote_in_the_text():
    record = article_json(ARTICLE)
    assert record["text"] == ARTICLE.text and "path" not in record
    for block in record["blocks"]:
        assert record["text"][block["start"]:block["end"]] == block["text"]
    for citation in (STRETCH, ICE):
        assert [record["text"][a:b] for a, b in citation.article_spans] == [citation.quote]


def test_a_card_links_to_its_passage_in_the_article_which_links_back():
    panel = sources_html(reply_of(STRETCH, ICE), turn=0, articles=ARTICLES)
    assert "href='#read-1-1'>Read source 1 in its article</a>" in panel
    assert panel.count("<section class='article-view'") == 1  # one view per article
    view = view_of(panel, "Cramps &lt;101&gt;")
    assert "id='read-1-1'" in view and "id='read-1-2'" in view
    assert "href='#source-1-1'>back to source 1</a>" in view
    assert "href='#source-1-2'>back to source 2</a>" in view
    assert re.findall(r"<mark>(.*?)</mark>", view) == ["Hold it for 30 seconds.",
                                                       "Ice it for 15 minutes."]


def test_the_article_keeps_every_line_escaped_and_its_headings_nested():
    view = view_of(sources_html(reply_of(STRETCH), articles=ARTICLES), "Cramps &lt;101&gt;")
    assert re.findall(r"<(h\d) class='article-heading'>(.*?)</h\d>", view) == [
        ("h4", "Stretching"), ("h5", "Holding it"), ("h4", "Ice")]
    assert "Cramps &lt;101&gt;" in view and "Breathe &amp; relax. Repeat &#123;twice&#125;." in view
    text = html.unescape(re.sub(r"<span class='passage-tag'.*?</span> |"
                                r" <a class='passage-back'.*?</a>|<[^>]+>", "", view))
    for block in ARTICLE.blocks:
        assert block.text in text


def test_the_passage_is_tagged_where_it_starts_and_its_lines_set_apart():
    view = view_of(sources_html(reply_of(ICE), articles=ARTICLES), "Cramps &lt;101&gt;")
    assert ("<p class='in-passage'><span class='passage-tag' id='read-1-2' tabindex='-1'>"
            "source 2</span> <mark>Ice it for 15 minutes.</mark> Heat comes later."
            " <a class='passage-back' href='#source-1-2'>back to source 2</a></p>") in view
    assert view.count("in-passage") == 1


def test_agreeing_articles_are_counted_out_of_the_corpus_with_each_ones_words():
    panel = sources_html(reply_of(ICE, COLD), articles=ARTICLES)
    card = re.search(r"<article class='source' id='source-1-2'.*?</article>", panel).group()
    assert "<summary>2 of 2 articles say this</summary>" in card
    assert ("<li>source 2, Cramps &lt;101&gt;: <q>Ice it for 15 minutes.</q></li>"
            "<li><a href='#source-1-3'>source 3</a>, Another view: "
            "<q>Cold packs help for 15 minutes.</q></li>") in card
    assert "articles say this" not in sources_html(reply_of(STRETCH), articles=ARTICLES)


def test_without_the_articles_there_is_no_article_link_and_no_total():
    panel = sources_html(reply_of(ICE, COLD))
    assert "read-1-" not in panel and "article-view" not in panel
    assert "<summary>2 articles say this</summary>" in panel
    unplaced = Citation(1, "x#1", "art", "T", "S", "P.", "P.", ((0, 2),), 0.1)
    assert "read-1-1" not in sources_html(reply_of(unplaced), articles=ARTICLES)
