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


def test_an_invalid_message_still_logs_its_kind_and_time(chatbot, caplog):
    with caplog.at_level(logging.INFO, logger="bot"):
        chatbot.reply(f"{SECRET} " * 500)
    assert any("kind=invalid_input" in r.getMessage() for r in caplog.records)


def test_a_setting_turns_message_logging_on_for_debugging(chatbot, caplog):
    import dataclasses

    from bot import Chatbot

    debugging = Chatbot(dataclasses.replace(chatbot.config, log_messages=True),
                        encoder=chatbot.encoder, store=chatbot.store)
    with caplog.at_level(logging.INFO, logger="bot"):
        debugging.reply(f"My secret word is {SECRET}.")
    assert any(SECRET in r.getMessage() for r in caplog.records)
