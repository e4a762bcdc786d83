"""redact(): placeholders, name numbering, role suggestions, overlaps; describe_removals()."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from redaction.replace import PLACEHOLDER_LABELS, describe_removals, redact
from redaction.report import Finding


@dataclass
class Row:  # what the web app passes: its own rows with these attributes
    start: int
    end: int
    type: str
    replacement: str | None = None


def at(text: str, words: str, kind: str, replacement: str | None = None, nth: int = 0) -> Row:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Row(start, start + len(words), kind, replacement)


def test_placeholders_by_type():
    text = "Call 07700 900123 or email a@example.com at LS8 4HN."
    rows = [at(text, "07700 900123", "PHONE_NUMBER"), at(text, "a@example.com", "EMAIL_ADDRESS"),
            at(text, "LS8 4HN", "UK_POSTCODE")]
    assert redact(text, rows) == "Call [phone number] or email [email address] at [postcode]."


def test_full_name_first_name_and_title_share_a_number():
    text = "Callum Reaney hit her. Callum was let go. Mrs Nowak saw it; Nowak told Reaney's boss."
    rows = [at(text, "Callum Reaney", "PERSON"), at(text, "Callum", "PERSON", nth=1), at(text, "Nowak", "PERSON"),
            at(text, "Nowak", "PERSON", nth=1), at(text, "Reaney", "PERSON", nth=1)]
    assert redact(text, rows) == ("[name 1] hit her. [name 1] was let go. Mrs [name 2] saw it; [name 2] told "
                                  "[name 1]'s boss.")


def test_two_people_sharing_a_surname_are_two_people():
    text = "Kyle Brannigan and Sue Brannigan came."
    rows = [at(text, "Kyle Brannigan", "PERSON"), at(text, "Sue Brannigan", "PERSON")]
    assert redact(text, rows) == "[name 1] and [name 2] came."


def test_replacement_overrides_and_empty_drops_the_span_with_its_space():
    text = "my social worker Jane Whitfield never called back"
    assert redact(text, [at(text, " Jane Whitfield", "PERSON", "")]) == "my social worker never called back"
    assert redact(text, [at(text, "Jane Whitfield", "PERSON", "her")]) == "my social worker her never called back"


def test_reviewer_findings_say_removed_and_advisories_change_nothing():
    text = "an 8 year old I see at school on Fridays"
    rows = [at(text, "I see", "REVIEWER"), at(text, "on Fridays", "QUASI_IDENTIFIER")]
    assert redact(text, rows) == "an 8 year old [removed] at school on Fridays"


@pytest.mark.parametrize("rows,expected", [
    ([Row(0, 10, "PERSON"), Row(5, 15, "URL")], "[name 1] tail"),       # partial overlap: one placeholder covers both
    ([Row(0, 15, "URL"), Row(3, 8, "PERSON")], "[web address] tail"),   # contained: the outer one wins
    ([Row(0, 15, "URL"), Row(0, 15, "PERSON")], "[web address] tail"),  # same span twice
    ([Row(5, 2, "PERSON"), Row(0, 99, "PERSON")], "abcdefghijklmno tail"),  # nonsense spans are ignored
])
def test_overlapping_and_bad_findings_do_not_crash_or_leak(rows, expected):
    assert redact("abcdefghijklmno tail", rows) == expected


def test_findings_from_the_pipeline_work_too():
    text = "Ring 07700 900123."
    assert redact(text, [Finding("PHONE_NUMBER", 5, 17, 0.9, "UkPhoneRecognizer")]) == "Ring [phone number]."


@pytest.mark.parametrize("types,expected", [
    ([], ""),
    (["PERSON"], "1 name removed"),
    (["PERSON", "PHONE_NUMBER", "PERSON"], "2 names and 1 phone number removed"),
    (["UK_POSTCODE", "EMAIL_ADDRESS", "REVIEWER", "REVIEWER"], "1 postcode, 1 email address and 2 details removed"),
    (["QUASI_IDENTIFIER"], ""),
])
def test_describe_removals(types, expected):
    assert describe_removals(types) == expected


def test_every_label_has_singular_and_plural():
    assert all(len(labels) == 2 and all(labels) for labels in PLACEHOLDER_LABELS.values())
