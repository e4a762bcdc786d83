"""The word-level NLP engine gives Presidio what a blank spaCy pipeline gave it, without spaCy's start-up.

Both engines run under the same recognizers over labelled notes and must find
the same things in the same places. Context words still raise scores.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from redaction.nlp import WordNlpEngine, build_nlp_engine
from redaction.pipeline import MIN_SCORE
from redaction.registry import build_registry

ROOT = Path(__file__).resolve().parents[2]
NOTES = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "benchmarks" / "corpora" / "fresh-z.jsonl",
         ROOT / "benchmarks" / "corpora" / "fresh-aa.jsonl"]


class BlankSpacyWithLemmas(SpacyNlpEngine):
    """What the pipeline used before: spaCy's blank English tokenizer, lemmas set to the lower case."""

    def load(self) -> None:
        nlp = spacy.blank("en")

        def lower_lemma(doc):
            for token in doc:
                token.lemma_ = token.lower_
            return doc

        nlp.add_pipe(spacy.language.Language.component("test_lower_lemma", func=lower_lemma) and "test_lower_lemma")
        self.nlp = {"en": nlp}


@pytest.fixture(scope="module")
def engines():
    spacy_engine = BlankSpacyWithLemmas(models=[{"lang_code": "en", "model_name": "blank"}])
    spacy_engine.load()
    ours = AnalyzerEngine(registry=build_registry(), nlp_engine=WordNlpEngine(), supported_languages=["en"])
    theirs = AnalyzerEngine(registry=build_registry(), nlp_engine=spacy_engine, supported_languages=["en"])
    return ours, theirs


def _spans(engine, text):
    return sorted((r.entity_type, r.start, r.end, round(r.score, 3)) for r in engine.analyze(text=text, language="en"))


def test_same_findings_as_a_blank_spacy_pipeline_on_labelled_notes(engines):
    """Same types and spans everywhere; a score may differ where the two tokenizers put a context word in or
    out of the window (one finding in these notes: a handle that also reads as a web address), but never
    across the pipeline's 0.4 cut."""
    ours, theirs = engines
    texts = [json.loads(line)["text"] for path in NOTES if path.exists()
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) >= 100
    findings = rescored = 0
    for text in texts:
        a, b = _spans(ours, text), _spans(theirs, text)
        assert [x[:3] for x in a] == [x[:3] for x in b], text[:80]
        findings += len(a)
        for x, y in zip(a, b):
            if x[3] != y[3]:
                rescored += 1
                assert (x[3] >= MIN_SCORE) == (y[3] >= MIN_SCORE)
    assert findings > 400
    assert rescored <= findings // 100


def test_a_context_word_still_raises_a_score(engines):
    ours, _ = engines
    plain = {t: sc for t, s, e, sc in _spans(ours, "It was LS1 4AP all along.")}
    cued = {t: sc for t, s, e, sc in _spans(ours, "My postcode is LS1 4AP.")}
    assert cued["UK_POSTCODE"] > plain["UK_POSTCODE"]


def test_words_offsets_and_lemmas():
    artifacts = WordNlpEngine().process_text("Ring O'Brien's mobile: 07700 900123!", "en")
    assert artifacts.tokens == ["Ring", "O'Brien's", "mobile", ":", "07700", "900123", "!"]
    assert artifacts.tokens_indices == [0, 5, 15, 21, 23, 29, 35]
    assert artifacts.lemmas[0] == "ring"
    assert "mobile" in artifacts.keywords and ":" not in artifacts.keywords


def test_without_a_model_setting_the_word_engine_is_used(monkeypatch):
    monkeypatch.delenv("CANDOUR_SPACY_MODEL", raising=False)
    assert isinstance(build_nlp_engine(), WordNlpEngine)
