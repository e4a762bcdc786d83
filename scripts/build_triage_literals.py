"""Work out, ahead of time, the strings each triage lexicon pattern needs (redaction/data/triage_literals.json).

    python scripts/build_triage_literals.py

`redaction.triage.sentences.LiteralIndex` reads them so start-up need not parse
every pattern; a pattern missing from the file (added or edited since the last
run) is parsed when the index is built, so the file only ever saves time.
tests/redaction/test_literal_index.py fails when the file is out of date.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redaction.triage.allegations import ALLEGATIONS  # noqa: E402
from redaction.triage.concerns import CONCERNS  # noqa: E402
from redaction.triage.sentences import LITERALS_PATH, pattern_key, pattern_literals  # noqa: E402


def main() -> None:
    patterns = [rule.pattern.pattern for rule in (*ALLEGATIONS, *CONCERNS)]
    stored = {pattern_key(source): [sorted(strings) for strings in pattern_literals(source)] for source in patterns}
    LITERALS_PATH.write_text(json.dumps(stored, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {LITERALS_PATH.name}: {len(stored)} patterns")


if __name__ == "__main__":
    main()
