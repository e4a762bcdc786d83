"""Triage measured on held-out fictional notes (tests/redaction/data/triage_heldout.jsonl).

The notes were written apart from the development corpus, in different words,
so these figures show whether the lexicons generalise. Metrics as in
/work/shared/eval/score.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaction.triage import assess
from redaction.triage.sentences import split_sentences

HELDOUT = Path(__file__).parent / "data" / "triage_heldout.jsonl"


@pytest.fixture(scope="module")
def results():
    records = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r, *assess(r["text"], [])[:2]) for r in records]


def ratio(hits: int, total: int) -> float:
    return hits / total


def test_heldout_has_every_kind_of_note(results):
    labels = {(r["libel"], r["safeguarding"]) for r, _, _ in results}
    assert {s for _, s in labels} == {"none", "low", "medium", "high"}
    assert {l for l, _ in labels} == {True, False}


def test_libel_recall_and_false_flags(results):
    positives = [lib for r, lib, _ in results if r["libel"]]
    negatives = [lib for r, lib, _ in results if not r["libel"]]
    assert ratio(sum(positives), len(positives)) >= 0.90
    assert ratio(sum(negatives), len(negatives)) <= 0.10


def test_safeguarding_recall_and_false_high(results):
    high = [level == "high" for r, _, level in results if r["safeguarding"] == "high"]
    medium = [level in ("medium", "high") for r, _, level in results if r["safeguarding"] == "medium"]
    false_high = [level == "high" for r, _, level in results if r["safeguarding"] == "none"]
    assert all(high)
    assert ratio(sum(medium), len(medium)) >= 0.85
    assert ratio(sum(false_high), len(false_high)) <= 0.05


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("idk where else to put this. my stepdad keeps coming in", ["idk where else to put this.", "my stepdad keeps coming in"]),
        ("Mrs. Nowak paid £2.50. Then she left!", ["Mrs. Nowak paid £2.50.", "Then she left!"]),
        ("first line\nsecond line", ["first line", "second line"]),
        ("", []),
    ],
)
def test_sentence_split(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences
