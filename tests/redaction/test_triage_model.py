"""The triage model (redaction/triage/model.py): a second opinion that only adds flags, and says why."""
from __future__ import annotations

import ast
import json
from pathlib import Path

from redaction.pipeline import analyze
from redaction.triage.model import MODEL_PATH, load, opinions

INDIRECT = ("Four months on the waiting list and nobody rings back. I have stopped going out and I have stopped "
            "eating properly. Last night I sat on the bridge for an hour thinking it would be easier for everyone. "
            "I am only writing this so someone knows the wait is not harmless.")
PRACTICE = ("Practice note on carers' assessments for colleagues in the locality team. Offer one every time someone "
            "mentions they look after a relative. Write down what they say in their own words, share the plan before "
            "the review and check in after three months. It is simple and it works.")


def test_model_file_says_how_it_was_made_and_what_it_never_saw():
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert "scripts/train_triage_model.py" in model["about"]
    script = Path(__file__).resolve().parents[2] / "scripts" / "train_triage_model.py"
    held_out = next(line.split("=", 1)[1].split("#")[0].strip() for line in script.read_text().splitlines()
                    if line.startswith("HELD_OUT"))
    held_out = set() if held_out == "set()" else ast.literal_eval(held_out)
    assert not held_out & set(model["trained_on"])  # a held-out corpus is never seen
    assert "dev.jsonl" in model["trained_on"]
    assert model["questions"] == ["libel", "high", "concern"]
    terms = model["terms"].split("\n")
    loaded = load()
    assert len(loaded["values"]) == 4 * len(terms) == 4 * len(loaded["index"])  # idf and one weight per question


def test_opinions_are_probabilities_with_the_words_that_weighed_most():
    view = opinions(INDIRECT)
    assert all(0.0 < o.probability < 1.0 for o in view.values())
    assert view["high"].raised and view["high"].words
    assert all(w.lower() in INDIRECT.lower() for w in view["high"].words)


def test_indirect_risk_no_rule_matches_is_raised_with_an_explanation():
    report = analyze(INDIRECT)
    assert report.safeguarding == "high"
    flag = next(f for f in report.flags if f.kind == "safeguarding")
    assert flag.category == "possible concern (model)"
    assert "triage model" in flag.explanation and "weighed most" in flag.explanation
    assert INDIRECT[flag.start:flag.end] in INDIRECT


def test_an_ordinary_practice_note_is_left_alone():
    report = analyze(PRACTICE)
    assert report.safeguarding in ("none", "low") and not report.libel


def test_short_notes_are_left_to_the_rules():
    assert analyze("The crisis team is useless at weekends.").safeguarding == "none"


def test_model_libel_flag_needs_someone_identifiable():
    unnamed = ("The finance officer at our day service kept a second book for the residents' money and the totals "
               "never matched the bank. When the auditor came the second book had gone. Families: ask to see the "
               "ledger and the statements side by side every quarter.")
    assert not analyze(unnamed).libel
