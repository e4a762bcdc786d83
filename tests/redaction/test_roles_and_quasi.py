"""Role suggestions keep the criticism word for word; quasi-identifiers are advisory."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction_helpers import published


@pytest.mark.parametrize("text,expected", [
    ("my social worker Jane Whitfield never called back", "my social worker never called back"),
    ("The manager, Sunita Rao, rang me herself at 11pm.", "The manager rang me herself at 11pm."),
    ("my health visitor donna told me on a home visit", "my health visitor told me on a home visit"),
    ("Our advocate, Mr Olumide Bankole-Smith, got it overturned.", "Our advocate, Mr [name 1], got it overturned."),
    ("Priya was kind.", "[name 1] was kind."),
])
def test_roles(text, expected):
    assert published(text) == expected


def test_quasi_identifier_is_advisory_and_explained():
    text = "There's an 8 year old I see at school on Fridays who is struggling."
    report = analyze(text)
    advice = [f for f in report.findings if f.type == "QUASI_IDENTIFIER"]
    assert [text[f.start:f.end] for f in advice] == ["on Fridays"]
    assert "Advisory" in advice[0].explanation and "child" in advice[0].explanation
    assert published(text) == text.replace("8 year old", "[age]")


def test_no_quasi_identifier_without_the_combination():
    assert not [f for f in analyze("I see my GP on Fridays.").findings if f.type == "QUASI_IDENTIFIER"]


def test_findings_do_not_overlap_and_are_sorted():
    text = ("Email peggy.hardcastle@example.co.uk or see https://www.example.com/help-the-kowalczyk-boys, "
            "sort code 20-45-77, account 41938265, name D Kowalczyk.")
    pii = [f for f in analyze(text).findings if f.type != "QUASI_IDENTIFIER"]
    assert pii == sorted(pii, key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in zip(pii, pii[1:]))
