"""By default the logs hold timings, reply kinds and passage ids, never the words a person typed."""

from __future__ import annotations

import logging

import pytest

SECRET = "zebracorn"
MESSAGES = [
    f"My secret word is {SECRET}. How long should I hold a hamstring stretch?",
    f"{SECRET} " * 500,                                                  # too long
    f"I took {SECRET} pills and now my chest hurts and I can't breathe",  # urgent route
    f"<script>{SECRET}</script>",
]


@pytest.mark.parametrize("message", MESSAGES, ids=["question", "too long", "urgent", "markup"])
def test_no_log_record_holds_the_words_typed(chatbot, caplog, message):
    history = [{"role": "user", "content": f"earlier {SECRET} turn"},
               {"role": "assistant", "content": "An answer."}]
    with caplog.at_level(logging.DEBUG):
        chatbot.reply(message, history)
    for record in caplog.records:
        assert SECRET not in record.getMessage(), (record.name, record.getMessage())
        assert SECRET not in repr(record.args)


def test_the_reply_log_line_says_kind_passages_and_time(chatbot, caplog):
    with caplog.at_level(logging.INFO, logger="bot"):
        reply = chatbot.reply(f"My secret word is {SECRET}. Should I use heat or ice?")
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("reply kind=")]
    assert f"kind={reply.kind}" in line and " ms" in line
    assert all(c.chunk_id in line for c in reply.citations)


@pytest.mark.xfail(strict=True, reason="bot/chatbot.py returns invalid_input replies before its "
                   "log line, so they leave no kind or timing in the log")
def test_an_invalid_message_still_logs_its_kind_and_time(chatbot, caplog):
    with caplog.at_level(logging.INFO, logger="bot"):
        chatbot.reply(f"{SECRET} " * 500)
    assert any("kind=invalid_input" in r.getMessage() for r in caplog.records)


@pytest.mark.xfail(strict=True, reason="no setting turns message logging on for debugging yet "
                   "(expected a ChatbotConfig field such as log_messages)")
def test_a_setting_turns_message_logging_on_for_debugging():
    import dataclasses

    from bot import ChatbotConfig

    assert "log_messages" in {f.name for f in dataclasses.fields(ChatbotConfig)}
