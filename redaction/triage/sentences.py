"""Split a note into sentences with offsets, tolerant of informal writing.

Notes arrive in every register: formal practice notes, and lower-case messages
with no full stops ("idk where else to put this. my stepdad ..."). A sentence
ends at . ! ? or a line break, but not after a title ("Mr.", "Dr.") or inside a
number ("£2.50", "02.11.1938").
"""
from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import _constants as _c  # the parsed form of a pattern, to read its literal prefixes
from re import _parser

import ahocorasick

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
        if match.group().startswith(".") and _TITLE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
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


@lru_cache(maxsize=512)
def _parsed(source: str, flags: int):
    """The parsed form of a pattern, read once for both questions below; None if only the regex package knows it."""
    try:
        return _parser.parse(source, flags)
    except Exception:  # noqa: BLE001
        return None


@lru_cache(maxsize=512)
def literal_prefixes(source: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which must occur wherever `source` matches, or None if unknown.

    Read from the parsed pattern: each alternative's leading literal text (at
    most six characters). A sentence holding none of them cannot match (see
    LiteralIndex below).
    """
    parsed = _parsed(source, flags)
    if parsed is None:
        return None
    found = _walk(list(parsed))
    if not found:
        return None
    prefixes = {p[:6] for p, _ in found}
    return None if any(len(p) < 3 for p in prefixes) else frozenset(prefixes)


def _walk(items) -> list[tuple[str, bool]] | None:
    """(prefix, still open) pairs for a parsed sequence; None when there are too many to be useful."""
    outs = [("", True)]
    for op, av in items:
        if not any(is_open for _, is_open in outs):
            break
        if op is _c.AT:
            continue
        if op is _c.LITERAL:
            step = [(chr(av).lower(), True)]
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= 8:
            step = [(c, True) for c in {chr(v).lower() for _, v in av}]
        elif op is _c.SUBPATTERN:
            step = _walk(list(av[-1]))
        elif op is _c.BRANCH:
            branches = [_walk(list(b)) for b in av[1]]
            step = None if any(b is None for b in branches) else [x for b in branches for x in b]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            inner = _walk(list(av[2]))
            step = None if inner is None else [(p, False) for p, _ in inner]
        else:
            step = [("", False)]
        if step is None:
            return None
        outs = list({(p + s, o2) if o1 else (p, False) for p, o1 in outs for s, o2 in step})
        if len(outs) > 400:
            return None
    return outs


@lru_cache(maxsize=512)
def required_literals(source: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which must occur anywhere in a match of `source`, or None if unknown.

    Where literal_prefixes finds nothing (a pattern that opens with "\\w+" or an
    optional word), a later part often has to be there: "...\\s+myself\\b".
    """
    parsed = _parsed(source, flags)
    if parsed is None:
        return None
    found = _required(list(parsed))
    return found if found and min(len(x) for x in found) >= 3 else None


def _required(items) -> frozenset[str] | None:
    """The most selective set of strings a parsed sequence cannot match without."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items + [(None, None)]:
        if op is _c.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        if op is _c.SUBPATTERN:
            inner = _required(list(av[-1]))
        elif op is _c.BRANCH:
            branches = [_required(list(b)) for b in av[1]]
            inner = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            inner = _required(list(av[2]))
        else:
            inner = None
        if inner:
            options.append(inner)
    if not options:
        return None
    return max(options, key=lambda o: (min(len(x) for x in o), -len(o)))


LITERALS_PATH = Path(__file__).resolve().parent.parent / "data" / "triage_literals.json"


def pattern_key(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def pattern_literals(source: str) -> tuple[frozenset[str], ...]:
    """The sets of strings a match of `source` needs (each set: one of them, at least), read from its parsed form."""
    return tuple(found for found in (literal_prefixes(source, re.IGNORECASE), required_literals(source, re.IGNORECASE)) if found)


@lru_cache(maxsize=1)
def stored_literals() -> dict[str, tuple[frozenset[str], ...]]:
    """The same, worked out ahead for every lexicon pattern (parsing them all takes a fifth of a second at start-up)."""
    if not LITERALS_PATH.exists():
        return {}
    stored = json.loads(LITERALS_PATH.read_text(encoding="utf-8"))
    return {key: tuple(frozenset(strings) for strings in sets) for key, sets in stored.items()}


def rules_by_sentence(rules, index: "LiteralIndex", text: str, sentences: list[Sentence], needs) -> dict[int, list]:
    """Sentence index -> the rules that may match in that sentence, in rule order, sentences in text order.

    `index` holds the rules' patterns in the same order. A rule is dropped when
    a pattern it needs elsewhere in the note (`needs(rule)`) is absent; each
    such pattern is searched once per note however many rules ask for it.
    """
    found: dict = {}

    def present(pattern) -> bool:
        if pattern not in found:
            found[pattern] = pattern.search(text) is not None
        return found[pattern]

    todo: dict[int, list] = {}
    for rule, hit in zip(rules, index.hits(text, sentences)):
        if hit and all(present(pattern) for pattern in needs(rule)):
            for sentence in hit:
                todo.setdefault(sentence, []).append(rule)
    return {sentence: todo[sentence] for sentence in sorted(todo)}


# Letters that re.IGNORECASE matches to "i" and "s" but str.lower() leaves alone ("hıt", "ſtole"); one for one, so offsets hold.
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s", "\u212a": "k"})


class LiteralIndex:
    """Which sentences of a note could hold a match of each of many patterns.

    Each pattern's literal prefixes and required strings (read from its parsed
    form, above) must all occur, lower-cased, inside any sentence where it
    matches. One Aho-Corasick pass over the note finds every such string, so
    the exact regular expressions then run only on the few sentences that
    hold their words, rather than 140 scans of the whole note. A pattern with
    no usable strings is tried on every sentence.
    """

    def __init__(self, patterns) -> None:
        self._needs: list[tuple[frozenset[str], ...]] = []
        self._owners: dict[str, list[tuple[int, int]]] = {}
        stored = stored_literals()
        for index, pattern in enumerate(patterns):
            sets = stored.get(pattern_key(pattern.pattern))
            if sets is None:  # a pattern added or changed since scripts/build_triage_literals.py last ran
                sets = pattern_literals(pattern.pattern)
            self._needs.append(sets)
            for which, strings in enumerate(sets):
                for string in strings:
                    self._owners.setdefault(string, []).append((index, which))
        _parsed.cache_clear()  # the parse trees are only needed to read the strings above
        self._automaton = ahocorasick.Automaton()
        for string in self._owners:
            self._automaton.add_word(string, string)
        if self._owners:
            self._automaton.make_automaton()

    def hits(self, text: str, sentences: list[Sentence]) -> list[frozenset[int]]:
        """For each pattern, in order, the indexes of the sentences in which it may match."""
        everywhere = frozenset(range(len(sentences)))
        lower = text.lower().translate(_FOLD)
        if len(lower) != len(text) or not self._owners:  # lower-casing moved the offsets: no shortcut
            return [everywhere] * len(self._needs)
        starts = [s.start for s in sentences]
        where: dict[str, set[int]] = {}
        for end, string in self._automaton.iter(lower):
            index = bisect_right(starts, end - len(string) + 1) - 1
            if index >= 0 and end < sentences[index].end:
                where.setdefault(string, set()).add(index)
        found: dict[tuple[int, int], set[int]] = {}
        for string, indexes in where.items():
            for owner in self._owners[string]:
                found.setdefault(owner, set()).update(indexes)
        out = []
        for index, sets in enumerate(self._needs):
            if not sets:
                out.append(everywhere)
                continue
            hit = found.get((index, 0), set())
            for which in range(1, len(sets)):
                if not hit:
                    break
                hit = hit & found.get((index, which), set())
            out.append(frozenset(hit))
        return out
