"""Findings -> the text that is published.

Each finding's span becomes a readable placeholder ("[name 1]", "[phone
number]"), unless it carries a `replacement` ("" drops the span, as when a
worker is reduced to their role), or it is a reviewer's own removal
("[removed]"). Advisory findings (QUASI_IDENTIFIER) never change the text.

Names are numbered in order of first appearance, and the same person keeps
the same number within a note: a first name or a surname used alone gets the
number of the full name it belongs to ("Callum Reaney ... Callum" -> "[name 1]
... [name 1]"), titles and a possessive 's are ignored ("Mrs Nowak" = "Nowak"),
and two full names that share only a surname ("Kyle Brannigan", "Sue
Brannigan") are two people. A single name that fits two people takes the first.

Findings are duck-typed: anything with .start .end .type .replacement will do
(the web app passes its database rows). Overlapping findings are merged:
the earlier one's placeholder covers both spans, so nothing half-covered shows.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

PLACEHOLDER_LABELS: dict[str, tuple[str, str]] = {
    "PERSON": ("name", "names"),
    "PHONE_NUMBER": ("phone number", "phone numbers"),
    "EMAIL_ADDRESS": ("email address", "email addresses"),
    "URL": ("web address", "web addresses"),
    "SOCIAL_HANDLE": ("social media name", "social media names"),
    "STREET_ADDRESS": ("address", "addresses"),
    "UK_POSTCODE": ("postcode", "postcodes"),
    "UK_NHS": ("NHS number", "NHS numbers"),
    "UK_NINO": ("National Insurance number", "National Insurance numbers"),
    "UK_DRIVING_LICENCE": ("driving licence number", "driving licence numbers"),
    "UK_PASSPORT": ("passport number", "passport numbers"),
    "DATE_OF_BIRTH": ("date of birth", "dates of birth"),
    "AGE_OF_CHILD": ("age", "ages"),
    "SCHOOL": ("school", "schools"),
    "CASE_REFERENCE": ("case reference", "case references"),
    "VEHICLE_REG": ("vehicle registration", "vehicle registrations"),
    "BANK_DETAILS": ("bank details", "bank details"),
    "WORKPLACE_OF_INDIVIDUAL": ("workplace", "workplaces"),
    "QUASI_IDENTIFIER": ("identifying detail", "identifying details"),
    "REVIEWER": ("detail", "details"),
    "LIBEL_SENTENCE": ("sentence", "sentences"),
}
ADVISORY_TYPES = frozenset({"QUASI_IDENTIFIER"})
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "cllr", "nurse", "pc", "dc"}


def _name_words(span: str) -> tuple[str, ...]:
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[^\W\d_][\w'’-]*", span.lower())]
    return tuple(w for w in words if w.rstrip(".") not in TITLES) or tuple(words)


class _People:
    """Numbers for people, as they appear."""

    def __init__(self) -> None:
        self.known: list[tuple[str, ...]] = []

    def number(self, span: str) -> int:
        words = _name_words(span)
        for i, other in enumerate(self.known):
            if words == other or (len(words) == 1 and words[0] in (other[0], other[-1])) or \
                    (len(other) == 1 and other[0] in (words[0], words[-1])):
                if len(words) > len(other):
                    self.known[i] = words  # remember the fuller form
                return i + 1
        self.known.append(words)
        return len(self.known)


def placeholder(kind: str) -> str:
    return f"[{PLACEHOLDER_LABELS.get(kind, ('detail', ''))[0]}]"


def redact(text: str, findings: Iterable) -> str:
    """The text with each finding replaced (see the module docstring)."""
    spans = sorted((f for f in findings if f.type not in ADVISORY_TYPES and 0 <= f.start < f.end <= len(text)),
                   key=lambda f: (f.start, -f.end))
    out: list[str] = []
    people = _People()
    pos = 0
    for f in spans:
        if f.end <= pos:
            continue  # inside a span already replaced
        start = max(f.start, pos)
        out.append(text[pos:start])
        if f.start < pos:
            pos = f.end  # overlaps the previous finding: its placeholder covers this too
            continue
        if f.replacement is not None:
            out.append(f.replacement)
        elif f.type == "REVIEWER":
            out.append("[removed]")
        elif f.type == "PERSON":
            out.append(f"[name {people.number(text[f.start:f.end])}]")
        else:
            out.append(placeholder(f.type))
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def describe_removals(types: Iterable[str]) -> str:
    """"2 names and 1 phone number removed" for the types of the applied findings; "" when none."""
    counts = Counter(t for t in types if t not in ADVISORY_TYPES)
    parts = [f"{n} {PLACEHOLDER_LABELS.get(t, ('detail', 'details'))[0 if n == 1 else 1]}" for t, n in counts.items()]
    if not parts:
        return ""
    return (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + " removed"
