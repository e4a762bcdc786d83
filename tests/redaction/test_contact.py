"""Phone numbers, emails, web addresses and social handles: personal ones go, public ones stay."""
from __future__ import annotations

import pytest

from redaction_helpers import published, spans


@pytest.mark.parametrize("text,expected", [
    ("text me on 07700 900417 or email", ["07700 900417"]),
    ("ring 07700900862 after six", ["07700900862"]),
    ("call +44 7700 900123 now", ["+44 7700 900123"]),
    ("my number is +44 (0)7700 900 456", ["+44 (0)7700 900 456"]),
    ("her number, 0117 496 0852, and", ["0117 496 0852"]),
    ("my YOT worker's number is (020) 7946 0735", ["(020) 7946 0735"]),
    ("ring me on 0113-496-0011", ["0113-496-0011"]),
])
def test_personal_phone_numbers(text, expected):
    assert spans(text, "PHONE_NUMBER") == expected


@pytest.mark.parametrize("text", [
    "ring the council's duty team on 0113 496 0000 before noon",
    "Bristol City Council's line was good. Ring them on 0117 922 2000.",
    "call the helpline on 0300 123 4567",
    "Shelter's free line is 0808 800 4444",
    "ring 999 or 111 if you are worried",
    "My NHS number is 999 014 3285",
    "it took 2024 to 2025 to sort",
])
def test_public_lines_and_other_numbers_are_not_personal_phones(text):
    assert spans(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text,kind,expected", [
    ("email peggy.hardcastle@example.co.uk today", "EMAIL_ADDRESS", ["peggy.hardcastle@example.co.uk"]),
    ("my blog https://www.example.net/evangeline-writes explains it", "URL", ["https://www.example.net/evangeline-writes"]),
    ("fundraiser at fundraise.example.com/patience-wheels please", "URL", ["fundraise.example.com/patience-wheels"]),
    ("his insta is @jordan.ossei.real if anyone", "SOCIAL_HANDLE", ["@jordan.ossei.real"]),
    ("on snap hes zee_vip_2k. staff know", "SOCIAL_HANDLE", ["zee_vip_2k"]),
    ("a lad added me as dezzy.tm4 and", "SOCIAL_HANDLE", ["dezzy.tm4"]),
    ("someone called blaze_boy99 on insta kept messaging", "SOCIAL_HANDLE", ["blaze_boy99"]),
])
def test_emails_urls_and_handles(text, kind, expected):
    assert spans(text, kind) == expected


@pytest.mark.parametrize("text", [
    "you can claim online at www.gov.uk/carers-allowance in 20 minutes",
    "see https://www.nhs.uk/conditions/dementia for help",
    "the guide at citizensadvice.org.uk is good",
])
def test_public_web_pages_stay(text):
    assert published(text) == text


def test_an_email_is_one_finding_not_an_email_and_urls():
    text = "write to s.okonjo-bright@example.org for an appointment"
    assert published(text) == "write to [email address] for an appointment"
