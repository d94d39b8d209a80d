"""The words of the bot's topic, in two lists with two meanings.

`TOPIC_WORDS` name the topic itself (a cramp, the hamstring, the leg): a question using one
is about hamstring cramps even when retrieval finds little. `SUBJECT_WORDS` name what the
articles say about it (massage, ice, potassium, a doctor): with the topic words, they tell
whether a short message names a subject of its own or leans on the conversation.
"""

from __future__ import annotations

from index.text import stem

# The hamstring by its own names: a question naming one is about it, whatever else it names.
HAMSTRING_WORDS = frozenset("hamstring hamstrings hammy hammies thigh thighs".split())
# A cramp by its names, wherever it is.
CRAMP_WORDS = frozenset("cramp cramps cramping cramped crampy spasm spasms charley".split())
TOPIC_WORDS = CRAMP_WORDS | HAMSTRING_WORDS | frozenset("""
leg legs muscle muscles horse knot stretch stretches stretching
""".split())
SUBJECT_WORDS = frozenset("""
massage ice heat cold warm dehydration electrolyte electrolytes potassium magnesium calcium
sodium water hydration prevent prevention cause causes doctor
""".split())
# Compared by stem ("massaging" counts), with a few subjects too common in other talk ("a
# drink", "tears") to count as the topic anywhere but in a short question about it.
SUBJECT_STEMS = frozenset(stem(w) for w in TOPIC_WORDS | SUBJECT_WORDS | {
    "roller", "drink", "salt", "strain", "tear", "injury"})
# Other parts of the body: a question about one of them, and not the hamstring, is about
# something the articles do not cover ("a sprained ankle", "a cramp in my calf"). Parts the
# articles use to place the hamstring or to do its stretches and massage (knee, hip, back,
# foot, toes, heel, hands, arms, stomach) are left out.
OTHER_BODY_PARTS = frozenset("""
ankle ankles calf calves shin shins quad quads quadriceps groin wrist wrists elbow elbows
shoulder shoulders neck jaw abdomen rib ribs
""".split())
