from __future__ import annotations

from index.text import stem, tokenize, without_stems

COMMON = frozenset(stem(w) for w in ("hamstring", "cramp", "muscle", "the"))


def test_words_whose_stem_is_common_leave_with_their_punctuation():
    assert without_stems("What kind of cardio helps prevent hamstring cramps?", COMMON) == \
        "What kind of cardio helps prevent"
    assert without_stems("the Hamstring's cramping muscles", COMMON) == ""


def test_a_token_with_one_uncommon_word_or_none_stays_whole():
    assert without_stems("hamstring-friendly = ok?", COMMON) == "hamstring-friendly = ok?"


def test_tokenize_stems_and_drops_stop_words():
    assert tokenize("Stretching the hamstrings doesn't hurt") == ["stretch", "hamstr", "doesnt",
                                                                "hurt"]
