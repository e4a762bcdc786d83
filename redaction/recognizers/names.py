"""People's names without a language model: name lists, capitalisation and context.

A capitalised word is a name when it is on the first-name or surname list
(built from faker by scripts/build_name_data.py) and either stands mid-sentence
or, at the start of a sentence, is not also a common English word. Names that
are common words ("Grace", "May", "Will") count only mid-sentence, where
capitals mark them as names, or after a cue ("my daughter grace", "called
will"). Lower-case names count only after such cues. A following capitalised
list word is taken as the surname; an institution word after a name ("Grace
House", "Hackney Council") means it is not a person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from redaction.recognizers.base import CueRecognizer
from redaction.report import Finding

DATA = Path(__file__).resolve().parent.parent / "data"
TITLES = r"(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Nurse|Cllr|Sir|Dame)\.?"
INSTITUTION_WORDS = {
    "council", "team", "service", "services", "hospital", "centre", "center", "trust", "court", "street", "road",
    "lane", "avenue", "ward", "house", "unit", "home", "school", "academy", "college", "university", "surgery",
    "practice", "group", "partnership", "foundation", "charity", "society", "project", "clinic", "close",
    "way", "drive", "place", "park", "gardens", "crescent", "square", "primary", "nursery", "law", "act",
}
NOT_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "christmas", "easter", "god", "english", "british", "mum", "dad", "nan", "gran", "i"}
CUES = re.compile(
    r"\b(?:called|named|name is|name was|names are|my (?:son|daughter|boy|girl|child|brother|sister|husband|wife|"
    r"partner|mum|dad|mother|father|grandson|granddaughter|nephew|niece|cousin|friend|neighbour|carer|"
    r"(?:social |key |support )?worker|work coach|nurse|doctor|gp|advocate|pa|ex|stepdad|stepmum)|"
    r"(?:social|key|support) worker)\s+$", re.IGNORECASE)
PLACE_BEFORE = re.compile(r"\b(?:at|in|on|near|outside|opposite)\s+(?:the\s+)?$", re.IGNORECASE)
ROLE_BEFORE = re.compile(r"\b(?:my|our|the|her|his|their)\s+((?:new\s+)?(?:social worker|key worker|support worker|"
                         r"work coach|worker|nurse|discharge nurse|manager|team manager|doctor|gp|consultant|"
                         r"advocate|carer|teacher|senco|caseworker|case worker|officer|housing officer|"
                         r"personal adviser|pa|therapist|psychiatrist|practitioner|iro|guardian))\s*,?\s+$",
                         re.IGNORECASE)
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(plain names, names that are also common words, surnames), all lower-case."""
    def load(name: str) -> set[str]:
        return {w.strip().lower() for w in (DATA / name).read_text(encoding="utf-8").splitlines() if w.strip()}

    plain = load("first_names.txt") | load("surnames.txt")
    ambiguous = (load("ambiguous_first_names.txt") | load("ambiguous_surnames.txt")) - plain
    surnames = load("surnames.txt") | load("ambiguous_surnames.txt")
    return frozenset(plain), frozenset(ambiguous), frozenset(surnames)


def _base(word: str) -> str:
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def _known(word: str, names: frozenset[str]) -> bool:
    base = _base(word)
    return base in names or ("-" in base and all(part in names for part in base.split("-")))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n:;\"“"


def find_names(text: str) -> list[Finding]:
    """Person-name findings, each with the reason it was taken as a name."""
    plain, ambiguous, surnames = name_lists()
    tokens = list(TOKEN.finditer(text))
    findings: list[Finding] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group()
        base = _base(word)
        before = text[max(0, tok.start() - 40):tok.start()]
        titled = re.search(TITLES + r"\s+$", before) is not None
        cued = CUES.search(before) is not None
        why = ""
        if (base in NOT_NAMES or base in INSTITUTION_WORDS) and not titled:
            i += 1
            continue
        if word[0].isupper():
            start_of_sentence = _sentence_start(text, tok.start())
            if titled and (word[1:].islower() or len(word) > 1):
                why = "title before a capitalised word"
            elif _known(word, plain):
                why = "on the name list" + (" at the start of a sentence" if start_of_sentence else "")
            elif _known(word, ambiguous) and (cued or not (start_of_sentence or PLACE_BEFORE.search(before))):
                why = "on the name list, capitalised mid-sentence" if not start_of_sentence else "name after a cue"
        elif cued and (_known(word, plain) or _known(word, ambiguous)) and len(base) >= 3:
            why = "lower-case name after a cue word"
        if not why:
            i += 1
            continue
        end_i = i
        # Take a following capitalised word as the surname.
        while end_i + 1 < len(tokens):
            nxt = tokens[end_i + 1]
            gap = text[tokens[end_i].end():nxt.start()]
            if gap not in (" ", "-") or not nxt.group()[0].isupper():
                break
            if _base(nxt.group()) in INSTITUTION_WORDS:
                break
            if not (_known(nxt.group(), surnames | plain | ambiguous) or nxt.group()[1:].islower()):
                break
            end_i += 1
        after = text[tokens[end_i].end():tokens[end_i].end() + 20]
        next_word = re.match(r"\s+([A-Za-z]+)", after)
        if next_word and next_word.group(1).lower() in INSTITUTION_WORDS and next_word.group(1)[0].isupper():
            i = end_i + 1  # "Grace House", "Hackney Council": a place, not a person
            continue
        start, end = tok.start(), tokens[end_i].end()
        if text[end - 2:end].lower() in ("'s", "’s"):
            end -= 2
        score = 0.85 if (titled or cued or end_i > i) else 0.6
        findings.append(Finding("PERSON", start, end, score, "PersonNameRecognizer", why))
        i = end_i + 1
    return findings + _repeats(text, tokens, findings)


def _repeats(text: str, tokens: list[re.Match], findings: list[Finding]) -> list[Finding]:
    """Once a word is known to be a name in this note, take it as a name everywhere
    in the note: "Jade helped me. Later Jade rang again." """
    known = {_base(w) for f in findings for w in TOKEN.findall(text[f.start:f.end])}
    covered = [(f.start, f.end) for f in findings]
    extra = []
    for tok in tokens:
        if _base(tok.group()) in known and not any(a <= tok.start() < b for a, b in covered):
            end = tok.end() - 2 if tok.group().lower().endswith(("'s", "’s")) else tok.end()
            extra.append(Finding("PERSON", tok.start(), end, 0.7, "PersonNameRecognizer",
                                 "the same word is taken as a name elsewhere in this note"))
    return extra


class PersonNameRecognizer(CueRecognizer):
    """People's names from name lists, capitals, context cues and shape (see the module docstring)."""

    ENTITY = "PERSON"

    def find(self, text: str):
        for f in find_names(text):
            yield f.start, f.end, f.score, "name finder", f.explanation
