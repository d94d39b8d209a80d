"""The page's ratings and sessions: one rating per answer, a cap per session, a failure said."""

from __future__ import annotations

import warnings
from dataclasses import replace

import pytest

from bot import ChatbotConfig, Reply
from web import FeedbackStore
from web.feedback import latest
from web.page import MAX_EXCHANGES, MAX_RATINGS, Exchange, build_page


class EchoChatbot:
    config = ChatbotConfig()

    def reply(self, message, history=None) -> Reply:
        return Reply("answer", f"An answer to {message}.")


class LikeEvent:
    """What Gradio hands a .like listener: the message index and the thumb."""

    def __init__(self, index: int, liked) -> None:
        self.index, self.liked = index, liked


def handler(page, name: str):
    return next(f.fn for f in page.fns.values() if getattr(f.fn, "__name__", "") == name)


def conversation_of(n: int) -> tuple[Exchange, ...]:
    return tuple(Exchange(f"question {i}", Reply("answer", f"answer {i}")) for i in range(n))


def rate_all(rate, conversation, ratings, events):
    """Apply like events in turn, as the page's state would carry them from one to the next."""
    shown = []
    with warnings.catch_warnings(record=True) as said:  # gr.Warning outside a queue
        warnings.simplefilter("always")
        for event in events:
            chat, new_conversation, new_ratings = rate(conversation, ratings, event)
            if isinstance(new_conversation, tuple):
                conversation, ratings = new_conversation, new_ratings
            shown.append(chat)
    return conversation, ratings, shown, [str(w.message) for w in said]


def test_the_same_rating_again_writes_nothing_and_a_changed_one_replaces_it(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.jsonl")
    rate = handler(build_page(EchoChatbot(), store), "rate")
    events = [LikeEvent(1, True)] * 50 + [LikeEvent(1, False), LikeEvent(3, True)]
    conversation, ratings, _, said = rate_all(rate, conversation_of(2), 0, events)
    lines = store.read()
    assert [r["rating"] for r in lines] == ["up", "down", "up"] and ratings == 3
    assert lines[0]["answer"] == lines[1]["answer"] != lines[2]["answer"]
    assert [(r["question"], r["rating"]) for r in latest(lines)] == [
        ("question 0", "down"), ("question 1", "up")]
    assert [ex.rating for ex in conversation] == ["down", "up"] and not said


def test_a_session_writes_at_most_max_ratings(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.jsonl")
    rate = handler(build_page(EchoChatbot(), store), "rate")
    flips = [LikeEvent(1, n % 2 == 0) for n in range(MAX_RATINGS + 20)]
    _, ratings, shown, said = rate_all(rate, conversation_of(1), 0, flips)
    assert len(store.read()) == ratings == MAX_RATINGS
    assert said and "as many answers as it can" in said[-1]


def test_a_rating_that_cannot_be_saved_is_said_and_its_thumb_undone(tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    rate = handler(build_page(EchoChatbot(), FeedbackStore(folder)), "rate")  # writing fails
    first, second = conversation_of(2)
    conversation = (first, replace(second, rating="up"))
    kept, ratings, [chat], said = rate_all(rate, conversation, 1, [LikeEvent(3, False)])
    assert kept == conversation and ratings == 1
    assert chat["feedback_value"] == [None, "Like"]  # the thumb the person sees, as saved
    _, _, shown, _ = rate_all(rate, conversation, 1, [LikeEvent(1, True)] * 2)
    first, again = (chat["feedback_value"] for chat in shown)
    # neither thumb, and a new value each time, so the browser redraws the thumb unchosen
    assert first[1:] == again[1:] == ["Like"] and first[0] != again[0]
    assert first[0] not in (None, "", "Like", "Dislike")
    assert said and "could not be saved" in said[0]


@pytest.mark.parametrize("liked", [None, "Custom"])
def test_an_undone_or_unknown_thumb_writes_nothing(tmp_path, liked):
    store = FeedbackStore(tmp_path / "feedback.jsonl")
    rate = handler(build_page(EchoChatbot(), store), "rate")
    rate_all(rate, conversation_of(1), 0, [LikeEvent(1, liked), LikeEvent(7, True)])
    assert store.read() == []


def test_a_conversation_keeps_only_its_latest_exchanges():
    respond = handler(build_page(EchoChatbot()), "respond")
    conversation = conversation_of(MAX_EXCHANGES)
    *_, kept = respond("one more", conversation)
    assert len(kept) == MAX_EXCHANGES and kept[-1].question == "one more"
    assert kept[0].question == "question 1"
