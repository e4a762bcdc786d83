"""Street addresses and postcodes."""
from __future__ import annotations

import pytest

from redaction_helpers import spans


@pytest.mark.parametrize("text,kind,expected", [
    ("a B&B at 118 Fennimore Road, LS8 4HN, for", "STREET_ADDRESS", ["118 Fennimore Road"]),
    ("I'm at 22b Wragby Street and", "STREET_ADDRESS", ["22b Wragby Street"]),
    ("placed at Flat 9, 101 Kingsway, the", "STREET_ADDRESS", ["Flat 9, 101 Kingsway"]),
    ("moved from Room 14, Calder House with", "STREET_ADDRESS", ["Room 14, Calder House"]),
    ("lives at 46 osgood crescent now", "STREET_ADDRESS", ["46 osgood crescent"]),
    ("a B&B at 118 Fennimore Road, LS8 4HN, for", "UK_POSTCODE", ["LS8 4HN"]),
    ("a hostel in m14 5rb for 5 weeks", "UK_POSTCODE", ["m14 5rb"]),
    ("Bristol BS13 0JN is where", "UK_POSTCODE", ["BS13 0JN"]),
])
def test_addresses(text, kind, expected):
    assert spans(text, kind) == expected


@pytest.mark.parametrize("text", [
    "we waited 3 weeks in the park",
    "after 2 years on the same road",
    "it took 21 days to close the case",
    "the Greggs on Commercial Street takes the card",
    "fill in the PIP2 form and the UC50",
])
def test_not_addresses(text):
    assert spans(text, "STREET_ADDRESS") == [] and spans(text, "UK_POSTCODE") == []
