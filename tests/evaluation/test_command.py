"""python -m evaluation: the tables, the report, and a bad set refused."""

from __future__ import annotations

import json


def test_the_eval_command_prints_tables_and_writes_a_report(tiny_sets, tmp_path, monkeypatch,
                                                             capsys, fake_encoder):
    import bot.chatbot
    from evaluation.command import main

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    questions, probes = tiny_sets
    report_path = tmp_path / "reports" / "eval.json"
    code = main(["--index", str(tmp_path / "index"), "--no-triage-model", "--no-scope-model",
                 "--questions", str(questions),
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
    from evaluation.command import main

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    questions, _ = tiny_sets
    report_path = tmp_path / "eval.json"
    code = main(["--index", str(tmp_path / "index"), "--no-triage-model", "--no-scope-model",
                 "--questions", str(questions),
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
    from evaluation.command import main

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    code = main(["--index", str(tmp_path / "index"), "--no-triage-model", "--no-scope-model",
                 "--questions", str(bad),
                 "--report", str(tmp_path / "r.json")])
    assert code == 2 and "bad.jsonl line 1 lacks question, gold" in capsys.readouterr().err


def test_probes_only_reports_each_split_and_category(tmp_path, monkeypatch, capsys, fake_encoder):
    import bot.chatbot
    from evaluation.command import main

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    probes = tmp_path / "probes.jsonl"
    probes.write_text("\n".join(json.dumps(row) for row in [
        {"id": "b1", "message": "", "expect": ["invalid_input"], "split": "held",
         "category": "empty"},
        {"id": "b2", "message": "   ", "expect": ["invalid_input"], "split": "tune",
         "category": "empty"},
        {"id": "b3", "message": "", "expect": ["smalltalk"], "split": "held",
         "category": "greeting"},
    ]) + "\n")
    report_path = tmp_path / "eval.json"
    code = main(["--index", str(tmp_path / "index"), "--no-triage-model", "--no-scope-model",
                 "--probes-only", "--probes", str(probes),
                 "--report", str(report_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    report = json.loads(report_path.read_text())
    assert report["questions"] == {} and report["sentences"] == {}
    result = report["probes"][str(probes)]
    assert result["by_split"] == {"held": [1, 2], "tune": [1, 1]}
    assert result["by_category"] == {"empty": [2, 2], "greeting": [0, 1]}
    assert "accuracy 0.667, held 0.500, tune 1.000" in out
    assert "by category (right/probes): empty 2/2, greeting 0/1" in out
    # tune and held apart per category, as the reports quote them
    assert result["by_split_category"] == {"held/empty": [1, 1], "tune/empty": [1, 1],
                                           "held/greeting": [0, 1]}
    assert "by split and category: held/empty 1/1, held/greeting 0/1, tune/empty 1/1" in out


def test_a_held_out_set_is_scored_without_naming_what_it_misses(tmp_path, monkeypatch, capsys,
                                                                fake_encoder):
    import bot.chatbot
    from evaluation.command import main
    from evaluation.paths import HELD_OUT

    monkeypatch.setattr(bot.chatbot, "load_encoder", lambda *args, **kwargs: fake_encoder)
    probes = tmp_path / HELD_OUT[0]
    probes.write_text(json.dumps({"id": "h1", "message": "", "expect": ["smalltalk"],
                                  "category": "greeting/secret"}) + "\n")
    code = main(["--index", str(tmp_path / "index"), "--no-triage-model", "--no-scope-model",
                 "--probes-only", "--probes", str(probes), "--report", str(tmp_path / "r.json")])
    out = capsys.readouterr().out
    assert code == 0 and "accuracy 0.000" in out and "smalltalk 0/1" in out
    assert "greeting/secret" not in out and "held-out set" in out
