"""The scope model: whether the articles answer a message, by what labelled messages taught.

The answerer's own checks read words: a subject the articles never name ("does acupuncture
help?"), another part of the body, another kind of cramp. They miss what is asked in a shape
no pattern reads ("whats the best insole to stop hamstring cramps", "could my keto diet be
why my hamstrings cramp"), and they answer off-topic talk that shares a word with the
articles ("so stressed about exams i cant sleep"). Small neural networks over the message's
embedding (one hidden layer each, five averaged, as triage's), fitted on some 7,000 messages
labelled "answer", "no_answer" or "out_of_scope", weigh the whole message instead. They
overrule the checks only where their average is sure (`AnswerConfig.scope_*`); the study
that chose how sure, and that compares the networks with the regression they replaced, is
`python -m evaluation.scope_model cv`.

What the articles cover is a fact about these articles, so the model records a digest of
the article files it was fitted for and is left out, with a warning, for any other corpus:
there the word checks decide alone.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.answer.config import AnswerConfig
from bot.softmax import SoftmaxModel

DEFAULT_SCOPE_MODEL = Path(__file__).resolve().parent.parent / "data" / "scope_model.npz"
SCOPE_LABELS: tuple[str, ...] = ("answer", "no_answer", "out_of_scope")


class ScopeModel(SoftmaxModel):
    """A softmax over SCOPE_LABELS, through a hidden layer, for one set of articles."""

    LABELS = SCOPE_LABELS
    NAME = "scope model"
    REFIT = "python -m evaluation.scope_model fit"
    LEAVE_OUT = "set ChatbotConfig(scope_model=None)"


def overrule(kind: str, probabilities: np.ndarray, config: AnswerConfig) -> str:
    """The answerer's kind ("answer", "no_answer" or "out_of_scope") after the model's say:
    an answer becomes not covered or off topic where the model is sure of it, and a message
    the word checks turned away is answered where the model is surer still that it may be
    (a rare word the articles use in another form, a question shaped like an off-topic one).

    A message the checks called not covered is off topic where the model is sure it is: "how
    many calories in a banana" shares a food with the articles, not a subject. Of the 17,999
    probes not held out, 26 were so turned, each to what its writer expected (round 20). Off
    topic is never made not covered: that reply would say the articles miss a cramp question.
    """
    answer, not_covered, off_topic = (float(p) for p in probabilities)
    if kind == "answer":
        if _sure(not_covered, config.scope_not_covered):
            return "no_answer"
        if _sure(off_topic, config.scope_off_topic):
            return "out_of_scope"
    elif kind in ("no_answer", "out_of_scope") and _sure(answer, config.scope_answer):
        return "answer"
    elif kind == "no_answer" and _sure(off_topic, config.scope_off_topic):
        return "out_of_scope"
    return kind


def _sure(probability: float, bar: float) -> bool:
    """At or over `bar`; a bar of 1.0 is never reached (a softmax may round to 1.0)."""
    return bar < 1.0 and probability >= bar
