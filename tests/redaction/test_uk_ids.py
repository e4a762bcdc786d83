"""NHS and National Insurance numbers, vehicle registrations, case references and bank details."""
from __future__ import annotations

import pytest

from redaction_helpers import spans


@pytest.mark.parametrize("text,kind,expected", [
    ("his NHS number (999 287 5615) and", "UK_NHS", ["999 287 5615"]),
    ("NHS 9434765919 in the subject line", "UK_NHS", ["9434765919"]),
    ("nhs no 401-023-2137 on the letter", "UK_NHS", ["401-023-2137"]),
    ("my NI number JT 48 29 17 B at the top", "UK_NINO", ["JT 48 29 17 B"]),
    ("NI number PW631084A was wrong", "UK_NINO", ["PW631084A"]),
    ("a silver Corsa, reg YR68 KDT, outside", "VEHICLE_REG", ["YR68 KDT"]),
    ("a black audi, reg bd21 xop. he", "VEHICLE_REG", ["bd21 xop"]),
    ("Nowak family (ref CIN/2023/04417) and", "CASE_REFERENCE", ["CIN/2023/04417"]),
    ("case CP-2291-44 was closed", "CASE_REFERENCE", ["CP-2291-44"]),
    ("ref 20459913 on the letter", "CASE_REFERENCE", ["20459913"]),
    ("Home Office ref is K1184392 and", "CASE_REFERENCE", ["K1184392"]),
    ("(Mosaic ID 2281907) we", "CASE_REFERENCE", ["2281907"]),
    ("sort code 40-18-62, account 71839204)", "BANK_DETAILS", ["40-18-62", "71839204"]),
    ("sort code is 60 16 13 and account number 30948271", "BANK_DETAILS", ["60 16 13", "30948271"]),
])
def test_identifiers(text, kind, expected):
    assert spans(text, kind) == expected


@pytest.mark.parametrize("text,kind", [
    ("NHS number 999 123 4560 on the form", "UK_NHS"),  # bad check digit
    ("the 2024/25 rate is £81.90", "CASE_REFERENCE"),
    ("COVID-19 made it worse", "CASE_REFERENCE"),
    ("fill in the UC50 and the PA4", "CASE_REFERENCE"),
    ("we met on 12-03-24 at ten", "BANK_DETAILS"),
    ("it costs 71839204 pence apparently", "BANK_DETAILS"),
    ("the M62 was closed", "VEHICLE_REG"),
])
def test_near_misses(text, kind):
    assert spans(text, kind) == []
