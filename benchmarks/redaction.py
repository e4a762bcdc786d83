"""Redaction benchmark: speed, start-up and memory of the whole analysis
(PII + libel + safeguarding), beside stock Presidio on the same notes.

    python benchmarks/redaction.py [--corpus ../shared/eval/dev.jsonl] [--out benchmarks/results/redaction.json]

The pipeline's time includes triage (libel and safeguarding); triage's own
median is printed beside it. Notes of 300 words are made by joining the corpus's texts in order (with a
space) and cutting every 300 whitespace-separated words; the tail is dropped. Timing runs pinned to one CPU. Stock Presidio is
AnalyzerEngine over a blank spaCy pipeline with its default recognizers; its
quality is scored with the same rules as `python -m redaction.evaluate`.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redaction import pipeline  # noqa: E402
from redaction.evaluate import load_corpus, score  # noqa: E402
from redaction.report import Finding, Report  # noqa: E402

COLD_START = ("import time; t = time.perf_counter(); from redaction import pipeline; "
              "pipeline.analyze('My social worker Jane Whitfield never rang 07700 900123.'); "
              "print(time.perf_counter() - t)")


def make_notes(records: list[dict], words: int = 300) -> list[str]:
    stream = " ".join(r["text"] for r in records).split()
    return [" ".join(stream[i:i + words]) for i in range(0, len(stream) - words + 1, words)]


def stock_presidio():
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankSpacy(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    nlp = BlankSpacy(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.load()
    engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])

    def analyze(text: str) -> Report:
        results = sorted(engine.analyze(text=text, language="en"), key=lambda r: (r.start, -r.end))
        findings, end = [], -1
        for r in results:
            if r.start >= end:
                findings.append(Finding(r.entity_type, r.start, r.end, r.score, "stock"))
                end = r.end
        return Report(findings)

    return analyze


def time_per_note(analyze, notes: list[str], rounds: int) -> list[float]:
    analyze(notes[0])
    times = []
    for _ in range(rounds):
        for note in notes:
            t = time.perf_counter()
            analyze(note)
            times.append((time.perf_counter() - t) * 1000)
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
            "notes_per_second": 1000 / statistics.mean(ordered), "samples": len(ordered)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "redaction.json")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    colds = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", COLD_START], capture_output=True, text=True, check=True,
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        colds.append(float(done.stdout.strip().splitlines()[-1]))

    records = load_corpus(args.corpus)
    notes = make_notes(records)
    pipeline.warm_up()
    ours_quality = score(records).figures()
    ours_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak so far, before stock Presidio loads
    stock = stock_presidio()
    # The triage share of the pipeline's time: libel and safeguarding on the same notes, given their PII findings.
    from redaction.triage import assess
    findings = {note: [f for f in pipeline.analyze(note).findings if f.type != "QUASI_IDENTIFIER"] for note in notes}

    # Rounds alternate between the three, so a slow spell on a shared machine hits each alike.
    ours_times, theirs_times, triage_times = [], [], []
    for _ in range(args.rounds):
        ours_times += time_per_note(pipeline.analyze, notes, 1)
        theirs_times += time_per_note(stock, notes, 1)
        triage_times += time_per_note(lambda note: assess(note, findings[note]), notes, 1)
    ours, theirs = summary(ours_times), summary(theirs_times)
    triage_ms = statistics.median(triage_times)
    theirs_quality = score(records, stock).figures()

    result = {
        "notes": len(notes), "words_per_note": 300, "rounds": args.rounds,
        "candour": {**ours, "triage_median_ms": triage_ms, "cold_start_s": statistics.median(colds), "peak_rss_mb": ours_rss,
                    **ours_quality},
        "stock_presidio": {**theirs, **theirs_quality},
        "ratios": {key: (value / theirs_value if theirs_value else None)
                   for key, value, theirs_value in ((k, {**ours, **ours_quality}[k], {**theirs, **theirs_quality}[k])
                                                    for k in ("median_ms", "p95_ms", "notes_per_second", "pii_recall",
                                                              "person_recall", "kept", "clean_untouched"))},
    }
    c, p = result["candour"], result["stock_presidio"]
    print(f"{len(notes)} notes of 300 words, {args.rounds} rounds, one CPU")
    print(f"{'':22}{'candour':>12}{'stock':>12}")
    for key in ("median_ms", "p95_ms", "notes_per_second", "pii_recall", "person_recall", "kept",
                "clean_untouched"):
        print(f"{key:22}{c[key]:>12.3f}{p[key]:>12.3f}")
    print(f"{'  of which triage':22}{c['triage_median_ms']:>12.3f}   (median ms, libel and safeguarding alone)")
    print(f"{'cold_start_s':22}{c['cold_start_s']:>12.3f}")
    print(f"{'peak_rss_mb candour':22}{c['peak_rss_mb']:>12.1f}")
    for key, ratio in result["ratios"].items():
        print(f"ratio candour/stock {key:18}" + (f"{ratio:>8.2f}" if ratio is not None else "   (stock 0)"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
