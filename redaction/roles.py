"""De-identify, don't delete: a named worker is reduced to their role.

"my social worker Jane Whitfield never called back" is published as "my
social worker never called back". The finding's span is widened to take the
space (or ", ") before the name, and its replacement is "" so the role noun
and the criticism around it survive word for word. A bare name not after a
role keeps its numbered placeholder ("[name 1]").
"""
from __future__ import annotations

import re
from dataclasses import replace

from redaction.report import Finding

ROLE_NOUNS = (
    r"social worker|key worker|keyworker|support worker|youth worker|care worker|outreach worker|family worker|"
    r"(?:early help|family support|yot|youth offending|refuge|housing|leaving care|welfare rights|duty|"
    r"allocated|hospital|mental health|community|crisis|night|day|senior) (?:worker|officer|practitioner|nurse|"
    r"manager|advocate|adviser|advisor|social worker|caseworker)|worker|work coach|caseworker|case worker|"
    r"nurse|health visitor|district nurse|community nurse|midwife|doctor|gp|consultant|psychiatrist|psychologist|"
    r"therapist|counsellor|occupational therapist|ot|physio|paediatrician|senco|teacher|form tutor|head teacher|"
    r"headteacher|head of year|teaching assistant|ta|dsl|manager|team manager|registered manager|home manager|"
    r"deputy manager|care coordinator|care co-ordinator|coordinator|advocate|imca|imha|rpr|assessor|"
    r"best interests assessor|amhp|solicitor|barrister|guardian|children's guardian|iro|pa|personal adviser|"
    r"personal assistant|officer|housing officer|lettings officer|police officer|pc|dc|sergeant|probation officer|"
    r"carer|foster carer|volunteer|group leader|coach|mentor|chair|supervisor|receptionist|pharmacist|"
    r"lawyer|interpreter|paramedic|matron|ward manager|key-worker|lead|practitioner|senior practitioner|"
    r"tutor|head|principal|director|commissioner|councillor|mp")
ROLE_BEFORE_NAME = re.compile(
    rf"\b(?:my|our|the|her|his|their|your|a|an|mum's|dad's)\s+(?:[\w'-]+\s+){{0,2}}?(?P<role>{ROLE_NOUNS})"
    rf"(?P<gap>,?\s+)$", re.IGNORECASE)
# A name followed by a comma closes an apposition: "the manager, Sunita Rao, rang me".
COMMA_AFTER = re.compile(r"^\s*,")


def suggest_roles(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings right after a role noun get replacement "" and a span that takes the gap before them."""
    out = []
    for f in findings:
        role = ROLE_BEFORE_NAME.search(text[max(0, f.start - 80):f.start]) if f.type == "PERSON" else None
        if role is None or f.replacement is not None:
            out.append(f)
            continue
        gap = len(role.group("gap"))
        end = f.end
        if role.group("gap").startswith(","):
            after = COMMA_AFTER.match(text[end:])
            if after is None:
                out.append(f)  # "the manager, Sunita Rao" without a closing comma: keep a placeholder
                continue
            end += after.end()  # "the manager, Sunita Rao, rang" -> "the manager rang"
        elif re.match(r"['’]s\b", text[end:]):
            out.append(f)  # "my social worker Jane's manager": the possessive needs a placeholder
            continue
        out.append(replace(f, start=f.start - gap, end=end, replacement="",
                           explanation=f"{f.explanation} It follows the role '{role.group('role')}', so the role "
                                       "stays and the name goes."))
    return out
