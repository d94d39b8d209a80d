"""Answers judged sentence by sentence: the parsing of quoted lines and hand-computed figures."""

from __future__ import annotations

import json

import pytest

from bot.records import Reply
from evaluation.scoring.sentences import (Judged, Labels, held_out, judge, load_labels,
                                          quoted_lines, summarise, verdict)

LABELS = Labels("x1", "How long should I hold a stretch?", True,
                relevant=("Hold the stretch for 20-30 seconds, then relax.",),
                acceptable=("Repeat 2-3 times.",))

ANSWER = """Here is how the articles describe stretching the hamstring:

- Keep the leg straight and lean forward. Hold the stretch for 20-30 seconds, then relax. [1]
- Repeat 2-3 times. … Stop if it hurts. [2]

When to see a doctor: See your doc if the pain doesn't subside in 24 hours. [3]

General information from the articles, not a diagnosis."""


def test_quoted_lines_are_the_marked_lines_split_into_sentences():
    assert quoted_lines(ANSWER) == [
        ["Keep the leg straight and lean forward.", "Hold the stretch for 20-30 seconds, then relax."],
        ["Repeat 2-3 times.", "Stop if it hurts."],
        ["See your doc if the pain doesn't subside in 24 hours."],
    ]


def test_a_sentence_matches_a_label_when_one_normalised_text_holds_the_other():
    assert verdict("hold the stretch for 20 30 seconds", LABELS) == "relevant"
    assert verdict("Repeat 2-3 times!", LABELS) == "acceptable"
    assert verdict("Stop if it hurts.", LABELS) == "off"
    assert verdict("...", LABELS) == "off"


def test_the_figures_of_one_judged_answer_by_hand():
    judged = judge(Reply("answer", ANSWER), LABELS)
    assert judged.lines == (("off", "relevant"), ("acceptable", "off"), ("off",))
    report = summarise([judged], [LABELS])
    assert report.quoted_sentences == 5
    assert report.precision_relevant == pytest.approx(1 / 5)
    assert report.precision_on_point == pytest.approx(2 / 5)
    assert report.lead_relevant == 1.0 and report.answered_right == 1.0
    assert report.off_topic_lines == 1 and report.misses == ()


def test_an_answer_to_an_unanswerable_question_is_counted():
    unanswerable = Labels("x2", "Does acupuncture help?", False, (), ())
    judged = [Judged("x2", "answer", (("off",),), ()), Judged("x1", "no_answer", (), ())]
    report = summarise(judged, [unanswerable, LABELS])
    assert report.unanswerable_answered == 1 and report.answerable == 1
    assert report.answered_right == 0.0 and report.misses == ("x1",)


def test_the_held_out_part_is_fixed_by_the_id_alone():
    ids = [f"q{i:03d}" for i in range(1, 301)]
    chosen = [i for i in ids if held_out(i)]
    assert chosen == [i for i in ids if held_out(i)]  # the same every time
    assert 0.25 < len(chosen) / len(ids) < 0.42  # about one in three


def test_labels_take_their_history_from_the_question_sets(tmp_path):
    path = tmp_path / "qrels.jsonl"
    path.write_text(json.dumps({"id": "d1", "question": "and for how long?",
                                "relevant": ["Hold it."]}) + "\n")
    history = ({"role": "user", "content": "Should I ice it?"},)
    [labels] = load_labels(path, {"d1": history})
    assert labels.history == history and labels.answerable and labels.acceptable == ()
