"""The safety routes end to end through Chatbot.reply (fake encoder), their texts, and the
output checks every reply passes through."""

from __future__ import annotations

from dataclasses import replace

import re

import pytest

from bot import Chatbot, ChatbotConfig
from bot.safety.output import DOSE_FIGURE, check_reply, strip_markup
from bot.records import Citation, Reply
from bot.safety.route import Decision
from bot.safety.replies import SafetyConfig, safe_points, safety_reply
from bot.wording.safety import DOSING_FOR, EMERGENCY_SIGNS, SEE_DOCTOR_SIGNS
from bot.safety.triage import Flag
from index import build_store

TRIAGE_KINDS = ("emergency", "crisis", "see_doctor", "dosing")


class CountingStore:
    """Wraps a store and counts searches, to show which routes retrieve."""

    def __init__(self, store):
        self._store, self.searches = store, 0

    def search(self, *args, **kwargs):
        self.searches += 1
        return self._store.search(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


@pytest.fixture(scope="module")
def store(articles, fake_encoder):
    return build_store(articles, fake_encoder)


@pytest.fixture()
def chatbot(store, fake_encoder):
    return Chatbot(ChatbotConfig(triage_bank=None, triage_model=None, scope_model=None), encoder=fake_encoder,
                   store=CountingStore(store))


def test_an_emergency_says_to_call_first_and_quotes_nothing(chatbot):
    reply = chatbot.reply("crushing chest pain and my left arm is numb")
    assert reply.kind == "emergency"
    assert reply.text.splitlines()[0].startswith("Call 911 now")
    assert "112" in reply.text and not reply.citations
    assert chatbot.store.searches == 0, "no retrieval for an emergency"


def test_the_emergency_number_is_a_setting(store, fake_encoder):
    bot = Chatbot(ChatbotConfig(triage_bank=None, triage_model=None, scope_model=None,
                                safety=SafetyConfig(emergency_number="112")),
                  encoder=fake_encoder, store=store)
    reply = bot.reply("I can't breathe")
    assert reply.text.startswith("Call 112 now") and "911" not in reply.text


def test_a_crisis_reply_is_warm_gives_a_line_and_no_cramp_content(chatbot):
    reply = chatbot.reply("I want to end my life")
    assert reply.kind == "crisis" and not reply.citations
    assert "988" in reply.text and "findahelpline.com" in reply.text
    assert "someone you trust" in reply.text
    assert not re.search(r"cramp|stretch|heat|massage|articles", reply.text, re.I)
    assert chatbot.store.searches == 0


def test_a_crisis_about_someone_else_speaks_to_the_helper(chatbot):
    reply = chatbot.reply("my friend told me he wants to kill himself")
    assert reply.kind == "crisis" and "looking out for them" in reply.text


def test_an_overdose_to_end_it_is_an_emergency_that_also_gives_the_crisis_line(chatbot):
    reply = chatbot.reply("I took all my pills to end it")
    assert reply.kind == "emergency" and "988" in reply.text


def test_see_doctor_leads_with_the_warning_then_only_safe_cited_content(chatbot):
    reply = chatbot.reply("I felt a pop in my hamstring and now there's a big bruise, "
                          "should I use heat or massage?")
    assert reply.kind == "see_doctor"
    assert reply.text.startswith(SEE_DOCTOR_SIGNS["tear"].why)
    bullets = [line for line in reply.text.splitlines() if line.startswith("- ")]
    for line in bullets:
        assert not re.search(r"heat|massag", line, re.I) or re.search(r"worse|avoid|first|wait",
                                                                       line, re.I)
    assert_citations_consistent(reply)


def test_a_red_flag_the_model_raised_withholds_what_any_sign_would(chatbot):
    flag = Flag("see_doctor", "learned", "model", 0.97, "my leg has been odd for weeks")
    quotes = ["Apply heat to loosen it.", "Rest the leg and see your doctor.",
              "Magnesium supplements may help.", "Stretch it gently.", "Ice can numb it."]
    base = Reply("answer", "", tuple(_citation(n, q) for n, q in enumerate(quotes, start=1)))
    reply = safety_reply(Decision("see_doctor", flag), "my leg has been odd for weeks",
                         lambda: base)
    assert reply.text.startswith(SEE_DOCTOR_SIGNS["see_doctor"].why)
    assert [c.quote for c in reply.citations] == ["Rest the leg and see your doctor."]


def test_a_dose_for_a_child_says_so_and_quotes_no_supplement(chatbot):
    reply = chatbot.reply("how much magnesium can i give my 9 year old for cramps")
    assert reply.kind == "dosing"
    assert DOSING_FOR["child"] in reply.text and not DOSE_FIGURE.search(reply.text)
    assert not any(re.search(r"supplement|magnesium|medicine", c.quote, re.I)
                   for c in reply.citations)


def test_dosing_gives_no_figures_and_points_to_a_pharmacist(chatbot):
    reply = chatbot.reply("is 800 mg of ibuprofen ok for my cramp?")
    assert reply.kind == "dosing" and "pharmacist" in reply.text
    assert not DOSE_FIGURE.search(reply.text)
    assert_citations_consistent(reply)


def test_an_ordinary_question_still_reaches_the_answerer(chatbot):
    reply = chatbot.reply("How long should I hold a hamstring stretch?")
    assert reply.kind not in TRIAGE_KINDS and chatbot.store.searches == 1


def test_a_too_long_message_with_an_emergency_gets_the_emergency_reply(chatbot):
    long_message = "my hamstring cramps " * 150 + "and now I have crushing chest pain"
    assert chatbot.reply(long_message).kind == "emergency"
    assert chatbot.reply("my hamstring cramps " * 150).kind == "invalid_input"


def test_the_conversation_keeps_a_reminder_of_an_earlier_red_flag(chatbot):
    history = [{"role": "user", "content": "my calf is swollen, red and hot"},
               {"role": "assistant", "content": "..."},
               {"role": "user", "content": "thanks"},
               {"role": "assistant", "content": "..."}]
    reply = chatbot.reply("What causes hamstring cramps?", history)
    assert reply.text.startswith("Earlier you mentioned a swollen, red or warm leg")


def test_user_html_never_comes_back_as_markup(chatbot):
    for message in ["<img src=x onerror=alert(1)> what causes hamstring cramps?",
                    "<script>alert(1)</script> I can't breathe",
                    '<a href="javascript:alert(1)">x</a> how much magnesium should I take?']:
        text = chatbot.reply(message).text
        assert "<" not in text.replace("&lt;", "") and "javascript:" not in text


def test_no_template_carries_a_dose_figure_or_a_link():
    config = SafetyConfig()
    texts = [s for sign in (*EMERGENCY_SIGNS.values(), *SEE_DOCTOR_SIGNS.values())
             for s in (sign.why, sign.when, sign.meanwhile, sign.label)]
    for category, table in (("emergency", EMERGENCY_SIGNS), ("crisis", {"suicide": None}),
                            ("see_doctor", SEE_DOCTOR_SIGNS), ("dosing", {"dose": None})):
        for sign in table:
            flag = Flag(category, sign, "rule")
            for continued in (False, True):
                decision = Decision(category, flag, continued, (flag,))
                texts.append(safety_reply(decision, "help", lambda: Reply("no_answer", ""),
                                          config).text)
    for text in texts:
        assert not DOSE_FIGURE.search(text), text
        assert strip_markup(text) == text, text


def test_safe_points_renumber_what_they_keep():
    citations = tuple(_citation(n, quote) for n, quote in enumerate(
        ["Apply heat to loosen it.", "Rest the leg and see your doctor.",
         "Take 400 mg of magnesium.", "Ice first; heat can make a tear worse."], start=1))
    body, kept = safe_points(Reply("answer", "", citations), r"heat|warm")
    assert [c.number for c in kept] == [1, 2]
    assert body == ("- Rest the leg and see your doctor. [1]\n"
                    "- Ice first; heat can make a tear worse. [2]")


def test_safe_points_renumber_the_agreeing_citations_they_keep():
    quotes = ["Stretch the muscle gently.", "Take 400 mg of magnesium.", "Massage the calf."]
    citations = tuple(replace(_citation(n, quote), agrees_with=agree) for n, quote, agree in
                      zip((1, 2, 3), quotes, ((2, 3), (1, 3), (1, 2))))
    _, kept = safe_points(Reply("answer", "", citations), "")
    assert [(c.number, c.agrees_with) for c in kept] == [(1, (2,)), (2, (1,))]


def test_output_checks_strip_markup_links_and_images():
    text = ('<img src=x onerror=alert(1)>Hi <a href="javascript:alert(1)">there</a> '
            "![pic](https://example.com/a.png) [source](https://example.com) www.example.com "
            "<script")
    assert check_reply(Reply("answer", text)).text == "Hi there  source  &lt;script"


def test_output_checks_remove_dose_figures_only_where_they_have_no_place():
    text = "Take 2 tablets twice a day, and hold the stretch for 30 seconds."
    assert check_reply(Reply("dosing", text)).text == \
        "Take [amount removed] [amount removed], and hold the stretch for 30 seconds."
    assert check_reply(Reply("answer", text)).text == text


def test_terminal_colour_codes_are_not_words(chatbot):
    assert chatbot.reply("\x07\x1b[0m\x08").kind == "invalid_input"
    assert chatbot.reply("\x1b[1mwhat causes hamstring cramps?\x1b[0m").kind != "invalid_input"


def test_the_safety_config_names_the_bad_value():
    with pytest.raises(ValueError, match=r"emergency_number must be 2 to 6 digits.*'nine'"):
        SafetyConfig(emergency_number="nine")


def assert_citations_consistent(reply: Reply) -> None:
    """Markers in the text are exactly 1..n, each with its citation, each quote verbatim."""
    markers = sorted({int(n) for n in re.findall(r"\[(\d+)\]", reply.text)})
    assert markers == [c.number for c in reply.citations] == list(range(1, len(markers) + 1))
    for citation in reply.citations:
        assert citation.quote in reply.text
        assert all(citation.passage[a:b] in citation.quote for a, b in citation.quote_spans)


def _citation(number: int, quote: str) -> Citation:
    return Citation(number, f"c{number}", "a", "T", "S", quote, quote, ((0, len(quote)),), 1.0)


def _unsure(chatbot, category: str, probability: float):
    """A chatbot whose learned layer gives every message `category` at `probability`, the
    rest spread evenly over the other labels (no n-gram model averaged in)."""
    import math

    import numpy as np

    from bot.safety.model import LABELS, TriageModel

    bias = np.zeros(len(LABELS), dtype=np.float32)
    others = len(LABELS) - 1
    bias[LABELS.index(category)] = math.log(probability * others / (1 - probability))
    model = TriageModel(np.zeros((len(LABELS), chatbot.encoder.dimension), np.float32), bias,
                        chatbot.encoder.name, "test")
    return Chatbot(replace(chatbot.config, triage_ngrams=None), encoder=chatbot.encoder,
                   store=chatbot.store, model=model)


# Round 31: the floor under the bars. A reading of a crisis or an emergency the learned layer
# is unsure of (over config.model_help_floor, under its bar) changes no reply's kind, and ends
# an ordinary reply with where help is.
@pytest.mark.parametrize("category, says", [("crisis", "findahelpline.com"),
                                            ("emergency", "call 911")])
def test_an_unsure_urgent_reading_ends_an_ordinary_reply_with_where_help_is(chatbot, category,
                                                                             says):
    from bot.wording.safety import NEAR

    reply = _unsure(chatbot, category, 0.6).reply("how do I ease a hamstring cramp?")
    assert reply.kind == "answer" and reply.citations
    assert reply.text.endswith(NEAR[category].format(number="911", line=SafetyConfig().crisis_line,
                                                     finder="findahelpline.com"))
    assert says in reply.text and f"help line: {category} near" in reply.notes


def test_no_help_line_under_the_floor_or_where_the_rules_dismissed_the_reading(chatbot):
    assert "help line: crisis near" not in _unsure(chatbot, "crisis", 0.4).reply(
        "how do I ease a hamstring cramp?").notes
    # an idiom the rules read and dismissed
    dismissed = _unsure(chatbot, "crisis", 0.6).reply("this cramp will be the death of me, "
                                                      "how do I ease it?")
    assert dismissed.kind != "crisis" and "help line: crisis near" not in dismissed.notes
    # over the bar, the category is raised as before, with no floor line
    assert _unsure(chatbot, "crisis", 0.9).reply("how do I ease a hamstring cramp?").kind == \
        "crisis"


def test_no_help_line_where_the_reply_in_another_language_says_where_help_is_already(chatbot):
    reply = _unsure(chatbot, "crisis", 0.6).reply("¿Qué hago si me da un calambre en el muslo?")
    assert reply.kind == "no_answer" and "language es" in reply.notes
    assert "help line: crisis near" not in reply.notes and "findahelpline" in reply.text
    assert not reply.text.endswith("free, confidential lines.")  # the floor's line, left off


def test_a_floor_set_lower_can_meet_both_readings_and_says_both_lines(chatbot):
    import numpy as np

    from bot.safety.model import LABELS, TriageModel
    from bot.safety.triage import TriageConfig
    from bot.wording.safety import NEAR

    bias = np.zeros(len(LABELS), dtype=np.float32)
    bias[LABELS.index("crisis")] = bias[LABELS.index("emergency")] = 3.0  # about 0.47 each
    model = TriageModel(np.zeros((len(LABELS), chatbot.encoder.dimension), np.float32), bias,
                        chatbot.encoder.name, "test")
    bot = Chatbot(replace(chatbot.config, triage_ngrams=None,
                          triage=TriageConfig(model_help_floor=0.3)),
                  encoder=chatbot.encoder, store=chatbot.store, model=model)
    reply = bot.reply("how do I ease a hamstring cramp?")
    assert reply.kind == "answer"
    assert reply.text.endswith(NEAR["both"].format(number="911", line=SafetyConfig().crisis_line,
                                                   finder="findahelpline.com"))
    assert {"help line: crisis near", "help line: emergency near"} <= set(reply.notes)
