"""`python -m redaction`: JSON lines in, one JSON line out per line, in order.

Input: {"id": ..., "text": "..."} per line. Output: {"id", "redacted", "findings",
"libel", "safeguarding", "flags"}; a line that cannot be read gets
{"id": null, "error": "..."} and processing continues. Blank lines are skipped.
"""
from __future__ import annotations

import json
import sys
from typing import IO

from redaction.pipeline import analyze
from redaction.replace import redact


def process_line(line: str) -> dict:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return {"id": None, "error": f"not valid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(record, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": None, "error": 'the object needs a "text" string'}
    report = analyze(text)
    return {
        "id": record.get("id"),
        "redacted": redact(text, report.findings),
        "findings": [{"type": f.type, "start": f.start, "end": f.end, "score": round(f.score, 3),
                      "recognizer": f.recognizer, "explanation": f.explanation} for f in report.findings],
        "libel": report.libel,
        "safeguarding": report.safeguarding,
        "flags": [flag.as_dict() for flag in report.flags],
    }


def main(stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> int:
    for line in stdin:
        if not line.strip():
            continue
        stdout.write(json.dumps(process_line(line), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


if __name__ == "__main__":
    sys.stdin.reconfigure(errors="replace")  # broken UTF-8 becomes U+FFFD instead of stopping the run
    sys.exit(main())
