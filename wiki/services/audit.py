"""The append-only audit log."""
from __future__ import annotations

from sqlmodel import Session

from wiki.models import AuditEntry


def record(session: Session, action: str, *, actor: str, contribution_id: int | None = None,
           detail: str = "") -> None:
    """Append one entry. `detail` must never contain text removed from a note."""
    session.add(AuditEntry(contribution_id=contribution_id, actor=actor, action=action, detail=detail[:1000]))
