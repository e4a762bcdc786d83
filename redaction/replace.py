"""Findings -> readable published text."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

PLACEHOLDER_LABELS: dict[str, tuple[str, str]] = {
    "PERSON": ("name", "names"), "PHONE_NUMBER": ("phone number", "phone numbers"),
    "EMAIL_ADDRESS": ("email address", "email addresses"), "URL": ("web address", "web addresses"),
    "UK_NHS": ("NHS number", "NHS numbers"), "UK_NINO": ("National Insurance number", "National Insurance numbers"),
    "UK_POSTCODE": ("postcode", "postcodes"), "UK_VEHICLE_REGISTRATION": ("vehicle registration", "vehicle registrations"),
    "DATE_TIME": ("date", "dates"), "REVIEWER": ("detail", "details"),
}


def redact(text: str, findings: Iterable) -> str:
    out, pos, names = [], 0, {}
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue
        out.append(text[pos:f.start])
        if f.replacement is not None:
            out.append(f.replacement)
        elif f.type == "REVIEWER":
            out.append("[removed]")
        elif f.type == "PERSON":
            key = text[f.start:f.end].lower()
            names.setdefault(key, len(names) + 1)
            out.append(f"[name {names[key]}]")
        else:
            out.append(f"[{PLACEHOLDER_LABELS.get(f.type, ('detail', ''))[0]}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def describe_removals(types: Iterable[str]) -> str:
    counts = Counter(types)
    parts = [f"{n} {PLACEHOLDER_LABELS.get(t, ('detail', 'details'))[0 if n == 1 else 1]}" for t, n in counts.items()]
    if not parts:
        return ""
    return (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + " removed"
