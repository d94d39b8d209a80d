"""Chunk records -> embeddings + a BM25 side -> a FAISS index persisted as a directory."""

from index.build import (DEFAULT_INDEX, BuildConfig, IndexStale, build_index, build_store,
                         check_fresh, open_index)
from index.encoders import Encoder, ModelMissingError, SentenceEncoder
from index.persist import (IndexCorrupt, IndexMissing, IndexProblem, IndexUnwritable, load_store,
                           save_store)
from index.records import Hit
from index.store import IndexStore, SearchConfig

__all__ = [
    "DEFAULT_INDEX", "BuildConfig", "Encoder", "Hit", "IndexCorrupt", "IndexMissing",
    "IndexProblem", "IndexStale", "IndexStore", "IndexUnwritable", "ModelMissingError", "SearchConfig",
    "SentenceEncoder", "build_index", "build_store", "check_fresh", "load_store", "open_index",
    "save_store",
]
