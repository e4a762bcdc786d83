"""The NLP side of the engine, offline.

No spaCy model can be downloaded here, and a blank spaCy pipeline is only a
tokenizer, so by default the engine is `WordNlpEngine`: words found by one
regular expression, each word's lower-case form standing in for its lemma,
spaCy's English stop words and Unicode punctuation for the keyword filter.
Presidio's context enhancer compares these lemmas with each recognizer's
CONTEXT words ("phone", "nhs", "postcode"), which raise a finding's score.
It finds the same things in the same places as a blank spaCy pipeline with
lower-cased lemmas (tests/redaction/test_nlp.py), starts about 0.2 s sooner
and takes a couple of milliseconds less per note.

If the environment variable CANDOUR_SPACY_MODEL names an installed spaCy
model, that model is loaded instead and its NER is used *in addition to* our
own name finder (see `registry.build_registry`).
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator

from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, NlpEngine, SpacyNlpEngine
from spacy.lang.en.stop_words import STOP_WORDS

MODEL_ENV = "CANDOUR_SPACY_MODEL"
# A word (with inner apostrophes: "don't", "o'brien"), or any other single non-space character.
WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def spacy_model_name() -> str | None:
    """The installed spaCy model named in CANDOUR_SPACY_MODEL, if any."""
    import spacy

    name = os.environ.get(MODEL_ENV, "").strip()
    return name if name and spacy.util.is_package(name) else None


class WordNlpEngine(NlpEngine):
    """Presidio's NLP engine when no model is installed: words, their offsets and their lower case."""

    model_name = None

    def load(self) -> None:
        pass

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        words, starts = [], []
        for match in WORD.finditer(text):
            words.append(match.group())
            starts.append(match.start())
        return NlpArtifacts(entities=[], tokens=words, tokens_indices=starts, lemmas=[w.lower() for w in words],
                            nlp_engine=self, language=language, scores=[])

    def process_batch(self, texts: Iterable[str], language: str, **_) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(str(text), language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word.lower() in STOP_WORDS

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(unicodedata.category(c).startswith("P") for c in word)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["en"]


class SpacyModelNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine over an installed model; never downloads one."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        config = NerModelConfiguration(labels_to_ignore=["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"])
        super().__init__(models=[{"lang_code": "en", "model_name": model_name}], ner_model_configuration=config)

    def load(self) -> None:
        import spacy

        self.nlp = {"en": spacy.load(self.model_name)}


def build_nlp_engine() -> NlpEngine:
    model = spacy_model_name()
    if model is None:
        return WordNlpEngine()
    engine = SpacyModelNlpEngine(model)
    engine.load()
    return engine
