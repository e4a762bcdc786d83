"""Cases a fresh set of notes showed were missed, each with a near-miss that must stay."""
from __future__ import annotations

import pytest

from redaction.pipeline import analyze
from redaction.replace import redact


def published(text: str) -> str:
    return redact(text, analyze(text).findings)


@pytest.mark.parametrize("text,secret", [
    ("The police gave me a crime number, 52/204417/23, and nothing else.", "52/204417/23"),
    ("Our plan was agreed at conference (CP ref LDS-CP-2023-0712) without us.", "LDS-CP-2023-0712"),
    ("Ring the council the same day. Ray Cotter still lets rooms on 020 7946 0512.", "020 7946 0512"),
    ("my best mate tia-rose has gone again. tia-rose's mum rang the police.", "tia-rose"),
])
def test_found(text, secret):
    assert secret not in published(text)


@pytest.mark.parametrize("text", [
    "The meeting was on 12/03/2024 and nobody came.",
    "The council duty line was helpful. Ring them on 0113 496 0000 before 10am.",
    "Covid-19 made everything slower.",
])
def test_left_alone(text):
    assert published(text) == text
