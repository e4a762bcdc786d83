"""Reviewer and admin accounts, passwords and sign-in throttling."""
from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from wiki.errors import BadRequest, TooManyAttempts
from wiki.models import Role, User
from wiki.services import audit

_hasher = PasswordHasher()
# Verifying against this when the email is unknown makes both failures take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
MIN_PASSWORD = 12


def normalise_email(email: str) -> str:
    return email.strip().lower()


def add_user(engine: Engine, email: str, role: str, password: str | None = None) -> tuple[User, str]:
    """Create an account; returns it with its password (generated if not given)."""
    email = normalise_email(email)
    if "@" not in email or len(email) > 254:
        raise BadRequest("Give a full email address, like name@example.org")
    if role not in {r.value for r in Role}:
        raise BadRequest("Role must be reviewer or admin")
    password = password or secrets.token_urlsafe(12)
    if len(password) < MIN_PASSWORD:
        raise BadRequest(f"Passwords must be at least {MIN_PASSWORD} characters")
    with Session(engine) as s:
        user = User(email=email, password_hash=_hasher.hash(password), role=role)
        s.add(user)
        try:
            s.flush()
        except IntegrityError:
            raise BadRequest("There is already an account with that email") from None
        audit.record(s, "user_added", actor="admin", detail=f"{email} as {role}")
        s.commit()
        s.refresh(user)
    return user, password


def get_user(engine: Engine, user_id: int) -> User | None:
    with Session(engine) as s:
        user = s.get(User, user_id)
    return user if user and user.active else None


@dataclass
class _Failures:
    count: int = 0
    locked_until: float = 0.0


class LoginThrottle:
    """Slows down guessing: after `free_attempts` wrong passwords for one email,
    each further try must wait, doubling from `base_seconds` up to 15 minutes.
    Unknown emails are throttled the same way, so nothing tells them apart."""

    MAX_WAIT = 15 * 60

    def __init__(self, free_attempts: int, base_seconds: float, clock=time.monotonic) -> None:
        self.free_attempts = free_attempts
        self.base_seconds = base_seconds
        self.clock = clock
        self._failures: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    def check(self, email: str) -> None:
        with self._lock:
            state = self._failures.get(email)
            wait = (state.locked_until - self.clock()) if state else 0
        if wait > 0:
            raise TooManyAttempts(int(wait + 0.999))

    def failed(self, email: str) -> None:
        with self._lock:
            state = self._failures.setdefault(email, _Failures())
            state.count += 1
            over = state.count - self.free_attempts
            if over >= 0:
                state.locked_until = self.clock() + min(self.MAX_WAIT, self.base_seconds * (2 ** over))

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(email, None)


def authenticate(engine: Engine, throttle: LoginThrottle, email: str, password: str) -> User | None:
    """The user, or None for a wrong password or unknown email alike."""
    email = normalise_email(email)
    throttle.check(email)
    with Session(engine) as s:
        user = s.exec(select(User).where(User.email == email)).first()
    try:
        _hasher.verify(user.password_hash if user and user.active else _DUMMY_HASH, password)
        ok = user is not None and user.active
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        throttle.failed(email)
        return None
    throttle.succeeded(email)
    return user
