"""The spaCy side of the engine: a blank English pipeline, offline.

No spaCy model can be downloaded here, so the pipeline is `spacy.blank("en")`
(a tokenizer) plus one tiny component that sets each token's lemma to its
lower-case form. Presidio's context enhancer compares lemmas with each
recognizer's CONTEXT words; without lemmas no context word would ever count.

If the environment variable CANDOUR_SPACY_MODEL names an installed spaCy
model, that model is loaded instead of the blank pipeline and its NER is used
*in addition to* our own name finder (see `registry.build_registry`).
"""
from __future__ import annotations

import os

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

MODEL_ENV = "CANDOUR_SPACY_MODEL"


@Language.component("candour_lower_lemma")
def lower_lemma(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


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
            nlp.add_pipe("candour_lower_lemma")
        self.nlp = {"en": nlp}


def build_nlp_engine() -> CandourNlpEngine:
    engine = CandourNlpEngine(spacy_model_name())
    engine.load()
    return engine
