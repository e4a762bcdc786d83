"""Ordinary notes that an earlier version of the newer rules got wrong: outrage is not a retraction, and
everyday words that share a shape with an allegation, a risk or a name stay as they are."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction.replace import redact


@pytest.mark.parametrize("text", [
    "My mum's carer Dave Pollard hit her across the face on Tuesday. It was wrong and I have reported it.",
    "I apologise for the long message. My son's teacher Mr Hughes grabbed him by the neck and threw him against the wall.",
    "The carer Dave Pollard slapped my nan. It is not right.",
    "The carer Dave Pollard slapped my nan. That was wrong of the agency to send him.",
    "Mr Jones hıt me and kıcked my son.",  # a dotless i from a Turkish keyboard
])
def test_an_allegation_followed_by_outrage_or_an_apology_stays_flagged(text):
    report = analyze(text)
    assert report.libel
    assert report.safeguarding == "medium"


def test_a_writer_taking_back_what_they_posted_clears_it():
    text = ("Last month I wrote here that a nurse at my mother's home, Agnieszka, had taken money from mum's purse. "
            "That was wrong. The bank found it was a subscription.")
    assert not analyze(text).libel


@pytest.mark.parametrize("text", [
    "My neighbour Sue Barker sells cakes from her house every Saturday.",
    "The plumber Gary Hunt fixed our boiler for free so we sorted him out with a drink.",
    "Our manager Priya Shah told us to log the time when we arrive.",
    "The GP Dr Hill said 'people like you' with asthma should get the flu jab.",
    "I met my MP Jane Smith last week. It is criminal how long the waiting lists are.",
    "Mr Evans makes me hand him my phone at the start of every lesson.",
    "My granddaughter Lily makes up stuff to get attention.",
    "The head Mr Cole called the kids 'little angels' in front of everyone at assembly.",
])
def test_everyday_sentences_are_not_allegations(text):
    report = analyze(text)
    assert not report.libel
    assert report.safeguarding in ("none", "low")


def test_rehoming_a_dog_when_moving_house_is_not_a_risk():
    text = "We had to find a home for the dog when we moved to the new flat. I sorted out the paperwork for the move myself."
    assert analyze(text).safeguarding in ("none", "low")


@pytest.mark.parametrize("text,kept", [
    ("My son is Deaf and signs.", "Deaf"),
    ("My daughter is Autistic.", "Autistic"),
    ("My social worker is Brilliant.", "Brilliant"),
    ("Jobcentre at the Broadway was no help.", "Jobcentre"),
    ("Foodbank at the church saved us.", "Foodbank"),
    ("Residents at the Oakwood Care Home on Park Road deserve better.", "Oakwood Care Home on Park Road"),
    ("Patients at the Royal Infirmary near Leeds wait hours.", "Royal Infirmary near Leeds"),
])
def test_words_and_places_that_look_like_names_stay(text, kept):
    assert kept in redact(text, analyze(text).findings)
