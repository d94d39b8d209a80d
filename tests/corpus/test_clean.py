from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus import clean_text, load_article
from corpus.clean import is_sentence

DATA = Path(__file__).parent / "data"

# Concrete traces of each kind of boilerplate in the five articles.
BOILERPLATE = [
    "http", "](", "![", "getty", "istock", "photo credit", "author image", "has been writing",
    "bachelor of science", "you're all caught up", "calorie tracker", "pounds per week",
    "lose weight", "demand media", "reviewed by", "scroll to top", "related articles",
    "recommended topics", "pulled hamstring strain", "here we explain", "ai doctor",
    "symptom checker", "try docus", "sign", "twitter", "facebook", "linkedin", "iframe",
    "doubleclick", "©", "privacy policy", "contents", "min read", "ask question",
    "docus medical experts", "years of experience", "church street", "the nest",
    "hamstring cramp treatment stretch", "this tool", "female", "ft. in.", "\\",
]

ARTICLE_SENTENCES = [
    "Stretches are typically held for 30 seconds, up to 5 times in a row.",
    "In these situations, ice should be used first, and heat can be applied 48 to 72 hours after the injury occurred.",
    "Running on cramped hamstrings will probably just make the pain worse.",
    "See your doc if the pain in your hamstrings doesn't subside in 24 hours.",
    "Cleveland Clinic study states that the hamstring muscles",
    "Include foods rich in potassium (bananas, oranges), magnesium (nuts, leafy greens), and calcium (dairy, fortified plant milk) in your diet.",
    "Low carbohydrate levels.",
    "However, there isn’t enough evidence to suggest dehydration, electrolyte depletion results in cramps.",
    "If you do not have access to massage then a Foam roller is an excellent substitute",
    "Persistent numbness or tingling in the leg or foot along with the cramp may signal a condition related to nerve compression in the spine.",
    "To stop a hamstring cramp immediately, gently stretch the muscle",
]


def test_no_boilerplate_survives_in_the_articles(articles):
    for article in articles:
        text = article.text.lower()
        for marker in BOILERPLATE:
            word = re.escape(marker)
            pattern = rf"\b{word}\b" if marker[0].isalnum() and marker[-1].isalnum() else word
            assert not re.search(pattern, text), f"{marker!r} survived in {article.id}"


def test_article_sentences_survive(articles):
    everything = "\n".join(article.text for article in articles)
    for sentence in ARTICLE_SENTENCES:
        assert sentence in everything


def test_every_article_keeps_its_sections(articles):
    headings = {a.id: [b.text for b in a.blocks if b.kind == "heading"] for a in articles}
    assert "Ice or Heat" in headings["000_cd4fdf86e5cb0436"]
    assert "When to See a Doctor" in headings["002_910cd53f329aa4f9"]
    assert "Sports massage" in headings["003_884d186e19c636d1"]
    assert "When to Consult a Healthcare Provider" in headings["004_19625de971ab536a"]


def test_a_made_up_sixth_article_comes_out_clean():
    article = load_article(DATA / "sixth_article.md")
    assert article.title == "Easing a Calf Cramp After a Long Ride"
    text = article.text
    for kept in ["A calf cramp is a sudden, tight knot in the muscle at the back of the lower leg.",
                 "Riders who skip their warm-up are more likely to cramp.",
                 "Straighten the leg and pull your toes toward your shin until the cramp eases.",
                 "Knead the calf slowly with both hands for a minute or two.",
                 "Build up the length of your rides gradually over several weeks."]:
        assert kept in text
    for gone in ["HOME", "Jordan", "newsletter", "Table of contents", "Shutterstock",
                 "Rider stretching against a wall", "Moderate", "BMI", "app", "Related posts",
                 "Knee pain", "Share", "Back to top", "©", "Privacy", "iframe", "http",
                 "Cycling", "min read", "Ten snacks"]:
        assert gone not in text, gone


def test_link_words_are_kept_and_targets_dropped():
    blocks = clean_text("Riders who skip their [warm-up](https://x.test/w) cramp more often, "
                        "as [this study](https://x.test/s) found.")
    assert blocks[0].text == "Riders who skip their warm-up cramp more often, as this study found."


@pytest.mark.parametrize("text, expected", [
    ("Hold the stretch for thirty seconds.", True),
    ("Low carbohydrate levels", False),
    ("Female", False),
])
def test_is_sentence(text, expected):
    assert is_sentence(text) is expected
