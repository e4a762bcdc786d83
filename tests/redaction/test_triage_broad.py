"""Broader phrasings of allegations (allegations.BROAD) and of safeguarding concerns.

Each family has positives worded as people write them, and near-misses that
must stay unflagged: the same words about an unnamed person, a service, or in
an innocent sense.
"""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze


def libel(text: str) -> bool:
    return analyze(text).libel


@pytest.mark.parametrize("text", [
    "Our neighbour, Brendan Foyle, put his hands round my throat when I asked him to turn the music down.",
    "The PA we hired, Tasha Greaves, kept helping herself to his pension every Friday.",
    "My brother's support worker, Liam Osei, was selling his tablets outside the shop.",
    "Ms Kavanagh filled in the fire checks for a week before the checks had happened.",
    "The finance officer, Pauline Dryden, submitted mileage claims for trips during a month when she was on holiday in Spain.",
    "The night carer, Bogdan Rusu, turned up smelling of booze and was slurring his words.",
    "The coordinator at Elm Tree House, Ray Fenn, puts his hand on my knee in the minibus.",
    "The warden, Colin Brace, calls the Black tenants monkeys when nobody is around.",
    "My sister's foster carer, Margaret Tully, locks her in the box room and won't let her eat with the family.",
    "Our landlord, Vic Haines, changed the locks while I was out and put all my things out in bin bags.",
    "The housing officer, Derek Lyle, took a backhander from the developer.",
    "It shows the carer, Jodie Frain, taking twenty-pound notes from his wallet.",
    "My dad was slapped across the face at the day centre by the team leader at Willow Court, Anne Dorsey.",
    "The deputy at Hill View, Sam Pryor, has been recording falls as 'found on floor, no injury' and then deleted the incident forms.",
])
def test_broad_allegations_against_a_named_person_are_flagged(text):
    assert libel(text)


@pytest.mark.parametrize("text", [
    "The change of address knocked me down the waiting list by two years.",
    "My ex put his hands round my throat, so I went to a refuge.",
    "The council keeps my deposit money in a scheme, which is the law.",
    "My daughter Leah collects her pension from the post office every Tuesday.",
    "The home's manager, Sue Platt, told us the fridge is locked at night for food safety, which I understand.",
    "Nobody is saying the carer, Dev Rana, took anything; the bank confirmed the money was moved with her agreement.",
    "The rumour about our keyworker, Jon Marsh, was looked into and found to be unfounded.",
    "The reablement team were racist in how they treated us, honestly.",
    "I smelt of smoke after the fire and the worker, Tom Ede, lent me a jumper.",
])
def test_broad_near_misses_are_not_flagged(text):
    assert not libel(text)
