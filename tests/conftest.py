"""Shared fixtures: the real corpus, a deterministic fake encoder, and the real model once."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from corpus import DEFAULT_CORPUS, load_corpus
from index.text import words

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"
SHARED_EVAL = SHARED / "eval"


class FakeEncoder:
    """Hashes words into a fixed space: deterministic, fast, and similar texts stay similar."""

    name = "fake-hashing-encoder"
    dimension = 64

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        rows = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in words(text):
                digest = hashlib.md5(word.encode()).digest()
                rows[i, digest[0] % self.dimension] += 1.0 if digest[1] % 2 else -1.0
            norm = np.linalg.norm(rows[i])
            rows[i] = rows[i] / norm if norm else rows[i]
            if not norm:
                rows[i, 0] = 1.0
        return rows


class CountingEncoder:
    """Another encoder, recording the texts of each call (to show what was embedded, and when)."""

    def __init__(self, inner) -> None:
        self.inner, self.calls = inner, []
        self.name, self.dimension = inner.name, inner.dimension

    @property
    def texts(self) -> list[str]:
        return [text for call in self.calls for text in call]

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.encode(texts)


@pytest.fixture(scope="session", autouse=True)
def vector_cache(tmp_path_factory) -> Iterator[Path]:
    """Bank vectors go to a temporary folder: a test run leaves the project's var/cache alone."""
    from index import vector_cache as module

    folder = tmp_path_factory.mktemp("vector-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "DEFAULT_VECTOR_CACHE", folder)
        yield folder


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` beside the project: the raw corpus and the development eval sets."""
    return SHARED


@pytest.fixture(scope="session")
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture(scope="session")
def articles():
    return load_corpus(DEFAULT_CORPUS)


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the default corpus, for tests that change articles."""
    target = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, target)
    return target


@pytest.fixture(scope="session")
def real_encoder():
    from index import SentenceEncoder

    return SentenceEncoder().load()


@pytest.fixture(scope="session")
def onnx_encoder():
    """The encoder the bot serves with: the ONNX export in var/encoder (made if missing)."""
    from index.encoders import DEFAULT_ENCODER_DIR, OnnxEncoder, load_encoder

    encoder = load_encoder("onnx", DEFAULT_ENCODER_DIR)
    assert isinstance(encoder, OnnxEncoder), "the ONNX export failed; see the log above"
    return encoder


@pytest.fixture(scope="session")
def real_chatbot(onnx_encoder, tmp_path_factory):
    """The whole bot as it serves, on an index built once for the session."""
    from bot import Chatbot, ChatbotConfig

    index_dir = tmp_path_factory.mktemp("real") / "index"
    return Chatbot(ChatbotConfig(index_dir=index_dir), encoder=onnx_encoder).load()
