"""Libel and safeguarding triage for a note, explained flag by flag.

`assess` is what the pipeline calls. It never changes the text: it tells the
reviewer which sentences may be libellous (an allegation of wrongdoing against
an identifiable person) and how urgent any safeguarding concern is. Criticism
of services is left alone on purpose: de-identify, don't delete.
"""
from __future__ import annotations

from redaction.report import Finding, TriageFlag
from redaction.triage.concerns import CARE_SETTING_RE
from redaction.triage.libel import libel_flags
from redaction.triage.safeguarding import highest_level, safeguarding_flags
from redaction.triage.sentences import split_sentences
from redaction.triage.targets import find_mentions

__all__ = ["assess"]

# Libel categories that also describe harm to someone: a reviewer should
# consider a safeguarding referral, not only a redaction.
_HARM_CATEGORIES = frozenset({"violence", "abuse or neglect", "sexual misconduct", "racism"})
_HARM_LABELS = frozenset({"financial abuse", "criminal exploitation", "drug dealing", "supplying alcohol or drugs to young people"})


def assess(text: str, findings: list[Finding]) -> tuple[bool, str, list[TriageFlag]]:
    """Return (libel, safeguarding level, flags) for a note and its PII findings.

    `findings` supply named targets (PERSON, SOCIAL_HANDLE, VEHICLE_REG); names
    they miss are found by a simple fallback. Flags are in text order, libel
    before safeguarding within a sentence; the level is the highest flag's.
    """
    sentences = split_sentences(text)
    libel = libel_flags(text, sentences, find_mentions(text, findings))
    safeguarding = safeguarding_flags(text, sentences)
    safeguarding += [_harm_alleged(flag) for flag in libel if _describes_harm(flag, text)]
    flags = sorted(libel + safeguarding, key=lambda f: (f.start, f.kind != "libel"))
    return bool(libel), highest_level(safeguarding), flags


def _describes_harm(flag: TriageFlag, text: str) -> bool:
    if flag.category in _HARM_CATEGORIES or flag.explanation.startswith(tuple(f"Alleges {x} " for x in _HARM_LABELS)):
        return True
    # Theft, false records, or drink or drugs at work matter for safeguarding in a care setting.
    in_care = flag.category == "drink or drugs at work" or flag.explanation.startswith(("Alleges theft ", "Alleges false records "))
    return in_care and CARE_SETTING_RE.search(text) is not None


def _harm_alleged(flag: TriageFlag) -> TriageFlag:
    return TriageFlag(
        kind="safeguarding",
        category="alleged abuse by an identifiable person",
        level="medium",
        start=flag.start,
        end=flag.end,
        trigger=flag.trigger,
        target=flag.target,
        explanation=f"Someone ({flag.target}) is said to have harmed another person ({flag.category}): "
        f"'{flag.trigger}'. Consider whether a safeguarding referral is needed.",
    )
