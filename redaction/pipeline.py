"""analyze(text) -> Report: the whole analysis of one note, in one linear pass.

1. Presidio's AnalyzerEngine runs every recognizer in `registry.build_registry()`
   over a blank spaCy pipeline (see `redaction.nlp`); context words raise scores.
2. Results under MIN_SCORE are dropped; the rest become `Finding`s whose
   explanation says, in plain words, which recognizer, pattern or list,
   context word and score.
3. Overlapping findings are merged into one, so findings never overlap and
   nothing half-covered leaks: the longer (then higher-scoring) one names the type.
4. A named worker after a role noun is reduced to the role (`redaction.roles`).
5. Advisory QUASI_IDENTIFIER findings are added (`redaction.quasi`); they never
   change the published text by themselves.
6. `redaction.triage.assess` judges libel and safeguarding.

The engine is built once per process, lazily and under a lock, so the web app
can call `warm_up()` at startup and `analyze()` from worker threads. Building
takes about a second (importing presidio and spaCy, loading the name lists);
analysis itself keeps no state between calls.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import replace

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # tldextract: bundled suffix list, no network

from redaction import triage  # noqa: E402
from redaction.quasi import quasi_identifiers  # noqa: E402
from redaction.report import Finding, Report  # noqa: E402
from redaction.roles import suggest_roles  # noqa: E402
from redaction.triage.model import ready as triage_model_ready  # noqa: E402

MIN_SCORE = 0.4

# Presidio logs the words around each match at DEBUG level; a note's words must never reach the logs.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)

WARM_UP_NOTE = ("My social worker Jane Whitfield (jane.whitfield@example.com, www.example.com/jane) "
                "never rang 07700 900123 back.")

_lock = threading.Lock()
_engine = None


def _build():
    from presidio_analyzer import AnalyzerEngine

    from redaction.nlp import build_nlp_engine
    from redaction.registry import build_registry

    nlp_engine = build_nlp_engine()
    registry = build_registry(with_spacy_ner=nlp_engine.model_name is not None)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def warm_up() -> None:
    """Build the engine now rather than on the first note."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = _build()
                # Every recognizer compiles its patterns on first use, and triage builds its word index:
                # one made-up note that reaches them all does that here, not on a contributor's first note.
                _engine.analyze(text=WARM_UP_NOTE, language="en")
                triage.assess(WARM_UP_NOTE, [])
                triage_model_ready()  # the triage model's weights, read once here rather than on the first long note


def explain(result) -> str:
    """A reviewer-readable account of one Presidio result."""
    e = result.analysis_explanation
    recognizer = result.recognition_metadata.get("recognizer_name", "") if result.recognition_metadata else ""
    parts = [f"Found by {recognizer or (e.recognizer if e else 'a recognizer')}"]
    if e is not None:
        if e.pattern_name:
            parts.append(f"pattern '{e.pattern_name}'")
        if e.textual_explanation:  # Presidio's own "Detected by ... using pattern ..." repeats the above
            parts += [line for line in e.textual_explanation.splitlines() if not line.startswith("Detected by")]
        if e.validation_result:
            parts.append("it passed the validity check (check digits or digit count)")
        if e.supportive_context_word:
            parts.append(f"the context word '{e.supportive_context_word}' raised the score "
                         f"from {e.original_score:.2f} to {result.score:.2f}")
    parts.append(f"score {result.score:.2f}")
    return "; ".join(parts) + "."


def _merge(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings sorted by start; overlapping ones become one span."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -f.score)):
        if out and f.start < out[-1].end:
            last = out[-1]
            if f.end <= last.end:
                continue  # inside the previous finding
            lead = last if (last.end - last.start, last.score) >= (f.end - f.start, f.score) else f
            out[-1] = replace(lead, start=last.start, end=f.end, score=max(last.score, f.score),
                              explanation=f"{lead.explanation} Merged with an overlapping {f.type if lead is last else last.type} finding.")
            continue
        out.append(f)
    return out


def analyze(text: str) -> Report:
    """PII findings (non-overlapping, sorted by start), advisory quasi-identifiers, and triage."""
    warm_up()
    from redaction.registry import ENTITY_NAMES

    results = _engine.analyze(text=text, language="en", return_decision_process=True)
    findings = [Finding(ENTITY_NAMES.get(r.entity_type, r.entity_type), r.start, r.end, round(r.score, 3),
                        r.recognition_metadata.get("recognizer_name", ""), explain(r))
                for r in results if r.score >= MIN_SCORE]
    findings = suggest_roles(text, _merge(findings))
    advisories = quasi_identifiers(text, findings)
    libel, safeguarding, flags = triage.assess(text, findings)
    return Report(sorted(findings + advisories, key=lambda f: (f.start, f.end)), libel, safeguarding, flags)
