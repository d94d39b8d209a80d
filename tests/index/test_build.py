"""Building embeds each distinct text once and still gives every passage and sentence its row."""

from __future__ import annotations

import numpy as np

from corpus import Article, Block
from index import build_store
from tests.conftest import CountingEncoder


def test_repeated_sentences_are_embedded_once(articles, fake_encoder):
    repeat = "Talk to your doctor if cramps keep coming back."
    extra = [Article(id=f"90{n}_repeats", title=f"Cramps {n}",
                     blocks=(Block("heading", f"Section {n}", 2),
                             Block("text", f"Stretch the muscle gently, {n} times. {repeat}")))
             for n in range(3)]
    counting = CountingEncoder(fake_encoder)
    store = build_store([*articles, *extra], counting)
    assert len(counting.texts) == len(set(counting.texts))  # nothing embedded twice
    assert repeat in counting.texts
    for chunk in store.chunks:  # ...and every row is its own text's vector
        np.testing.assert_array_equal(store.vectors[store.chunks.index(chunk)],
                                      fake_encoder.encode([chunk.embed_text])[0])
        np.testing.assert_array_equal(store.sentence_rows(chunk),
                                      fake_encoder.encode(chunk.sentence_texts()))
