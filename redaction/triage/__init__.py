"""Libel and safeguarding triage for a note, explained flag by flag.

`assess` is what the pipeline calls. It never changes the text: it tells the
reviewer which sentences may be libellous (an allegation of wrongdoing against
an identifiable person) and how urgent any safeguarding concern is. Criticism
of services is left alone on purpose: de-identify, don't delete.
"""
from __future__ import annotations

import re

from redaction.report import Finding, TriageFlag
from redaction.triage.concerns import CARE_SETTING_RE
from redaction.triage.libel import libel_flags
from redaction.triage.safeguarding import highest_level, safeguarding_flags
from redaction.triage.model import describe, opinions
from redaction.triage.sentences import Sentence, split_sentences
from redaction.triage.targets import HANDLE, NAMED, ROLE_AND_PLACE, VEHICLE, Mention, find_mentions

__all__ = ["assess"]

# Libel categories that also describe harm to someone: a reviewer should
# consider a safeguarding referral, not only a redaction.
_HARM_CATEGORIES = frozenset({"violence", "abuse or neglect", "sexual misconduct"})
_HARM_LABELS = frozenset({"financial abuse", "criminal exploitation", "drug dealing", "supplying alcohol or drugs to young people"})


def assess(text: str, findings: list[Finding]) -> tuple[bool, str, list[TriageFlag]]:
    """Return (libel, safeguarding level, flags) for a note and its PII findings.

    `findings` supply named targets (PERSON, SOCIAL_HANDLE, VEHICLE_REG); names
    they miss are found by a simple fallback. Flags are in text order, libel
    before safeguarding within a sentence; the level is the highest flag's.
    """
    sentences = split_sentences(text)
    mentions = find_mentions(text, findings)
    libel = libel_flags(text, sentences, mentions)
    safeguarding = safeguarding_flags(text, sentences)
    safeguarding += [_harm_alleged(flag) for flag in libel if _describes_harm(flag, text)]
    if CLEARED.search(text):  # "The LADO looked into it ... she was cleared": a matter already closed
        safeguarding = [f for f in safeguarding if f.category != "safeguarding matter in progress"]
    if libel and CLEARED.search(text) and len({flag.target for flag in libel}) == 1:
        # "... had pushed him. The allegation was found to be unfounded.": the note clears the one person it accuses
        safeguarding = [f for f in safeguarding if f.category != "alleged abuse by an identifiable person"]
        libel = []
    libel, safeguarding = _second_opinion(text, sentences, mentions, findings, libel, safeguarding)
    flags = sorted(libel + safeguarding, key=lambda f: (f.start, f.kind != "libel"))
    return bool(libel), highest_level(safeguarding), flags


# What an investigation or the writer says to clear someone; rule flags about the one person a note accuses give way to it.
# ("made it up" is not here: "Ives made it up" is itself an allegation.)
_CLEARED = (r"(?:found|proved|shown)\s+to\s+be\s+(?:unfounded|false|untrue|wrong)|unfounded|unsubstantiated|"
            r"(?:was|were|been|got)\s+(?:fully\s+)?(?:cleared|exonerated)|no\s+case\s+to\s+answer|"
            # the writer taking back what they posted: "Last month I wrote here that ... That was wrong."
            r"(?:i|we)\s+(?:wrote|said|posted|claimed)\b[^.!?]{0,200}[.!?]\s+(?:that|this|it)\s+was\s+(?:wrong|untrue|false|a\s+mistake)|"
            r"i\s+was\s+wrong\s+to\s+(?:say|post|write|accuse|name)")
CLEARED = re.compile(rf"\b(?:{_CLEARED})\b", re.I)
# Also enough to keep the model quiet, which reads the accusing words and not the outcome: doubt or apology.
EXONERATED = re.compile(rf"\b(?:{_CLEARED}|nothing\s+in\s+it|made\s+it\s+(?:all\s+)?up|"
                        r"(?:i|we)(?:'ve|\s+have)?\s+apologised\s+(?:to\s+)?(?:her|him|them)|"
                        r"never\s+(?:saw|seen)\s+(?:a\s+sniff|any\s+sign)\s+of\s+it|(?:it'?s|its)\s+(?:just\s+)?(?:lad\s+)?(?:talk|gossip|rumou?rs?)|"
                        r"i\s+(?:don'?t|do\s+not)\s+believe\s+(?:it|a\s+word))\b", re.I)
# The model learnt from notes of 40 to 200 words; on a line or two a single word weighs too much.
MODEL_MIN_WORDS = 30


def _second_opinion(text: str, sentences: list[Sentence], mentions: list[Mention], findings: list[Finding],
                    libel: list[TriageFlag], safeguarding: list[TriageFlag]) -> tuple[list[TriageFlag], list[TriageFlag]]:
    """Flags from the triage model (`model.py`) where the rules raised none, each on its likeliest sentence.

    A libel flag still needs someone identifiable in that sentence: the model can
    only say that a note reads like an allegation, not who it is about.
    """
    if len(text.split()) < MODEL_MIN_WORDS:
        return libel, safeguarding
    view = opinions(text)
    if not libel and view["libel"].raised and not EXONERATED.search(text):
        # Only people the PII findings name, or a handle, vehicle or role at a named place: the
        # capitalised-word fallback in targets.py also picks up towns and shops.
        people = [m for m in mentions if m.kind in (ROLE_AND_PLACE, HANDLE, VEHICLE)
                  or m.kind == NAMED and any(f.start <= m.start < f.end and f.type == "PERSON" for f in findings)]
        named = [(s, next(m for m in people if s.start <= m.start < s.end)) for s in sentences
                 if any(s.start <= m.start < s.end for m in people)]
        if named:
            sentence, target = max(named, key=lambda pair: opinions(pair[0].text, ("libel",))["libel"].probability)
            libel = [TriageFlag("libel", "possible allegation (model)", "flag", sentence.start, sentence.end,
                                ", ".join(view["libel"].words), target.text,
                                describe(view["libel"], f"this note alleges wrongdoing by someone ({target.text})"))]
    level = highest_level(safeguarding)
    for question, new_level, below, what in (("high", "high", ("none", "low", "medium"), "there is a high safeguarding concern"),
                                             ("concern", "medium", ("none", "low"), "there is a safeguarding concern")):
        if view[question].raised and level in below:
            sentence = max(sentences, key=lambda s: opinions(s.text, (question,))[question].probability)
            safeguarding = safeguarding + [TriageFlag("safeguarding", "possible concern (model)", new_level, sentence.start,
                                                      sentence.end, ", ".join(view[question].words),
                                                      explanation=describe(view[question], what))]
            break
    return libel, safeguarding


def _describes_harm(flag: TriageFlag, text: str) -> bool:
    if flag.category in _HARM_CATEGORIES or flag.explanation.startswith(tuple(f"Alleges {x} " for x in _HARM_LABELS)):
        return True
    # Theft, false records, racism, or drink or drugs at work matter for safeguarding in a care setting.
    in_care = flag.category in ("drink or drugs at work", "racism") or flag.explanation.startswith(
        ("Alleges theft ", "Alleges false records ", "Alleges fraud "))
    return in_care and CARE_SETTING_RE.search(text) is not None


def _harm_alleged(flag: TriageFlag) -> TriageFlag:
    return TriageFlag(
        kind="safeguarding",
        category="alleged abuse by an identifiable person",
        level="medium",
        start=flag.start,
        end=flag.end,
        trigger=flag.trigger,
        target=flag.target,
        explanation=f"Someone ({flag.target}) is said to have harmed another person ({flag.category}): "
        f"'{flag.trigger}'. Consider whether a safeguarding referral is needed.",
    )
