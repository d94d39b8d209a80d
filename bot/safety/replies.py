"""The replies of the triage routes, and reminders of earlier red flags on other replies.

Emergency and crisis replies are templates: no article content, no citations. See-doctor
and dosing replies lead with the warning, then may quote what the answerer found, minus
any point unsafe for the situation (heat or massage on a possible clot or tear, supplements
in pregnancy, any figure with a dose unit), renumbered so markers and citations agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.query.language import LANGUAGE_NOTE
from bot.query.normalise import normalise
from bot.safety.output import DOSE_FIGURE
from bot.records import Citation, Reply, quote_text
from bot.safety.route import Decision
from bot.wording import safety as wording
from bot.wording.safety import EMERGENCY_SIGNS, SEE_DOCTOR_SIGNS, SignText
from bot.safety.triage import Flag


@dataclass(frozen=True)
class SafetyConfig:
    """Where the safety replies send people. Defaults are for the US."""

    emergency_number: str = "911"
    emergency_note: str = ("Outside the US, call your local emergency number instead "
                           "(112 in the EU, 999 in the UK, 000 in Australia).")
    crisis_line: str = "call or text 988 (the 988 Suicide & Crisis Lifeline in the US)"
    crisis_finder: str = "findahelpline.com"

    def __post_init__(self) -> None:
        if not re.fullmatch(r"\d{2,6}", self.emergency_number):
            raise ValueError(f"emergency_number must be 2 to 6 digits, like 911 or 112 "
                             f"(got emergency_number={self.emergency_number!r})")
        if not self.crisis_line.strip():
            raise ValueError(f"crisis_line must say how to reach a crisis line "
                             f"(got crisis_line={self.crisis_line!r})")


# What must not be suggested in each situation, matched against a quoted sentence.
_HEAT_MASSAGE = r"heat|warm|hot |heating|massag|knead|foam roll|rub"
_UNSAFE = {
    "clot_signs": _HEAT_MASSAGE + r"|stretch|exercis",
    "skin_colour": _HEAT_MASSAGE,
    "infection": _HEAT_MASSAGE,
    "tear": _HEAT_MASSAGE + r"|stretch",
    "nerve": r"heat|warm|hot |heating|ice|cold",
    "pregnancy": r"supplement|magnesium|potassium|calcium|sodium|electrolyte|medicine|medication",
    "child": r"supplement|magnesium|potassium|calcium|sodium|electrolyte|medicine|medication",
    "medicine": r"supplement|medicine|medication",
    "condition": r"supplement|magnesium|potassium|calcium|sodium|electrolyte",
    "allergy": r"supplement|magnesium|potassium|calcium|quinine|medicine|medication",
    "little_urine": r"supplement|magnesium|potassium|calcium|sodium|electrolyte",
    "fluid_loss": r"supplement|medicine|medication",
}
# A red flag the model raised names no sign: withhold what any sign would.
_UNSAFE["learned"] = "|".join(dict.fromkeys(
    part for pattern in _UNSAFE.values() for part in pattern.split("|")))
# A sentence that warns against the unsafe thing ("heat can make it worse") is safe to quote.
_CAUTION = re.compile(r"\b(?:worse|avoid\w*|don'?t|do not|never|should not|shouldn'?t|wait|"
                      r"until|(?:ice|cold)\b[^.]{0,30}\bfirst|(?:hours|days) after)\b", re.I)
_OTHER_PERSON = re.compile(r"\b(?:himself|herself|themselves|he|she|they|him|her|them)\b")
_FIRST_PERSON = re.compile(r"\b(?:myself|my life|i|i'm|im|me)\b")
# How a reply notes the floor's line (python -m evaluation counts the harmless replies given it)
HELP_LINE_NOTE = "help line:"


def safety_reply(decision: Decision, message: str, answer: Callable[[], Reply],
                 config: SafetyConfig = SafetyConfig()) -> Reply:
    """The reply for `decision`; `answer` is called only when article content may be used."""
    notes = _notes(decision)
    if decision.kind == "emergency":
        return Reply("emergency", emergency_text(decision, config), notes=notes)
    if decision.kind == "crisis":
        return Reply("crisis", crisis_text(decision, message, config), notes=notes)
    base = answer()
    reminders = [reminder_line(flag, config) for flag in decision.reminders]
    if decision.kind is None:
        # the reply to a message in another language says where help is already, in English
        # and in that language (bot.answer.compose)
        in_another_language = any(note.startswith(LANGUAGE_NOTE) for note in base.notes)
        floor = "" if in_another_language else near_line(decision.near, config)
        if not reminders and not floor:
            return base
        parts = [*reminders, base.text]
        if floor:
            parts.append(floor)
            notes += tuple(f"{HELP_LINE_NOTE} {category} near"
                           for category in sorted(decision.near))
        return replace(base, text="\n\n".join(parts), notes=base.notes + notes)
    lead = see_doctor_lead(decision.flag, config) if decision.kind == "see_doctor" \
        else dosing_lead(decision.flag)
    # a dose asked for a child or in pregnancy: said so, and withheld what that withholds
    who = [flag for flag in decision.others if flag.category == "see_doctor"] \
        if decision.kind == "dosing" else []
    unsafe = "|".join(filter(None, (_UNSAFE.get(flag.sign, "") for flag in
                                    [*([decision.flag] if decision.flag else []), *who])))
    body, citations = safe_points(base, unsafe)
    parts = [lead, *(wording.DOSING_FOR[flag.sign] for flag in who
                     if flag.sign in wording.DOSING_FOR), *reminders]
    if body:
        parts.append(wording.SAFE_POINTS.format(points=body))
    parts.append(_closing(decision, config))
    return Reply(decision.kind, "\n\n".join(parts), citations, base.retrieved, notes)


def emergency_text(decision: Decision, config: SafetyConfig) -> str:
    sign = _sign(decision.flag, EMERGENCY_SIGNS, "emergency")
    first = wording.EMERGENCY_FIRST_AGAIN if decision.continued else wording.EMERGENCY_FIRST
    lines = [first.format(number=config.emergency_number, label=sign.label), sign.why,
             wording.EMERGENCY_DONT_WAIT]
    if sign.meanwhile:
        lines.append(f"- {sign.meanwhile}")
    if any(flag.category == "crisis" for flag in decision.others):
        lines.append(wording.EMERGENCY_AND_CRISIS.format(line=config.crisis_line,
                                                         finder=config.crisis_finder))
    lines.append(config.emergency_note)
    return "\n".join(lines)


def crisis_text(decision: Decision, message: str, config: SafetyConfig) -> str:
    evidence = normalise(decision.flag.evidence) if decision.flag else ""
    folded = normalise(message)
    about_another = (_OTHER_PERSON.search(folded) and not _FIRST_PERSON.search(evidence)
                     and not re.search(r"\b(?:i want|i wanna|i feel|i'm|i am|i keep)\b", folded))
    lines = wording.CRISIS_OTHER if about_another else wording.CRISIS_SELF
    return "\n".join(line.format(number=config.emergency_number, line=config.crisis_line,
                                 finder=config.crisis_finder) for line in lines)


def see_doctor_lead(flag: Flag | None, config: SafetyConfig) -> str:
    sign = _sign(flag, SEE_DOCTOR_SIGNS, "see_doctor")
    when = sign.when.format(number=config.emergency_number)
    return " ".join(part for part in (sign.why, when, sign.meanwhile) if part)


def dosing_lead(flag: Flag | None) -> str:
    what = (wording.DOSING_NO_PRESCRIBING if flag and flag.sign == "prescription"
            else wording.DOSING_NO_DOSES)
    return wording.DOSING_WHY.format(what=what)


def reminder_line(flag: Flag, config: SafetyConfig) -> str:
    if flag.category == "crisis":
        return wording.REMIND_CRISIS.format(line=config.crisis_line, finder=config.crisis_finder)
    if flag.category == "emergency":
        sign = _sign(flag, EMERGENCY_SIGNS, "emergency")
        return wording.REMIND_EMERGENCY.format(label=sign.label, number=config.emergency_number)
    sign = _sign(flag, SEE_DOCTOR_SIGNS, "see_doctor")
    line = wording.REMIND_SEE_DOCTOR.format(label=sign.label, remind=sign.remind)
    return f"{line} {sign.meanwhile}" if sign.meanwhile else line


def near_line(near: frozenset[str], config: SafetyConfig) -> str:
    """Where help is, for a reply to a message the learned layer reads as possibly urgent
    though nothing raised it (Decision.near): the line for a crisis, an emergency, or both."""
    if not near:
        return ""
    key = "both" if len(near) > 1 else next(iter(near))
    return wording.NEAR[key].format(number=config.emergency_number, line=config.crisis_line,
                                    finder=config.crisis_finder)


def safe_points(base: Reply, unsafe: str, *, limit: int = 3) -> tuple[str, tuple[Citation, ...]]:
    """The base reply's quoted sentences minus unsafe ones and repeats, one bullet per
    citation, renumbered 1..n so every marker names its citation."""
    pattern = re.compile(unsafe, re.I) if unsafe else None

    def safe(sentence: str) -> bool:
        if DOSE_FIGURE.search(sentence):
            return False
        return not (pattern and pattern.search(sentence)) or bool(_CAUTION.search(sentence))

    kept: list[Citation] = []
    renumbered: dict[int, int] = {}
    for citation in base.citations:
        spans = tuple(span for span in citation.quote_spans
                      if safe(citation.passage[span[0]:span[1]]))
        quote = quote_text(citation.passage, spans)
        if not spans or len(kept) >= limit or any(_same_statement(quote, k.quote) for k in kept):
            continue
        renumbered[citation.number] = len(kept) + 1
        kept.append(replace(citation, number=len(kept) + 1, quote=quote, quote_spans=spans))
    kept = [replace(c, agrees_with=tuple(sorted(renumbered[n] for n in c.agrees_with
                                                if n in renumbered))) for c in kept]
    return "\n".join(f"- {c.quote} [{c.number}]" for c in kept), tuple(kept)


def _same_statement(a: str, b: str) -> bool:
    """Two quotes say the same when most of their words are shared (agreeing articles)."""
    wa, wb = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb)) if wa and wb else False


def _closing(decision: Decision, config: SafetyConfig) -> str:
    closing = wording.CLOSING_DOSING if decision.kind == "dosing" else wording.CLOSING_SEE_DOCTOR
    return closing.format(number=config.emergency_number)


def _sign(flag: Flag | None, table: dict[str, SignText], fallback: str) -> SignText:
    return table.get(flag.sign if flag else fallback) or table[fallback]


def _notes(decision: Decision) -> tuple[str, ...]:
    flag = decision.flag
    why = f"{flag.category}:{flag.sign} by {flag.source}" if flag else "none"
    return (f"triage {why}{' (continued)' if decision.continued else ''}",
            *(f"reminder {f.category}:{f.sign}" for f in decision.reminders))
