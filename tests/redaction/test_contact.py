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


CHUNK_TEXTS = [
    "Her page is www.gofundme.com/f/help-jade-home and her email jade.r@outlook.com.",
    'See "https://www.facebook.com/jade.rowe.77" (her page) or\njade_rowe@gmail.com;and www.janes-blog.co.uk/about.',
    "(jadesblog.com) e.g. a.m. 10.30 St.Helens mr.smith@example.org,https://example.net/x?y=1",
    "No addresses here at all, just a note about the duty team.",
]


@pytest.mark.parametrize("text", CHUNK_TEXTS)
def test_url_and_email_found_by_chunks_exactly_as_presidio_finds_them_in_the_whole_note(text):
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, UrlRecognizer

    from redaction.recognizers.base import WhitespaceFreeMatches
    from redaction.recognizers.contact import FastEmailRecognizer, PersonalUrlRecognizer

    class ChunkedUrl(WhitespaceFreeMatches, UrlRecognizer):  # the chunking alone, without our public-page rule
        NEEDS = PersonalUrlRecognizer.NEEDS

    def spans(results):
        return sorted((r.entity_type, r.start, r.end, round(r.score, 3)) for r in results)

    assert spans(ChunkedUrl().analyze(text, ["URL"])) == spans(UrlRecognizer().analyze(text, ["URL"]))
    assert spans(FastEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])) == spans(EmailRecognizer().analyze(text, ["EMAIL_ADDRESS"]))


def test_a_full_stop_after_a_web_address_stays_in_the_note():
    from redaction.recognizers.contact import PersonalUrlRecognizer

    text = "Her page is www.example.co.uk/tharanya-tribunal. Then nothing."
    assert [text[r.start:r.end] for r in PersonalUrlRecognizer().analyze(text, ["URL"])] == ["www.example.co.uk/tharanya-tribunal"]


def test_chunked_recognizers_still_find_the_addresses():
    from redaction.recognizers.contact import FastEmailRecognizer, PersonalUrlRecognizer

    text = CHUNK_TEXTS[1]
    urls = [text[r.start:r.end] for r in PersonalUrlRecognizer().analyze(text, ["URL"])]
    emails = [text[r.start:r.end] for r in FastEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])]
    assert "www.facebook.com/jade.rowe.77" in " ".join(urls) and any("janes-blog.co.uk" in u for u in urls)
    assert emails == ["jade_rowe@gmail.com"]


def test_web_addresses_are_checked_without_the_network_whichever_module_is_imported_first(tmp_path):
    """tldextract (which Presidio's email recognizer uses) fetches a suffix list online unless told not to."""
    import subprocess
    import sys

    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise SystemExit('tried the network')\n"
        "socket.getaddrinfo = refuse\n"
        "socket.create_connection = refuse\n"
        "from redaction.recognizers.contact import FastEmailRecognizer, PersonalUrlRecognizer\n"
        "text = 'my page www.example.co.uk/jade, email jade.r@example.org'\n"
        "found = PersonalUrlRecognizer().analyze(text, ['URL']) + FastEmailRecognizer().analyze(text, ['EMAIL_ADDRESS'])\n"
        "print(len(found))\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"}
    env["TLDEXTRACT_CACHE"] = str(tmp_path)  # no suffix list cached by an earlier run
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "3"  # two addresses and the email (its domain also reads as an address)
    assert "Public Suffix" not in done.stderr
