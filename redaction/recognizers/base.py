"""A small base for recognizers that need more than a regex: they read the words
around a match (cues) before deciding, and say so in plain words."""
from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult


class CueRecognizer(LocalRecognizer):
    """A LocalRecognizer whose `find(text)` yields (start, end, score, pattern name, reason)."""

    ENTITY = ""

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language="en", name=type(self).__name__)

    def load(self) -> None:  # nothing to load: the data is in the module
        pass

    def find(self, text: str):
        raise NotImplementedError

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for start, end, score, pattern_name, reason in self.find(text):
            explanation = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name=pattern_name,
                                              textual_explanation=reason)
            results.append(RecognizerResult(self.ENTITY, start, end, score, explanation,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


def before(text: str, start: int, width: int = 40) -> str:
    """The `width` characters before `start`, lower-cased."""
    return text[max(0, start - width):start].lower()
