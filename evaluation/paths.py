"""Where the evaluation sets, the shared development sets and the reports live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the project's folder
DATA = Path(__file__).resolve().parent / "data"  # the project's own question and probe sets
SHARED = ROOT.parent / "shared"  # the shared development sets and MedQuAD, beside the project
REPORTS = ROOT / "reports"
