"""`python -m redaction.evaluate` on a small corpus whose right answers are known."""
from __future__ import annotations

import json

from redaction.evaluate import leaks, main


def test_leak_rules_match_the_reference_scorer():
    person = {"text": "Kyle Brannigan", "type": "PERSON"}
    assert leaks(person, "[name] Brannigan said no")
    assert not leaks(person, "[name] said no")
    assert leaks({"text": "07700 900123", "type": "PHONE_NUMBER"}, "call 07700 900123")
    assert not leaks({"text": "Mrs Li", "type": "PERSON"}, "Mrs [name] was kind")  # short words and titles aside


def test_evaluate_reports_recall_keep_and_triage(tmp_path, capsys):
    corpus = tmp_path / "tiny.jsonl"
    records = [
        {"id": "t1", "text": "Email me at sam.jones@example.com. The council lost my form.",
         "pii": [{"text": "sam.jones@example.com", "type": "EMAIL_ADDRESS"}],
         "must_keep": ["The council lost my form."], "libel": False, "safeguarding": "none"},
        {"id": "t2", "text": "Ask for a carers assessment early.", "pii": [],
         "must_keep": ["carers assessment"], "libel": False, "safeguarding": "none"},
        {"id": "t3", "text": "We meet by the old mill.", "pii": [{"text": "the old mill", "type": "STREET_ADDRESS"}],
         "must_keep": [], "libel": False, "safeguarding": "none"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records))
    out = tmp_path / "out.json"
    assert main([str(corpus), "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    assert figures["pii_recall"] == 0.5  # the email is found; "the old mill" cannot be known
    assert figures["kept"] == 1.0
    assert figures["clean_untouched"] == 1.0
    assert figures["missed"] == ["t3 STREET_ADDRESS"]
    assert "EMAIL_ADDRESS" in capsys.readouterr().out
