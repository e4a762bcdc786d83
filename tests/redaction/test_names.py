"""The name finder: positives from every community and register, and words that must not be taken for names."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction_helpers import published, spans


@pytest.mark.parametrize("text,expected", [
    ("My social worker Jane Whitfield never called back.", ["Jane Whitfield"]),
    ("Mrs Adeyemi chaired the meeting.", ["Adeyemi"]),
    ("mr adebayo said he would pass it on", ["adebayo"]),
    ("I told Sharon's manager about it.", ["Sharon"]),
    ("my daughter Grace is doing well now", ["Grace"]),
    ("my work coach was called kelly-ann and she was decent", ["kelly-ann"]),
    ("Siobhan was the only one who listened.", ["Siobhan"]),
    ("Our social worker from the Trust, Siobhán Ní Bhriain, came out on a Saturday.", ["Siobhán Ní Bhriain"]),
    ("Thanks to Dafydd ap Rhys for sorting it.", ["Dafydd ap Rhys"]),
    ("The grandmother, Mrs Anne-Marie O'Sullivan-Byrne, made a rota.", ["Anne-Marie O'Sullivan-Byrne"]),
    ("my stepdad lee keeps coming in", ["lee"]),
    ("the refuge worker jas was amazing", ["jas"]),
    ("We had a boy, Oluwaseun, placed in a hotel.", ["Oluwaseun"]),
    ("I look after my twins, Blessing and Precious, on my own.", ["Blessing", "Precious"]),
    ("he calls himself Zed, on snap", ["Zed"]),
    ("send it to name D Kowalczyk please", ["D Kowalczyk"]),
    ("For R.S. the school data told a different story.", ["R.S."]),
    ("My friend Nguyen Thi Lan was homeless for a week.", ["Nguyen Thi Lan"]),
    ("Callum Reaney did it. Later Callum came back.", ["Callum Reaney", "Callum"]),
])
def test_finds_names(text, expected):
    assert spans(text, "PERSON") == expected


@pytest.mark.parametrize("text", [
    "By the grace of god we got through it.",
    "Hackney Council lost my form twice.",
    "We met at Costa on Friday.",
    "May I suggest you ask for it in writing?",
    "The meeting was in March at Grace House.",
    "Ask the duty team for a carers assessment.",
    "Ask for a Clare's Law disclosure.",
    "She has Parkinson's and needs help at night.",
    "Ask about the Community Care Grant for white goods.",
    "Don't give up at MR stage.",
    "If you miss it the DLA just stops.",
    "My mum has MS and I do the cooking.",
    "We moved to Hull last year and then to Bradford.",
    "Patience is the only thing that works with the DWP.",
    "NHS Continuing Healthcare: the checklist is a low bar.",
    "I've waited months. I'm still waiting.",
    "The difference a good manager makes is huge.",
])
def test_leaves_ordinary_words_places_and_services(text):
    assert spans(text, "PERSON") == []


def test_every_name_finding_explains_itself():
    finding = next(f for f in analyze("My daughter Grace starts school.").findings if f.type == "PERSON")
    assert finding.recognizer == "PersonNameRecognizer"
    assert "after a cue" in finding.explanation and "score" in finding.explanation


def test_named_worker_becomes_their_role_and_the_criticism_stays():
    text = "My social worker Jane Whitfield never called back. Hackney Council lost my form twice."
    assert published(text) == "My social worker never called back. Hackney Council lost my form twice."
    person = next(f for f in analyze(text).findings if f.type == "PERSON")
    assert "role" in person.explanation and person.replacement == ""


def test_the_same_name_gets_the_same_placeholder():
    text = "Jade helped me. Later Jade rang again, and Priya came too."
    assert published(text) == "[name 1] helped me. Later [name 1] rang again, and [name 2] came too."
