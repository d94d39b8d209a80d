"""The first-sight study: which sets it may route, what it counts, and the reader it injects
into old code."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.safety.model import LABELS
from bot.safety.ngrams import NgramModel
from evaluation.first_sight import STUDIED, Reading, _Averaged, by_first_sight, line, tally
from evaluation.paths import DATA, HELD_OUT


def test_it_counts_right_replies_urgent_ones_missed_and_harmless_ones_escalated():
    rows = [{"expect": ["crisis"], "kind": "crisis"},
            {"expect": ["emergency"], "kind": "answer"},  # missed
            {"expect": ["crisis", "emergency"], "kind": "emergency"},  # right, not missed
            {"expect": ["emergency"], "kind": "crisis"},  # wrong, yet not missed: urgent either way
            {"expect": ["answer"], "kind": "see_doctor"},  # escalated
            {"expect": ["no_answer"], "kind": "out_of_scope"},  # wrong, not escalated
            {"expect": ["see_doctor"], "kind": "answer"}]  # wrong; neither urgent nor harmless
    counts = tally(rows)
    assert (counts["n"], counts["right"]) == (7, 2)
    assert (counts["urgent"], counts["urgent missed"]) == (4, 1)
    assert (counts["harmless"], counts["escalated"]) == (2, 1)
    assert (counts["crisis right"], counts["crisis n"]) == (2, 2)
    assert "2/7" in line("x", counts) and "crisis 2/2" in line("x", counts)


def test_no_held_out_set_is_studied_and_a_held_out_one_is_refused():
    assert not {f"probes_blind{n}.jsonl" for n in STUDIED} & set(HELD_OUT)
    held = next(name for name in sorted(HELD_OUT) if (DATA / name).is_file())
    number = int(held.removeprefix("probes_blind").removesuffix(".jsonl"))
    with pytest.raises(SystemExit, match="held out"):
        by_first_sight([number])


def test_each_set_is_routed_by_the_commit_that_added_it():
    groups = by_first_sight([175, 176, 183])
    assert sorted(sorted(sets) for sets in groups.values()) == [[175, 176], [183]]
    assert all(len(commit) == 40 for commit in groups)


def test_the_injected_reader_averages_over_the_texts_it_is_given():
    class Networks:
        def probabilities(self, rows):
            found = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
            found[:, LABELS.index("crisis")] = 1.0
            return found

    bias = np.zeros(len(LABELS), dtype=np.float32)
    bias[0] = 50.0  # the letters read nothing
    reader = _Averaged(Networks(), NgramModel(LABELS, np.zeros((8, len(LABELS)), np.float32),
                                              bias, np.ones(8, np.float32), "d"))
    reader.texts = ("the whole message", "one clause")
    found = reader.probabilities(np.zeros((2, 3)))
    assert np.allclose(found[:, LABELS.index("crisis")], 0.5)
    reader.texts = ("the whole message",)  # clauses not given: the networks alone read them
    found = reader.probabilities(np.zeros((2, 3)))
    assert np.allclose(found[:, LABELS.index("crisis")], [0.5, 1.0])


def test_with_both_a_clause_is_read_at_the_lower_of_the_two_readers():
    class Networks:
        def probabilities(self, rows):
            found = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
            found[:, LABELS.index("crisis")] = 0.9
            found[:, LABELS.index("none")] = 0.1
            return found

    bias = np.zeros(len(LABELS), dtype=np.float32)
    bias[LABELS.index("crisis")] = 50.0  # the letters are sure of a crisis
    reader = _Averaged(Networks(), NgramModel(LABELS, np.zeros((8, len(LABELS)), np.float32),
                                              bias, np.ones(8, np.float32), "d"), both=True)
    reader.texts = ("the whole message", "one clause", "another")
    found = reader.probabilities(np.zeros((3, 3)))
    assert np.allclose(found[:, LABELS.index("crisis")], [0.95, 0.9, 0.9])  # average, then lower
    assert np.allclose(found[1:, LABELS.index("none")], 0.0, atol=1e-6)


def test_what_the_averaged_arm_reads_crosses_to_the_old_code_whole():
    reading = Reading(Path("/a/triage.npz"), "both", Path("/b/scope.npz"))
    assert Reading.from_json(reading.to_json()) == reading
    assert Reading.from_json(Reading().to_json()) == Reading()
    assert Reading().ngrams.name == "triage_ngrams.npz" and Reading().scope_ngrams is None


def test_bad_options_are_named_with_the_way_out(capsys):
    from evaluation.first_sight import main

    with pytest.raises(SystemExit):
        main(["--arms", "alone,both"])
    assert "--arms takes alone, averaged" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--sets", "175,one"])
    assert "e.g. 175,176" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--ngrams", "/no/such/model.npz"])
    assert "no n-gram model at /no/such/model.npz" in capsys.readouterr().err
