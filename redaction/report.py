"""The result of analysing one note: findings to redact, plus triage judgements.

These small frozen types are the contract between the analysis pipeline and the
web app. A recognizer produces `Finding`s; the pipeline returns a `Report`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SAFEGUARDING_LEVELS = ("none", "low", "medium", "high")


@dataclass(frozen=True)
class Finding:
    """One proposed redaction, with the reason a reviewer needs to judge it.

    `replacement` is the text to publish instead of `text[start:end]`; None means
    "use the readable placeholder for this type" (see `redaction.replace`). An
    empty string drops the span, as when a named worker is reduced to their role
    ("my social worker Jane Whitfield" -> "my social worker").
    """

    type: str
    start: int
    end: int
    score: float
    recognizer: str
    explanation: str = ""
    replacement: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TriageFlag:
    """A libel or safeguarding concern: which sentence, which rule, why."""

    kind: str  # "libel" or "safeguarding"
    category: str  # e.g. "dishonesty", "suicidal intent"
    level: str  # safeguarding level, or "flag" for libel
    start: int
    end: int
    trigger: str  # the words that triggered it
    target: str = ""  # libel: who the allegation is about
    explanation: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    findings: list[Finding]
    libel: bool = False
    safeguarding: str = "none"
    flags: list[TriageFlag] = field(default_factory=list)
