"""The signs triage looks for, per category, in route order: emergency, crisis, see_doctor,
dosing. Order inside a category matters only in that the first sign found leads the reply.
"""

from __future__ import annotations

import re

from bot.safety.lexicon.crisis import CONTENT_ASKED, CRISIS, HYPERBOLE, SUICIDE_DRILL
from bot.safety.lexicon.dosing import DOSING, NUMBER_PUSH, PRESCRIPTION_ASKED, WHETHER_IT_HELPS
from bot.safety.lexicon.emergency import EMERGENCY, WORN_OUT
from bot.safety.lexicon.languages import (CRISIS_ELSEWHERE, EMERGENCY_ELSEWHERE,
                                          SEE_DOCTOR_ELSEWHERE)
from bot.safety.lexicon.scripts import CRISIS_IN_SCRIPTS, EMERGENCY_IN_SCRIPTS
from bot.safety.lexicon.see_doctor import MILD_STRAIN, SEE_DOCTOR

__all__ = ["CRISIS", "DOSING", "EMERGENCY", "HARMLESS_READINGS", "NUMBER_PUSH",
           "PRESCRIPTION_ASKED", "RULES", "SEE_DOCTOR"]

RULES = (EMERGENCY + EMERGENCY_ELSEWHERE + EMERGENCY_IN_SCRIPTS + CRISIS + CRISIS_ELSEWHERE
         + CRISIS_IN_SCRIPTS + SEE_DOCTOR + SEE_DOCTOR_ELSEWHERE + DOSING)

# Words of a category the rules read and judged harmless ("we did suicides in practice", "this
# cramp will be the death of me"): the category counts as seen and dismissed, so triage's
# learned layers do not raise it from them.
HARMLESS_READINGS = {"crisis": re.compile(f"{SUICIDE_DRILL.pattern}|{HYPERBOLE.pattern}|"
                                          f"{CONTENT_ASKED.pattern}"),
                     "emergency": WORN_OUT, "see_doctor": MILD_STRAIN, "dosing": WHETHER_IT_HELPS}
