"""The concepts added for the red flags the night rule used to catch only by the way (issue
16's seventh round), in words written for these tests, not the probes': each sign, and the
harmless look-alikes that must stay harmless. tests/bot/safety/test_concepts.py runs them."""

from __future__ import annotations

CONCEPTS = {
    # NICE NG12: an unexplained lump that is getting bigger; one that stays
    "growing_lump": ("see_doctor", [
        "there's a bump on the back of my leg and it has got larger since spring",
        "lump in my hammy, painless, but it's been there for weeks now"]),
    "fixed_lump": ("see_doctor", ["a hard lump deep in my thigh that doesn't move when i push it"]),
    # restless legs: an urge to move with a crawling feeling, worse at rest
    "restless_legs": ("see_doctor", [
        "my legs feel like bugs are crawling in them every evening on the sofa",
        "at night i have to keep moving my legs, they won't settle, it's not really a cramp",
        "mum says her calves fizz and she can't keep her legs still in bed"]),
    # NICE falls: an older person who falls, their legs giving way
    "older_person_falls": ("see_doctor", [
        "my grandmother is 88 and has fallen twice this month, she gets leg cramps",
        "dad's in his eighties and took a tumble in the kitchen, his legs cramp at night"]),
}

LOOK_ALIKES = {
    "cramp_knot_gone": ["a hard knot came up in my hamstring during the cramp and went in a minute"],
    "restless_or_cramp_asked": ["what's the difference between restless legs and a cramp"],
    "fell_asleep_old": ["my 80 year old neighbour fell asleep in the garden chair, stiff hamstring"],
    "young_fall": ["fell over playing football, hamstring cramped after, i'm 24"],
    "crawled_under": ["crawled under the car to fix it and my hamstring cramped"],
}
LOOK_ALIKES["crawled_somewhere"] = ["crawled under the table after my keys and my leg cramped"]
LOOK_ALIKES["cramp_crept"] = ["the cramp crept up my leg slowly"]
