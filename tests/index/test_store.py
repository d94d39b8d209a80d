from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from index import SearchConfig, build_store
from index.fusion import zscores


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
    dense = search(store, fake_encoder, "foam roller", mode="dense", sentence_weight=0,
                   duplicate_cosine=1.0)
    assert [h.dense for h in dense] == sorted((h.dense for h in dense), reverse=True)
    lexical = search(store, fake_encoder, "foam roller", mode="lexical", duplicate_cosine=1.0)
    assert lexical and all(h.lexical > 0 for h in lexical)
    assert [h.lexical for h in lexical] == sorted((h.lexical for h in lexical), reverse=True)
    assert "foam roller" in lexical[0].chunk.text.lower()


def test_every_hit_carries_its_exact_passage_cosine(store, fake_encoder):
    query = "ice or heat after a cramp"
    vector = fake_encoder.encode([query])[0]
    for mode in ("dense", "hybrid"):
        for hit in store.search(vector, query, config=SearchConfig(mode=mode)):
            row = store.vectors[store.positions[hit.chunk.id]]
            assert hit.dense == pytest.approx(float(row @ vector), abs=1e-5)


def test_a_chunks_sentence_score_is_its_best_sentence(store, fake_encoder):
    vector = fake_encoder.encode(["hold the stretch for 30 seconds"])[0]
    best = store.sentence_scores(vector)
    for i, chunk in enumerate(store.chunks):
        assert best[i] == pytest.approx(float(np.max(store.sentence_rows(chunk) @ vector)),
                                       abs=1e-6)


def test_hybrid_rrf_fusion_is_reciprocal_rank(store, fake_encoder):
    query = "semitendinosus semimembranosus biceps femoris"
    common = dict(candidates=60, duplicate_cosine=1.0, sentence_weight=0)
    dense = [h.chunk.id for h in search(store, fake_encoder, query, mode="dense", **common)]
    lexical = [h.chunk.id for h in search(store, fake_encoder, query, mode="lexical", **common)]
    hybrid = search(store, fake_encoder, query, fusion="rrf", lexical_weight=1.0, **common)
    for hit in hybrid:
        expected = sum(1 / (60 + ranks.index(hit.chunk.id) + 1)
                       for ranks in (dense, lexical) if hit.chunk.id in ranks)
        assert hit.score == pytest.approx(expected)


def test_hybrid_zscore_fusion_adds_standardised_sides(store, fake_encoder):
    # With more candidates than chunks every chunk is scored, so the z-scores are over all.
    query = "massage the cramped hamstring"
    vector = fake_encoder.encode([query])[0]
    config = SearchConfig(candidates=len(store) + 5, duplicate_cosine=1.0, lexical_weight=0.5)
    dense = zscores(store.vectors @ vector)
    sentences = zscores(store.sentence_scores(vector))
    lexical = zscores(store.lexical_scores(query))
    for hit in store.search(vector, query, config=config):
        i = store.positions[hit.chunk.id]
        assert hit.score == pytest.approx(dense[i] + sentences[i] + 0.5 * lexical[i], abs=1e-5)


def test_near_duplicates_are_moved_behind_distinct_hits(store, fake_encoder):
    query = "stretch the hamstring"
    thinned = search(store, fake_encoder, query, duplicate_cosine=0.5)
    top = [store.vectors[store.positions[h.chunk.id]] for h in thinned[:3]]
    for i in range(len(top)):
        for j in range(i):
            assert float(top[i] @ top[j]) < 0.5


def test_a_query_without_words_finds_nothing_lexical(store, fake_encoder):
    assert search(store, fake_encoder, "?!", mode="lexical") == []
    assert search(store, fake_encoder, "zzzqqq unheardof", mode="lexical") == []


def test_an_index_without_sentence_vectors_searches_passages_only(articles, fake_encoder):
    full = build_store(articles[:2], fake_encoder)
    bare = type(full)(articles=articles[:2], chunks=full.chunks, vectors=full.vectors,
                      sentence_vectors=np.zeros((0, fake_encoder.dimension), np.float32),
                      faiss_index=full.faiss_index, bm25=full.bm25, manifest=full.manifest)
    query = "ice pack"
    vector = fake_encoder.encode([query])[0]
    assert [h.chunk.id for h in bare.search(vector, query)] == \
        [h.chunk.id for h in full.search(vector, query, config=SearchConfig(sentence_weight=0))]


@pytest.mark.parametrize("field, value, message", [
    ("mode", "x", "mode must be dense, lexical or hybrid \\(got mode='x'\\)"),
    ("fusion", "max", "fusion must be zscore or rrf \\(got fusion='max'\\)"),
    ("candidates", 0, "candidates must be at least 1 \\(got candidates=0\\)"),
    ("lexical_weight", -1, "lexical_weight must not be negative \\(got lexical_weight=-1\\)"),
    ("focus_weight", -1, "focus_weight must not be negative \\(got focus_weight=-1\\)"),
    ("focus_share", 0, "focus_share must be in \\(0, 1\\] \\(got focus_share=0\\)"),
])
def test_the_config_names_the_bad_value(field, value, message):
    with pytest.raises(ValueError, match=message):
        SearchConfig(**{field: value})


def test_the_focus_leaves_out_the_words_most_passages_share(store):
    common = store.vocabulary.common_stems(SearchConfig().focus_share)
    assert {"hamstr", "cramp", "the"} <= common  # every article's title says both
    assert store.focus_text("who usually gets hamstring cramps?") == "who usually gets"
    assert store.focus_text("how can the muscle relax") == "how can the relax"
    # nothing left but shared words: the query itself, not an empty text
    assert store.focus_text("hamstring cramp") == "hamstring cramp"


def test_the_focus_vector_turns_the_dense_search_but_not_the_reported_cosine(store, fake_encoder):
    query = "does cardio like swimming prevent a hamstring cramp"
    vector, focus = fake_encoder.encode([query, store.focus_text(query)])
    config = SearchConfig(mode="dense", sentence_weight=0, duplicate_cosine=1.0)
    mixed = (vector + focus) / np.linalg.norm(vector + focus)
    hits = store.search(vector, query, config=config, focus_vector=focus)
    assert [h.chunk.id for h in hits] == \
        [h.chunk.id for h in store.search(mixed, query, config=config)]
    assert [h.chunk.id for h in hits] != \
        [h.chunk.id for h in store.search(vector, query, config=config)]
    for hit in hits:  # the answerer's cut-offs read the cosine to the question as asked
        row = store.vectors[store.positions[hit.chunk.id]]
        assert hit.dense == pytest.approx(float(row @ vector), abs=1e-5)
    unfocused = replace(config, focus_weight=0.0)
    assert [h.chunk.id for h in store.search(vector, query, config=unfocused,
                                             focus_vector=focus)] == \
        [h.chunk.id for h in store.search(vector, query, config=config)]


def test_the_dense_side_ranks_alike_through_numpy_and_through_faiss(store, articles, fake_encoder,
                                                                   monkeypatch):
    import index.store

    monkeypatch.setattr(index.store, "NUMPY_SEARCH_BELOW", 0)  # every index goes to FAISS
    through_faiss = type(store)(articles=articles, chunks=store.chunks, vectors=store.vectors,
                                sentence_vectors=store.sentence_vectors,
                                faiss_index=store.faiss_index, bm25=store.bm25,
                                manifest=store.manifest)
    for query in ("ice or heat after a cramp", "foam roller", "how long to hold a stretch"):
        vector = fake_encoder.encode([query])[0]
        for mode in ("dense", "hybrid"):
            config = SearchConfig(mode=mode, candidates=5)  # fewer than the chunks: a real cut
            assert [(h.chunk.id, h.score) for h in store.search(vector, query, config=config)] == \
                [(h.chunk.id, h.score) for h in through_faiss.search(vector, query, config=config)]
