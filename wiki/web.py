"""Helpers shared by the route modules: templates, CSRF, the signed-in user."""
from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from wiki.errors import BadRequest, Forbidden
from wiki.models import AUTHOR_ROLE_LABELS, PROMPTS, REJECT_REASON_LABELS, AuthorRole, Role, User
from wiki.services.accounts import get_user

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
                                                   autoescape=True))
templates.env.globals.update(
    PROMPTS=PROMPTS,
    AUTHOR_ROLES=[(r.value, label) for r, label in AUTHOR_ROLE_LABELS.items()],
    REJECT_REASONS=[(r.value, label) for r, label in REJECT_REASON_LABELS.items()],
)
templates.env.filters["date"] = lambda d: f"{d.day} {d:%b %Y}" if d else ""
templates.env.filters["author_label"] = lambda value: {
    r.value: ("From a " + label.lower() if r != AuthorRole.not_said else "") for r, label in AUTHOR_ROLE_LABELS.items()
}.get(value, "")


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def csrf_ok(request: Request, form: Any) -> bool:
    sent = str(form.get("csrf_token", ""))
    expected = request.session.get("csrf", "")
    return bool(expected) and secrets.compare_digest(sent, expected)


def require_csrf(request: Request, form: Any) -> None:
    if not csrf_ok(request, form):
        raise BadRequest("This form has expired. Go back, reload the page and try again.",
                         title="Your form has expired")


def current_user(request: Request) -> User | None:
    user_id = request.session.get("user_id")
    if not isinstance(user_id, int):
        return None
    return get_user(request.app.state.engine, user_id)


def require_user(request: Request, role: str | None = None) -> User:
    user = current_user(request)
    if user is None:
        raise Forbidden("Sign in to review notes.", title="Sign in to continue")
    if role == Role.admin.value and user.role != Role.admin.value:
        raise Forbidden("Only admins can use this page.")
    return user


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    context = dict(context or {})
    context.setdefault("csrf_token", csrf_token(request))
    context.setdefault("user", current_user(request))
    context.setdefault("settings", request.app.state.settings)
    return templates.TemplateResponse(request, name, context, status_code=status_code, headers=headers)


def highlight_segments(text: str, findings: list) -> list[tuple[str, Any]]:
    """Split `text` into (piece, finding-or-None) for the review page. Where
    findings overlap, the earlier one is highlighted and the later one is listed only."""
    pieces: list[tuple[str, Any]] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < pos or f.end > len(text) or f.start >= f.end:
            continue
        if f.start > pos:
            pieces.append((text[pos:f.start], None))
        pieces.append((text[f.start:f.end], f))
        pos = f.end
    if pos < len(text):
        pieces.append((text[pos:], None))
    return pieces


templates.env.globals["highlight_segments"] = highlight_segments
