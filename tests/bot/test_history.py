from bot.history import MAX_TURNS, parse_history
from bot.query import is_follow_up, search_query
from bot.records import Turn


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
    assert search_query("and for how long?", turns) == "Should I ice it? and for how long?"
    potassium = (Turn("user", "Which foods have potassium?"),)
    assert is_follow_up("what about calcium?", potassium)


def test_a_new_question_stands_on_its_own():
    turns = (Turn("user", "Should I ice it?"),)
    assert not is_follow_up("What causes hamstring cramps during a long run?", turns)
    assert not is_follow_up("and for how long?", ())
