"""Build the index from a corpus folder, and open it: load when fresh, rebuild when not."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

import corpus
from corpus import Article, Chunk, ChunkConfig, chunk_article, load_corpus
from corpus.load import METADATA_FILE, article_files, articles_digest
from index.ann import AnnConfig, AnnIndex, build_ann_index
from index.encoders import Encoder
from index.manifest import Counts, Manifest
from index.persist import (IndexMissing, IndexProblem, load_store, read_manifest, save_store,
                           verify_files)
from index.store import IndexStore
from index.text import tokenize

log = logging.getLogger(__name__)

DEFAULT_INDEX = Path(__file__).resolve().parent.parent / "var" / "index"


class IndexStale(IndexProblem):
    pass


@dataclass(frozen=True)
class BuildConfig:
    """Everything that decides what an index contains; its hash is part of the fingerprint."""

    chunking: ChunkConfig = field(default_factory=ChunkConfig)
    bm25_k1: float = 1.2
    bm25_b: float = 0.75


def corpus_fingerprint(folder: Path, encoder: Encoder, config: BuildConfig) -> str:
    """A hash of the article files, the metadata, the build and ANN settings, the model and the
    cleaning code.

    The cleaning code is part of it so that a change to the rules rebuilds the index.
    """
    digest = hashlib.sha256(articles_digest(folder).encode())
    paths = article_files(folder)
    for path in [folder / METADATA_FILE, *[p.with_suffix(".json") for p in paths]]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    # the ANN settings too: the index kind chosen at build time is persisted with it
    settings = {"build": asdict(config), "ann": asdict(AnnConfig()), "model": encoder.name,
                "dimension": encoder.dimension}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    for source in sorted(Path(corpus.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def build_lexical(chunks: Sequence[Chunk], config: BuildConfig = BuildConfig()):
    """The BM25 side over each chunk's embed text, so title and section words count too."""
    import bm25s

    bm25 = bm25s.BM25(k1=config.bm25_k1, b=config.bm25_b)
    bm25.index([tokenize(chunk.embed_text) for chunk in chunks], show_progress=False)
    return bm25


def build_manifest(encoder: Encoder, built: AnnIndex, config: BuildConfig, *, articles: int,
                   chunks: int, sentences: int, started: float) -> Manifest:
    """What an index holds and how it was made; `started` is the build's perf_counter start."""
    return Manifest(
        model=encoder.name, dimension=encoder.dimension, faiss=built.description,
        settings=asdict(config),
        counts=Counts(articles=articles, chunks=chunks, sentences=sentences),
        built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        build_seconds=round(time.perf_counter() - started, 3),
    )


def build_store(articles: list[Article], encoder: Encoder, config: BuildConfig = BuildConfig(),
                *, progress: bool = False) -> IndexStore:
    """Chunk, embed and index articles in memory."""

    started = time.perf_counter()
    chunks = [chunk for article in articles for chunk in chunk_article(article, config.chunking)]
    if not chunks:
        raise ValueError("the corpus produced no chunks; check that the articles have text")
    # Chunks and their sentences go through the model in one batch run, each distinct text
    # once: health sites repeat sentences ("Talk to your doctor."), a fifth of MedQuAD's.
    sentences = [text for chunk in chunks for text in chunk.sentence_texts()]
    texts = [chunk.embed_text for chunk in chunks] + sentences
    distinct = {text: row for row, text in enumerate(dict.fromkeys(texts))}
    vectors = encoder.encode(list(distinct), progress=progress)[[distinct[t] for t in texts]]
    chunk_vectors, sentence_vectors = vectors[:len(chunks)], vectors[len(chunks):]
    # Unit vectors in an inner-product index: the inner product is the cosine. Exact search
    # for a small corpus; IVF for a large one, its breadth tuned to a recall goal (index/ann/tuning.py)
    built = build_ann_index(chunk_vectors)
    faiss_index = built.index
    bm25 = build_lexical(chunks, config)
    manifest = build_manifest(encoder, built, config, articles=len(articles), chunks=len(chunks),
                              sentences=len(sentences), started=started)
    return IndexStore(articles=articles, chunks=chunks, vectors=chunk_vectors,
                      sentence_vectors=np.ascontiguousarray(sentence_vectors),
                      faiss_index=faiss_index, bm25=bm25, manifest=manifest)


def build_index(corpus_dir: Path, index_dir: Path, encoder: Encoder,
                config: BuildConfig = BuildConfig(), *, progress: bool = False) -> IndexStore:
    """Build from a corpus folder and persist to `index_dir` (atomically)."""
    fingerprint = corpus_fingerprint(corpus_dir, encoder, config)
    store = build_store(load_corpus(corpus_dir), encoder, config, progress=progress)
    store.manifest = replace(store.manifest, fingerprint=fingerprint, corpus=str(corpus_dir))
    save_store(store, index_dir)
    return store


def check_fresh(index_dir: Path, corpus_dir: Path, encoder: Encoder,
                config: BuildConfig = BuildConfig(), *, verify: bool = False) -> None:
    """Raise IndexMissing, IndexCorrupt or IndexStale unless the index matches the corpus;
    `verify` also checks every file against the manifest's checksums."""
    manifest = read_manifest(index_dir)
    if manifest.fingerprint != corpus_fingerprint(corpus_dir, encoder, config):
        raise IndexStale(f"the index at {index_dir} was built from other articles or settings")
    if verify:
        verify_files(index_dir, manifest)


def open_index(index_dir: Path, corpus_dir: Path, encoder: Encoder,
               config: BuildConfig = BuildConfig(), *, rebuild: bool = True) -> IndexStore:
    """Load the index, rebuilding it (with a log line saying why) when missing, stale or broken.

    Raises:
        IndexProblem: the index is unusable and `rebuild` is False; the message says how to
            rebuild it.
    """
    try:
        check_fresh(index_dir, corpus_dir, encoder, config)
        return load_store(index_dir)
    except IndexProblem as err:
        if not rebuild:
            raise type(err)(f"{err}; rebuild it with `python -m index build --corpus "
                            f"{corpus_dir} --out {index_dir}`") from err
        reason = "it does not exist yet" if isinstance(err, IndexMissing) else str(err)
        log.warning("building the index at %s: %s", index_dir, reason)
        return build_index(corpus_dir, index_dir, encoder, config)
