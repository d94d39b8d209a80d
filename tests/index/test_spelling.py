from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.vocabulary import Vocabulary
from index.spelling import (SpellingConfig, correct_text, correct_word, edit_distance,
                            edits1, english)

CORPUS = ["Hamstring cramps: stretch the hamstring, then massage it.",
          "Massage the muscle; massage helps. Managing pain matters.",
          "Hold each stretch for 30 seconds. Electrolyte drinks replace sodium."]
ENGLISH = {"ramp", "massaging", "managing", "heart", "the", "how", "long", "what"}


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.from_texts(CORPUS)


def fix(word: str, vocabulary: Vocabulary) -> str:
    return correct_word(word, vocabulary, ENGLISH.__contains__)


@pytest.mark.parametrize("typo, word", [
    ("hamstrimg", "hamstring"),  # one replacement
    ("strech", "stretch"),  # one insertion
    ("crmaps", "cramps"),  # two letters swapped count as one edit
    ("musscle", "muscle"),  # one deletion
    ("electorlyet", "electrolyte"),  # long words may be two edits away
])
def test_a_typo_is_corrected_to_the_corpus_word(vocabulary, typo, word):
    assert fix(typo, vocabulary) == word


@pytest.mark.parametrize("word", [
    "ramp",  # a real English word the corpus does not use stays as it is
    "heart",  # ... even one edit from a corpus word ("heat" is not here, "hear" neither)
    "stretch",  # a corpus word
    "hmm",  # too short to correct with confidence
    "sodiun5",  # has a digit
    "qwertyuiop",  # nothing close
    "stech",  # a short word two edits from "stretch" is left alone
])
def test_words_that_are_not_typos_of_corpus_words_stay(vocabulary, word):
    assert fix(word, vocabulary) == word


def test_ties_go_to_the_stem_the_corpus_uses_most(vocabulary):
    # "managing" and "massaging" are both one edit away; the corpus says "massage" thrice
    assert fix("masaging", vocabulary) == "massaging"


def test_correct_text_keeps_everything_but_the_typos(vocabulary):
    text = "Hamstrimg strech: how long?? (30 sec)"
    assert correct_text(text, vocabulary, is_word=ENGLISH.__contains__) == \
        "hamstring stretch: how long?? (30 sec)"


def test_the_vocabulary_counts_words_and_stems(vocabulary):
    assert vocabulary.counts["massage"] == 3 and "massage" in vocabulary
    assert vocabulary.stem_counts["massag"] == 3 and vocabulary.stem_counts["manag"] == 1
    assert vocabulary.stem_counts["cramp"] == 1 and "30" not in vocabulary


def test_edit_distance_on_hand_made_pairs():
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("crmaps", "cramps", 2) == 1
    assert edit_distance("abc", "abc", 0) == 0
    assert edit_distance("kitten", "sitting", 1) == 2  # stops at limit + 1


def test_edits1_holds_every_single_edit():
    edits = edits1("cat")
    assert {"at", "act", "cut", "cart", "cats"} <= edits
    assert all(edit_distance("cat", e, 1) <= 1 for e in edits)


def test_english_tells_real_words_from_typos():
    is_word = english()
    assert is_word("ramp") and is_word("statin") and is_word("heart")
    assert not is_word("strech") and not is_word("hamstrimg")


def test_the_config_names_the_bad_value():
    with pytest.raises(ValueError, match=r"got min_length=9, two_edits_from=8"):
        SpellingConfig(min_length=9)


def test_the_vocabulary_counts_the_texts_each_stem_is_in():
    vocabulary = Vocabulary.from_texts(CORPUS)
    assert vocabulary.texts == 3
    assert vocabulary.stem_texts["massag"] == 2  # thrice in words, in two texts
    assert vocabulary.stem_texts["cramp"] == 1 and vocabulary.stem_texts["stretch"] == 2
    assert vocabulary.common_stems(0.6) == {"massag", "stretch", "the"}
    assert "cramp" in vocabulary.common_stems(1 / 3)


def test_common_stems_names_a_bad_share(vocabulary):
    with pytest.raises(ValueError, match=r"share must be in \(0, 1\] \(got share=1.5\)"):
        vocabulary.common_stems(1.5)


def test_a_compound_the_corpus_hyphenates_is_written_its_way():
    vocabulary = Vocabulary.from_texts(["Skip the warm-up and a cool-down? No: self-care."])
    # "warmup" is English, so no typo, but spelled solid it matches no passage word
    assert correct_word("warmup", vocabulary, english()) == "warm-up"
    assert correct_text("skipped my Cooldown, selfcare", vocabulary, is_word=english()) == \
        "skipped my cool-down, self-care"
    assert Vocabulary.from_texts(["a warmup, then a warm-up"]).compounds == {}  # both spellings


def test_a_slip_is_read_as_the_word_of_the_texts():
    vocabulary = Vocabulary.from_texts(["A foam roller is an excellent substitute."])
    assert vocabulary.spelled("rollr") == "roller"
    assert vocabulary.spelled("acupuncture") == "acupuncture"
    assert vocabulary.knows("rollers") and not vocabulary.knows("acupuncture")


def test_the_vocabulary_keeps_runs_of_stems_as_the_texts_have_them():
    vocabulary = Vocabulary.from_texts(["Compression helps.", "Tight muscles cramp."])
    assert ("compress",) in vocabulary.phrases
    assert ("tight", "muscl", "cramp") in vocabulary.phrases
    assert ("compress", "tight") not in vocabulary.phrases


def test_the_spell_folder_mends_short_words_only_where_english_knows_no_such_word():
    from index.spelling import SpellFolder

    known = {"hard", "paid", "threat", "kill"}.__contains__
    folder = SpellFolder(["kill", "want", "throat"], known=known)
    assert folder.fold("i wnat to kil it") == "i want to kill it"
    assert folder.fold("a threat, hard and paid") == "a threat, hard and paid"
    assert SpellFolder(["kill"]).fold("kil") == "kil"  # without `known`, short words stay


def test_common_words_are_exactly_those_common_enough():
    from wordfreq import top_n_list

    from index.spelling import common_words, zipf

    common = common_words(4.5)
    assert 1000 < len(common) < 10_000
    for word in top_n_list("en", 6000)[::7]:
        assert (word in common) == (word.isalpha() and zipf(word) >= 4.5), word


@pytest.mark.parametrize("word", ["actualy", "shoud", "acupuncture", "reflexology", "tape", "ham",
                                  "hamstrng", "kinesio", "the", "thw", "cramp", "xq", "abcdefgh"])
def test_the_common_neighbours_are_what_making_every_edit_finds(word):
    from index.spelling import common_folder, common_words, edits1

    common = common_words(4.5)
    assert common_folder(4.5).neighbours(word) == {e for e in edits1(word) - {word} if e in common}


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9))
def test_the_common_neighbours_agree_with_edits1_on_any_word(word):
    from index.spelling import common_folder, common_words, edits1

    common = common_words(4.5)
    assert common_folder(4.5).neighbours(word) == {e for e in edits1(word) - {word} if e in common}
