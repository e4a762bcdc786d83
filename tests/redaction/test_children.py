"""Dates of birth, children's ages and schools: what finds a child."""
from __future__ import annotations

import pytest

from redaction_helpers import spans


@pytest.mark.parametrize("text,kind,expected", [
    ("Mr Achterberg, DOB 02/11/1938, NHS", "DATE_OF_BIRTH", ["02/11/1938"]),
    ("Precious (born 19 May 2015) has", "DATE_OF_BIRTH", ["19 May 2015"]),
    ("a date of birth of 01/01/2000 when his documents say 12/03/2008.", "DATE_OF_BIRTH", ["01/01/2000", "12/03/2008"]),
    ("DOB 03.08.1974, email", "DATE_OF_BIRTH", ["03.08.1974"]),
    ("he was born in March 2012 in Leeds", "DATE_OF_BIRTH", ["March 2012"]),
    ("im 15 and ive lost weight", "AGE_OF_CHILD", ["15"]),
    ("She's 8. If CAMHS", "AGE_OF_CHILD", ["8"]),
    ("the eldest is 11 and", "AGE_OF_CHILD", ["11"]),
    ("my little brother is 9 years old and", "AGE_OF_CHILD", ["9 years old"]),
    ("kept a 12-year-old out of care", "AGE_OF_CHILD", ["12-year-old"]),
    ("He's 14 months old. Their", "AGE_OF_CHILD", ["14 months old"]),
    ("the school nurse at Oakwood Park Academy said", "SCHOOL", ["Oakwood Park Academy"]),
    ("just moved to St Bede's RC Primary and", "SCHOOL", ["St Bede's RC Primary"]),
    ("now i go to Northgate Sixth Form College and", "SCHOOL", ["Northgate Sixth Form College"]),
    ("i go to hillside high if that matters", "SCHOOL", ["hillside high"]),
])
def test_child_details(text, kind, expected):
    assert spans(text, kind) == expected


@pytest.mark.parametrize("text,kind", [
    ("apply before 5 April 2025 to be safe", "DATE_OF_BIRTH"),
    ("I'm 79 and I look after my wife", "AGE_OF_CHILD"),
    ("an 84-year-old man in extra care", "AGE_OF_CHILD"),
    ("care leavers are entitled to a PA up to 25", "AGE_OF_CHILD"),
    ("16 and 17 year olds who are homeless should get help", "AGE_OF_CHILD"),
    ("the wait is 12 weeks at least", "AGE_OF_CHILD"),
    ("start planning at 14, not 17", "AGE_OF_CHILD"),
    ("ask the school nurse, not the high school office", "SCHOOL"),
    ("she moved to a special school last year", "SCHOOL"),
    ("the Royal College of Nursing says so", "SCHOOL"),
])
def test_near_misses(text, kind):
    assert spans(text, kind) == []
