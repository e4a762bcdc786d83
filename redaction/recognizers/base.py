"""A small base for recognizers that need more than a regex: they read the words
around a match (cues) before deciding, and say so in plain words."""
from __future__ import annotations

import re

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


class WhitespaceFreeMatches:
    """Mix in before a Presidio PatternRecognizer whose matches never hold whitespace (URLs, emails).

    Presidio's URL and email patterns are long and slow to try at every
    position of a note. A match must contain `NEEDS` (a dot before a letter,
    an @), so only the whitespace-delimited chunks around such hits are
    analysed; offsets are moved back into the note. The results are the same,
    because whitespace bounds every match either way.
    """

    NEEDS: re.Pattern[str]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        done = -1
        for hit in self.NEEDS.finditer(text):
            if hit.start() < done:
                continue
            start, end = hit.start(), hit.end()
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            while end < len(text) and not text[end].isspace():
                end += 1
            done = end
            for result in super().analyze(text[start:end], entities, nlp_artifacts, regex_flags):
                result.start += start
                result.end += start
                results.append(result)
        return results
