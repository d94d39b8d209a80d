from __future__ import annotations

import numpy as np
import pytest

from index import SearchConfig, build_store


@pytest.fixture(scope="module")
def store(articles, fake_encoder):
    return build_store(articles, fake_encoder)


def search(store, encoder, query, **config):
    return store.search(encoder.encode([query])[0], query, k=10, config=SearchConfig(**config))


def test_inner_product_is_cosine_on_unit_vectors(store):
    norms = np.linalg.norm(store.vectors, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)
    norms = np.linalg.norm(store.sentence_vectors, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)


def test_each_mode_ranks_by_its_own_side(store, fake_encoder):
    dense = search(store, fake_encoder, "foam roller", mode="dense", duplicate_cosine=1.0)
    assert [h.dense for h in dense] == sorted((h.dense for h in dense), reverse=True)
    lexical = search(store, fake_encoder, "foam roller", mode="lexical", duplicate_cosine=1.0)
    assert lexical and all(h.lexical > 0 for h in lexical)
    assert [h.lexical for h in lexical] == sorted((h.lexical for h in lexical), reverse=True)
    assert "foam roller" in lexical[0].chunk.text.lower()


def test_hybrid_fusion_is_reciprocal_rank(store, fake_encoder):
    query = "semitendinosus semimembranosus biceps femoris"
    dense = [h.chunk.id for h in search(store, fake_encoder, query, mode="dense", candidates=60,
                                         duplicate_cosine=1.0)]
    lexical = [h.chunk.id for h in search(store, fake_encoder, query, mode="lexical",
                                           candidates=60, duplicate_cosine=1.0)]
    hybrid = search(store, fake_encoder, query, candidates=60, duplicate_cosine=1.0)
    for hit in hybrid:
        expected = sum(1 / (60 + ranks.index(hit.chunk.id) + 1)
                       for ranks in (dense, lexical) if hit.chunk.id in ranks)
        assert hit.score == pytest.approx(expected)


def test_near_duplicates_are_moved_behind_distinct_hits(store, fake_encoder):
    query = "stretch the hamstring"
    plain = [h.chunk.id for h in search(store, fake_encoder, query, duplicate_cosine=1.0)]
    thinned = search(store, fake_encoder, query, duplicate_cosine=0.5)
    top = [store.vectors[store.positions[h.chunk.id]] for h in thinned[:3]]
    assert set(h.chunk.id for h in thinned) <= set(plain) | {h.chunk.id for h in thinned}
    for i in range(len(top)):
        for j in range(i):
            assert float(top[i] @ top[j]) < 0.5 or thinned[i].chunk.id in plain[:1]


def test_a_query_without_words_finds_nothing_lexical(store, fake_encoder):
    assert search(store, fake_encoder, "?!", mode="lexical") == []


def test_the_config_names_the_bad_value():
    with pytest.raises(ValueError, match="mode must be dense, lexical or hybrid \\(got mode='x'\\)"):
        SearchConfig(mode="x")
