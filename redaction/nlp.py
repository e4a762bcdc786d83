"""The spaCy side of the engine: a blank English pipeline, offline.

No spaCy model can be downloaded here, so the pipeline is `spacy.blank("en")`
(a tokenizer), and each token's lower-case form stands in for its lemma.
Presidio's context enhancer compares lemmas with each recognizer's CONTEXT
words; a blank pipeline has no lemmas, so without this no context word would
ever count.

If the environment variable CANDOUR_SPACY_MODEL names an installed spaCy
model, that model is loaded instead of the blank pipeline and its NER is used
*in addition to* our own name finder (see `registry.build_registry`).
"""
from __future__ import annotations

import os

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.tokens import Doc

MODEL_ENV = "CANDOUR_SPACY_MODEL"


def spacy_model_name() -> str | None:
    """The installed spaCy model named in CANDOUR_SPACY_MODEL, if any."""
    name = os.environ.get(MODEL_ENV, "").strip()
    return name if name and spacy.util.is_package(name) else None


class CandourNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that never downloads: a blank pipeline, or an installed model."""

    def __init__(self, model_name: str | None = None) -> None:
        self.model_name = model_name
        config = NerModelConfiguration(labels_to_ignore=["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"])
        super().__init__(models=[{"lang_code": "en", "model_name": model_name or "blank"}],
                         ner_model_configuration=config)

    def load(self) -> None:
        if self.model_name:
            nlp = spacy.load(self.model_name)
        else:
            nlp = spacy.blank("en")
        self.nlp = {"en": nlp}

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        if self.model_name:
            return super()._doc_to_nlp_artifact(doc, language)
        indices, lowers = [], []
        for token in doc:
            indices.append(token.idx)
            lowers.append(token.lower_)
        return NlpArtifacts(entities=[], tokens=doc, tokens_indices=indices, lemmas=lowers, nlp_engine=self,
                            language=language, scores=[])


def build_nlp_engine() -> CandourNlpEngine:
    engine = CandourNlpEngine(spacy_model_name())
    engine.load()
    return engine
