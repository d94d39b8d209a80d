"""The answerer's promise, checked on every answer of the eval sets with the real model:
everything it says beyond its templates is a verbatim quote of a passage it cites."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.records import GAP
from bot.wording import answers as wording
from bot.answer.cite import LEANS_BACK
from bot.answer.compose import DOCTOR_ASKED, GENERIC_STEMS
from bot.answer.coverage import asked_about
from index.text import tokenize
from bot.answer.smalltalk import smalltalk_reply

ROOT = Path(__file__).resolve().parents[3]
MARKERS = re.compile(r"((?:\[\d+\])+)$")
TEMPLATE_LINES = {wording.SAFETY_NET, wording.GENERIC_LEAD, *wording.LEADS.values()}
LABELS = (wording.DISAGREE, wording.SEE_DOCTOR)


def question_sets(shared_dir: Path) -> list[dict]:
    paths = [ROOT / "evaluation" / "data" / "questions.jsonl", shared_dir / "eval" / "dev_questions.jsonl"]
    return [json.loads(line) for path in paths if path.is_file()
            for line in path.read_text().splitlines() if line.strip()]


def check_answer(reply) -> None:
    """Every quoted line is made of sentences of the passages its markers point to, and the
    citations of one line (articles saying the same thing) name each other as agreeing."""
    assert reply.citations, "an answer always carries citations"
    by_number = {c.number: c for c in reply.citations}
    assert sorted(by_number) == list(range(1, len(reply.citations) + 1))
    assert len({c.chunk_id for c in reply.citations}) == len(reply.citations), "duplicate citation"
    seen: list[int] = []
    together: dict[int, set[int]] = {c.number: set() for c in reply.citations}
    blocks = reply.text.split("\n\n")
    assert blocks[-1] == wording.SAFETY_NET
    lead = blocks[0]
    assert lead in TEMPLATE_LINES
    for block in blocks[1:-1]:
        for line in block.split("\n"):
            point = line.startswith("- ")
            line = line.removeprefix("- ")
            for label in LABELS:
                line = line.removeprefix(label + " ")
            markers = MARKERS.search(line)
            assert markers, f"a quoted line without a marker: {line!r}"
            numbers = [int(n) for n in re.findall(r"\d+", markers.group(1))]
            seen += [n for n in numbers if n not in seen]
            for number in numbers:
                together[number].update(n for n in numbers if n != number)
            quote = line[:markers.start()].strip()
            first = by_number[numbers[0]]
            sentences = [first.passage[a:b] for a, b in first.quote_spans]
            assert quote and all(s in first.passage for s in sentences)
            pieces = _pieces(quote, sentences)
            assert all(piece in sentences for piece, _ in pieces), quote
            _check_gaps(first.passage, pieces)
            if point:  # a point reads on its own: no dangling "This ...", no bare lead-in
                assert not LEANS_BACK.match(quote), f"a point leaning on nothing: {quote!r}"
                assert not quote.endswith(":"), f"a lead-in with nothing after it: {quote!r}"
    assert seen == sorted(seen) == list(range(1, len(reply.citations) + 1)), \
        "citations are numbered in order of appearance, each used"
    assert {c.number: set(c.agrees_with) for c in reply.citations} == together


def check_extras(reply, query) -> None:
    """No extra line without a reason in the question: a doctor line answers a question about
    a cramp that lingers, returns or worries; a doubt shares a word the question asks about."""
    if wording.SEE_DOCTOR in reply.text:
        assert DOCTOR_ASKED.search(query.search), (query.search, reply.text)
    if wording.DISAGREE in reply.text:
        doubt = reply.text.split(wording.DISAGREE)[1].split("[")[0]
        asked = set(tokenize(query.search)) - GENERIC_STEMS
        assert asked & set(tokenize(doubt)), (query.search, doubt)


def _pieces(quote: str, sentences: list[str]) -> list[tuple[str, bool]]:
    """Cut a quoted line back into the passage sentences it was joined from, each with
    whether a " … " stood before it."""
    pieces, rest, gap = [], quote, False
    while rest:
        match = next((s for s in sentences if rest.startswith(s)), None)
        if match is None:
            return [(rest, gap)]
        pieces.append((match, gap))
        rest = rest[len(match):]
        gap = rest.startswith(GAP)
        rest = rest.removeprefix(GAP).lstrip()
    return pieces


def _check_gaps(passage: str, pieces: list[tuple[str, bool]]) -> None:
    """Neighbouring sentences are joined by a space, others by " … ": never run together."""
    for (before, _), (after, gap) in zip(pieces, pieces[1:]):
        end = passage.index(before) + len(before)
        between = passage[end:passage.index(after, end)]
        assert gap == bool(between.strip()), (before, after, between)


@pytest.mark.model
@pytest.mark.slow
def test_every_answer_of_the_eval_sets_quotes_what_it_cites(real_chatbot, shared_dir):
    kinds = []
    for item in question_sets(shared_dir):
        reply = real_chatbot.reply(item["question"], item.get("history"))
        kinds.append(reply.kind)
        if reply.kind == "answer":
            check_answer(reply)
            check_extras(reply, real_chatbot.prepare(item["question"], item.get("history")))
            for citation in reply.citations:
                text = real_chatbot.store.articles[citation.article_id].text
                start = citation.passage_start
                assert text[start:start + len(citation.passage)] == citation.passage
                assert ([text[a:b] for a, b in citation.article_spans]
                        == [citation.passage[a:b] for a, b in citation.quote_spans])
    assert kinds.count("answer") >= 0.95 * len(kinds)


@pytest.mark.model
def test_articles_that_disagree_are_both_cited(real_chatbot):
    reply = real_chatbot.reply("Does dehydration cause cramps?")
    check_answer(reply)
    assert wording.DISAGREE in reply.text
    assert "enough evidence" in reply.text
    assert "dehydration" in reply.text.split(wording.DISAGREE)[0].lower()


@pytest.mark.model
def test_how_long_questions_keep_their_numbers(real_chatbot):
    reply = real_chatbot.reply("How long should I keep an ice pack on?")
    check_answer(reply)
    assert re.search(r"\b(10 to 15|15-20) minutes\b", reply.text)


@pytest.mark.model
@pytest.mark.parametrize("message, kind", [
    ("Does acupuncture help with hamstring cramps?", "no_answer"),
    ("Are compression tights good for cramps?", "no_answer"),
    ("Should I try pickle juice?", "no_answer"),
    ("Do compression tights stop hamstring cramps?", "no_answer"),
    ("hаmstring strеtch tips?", "answer"),  # Cyrillic а and е
    ("ｈｅｌｌｏ", "smalltalk"),
    ("Thanks, that really helped!", "smalltalk"),
    ("What's a good pizza recipe?", "out_of_scope"),
    ("Who won the 2018 World Cup?", "out_of_scope"),
    ("hello there", "smalltalk"),
    ("thanks!", "smalltalk"),
    ("who are you?", "smalltalk"),
    ("Can doing too many squats cause hamstring cramps?", "answer"),
    ("Does massage help a hamstring cramp?", "answer"),
    # a rate the articles never give is not covered; a count of repetitions is
    ("How many people get hamstring cramps each year?", "no_answer"),
    ("What percent of athletes cramp in a season?", "no_answer"),
    ("How many times should I repeat the stretch?", "answer"),
    # another part of the body: out of scope, naming the part when it is a cramp there
    ("How do I treat a sprained ankle?", "out_of_scope"),
    ("what helps tennis elbow", "out_of_scope"),
    ("how do I stop a cramp in my calf?", "out_of_scope"),  # said so, naming the calf
    ("my jaw cramps when i chew gum", "out_of_scope"),
    ("the front of my thigh cramps when i cycle", "out_of_scope"),
    ("my hamstring and my calf both cramp, what helps?", "answer"),
    ("can I rub it with my hands when it cramps?", "answer"),  # hands do the massage
])
def test_routes_of_the_answerer(real_chatbot, message, kind):
    reply = real_chatbot.reply(message)
    assert reply.kind == kind
    if kind != "answer":
        assert not reply.citations
    if kind == "no_answer":
        assert "don't cover" in reply.text


@pytest.mark.model
def test_a_rate_about_an_unknown_subject_names_both_gaps(real_chatbot):
    reply = real_chatbot.reply("How many people use pickle juice for cramps?")
    assert reply.kind == "no_answer"
    assert "pickle juice" in reply.text and "numbers" in reply.text


@pytest.mark.model
def test_a_follow_up_stays_on_the_earlier_subject(real_chatbot):
    history = [{"role": "user", "content": "How do I stretch my hamstring?"},
               {"role": "assistant", "content": "Here is how the articles describe it."}]
    reply = real_chatbot.reply("which one is easiest?", history)
    assert reply.kind == "answer"
    assert "stretch" in reply.text.lower()


@pytest.mark.parametrize("message, subject", [
    ("Does apple cider vinegar help with cramps?", "apple cider vinegar"),
    ("what about acupuncture?", "acupuncture"),
    ("quinine for leg cramps", "quinine"),
    ("Why do I cramp when I'm exhausted?", ""),
    ("has anyone tried a heat lamp for cramps?", "heat lamp"),
    ("does beer cause cramps", "beer"),
    ("thoughts on pickle juice?", "pickle juice"),
    ("is a tens machine any good for cramps", "tens machine"),
])
def test_what_a_question_asks_about(message, subject):
    assert asked_about(message) == subject


@pytest.mark.parametrize("message, expected", [
    ("hello there", True), ("Thanks so much!", True), ("who are you", True), ("bye", True),
    ("hi, what helps a hamstring cramp?", False), ("thanks, and how long do I ice it?", False),
    ("Hey there, how's it going?", True), ("Are you a real doctor or a bot?", True),
    ("bye, cheers", True), ("great, what about heat?", False),
])
def test_smalltalk_is_only_smalltalk(message, expected):
    assert (smalltalk_reply(message) is not None) is expected


@pytest.mark.model
def test_a_covered_subject_asked_beside_an_uncovered_one_told_as_background_is_answered(
        real_chatbot):
    # carbs are what is asked about (the articles name low carbohydrate levels); losing
    # weight is why they were cut
    reply = real_chatbot.reply("can cutting carbs cause hamstring cramps? i dropped them to lose "
                               "weight and now the backs of my thighs cramp")
    assert reply.kind == "answer", reply.text
    assert real_chatbot.reply("can losing weight cause hamstring cramps?").kind == "no_answer"
