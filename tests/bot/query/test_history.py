import pytest

from bot.query.history import MAX_TURNS, parse_history
from bot.query.context import is_follow_up
from bot.query.read import read_message
from bot.records import Turn
from index.spelling import correct_text
from index.vocabulary import Vocabulary


def search_of(message: str, turns: tuple[Turn, ...], vocabulary=None) -> str:
    """What the bot searches with for `message` after `turns`."""
    history = [{"role": t.role, "content": t.content} for t in turns]
    return read_message(message, history, vocabulary).search


def test_gradio_messages_are_read_and_junk_is_skipped():
    history = [
        {"role": "user", "content": "Should I ice it?"},
        {"role": "assistant", "content": [{"type": "text", "text": "Ice can reduce pain."}]},
        {"role": "system", "content": "ignored"},
        {"role": "user"},
        "not a dict",
        {"role": "user", "content": {"text": "thanks"}},
        {"role": "user", "content": 42},
    ]
    assert parse_history(history) == (Turn("user", "Should I ice it?"),
                                      Turn("assistant", "Ice can reduce pain."),
                                      Turn("user", "thanks"))
    assert parse_history(None) == () and parse_history("text") == ()


def test_thousands_of_turns_keep_only_the_recent_ones():
    history = [{"role": "user", "content": f"message {i}"} for i in range(5000)]
    turns = parse_history(history)
    assert len(turns) == MAX_TURNS and turns[-1].content == "message 4999"


def test_follow_ups_are_read_with_the_previous_question():
    turns = (Turn("user", "Should I ice it?"), Turn("assistant", "Ice can reduce pain."))
    assert is_follow_up("and for how long?", turns)
    assert search_of("and for how long?", turns) == "and for how long? Should I ice it?"
    potassium = (Turn("user", "Which foods have potassium?"),)
    assert is_follow_up("what about calcium?", potassium)
    assert "potassium" in search_of("what about calcium?", potassium)


@pytest.mark.parametrize("message", [
    "and for how long?",  # a continuation
    "what if i actually tore the muscle?",  # a continuation naming a subject, but short
    "which electrolytes?",  # one word of its own
    "what do they do",  # nothing but a reference
    "can i just run it off?",  # refers back and names no topic
    "is that actually proven though?",
])
def test_messages_that_cannot_name_their_subject_are_follow_ups(message):
    assert is_follow_up(message, (Turn("user", "What helps a hamstring cramp?"),))


@pytest.mark.parametrize("message", [
    "What causes hamstring cramps during a long run?",
    "Should I ramp up my training slowly?",  # opens like a follow-up, but is a full question
    "why do i keep getting hamstring cramps",
    "is it OK if the stretch hurts?",  # refers back, but names its subject
    "can I strech it lying in bed",  # ... even misspelled, once corrected
    "i only drink during my workouts, is that enough?",
])
def test_a_new_question_stands_on_its_own(message, articles, fake_encoder):
    turns = (Turn("user", "Which foods have potassium?"), Turn("assistant", "Bananas."))
    vocabulary = Vocabulary.from_texts(a.text for a in articles)
    assert search_of(message, turns, vocabulary) == correct_text(message, vocabulary)


def test_without_an_earlier_user_turn_nothing_is_a_follow_up():
    assert not is_follow_up("and for how long?", ())
    assert not is_follow_up("and for how long?", (Turn("assistant", "Hello!"),))


def test_a_chain_of_follow_ups_reaches_back_to_the_question_that_named_the_subject():
    turns = (Turn("user", "which foods have potassium?"), Turn("assistant", "Bananas."),
             Turn("user", "what about magnesium?"), Turn("assistant", "Nuts."))
    assert search_of("and calcium", turns) == \
        "and calcium what about magnesium? which foods have potassium?"


def test_the_search_query_corrects_typos_against_the_index_vocabulary(articles):
    vocabulary = Vocabulary.from_texts(a.text for a in articles)
    assert search_of("hamstrimg strech how long", (), vocabulary) == \
        "hamstring stretch how long"
    assert search_of("hamstrimg strech how long", ()) == "hamstrimg strech how long"
