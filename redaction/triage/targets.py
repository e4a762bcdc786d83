"""Who could an allegation be about? Find identifiable people in a note.

A target is someone a stranger could pick out: a named person (from the PII
findings, or a simple fallback for names the findings missed), a social media
handle, a vehicle registration, or a role at a named place ("the night nurse
on Ward 7"). Unnamed people ("my dad", "staff", "a nurse") are not targets:
they are returned separately as `unnamed` mentions so the libel rule can tell
who is doing what in a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from redaction.recognizers.names import NOT_NAMES, fold
from redaction.report import Finding
from redaction.triage import lexicons

NAMED = "a named person"
ROLE_AND_PLACE = "a person identified by role and place"
HANDLE = "a person identified by a social media handle"
VEHICLE = "a person identified by a vehicle registration"

_FINDING_KINDS = {"PERSON": NAMED, "SOCIAL_HANDLE": HANDLE, "VEHICLE_REG": VEHICLE}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # one of the constants above, or "unnamed"

    @property
    def identifiable(self) -> bool:
        return self.kind != "unnamed"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+|'[A-Z][a-zà-ÿ]+)*(?![A-Za-z])"
_CAPITALISED_RUN = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:ap\s+|de\s+|van\s+|Ní\s+)?{_NAME_WORD})*")
# "Mrs Nowak", "PC Darren Holroyd"; lower-case notes also write "mr adebayo".
_TITLE_NAME = re.compile(
    rf"\b(?:(?:{'|'.join(t.capitalize() for t in lexicons.TITLES)}|PC|DC|DS|DI)\.?\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)"
    rf"|(?:{'|'.join(lexicons.LOWER_CASE_TITLES)})\.?\s+([a-z][a-z'-]+))"
)
_LEADER_NAME = re.compile(
    rf"\b(?i:(?:my|our|his|her)\s+(?:[a-z]+'?s\s+)?(?:{_alternation(lexicons.NAME_LEADERS)}))\s+([a-z][a-z'-]+)"
    rf"(?=\s*(?:,|(?i:{_alternation(lexicons.AFTER_NAME)})\b))"
)
_HANDLE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_][\w.]*[A-Za-z0-9_]|(?<![\w@./])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b")
_VEHICLE = re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b")
_ROLE_PLACE = re.compile(
    rf"\b(?i:(?:the|our|their)\s+(?:only\s+)?(?:[a-z]+\s+)?"
    rf"(?:{_alternation(lexicons.ROLE_NOUNS)})"
    # "the driver on the Tuesday run from X", "the carer on nights at X"
    r"(?:\s+(?:on|for|doing)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:run|runs|shift|shifts|route|rota|nights|days|weekends|lates|earlies))?"
    r"(?:\s+(?:in\s+charge|on\s+duty|on\s+shift|on\s+nights|on\s+days))?"
    r"\s+(?:at|on|in|from|of)\s+(?:the\s+)?)"
    rf"(?P<place>(?i:ward)\s+\d+[A-Za-z]?|{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
)
# "At Hollins Brook in Wrexham the deputy manager ...": the place first, then the role.
_PLACE_THEN_ROLE = re.compile(rf"\b(?i:at|in)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*(?:\s+(?i:in)\s+{_NAME_WORD})?,?\s+"
                              rf"(?P<role>(?i:the\s+(?:[a-z]+\s+)?(?:{_alternation(lexicons.ROLE_NOUNS)})))\b(?!'s)")
_ROLE_THERE = re.compile(rf"\b(?i:(?:the|their)\s+(?:[a-z]+\s+)?(?:{_alternation(lexicons.ROLE_NOUNS)})\s+there)\b")
_NAMED_CARE_PLACE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,4}(?:\s+(?:respite|day|care|nursing|residential|short\s+breaks?))?\s+(?i:nursing\s+home|care\s+home|children'?s\s+home|house|court|lodge|"
                               r"ward|centre|school|academy|hospital|unit|home|hostel|view|grange|manor|hall)\b")
# "the night manager", "the weekend manager", "the owner": a role only one person holds at a place.
_SINGLE_ROLE = re.compile(r"\b(?i:the\s+(?:(?:night|weekend|day|home|registered|deputy|assistant|duty|house|unit|site|general)\s+)?"
                          r"(?:manager|owner|matron|proprietor|warden|caretaker|headteacher|head\s+teacher|landlord|landlady|senior|"
                          r"team\s+leader|shift\s+leader|nurse\s+in\s+charge))\b(?!'s)")
_UNNAMED = re.compile(
    rf"(?i:\b(?:my|his|her|their|our|your|a|an|the|some|this|that|one|older|another)\s+"
    rf"(?:[a-z]+\s+)?(?:{_alternation(lexicons.UNNAMED_PERSON_NOUNS)})\b(?!'s)"
    rf"|'s\s+(?:[a-z]+\s+)?(?:{_alternation(lexicons.UNNAMED_PERSON_NOUNS)})\b(?!'s)"
    r"|\b(?:someone|somebody|nobody|they|we|i|you|staff|everyone)\b)"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|near|across|around|visiting|via|the)\s+$", re.I)  # "at the General": a hospital
_URL_OR_EMAIL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|uk|gov|io)\S*", re.I)


def find_mentions(text: str, findings: list[Finding]) -> list[Mention]:
    """Every person mention in `text`, identifiable or not, in text order.

    PII findings come first; fallback detections that overlap a finding are
    dropped, so a good PII pipeline always wins over the heuristics here.
    """
    found: list[Mention] = [
        Mention(f.start, f.end, text[f.start:f.end], _FINDING_KINDS[f.type])
        for f in findings
        if f.type in _FINDING_KINDS
    ]
    for mention in _fallback_identifiable(text):
        if not any(_overlaps(mention, m) for m in found):
            found.append(mention)
    for match in _UNNAMED.finditer(text):
        candidate = Mention(match.start(), match.end(), match.group(), "unnamed")
        if not any(_overlaps(candidate, m) for m in found):
            found.append(candidate)
    return sorted(found, key=lambda m: (m.start, -m.end))


def _fallback_identifiable(text: str) -> list[Mention]:
    mentions: list[Mention] = []
    for match in _ROLE_PLACE.finditer(text):
        place_words = match.group("place").lower().split()
        generic = lexicons.COMMON_WORDS | lexicons.INSTITUTION_WORDS
        if all(w in generic for w in place_words) and place_words[0] != "ward":
            continue  # "the manager in January", "our social worker from the Trust"
        mentions.append(Mention(match.start(), match.end(), match.group(), ROLE_AND_PLACE))
    # "the deputy manager there", "the night manager", in a note that names one care place: role and place together
    for match in _PLACE_THEN_ROLE.finditer(text):
        mentions.append(Mention(match.start("role"), match.end("role"), match.group("role"), ROLE_AND_PLACE))
    places = {m.group() for m in _NAMED_CARE_PLACE.finditer(text)}
    if places:
        for match in _ROLE_THERE.finditer(text):
            mentions.append(Mention(match.start(), match.end(), match.group(), ROLE_AND_PLACE))
    if len(places) == 1:
        for match in _SINGLE_ROLE.finditer(text):
            mentions.append(Mention(match.start(), match.end(), match.group(), ROLE_AND_PLACE))
    web = [m.span() for m in _URL_OR_EMAIL.finditer(text)]
    for match in _HANDLE.finditer(text):
        token = match.group()
        inside_web = any(s <= match.start() < e for s, e in web)
        if token.startswith("@") or (not inside_web and re.search(r"[\d_]", token)):
            mentions.append(Mention(match.start(), match.end(), token, HANDLE))
    for match in _VEHICLE.finditer(text):
        if re.search(r"\d", match.group()) and not re.fullmatch(r"[a-z]{2}\d{2}\s?(?:yrs|mins)", match.group(), re.I):
            mentions.append(Mention(match.start(), match.end(), match.group(), VEHICLE))
    for pattern in (_TITLE_NAME, _LEADER_NAME):
        for match in pattern.finditer(text):
            group = 1 if match.group(1) else 2
            name = match.group(group)
            if _plausible_name(name):
                mentions.append(Mention(match.start(group), match.end(group), name, NAMED))
    for match in _CAPITALISED_RUN.finditer(text):
        mention = _name_from_run(text, match)
        if mention is not None:
            mentions.append(mention)
    # Keep the longest of overlapping fallback mentions.
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in mentions:
        if not any(_overlaps(m, k) for k in kept):
            kept.append(m)
    return kept


def _plausible_name(name: str) -> bool:
    first = name.split()[0].lower()
    if first in lexicons.COMMON_WORDS:
        return False
    # "my mum complained", "my dad shouting": verb forms, not first names.
    return not (first.endswith("ing") or (first.endswith("ed") and len(first) > 4))


def _name_from_run(text: str, match: re.Match[str]) -> Mention | None:
    words = match.group().split()
    lowered = [w.lower().strip("'") for w in words]
    if any(w in lexicons.INSTITUTION_WORDS for w in lowered):
        return None  # "Beechwood Grange", "Hackney Council": a place, not a person
    following = text[match.end():match.end() + 30].lower().split()
    if following and following[0].strip(",.;:") in lexicons.INSTITUTION_WORDS:
        return None  # "Oakwood day centre"
    # Drop leading ordinary words ("Tip", "Families") and keep the rest.
    start_index = 0
    while start_index < len(words) and lowered[start_index] in lexicons.COMMON_WORDS:
        start_index += 1
    if start_index == len(words):
        return None
    start = match.start() + match.group().index(words[start_index])
    name = text[start:match.end()]
    if " " not in name and _at_sentence_start(text, start) and not _looks_like_name(text, name, match.end()):
        return None  # "Housing allocations ...": capitalised only because it starts a sentence
    if " " not in name and (fold(name) in NOT_NAMES or _PLACE_BEFORE.search(text, max(0, start - 12), start)):
        return None  # "on Instagram", "we were in Portugal": a platform or a place, not a person
    return Mention(start, match.end(), name, NAMED)


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" '\"‘“(")
    return not before or before[-1] in ".!?:\n"


def _looks_like_name(text: str, name: str, end: int) -> bool:
    """A sentence-initial word is a name if it acts like one: followed by a
    verb such as "has" or "said", or capitalised again mid-sentence."""
    following = text[end:end + 20].split()
    if following and following[0].lower().strip(",") in lexicons.AFTER_NAME:
        return True
    return re.search(rf"[^.!?\n\s]\s+{re.escape(name)}\b", text) is not None


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
