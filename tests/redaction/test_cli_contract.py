"""`python -m redaction`: the JSON-lines contract, through a real subprocess."""
from __future__ import annotations

import json
import subprocess
import sys


def run(stdin: bytes) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "redaction"], input=stdin, capture_output=True, timeout=120,
                          check=True)
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


def test_one_line_out_per_line_in_in_order_with_errors_for_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "Ring me on 07700 900123. The council lost my form."}),
        "this is not json",
        json.dumps([1, 2]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": 7, "text": "Nothing personal here."}),
    ]
    out = run(("\n".join(lines) + "\n").encode())
    assert len(out) == 5
    first = out[0]
    assert first["id"] == "a"
    assert "07700 900123" not in first["redacted"]
    assert "The council lost my form." in first["redacted"]
    finding = first["findings"][0]
    assert set(finding) >= {"type", "start", "end", "score", "recognizer"}
    assert first["libel"] is False and first["safeguarding"] in {"none", "low", "medium", "high"}
    assert [o["id"] for o in out[1:4]] == [None, None, None]
    assert all("error" in o for o in out[1:4])
    assert out[4] == {**out[4], "id": 7, "redacted": "Nothing personal here.", "findings": []}


def test_broken_utf8_and_blank_lines_do_not_stop_the_run():
    out = run(b'{"id": 1, "text": "caf\xff ok"}\n\n{"id": 2, "text": "still here"}\n')
    assert [o["id"] for o in out] == [1, 2]
    assert out[1]["redacted"] == "still here"


def test_unicode_and_order_survive_the_round_trip():
    lines = [json.dumps({"id": i, "text": f"Note {i}: Siobhán Ní Bhriain rang me — “thanks” 🙂"}, ensure_ascii=False)
             for i in range(5)]
    out = run(("\n".join(lines) + "\n").encode("utf-8"))
    assert [o["id"] for o in out] == list(range(5))
    assert out[0]["redacted"] == "Note 0: [name 1] rang me — “thanks” 🙂"
    person = out[0]["findings"][0]
    assert person["type"] == "PERSON" and person["explanation"]
