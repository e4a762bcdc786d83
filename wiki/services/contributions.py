"""Receiving contributions: validate, clean, store before anything else runs."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from wiki.errors import NotFound
from wiki.models import (ANSWER_FIELDS, AUTHOR_ROLE_LABELS, PROMPTS, AuthorRole, Contribution, Status,
                         Topic)
from wiki.services import audit
from wiki.text import clean_text

AUTHORITIES_FILE = Path(__file__).resolve().parent.parent / "data" / "local_authorities.txt"


@lru_cache(maxsize=1)
def local_authorities() -> tuple[str, ...]:
    lines = AUTHORITIES_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass
class ContributionForm:
    """What the contributor typed, cleaned, with any problems found."""

    topic: str = ""
    author_role: str = ""
    local_authority: str = ""
    answers: dict[str, str] = field(default_factory=lambda: {f: "" for f in ANSWER_FIELDS})
    submission_key: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


def new_submission_key() -> str:
    """A random key put in each form, so a double submit stores one note."""
    return secrets.token_urlsafe(24)


def read_form(data: Mapping[str, str], topic_slugs: set[str], max_chars: int) -> ContributionForm:
    """Clean and check a submitted contribution form. Errors are keyed by field
    name, in the order the fields appear on the page."""
    form = ContributionForm(
        topic=str(data.get("topic", "")).strip(),
        author_role=str(data.get("author_role", "")).strip(),
        local_authority=clean_text(str(data.get("local_authority", ""))),
        answers={f: clean_text(str(data.get(f, ""))) for f in ANSWER_FIELDS},
        submission_key=str(data.get("submission_key", "")).strip()[:64],
    )
    if form.topic not in topic_slugs:
        form.errors["topic"] = "Choose what your note is about"
    if form.author_role not in {r.value for r in AuthorRole}:
        form.errors["author_role"] = "Choose who you are, or choose 'Prefer not to say'"
    if form.local_authority and form.local_authority not in local_authorities():
        form.errors["local_authority"] = "Choose your council from the list, or leave it blank"
    questions = dict(PROMPTS)
    for name in ANSWER_FIELDS:
        length = len(form.answers[name])
        if length > max_chars:
            form.errors[name] = (f"Your answer to \u2018{questions[name]}\u2019 is {length:,} characters long. "
                                 f"It must be {max_chars:,} characters or fewer")
    if not any(form.answers.values()):
        form.errors[ANSWER_FIELDS[0]] = "Answer at least one of the three questions"
    if not form.submission_key:
        form.submission_key = new_submission_key()
    return form


@dataclass(frozen=True)
class Receipt:
    contribution_id: int
    created: bool
    withdraw_token: str | None  # shown once to the contributor; only its hash is stored


def submit(engine: Engine, form: ContributionForm, *, source: str = "web",
           kiosk_place: str | None = None) -> Receipt:
    """Store a valid form as a received note, committed before any analysis runs.

    Submitting the same form twice (same submission key) stores one note and
    returns the first one.
    """
    withdraw_token = secrets.token_urlsafe(18)
    with Session(engine) as s:
        topic = s.exec(select(Topic).where(Topic.slug == form.topic)).one()
        note = Contribution(
            topic_id=topic.id, author_role=form.author_role, local_authority=form.local_authority or None,
            source=source, kiosk_place=kiosk_place, submission_key=form.submission_key,
            withdraw_key_hash=_hash(withdraw_token), status=Status.received.value,
            **{f: form.answers[f] or None for f in ANSWER_FIELDS},
        )
        s.add(note)
        try:
            s.flush()
        except IntegrityError:
            s.rollback()
            existing = s.exec(select(Contribution.id).where(
                Contribution.submission_key == form.submission_key)).first()
            if existing is None:
                raise
            return Receipt(existing, created=False, withdraw_token=None)
        audit.record(s, "received", actor="kiosk" if source == "kiosk" else "contributor",
                     contribution_id=note.id, detail=f"source={source}")
        s.commit()
        return Receipt(note.id, created=True, withdraw_token=withdraw_token)


def find_by_withdraw_token(engine: Engine, token: str) -> Contribution:
    with Session(engine) as s:
        note = s.exec(select(Contribution).where(Contribution.withdraw_key_hash == _hash(token))).first()
    if note is None:
        raise NotFound("We could not find a note for that link. It may have been withdrawn already.")
    return note


def author_role_label(value: str) -> str:
    try:
        return AUTHOR_ROLE_LABELS[AuthorRole(value)]
    except ValueError:
        return ""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
