"""Libel triage: allegations against identifiable people, and the criticism that must stay."""
from __future__ import annotations

import pytest

from redaction.report import Finding
from redaction.triage import assess


def libel_flags(text: str, findings: list[Finding] | None = None):
    libel, _, flags = assess(text, findings or [])
    return libel, [f for f in flags if f.kind == "libel"]


@pytest.mark.parametrize(
    ("text", "category", "target"),
    [
        ("Her carer, Jane Whitfield, stole £300 from her purse.", "crime", "Jane Whitfield"),
        ("We hired Pete Lomas as a PA. Over a year he used her bank card for his own shopping.", "crime", "Pete Lomas"),
        ("Our social worker, Ms Ola Brand, told the panel we refused. That is a lie.", "dishonesty", "Ms Ola Brand"),
        ("The deputy, Sue Ince, has been signing timesheets for visits that never happened.", "dishonesty", "Sue Ince"),
        ("The night nurse on Ward 7 slapped my dad across the face.", "violence", "the night nurse on Ward 7"),
        ("The manager at Oakwood day centre is always drunk on a Friday.", "drink or drugs at work", "the manager at Oakwood"),
        ("A lad who goes by kez_77 on snap sells weed to year 9s.", "crime", "kez_77"),
        ("The officer, PC Dan Rolt, threatened to plant something on my son.", "corruption", "Dan Rolt"),
        ("Councillor Ray Stott took a bribe to pass the plans.", "corruption", "Ray Stott"),
        ("my stepdad lee keeps coming in my room at night", "sexual misconduct", "lee"),
        ("Mr Okoro, the head of year, made racist comments to my son.", "racism", "Mr Okoro"),
        ("The registered manager, Dawn Fry, locked residents in their rooms at night.", "abuse or neglect", "Dawn Fry"),
        # hedged claims are still flagged: repeating a suspicion can defame
        ("Apparently the warden, Tony Beck, has been pocketing residents' money.", "crime", "Tony Beck"),
        # passive voice: the doer follows "by"
        ("My mum was hit by Gary Stone twice last week.", "violence", "Gary Stone"),
    ],
)
def test_allegation_against_identifiable_person_is_flagged(text, category, target):
    libel, flags = libel_flags(text)
    assert libel
    assert any(f.category == category and target.lower() in f.target.lower() for f in flags), flags


@pytest.mark.parametrize(
    "text",
    [
        # harsh but fair criticism of services
        "The council is a joke, they lost my form twice.",
        "The crisis team is useless at weekends.",
        "Hackney Council lost my form twice and then blamed me.",
        "Temporary accommodation here is a scandal: mould, no cooker and a broken window.",
        # feelings framed as experience
        "I felt ignored by my social worker.",
        "I felt bullied by the whole process.",
        # unnamed people, or people in a large service
        "My dad threw a bottle at me last time.",
        "A nurse on the ward was rude to my mum.",
        "Staff stole her rings, we think, but nobody was ever identified.",
        # denials, and accusations aimed at the writer
        "Our carer Joanne has never hit anyone and never would.",
        "Someone in the group chat called me a liar.",
        "The assessor, Ms Pike, accused me of lying about my pain.",
        # ordinary words that look like allegations
        "The cuts hit us hard and respite went from six weeks to two.",
        "I hit a brick wall with the council every time.",
        "Dr Menon was blunt but she got the diagnosis right.",
        "The problem lies in the funding formula, not with any one worker.",
    ],
)
def test_criticism_feelings_and_near_misses_are_not_flagged(text):
    libel, flags = libel_flags(text)
    assert not libel, flags


def test_pronoun_resolves_to_the_named_person_in_an_earlier_sentence():
    text = "We employed a woman called Carol Ashdown for my brother. Over six months she used his bank card."
    _, flags = libel_flags(text)
    assert [f.target for f in flags] == ["Carol Ashdown"]
    assert "'she' is taken to mean Carol Ashdown" in flags[0].explanation


def test_pronoun_resolves_to_an_unnamed_person_rather_than_an_earlier_name():
    text = "I stayed at my mate Kai's place. My dad kicked me out and he hit me."
    libel, flags = libel_flags(text)
    assert not libel, flags


def test_pii_findings_supply_targets_the_fallback_cannot_see():
    text = "the lodger bazza nicked her pension every week"
    assert not libel_flags(text)[0]
    start = text.index("bazza")
    finding = Finding("PERSON", start, start + 5, 0.9, "test")
    libel, flags = libel_flags(text, [finding])
    assert libel and flags[0].target == "bazza"


def test_flag_names_sentence_target_category_and_trigger():
    text = "Tip: keep receipts. The manager, Trevor Banks, stole from the residents' fund. Ask for statements."
    _, flags = libel_flags(text)
    (flag,) = flags
    assert text[flag.start:flag.end] == "The manager, Trevor Banks, stole from the residents' fund."
    assert (flag.level, flag.trigger, flag.target) == ("flag", "stole", "Trevor Banks")
    assert flag.explanation == "Alleges theft by a named person (Trevor Banks): 'stole'."


def test_hedged_allegation_says_so():
    _, flags = libel_flags("I think the caretaker at Rowan House is stealing from the tenants.")
    assert flags and "Hedged ('I think')" in flags[0].explanation
