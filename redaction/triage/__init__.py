"""Libel and safeguarding triage (placeholder until the triage rules land)."""
from __future__ import annotations

from redaction.report import Finding, TriageFlag


def assess(text: str, findings: list[Finding]) -> tuple[bool, str, list[TriageFlag]]:
    """Return (libel, safeguarding level, flags) for a note and its PII findings."""
    return False, "none", []
