"""Shared helpers for the recognizer tables: run the real pipeline, list what it found."""
from __future__ import annotations

from redaction.pipeline import analyze
from redaction.replace import redact


def spans(text: str, kind: str) -> list[str]:
    """The text of each finding of `kind`, without the spaces a role suggestion takes."""
    return [text[f.start:f.end].strip(" ,") for f in analyze(text).findings if f.type == kind]


def published(text: str) -> str:
    return redact(text, analyze(text).findings)
