"""Split a note into sentences with offsets, tolerant of informal writing.

Notes arrive in every register: formal practice notes, and lower-case messages
with no full stops ("idk where else to put this. my stepdad ..."). A sentence
ends at . ! ? or a line break, but not after a title ("Mr.", "Dr.") or inside a
number ("£2.50", "02.11.1938").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A boundary: terminal punctuation (plus closing quotes/brackets) then space,
# or one or more line breaks.
_BOUNDARY = re.compile(r"""[.!?]+['"’”)\]]*(?=\s)|\n+""")
_TITLE_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Cllr|Sgt|No|e\.g|i\.e|etc|approx))$", re.I)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of `text` in order, with offsets into `text`.

    Leading and trailing whitespace is trimmed from each span; empty spans are
    dropped, so the result may be empty for blank input.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _TITLE_BEFORE.search(text, 0, match.start()):
            continue
        _append(text, start, match.end(), sentences)
        start = match.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


_ANCHOR = re.compile(r"(?<![\[\\])\^")


def sentences_hit(pattern, text: str, sentences: list[Sentence]) -> frozenset[int]:
    """Indexes of the sentences in which `pattern` may match.

    One pass over the whole note instead of one per sentence: a match inside a
    sentence is also a match in the note (patterns anchored with ``^`` aside,
    which may match in any sentence), so only the sentences a note-wide match
    touches need the exact per-sentence search.
    """
    if _ANCHOR.search(pattern.pattern):
        return frozenset(range(len(sentences)))
    starts = [s.start for s in sentences]
    hit: set[int] = set()
    for m in pattern.finditer(text):
        first = max(0, bisect_right(starts, m.start()) - 1)
        last = max(0, bisect_right(starts, max(m.start(), m.end() - 1)) - 1)
        hit.update(range(first, last + 1))
    return frozenset(hit)


def could_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match in any sentence of `text`.

    A match inside a sentence is also a match in the whole note, unless the
    pattern is anchored with ``^`` (a sentence start is not the note's start),
    so one search over the note lets the per-sentence loop skip most rules.
    """
    return bool(_ANCHOR.search(pattern.pattern)) or pattern.search(text) is not None
