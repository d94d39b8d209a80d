"""The dense side's FAISS index: exact search for a small corpus, an approximate one (IVF by
default) for a large one, its search breadth tuned at build time to a recall goal."""

from index.ann.build import AnnIndex, build_ann_index, choose_kind
from index.ann.config import AnnConfig, IndexKind
from index.ann.description import describe_index, restore_search_parameter
from index.ann.tuning import Tuning

__all__ = [
    "AnnConfig", "AnnIndex", "IndexKind", "Tuning", "build_ann_index", "choose_kind",
    "describe_index", "restore_search_parameter",
]
