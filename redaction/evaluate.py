"""Score the pipeline against a labelled corpus (the format of shared/eval/).

    python -m redaction.evaluate CORPUS.jsonl [--json OUT.json]

The rules are those of the corpus's reference scorer: a PII string leaks if it
still appears (case-insensitive) in the redacted text, and a PERSON string also
leaks if any of its words of three or more letters (titles aside) still stands
as a whole word. Prints a table and writes the figures as JSON.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from redaction.pipeline import analyze
from redaction.replace import redact
from redaction.report import Report

TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Cllr", "Nurse"}


def leaks(pii: dict, redacted: str) -> bool:
    if pii["text"].lower() in redacted.lower():
        return True
    if pii["type"] != "PERSON":
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", pii["text"]) if len(w) >= 3 and w.rstrip(".") not in TITLES]
    return any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", redacted) for w in words)


@dataclass
class Scores:
    total: Counter = field(default_factory=Counter)
    leaked: Counter = field(default_factory=Counter)
    kept: int = 0
    keep_total: int = 0
    clean: int = 0
    clean_untouched: int = 0
    libel: Counter = field(default_factory=Counter)
    safeguarding: Counter = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 1.0

        pii_total = sum(self.total.values())
        return {
            "pii_recall": ratio(pii_total - sum(self.leaked.values()), pii_total),
            "person_recall": ratio(self.total["PERSON"] - self.leaked["PERSON"], self.total["PERSON"]),
            "kept": ratio(self.kept, self.keep_total),
            "clean_untouched": ratio(self.clean_untouched, self.clean),
            "libel_recall": ratio(self.libel["tp"], self.libel["pos"]),
            "libel_false": self.libel["fp"] / self.libel["neg"] if self.libel["neg"] else 0.0,
            "sg_high_recall": ratio(self.safeguarding["high_tp"], self.safeguarding["high"]),
            "sg_medium_recall": ratio(self.safeguarding["medium_tp"], self.safeguarding["medium"]),
            "sg_false_high": (self.safeguarding["none_high"] / self.safeguarding["none"]
                              if self.safeguarding["none"] else 0.0),
        }


def score(records: list[dict], analyzer: Callable[[str], Report] = analyze) -> Scores:
    """Score `analyzer` (the pipeline by default) on labelled records."""
    s = Scores()
    for record in records:
        report = analyzer(record["text"])
        redacted = redact(record["text"], report.findings)
        for pii in record.get("pii", []):
            s.total[pii["type"]] += 1
            if leaks(pii, redacted):
                s.leaked[pii["type"]] += 1
                s.missed.append(f'{record["id"]} {pii["type"]}')
        for keep in record.get("must_keep", []):
            s.keep_total += 1
            s.kept += keep in redacted
        if not record.get("pii"):
            s.clean += 1
            s.clean_untouched += redacted == record["text"]
        key = "pos" if record.get("libel") else "neg"
        s.libel[key] += 1
        s.libel["tp" if key == "pos" else "fp"] += bool(report.libel)
        level = record.get("safeguarding", "none")
        s.safeguarding[level] += 1
        if level == "high":
            s.safeguarding["high_tp"] += report.safeguarding == "high"
        elif level == "medium":
            s.safeguarding["medium_tp"] += report.safeguarding in ("medium", "high")
        elif level == "none":
            s.safeguarding["none_high"] += report.safeguarding == "high"
    return s


def load_corpus(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m redaction.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--json", type=Path, help="where to write the figures (default: benchmarks/results/)")
    args = parser.parse_args(argv)
    s = score(load_corpus(args.corpus))
    print(f"{'type':26}{'found':>12}{'recall':>9}")
    for kind in sorted(s.total):
        found = s.total[kind] - s.leaked[kind]
        print(f"{kind:26}{found:>6}/{s.total[kind]:<5}{found / s.total[kind]:>9.3f}")
    figures = s.figures()
    print()
    for name, value in figures.items():
        print(f"{name:26}{value:>9.3f}")
    out = args.json or Path("benchmarks/results") / f"evaluate-{args.corpus.stem}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"corpus": str(args.corpus), "records": s.libel["pos"] + s.libel["neg"], **figures,
                               "per_type": {k: {"total": s.total[k], "leaked": s.leaked[k]} for k in s.total},
                               "missed": s.missed}, indent=2))
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
