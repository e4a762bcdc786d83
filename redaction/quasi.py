"""Quasi-identifiers: details that are harmless alone but find a person together.

"an 8 year old I see at school on Fridays" names nobody, yet a child's age, a
school and a weekly routine together can lead a stranger to one child. So can
a rare condition with a small place. These findings are advisory: type
QUASI_IDENTIFIER, a span on the detail that is still left in the text (the
routine, the condition, the place), and an explanation for the reviewer.
`redaction.replace.redact` never changes the text for them, so they cannot
cost criticism or advice by default; a reviewer who agrees removes the words
by typing them (a REVIEWER finding).
"""
from __future__ import annotations

import re

from redaction.report import Finding

SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
CHILD_AGE = re.compile(r"\b(?:\d{1,2}|[a-z]+teen|eight|nine|ten|eleven|twelve|seven|six|five)[- ]?(?:years?|yr)"
                       r"[- ]old\b|\b(?:year|yr) ?(?:[1-9]|1[0-3])\b", re.IGNORECASE)
SCHOOL = re.compile(r"\b(?:school|primary|academy|nursery|college|class|playground)\b", re.IGNORECASE)
ROUTINE = re.compile(r"\b(?:(?:on|every|most|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
                     r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b"
                     r"|(?:every|each)\s+(?:morning|afternoon|evening|week|weekend)|after school|at pick-?up"
                     r"|at drop-?off)", re.IGNORECASE)
RARE = re.compile(r"\b(?:rare|one of only|only (?:child|person|family|one) (?:in|at|on)|[A-Z][a-z]+(?:'s)? syndrome"
                  r"|[A-Z][a-z]+(?:'s)? disease)\b")
SMALL_PLACE = re.compile(r"\b(?:village|hamlet|island|estate|small town|our street|cul-de-sac)\b", re.IGNORECASE)


def quasi_identifiers(text: str, findings: list[Finding]) -> list[Finding]:
    out = []
    ages = [f for f in findings if f.type == "AGE_OF_CHILD"]
    schools = [f for f in findings if f.type == "SCHOOL"]
    for sentence in SENTENCE.finditer(text):
        a, b = sentence.span()
        age = any(a <= f.start < b for f in ages) or CHILD_AGE.search(sentence.group())
        school = any(a <= f.start < b for f in schools) or SCHOOL.search(sentence.group())
        routine = ROUTINE.search(sentence.group())
        if age and school and routine and not _covered(a + routine.start(), findings):
            out.append(Finding("QUASI_IDENTIFIER", a + routine.start(), a + routine.end(), 0.5, "QuasiIdentifierCheck",
                               "Advisory: a child's age, a school and a routine "
                               f"('{routine.group()}') in one sentence can together identify a child. "
                               "Consider removing the routine or the school."))
            continue
        rare, place = RARE.search(sentence.group()), SMALL_PLACE.search(sentence.group())
        if rare and place and not _covered(a + rare.start(), findings):
            out.append(Finding("QUASI_IDENTIFIER", a + rare.start(), a + rare.end(), 0.5, "QuasiIdentifierCheck",
                               f"Advisory: a rare detail ('{rare.group()}') with a small place "
                               f"('{place.group()}') can together identify a person. Consider removing one."))
    return out


def _covered(position: int, findings: list[Finding]) -> bool:
    return any(f.start <= position < f.end for f in findings)
