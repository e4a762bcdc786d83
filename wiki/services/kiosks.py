"""Kiosks: shared touch screens at day centres.

An admin adds a kiosk for a place and gets a one-time enrolment link, signed
and expiring. Opening it on the device gives the device a long-lived signed
cookie naming the kiosk. Both carry the kiosk's random `token_id`, so nothing
signed for one kiosk row can stand in for another.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from wiki.errors import BadRequest, CandourError, NotFound
from wiki.models import Kiosk
from wiki.services import audit

COOKIE_NAME = "candour_kiosk"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
ENROL_SALT = "kiosk-enrol"
COOKIE_SALT = "kiosk-cookie"
MAX_PLACE = 200


class EnrolLinkInvalid(CandourError):
    status = 410
    title = "This kiosk link does not work"
    message = ("The link may have been used already, or it is too old. "
               "Ask the person who set up the kiosk for a new link.")


@dataclass(frozen=True)
class KioskPass:
    """What a device's kiosk cookie says, checked against the database."""

    kiosk_id: int
    place: str
    revoked: bool


def _enrol_signer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=ENROL_SALT)


def _cookie_signer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=COOKIE_SALT)


def add_kiosk(engine: Engine, place: str, *, actor: str = "admin") -> Kiosk:
    """Add a kiosk for a place. It does nothing until its enrolment link is opened."""
    place = " ".join(place.split())
    if not place:
        raise BadRequest("Give the name of the place where the kiosk is, like Oakwood Day Centre")
    if len(place) > MAX_PLACE:
        raise BadRequest(f"The place name must be {MAX_PLACE} characters or fewer")
    with Session(engine, expire_on_commit=False) as s:
        kiosk = Kiosk(place=place, token_id=secrets.token_urlsafe(24))
        s.add(kiosk)
        s.flush()
        audit.record(s, "kiosk_added", actor=actor, detail=f"kiosk {kiosk.id} at {place}")
        s.commit()
    return kiosk


def enrol_token(secret: str, kiosk: Kiosk) -> str:
    """The signed, expiring part of a kiosk's one-time enrolment link."""
    return _enrol_signer(secret).dumps({"k": kiosk.id, "t": kiosk.token_id})


def new_enrol_token(engine: Engine, secret: str, kiosk_id: int) -> str:
    """A fresh link for a kiosk that has not been switched on yet (the last one may have expired)."""
    kiosk = get_kiosk(engine, kiosk_id)
    if kiosk.enrolled or kiosk.revoked:
        raise BadRequest("This kiosk has already been switched on or off. Add a new kiosk instead.")
    return enrol_token(secret, kiosk)


def check_enrol_token(engine: Engine, secret: str, token: str, max_age: int) -> Kiosk:
    """The kiosk an enrolment link is for, if the link is genuine, in date and unused."""
    try:
        data = _enrol_signer(secret).loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        raise EnrolLinkInvalid() from None
    with Session(engine) as s:
        kiosk = s.get(Kiosk, data.get("k")) if isinstance(data, dict) else None
    if kiosk is None or kiosk.token_id != data.get("t") or kiosk.enrolled or kiosk.revoked:
        raise EnrolLinkInvalid()
    return kiosk


def redeem(engine: Engine, secret: str, token: str, max_age: int) -> str:
    """Use an enrolment link, once. Returns the value for the device's kiosk cookie."""
    kiosk = check_enrol_token(engine, secret, token, max_age)
    with Session(engine) as s:
        # Only one device can win, even if two open the link at the same moment.
        result = s.execute(Kiosk.__table__.update()
                           .where(Kiosk.id == kiosk.id, Kiosk.enrolled.is_(False), Kiosk.revoked.is_(False))
                           .values(enrolled=True))
        if result.rowcount != 1:
            raise EnrolLinkInvalid()
        audit.record(s, "kiosk_enrolled", actor="kiosk", detail=f"kiosk {kiosk.id} at {kiosk.place}")
        s.commit()
    return _cookie_signer(secret).dumps({"k": kiosk.id, "t": kiosk.token_id})


def read_cookie(engine: Engine, secret: str, value: str) -> KioskPass | None:
    """The kiosk a device's cookie names, or None if the cookie is not genuine.

    A genuine cookie for a kiosk that has been revoked (or removed) comes back
    with `revoked=True`, so the device can say it is switched off."""
    try:
        data = _cookie_signer(secret).loads(value, max_age=COOKIE_MAX_AGE)
    except (SignatureExpired, BadSignature):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("k"), int):
        return None
    with Session(engine) as s:
        kiosk = s.get(Kiosk, data["k"])
    if kiosk is None or kiosk.token_id != data.get("t"):
        return KioskPass(data["k"], "", revoked=True)
    return KioskPass(kiosk.id, kiosk.place, revoked=kiosk.revoked or not kiosk.enrolled)


def get_kiosk(engine: Engine, kiosk_id: int) -> Kiosk:
    with Session(engine) as s:
        kiosk = s.get(Kiosk, kiosk_id)
    if kiosk is None:
        raise NotFound("There is no kiosk with that number.")
    return kiosk


def list_kiosks(engine: Engine) -> list[Kiosk]:
    with Session(engine) as s:
        return list(s.exec(select(Kiosk).order_by(Kiosk.place, Kiosk.id)))


def revoke(engine: Engine, kiosk_id: int, *, actor: str = "admin") -> Kiosk:
    """Switch a kiosk off for good: its cookie and any unused link stop working."""
    with Session(engine, expire_on_commit=False) as s:
        kiosk = s.get(Kiosk, kiosk_id)
        if kiosk is None:
            raise NotFound("There is no kiosk with that number.")
        if not kiosk.revoked:
            kiosk.revoked = True
            s.add(kiosk)
            audit.record(s, "kiosk_revoked", actor=actor, detail=f"kiosk {kiosk.id} at {kiosk.place}")
            s.commit()
    return kiosk
