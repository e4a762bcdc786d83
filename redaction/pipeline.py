"""analyze(text) -> Report: PII findings from presidio over a blank spaCy pipeline, then triage."""
from __future__ import annotations

import os
import re
import threading

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from redaction.report import Finding, Report  # noqa: E402
from redaction import triage  # noqa: E402
from redaction.recognizers.names import find_names  # noqa: E402

_lock = threading.Lock()
_engine = None

_PATTERNS = [
    (re.compile(r"(?<!\d)((?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4})(?!\d)"), "PHONE_NUMBER", "UK phone number shape", None, "uk_phone"),
]


def _build():
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (DateRecognizer, EmailRecognizer, NhsRecognizer,
                                                          UkNinoRecognizer, UkPostcodeRecognizer,
                                                          UkVehicleRegistrationRecognizer, UrlRecognizer)

    class BlankEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    nlp = BlankEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.load()
    registry = RecognizerRegistry()
    for r in (EmailRecognizer(), UrlRecognizer(), NhsRecognizer(), UkNinoRecognizer(), UkPostcodeRecognizer(),
              UkVehicleRegistrationRecognizer(), DateRecognizer()):
        registry.add_recognizer(r)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def warm_up() -> None:
    global _engine
    with _lock:
        if _engine is None:
            _engine = _build()


def analyze(text: str) -> Report:
    warm_up()
    findings: list[Finding] = []
    for r in _engine.analyze(text=text, language="en"):
        findings.append(Finding(r.entity_type, r.start, r.end, r.score, r.recognition_metadata.get("recognizer_name", ""),
                                f"{r.entity_type} pattern"))
    for pattern, kind, why, replacement, recognizer in _PATTERNS:
        for m in pattern.finditer(text):
            findings.append(Finding(kind, m.start(1), m.end(1), 0.8, recognizer, why, replacement))
    findings.extend(find_names(text))
    findings.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in findings:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    libel, level, flags = triage.assess(text, kept)
    return Report(kept, libel, level, flags)
