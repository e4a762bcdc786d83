"""Indirect disclosures and allegations: positives, and near-misses that must not be raised."""
from __future__ import annotations

import pytest

from redaction.triage import assess


def level(text: str) -> str:
    return assess(text, [])[1]


@pytest.mark.parametrize("text", [
    "ive been saving up my nans tablets in a box and i know what im going to do with them.",
    "I have got my tablets ready and I will take them all on Sunday.",
    "cutting again since monday, deeper than before.",
    "I've been cutting again and one of them needs stitches.",
    "I'm frightened of what I might do to him if nobody helps.",
    "He got out last week and he has driven past my house every night since. His bail conditions mean nothing.",
    "my little brother keeps going missing and comes back with cash, hes 13.",
])
def test_indirect_high_risk(text):
    assert level(text) == "high"


@pytest.mark.parametrize("text", [
    "She said she knows where my son goes to school.",
    "It's exploitation, plain and simple, and nobody is stopping it.",
])
def test_medium_risk(text):
    assert level(text) in ("medium", "high")


@pytest.mark.parametrize("text", [
    "The council is cutting again this year and the day centre will close.",
    "I was worried about what to do next with the forms.",
    "Keep your tablets in a dosette box so you don't miss any.",
    "The bus went past my house but never stopped.",
])
def test_near_misses_stay_low_or_none(text):
    assert level(text) in ("none", "low")


@pytest.mark.parametrize("text", [
    "My dad's carer, Tomasz Nowicki, has been taking cash out of Dad's wallet every visit.",
    "The night manager at Elmwood Lodge turns up to her shifts drunk.",
    "Our landlord Ray Cotter kept our £900 deposit and evicted us illegally.",
    "The youth worker at Parkside club, Mr Fenwick, was asking girls for pics late at night.",
])
def test_allegations_against_identifiable_people_are_flagged(text):
    assert assess(text, [])[0] is True


@pytest.mark.parametrize("text", [
    "The council took money from my account without asking.",
    "The agency turns up late and the staff are clearly tired.",
    "Hackney Council kept my form for six weeks and then lost it.",
])
def test_service_criticism_is_not_flagged(text):
    assert assess(text, [])[0] is False
