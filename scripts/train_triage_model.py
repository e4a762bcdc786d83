"""Train the triage model in redaction/data/triage_model.json (committed; the app needs no ML package).

    pip install -e '.[train]' && python scripts/train_triage_model.py [--cross-validate]

Three logistic regressions over TF-IDF word unigrams and bigrams, one per
question: does the note allege wrongdoing by someone (libel), is there a high
safeguarding concern (high), is there a medium-or-high concern (concern)?
They are trained on every labelled corpus we have except the held-out ones
(HELD_OUT below): shared/eval/dev.jsonl and benchmarks/corpora/fresh-*.jsonl.
The rules in redaction/triage/ stay the first word; the model only adds flags
the rules missed, and says which words weighed most (redaction/triage/model.py).

--cross-validate prints leave-one-corpus-out recall and false-flag rates of the
model alone, so its figures come from corpora it was not trained on.
"""
from __future__ import annotations

import argparse
import base64
import json
import sys
from array import array
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "redaction" / "data" / "triage_model.json"
HELD_OUT: set[str] = set()  # corpora never trained on; every corpus so far has been measured and then learnt from
TARGETS = {
    "libel": lambda r: bool(r["libel"]),
    "high": lambda r: r["safeguarding"] == "high",
    "concern": lambda r: r["safeguarding"] in ("medium", "high"),
}
VECTORIZER = dict(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True, token_pattern=r"(?u)\b\w\w+\b")
C = 4.0


def corpora() -> dict[str, list[dict]]:
    paths = [ROOT.parent / "shared" / "eval" / "dev.jsonl"]
    paths += [p for p in sorted((ROOT / "benchmarks" / "corpora").glob("fresh-*.jsonl")) if p.name not in HELD_OUT]
    return {p.name: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
            for p in paths if p.exists()}


def fit(records: list[dict]):
    vectorizer = TfidfVectorizer(**VECTORIZER)
    x = vectorizer.fit_transform([r["text"] for r in records])
    models = {name: LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, [t(r) for r in records])
              for name, t in TARGETS.items()}
    return vectorizer, models


def cross_validate(data: dict[str, list[dict]], thresholds: dict[str, float]) -> None:
    totals = {name: {"tp": 0, "pos": 0, "fp": 0, "neg": 0} for name in TARGETS}
    for held, test in data.items():
        vectorizer, models = fit([r for name, recs in data.items() if name != held for r in recs])
        x = vectorizer.transform([r["text"] for r in test])
        for name, model in models.items():
            for record, p in zip(test, model.predict_proba(x)[:, 1]):
                positive = TARGETS[name](record)
                negative = not positive and (name == "libel" or record["safeguarding"] == "none")
                t = totals[name]
                t["pos"] += positive
                t["tp"] += positive and p >= thresholds[name]
                t["neg"] += negative
                t["fp"] += negative and p >= thresholds[name]
    for name, t in totals.items():
        print(f"{name:8} threshold {thresholds[name]:.2f}: recall {t['tp'] / t['pos']:.3f} ({t['tp']}/{t['pos']}), "
              f"false flags {t['fp'] / t['neg']:.3f} ({t['fp']}/{t['neg']})"
              + ("" if name == "libel" else " (on notes labelled none)"))


def _pack(numbers: list[float]) -> str:
    values = array("f", numbers)
    if sys.byteorder != "little":
        values.byteswap()
    return base64.b64encode(values.tobytes()).decode("ascii")


def _weight(value: float) -> float:
    return round(float(value), 5) if abs(value) >= 1e-3 else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cross-validate", action="store_true")
    args = parser.parse_args()
    data = corpora()
    thresholds = {"libel": 0.5, "high": 0.35, "concern": 0.4}
    print(f"{sum(len(v) for v in data.values())} notes from {', '.join(data)}")
    if args.cross_validate:
        cross_validate(data, thresholds)
    vectorizer, models = fit([r for recs in data.values() for r in recs])
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    questions = list(models)
    model = {
        "about": "TF-IDF word 1-2 grams and logistic regression; built by scripts/train_triage_model.py",
        "trained_on": sorted(data),
        "thresholds": thresholds,
        "questions": questions,
        "intercept": {name: round(float(m.intercept_[0]), 5) for name, m in models.items()},
        # one term per line; then for each term its idf and its weight for each question (0 where it hardly
        # counts), as little-endian 32-bit floats in base64 (redaction/triage/model.py reads them)
        "terms": "\n".join(vocabulary),
        "values": _pack([x for i in range(len(vocabulary))
                         for x in [float(vectorizer.idf_[i])] + [_weight(models[q].coef_[0][i]) for q in questions]]),
    }
    OUT.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(vocabulary)} terms, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
