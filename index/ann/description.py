"""The manifest's text for a FAISS index, and its search setting read back from that text."""

from __future__ import annotations

import re

from index.ann.tuning import Tuning, knob, set_search_parameter


def describe_index(index, tuning: Tuning | None = None) -> str:
    """The manifest's name for an index: its FAISS class and settings, and what tuning measured.

    `restore_search_parameter` reads the setting back from this text.
    """
    import faiss

    name = type(index).__name__  # the text names the FAISS class, as restoring expects
    if isinstance(index, faiss.IndexIVF):
        text = f"{name}(nlist={index.nlist},nprobe={index.nprobe})"
    elif isinstance(index, faiss.IndexHNSW):
        m = index.hnsw.nb_neighbors(1)  # layer 0 keeps 2*M neighbours, the upper layers M
        text = f"{name}(M={m},efConstruction={index.hnsw.efConstruction},efSearch={index.hnsw.efSearch})"
    else:
        text = name
    if tuning is not None:
        text += (f" recall@10={tuning.recall:.3f} vs exact on {tuning.queries} queries"
                 f" (goal {tuning.goal})")
    return text


_SETTING = re.compile(r"\b(nprobe|efSearch)=(\d+)")


def restore_search_parameter(index, description: str) -> None:
    """Apply the search setting a manifest's `describe_index` text names to a freshly read index.

    FAISS 1.15's write_index keeps both nprobe and efSearch, so today this changes nothing;
    it keeps the manifest the authority should a FAISS version or a copy of the index not.

    Raises:
        ValueError: the text names another FAISS class or setting than the index has;
            rebuild the index.
    """
    import faiss

    name = type(index).__name__
    if not description:
        return  # a manifest from before the field: the index file's own setting stands
    described = getattr(faiss, re.match(r"\w*", description).group(), None)
    if type(index) is not described:  # exactly the class named, as write_index keeps it
        raise ValueError(f"the manifest describes {description!r} but the index file holds a {name}; "
                         f"rebuild the index")
    found = _SETTING.search(description)
    if found is None:
        return  # exact search: nothing to set
    parameter = knob(index)
    if found.group(1) != parameter:
        raise ValueError(f"the manifest sets {found.group(1)} but a {name} is tuned by {parameter}; "
                         f"rebuild the index")
    set_search_parameter(index, int(found.group(2)))
