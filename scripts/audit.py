"""List known vulnerabilities in the installed dependencies; fail on high or critical ones.

    .venv/bin/python scripts/audit.py [--ignore-vuln ID ...]

Runs pip-audit on the environment of this interpreter (the project's .venv) against PyPI's
vulnerability data. PyPI gives no severity, so each finding's severity is looked up on OSV
(through its GHSA alias); a finding whose severity cannot be learnt counts as high, since an
unknown risk should be read by a person before it ships. Exit codes: 0 clean, or only low and
moderate findings, or the vulnerability service could not be reached (a warning says so, so an
offline CI run does not fail for the wrong reason); 1 a high, critical or unrated finding.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass

FAILING = ("HIGH", "CRITICAL", "UNKNOWN")
OSV_VULN = "https://api.osv.dev/v1/vulns/{}"
TIMEOUT = 15


@dataclass(frozen=True)
class Finding:
    package: str
    version: str
    vuln_id: str
    aliases: tuple[str, ...]
    fix_versions: tuple[str, ...]
    severity: str = "UNKNOWN"


def run_pip_audit(ignored: list[str]) -> dict | None:
    """pip-audit's JSON report, or None (with a warning) when it could not do its job."""
    command = [sys.executable, "-m", "pip_audit", "--local", "--format", "json",
               "--progress-spinner", "off", "--timeout", str(TIMEOUT)]
    command += [arg for vuln in ignored for arg in ("--ignore-vuln", vuln)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        return warn("pip-audit did not finish in 10 minutes")
    if "No module named pip_audit" in result.stderr:
        return warn(f"pip-audit is not installed; install it with "
                    f"`{sys.executable} -m pip install pip-audit`")
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return warn(f"pip-audit could not reach PyPI's vulnerability service or failed "
                    f"(exit {result.returncode}): {last}")
    return report


def warn(message: str) -> None:
    print(f"WARNING: dependency audit skipped: {message}", file=sys.stderr)
    return None


def findings_of(report: dict) -> list[Finding]:
    return [Finding(dep["name"], dep.get("version", "?"), vuln["id"], tuple(vuln.get("aliases", ())),
                    tuple(vuln.get("fix_versions", ())))
            for dep in report.get("dependencies", []) for vuln in dep.get("vulns", [])]


def osv_severity(vuln_id: str) -> str | None:
    """The GitHub advisory rating OSV records for `vuln_id`, or None when unknown or unreachable."""
    try:
        with urllib.request.urlopen(OSV_VULN.format(vuln_id), timeout=TIMEOUT) as response:
            record = json.load(response)
    except (urllib.error.URLError, TimeoutError, ValueError):
        return None
    rating = (record.get("database_specific") or {}).get("severity")
    return rating.upper() if isinstance(rating, str) else None


def rate(finding: Finding) -> Finding:
    """The finding with the first severity any of its ids has on OSV (GHSA ids carry one)."""
    ids = sorted((finding.vuln_id, *finding.aliases), key=lambda i: not i.startswith("GHSA-"))
    for vuln_id in ids:
        severity = osv_severity(vuln_id)
        if severity:
            return Finding(**{**finding.__dict__, "severity": severity})
    return finding


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ignore-vuln", action="append", default=[], metavar="ID",
                        help="a reviewed vulnerability id to leave out (repeatable)")
    args = parser.parse_args(argv)
    report = run_pip_audit(args.ignore_vuln)
    if report is None:
        return 0
    findings = [rate(f) for f in findings_of(report)]
    audited = len(report.get("dependencies", []))
    if not findings:
        print(f"dependency audit: no known vulnerabilities in {audited} installed packages")
        return 0
    for f in findings:
        fix = f"fixed in {', '.join(f.fix_versions)}" if f.fix_versions else "no fix released"
        print(f"{f.severity:<9} {f.package} {f.version}: {f.vuln_id} "
              f"({', '.join(f.aliases) or 'no aliases'}); {fix}")
    failing = [f for f in findings if f.severity in FAILING]
    print(f"dependency audit: {len(findings)} known vulnerabilities in {audited} packages, "
          f"{len(failing)} high, critical or unrated")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
