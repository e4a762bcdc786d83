"""The wider phrasings of allegations and disclosures: second-hand reports,
passive records, euphemism, reported speech, and the near-misses each must
leave alone."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction.triage import assess


def libel_of(text: str):
    report = analyze(text)
    return report.libel, [f for f in report.flags if f.kind == "libel"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # second-hand, passive "caught taking"
        ("A neighbour told me the night manager at Birchfield House was caught taking cash from residents' drawers.", "crime"),
        ("Our PA, Colin Marsh, borrowed money from my mother every week and never paid it back.", "crime"),
        # records signed for care that never happened, at a distance
        ("The agency owner, Paula Grint, billed the council for forty hours in May, including a fortnight of visits when "
         "Dad was in hospital and the calls never happened.", "dishonesty"),
        # a possessive at the end of a phrase stands for the person
        ("The initials on the chart were Mr Odell's, and he later admitted he signed them in advance.", "dishonesty"),
        # a pronoun two sentences on
        ("Our key worker was Dean Forsyth. People on the ward said he had been having sex with a patient.", "sexual misconduct"),
        ("The driver, Stan Ruddock, had his hands on my daughter's leg again and made dirty comments to the girls.", "sexual misconduct"),
        ("The carer Bogdan Lis roughly handled my dad into the chair.", "violence"),
        # a role singled out by shift and place
        ("The driver on the Monday run from Heron Lane Day Centre smelt of drink when he picked Mum up.", "drink or drugs at work"),
        ("Mrs Tavener told my son that people like him should go back to their own country.", "racism"),
        ("The officer, Mr Quill, asked whether I'd 'understood the English' on the letter.", "racism"),
        # the writer's words "we're" are not the doer
        ("the football coach at Ashby Rangers, mr lowe, kept messaging us saying we're 'mature for our age'.", "sexual misconduct"),
        # a court order in the note makes "parked outside" an allegation
        ("I have a non-molestation order against Kieran Dobbs. He's parked outside the house again tonight.", "crime"),
    ],
)
def test_wider_allegations_are_flagged(text, category):
    libel, flags = libel_of(text)
    assert libel, flags
    assert any(f.category == category for f in flags), flags


@pytest.mark.parametrize(
    "text",
    [
        # criticism of a service, however harsh
        "The agency billed the council for visits that never happened, and the council paid.",
        "Hilltop Care took cash from families for 'extras' and the council did nothing.",
        # a named person who only reports, or is praised
        "Our social worker, Nadia Prowse, told us the old manager had left; she was brilliant.",
        # named but only slow or rude
        "Mr Penhale was rude and late to every meeting and never read the file.",
        # an unnamed ex does it: not identifiable
        "My ex was parked outside the house again last night.",
        # "parked outside" with no order in the note
        "Gemma Rusk parked outside and waited for me, which was kind.",
        # people like me, said by the writer
        "Services for people like me are always the first to be cut.",
    ],
)
def test_wider_near_misses_are_not_flagged(text):
    libel, flags = libel_of(text)
    assert not libel, flags


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I've sorted my cat out with a neighbour. I won't be around by the spring so this is my last post.", "high"),
        ("Nobody would even notice if I wasn't here. I'm tired of living like this.", "high"),
        ("im 14 and ive done it again and it wont stop bleeding", "high"),
        ("If the tribunal goes against me again I'm going to wait for him after and hurt him.", "high"),
        ("She told me she was sexually abused at a foster placement in the 1990s.", "medium"),
        ("The toddler upstairs is on her own all night most weekends.", "medium"),
        ("im 15 and some older lads that hang round the chippy offered me free vapes", "medium"),
    ],
)
def test_wider_disclosures(text, level):
    _, got, flags = assess(text, [])
    assert got == level, flags


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around on Friday, so ring the duty team instead.",
        "This is the last time I'll post about the parking at the day centre!",
        "I'd kill for a day off, honestly.",
        "I've done it again: forgot to post the form before the deadline.",
        "We left the dog with a neighbour when Mum went into respite.",
        "I'm going to ring them on Monday and push them for an answer.",
    ],
)
def test_wider_near_misses_are_not_high(text):
    _, level, flags = assess(text, [])
    assert level != "high", flags
