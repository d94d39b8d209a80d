"""What is being asked: the topic of a question, by nearest example questions plus keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.jsonl import read_json_lines
from index.encoders import Encoder
from index.vector_cache import encode_cached

BANK = Path(__file__).resolve().parent.parent / "data" / "intents.jsonl"

# A keyword names a topic more surely than a whole-question embedding does on short text.
KEYWORDS: dict[str, re.Pattern[str]] = {
    "heat_cold": re.compile(r"\b(ice|icing|iced|cold|heat|heating|warm|hot|frozen|compress)\b", re.I),
    "massage": re.compile(r"\b(massag\w*|foam roll\w*|knead\w*|rub\w*)\b", re.I),
    "stretch": re.compile(r"\b(stretch\w*|strech\w*|lie down|lying|seated|sitting|standing)\b", re.I),
    "food_drink": re.compile(r"\b(food|foods|eat|eating|diet|banana\w*|potassium|magnesium|calcium"
                             r"|sodium|salt|dairy|nuts|greens|supplement\w*)\b", re.I),
    "hydration": re.compile(r"\b(water|hydrat\w*|dehydrat\w*|drink\w*|fluids?|urine|pee)\b", re.I),
    "when_doctor": re.compile(r"\b(doctor|doc|gp|physician|serious|worr\w*|emergency|red flags?)\b", re.I),
    "causes": re.compile(r"\b(cause\w*|why|reason\w*|trigger\w*)\b", re.I),
    "prevention": re.compile(r"\b(prevent\w*|avoid\w*|stop (them|it) (coming|happening)|warm[- ]?up)\b", re.I),
    "strain": re.compile(r"\b(tear|torn|strain\w*|rupture\w*|pulled)\b", re.I),
    "anatomy": re.compile(r"\b(semitendinosus|semimembranosus|biceps femoris|which muscles|anatomy)\b", re.I),
}
KEYWORD_BONUS = 0.12
DURATION = re.compile(r"\bhow (long|often|many|much)\b|\bfor how\b", re.I)
# A question asking for several things: "what causes ...", "which foods", "ways to prevent".
SEVERAL = re.compile(r"\b(what (causes|triggers|brings on)|causes of|reasons|ways|tips|foods"
                     r"|stretches|exercises|remedies|options|things|triggers|what else|what are"
                     r"|which (?!one\b)\w+s|how (can|do|should) i (prevent|avoid|stop))\b", re.I)


@dataclass(frozen=True)
class Intent:
    """The topic of a question and whether it wants a number (how long, how often)."""

    topic: str
    score: float
    wants_number: bool = False
    wants_several: bool = False  # all the causes, the foods, the ways: not one sharp point
    margin: float = 1.0  # how far the topic leads the next one: near 0, a coin toss


class IntentBank:
    """Example questions per topic, embedded once; a question takes the topic nearest to it."""

    def __init__(self, encoder: Encoder, bank: Path = BANK) -> None:
        rows = read_json_lines(bank, required=("topic", "text"))
        self.topics = [row["topic"] for row in rows]
        self.names = sorted(set(self.topics))
        self.vectors = encode_cached(encoder, [row["text"] for row in rows])
        # One row per topic naming its examples, padded with the index of a -inf score
        # (len(rows)), so one sort ranks every topic's examples at once.
        members = [[i for i, t in enumerate(self.topics) if t == name] for name in self.names]
        width = max(max(len(m) for m in members), 2)
        members = [m * 2 if len(m) == 1 else m for m in members]
        self._members = np.array([m + [len(rows)] * (width - len(m)) for m in members])

    def classify(self, text: str, vector: np.ndarray) -> Intent:
        similarities = np.append(self.vectors @ vector, -np.inf)
        # a topic scores the mean of its two nearest examples (a one-example topic is padded
        # with itself, so it scores that one)
        best_two = np.sort(similarities[self._members], axis=1)[:, -2:].mean(axis=1)
        scores = dict(zip(self.names, best_two.tolist()))
        for name, pattern in KEYWORDS.items():
            if name in scores and pattern.search(text):
                scores[name] += KEYWORD_BONUS
        first, second = sorted(scores.values(), reverse=True)[:2]
        topic = max(scores, key=scores.get)
        return Intent(topic, first, wants_number=bool(DURATION.search(text)),
                      wants_several=bool(SEVERAL.search(text)), margin=first - second)
