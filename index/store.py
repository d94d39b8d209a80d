"""The in-memory index: chunk vectors in FAISS, a BM25 side, and the records they point to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from corpus.records import Article, Chunk
from index.records import Hit
from index.text import tokenize

SearchMode = Literal["dense", "lexical", "hybrid"]
RRF_K = 60  # the usual reciprocal-rank-fusion constant: ranks matter, raw scores don't


@dataclass(frozen=True)
class SearchConfig:
    """How dense and lexical results are fused and thinned out."""

    mode: SearchMode = "hybrid"
    candidates: int = 30  # taken from each side before fusion
    lexical_weight: float = 1.0  # weight of the BM25 ranking in the fusion, dense is 1.0
    duplicate_cosine: float = 0.92  # a hit this close to a better one is moved down

    def __post_init__(self) -> None:
        if self.mode not in ("dense", "lexical", "hybrid"):
            raise ValueError(f"mode must be dense, lexical or hybrid (got mode={self.mode!r})")
        if self.candidates < 1:
            raise ValueError(f"candidates must be at least 1 (got candidates={self.candidates})")


class IndexStore:
    """Holds the vectors, the lexical index and the records; answers searches.

    Vectors are L2-normalised and the FAISS index is an inner-product index, so an inner
    product is the cosine similarity of two texts.
    """

    def __init__(self, *, articles: Sequence[Article], chunks: Sequence[Chunk],
                 vectors: np.ndarray, sentence_vectors: np.ndarray, faiss_index, bm25,
                 manifest: dict) -> None:
        if len(chunks) != vectors.shape[0] or faiss_index.ntotal != len(chunks):
            raise ValueError(f"chunks and vectors must match (got {len(chunks)} chunks, "
                             f"{vectors.shape[0]} vectors, {faiss_index.ntotal} indexed)")
        self.articles = {article.id: article for article in articles}
        self.chunks = list(chunks)
        self.vectors = vectors
        self.sentence_vectors = sentence_vectors
        self.faiss_index = faiss_index
        self.bm25 = bm25
        self.manifest = manifest
        self.positions = {chunk.id: i for i, chunk in enumerate(self.chunks)}
        # sentence_vectors rows run chunk by chunk, sentence by sentence
        offsets = np.cumsum([0] + [len(c.sentences) for c in self.chunks])
        self.sentence_offsets = offsets

    def __len__(self) -> int:
        return len(self.chunks)

    def sentence_rows(self, chunk: Chunk) -> np.ndarray:
        """The sentence vectors of one chunk, in sentence order."""
        i = self.positions[chunk.id]
        return self.sentence_vectors[self.sentence_offsets[i]:self.sentence_offsets[i + 1]]

    def dense_search(self, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        k = min(k, len(self.chunks))
        scores, ids = self.faiss_index.search(query_vector.reshape(1, -1).astype(np.float32), k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def lexical_search(self, query_text: str, k: int) -> list[tuple[int, float]]:
        tokens = tokenize(query_text)
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def search(self, query_vector: np.ndarray | None, query_text: str, k: int = 10,
               config: SearchConfig = SearchConfig()) -> list[Hit]:
        """The best `k` chunks for a query, by the configured mode.

        Args:
            query_vector: the normalised embedding of the query (unused in lexical mode).
            query_text: the query's words, for the BM25 side.
            k: how many hits to return.
            config: fusion and duplicate settings.
        """
        n = max(k, config.candidates)
        dense = self.dense_search(query_vector, n) if config.mode != "lexical" else []
        lexical = self.lexical_search(query_text, n) if config.mode != "dense" else []
        dense_by_id, lexical_by_id = dict(dense), dict(lexical)
        if config.mode == "dense":
            ranked = [i for i, _ in dense]
            fused = {i: s for i, s in dense}
        elif config.mode == "lexical":
            ranked = [i for i, _ in lexical]
            fused = {i: s for i, s in lexical}
        else:
            fused = {}
            for rank, (i, _) in enumerate(dense):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
            for rank, (i, _) in enumerate(lexical):
                fused[i] = fused.get(i, 0.0) + config.lexical_weight / (RRF_K + rank + 1)
            ranked = sorted(fused, key=lambda i: (-fused[i], i))
        ranked = self._demote_duplicates(ranked, config.duplicate_cosine)
        return [Hit(self.chunks[i], score=fused[i], dense=dense_by_id.get(i, 0.0),
                    lexical=lexical_by_id.get(i, 0.0)) for i in ranked[:k]]

    def _demote_duplicates(self, ranked: list[int], threshold: float) -> list[int]:
        """Keep the order, but move a near-copy of a better hit behind the distinct ones."""
        if threshold >= 1.0 or len(ranked) < 2:
            return ranked
        kept: list[int] = []
        demoted: list[int] = []
        for i in ranked:
            if kept and float(np.max(self.vectors[kept] @ self.vectors[i])) >= threshold:
                demoted.append(i)
            else:
                kept.append(i)
        return kept + demoted
