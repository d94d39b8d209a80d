"""The focus study: with and without the focus, on the same questions and the same vectors."""

from __future__ import annotations

from evaluation.focus import SIGNALS, report, study
from evaluation.scoring.sets import load_questions


def test_each_question_is_measured_with_and_without_its_focus(real_chatbot, tiny_sets):
    questions_file, _ = tiny_sets
    questions = load_questions(questions_file)
    rows = study(real_chatbot, questions)
    assert len(rows) == len(questions)
    for row in rows:
        assert {"r3_with", "r3_without", "mrr_with", "mrr_without", *SIGNALS} <= set(row)
        assert 0.0 <= row["mrr_with"] <= 1.0 and 0.0 <= row["mrr_without"] <= 1.0
        if not row["has_focus"]:  # no focus: both searches are one search
            assert (row["r3_with"], row["mrr_with"]) == (row["r3_without"], row["mrr_without"])
            assert not row["changed"]
    text = report(rows)
    assert text.startswith(f"{len(rows)} questions")
    assert "tuning" in text and "held_out" in text and all(s in text for s in SIGNALS)


def test_the_report_holds_when_no_reply_changes():
    rows = [{"held_out": False, "has_focus": False, "changed": False, "r3_with": 1.0,
             "r3_without": 1.0, "mrr_with": 1.0, "mrr_without": 1.0,
             **{signal: 0.0 for signal in SIGNALS}}]
    text = report(rows)
    assert "replies that read differently without it: 0" in text
