"""scripts/audit.py fails on high, critical or unrated vulnerabilities, and never on a dead network."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from scripts import audit
from tests.reliability.server import ROOT


def report_with(*vulns: tuple[str, tuple[str, ...]]) -> dict:
    return {"dependencies": [
        {"name": "clean", "version": "1.0", "vulns": []},
        {"name": "leaky", "version": "2.0",
         "vulns": [{"id": i, "aliases": list(a), "fix_versions": ["2.1"]} for i, a in vulns]}]}


SEVERITIES = {"GHSA-high": "HIGH", "GHSA-mod": "MODERATE", "GHSA-crit": "CRITICAL"}


@pytest.mark.parametrize("vulns, code", [
    ((), 0),
    ((("PYSEC-1", ("GHSA-mod",)),), 0),
    ((("PYSEC-1", ("GHSA-mod",)), ("PYSEC-2", ("CVE-2", "GHSA-high"))), 1),
    ((("GHSA-crit", ()),), 1),
    ((("PYSEC-9", ("CVE-9",)),), 1),  # no rating anywhere: a person must look at it
])
def test_the_audit_fails_only_on_high_critical_or_unrated(monkeypatch, capsys, vulns, code):
    monkeypatch.setattr(audit, "run_pip_audit", lambda ignored: report_with(*vulns))
    monkeypatch.setattr(audit, "osv_severity", SEVERITIES.get)
    assert audit.main([]) == code
    out = capsys.readouterr().out
    for vuln_id, _ in vulns:
        assert vuln_id in out and "leaky 2.0" in out


@pytest.mark.slow
def test_an_unreachable_service_warns_and_passes():
    dead = "http://127.0.0.1:9"  # nothing listens on the discard port
    env = {**os.environ, "HTTPS_PROXY": dead, "HTTP_PROXY": dead, "https_proxy": dead,
           "http_proxy": dead, "PIP_NO_CACHE_DIR": "1"}
    result = subprocess.run([sys.executable, "scripts/audit.py"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "WARNING: dependency audit skipped" in result.stderr
