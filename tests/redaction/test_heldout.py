"""The pipeline on held-out notes written apart from the development corpus (different names and phrasing)."""
from __future__ import annotations

from pathlib import Path

from redaction.evaluate import load_corpus, score

HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"


def test_heldout_quality():
    figures = score(load_corpus(HELDOUT)).figures()
    assert figures["pii_recall"] >= 0.95
    assert figures["person_recall"] >= 0.95
    assert figures["kept"] >= 0.95
    assert figures["clean_untouched"] >= 0.80
