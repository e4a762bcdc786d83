"""Safeguarding triage: how urgently must a person look at this note?

Each concern in `concerns.py` is tried on each sentence. A match gives a flag
at the concern's level, unless its context is missing from the note (a
"child disclosing abuse" needs signs that the writer is a child), it is
denied ("he never hit me"), or it is told as past ("when I was little"),
which lowers it to the concern's past level. The note's level is the highest
flag's level; one flag per category per sentence keeps the list readable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from redaction.report import SAFEGUARDING_LEVELS, TriageFlag
from redaction.triage.concerns import CONCERNS, PAST_RE, Concern
from redaction.triage.sentences import LiteralIndex, Sentence, rules_by_sentence

_NEGATED = re.compile(
    r"\b(?:not|never|no|didn'?t|didnt|doesn'?t|doesnt|don'?t|dont|wasn'?t|wasnt|isn'?t|isnt|hasn'?t|hasnt|wouldn'?t|wouldnt|won'?t|wont)\b",
    re.I,
)

_SUBJECT = re.compile(r"(?:i|i'?ll|i'?m|im|he|she|they|we|you|if)\b", re.I)


@lru_cache(maxsize=1)
def _index() -> LiteralIndex:
    return LiteralIndex([c.pattern for c in CONCERNS])


def safeguarding_flags(text: str, sentences: list[Sentence]) -> list[TriageFlag]:
    """Every safeguarding concern found in the note, sentence by sentence."""
    todo = rules_by_sentence(CONCERNS, _index(), text, sentences, lambda concern: concern.needs)
    flags: list[TriageFlag] = []
    for index, concerns in todo.items():
        sentence = sentences[index]
        seen: set[str] = set()
        past = PAST_RE.search(sentence.text)
        for concern in concerns:
            if concern.category in seen:
                continue
            for match in concern.pattern.finditer(sentence.text):
                if _negated(sentence.text[:match.start()], match.group()):
                    continue
                seen.add(concern.category)
                flags.append(_flag(concern, sentence, match.group(), past.group() if past else ""))
                break
    return flags


def highest_level(flags: list[TriageFlag]) -> str:
    levels = [f.level for f in flags if f.kind == "safeguarding"]
    return max(levels, key=SAFEGUARDING_LEVELS.index, default="none")


def _negated(before: str, trigger: str) -> bool:
    """ "he never hit me", "I'm not scared"; a trigger that is itself a
    negative phrase ("don't see the point") is left alone."""
    if _NEGATED.match(trigger) or _SUBJECT.match(trigger):
        return False  # "when she won't stop I want to hurt her": the negation is another clause's
    return bool(_NEGATED.search(" ".join(before.split()[-2:])))


def _flag(concern: Concern, sentence: Sentence, trigger: str, past: str) -> TriageFlag:
    level = concern.level
    explanation = f"{concern.why}: '{trigger}'."
    if past and concern.past_level:
        level = concern.past_level
        explanation += f" Told as past ('{past}'), so {level} rather than {concern.level}."
    if level == "high":
        explanation += " Escalate today."
    return TriageFlag(
        kind="safeguarding",
        category=concern.category,
        level=level,
        start=sentence.start,
        end=sentence.end,
        trigger=trigger,
        explanation=explanation,
    )
