"""Which triage rules a text can set off, told from the words it has, before any regex runs.

Almost every rule pattern opens with a word boundary and then a word from a list
("chest", "breath...", "suicid..."), so it can only match where a word of the text starts
with one of those. Reading that list off each pattern once, a text is checked with a few
dictionary lookups, and only the rules whose every gated pattern has such a word run their
regexes: about a third of them on an ordinary question, and the rule layer takes a third
of the time it did. The gate only ever skips a rule that could not have matched, so the
rules' verdicts stay exactly what they were.

The openings are read with Python's own regex parser, which is private (`re._parser`);
where it is missing or reads a pattern differently, that pattern is simply never gated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - another Python: every rule runs, as before
    sre = sre_parse = None

from bot.safety.rules import Rule

_WORDS = re.compile(r"\w+")  # a word in the sense of the patterns' own \b and \w
_MAX_SET = 10  # a character class at an opening is spelt out up to this many characters


class RuleGate:
    """For each rule, whether a text has the words its patterns need to open with."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._bits: dict[str, int] = {}  # an opening -> the patterns (bits) it may start
        self._needs: list[int] = []  # per rule: its gated patterns, each needing an opening
        bit = 1
        for rule in rules:
            needs = 0
            for pattern in rule.patterns:
                found = openings(pattern)
                if found is not None:
                    for opening in found:
                        self._bits[opening] = self._bits.get(opening, 0) | bit
                    needs |= bit
                bit <<= 1
            self._needs.append(needs)
        self._longest = max(map(len, self._bits), default=0)

    def possible(self, text: str) -> list[bool]:
        """Per rule, in order: False when some pattern of it cannot match `text`."""
        present = 0
        for word in _WORDS.findall(text):
            for end in range(1, min(len(word), self._longest) + 1):
                present |= self._bits.get(word[:end], 0)
        return [needs & ~present == 0 for needs in self._needs]


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    r"""Word beginnings one of which starts every match of `pattern`, or None when unknown.

    Only a pattern opening with \b and then word characters is read: a match of it starts
    a word of the text, and that word starts with one of the returned strings.
    """
    if sre_parse is None or pattern.flags & ~re.UNICODE:
        return None
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # a parser that reads this differently: the pattern is not gated
        return None
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return None
    found = _openings(items[1:])
    return frozenset(found) if found else None


def _openings(items: list) -> set[str] | None:
    """Non-empty strings of word characters one of which starts every match of `items`
    (a parsed regex sequence), or None when some match may start otherwise."""
    i = 0
    while i < len(items) and items[i][0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        i += 1  # zero-width: the match still starts with what follows
    if i == len(items):
        return None
    op, arg = items[i]
    if op is sre.LITERAL:
        text = ""
        while i < len(items) and items[i][0] is sre.LITERAL and _is_word(chr(items[i][1])):
            text += chr(items[i][1])
            i += 1
        return {text} if text else None
    if op is sre.IN:
        return _class(arg)
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = arg
        return None if add_flags or del_flags else _openings(list(inner))
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            more = _openings(list(branch))
            if more is None:
                return None
            found |= more
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _, inner = arg
        found = _openings(list(inner))
        if low >= 1 or found is None:
            return found
        rest = _openings(items[i + 1:])  # the repeat may match nothing: what follows opens
        return None if rest is None else found | rest
    return None


def _class(members: list) -> set[str] | None:
    """The characters of a small class of word characters ("[0-9]"), else None."""
    chars: set[str] = set()
    for op, arg in members:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _MAX_SET:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_SET and all(map(_is_word, chars)) else None


def _is_word(char: str) -> bool:
    """A \\w character, as the regex engine decides it for text."""
    return char.isalnum() or char == "_"
