"""The whole product with the real bundled model, as a user runs it from the shell."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.records import quote_text

ROOT = Path(__file__).resolve().parent.parent
BOILERPLATE = re.compile(r"https?://|!\[|\]\(|getty|photo credit|sign up|ai doctor|symptom checker"
                         r"|related articles|recommended topics|scroll to top|©|iframe|calorie tracker"
                         r"|has been writing|reviewed by", re.I)

pytestmark = [pytest.mark.model, pytest.mark.slow]


def run_bot(*args: str, stdin: str | None = None, index_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "bot", "--index", str(index_dir), *args],
                          input=stdin, capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=600)


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("e2e") / "index"


def test_batch_on_the_shared_dev_questions(index_dir, shared_dir):
    questions = shared_dir / "eval" / "dev_questions.jsonl"
    if not questions.is_file():
        pytest.skip("../shared/eval is not beside the project")
    result = run_bot("batch", str(questions), index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in questions.read_text().splitlines() if line.strip()]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ids
    for record in records:
        assert record["kind"] == "answer"
        assert len(record["retrieved"]) == 10
        for hit in record["retrieved"]:
            assert not BOILERPLATE.search(hit["passage"]), hit["passage"]
        for citation in record["citations"]:
            sentences = [citation["passage"][a:b] for a, b in citation["quote_spans"]]
            assert citation["quote"] == quote_text(citation["passage"], citation["quote_spans"])
            assert all(sentences)


def test_ask_prints_a_cited_answer_and_json(index_dir):
    result = run_bot("ask", "How long should I keep ice on a hamstring cramp?", index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout and "Ice application can reduce pain" in result.stdout
    result = run_bot("ask", "Does massage help?", "--json", index_dir=index_dir)
    reply = json.loads(result.stdout)
    assert reply["kind"] == "answer" and reply["citations"]


def test_batch_reads_standard_input(index_dir):
    line = json.dumps({"id": "x", "question": "What is a hamstring cramp?"})
    result = run_bot("batch", "-", stdin=f"{line}\nnot json\n", index_dir=index_dir)
    kinds = [json.loads(out)["kind"] for out in result.stdout.splitlines()]
    assert kinds == ["answer", "invalid_input"]
