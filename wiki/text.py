"""Cleaning what people type, before it is stored."""
from __future__ import annotations

import re
import unicodedata

# Bidirectional overrides and isolates can make text display differently from
# what it says; they have no place in a note.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_text(value: str) -> str:
    """Normalise a typed answer: NFC, Unix newlines, no control characters,
    no unpaired surrogates or bidi overrides, no runs of blank lines, trimmed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    # Unpaired surrogates cannot be encoded as UTF-8; drop them before anything else.
    value = value.encode("utf-8", "ignore").decode("utf-8") if _has_surrogates(value) else value
    value = unicodedata.normalize("NFC", value)
    value = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    value = value.replace("\ufffd", "").translate(_BIDI).replace("\t", " ")
    value = _BLANK_RUNS.sub("\n\n", value)
    return value.strip()


def _has_surrogates(value: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in value)
