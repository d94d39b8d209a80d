"""The manifest's text for an index: the tuned setting survives a save, and a mismatch is refused."""

from __future__ import annotations

import faiss
import pytest

from index.ann import build_ann_index, describe_index, restore_search_parameter
from index.ann.build import build_faiss_index
from tests.index.ann.test_build import clustered, unit_rows


@pytest.mark.parametrize(("kind", "setting"), [("ivf", "nprobe"), ("hnsw", "efSearch")])
def test_the_tuned_setting_survives_write_and_read_and_the_manifest_can_restore_it(tmp_path, kind, setting):
    built = build_ann_index(clustered(3000), kind=kind)
    path = str(tmp_path / "dense.faiss")
    faiss.write_index(built.index, path)
    again = faiss.read_index(path)
    assert describe_index(again) == describe_index(built.index)
    assert f"{setting}={built.tuning.value}" in built.description
    assert f"recall@10={built.tuning.recall:.3f}" in built.description
    # should a FAISS version not keep it, the manifest's text puts it back
    if kind == "ivf":
        again.nprobe = 1
    else:
        again.hnsw.efSearch = 1
    restore_search_parameter(again, built.description)
    assert describe_index(again) == describe_index(built.index)


def test_restoring_from_a_manifest_that_names_another_index_is_refused():
    hnsw = build_faiss_index(clustered(500), kind="hnsw")
    with pytest.raises(ValueError, match=r"describes 'IndexIVFFlat\(nlist=20,nprobe=3\)' but the index "
                                         r"file holds a IndexHNSWFlat; rebuild the index"):
        restore_search_parameter(hnsw, "IndexIVFFlat(nlist=20,nprobe=3)")
    flat = build_faiss_index(unit_rows(10))
    restore_search_parameter(flat, "IndexFlatIP")  # exact: nothing to set
    assert describe_index(flat) == "IndexFlatIP"
    for other in ("IndexFlat", "omp_set_num_threads", "(nprobe=3)"):  # a parent, no class, none
        with pytest.raises(ValueError, match="but the index file holds a IndexFlatIP"):
            restore_search_parameter(flat, other)
