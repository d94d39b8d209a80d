"""MedQuAD as a retrieval benchmark: NIH answers chunked and indexed, dev questions ranked.

A hit is a retrieved chunk from a gold document; chunks are folded into documents before
ranking, so hit@10 and MRR@10 count documents, as the MedQuAD README defines them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bot.jsonl import read_json_lines
from evaluation.scoring.metrics import mean, recall_at, reciprocal_rank
from bot.chatbot import Chatbot
from corpus import Article, Block, chunk_article
from index.ann import AnnConfig, build_ann_index
from index.build import BuildConfig, build_lexical, build_manifest
from index.encoders import Encoder
from index.persist import IndexProblem, load_store, save_store
from index.records import Hit
from index.store import IndexStore, SearchMode
from evaluation.paths import ROOT, SHARED

log = logging.getLogger(__name__)

DEFAULT_MEDQUAD = SHARED / "medquad"
DEFAULT_MEDQUAD_INDEX = ROOT / "var" / "medquad-index"
SUBSETS = {"all": ".", "muscle": "muscle_subset"}
CHUNKS_PER_QUERY = 50  # enough chunks to leave ten distinct documents after folding


@dataclass(frozen=True)
class MedquadQuery:
    qid: str
    question: str
    gold_ids: tuple[str, ...]


def load_articles(path: Path) -> list[Article]:
    """Each answer passage as an article: one heading (its section) over its lines of text."""
    articles = []
    for row in read_json_lines(path, ("id", "title", "section", "text")):
        lines = tuple(Block("text", line.strip()) for line in row["text"].splitlines()
                      if line.strip())
        articles.append(Article(id=row["id"], title=row["title"],
                                blocks=(Block("heading", row["section"], 1), *lines),
                                publisher=row.get("source"), url=row.get("url")))
    return articles


def load_queries(path: Path) -> list[MedquadQuery]:
    return [MedquadQuery(row["qid"], row["question"], tuple(row["gold_ids"]))
            for row in read_json_lines(path, ("qid", "question", "gold_ids"))]


def subset_dir(folder: Path, subset: str) -> Path:
    if subset not in SUBSETS:
        raise ValueError(f"subset must be one of {', '.join(SUBSETS)} (got subset={subset!r})")
    return (Path(folder) / SUBSETS[subset]).resolve()


def fingerprint(corpus_file: Path, encoder: Encoder, config: BuildConfig) -> str:
    """A hash of the corpus file, the build settings and the model."""
    digest = hashlib.sha256()
    with Path(corpus_file).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    settings = {"build": asdict(config), "ann": asdict(AnnConfig()), "model": encoder.name,
                "dimension": encoder.dimension}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()


def build_medquad_store(articles: Sequence[Article], encoder: Encoder,
                        config: BuildConfig = BuildConfig(), *, progress: bool = False,
                        previous: IndexStore | None = None) -> IndexStore:
    """Chunk and index the answers; no sentence vectors (they would triple the embedding).

    The vectors of a `previous` index with the same chunks and model are reused, so a
    change to the BM25 settings does not cost another half hour of embedding.
    """
    started = time.perf_counter()
    chunks = [c for article in articles for c in chunk_article(article, config.chunking)]
    if (previous is not None and previous.manifest.model == encoder.name
            and [c.id for c in previous.chunks] == [c.id for c in chunks]):
        log.info("reusing the vectors of the previous index")
        vectors = previous.vectors
    else:
        vectors = encoder.encode([chunk.embed_text for chunk in chunks], progress=progress)
    # Unit vectors in an inner-product index, exact or approximate by size as the product's
    # own index: the inner product is the cosine.
    built = build_ann_index(vectors)
    faiss_index = built.index
    manifest = build_manifest(encoder, built, config, articles=len(articles), chunks=len(chunks),
                              sentences=0, started=started)
    return IndexStore(articles=articles, chunks=chunks, vectors=vectors,
                      sentence_vectors=np.zeros((0, encoder.dimension), dtype=np.float32),
                      faiss_index=faiss_index, bm25=build_lexical(chunks, config),
                      manifest=manifest)


def open_medquad_index(folder: Path, index_dir: Path, encoder: Encoder,
                       config: BuildConfig = BuildConfig(), *,
                       progress: bool = False) -> IndexStore:
    """Load the cached index when it matches the corpus and settings, else build and cache it."""
    corpus_file = Path(folder) / "corpus.jsonl"
    expected = fingerprint(corpus_file, encoder, config)
    previous = None
    try:
        previous = load_store(index_dir)
        if previous.manifest.fingerprint == expected:
            return previous
        log.warning("rebuilding the MedQuAD index at %s: corpus or settings changed", index_dir)
    except IndexProblem as err:
        log.warning("building the MedQuAD index at %s: %s", index_dir, err)
    store = build_medquad_store(load_articles(corpus_file), encoder, config, progress=progress,
                                previous=previous)
    store.manifest = replace(store.manifest, fingerprint=expected, corpus=str(corpus_file))
    save_store(store, index_dir)
    return store


def rank_documents(hits: Iterable[Hit], n: int = 10) -> list[str]:
    """The first `n` distinct documents, in the order their best chunk was retrieved."""
    seen: dict[str, None] = {}
    for hit in hits:
        seen.setdefault(hit.chunk.article_id, None)
        if len(seen) == n:
            break
    return list(seen)


def medquad_chatbot(chatbot: Chatbot, store: IndexStore) -> Chatbot:
    """The Chatbot's stages over the MedQuAD index: its encoder and settings, enough
    candidates and hits to leave ten documents once chunks are folded into them."""
    search = replace(chatbot.config.search,
                     candidates=max(chatbot.config.search.candidates, CHUNKS_PER_QUERY))
    config = replace(chatbot.config, search=search, top_k=CHUNKS_PER_QUERY, query_cache=0)
    return Chatbot(config, encoder=chatbot.encoder, store=store)


def evaluate_medquad(chatbot: Chatbot, queries: Sequence[MedquadQuery], *,
                     modes: Sequence[SearchMode] = ("dense", "lexical", "hybrid")
                     ) -> dict[str, Any]:
    """hit@1/10 and MRR@10 per mode, over documents, with encode and search timings.

    `chatbot` searches the MedQuAD index (see `medquad_chatbot`)."""
    store = chatbot.store
    found: dict[str, list[list[bool]]] = {mode: [] for mode in modes}
    timings: dict[str, list[float]] = {"encode": [], **{mode: [] for mode in modes}}
    for query in queries:
        prepared = chatbot.prepare(query.question)
        started = time.perf_counter()
        vectors = chatbot.embed(prepared)
        timings["encode"].append(time.perf_counter() - started)
        for mode in modes:
            started = time.perf_counter()
            hits = chatbot.retrieve(prepared, vectors, mode=mode)
            timings[mode].append(time.perf_counter() - started)
            gold = set(query.gold_ids)
            found[mode].append([doc in gold for doc in rank_documents(hits)])
    return {
        "queries": len(queries),
        "chunks": len(store), "documents": len(store.articles),
        "modes": {mode: {"hit@1": mean(recall_at(r, 1) for r in rows),
                         "hit@10": mean(recall_at(r, 10) for r in rows),
                         "mrr@10": mean(reciprocal_rank(r, 10) for r in rows)}
                  for mode, rows in found.items()},
        "median_ms": {name: round(statistics.median(values) * 1e3, 2) if values else 0.0
                      for name, values in timings.items()},
    }
