"""The name finder: positives, and words that must not be taken for names."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction.recognizers.names import find_names
from redaction.replace import redact


def names_in(text: str) -> list[str]:
    return [text[f.start:f.end].strip() for f in find_names(text)]


@pytest.mark.parametrize("text,expected", [
    ("My social worker Jane Whitfield never called back.", ["Jane Whitfield"]),
    ("Mrs Adeyemi chaired the meeting.", ["Adeyemi"]),
    ("I told Sharon's manager about it.", ["Sharon"]),
    ("my daughter Grace is doing well now", ["Grace"]),
    ("my work coach was called kelly-ann and she was decent", ["kelly-ann"]),
    ("Siobhan was the only one who listened.", ["Siobhan"]),
])
def test_finds_names(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize("text", [
    "By the grace of god we got through it.",
    "Hackney Council lost my form twice.",
    "We met at Costa on Friday.",
    "May I suggest you ask for it in writing?",
    "The meeting was in March at Grace House.",
    "Ask the duty team for a carers assessment.",
])
def test_leaves_ordinary_words_places_and_services(text):
    assert names_in(text) == []


def test_named_worker_becomes_their_role_and_the_criticism_stays():
    text = "My social worker Jane Whitfield never called back. Hackney Council lost my form twice."
    report = analyze(text)
    assert redact(text, report.findings) == "My social worker never called back. Hackney Council lost my form twice."
    person = next(f for f in report.findings if f.type == "PERSON")
    assert "role" in person.explanation and person.recognizer == "PersonNameRecognizer"


def test_the_same_name_gets_the_same_placeholder():
    text = "Jade helped me. Later Jade rang again, and Priya came too."
    assert redact(text, analyze(text).findings) == "[name 1] helped me. Later [name 1] rang again, and [name 2] came too."
