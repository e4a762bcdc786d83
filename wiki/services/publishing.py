"""Publishing, rejecting and withdrawing notes, and keeping the index in step.

Originals are destroyed when a note is decided: the answer columns are
overwritten, the findings and flags (which point into the originals) deleted,
and SQLite's freed space scrubbed. What remains is the published text and the
audit log.
"""
from __future__ import annotations

import logging
from collections import Counter
from typing import Iterator

from sqlalchemy import delete, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from redaction.replace import describe_removals, redact
from search.index import IndexedNote, SearchIndex
from wiki.db import scrub_free_space
from wiki.models import (ANSWER_FIELDS, PROMPTS, Contribution, Decision, FindingRow, FlagRow, Status, Topic,
                         utcnow)
from wiki.services import audit

log = logging.getLogger("candour.publishing")

# A proposal nobody has decided on yet is applied: approving takes proposals as proposed,
# so the preview must show them applied too.
APPLIED = (Decision.accepted.value, Decision.added.value, Decision.pending.value)


def published_preview(note: Contribution, findings: list[FindingRow]) -> dict[str, str]:
    """Exactly the text that approving now would publish, per answer."""
    answers = note.answers()
    return {name: redact(answers[name], [f for f in findings if f.field == name and f.decision in APPLIED])
            for name in ANSWER_FIELDS if answers[name]}


def finish_publish(s: Session, note: Contribution, findings: list[FindingRow], actor: str) -> None:
    """Publish within the caller's transaction (which has already checked the version)."""
    preview = published_preview(note, findings)
    for name in ANSWER_FIELDS:
        setattr(note, "published_" + name, preview.get(name) or None)
    applied = [f for f in findings if f.decision in APPLIED]
    note.removal_summary = describe_removals(f.type for f in applied)
    note.status = Status.published.value
    note.decided_at = utcnow()
    counts = Counter(f.decision for f in findings)
    types = Counter(f.type for f in applied)
    audit.record(s, "published", actor=actor, contribution_id=note.id,
                 detail=(f"findings accepted={counts[Decision.accepted.value]} "
                         f"rejected={counts[Decision.rejected.value]} added={counts[Decision.added.value]}; "
                         "removed " + ", ".join(f"{t}×{n}" for t, n in sorted(types.items()))))
    _destroy_original(s, note)


def finish_reject(s: Session, note: Contribution, reason: str, actor: str) -> None:
    note.status = Status.rejected.value
    note.reject_reason = reason
    note.decided_at = utcnow()
    note.withdraw_key_hash = None
    audit.record(s, "rejected", actor=actor, contribution_id=note.id, detail=f"reason={reason}")
    _destroy_original(s, note)


def _destroy_original(s: Session, note: Contribution) -> None:
    for name in ANSWER_FIELDS:
        setattr(note, name, None)
    s.exec(delete(FindingRow).where(FindingRow.contribution_id == note.id))
    s.exec(delete(FlagRow).where(FlagRow.contribution_id == note.id))


def after_decision(engine: Engine, index: SearchIndex, note_id: int) -> None:
    """Work done after a decision commits: scrub freed space, update the index."""
    scrub_free_space(engine)
    with Session(engine) as s:
        note = s.get(Contribution, note_id)
        if note is None:
            return
        if note.status == Status.published.value:
            topic = s.get(Topic, note.topic_id)
            try:
                index.add(indexed_note(note, topic))
            except Exception:
                log.exception("could not index note %s; run `candour reindex`", note_id)
        else:
            try:
                index.remove(note_id)
            except Exception:
                log.exception("could not remove note %s from the index; run `candour reindex`", note_id)


def withdraw(engine: Engine, index: SearchIndex, note_id: int, actor: str) -> bool:
    """Withdraw a note at its author's request (or a reviewer's), whatever its state.
    Its text, original and published, is destroyed. Returns False if already gone."""
    with Session(engine) as s:
        note = s.get(Contribution, note_id)
        if note is None or note.status in (Status.withdrawn.value, Status.rejected.value):
            return False
        note.status = Status.withdrawn.value
        note.version += 1
        note.decided_at = utcnow()
        for name in ANSWER_FIELDS:
            setattr(note, "published_" + name, None)
        audit.record(s, "withdrawn", actor=actor, contribution_id=note.id)
        _destroy_original(s, note)
        note.withdraw_key_hash = None
        s.commit()
    after_decision(engine, index, note_id)
    return True


def indexed_note(note: Contribution, topic: Topic) -> IndexedNote:
    questions = dict(PROMPTS)
    parts = [f"{questions[name]}\n{text}" for name, text in note.published_answers().items() if text]
    return IndexedNote(note_id=note.id, topic=topic.slug, topic_title=topic.title, author_role=note.author_role,
                       text="\n\n".join(parts), published=note.decided_at or note.created_at)


def published_notes(engine: Engine) -> Iterator[IndexedNote]:
    with Session(engine) as s:
        rows = s.exec(select(Contribution, Topic).join(Topic, Topic.id == Contribution.topic_id)
                      .where(Contribution.status == Status.published.value)).all()
    for note, topic in rows:
        yield indexed_note(note, topic)


def count_published(engine: Engine, topic_id: int | None = None) -> int:
    """How many notes are published, in all or in one topic; counted by the database."""
    query = select(func.count()).select_from(Contribution).where(Contribution.status == Status.published.value)
    if topic_id is not None:
        query = query.where(Contribution.topic_id == topic_id)
    with Session(engine) as s:
        return s.exec(query).one()


def rebuild_index(engine: Engine, index: SearchIndex, progress=None) -> int:
    return index.rebuild(published_notes(engine), progress=progress)
