"""Reading JSON-lines files whose bad line is an error naming the file, the line and the rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class JsonLinesError(ValueError):
    """A JSON-lines file that cannot be read or lacks a field."""


def read_json_lines(path: Path, required: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The objects of a JSON-lines file, blank lines skipped.

    Raises:
        JsonLinesError: the file cannot be read, a line is not JSON or lacks a `required` field.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise JsonLinesError(f"cannot read {path} ({err.strerror})") from err
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise JsonLinesError(f"{path} line {number} is not valid JSON ({err.msg})") from err
        missing = [name for name in required if not isinstance(row, dict) or name not in row]
        if missing:
            raise JsonLinesError(f"{path} line {number} lacks {', '.join(missing)} "
                                 f"(each line needs {', '.join(required)})")
        rows.append(row)
    return rows
