from corpus import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    assert sentences("Reviewed by Tina M. St. John, M.D. in May. Then it ran.") == [
        "Reviewed by Tina M. St. John, M.D. in May.", "Then it ran."]


def test_line_breaks_and_glued_questions_end_sentences():
    assert sentences("What causes cramp?Nobody knows.\nLow carbohydrate levels.") == [
        "What causes cramp?", "Nobody knows.", "Low carbohydrate levels."]


def test_numbers_and_ranges_stay_inside_a_sentence():
    assert sentences("Hold for 20-30 seconds, then relax. Repeat 2-3 times.") == [
        "Hold for 20-30 seconds, then relax.", "Repeat 2-3 times."]
