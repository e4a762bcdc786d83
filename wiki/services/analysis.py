"""Running the redaction pipeline on received notes.

The note is already committed when this runs. If analysis fails the note stays
`received` with the error's kind recorded, and the worker tries again later.
"""
from __future__ import annotations

import logging

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from redaction import pipeline
from redaction.report import SAFEGUARDING_LEVELS
from wiki.models import Contribution, FindingRow, FlagRow, Status, utcnow
from wiki.services import audit

log = logging.getLogger("candour.analysis")


def analyse(engine: Engine, contribution_id: int) -> bool:
    """Analyse one received note; True if it moved on to review."""
    with Session(engine) as s:
        note = s.get(Contribution, contribution_id)
        if note is None or note.status != Status.received.value:
            return False
        answers = note.answers()
    try:
        reports = {name: pipeline.analyze(text) for name, text in answers.items() if text}
    except Exception as exc:  # any failure leaves the note safely received
        _record_failure(engine, contribution_id, exc)
        return False

    with Session(engine) as s:
        note = s.get(Contribution, contribution_id)
        if note is None or note.status != Status.received.value:
            return False
        level_rank = 0
        n_findings = n_flags = 0
        for name, report in reports.items():
            for f in report.findings:
                s.add(FindingRow(contribution_id=note.id, field=name, start=f.start, end=f.end, type=f.type,
                                 score=round(float(f.score), 3), recognizer=f.recognizer[:120],
                                 explanation=f.explanation[:1000], replacement=f.replacement))
                n_findings += 1
            for flag in report.flags:
                s.add(FlagRow(contribution_id=note.id, field=name, kind=flag.kind, category=flag.category[:80],
                              level=flag.level[:16], start=flag.start, end=flag.end, trigger=flag.trigger.strip()[:300],
                              target=flag.target.strip()[:300], explanation=flag.explanation[:1000]))
                n_flags += 1
            note.libel = note.libel or report.libel
            if report.safeguarding in SAFEGUARDING_LEVELS:
                level_rank = max(level_rank, SAFEGUARDING_LEVELS.index(report.safeguarding))
        note.safeguarding = SAFEGUARDING_LEVELS[level_rank]
        note.status = Status.analysed.value
        note.analysed_at = utcnow()
        note.analysis_error = None
        note.version += 1
        audit.record(s, "analysed", actor="system", contribution_id=note.id,
                     detail=f"{n_findings} findings, {n_flags} flags, libel={note.libel}, "
                            f"safeguarding={note.safeguarding}")
        s.commit()
    log.info("note %s analysed", contribution_id)
    return True


def _record_failure(engine: Engine, contribution_id: int, exc: Exception) -> None:
    # Only the exception's type is kept: its message could quote the note.
    kind = type(exc).__name__
    log.warning("analysis of note %s failed (%s); it stays received for a retry", contribution_id, kind)
    with Session(engine) as s:
        note = s.get(Contribution, contribution_id)
        if note is None:
            return
        note.analysis_attempts += 1
        note.analysis_error = f"Analysis failed ({kind}) at {utcnow():%Y-%m-%d %H:%M} UTC"
        audit.record(s, "analysis_failed", actor="system", contribution_id=note.id, detail=kind)
        s.commit()


def process_backlog(engine: Engine, max_attempts: int | None = None) -> tuple[int, int]:
    """Analyse every received note (under `max_attempts` failures, if given).
    Returns (analysed, still waiting)."""
    with Session(engine) as s:
        query = select(Contribution.id).where(Contribution.status == Status.received.value)
        if max_attempts is not None:
            query = query.where(Contribution.analysis_attempts < max_attempts)
        ids = list(s.exec(query.order_by(Contribution.created_at)))
    done = sum(analyse(engine, cid) for cid in ids)
    return done, len(ids) - done
