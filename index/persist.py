"""An index on disk: a directory with a manifest, written whole or not at all. No pickle."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from corpus.records import Article, Chunk
from index.ann import restore_search_parameter
from index.manifest import Manifest
from index.store import IndexStore

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNKS = "chunks.jsonl"
ARTICLES = "articles.jsonl"
DENSE = "dense.faiss"
VECTORS = "vectors.npy"
SENTENCES = "sentence_vectors.npy"
LEXICAL = "lexical"


class IndexProblem(Exception):
    """Base for index problems that the caller can fix by rebuilding."""


class IndexMissing(IndexProblem):
    pass


class IndexCorrupt(IndexProblem):
    pass


class IndexUnwritable(IndexProblem):
    """The index (or the folder it goes in) cannot be written: read-only, full, not ours."""


def sha256_file(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def save_store(store: IndexStore, directory: Path) -> None:
    """Write the index to a temporary sibling directory, then swap it into place."""
    import faiss

    directory = Path(directory)
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        # one writer at a time: what an earlier, killed build left half-written goes first
        for stale in directory.parent.glob(f".{directory.name}-building-*"):
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}-building-", dir=directory.parent))
    except OSError as err:
        raise IndexUnwritable(f"cannot write the index at {directory} ({err.strerror or err}); "
                              f"make {directory.parent} writable or pass another index "
                              f"directory") from err
    try:
        faiss.write_index(store.faiss_index, str(tmp / DENSE))
        np.save(tmp / VECTORS, store.vectors, allow_pickle=False)
        np.save(tmp / SENTENCES, store.sentence_vectors, allow_pickle=False)
        _write_jsonl(tmp / CHUNKS, (chunk.to_json() for chunk in store.chunks))
        _write_jsonl(tmp / ARTICLES, (a.to_json() for a in store.articles.values()))
        store.bm25.save(str(tmp / LEXICAL), show_progress=False)
        files = {str(p.relative_to(tmp)): sha256_file(p)
                 for p in sorted(tmp.rglob("*")) if p.is_file()}
        manifest = replace(store.manifest, format=FORMAT_VERSION, files=files)
        (tmp / MANIFEST).write_text(json.dumps(manifest.to_json(), indent=2, sort_keys=True))
        _swap_into_place(tmp, directory)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    store.manifest = manifest


def _swap_into_place(new: Path, directory: Path) -> None:
    # Two renames: a crash between them leaves the old index at `.old`, which load restores.
    old = directory.with_name(directory.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if directory.exists():
        os.replace(directory, old)
    os.replace(new, directory)
    shutil.rmtree(old, ignore_errors=True)


def read_manifest(directory: Path) -> Manifest:
    """The manifest of the index at `directory`.

    Raises:
        IndexMissing: there is no index there.
        IndexCorrupt: the manifest cannot be read.
    """
    directory = Path(directory)
    old = directory.with_name(directory.name + ".old")
    if not directory.exists() and old.exists():
        log.warning("restoring the previous index from %s (a rebuild was interrupted)", old)
        os.replace(old, directory)
    path = directory / MANIFEST
    if not path.is_file():
        raise IndexMissing(f"no index at {directory}")
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as err:
        raise IndexCorrupt(f"the manifest at {path} cannot be read ({err})") from err
    found = data.get("format") if isinstance(data, dict) else None
    if found != FORMAT_VERSION:
        raise IndexCorrupt(f"the index at {directory} has format {found}, "
                           f"this version reads format {FORMAT_VERSION}")
    try:
        return Manifest.from_json(data)
    except (KeyError, TypeError) as err:
        raise IndexCorrupt(f"the manifest at {path} cannot be read (a field is missing or "
                           f"unknown: {err})") from err


def load_store(directory: Path, *, verify: bool = True) -> IndexStore:
    """Read an index back, checking every file against the manifest's checksums.

    Raises:
        IndexMissing, IndexCorrupt: rebuild with `python -m index build`.
    """
    import bm25s
    import faiss

    directory = Path(directory)
    manifest = read_manifest(directory)
    if verify:
        verify_files(directory, manifest)
    try:
        chunks = [Chunk.from_json(row) for row in _read_jsonl(directory / CHUNKS)]
        articles = [Article.from_json(row) for row in _read_jsonl(directory / ARTICLES)]
        faiss_index = faiss.read_index(str(directory / DENSE))
        # the manifest names the tuned search setting; a file that holds another is corrupt
        restore_search_parameter(faiss_index, manifest.faiss)
        vectors = np.load(directory / VECTORS, allow_pickle=False)
        sentence_vectors = np.load(directory / SENTENCES, allow_pickle=False)
        bm25 = bm25s.BM25.load(str(directory / LEXICAL))
        return IndexStore(articles=articles, chunks=chunks, vectors=vectors,
                          sentence_vectors=sentence_vectors, faiss_index=faiss_index,
                          bm25=bm25, manifest=manifest)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as err:
        raise IndexCorrupt(f"the index at {directory} cannot be read ({err})") from err


def verify_files(directory: Path, manifest: Manifest) -> None:
    """Raise IndexCorrupt unless every file the manifest lists has its recorded SHA-256."""
    for name, expected in manifest.files.items():
        path = Path(directory) / name
        if not path.is_file() or sha256_file(path) != expected:
            raise IndexCorrupt(f"{path} is missing or does not match its checksum")


def _write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
