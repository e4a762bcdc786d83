"""A named small workplace that locates one person; public bodies stay."""
from __future__ import annotations

import pytest

from redaction_helpers import published, spans


@pytest.mark.parametrize("text,expected", [
    ("my mum works at the Greggs on Commercial Street so", ["the Greggs on Commercial Street"]),
    ("My husband works nights at the Amazon warehouse in Doncaster and", ["the Amazon warehouse in Doncaster"]),
    ("he's a pharmacist at the Boots on Briggate, and", ["the Boots on Briggate"]),
    ("my son works at Tesco in Hull now", ["Tesco in Hull"]),
])
def test_workplaces(text, expected):
    assert spans(text, "WORKPLACE_OF_INDIVIDUAL") == expected


@pytest.mark.parametrize("text", [
    "she works at the council in Leeds",
    "i work at the shop in town",
    "Hackney Council lost my form twice and the DWP never apologised.",
    "CAMHS refused us three times; the duty team never rang back.",
])
def test_public_bodies_and_vague_places_stay(text):
    assert spans(text, "WORKPLACE_OF_INDIVIDUAL") == []
    if "Council" in text or "CAMHS" in text:
        assert published(text) == text
