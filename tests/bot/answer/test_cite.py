"""What a quoted sentence brings with it so that it reads on its own."""

from __future__ import annotations

from types import SimpleNamespace

from bot.answer.cite import Point, cite, quote_spans
from corpus.records import Chunk
from index.records import Hit


def chunk_of(*sentences: str) -> Chunk:
    text, spans = "", []
    for sentence in sentences:
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        spans.append((start, start + len(sentence)))
    return Chunk("c#1", "a", "Title", "Section", text, 0, len(text), tuple(spans))


def quoted(chunk: Chunk, i: int) -> list[str]:
    return [chunk.text[a:b] for a, b in quote_spans(chunk, i)]


STEPS = chunk_of("Stand upright and put your heel on a low step.",
                 "Hold the stretch for 20-30 seconds, then relax.",
                 "Repeat 2-3 times.")
CAUSES = chunk_of("Although nobody knows for sure, there are thought to be several causes:",
                  "Muscles may tire and fire on their own.",
                  "Over time theories also include:",
                  "Dehydration.", "Low potassium levels.", "Low carbohydrate levels.")


def test_a_whole_sentence_stands_alone():
    chunk = chunk_of("Ice numbs the nerves in the area.", "Heat helps tight muscles relax.")
    assert quoted(chunk, 1) == ["Heat helps tight muscles relax."]


def test_a_long_item_of_a_list_stands_alone():
    chunk = chunk_of("There are several causes:",
                     "One theory states that cramps come from altered neuromuscular control.")
    assert quoted(chunk, 1) == [
        "One theory states that cramps come from altered neuromuscular control."]


def test_holding_the_stretch_brings_the_stretch():
    assert quoted(STEPS, 1) == ["Stand upright and put your heel on a low step.",
                                "Hold the stretch for 20-30 seconds, then relax."]


def test_a_sentence_opening_with_this_brings_the_one_before():
    chunk = chunk_of("Ice numbs the nerves in the area.", "This can also make stretching easier.")
    assert quoted(chunk, 1) == ["Ice numbs the nerves in the area.",
                                "This can also make stretching easier."]


def test_a_fragment_of_steps_brings_the_step_before():
    chunk = chunk_of("Lie down and pull the leg to your chest.", "Repeat 2-3 times.")
    assert quoted(chunk, 1) == ["Lie down and pull the leg to your chest.", "Repeat 2-3 times."]


def test_an_item_of_a_list_brings_the_lead_in_of_its_own_list():
    assert quoted(CAUSES, 5) == ["Over time theories also include:", "Low carbohydrate levels."]
    assert quoted(CAUSES, 1) == [CAUSES.sentence_texts()[0], "Muscles may tire and fire on their own."]


def test_a_fragment_after_a_list_has_ended_does_not_reach_back_to_its_lead_in():
    chunk = chunk_of("Try these:", "Dehydration.",
                     "After the cramp eases, walk slowly for a few minutes to recover fully.",
                     "Drink some water.")
    assert quoted(chunk, 3) == [
        "After the cramp eases, walk slowly for a few minutes to recover fully.", "Drink some water."]


def test_long_items_on_lines_of_their_own_stay_in_the_list():
    lines = ["Over time theories also include:",
             "Dehydration (not taking on enough water, especially in hot conditions).",
             "Low carbohydrate levels."]
    text = "\n".join(lines)
    starts = [text.index(line) for line in lines]
    chunk = Chunk("c#1", "a", "Title", "Section", text, 0, len(text),
                  tuple((a, a + len(line)) for a, line in zip(starts, lines)))
    assert quoted(chunk, 2) == [lines[0], lines[2]]


def test_a_fragment_that_opens_a_passage_brings_the_one_after():
    chunk = chunk_of("Stop whatever you're doing.", "Running on a cramp makes the pain worse.")
    assert quoted(chunk, 0) == ["Stop whatever you're doing.",
                                "Running on a cramp makes the pain worse."]


def test_a_fragment_is_never_followed_by_a_lead_in_alone():
    chunk = chunk_of("What causes cramp?", "There are thought to be several causes:",
                     "Dehydration of the muscle tissue.")
    assert quoted(chunk, 0) == ["What causes cramp?"]


def test_citations_of_one_point_agree_with_each_other_and_know_their_article_place():
    ice, cold, heat = (Chunk(f"{a}#1", a, "T", "S", text, 100, 100 + len(text), ((0, len(text)),))
                       for a, text in (("a", "Ice it first."), ("b", "Use cold first."),
                                       ("c", "Heat relaxes it.")))
    first = Point(Hit(ice, 1.0), ice.sentences, 1.0).agreeing(Hit(cold, 0.9), cold.sentences[0])
    text, citations = cite("Lead.", [first, Point(Hit(heat, 0.8), heat.sentences, 0.8)], [],
                           SimpleNamespace(articles={}))
    assert "- Ice it first. [1][2]\n- Heat relaxes it. [3]" in text
    assert [c.agrees_with for c in citations] == [(2,), (1,), ()]
    assert citations[1].article_spans == ((100, 115),)
