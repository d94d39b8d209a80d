"""The scope model: when it overrules the word checks, its file, and the articles it is for."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from bot import Chatbot, ChatbotConfig
from bot.answer.config import AnswerConfig
from bot.answer.scope import DEFAULT_SCOPE_MODEL, SCOPE_LABELS, ScopeModel, overrule
from bot.softmax import ModelError
from corpus import DEFAULT_CORPUS
from corpus.load import articles_digest
from index import build_store
from index.encoders.onnx_encoder import MODEL_NAME

CONFIG = AnswerConfig(scope_not_covered=0.7, scope_off_topic=0.7, scope_answer=0.9)  # bars of its own


def _p(answer: float, not_covered: float, off_topic: float) -> np.ndarray:
    return np.array([answer, not_covered, off_topic])


@pytest.mark.parametrize("kind, probabilities, judged", [
    ("answer", _p(0.2, 0.75, 0.05), "no_answer"),  # sure it is not covered
    ("answer", _p(0.2, 0.05, 0.75), "out_of_scope"),  # sure it is off topic
    ("answer", _p(0.35, 0.35, 0.3), "answer"),  # unsure: the word checks stand
    ("answer", _p(0.31, 0.69, 0.0), "answer"),  # just under the bar
    ("no_answer", _p(0.95, 0.05, 0.0), "answer"),  # sure the articles answer it
    ("out_of_scope", _p(0.9, 0.05, 0.05), "answer"),
    ("no_answer", _p(0.85, 0.15, 0.0), "no_answer"),  # a rescue needs the higher bar
    ("no_answer", _p(0.0, 0.0, 1.0), "out_of_scope"),  # sure it is off topic, not a miss
    ("no_answer", _p(0.0, 0.35, 0.65), "no_answer"),  # not sure enough
    ("out_of_scope", _p(0.0, 1.0, 0.0), "out_of_scope"),  # never made a cramp question missed
    ("smalltalk", _p(0.0, 1.0, 0.0), "smalltalk"),  # only the answerer's three kinds
])
def test_the_model_overrules_the_word_checks_only_where_it_is_sure(kind, probabilities, judged):
    assert overrule(kind, probabilities, CONFIG) == judged


def test_a_bar_of_one_leaves_the_decision_to_the_word_checks():
    never = AnswerConfig(scope_not_covered=1.0, scope_off_topic=1.0, scope_answer=1.0)
    assert overrule("answer", _p(0.0, 1.0, 0.0), never) == "answer"
    assert overrule("no_answer", _p(1.0, 0.0, 0.0), never) == "no_answer"


@pytest.mark.parametrize("name", ["scope_not_covered", "scope_off_topic", "scope_answer"])
def test_a_bar_outside_zero_to_one_names_itself(name):
    with pytest.raises(ValueError, match=f"{name} is a probability.*1.5"):
        AnswerConfig(**{name: 1.5})


def _sure_off_topic(encoder, articles: str) -> ScopeModel:
    bias = np.zeros(len(SCOPE_LABELS), dtype=np.float32)
    bias[SCOPE_LABELS.index("out_of_scope")] = 20.0
    return ScopeModel(np.zeros((len(SCOPE_LABELS), encoder.dimension), np.float32), bias,
                      encoder.name, "test", articles)


def test_a_written_model_keeps_the_articles_it_is_for(tmp_path, fake_encoder):
    model = _sure_off_topic(fake_encoder, "abc")
    model.write(tmp_path / "scope.npz")
    again = ScopeModel.read(tmp_path / "scope.npz", encoder=fake_encoder.name)
    assert again.articles == "abc" and np.array_equal(again.bias, model.bias)
    with pytest.raises(ModelError, match="unreadable.*evaluation.scope_model fit.*scope_model=None"):
        ScopeModel.read(tmp_path / "none.npz")


def test_the_model_is_used_for_its_own_articles_and_left_out_for_others(
        tmp_path, articles, fake_encoder, caplog):
    store = build_store(articles, fake_encoder)
    question = "How long should I hold a hamstring stretch?"
    replies = {}
    for name, digest in (("ours", articles_digest(DEFAULT_CORPUS)), ("other", "another corpus")):
        path = tmp_path / f"{name}.npz"
        _sure_off_topic(fake_encoder, digest).write(path)
        bot = Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None,
                                    scope_model=path), encoder=fake_encoder, store=store)
        with caplog.at_level(logging.WARNING, logger="bot"):
            replies[name] = bot.reply(question)
    assert replies["ours"].kind == "out_of_scope" and "scope model" in replies["ours"].notes
    assert replies["other"].kind == "answer" and replies["other"].citations
    assert "fitted for other articles" in caplog.text


def test_the_shipped_model_fits_the_bundled_encoder_and_articles():
    model = ScopeModel.read(DEFAULT_SCOPE_MODEL, encoder=MODEL_NAME, dimension=384)
    assert np.isfinite(model.weights).all() and np.isfinite(model.bias).all()
    assert model.articles == articles_digest(DEFAULT_CORPUS), (
        "the default articles changed since the scope model was fitted: check the labelled "
        "sets still say what they cover, then run `python -m evaluation.scope_model fit`")


def test_the_model_judges_only_a_message_that_opens_the_conversation(
        tmp_path, articles, fake_encoder):
    path = tmp_path / "ours.npz"
    _sure_off_topic(fake_encoder, articles_digest(DEFAULT_CORPUS)).write(path)
    bot = Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None,
                                scope_model=path), encoder=fake_encoder,
                  store=build_store(articles, fake_encoder))
    history = [{"role": "user", "content": "What is a hamstring cramp?"},
               {"role": "assistant", "content": "A cramp is a sudden tightening."}]
    assert bot.reply("How long should I hold a hamstring stretch?", history).kind == "answer"


def test_an_index_built_from_other_documents_leaves_the_model_out(tmp_path, articles,
                                                                    fake_encoder, caplog):
    path = tmp_path / "ours.npz"
    _sure_off_topic(fake_encoder, articles_digest(DEFAULT_CORPUS)).write(path)
    # the corpus folder is ours, the index given is built from two of its five articles only
    bot = Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None,
                                scope_model=path), encoder=fake_encoder,
                  store=build_store(articles[:2], fake_encoder))
    with caplog.at_level(logging.WARNING, logger="bot"):
        reply = bot.reply("How long should I hold a hamstring stretch?")
    assert reply.kind != "out_of_scope" and "fitted for other articles" in caplog.text


@pytest.mark.model
@pytest.mark.parametrize("message", ["so stressed about exams i cant sleep",
                                     "how do i train for my first 5k"])
def test_the_served_bot_turns_away_what_the_word_checks_would_answer(real_chatbot, message):
    from dataclasses import replace

    words_only = Chatbot(replace(real_chatbot.config, scope_model=None),
                         encoder=real_chatbot.encoder, store=real_chatbot.store)
    assert words_only.reply(message).kind == "answer"
    reply = real_chatbot.reply(message)
    assert reply.kind == "out_of_scope" and "scope model" in reply.notes


def _sure_of(label: str, encoder) -> ScopeModel:
    bias = np.zeros(len(SCOPE_LABELS), dtype=np.float32)
    bias[SCOPE_LABELS.index(label)] = 20.0
    return ScopeModel(np.zeros((len(SCOPE_LABELS), encoder.dimension), np.float32), bias,
                      encoder.name, "test", articles_digest(DEFAULT_CORPUS))


@pytest.mark.parametrize("message, label, kind", [
    ("how do I stop a cramp in my calf?", "answer", "out_of_scope"),  # another part of the body
    ("what helps period cramps?", "answer", "out_of_scope"),  # another subject
    ("Can doing too many squats cause hamstring cramps?", "no_answer", "answer"),  # overuse
])
def test_no_model_overrules_what_the_articles_are_about(tmp_path, articles, fake_encoder,
                                                          message, label, kind):
    path = tmp_path / "sure.npz"
    _sure_of(label, fake_encoder).write(path)
    bot = Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None,
                                scope_model=path), encoder=fake_encoder,
                  store=build_store(articles, fake_encoder))
    assert bot.reply(message).kind == kind
