"""A small statistical second opinion for triage, read from redaction/data/triage_model.json.

The rules in this package say exactly which words raised a flag, but people
phrase risk in more ways than any list holds ("tonight's the night I stop being
a burden"). So three logistic regressions over TF-IDF word unigrams and
bigrams, trained by scripts/train_triage_model.py on the labelled corpora,
give each note a probability that it alleges wrongdoing (libel), shows a high
safeguarding concern (high), or a medium-or-high one (concern). The model
only ever adds a flag the rules did not raise, and every such flag names the
words that weighed most, so a reviewer can see why.

Scoring needs no ML package: it repeats scikit-learn's TfidfVectorizer
(lower case, tokens of two or more word characters, sublinear tf, the stored
idf, L2 norm) and a dot product.
"""
from __future__ import annotations

import base64
import json
import math
import sys
from array import array
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "triage_model.json"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class Opinion:
    question: str  # "libel", "high" or "concern"
    probability: float
    threshold: float
    words: tuple[str, ...]  # the terms that pushed the score up most

    @property
    def raised(self) -> bool:
        return self.probability >= self.threshold


@lru_cache(maxsize=1)
def load() -> dict:
    """The stored model, read once per process.

    The file keeps the vocabulary as one string of terms, one per line, and
    the numbers (for each term: its idf, then its weight for each question)
    as little-endian 32-bit floats in base64, which reads in a few
    milliseconds where 22,000 small JSON lists took a tenth of a second.
    """
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    terms = model.pop("terms").split("\n")
    values = array("f")
    values.frombytes(base64.b64decode(model["values"]))
    if sys.byteorder != "little":
        values.byteswap()
    width = 1 + len(model["questions"])
    model["values"] = values
    model["index"] = dict(zip(terms, range(0, len(terms) * width, width)))  # term -> where its numbers start
    return model


def ready() -> None:
    """Read the weights now (at start-up) rather than on the first long note."""
    load()


def _features(text: str) -> dict[str, tuple[float, int]]:
    """Each known term of the note: its L2-normalised TF-IDF value, and where its numbers start."""
    model = load()
    index, values = model["index"], model["values"]
    tokens = _TOKEN.findall(text.lower())
    counts = Counter(t for t in tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])] if t in index)
    tfidf = {term: (1.0 + math.log(n)) * values[index[term]] for term, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in tfidf.values())) or 1.0
    return {term: (v / norm, index[term]) for term, v in tfidf.items()}


def opinions(text: str, questions: tuple[str, ...] = ("libel", "high", "concern")) -> dict[str, Opinion]:
    """The model's probability for each question, with the words that weighed most."""
    model = load()
    values = model["values"]
    features = _features(text)
    found = {}
    for question in questions:
        q = model["questions"].index(question) + 1  # the weights follow the idf
        contributions = {term: x * values[at + q] for term, (x, at) in features.items() if values[at + q]}
        z = model["intercept"][question] + sum(contributions.values())
        top = sorted((t for t, c in contributions.items() if c > 0), key=lambda t: -contributions[t])[:4]
        found[question] = Opinion(question, 1.0 / (1.0 + math.exp(-z)), model["thresholds"][question], tuple(top))
    return found


def describe(opinion: Opinion, what: str) -> str:
    words = ", ".join(f"'{w}'" for w in opinion.words) or "none in particular"
    return (f"The triage model (trained on labelled notes) gives {opinion.probability:.2f} that {what}, above its "
            f"threshold of {opinion.threshold:.2f}; the words that weighed most: {words}. No rule matched, so read "
            f"the note with this in mind.")
