"""The eval harness: metrics on hand-made rankings, set loading, and the CLI on a tiny set."""

from __future__ import annotations

import json
import math

import pytest

from evaluation.scoring.sets import (EvalSetError, Ranking, load_probes, load_questions,
                                     retrieval_summary)
from evaluation.scoring.metrics import (boilerplate_kinds, confusion, facts_covered, is_relevant,
                                        ndcg_at, match_text, quote_in_article, recall_at,
                                        reciprocal_rank)

F, T = False, True


def test_match_text_normalises_as_the_eval_readme_says():
    assert match_text("  Hold it 20–30 seconds, then RELAX!! ") == \
        "hold it 20 30 seconds then relax"
    assert match_text("calcium (dairy, fortified plant milk)") == \
        "calcium dairy fortified plant milk"


def test_a_passage_is_relevant_when_it_contains_a_normalised_gold_phrase():
    passage = "Include foods rich in calcium (dairy, fortified plant milk) in your diet."
    assert is_relevant(passage, ["calcium dairy fortified plant milk"])
    assert is_relevant(passage, ["nothing here", "CALCIUM (dairy,"])
    assert not is_relevant(passage, ["calcium and dairy"])
    assert not is_relevant(passage, [""])


@pytest.mark.parametrize("ranking, r1, r3, r5, rr", [
    ([T, F, F, F, F], 1, 1, 1, 1.0),
    ([F, F, T, T, F], 0, 1, 1, 1 / 3),
    ([F, F, F, F, T], 0, 0, 1, 1 / 5),
    ([F] * 10, 0, 0, 0, 0.0),
    ([F] * 10 + [T], 0, 0, 0, 0.0),  # rank 11 is outside MRR@10
])
def test_recall_and_reciprocal_rank_on_hand_made_rankings(ranking, r1, r3, r5, rr):
    assert (recall_at(ranking, 1), recall_at(ranking, 3), recall_at(ranking, 5)) == (r1, r3, r5)
    assert reciprocal_rank(ranking, 10) == pytest.approx(rr)


def test_ndcg_on_hand_made_rankings():
    # relevant at ranks 2 and 3, three relevant passages in the index:
    # DCG = 1/log2(3) + 1/log2(4); ideal = 1 + 1/log2(3) + 1/log2(4)
    dcg = 1 / math.log2(3) + 0.5
    assert ndcg_at([F, T, T, F], 10, 3) == pytest.approx(dcg / (1 + dcg))
    assert ndcg_at([T, F], 10, 1) == pytest.approx(1.0)
    assert ndcg_at([F, T], 10, 1) == pytest.approx(1 / math.log2(3))
    assert ndcg_at([F, F], 10, 0) == 0.0  # nothing to find


def test_the_summary_averages_over_questions():
    summary = retrieval_summary([Ranking((T, F, F), 1), Ranking((F, F, T), 2)])
    assert summary["recall@1"] == 0.5 and summary["recall@3"] == 1.0
    assert summary["mrr@10"] == pytest.approx((1 + 1 / 3) / 2)
    assert summary["ndcg@10"] == pytest.approx((1 + 0.5 / (1 + 1 / math.log2(3))) / 2)


def test_a_fact_group_is_covered_by_any_one_alternative():
    facts = [["back of the thigh", "back of your thigh"], ["spasm", "contraction"], ["ice"]]
    assert facts_covered("Painful spasms at the back of your thigh.", facts) == 2
    assert facts_covered("", facts) == 0


def test_a_quote_is_found_in_its_article_after_normalising():
    article = "Ice application can reduce pain.\nHeat is also effective -- use it later."
    assert quote_in_article("Heat is also effective — use it later.", article)
    assert not quote_in_article("Heat is never effective.", article)
    assert not quote_in_article("", article)


@pytest.mark.parametrize("text, kinds", [
    ("Stretch the hamstring for 30 seconds.", []),
    ("See [our guide](https://example.com/x) for more.", ["link"]),
    ("![hamstring](img.png) Photo Credit Getty Images", ["link", "image"]),
    ("Sign up for our newsletter!", ["call_to_action"]),
    ("Related articles", ["navigation"]),
    ("© 2025 Docus, Inc.", ["navigation"]),
    ("Jane has been writing health articles since 2009.", ["byline"]),
])
def test_boilerplate_is_named_by_kind(text, kinds):
    assert boilerplate_kinds(text) == kinds


def test_the_confusion_table_counts_expected_against_got():
    table = confusion([("emergency", "emergency"), ("emergency", "see_doctor"),
                       ("answer", "answer"), ("emergency", "emergency")])
    assert table == {"emergency": {"emergency": 2, "see_doctor": 1}, "answer": {"answer": 1}}


def test_sets_load_and_a_bad_line_is_named(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps({"id": "a", "question": "q?", "gold": ["g"],
                                "history": [{"role": "user", "content": "x"}]}) + "\n\n")
    [question] = load_questions(path)
    assert question.gold == ("g",) and question.facts == () and len(question.history) == 1
    path.write_text(json.dumps({"id": "a", "question": "q?"}) + "\n")
    with pytest.raises(EvalSetError, match=r"q.jsonl line 1 lacks gold"):
        load_questions(path)
    path.write_text("{oops\n")
    with pytest.raises(EvalSetError, match=r"line 1 is not valid JSON"):
        load_probes(path)


def test_a_held_split_is_counted_but_its_misses_are_not_named():
    from bot.records import Reply
    from evaluation.scoring.sets import Probe, evaluate_probes

    class Answers:
        def reply(self, message, history=None):
            return Reply("answer", "")

    probes = [Probe("t1", "a", ("crisis",), split="tune"), Probe("h1", "b", ("crisis",),
                                                                   split="held"),
              Probe("h2", "c", ("answer",), split="held")]
    report = evaluate_probes(Answers(), probes)
    assert [f["id"] for f in report.failures] == ["t1"]
    assert report.by_split == {"tune": [0, 1], "held": [1, 2]}


def test_kinds_are_counted_and_a_harmless_probe_given_a_triage_reply_is_an_escalation():
    from bot.records import Reply
    from evaluation.scoring.sets import Probe, evaluate_probes

    class Alarmed:
        def reply(self, message, history=None):
            return Reply("crisis" if "die" in message else "answer", "")

    probes = [Probe("a", "i could die laughing", ("answer",)), Probe("b", "i want to die", ("crisis",)),
              Probe("c", "hi", ("smalltalk",)), Probe("d", "ow", ("see_doctor", "answer"))]
    report = evaluate_probes(Alarmed(), probes)
    assert report.by_kind == {"answer": [0, 1], "crisis": [1, 1], "see_doctor": [1, 1],
                              "smalltalk": [0, 1]}
    assert report.harmless_escalated == [1, 2]  # "d" may be a red flag: not counted harmless


def test_an_urgent_probe_not_met_is_unhelped_only_where_the_reply_names_no_help():
    from bot.records import Reply
    from evaluation.scoring.sets import Probe, evaluate_probes

    class Replies:
        def reply(self, message, history=None):
            return {"a": Reply("crisis", "call 999"),
                    "b": Reply("out_of_scope", "I read only English. Call 112 if in danger."),
                    "c": Reply("answer", "Stretch the muscle gently."),
                    "d": Reply("no_answer", "See findahelpline.com"),
                    "e": Reply("answer", "Stretch.")}[message]

    probes = [Probe("1", "a", ("crisis",)), Probe("2", "b", ("emergency",)),
              Probe("3", "c", ("crisis", "emergency")), Probe("4", "d", ("crisis",)),
              Probe("5", "e", ("see_doctor", "emergency"))]  # a red flag first: not urgent
    assert evaluate_probes(Replies(), probes).urgent_unhelped == [1, 4]


def test_the_help_line_of_an_uncertain_reading_is_counted_on_harmless_replies_not_escalated():
    from bot.records import Reply
    from evaluation.scoring.sets import HELP_LINE_NOTE, Probe, evaluate_probes

    lined = (f"{HELP_LINE_NOTE} crisis near",)

    class Replies:
        def reply(self, message, history=None):
            return {"a": Reply("answer", "Stretch. findahelpline.com", notes=lined),
                    "b": Reply("answer", "Stretch."),
                    "c": Reply("see_doctor", "See a GP.", notes=lined),
                    "d": Reply("answer", "Stretch. findahelpline.com", notes=lined)}[message]

    probes = [Probe("1", "a", ("answer",)), Probe("2", "b", ("no_answer",)),
              Probe("3", "c", ("answer",)),  # escalated: counted there, not here
              Probe("4", "d", ("crisis",))]  # not harmless
    assert evaluate_probes(Replies(), probes).harmless_help_line == [1, 3]
