from __future__ import annotations

from dataclasses import replace

import pytest

from bot import Chatbot, ChatbotConfig
from bot.answer.config import AnswerConfig
from bot.query.checks import invalid_reason
from index import build_store
from tests.conftest import CountingEncoder


@pytest.fixture(scope="module")
def chatbot(articles, fake_encoder):
    return Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None, scope_model=None),
                   encoder=fake_encoder, store=build_store(articles, fake_encoder))


@pytest.mark.parametrize("message", ["", "   \n\t", "\u200b\u200b", "\x00\x01", "🙂🙂", None, 42])
def test_unreadable_messages_get_a_kind_invalid_input_reply(chatbot, message):
    reply = chatbot.reply(message)
    assert reply.kind == "invalid_input" and reply.text and not reply.citations


def test_too_long_messages_say_the_limit():
    assert "under 2,000 characters" in invalid_reason("a" * 2001, 2000)
    assert invalid_reason("a" * 2000, 2000) is None


def test_an_answer_quotes_its_citations_verbatim(chatbot):
    reply = chatbot.reply("How long should I hold a hamstring stretch?")
    assert reply.kind == "answer" and reply.citations
    for citation in reply.citations:
        assert f"[{citation.number}]" in reply.text
        assert citation.quote in reply.text
        for a, b in citation.quote_spans:
            assert citation.passage[a:b] in citation.quote
    assert [c.number for c in reply.citations] == list(range(1, len(reply.citations) + 1))


def test_the_config_names_the_bad_value():
    with pytest.raises(ValueError, match=r"top_k must be at least 1 \(got top_k=0\)"):
        ChatbotConfig(top_k=0)


@pytest.mark.parametrize("field, value, words", [
    ("encoder", "tensorflow", "encoder must be one of onnx, onnx-int8, sentence-transformers"),
    ("encoder_threads", 0, "encoder_threads=0"),
    ("query_cache", -1, "query_cache=-1"),
])
def test_encoder_settings_are_checked(field, value, words):
    with pytest.raises(ValueError, match=words):
        ChatbotConfig(**{field: value})


@pytest.mark.parametrize("cache, encodes", [(1024, 1), (0, 3)])
def test_a_repeated_question_reuses_its_query_vector_unless_the_cache_is_off(
        articles, fake_encoder, cache, encodes):
    store = build_store(articles, fake_encoder)
    counting = CountingEncoder(fake_encoder)
    chatbot = Chatbot(ChatbotConfig(query_cache=cache, triage_bank=None, triage_model=None, scope_model=None,
                                    answer=AnswerConfig(min_relevance=0.0)),
                      encoder=counting, store=store).load()
    counting.calls.clear()  # what loading embedded (the topic examples) is not counted
    replies = [chatbot.reply("How long should I hold a hamstring stretch?") for _ in range(3)]
    assert counting.texts.count("How long should I hold a hamstring stretch?") == encodes
    assert len({r.text for r in replies}) == 1  # the same answer every time


def test_a_cached_query_vector_cannot_be_changed_by_a_caller(chatbot):
    vectors = chatbot._embed("ice or heat for a hamstring cramp?")
    assert vectors.focus is not None  # "hamstring cramp" is in most passages: not the focus
    for vector in (vectors.query, vectors.focus):
        with pytest.raises(ValueError, match="read-only"):
            vector[0] = 1.0


def test_a_message_in_another_language_is_told_where_help_is_in_that_language(chatbot):
    from bot.wording.answers import OTHER_LANGUAGE, OTHER_LANGUAGE_IN

    reply = chatbot.reply("bardzo boli mnie noga od wczoraj i nie wiem co robić")
    assert reply.kind == "out_of_scope" and not reply.citations
    assert reply.text == f"{OTHER_LANGUAGE}\n\n{OTHER_LANGUAGE_IN['pl']}"
    assert "findahelpline.com" in reply.text and "112" in reply.text


def test_the_other_languages_of_europe_are_told_too(chatbot):
    # round 30: Swedish, Romanian and Czech had been read as English, quoted or called off
    # topic with no word of where help is
    from bot.wording.answers import OTHER_LANGUAGE, OTHER_LANGUAGE_IN

    for message, language in (("kan du hjälpa mig att boka en tid hos frisören på fredag", "sv"),
                              ("unde pot să găsesc o rețetă bună de sarmale", "ro"),
                              ("můžeš mi doporučit nějakou dobrou knihu na léto", "cs")):
        reply = chatbot.reply(message)
        assert reply.kind == "out_of_scope" and not reply.citations, message
        assert reply.text == f"{OTHER_LANGUAGE}\n\n{OTHER_LANGUAGE_IN[language]}", message


def test_a_cramp_asked_about_in_another_language_is_on_topic_but_not_answered(chatbot):
    from bot.wording.answers import OTHER_LANGUAGE_IN, OTHER_LANGUAGE_ON_TOPIC

    for message, language in (("¿el vinagre de manzana sirve para los calambres?", "es"),
                              ("Wärme oder Kälte bei einem Krampf hinten im Oberschenkel?", "de"),
                              ("Що робити, коли судома в нозі вночі?", "uk")):
        reply = chatbot.reply(message)
        assert reply.kind == "no_answer" and not reply.citations, message
        assert reply.text == f"{OTHER_LANGUAGE_ON_TOPIC}\n\n{OTHER_LANGUAGE_IN[language]}"
        assert "findahelpline.com" in reply.text and "112" in reply.text


def _alarmist(chatbot):
    """A model that calls every message an emergency, to show which messages it may judge."""
    import numpy as np

    from bot.safety.model import LABELS, TriageModel

    bias = np.zeros(len(LABELS), dtype=np.float32)
    bias[LABELS.index("emergency")] = 20.0
    return TriageModel(np.zeros((len(LABELS), chatbot.encoder.dimension), np.float32),
                       bias, chatbot.encoder.name, "test")


def test_the_learned_layers_leave_a_script_the_encoder_cannot_read_to_the_rules(chatbot):
    # the model alone: the n-gram model, averaged in, would temper it
    bot = Chatbot(replace(chatbot.config, triage_ngrams=None), encoder=chatbot.encoder,
                  store=chatbot.store, model=_alarmist(chatbot))
    for harmless in ("Сколько стоит билет в Москву?", "腿抽筋了怎么办", "كم سعر تذكرة القطار؟"):
        assert bot.reply(harmless).kind in ("out_of_scope", "no_answer"), harmless
    assert bot.reply("Я хочу покончить с собой").kind == "crisis"  # the rules still read it
    assert bot.reply("my hamstring feels odd today").kind == "emergency"


def test_the_learned_layers_leave_pure_small_talk_to_the_rules(chatbot):
    import numpy as np

    from bot.safety.model import LABELS, TriageModel

    # a model that calls every message an emergency, to show which messages it may judge
    bias = np.zeros(len(LABELS), dtype=np.float32)
    bias[LABELS.index("emergency")] = 20.0
    alarmist = TriageModel(np.zeros((len(LABELS), chatbot.encoder.dimension), np.float32),
                           bias, chatbot.encoder.name, "test")
    bot = Chatbot(replace(chatbot.config, triage_ngrams=None), encoder=chatbot.encoder,
                  store=chatbot.store, model=alarmist)
    assert bot.reply("could i speak to a nurse or a real person please").kind == "smalltalk"
    assert bot.reply("thanks, bye!").kind == "smalltalk"
    assert bot.reply("my hamstring feels odd today").kind == "emergency"


def test_keys_struck_at_random_need_the_networks_surer_to_be_read_as_a_crisis(chatbot):
    import numpy as np

    from bot.safety.model import LABELS, TriageModel

    # a model that reads a crisis at 0.97 in every message: over the crisis bar (0.7), under
    # the bar for a message few of whose runs of letters are words (0.99)
    bias = np.zeros(len(LABELS), dtype=np.float32)
    bias[LABELS.index("crisis")] = np.log(0.97 * (len(LABELS) - 1) / 0.03)
    unsure = TriageModel(np.zeros((len(LABELS), chatbot.encoder.dimension), np.float32),
                         bias, chatbot.encoder.name, "test")
    bot = Chatbot(replace(chatbot.config, triage_bank=None, triage_ngrams=None),
                  encoder=chatbot.encoder, store=chatbot.store, model=unsure)  # the model alone
    assert bot.reply("my hamstring feels odd today").kind == "crisis"
    assert bot.reply("cil dkse qjil sb g ckhi").kind != "crisis"
    assert bot.reply("kitni neend ki goliyan lene se koi nahi uthta").kind == "crisis"


def test_an_urgent_reply_to_another_language_adds_where_help_is_in_that_language(chatbot):
    from bot.wording.answers import OTHER_LANGUAGE_IN

    reply = chatbot.reply("je veux mourir, je n'en peux plus de tout ça")
    assert reply.kind == "crisis" and "language fr" in reply.notes
    assert reply.text.endswith(OTHER_LANGUAGE_IN["fr"])
    english = chatbot.reply("i want to end my life")
    assert english.kind == "crisis" and not any(n.startswith("language") for n in english.notes)


@pytest.mark.parametrize("message, language", [
    ("мне кажется, я хочу умереть", "ru"), ("لا اريد ان اعيش بعد اليوم", "ar"),
    ("aku sudah capek, ingin bunuh diri", "id"), ("もう死にたいと毎日思う", "ja")])
def test_a_crisis_in_another_script_gets_the_crisis_reply_with_help_in_that_language(
        chatbot, message, language):
    from bot.wording.answers import OTHER_LANGUAGE_IN

    reply = chatbot.reply(message)
    assert reply.kind == "crisis" and reply.text.endswith(OTHER_LANGUAGE_IN[language])
