from __future__ import annotations

import json
import threading

from bot import Citation, Reply
from web import Feedback, FeedbackStore


def reply_citing(*chunk_ids: str) -> Reply:
    citations = tuple(Citation(n, cid, "a", "T", "S", "P.", "P.", ((0, 2),), 0.1)
                      for n, cid in enumerate(chunk_ids, 1))
    return Reply("answer", "An answer with private details [1].", citations)


def test_a_rating_keeps_the_question_kind_and_cited_passages_only(tmp_path):
    store = FeedbackStore(tmp_path / "new" / "feedback.jsonl")
    store.record(Feedback.of("up", "Does ice help?", reply_citing("a#1", "b#2")))
    [line] = (tmp_path / "new" / "feedback.jsonl").read_text().splitlines()
    record = json.loads(line)
    assert set(record) == {"time", "rating", "question", "kind", "chunk_ids", "answer"}
    assert record["rating"] == "up" and record["question"] == "Does ice help?"
    assert record["kind"] == "answer" and record["chunk_ids"] == ["a#1", "b#2"]
    assert "private details" not in line


def test_ratings_append_one_line_each_even_from_many_threads(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.jsonl")
    store.record(Feedback("down", "first", "no_answer", ()))

    def rate(i: int) -> None:
        store.record(Feedback("up", f"question {i}\nwith a newline", "answer", (f"c#{i}",)))

    threads = [threading.Thread(target=rate, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    records = store.read()
    assert len(records) == 21 and records[0]["question"] == "first"
    assert sorted(r["chunk_ids"][0] for r in records[1:]) == sorted(f"c#{i}" for i in range(20))
    assert len((tmp_path / "feedback.jsonl").read_text().splitlines()) == 21


def test_a_torn_last_line_from_a_crash_is_skipped_and_later_lines_still_land(tmp_path):
    path = tmp_path / "feedback.jsonl"
    store = FeedbackStore(path)
    store.record(Feedback("up", "kept", "answer", ()))
    with path.open("a") as file:
        file.write('{"rating": "do')
    assert [r["question"] for r in store.read()] == ["kept"]
    store.record(Feedback("down", "after", "answer", ()))
    assert [r["question"] for r in store.read()] == ["kept", "after"]


def test_the_file_is_private_to_its_owner(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.jsonl")
    store.record(Feedback("up", "q", "answer", ()))
    assert (tmp_path / "feedback.jsonl").stat().st_mode & 0o077 == 0


def test_any_question_text_round_trips_even_a_lone_surrogate(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.jsonl")
    for question in ("Crampe à la cuisse ? 🦵", "cramp \udcff", 'quote " and \\ backslash'):
        store.record(Feedback("up", question, "answer", ()))
    assert [r["question"] for r in store.read()] == [
        "Crampe à la cuisse ? 🦵", "cramp \udcff", 'quote " and \\ backslash']
