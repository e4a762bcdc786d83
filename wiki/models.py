"""Database tables. Status enums, allowed transitions and an append-only audit log."""
from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import Optional

from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Status(str, enum.Enum):
    received = "received"
    analysed = "analysed"
    in_review = "in_review"
    published = "published"
    rejected = "rejected"
    withdrawn = "withdrawn"


OPEN_STATUSES = (Status.received, Status.analysed, Status.in_review)

#: Every allowed change of status, as (old, new) pairs.
TRANSITIONS: frozenset[tuple[Status, Status]] = frozenset({
    (Status.received, Status.analysed),
    (Status.analysed, Status.in_review),
    (Status.analysed, Status.published),
    (Status.in_review, Status.published),
    (Status.analysed, Status.rejected),
    (Status.in_review, Status.rejected),
    (Status.received, Status.withdrawn),
    (Status.analysed, Status.withdrawn),
    (Status.in_review, Status.withdrawn),
    (Status.published, Status.withdrawn),
})


class Decision(str, enum.Enum):
    pending = "pending"
    accepted = "accepted"
    rejected = "rejected"
    added = "added"  # added by a reviewer


class Role(str, enum.Enum):
    reviewer = "reviewer"
    admin = "admin"


class AuthorRole(str, enum.Enum):
    service_user = "service_user"
    carer = "carer"
    young_person = "young_person"
    practitioner = "practitioner"
    not_said = "not_said"


AUTHOR_ROLE_LABELS = {
    AuthorRole.service_user: "Person using services",
    AuthorRole.carer: "Carer or family member",
    AuthorRole.young_person: "Young person",
    AuthorRole.practitioner: "Social worker or practitioner",
    AuthorRole.not_said: "Prefer not to say",
}


class RejectReason(str, enum.Enum):
    personal_data = "personal_data"
    libel = "libel"
    not_about_service = "not_about_service"
    spam = "spam"
    duplicate = "duplicate"
    author_withdrew = "author_withdrew"


REJECT_REASON_LABELS = {
    RejectReason.personal_data: "Personal data that cannot be removed",
    RejectReason.libel: "Libel risk",
    RejectReason.not_about_service: "Not about a service",
    RejectReason.spam: "Spam",
    RejectReason.duplicate: "Duplicate",
    RejectReason.author_withdrew: "Author withdrew",
}

#: The answer boxes of the contribution form, in order: (field name, question).
PROMPTS: tuple[tuple[str, str], ...] = (
    ("wish_known", "What do you wish you'd known?"),
    ("advice", "What would you tell someone in your position?"),
    ("what_happened", "What went wrong, or what helped?"),
)
ANSWER_FIELDS = tuple(name for name, _ in PROMPTS)


class Topic(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True, max_length=80)
    title: str = Field(max_length=200)
    summary: str = Field(default="", max_length=1000)


class Contribution(SQLModel, table=True):
    """A note. The original answers exist only while it is open; publishing or
    rejecting overwrites them, leaving the published text and the audit log."""

    id: Optional[int] = Field(default=None, primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", index=True)
    author_role: str = Field(default=AuthorRole.not_said.value, max_length=32)
    local_authority: Optional[str] = Field(default=None, max_length=120)
    source: str = Field(default="web", max_length=16)  # web or kiosk
    kiosk_place: Optional[str] = Field(default=None, max_length=200)
    status: str = Field(default=Status.received.value, index=True, max_length=16)
    version: int = Field(default=1)
    submission_key: str = Field(unique=True, index=True, max_length=64)
    withdraw_key_hash: Optional[str] = Field(default=None, max_length=128)

    wish_known: Optional[str] = None
    advice: Optional[str] = None
    what_happened: Optional[str] = None

    published_wish_known: Optional[str] = None
    published_advice: Optional[str] = None
    published_what_happened: Optional[str] = None
    removal_summary: str = Field(default="", max_length=500)

    libel: bool = False
    safeguarding: str = Field(default="none", max_length=8)
    analysis_attempts: int = 0
    analysis_error: Optional[str] = Field(default=None, max_length=500)
    claimed_by: Optional[int] = Field(default=None, foreign_key="user.id")
    reject_reason: Optional[str] = Field(default=None, max_length=32)
    escalation_note: Optional[str] = Field(default=None, max_length=2000)

    created_at: datetime = Field(default_factory=utcnow, index=True)
    analysed_at: Optional[datetime] = None
    decided_at: Optional[datetime] = None

    def answers(self) -> dict[str, str]:
        return {f: getattr(self, f) or "" for f in ANSWER_FIELDS}

    def published_answers(self) -> dict[str, str]:
        return {f: getattr(self, "published_" + f) or "" for f in ANSWER_FIELDS}


class FindingRow(SQLModel, table=True):
    """One proposed redaction on one answer of an open note."""

    __tablename__ = "finding"
    id: Optional[int] = Field(default=None, primary_key=True)
    contribution_id: int = Field(foreign_key="contribution.id", index=True)
    field: str = Field(max_length=32)
    start: int
    end: int
    type: str = Field(max_length=40)
    score: float = 0.0
    recognizer: str = Field(default="", max_length=120)
    explanation: str = Field(default="", max_length=1000)
    replacement: Optional[str] = Field(default=None, max_length=200)
    decision: str = Field(default=Decision.pending.value, max_length=16)


class FlagRow(SQLModel, table=True):
    """A libel or safeguarding concern raised by the analysis on an open note."""

    __tablename__ = "flag"
    id: Optional[int] = Field(default=None, primary_key=True)
    contribution_id: int = Field(foreign_key="contribution.id", index=True)
    field: str = Field(max_length=32)
    kind: str = Field(max_length=16)
    category: str = Field(max_length=80)
    level: str = Field(max_length=16)
    start: int = 0
    end: int = 0
    trigger: str = Field(default="", max_length=300)
    target: str = Field(default="", max_length=300)
    explanation: str = Field(default="", max_length=1000)


class User(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(unique=True, index=True, max_length=254)
    password_hash: str = Field(max_length=200)
    role: str = Field(default=Role.reviewer.value, max_length=16)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Append-only record of every state change and decision. Never holds removed text."""

    __tablename__ = "audit"
    id: Optional[int] = Field(default=None, primary_key=True)
    contribution_id: Optional[int] = Field(default=None, index=True)
    actor: str = Field(max_length=254)  # a user's email, "system", "contributor" or "kiosk"
    action: str = Field(max_length=40)
    detail: str = Field(default="", max_length=1000)
    at: datetime = Field(default_factory=utcnow)



class Kiosk(SQLModel, table=True):
    """A shared touch screen at a day centre. Notes sent from it carry its place, never the person."""

    id: Optional[int] = Field(default=None, primary_key=True)
    place: str = Field(max_length=200)
    token_id: str = Field(unique=True, index=True, max_length=64)  # bound into its link and cookie
    enrolled: bool = False  # its one-time link has been used
    revoked: bool = False
    created_at: datetime = Field(default_factory=utcnow)
