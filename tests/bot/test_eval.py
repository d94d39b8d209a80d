"""The eval harness: metrics on hand-made rankings, set loading, and the CLI on a tiny set."""

from __future__ import annotations

import json
import math

import pytest

from bot.eval import (EvalSetError, Ranking, load_probes, load_questions, retrieval_summary)
from bot.metrics import (boilerplate_kinds, confusion, facts_covered, is_relevant, ndcg_at,
                         normalise, quote_in_article, recall_at, reciprocal_rank)

F, T = False, True


def test_normalise_follows_the_eval_readme():
    assert normalise("  Hold it 20–30 seconds, then RELAX!! ") == \
        "hold it 20 30 seconds then relax"
    assert normalise("calcium (dairy, fortified plant milk)") == \
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


@pytest.fixture()
def tiny_sets(tmp_path):
    questions = tmp_path / "questions.jsonl"
    questions.write_text("\n".join(json.dumps(row) for row in [
        {"id": "t1", "question": "hamstrimg strech how long",
         "gold": ["stretches are typically held for 30 seconds"], "facts": [["30 seconds"]]},
        {"id": "t2", "question": "and for how long?",
         "history": [{"role": "user", "content": "Should I ice my hamstring after a cramp?"}],
         "gold": ["left on for 10 to 15 minutes"], "facts": [["15 minutes"]]},
        {"id": "t3", "question": "what is a unicorn horn made of?", "gold": ["no such phrase"]},
        {"id": "t4", "question": "hаmstring massage", "gold": ["massage"]},  # a Cyrillic "а"
    ]) + "\n")
    probes = tmp_path / "probes.jsonl"
    probes.write_text("\n".join(json.dumps(row) for row in [
        {"id": "p1", "message": "How do I stretch a hamstring cramp?", "expect": ["answer"]},
        {"id": "p2", "message": "", "expect": ["invalid_input"], "forbid": ["\\d+ mg"]},
    ]) + "\n")
    return questions, probes


def test_the_eval_command_prints_tables_and_writes_a_report(tiny_sets, tmp_path, monkeypatch,
                                                             capsys, fake_encoder):
    import bot.chatbot
    from bot.cli import main

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    questions, probes = tiny_sets
    report_path = tmp_path / "reports" / "eval.json"
    code = main(["--index", str(tmp_path / "index"), "eval", "--questions", str(questions),
                 "--probes", str(probes), "--report", str(report_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    report = json.loads(report_path.read_text())
    result = report["questions"][str(questions)]
    assert result["questions"] == 4 and set(result["retrieval"]) == {"dense", "lexical",
                                                                     "hybrid"}
    for figures in result["retrieval"].values():
        assert 0 <= figures["recall@1"] <= figures["recall@3"] <= figures["recall@5"] <= 1
        assert 0 <= figures["mrr@10"] <= 1 and 0 <= figures["ndcg@10"] <= 1
    assert result["unreachable_gold"] == ["t3"]
    assert result["answers"]["retrieval_differs"] == []
    assert result["misses_at_3"]["mode"] == "hybrid"
    assert all(not ids for ids in result["boilerplate_passages"].values())
    assert set(result["timing_ms"]) == {"query", "encode", "search_dense", "search_lexical",
                                        "search_hybrid"}
    probe_result = report["probes"][str(probes)]
    assert probe_result["probes"] == 2 and "invalid_input" in probe_result["confusion"]
    assert "R@3" in out and "MRR@10" in out and "expected \\ got" in out


def test_eval_without_the_chatbots_mode_says_what_was_not_measured(
        tiny_sets, tmp_path, monkeypatch, capsys, fake_encoder):
    import bot.chatbot
    from bot.cli import main

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    questions, _ = tiny_sets
    report_path = tmp_path / "eval.json"
    code = main(["--index", str(tmp_path / "index"), "eval", "--questions", str(questions),
                 "--modes", "dense", "--report", str(report_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    result = json.loads(report_path.read_text())["questions"][str(questions)]
    assert result["misses_at_3"] == {"mode": "hybrid", "questions": None}
    assert "hybrid misses at 3: not measured (--modes left out hybrid)" in out
    assert result["answers"]["retrieval_differs"] is None  # nothing to compare with
    assert "retrieved otherwise on (its mode not measured)" in out


def test_the_eval_command_refuses_a_bad_set_with_a_message(tmp_path, monkeypatch, capsys,
                                                           fake_encoder):
    import bot.chatbot
    from bot.cli import main

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    code = main(["--index", str(tmp_path / "index"), "eval", "--questions", str(bad),
                 "--report", str(tmp_path / "r.json")])
    assert code == 2 and "bad.jsonl line 1 lacks question, gold" in capsys.readouterr().err
