"""The command line: `python -m bot ask "question"` and `python -m bot batch FILE`."""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from bot.chatbot import Chatbot, ChatbotConfig
from bot.records import Reply
from bot.safety.bank import BankError
from bot.softmax import ModelError
from corpus import DEFAULT_CORPUS, CorpusError
from index import DEFAULT_INDEX, IndexProblem, ModelMissingError
from index.encoders import BACKENDS

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot",
                                     description="Ask the hamstring-cramp bot from the shell.")
    add_chatbot_arguments(parser)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    batch = sub.add_parser("batch", help="answer JSON lines: {id, question, history?}")
    batch.add_argument("file", help="a .jsonl file, or - for standard input")
    return parser


def add_chatbot_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that say which articles, index and encoder a Chatbot uses."""
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles")
    parser.add_argument("--index", type=Path, default=DEFAULT_INDEX, help="index directory")
    parser.add_argument("--no-rebuild", action="store_true",
                        help="refuse a missing or stale index instead of rebuilding it")
    parser.add_argument("--encoder", choices=BACKENDS, default="onnx",
                        help="onnx (the default) or sentence-transformers: the same vectors")
    parser.add_argument("--no-triage-model", action="store_true",
                        help="leave triage's fitted model out: rules and example bank only")
    parser.add_argument("--no-scope-model", action="store_true",
                        help="leave the scope model out: what the articles cover is judged by "
                             "their words alone")
    parser.add_argument("-v", "--verbose", action="store_true", help="log timings")


def batch_replies(chatbot: Chatbot, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output record per non-blank input line, in order; a bad line does not stop the rest.

    Whatever a line holds (JSON nested past the parser's depth, an id that is not a plain
    value, a history no reply can be made from), it gets its reply or an `invalid_input`
    record naming the problem; each record is ready for `json.dumps`.
    """
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield batch_record(chatbot, line, number)


def batch_record(chatbot: Chatbot, line: str, number: int) -> dict[str, Any]:
    """The output record of batch line `number`."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as err:
        return _invalid(None, f"line {number} is not valid JSON ({err.msg}); "
                              f'expected {{"id": ..., "question": ...}}')
    except RecursionError:
        return _invalid(None, f"line {number} is nested too deeply to read; "
                              f'expected {{"id": ..., "question": ...}}')
    if not isinstance(item, dict):
        return _invalid(None, f'line {number} needs a "question" string')
    ident = item.get("id")
    if not isinstance(ident, (str, int, float, bool, type(None))):
        return _invalid(None, f'line {number} has an "id" that is not a string or a number')
    if not isinstance(item.get("question"), str):
        return _invalid(ident, f'line {number} needs a "question" string')
    try:
        reply = chatbot.reply(item["question"], item.get("history"))
    except Exception as err:  # one line's failure is reported on its line, not the batch's end
        log.error("batch line %d could not be answered: %s: %s", number, type(err).__name__,
                  str(err)[:200])
        return _invalid(ident, f"line {number} could not be answered ({type(err).__name__}); "
                               f"the log says more")
    return {"id": ident, **reply.to_json()}


def _invalid(ident: Any, why: str) -> dict[str, Any]:
    return {"id": ident, **Reply("invalid_input", why).to_json()}


def print_reply(reply: Reply, out: TextIO) -> None:
    out.write(f"[{reply.kind}]\n{reply.text}\n")
    for citation in reply.citations:
        where = " — ".join(p for p in (citation.title, citation.publisher, citation.section) if p)
        out.write(f"\n[{citation.number}] {where}\n    \"{citation.quote}\"\n")


def load_chatbot(args: argparse.Namespace) -> Chatbot | None:
    """The Chatbot the options ask for, loaded; None (with the reason on stderr) if it cannot be."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for name in ("bot", "index", "corpus"):
        logging.getLogger(name).setLevel(logging.INFO if args.verbose else logging.WARNING)
    config = ChatbotConfig(corpus_dir=args.corpus, index_dir=args.index,
                           rebuild=not args.no_rebuild, encoder=args.encoder,
                           **({"triage_model": None} if args.no_triage_model else {}),
                           **({"scope_model": None} if args.no_scope_model else {}))
    chatbot = Chatbot(config)
    try:
        return chatbot.load()
    except (CorpusError, IndexProblem, ModelMissingError, BankError, ModelError) as err:
        print(f"error: {err}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    chatbot = load_chatbot(args)
    if chatbot is None:
        return 2
    if args.command == "ask":
        reply = chatbot.reply(args.question)
        if args.json:
            print(json.dumps(reply.to_json(), ensure_ascii=False, indent=2))
        else:
            print_reply(reply, sys.stdout)
        return 0
    # undecodable bytes become U+FFFD instead of ending the batch
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    source = stdin if args.file == "-" else None
    try:
        handle = source or open(args.file, encoding="utf-8", errors="replace")
    except OSError as err:
        print(f"error: cannot read {args.file} ({err.strerror}); pass a .jsonl file or -",
              file=sys.stderr)
        return 2
    with handle:
        for record in batch_replies(chatbot, handle):
            # ASCII escapes: a lone surrogate in an id cannot break the output stream
            print(json.dumps(record, ensure_ascii=True), flush=True)
    return 0
