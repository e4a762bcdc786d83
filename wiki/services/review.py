"""Reviewing notes: the queue, per-finding decisions, approve and reject.

Every change checks the version the reviewer was looking at, in the same
statement that bumps it, so two reviewers can never both decide a note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from sqlalchemy import case, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from wiki.errors import BadRequest, Conflict, NotFound
from wiki.models import (OPEN_STATUSES, RejectReason, Contribution, Decision, FindingRow, FlagRow, Status, Topic,
                         User)
from wiki.services import audit
from wiki.services.publishing import finish_publish, finish_reject, published_preview

OPEN = [s.value for s in OPEN_STATUSES]
ESCALATION_STEPS = (
    ("read", "Read the whole note and the reasons it was flagged"),
    ("contact", "Checked whether the person left any way to contact them"),
    ("lead", "Told the safeguarding lead on duty"),
    ("services", "Contacted emergency services or the local authority's duty team, if someone is in danger now"),
    ("recorded", "Recorded what was done, and when"),
)


@dataclass
class QueueItem:
    note: Contribution
    topic: Topic
    reviewer: str | None


@dataclass
class ReviewView:
    note: Contribution
    topic: Topic
    findings: list[FindingRow]
    flags: list[FlagRow]
    preview: dict[str, str]
    reviewer: str | None


def queue(engine: Engine) -> list[QueueItem]:
    """Open notes: high safeguarding risk first, then oldest first."""
    high_first = case((Contribution.safeguarding == "high", 0), else_=1)
    with Session(engine) as s:
        rows = s.exec(select(Contribution, Topic).join(Topic, Topic.id == Contribution.topic_id)
                      .where(Contribution.status.in_(OPEN))
                      .order_by(high_first, Contribution.created_at)).all()
        reviewers = {u.id: u.email for u in s.exec(select(User))}
    return [QueueItem(note, topic, reviewers.get(note.claimed_by)) for note, topic in rows]


def open_for_review(engine: Engine, note_id: int, user: User) -> ReviewView:
    """Load a note for review, claiming it if nobody has opened it yet."""
    with Session(engine) as s:
        note = s.get(Contribution, note_id)
        if note is None:
            raise NotFound("There is no note with that number.")
        if note.status not in OPEN:
            raise Conflict(f"This note has already been {note.status.replace('_', ' ')}.",
                           title="This note has already been decided")
        if note.status == Status.analysed.value:
            note.status = Status.in_review.value
            note.claimed_by = user.id
            note.version += 1
            audit.record(s, "opened", actor=user.email, contribution_id=note.id)
            s.commit()
            s.refresh(note)
        topic = s.get(Topic, note.topic_id)
        findings = list(s.exec(select(FindingRow).where(FindingRow.contribution_id == note.id)
                               .order_by(FindingRow.field, FindingRow.start)))
        flags = list(s.exec(select(FlagRow).where(FlagRow.contribution_id == note.id)
                            .order_by(FlagRow.kind, FlagRow.start)))
        reviewer = s.get(User, note.claimed_by).email if note.claimed_by else None
    return ReviewView(note, topic, findings, flags, published_preview(note, findings), reviewer)


def _claim_version(s: Session, note_id: int, version: int) -> Contribution:
    """Bump the version if it is still `version` and the note is still open, or raise Conflict."""
    result = s.exec(update(Contribution)
                    .where(Contribution.id == note_id, Contribution.version == version,
                           Contribution.status.in_(OPEN))
                    .values(version=Contribution.version + 1))
    note = s.get(Contribution, note_id)
    if note is None:
        raise NotFound("There is no note with that number.")
    if result.rowcount != 1:
        s.rollback()
        if note.status not in OPEN:
            raise Conflict(f"Another reviewer has already {note.status.replace('_', ' ')} this note. "
                           "Nothing you did was saved.")
        raise Conflict("Another reviewer changed this note while you had it open. "
                       "Nothing you did was saved. Open it again to see the latest version.",
                       title="This note has changed")
    s.refresh(note)
    return note


def _apply_decisions(s: Session, note: Contribution, decisions: Mapping[int, bool]) -> list[FindingRow]:
    findings = list(s.exec(select(FindingRow).where(FindingRow.contribution_id == note.id)))
    for f in findings:
        if f.id in decisions and f.decision != Decision.added.value:
            f.decision = Decision.accepted.value if decisions[f.id] else Decision.rejected.value
        elif f.decision == Decision.pending.value:
            f.decision = Decision.accepted.value  # proposals not touched are taken as proposed
        s.add(f)
    return findings


def save(engine: Engine, note_id: int, version: int, decisions: Mapping[int, bool], user: User,
         *, add_phrase: str = "", remove_added: int | None = None) -> int:
    """Save the reviewer's decisions, and remove a phrase if one is given.
    Returns how many places the phrase was found (0 if it is not in the note)."""
    with Session(engine) as s:
        note = _claim_version(s, note_id, version)
        _apply_decisions(s, note, decisions)
        added = 0
        if add_phrase:
            added = _add_phrase(s, note, add_phrase)
        if added:
            audit.record(s, "redaction_added", actor=user.email, contribution_id=note.id,
                         detail=f"{added} place(s)")
        if remove_added is not None:
            row = s.get(FindingRow, remove_added)
            if row and row.contribution_id == note.id and row.decision == Decision.added.value:
                s.delete(row)
        audit.record(s, "decisions_saved", actor=user.email, contribution_id=note.id)
        s.commit()
    return added


def _add_phrase(s: Session, note: Contribution, phrase: str) -> int:
    phrase = " ".join(phrase.split())
    if len(phrase) < 2:
        return 0
    existing = {(f.field, f.start, f.end) for f in s.exec(select(FindingRow).where(
        FindingRow.contribution_id == note.id))}
    pattern = re.compile(r"\s+".join(re.escape(w) for w in phrase.split()), re.IGNORECASE)
    added = 0
    for name, text in note.answers().items():
        for m in pattern.finditer(text):
            if (name, m.start(), m.end()) in existing:
                continue
            s.add(FindingRow(contribution_id=note.id, field=name, start=m.start(), end=m.end(), type="REVIEWER",
                             score=1.0, recognizer="reviewer",
                             explanation="Added by a reviewer", decision=Decision.added.value))
            added += 1
    return added


LIBEL_SENTENCE_REPLACEMENT = "[sentence removed: libel risk]"


def remove_sentence(engine: Engine, note_id: int, version: int, flag_id: int, reason_note: str,
                    decisions: Mapping[int, bool], user: User) -> None:
    """Remove the sentence a libel flag points at. This is the last resort, after
    de-identifying the target has been tried, so it needs the reviewer's note."""
    reason_note = " ".join(reason_note.split())
    if not reason_note:
        raise BadRequest("Say why the sentence cannot be kept with the person made anonymous.",
                         title="Add a note to remove a sentence")
    with Session(engine) as s:
        note = _claim_version(s, note_id, version)
        flag = s.get(FlagRow, flag_id)
        if flag is None or flag.contribution_id != note.id or flag.kind != "libel":
            s.rollback()
            raise BadRequest("That concern is no longer on this note. Reload the page.")
        _apply_decisions(s, note, decisions)
        s.add(FindingRow(contribution_id=note.id, field=flag.field, start=flag.start, end=flag.end,
                         type="LIBEL_SENTENCE", score=1.0, recognizer="reviewer",
                         explanation=f"Sentence removed by a reviewer: libel risk ({flag.category})",
                         replacement=LIBEL_SENTENCE_REPLACEMENT, decision=Decision.added.value))
        audit.record(s, "sentence_removed", actor=user.email, contribution_id=note.id,
                     detail=f"reason=libel risk; category={flag.category}; note={reason_note[:500]}")
        s.commit()


def approve(engine: Engine, note_id: int, version: int, decisions: Mapping[int, bool], user: User) -> None:
    with Session(engine) as s:
        note = _claim_version(s, note_id, version)
        if note.status == Status.received.value:
            s.rollback()
            raise Conflict("This note has not been analysed yet, so it cannot be published. Try again soon.",
                           title="Not ready to publish")
        findings = _apply_decisions(s, note, decisions)
        s.flush()
        finish_publish(s, note, findings, user.email)
        s.commit()


def reject(engine: Engine, note_id: int, version: int, reason: str, user: User) -> None:
    if reason not in {r.value for r in RejectReason}:
        raise BadRequest("Choose a reason for rejecting the note.", title="Choose a reason")
    with Session(engine) as s:
        note = _claim_version(s, note_id, version)
        finish_reject(s, note, reason, user.email)
        s.commit()


def record_escalation(engine: Engine, note_id: int, version: int, steps: list[str], note_text: str,
                      user: User) -> None:
    """Record what a reviewer did about a high safeguarding risk."""
    known = dict(ESCALATION_STEPS)
    done = [key for key in steps if key in known]
    with Session(engine) as s:
        note = _claim_version(s, note_id, version)
        note.escalation_note = note_text[:2000] or note.escalation_note
        audit.record(s, "escalation", actor=user.email, contribution_id=note.id,
                     detail="steps done: " + (", ".join(done) or "none"))
        s.commit()
