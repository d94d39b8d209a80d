"""The words of the bot's topic, in two lists with two meanings.

`TOPIC_WORDS` name the topic itself (a cramp, the hamstring, the leg): a question using one
is about hamstring cramps even when retrieval finds little. `SUBJECT_WORDS` name what the
articles say about it (massage, ice, potassium, a doctor): with the topic words, they tell
whether a short message names a subject of its own or leans on the conversation.
"""

from __future__ import annotations

from index.text import stem

TOPIC_WORDS = frozenset("""
cramp cramps cramping cramped crampy hamstring hamstrings thigh thighs leg legs muscle muscles
spasm spasms charley horse knot stretch stretches stretching
""".split())
SUBJECT_WORDS = frozenset("""
massage ice heat cold warm dehydration electrolyte electrolytes potassium magnesium calcium
sodium water hydration prevent prevention cause causes doctor
""".split())
# Compared by stem ("massaging" counts), with a few subjects too common in other talk ("a
# drink", "tears") to count as the topic anywhere but in a short question about it.
SUBJECT_STEMS = frozenset(stem(w) for w in TOPIC_WORDS | SUBJECT_WORDS | {
    "roller", "drink", "salt", "strain", "tear", "injury"})
