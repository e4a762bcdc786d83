"""Libel triage: an allegation of wrongdoing pinned on an identifiable person.

For every sentence and every allegation in `allegations.py`, find who is said
to have done it: the nearest person mentioned before the allegation words, or
a pronoun ("she", "he", "who") resolved to the nearest earlier person. Flag it
only when that doer is identifiable (see `targets.py`). So:

- "Carol Ashdown ... she used his bank card" is flagged (named doer);
- "my dad threw a bottle at me" is not (unnamed doer);
- "Hackney Council lost my form twice" is not (no allegation, no person);
- "I felt bullied", "she never hit anyone", "she called me a liar" are not
  (a feeling, a denial, an accusation against the writer).

Hedged claims ("apparently she stole") are still flagged: in defamation law
repeating a rumour or a suspicion can be as damaging as asserting it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from redaction.report import TriageFlag
from redaction.triage.allegations import ALLEGATIONS, Allegation
from redaction.triage.sentences import LiteralIndex, Sentence, rules_by_sentence
from redaction.triage.targets import HANDLE, NAMED, VEHICLE, Mention

_PRONOUN = re.compile(r"\b(?:he|she|hes|shes|he's|she's|he'd|she'd|he'll|she'll|who|one\s+of\s+them|they|they've|they'd)\b", re.I)
# Plural pronouns refer back only to a handle, a vehicle or people at a named
# place, and only when nobody else was mentioned in between.
_PLURAL = re.compile(r"one\s+of\s+them|they|they've|they'd", re.I)
_FEELING = re.compile(r"\b(?:felt|feel|feels|feeling|made\s+me\s+feel)\s+(?:so\s+|really\s+|very\s+|quite\s+|a\s+bit\s+|like\s+)?$", re.I)
_NEGATED = re.compile(
    r"\b(?:not|never|no|nobody|didn'?t|didnt|doesn'?t|doesnt|don'?t|dont|wasn'?t|wasnt|isn'?t|isnt|"
    r"hasn'?t|hasnt|haven'?t|havent|wouldn'?t|wouldnt|won'?t|wont|can'?t|cant|cannot|n't)\b",
    re.I,
)
_INSINUATION = re.compile(r"\bnot\s+(?:saying|accusing|suggesting|claiming)\b", re.I)
# "Nobody is saying she took anything", "it was found to be unfounded": a denial in the sentence.
_DENIED_NEXT = re.compile(r"(?:(?:he|she|they)(?:'?s|\s+is|\s+was)\s+not\b|(?:he|she|they)\s+(?:didn'?t|never)\b|"
                          r"(?:it|that|this)(?:'?s|\s+is|\s+was)\s*(?:not|n'?t)\s+true|none\s+of\s+(?:it|that)\s+(?:is|was)\s+true|"
                          r"(?:that|this|it)\s+(?:was|is)\s+(?:untrue|false)\b)", re.I)
_DENIAL = re.compile(r"\b(?:nobody|no\s+one|no-one)\s+(?:is\s+|was\s+|has\s+)?(?:saying|suggesting|accusing|claiming|said|suggested)\b"
                     r"|\b(?:unfounded|unsubstantiated|cleared\s+(?:her|him|them)|found\s+to\s+be\s+(?:false|untrue))\b", re.I)
_OWN_CHILD = re.compile(r"\b(?:my|our)\s+(?:(?:eldest|youngest|oldest|little|teenage|\d+-year-old)\s+)?(?:son|daughter|boy|girl|child|kid|grandson|granddaughter)\s*,?\s*$", re.I)
_RUMOUR = re.compile(r"\b(?:talk|rumou?rs?|gossip|people\s+(?:say|are\s+saying|reckon)|word\s+is|apparently|supposedly)\b", re.I)
_REJECTED_NEXT = re.compile(r"\bnever\s+(?:saw|seen|noticed)\s+(?:a\s+sniff|any\s+sign|anything|any\s+of\s+(?:it|that)|a\s+thing)\b"
                            r"|\b(?:it'?s|its|that'?s|thats)\s+(?:just\s+)?(?:\w+\s+)?(?:talk|gossip|rumou?rs?|rubbish|nonsense|lies)\b"
                            r"|\bi\s+(?:don'?t|do\s+not)\s+believe\s+(?:it|a\s+word|that)\b", re.I)
# "gets bullied", "was neglected": the person before the verb is the one it happened to.
_PASSIVE_BEFORE = re.compile(r"\b(?:gets?|got|getting|is|was|were|are|been|being)\s+(?:still\s+|always\s+|often\s+|constantly\s+|being\s+)?$", re.I)
_PARTICIPLE = re.compile(r"\w+ed\b|(?:hit|beaten|bitten|thrown|shaken|struck|stolen|taken|held|kept|abused|bullied)\b", re.I)
_AT_WRITER = re.compile(r"\b(?:called|calling|calls|accus\w+|blam\w+)\s+(?:me|us)\b(?:\s+\w+){0,2}\s*$", re.I)
_HEDGE = re.compile(
    r"\b(?:i\s+think|i\s+believe|i\s+suspect|i\s+reckon|might|may\s+have|maybe|perhaps|possibly|probably|"
    r"allegedly|apparently|rumou?r\w*|supposedly|i\s+heard|people\s+say|everyone\s+knows)\b",
    re.I,
)
_OBJECT_BEFORE = re.compile(r"\b(?:told|tell|asked|ask|gave|give|to|for|with|at|by|from|of|about|visited|saw|called|helped|showed|where|whether|"
                            r"sending|sent|sends|messaging|messaged|texting|texted|calling|get|gets|got|getting|phoned|rang|emailed|contacted|"
                            r"makes|made|making|lets|let|leaves|left|puts|put)\s+$", re.I)
_INSTITUTION = r"\b(?:council|team|service|police|school|home|ward|provider|agency|department)$"
_NOT_A_PERSON = re.compile(rf"^(?:i|we|you|they|someone|somebody|nobody|everyone|staff)$|{_INSTITUTION}", re.I)
_INSTITUTION_RE = re.compile(_INSTITUTION, re.I)
# "The signatures were Ms Reid's, and she ...": a possessive that ends a
# phrase stands for the person, so a later pronoun may refer to them.
_PREDICATE_POSSESSIVE = re.compile(r"'s\s*[,.;:]")
_FIRST_PERSON = re.compile(r"i|we|you", re.I)
_DESCRIBED = re.compile(r"(?:a|an|the|this|that)\s+(?:[a-z]+\s+)?(?:man|woman|guy|bloke|lad|driver|fella|lady|girl|boy)", re.I)
# What may stand between a subject and its verb: "I stole", "we've never", "I then hit".
_DIRECT_SUBJECT = re.compile(r"(?:'(?:ve|d|m|re|ll)|\s+(?:have|had|has|was|were|am|are|did))?(?:\s+(?:\w+ly|just|also|then|even|once|ever|never|all|both))*\s+", re.I)
_MALE = re.compile(r"\b(?:dad|father|stepdad|husband|boyfriend|brother|son|uncle|grandad|man|lad|guy|bloke|boy|fella)$", re.I)
_FEMALE = re.compile(r"\b(?:mum|mom|mother|stepmum|wife|girlfriend|sister|daughter|aunt|auntie|nan|gran|grandma|woman|girl)$", re.I)


@lru_cache(maxsize=1)
def _index() -> LiteralIndex:
    return LiteralIndex([a.pattern for a in ALLEGATIONS])


def libel_flags(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[TriageFlag]:
    """One flag per (sentence, category, target) where an allegation lands on an identifiable person."""
    flags: list[TriageFlag] = []
    seen: set[tuple[int, str, str]] = set()
    todo = rules_by_sentence(ALLEGATIONS, _index(), text, sentences,
                             lambda allegation: () if allegation.needs is None else (allegation.needs,))
    for index, allegations in todo.items():
        sentence = sentences[index]
        window_start = sentences[max(0, index - 2)].start
        for allegation in allegations:
            for match in allegation.pattern.finditer(sentence.text):
                start = sentence.start + match.start()
                before = text[sentence.start:start]
                if _FEELING.search(before) or _AT_WRITER.search(before):
                    continue
                if _is_negated(before) or _DENIAL.search(sentence.text):
                    continue
                if index + 1 < len(sentences) and _DENIED_NEXT.match(sentences[index + 1].text):
                    continue  # "people are saying Mr X is a nonce. hes not."
                if _RUMOUR.search(before) and index + 1 < len(sentences) and _REJECTED_NEXT.search(sentences[index + 1].text):
                    continue  # "there's talk that Mr X takes backhanders. I never saw a sniff of it."
                if allegation.agent == "before" and _PASSIVE_BEFORE.search(before) and _PARTICIPLE.match(match.group()):
                    continue  # "my cousin Vashti still gets bullied": the person named is the one harmed
                doer = _find_doer(text, allegation, match, sentence, sentences[index - 1] if index else None, mentions, window_start)
                if doer is None and allegation.agent == "statement" and index >= 2:
                    # "X has recorded six visits. On four of those dates we were abroad. Nobody visited."
                    doer = _find_doer(text, allegation, match, sentence, sentences[index - 2], mentions, window_start)
                if doer is None:
                    continue
                target, via = doer
                if allegation.label == "a criminal record" and _OWN_CHILD.search(text, max(0, target.start - 25), target.start):
                    continue  # "when my son Tyler was arrested": a parent telling their own child's story
                key = (sentence.start, allegation.category, target.text)
                if key in seen:
                    continue
                seen.add(key)
                flags.append(_flag(allegation, sentence, match.group(), target, via, before))
    return flags


def _is_negated(before: str) -> bool:
    last_words = " ".join(before.split()[-3:])
    return bool(_NEGATED.search(last_words)) and not _INSINUATION.search(before)


def _find_doer(
    text: str,
    allegation: Allegation,
    match: re.Match[str],
    sentence: Sentence,
    previous: Sentence | None,
    mentions: list[Mention],
    window_start: int,
) -> tuple[Mention, str] | None:
    start = sentence.start + match.start()
    if allegation.agent == "object":
        pronoun_at = sentence.start + match.start("agent")
        return _resolve(text, match.group("agent"), pronoun_at, mentions, window_start)
    if allegation.agent == "passive":
        # "was slapped by the team leader at Rowan House, Lorna Gilchrist": the
        # first identifiable person named after "by", within the sentence.
        after = sentence.start + match.end()
        doer = next((m for m in mentions if after <= m.start < min(sentence.end, after + 80) and m.identifiable), None)
        return (doer, "") if doer is not None else None
    candidates: list[tuple[int, Mention | None, re.Match[str] | None]] = []
    for m in mentions:
        if sentence.start <= m.start and m.end <= start and not text.startswith("'s", m.end):
            if not m.identifiable and (_named_next(text, m, mentions) or _named_before(text, m, mentions)):
                continue  # "my mate Dev", "mr pryce our PE teacher": the same person as the name beside it
            if not m.identifiable and _is_object(text, m):
                continue  # "X shouted at my nan and slapped her": the nan is not the doer
            if _FIRST_PERSON.fullmatch(m.text) and not _DIRECT_SUBJECT.fullmatch(text[m.end:start]):
                continue  # "... saying we're 'mature for our age'": the writer is not the doer
            candidates.append((m.end, m, None))
    for p in _PRONOUN.finditer(text, sentence.start, start):
        candidates.append((p.end(), None, p))
    if candidates:
        _, mention, pronoun = max(candidates, key=lambda c: c[0])
        if mention is not None and not mention.identifiable and _DESCRIBED.fullmatch(mention.text):
            # "a silver Skoda, reg YK19 OHN, is driven by a man who ...", "a man keeps messaging her from @x":
            # the man is the one the vehicle or handle in the same sentence identifies
            marker = next((m for m in mentions if sentence.start <= m.start < sentence.end
                           and m.kind in (VEHICLE, HANDLE)), None)
            if marker is not None:
                return marker, ""
            named_later = _named_later(text, mentions, sentence)  # "the lad ... hes called Brandon"
            if named_later is not None:
                return named_later, ""
        if mention is not None:
            return (mention, "") if mention.identifiable else None
        assert pronoun is not None
        resolved = _resolve(text, pronoun.group(), pronoun.start(), mentions, window_start)
        if resolved is None and any(sentence.start <= m.start < pronoun.start() and not m.identifiable
                                    and _DESCRIBED.fullmatch(m.text) for m in mentions):
            named_later = _named_later(text, mentions, sentence)  # "the lad who ... hes called Brandon"
            return (named_later, "") if named_later is not None else None
        return resolved
    passive = re.match(r"\s+by\s+", text[sentence.start + match.end():])
    if passive:
        after = sentence.start + match.end() + passive.end()
        for m in mentions:
            if m.start == after and m.identifiable:
                return m, ""
    if allegation.agent == "statement" and previous is not None:
        earlier = [
            m for m in mentions
            if previous.start <= m.start < previous.end and (m.identifiable or not _NOT_A_PERSON.search(m.text))
        ]
        # "Someone rang saying I leave my kids, Faith and Marley, alone. It was a lie.": the lie is
        # the subject's, the first person in the sentence before, not the last name in it.
        subjects = [m for m in mentions if previous.start <= m.start < previous.end and not _FIRST_PERSON.fullmatch(m.text)
                    and not _INSTITUTION_RE.search(m.text)
                    and not (not m.identifiable and _named_next(text, m, mentions))]
        if subjects and subjects[0].identifiable:
            return subjects[0], ""
    return None


def _named_next(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """ "my mate Dev", "a support worker, Kayleigh Brindle,": a name straight after an unnamed noun."""
    return any(m.identifiable and m.kind == NAMED and 0 <= m.start - mention.end <= 2
               and text[mention.end:m.start].strip(" ,") == "" for m in mentions)


def _named_before(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """ "mr pryce our PE teacher", "Gary Stone, her key worker,": an unnamed noun right after a name."""
    return any(m.identifiable and m.kind == NAMED and 0 <= mention.start - m.end <= 2
               and text[m.end:mention.start].strip(" ,") == "" for m in mentions)


_CALLED = re.compile(r"\b(?:he'?s|she'?s|hes|shes|(?:he|she|they)\s+(?:is|are|was|were))\s+(?:called|named)\s+$", re.I)


def _named_later(text: str, mentions: list[Mention], sentence: Sentence) -> Mention | None:
    """ "... the lad who keeps robbing my brother ... hes called Brandon Pickering": a name given later."""
    for m in mentions:
        if m.start >= sentence.start and m.identifiable and m.kind == NAMED \
                and _CALLED.search(text[max(0, m.start - 30):m.start]):
            return m
    return None


def _resolve(
    text: str, pronoun: str, pronoun_start: int, mentions: list[Mention], window_start: int
) -> tuple[Mention, str] | None:
    """The person a pronoun most likely refers to: the nearest earlier person
    mention that could be its antecedent (not an institution, not the writer,
    not a possessive, not an unnamed object of "told"/"to", agreeing in gender)."""
    word = pronoun.lower()
    if _PLURAL.fullmatch(word):
        return _resolve_plural(text, pronoun, pronoun_start, mentions, window_start)
    male = word.startswith("he") or word == "him"
    female = word.startswith("she") or word == "her"
    if not any(m.end <= pronoun_start and (m.identifiable or not _FIRST_PERSON.fullmatch(m.text)) for m in mentions):
        # "He's breached the order again ... parked in the white Transit, GX19 PLE": nobody named, one vehicle or handle
        marker = next((m for m in mentions if m.kind in (VEHICLE, HANDLE)), None)
        if marker is not None:
            return marker, pronoun
    for m in reversed(mentions):
        if m.end > pronoun_start or m.start < window_start:
            continue
        if text.startswith("'s", m.end) and not _PREDICATE_POSSESSIVE.match(text, m.end):
            continue
        if not m.identifiable:
            if _NOT_A_PERSON.search(m.text) or _is_object(text, m):
                continue
            if (male and _FEMALE.search(m.text)) or (female and _MALE.search(m.text)):
                continue
            return None
        return m, pronoun
    return None


def _resolve_plural(
    text: str, pronoun: str, pronoun_start: int, mentions: list[Mention], window_start: int
) -> tuple[Mention, str] | None:
    for m in reversed(mentions):
        if m.end > pronoun_start or m.start < window_start or _FIRST_PERSON.fullmatch(m.text):
            continue
        if m.identifiable and m.kind != NAMED:
            return m, pronoun
        return None
    return None


def _is_object(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 20):mention.start]
    if re.search(r"\b(?:some|one|two|three|all|most|any|none|several|few|many|each|both)\s+of\s+$", before, re.I):
        return False  # "some of the night staff held him down": the staff are the doers
    return bool(_OBJECT_BEFORE.search(before[-12:]))


def _flag(allegation: Allegation, sentence: Sentence, trigger: str, target: Mention, via: str, before: str) -> TriageFlag:
    explanation = f"Alleges {allegation.label} by {target.kind} ({target.text}): '{trigger}'."
    if via:
        explanation += f" '{via}' is taken to mean {target.text}."
    hedge = _HEDGE.search(before)
    if hedge:
        explanation += f" Hedged ('{hedge.group()}'), but a repeated suspicion can still be defamatory."
    return TriageFlag(
        kind="libel",
        category=allegation.category,
        level="flag",
        start=sentence.start,
        end=sentence.end,
        trigger=trigger,
        target=target.text,
        explanation=explanation,
    )
