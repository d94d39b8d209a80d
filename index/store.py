"""The in-memory index: chunk vectors in FAISS, a BM25 side, and the records they point to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import numpy as np

from corpus.records import Article, Chunk
from index.fusion import demote_duplicates, fuse_rrf, fuse_zscore, with_focus
from index.manifest import Manifest
from index.records import Hit
from index.vocabulary import Vocabulary
from index.text import STOPWORDS, stem, tokenize, without_stems

SearchMode = Literal["dense", "lexical", "hybrid"]
Fusion = Literal["zscore", "rrf"]
NUMPY_SEARCH_BELOW = 512  # passages an exact index is searched with numpy instead of FAISS


@dataclass(frozen=True)
class SearchConfig:
    """How the dense and lexical rankings are fused and thinned out.

    The dense side scores a passage by its own vector and, when the index has sentence
    vectors, by its best sentence: a question often matches one sentence of a passage
    much better than the passage as a whole.

    In a corpus about one thing, every passage says "hamstring cramp", and so does nearly
    every question: the words that tell passages apart ("cardio", "orthotics", "warm-up")
    are drowned in the query's vector. Given the vector of the query's focus (its words
    without those most passages share, see `IndexStore.focus_text`), the dense side
    searches with the sum of both vectors instead.
    """

    mode: SearchMode = "hybrid"
    fusion: Fusion = "zscore"  # standardised scores beat reciprocal ranks: see README
    candidates: int = 30  # taken from each side before fusion
    sentence_weight: float = 1.0  # best-sentence cosine beside the passage cosine (1.0)
    lexical_weight: float = 0.5  # BM25 beside the passage cosine (1.0)
    rrf_k: int = 60  # only for fusion="rrf": the usual constant, ranks matter, scores don't
    # A hit this close to a better one is moved down. Lower catches paraphrase but also
    # sibling sections ("Ice or Heat": ice vs heat passages are 0.95 apart): see README.
    duplicate_cosine: float = 0.97
    focus_share: float = 0.5  # a word in this share of passages is left out of the focus
    focus_weight: float = 1.0  # the focus vector beside the query vector (1.0)

    def __post_init__(self) -> None:
        if self.mode not in ("dense", "lexical", "hybrid"):
            raise ValueError(f"mode must be dense, lexical or hybrid (got mode={self.mode!r})")
        if self.fusion not in ("zscore", "rrf"):
            raise ValueError(f"fusion must be zscore or rrf (got fusion={self.fusion!r})")
        if self.candidates < 1:
            raise ValueError(f"candidates must be at least 1 (got candidates={self.candidates})")
        if not 0 < self.focus_share <= 1:
            raise ValueError(f"focus_share must be in (0, 1] (got focus_share={self.focus_share})")
        for name in ("sentence_weight", "lexical_weight", "focus_weight"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative (got {name}={getattr(self, name)})")


class IndexStore:
    """Holds the vectors, the lexical index and the records; answers searches.

    Vectors are L2-normalised and the FAISS index is an inner-product index, so an inner
    product is the cosine similarity of two texts. `sentence_vectors` may be empty (a
    large benchmark index skips them); the sentence side of the search is then left out.
    """

    def __init__(self, *, articles: Sequence[Article], chunks: Sequence[Chunk],
                 vectors: np.ndarray, sentence_vectors: np.ndarray, faiss_index, bm25,
                 manifest: Manifest) -> None:
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
        self._common_stems: dict[float, frozenset[str]] = {}  # by focus_share, on first use
        # sentence_vectors rows run chunk by chunk, sentence by sentence
        offsets = np.cumsum([0] + [len(c.sentences) for c in self.chunks])
        self.sentence_offsets = offsets
        if len(sentence_vectors) not in (0, offsets[-1]):
            raise ValueError(f"sentence vectors must be one per sentence or none (got "
                             f"{len(sentence_vectors)} vectors, {offsets[-1]} sentences)")
        # where each chunk's sentences start, for the chunks that have any
        self._with_sentences = np.diff(offsets) > 0
        self._sentence_starts = offsets[:-1][self._with_sentences]
        import faiss  # already loaded: faiss_index is one of its indexes

        # An exact index scores every passage anyway. On a few hundred passages one product
        # here does it without FAISS's per-call overhead, 60 us of a 340 us search on 58
        # passages; by 1,000 passages FAISS's own loop is the faster.
        self._numpy_dense = (isinstance(faiss_index, faiss.IndexFlatIP)
                             and len(self.chunks) < NUMPY_SEARCH_BELOW)

    def __len__(self) -> int:
        return len(self.chunks)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The words of the indexed texts (titles and sections too), for spelling correction.

        Derived from the stored chunks on first use, so it always matches the index.
        """
        return Vocabulary.from_texts(chunk.embed_text for chunk in self.chunks)

    def focus_text(self, query_text: str, config: SearchConfig = SearchConfig()) -> str:
        """The query without the words most passages share, or the query itself when that
        leaves no word: "who usually gets hamstring cramps" -> "who usually gets".

        Function words stay: in a corpus on many subjects (MedQuAD) they are the only
        words most passages share, and there the focus is the query itself.
        """
        share = config.focus_share
        if share not in self._common_stems:
            common = self.vocabulary.common_stems(share)
            self._common_stems[share] = common - frozenset(stem(w) for w in STOPWORDS)
        focus = without_stems(query_text, self._common_stems[share])
        return focus if any(ch.isalnum() for ch in focus) else query_text

    @property
    def has_sentences(self) -> bool:
        return len(self.sentence_vectors) > 0 and len(self.chunks) > 0

    def sentence_rows(self, chunk: Chunk) -> np.ndarray:
        """The sentence vectors of one chunk, in sentence order."""
        i = self.positions[chunk.id]
        return self.sentence_vectors[self.sentence_offsets[i]:self.sentence_offsets[i + 1]]

    def dense_search(self, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        k = min(k, len(self.chunks))
        scores, ids = self.faiss_index.search(query_vector.reshape(1, -1).astype(np.float32), k)
        found = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
        return sorted(found, key=lambda pair: (-pair[1], pair[0]))  # ties in index order

    def sentence_scores(self, query_vector: np.ndarray) -> np.ndarray:
        """Each chunk's best sentence cosine (-1 for a chunk without sentences)."""
        scores = self.sentence_vectors @ query_vector.astype(np.float32, copy=False)
        best = np.maximum.reduceat(scores, self._sentence_starts)
        if len(best) == len(self.chunks):
            return best
        every = np.full(len(self.chunks), -1.0, dtype=np.float32)
        every[self._with_sentences] = best
        return every

    def lexical_scores(self, query_text: str) -> np.ndarray:
        """BM25 scores of every chunk; query words the index has never seen count for nothing."""
        vocabulary = self.bm25.vocab_dict
        tokens = [vocabulary[t] for t in tokenize(query_text) if t in vocabulary]
        if not tokens:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(tokens), dtype=np.float32)

    def search(self, query_vector: np.ndarray | None, query_text: str, k: int = 10,
               config: SearchConfig = SearchConfig(), *,
               focus_vector: np.ndarray | None = None) -> list[Hit]:
        """The best `k` chunks for a query, by the configured mode.

        Each side (passage vectors, best sentences, BM25) offers its top candidates; every
        candidate is then scored exactly by every side and the sides are fused.

        Args:
            query_vector: the normalised embedding of the query (unused in lexical mode).
            query_text: the query's words, for the BM25 side.
            k: how many hits to return.
            config: fusion and duplicate settings.
            focus_vector: the embedding of `focus_text(query_text)`, if the caller made
                one; the dense side then searches with both (see SearchConfig).
        """
        n = max(k, config.candidates)
        rankings: list[list[int]] = []
        scorers = []  # per side: (scores of the given chunk ids, weight)
        if config.mode != "lexical":
            query_vector = np.asarray(query_vector, dtype=np.float32)
            searched = with_focus(query_vector, focus_vector, config.focus_weight)
            if self._numpy_dense:
                rankings.append(_top(self.vectors @ searched, n))
            else:
                rankings.append([i for i, _ in self.dense_search(searched, n)])
            # scored again over the candidates: a product's last bits depend on the rows in it
            scorers.append((lambda ids: self.vectors[ids] @ searched, 1.0))
            if self.has_sentences and config.sentence_weight > 0:
                best = self.sentence_scores(searched)
                rankings.append(_top(best, n))
                scorers.append((best.__getitem__, config.sentence_weight))
        lexical = None
        if config.mode != "dense":
            lexical = self.lexical_scores(query_text)
            weight = 1.0 if config.mode == "lexical" else config.lexical_weight
            ranked = _top_positive(lexical, n)
            if ranked and weight > 0:
                rankings.append(ranked)
                scorers.append((lexical.__getitem__, weight))
        if not rankings:
            return []
        weights = [weight for _, weight in scorers]
        if config.fusion == "rrf" and len(rankings) > 1:
            fused = fuse_rrf(rankings, weights, config.rrf_k)
            ranked = sorted(fused, key=lambda i: (-fused[i], i))
        else:
            ids = np.array(sorted({i for ranking in rankings for i in ranking}), dtype=np.int64)
            columns = [score(ids) for score, _ in scorers]
            values = columns[0] if len(columns) == 1 else fuse_zscore(columns, weights)
            values = np.asarray(values, dtype=np.float64)
            order = np.argsort(-values, kind="stable")  # ids ascend: ties stay in index order
            ranked = ids[order].tolist()
            fused = dict(zip(ranked, values[order].tolist()))
        ranked = demote_duplicates(ranked, self.vectors, config.duplicate_cosine, limit=k)[:k]
        # the cosine to the query as asked, whatever searched: the answerer's cut-offs use it
        dense = ((self.vectors[ranked] @ query_vector).tolist() if config.mode != "lexical"
                 else [0.0] * len(ranked))
        found = lexical[ranked].tolist() if lexical is not None else [0.0] * len(ranked)
        return [Hit(self.chunks[i], score=fused[i], dense=d, lexical=w)
                for i, d, w in zip(ranked, dense, found)]


def _top(scores: np.ndarray, n: int) -> list[int]:
    """Indices of the `n` highest scores, best first, ties by index (but for a tie at the
    `n`th place, where the partition keeps whichever it meets)."""
    negated = -scores
    if n >= len(scores):
        return np.argsort(negated, kind="stable").tolist()
    part = np.argpartition(negated, n)[:n]
    return part[np.lexsort((part, negated[part]))].tolist()


def _top_positive(scores: np.ndarray, n: int) -> list[int]:
    """`_top`, without the scores of 0 or less (BM25 for passages without a query word)."""
    positive = int(np.count_nonzero(scores > 0))
    return _top(scores, min(n, positive)) if positive else []
