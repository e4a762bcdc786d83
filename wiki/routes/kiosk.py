"""Kiosk pages: one question per screen on a shared touch screen, nothing left behind.

A device becomes a kiosk by opening a one-time enrolment link, which sets a
signed cookie. `guard` (run by `wiki.middleware.KioskGuard` on every request)
keeps a kiosk on these pages: everything else answers 403, and a revoked
kiosk shows only "this kiosk is switched off".
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from sqlmodel import Session

from wiki.errors import NotFound
from wiki.models import Contribution
from wiki.routes.contribute import receive_contribution
from wiki.services import kiosks
from wiki.services.contributions import ContributionForm, new_submission_key
from wiki.services.topics import all_topics
from wiki.web import csrf_token, require_csrf, templates

ICONS_DIR = Path(__file__).resolve().parent.parent / "static" / "icons"


def icon_for(slug: str) -> str:
    """The picture for a topic: its own icon if there is one, otherwise a general one."""
    return f"/static/icons/{slug}.svg" if (ICONS_DIR / f"{slug}.svg").is_file() else "/static/icons/note.svg"


templates.env.globals["kiosk_icon"] = icon_for


def kiosk_page(request: Request, name: str, context: dict[str, Any] | None = None,
               status_code: int = 200) -> HTMLResponse:
    """Render a kiosk page. Unlike `wiki.web.render` it does not start a session,
    so a wiped kiosk holds no cookie but its own."""
    context = dict(context or {})
    context.setdefault("settings", request.app.state.settings)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


async def guard(request: Request) -> Response | None:
    """Return the page to show instead when a kiosk asks for something outside the kiosk."""
    path = request.url.path
    value = request.cookies.get(kiosks.COOKIE_NAME)
    if not value or path.startswith("/static/"):
        return None
    state = request.app.state
    kiosk = await run_in_threadpool(kiosks.read_cookie, state.engine, state.settings.secret_key, value)
    if kiosk is None:
        return None  # not a genuine kiosk cookie: an ordinary visitor
    if path.startswith("/kiosk/enrol/"):
        if not kiosk.revoked:
            request.scope.setdefault("state", {})["kiosk"] = kiosk
        return None  # a device being moved to another kiosk
    if kiosk.revoked:
        return kiosk_page(request, "kiosk/off.html", status_code=403)
    if path == "/kiosk" or path.startswith("/kiosk/"):
        request.scope.setdefault("state", {})["kiosk"] = kiosk
        return None
    return kiosk_page(request, "kiosk/blocked.html", status_code=403)


def current_kiosk(request: Request) -> kiosks.KioskPass:
    kiosk = request.scope.get("state", {}).get("kiosk")
    if kiosk is None:
        raise NotFound("This page only works on a Candour kiosk.")
    return kiosk


async def enrol(request: Request) -> Response:
    """GET shows which place the device will serve; POST uses the link (once) and sets the cookie.
    A button, not the GET itself, so link checkers and previews cannot use up the link."""
    engine, settings = request.app.state.engine, request.app.state.settings
    token = request.path_params["token"]
    if request.method == "GET":
        kiosk = kiosks.check_enrol_token(engine, settings.secret_key, token, settings.kiosk_link_max_age)
        return kiosk_page(request, "kiosk/enrol.html", {"place": kiosk.place, "token": token,
                                                         "csrf_token": csrf_token(request)})
    require_csrf(request, await request.form())
    cookie = await run_in_threadpool(kiosks.redeem, engine, settings.secret_key, token, settings.kiosk_link_max_age)
    request.session.clear()  # whoever set the kiosk up is not signed in on it
    response = RedirectResponse("/kiosk/start", status_code=303)
    response.set_cookie(kiosks.COOKIE_NAME, cookie, max_age=kiosks.COOKIE_MAX_AGE, path="/",
                        httponly=True, samesite="lax", secure=settings.secure_cookies)
    return response


async def start(request: Request) -> Response:
    """Wipe: forget the session (and anything in it) and go back to the start screen."""
    current_kiosk(request)
    request.session.clear()
    return RedirectResponse("/kiosk", status_code=303)


async def home(request: Request) -> HTMLResponse:
    kiosk = current_kiosk(request)
    return kiosk_page(request, "kiosk/start.html", {"kiosk": kiosk, "topics": all_topics(request.app.state.engine)})


async def note_form(request: Request) -> Response:
    kiosk = current_kiosk(request)
    topics = all_topics(request.app.state.engine)
    slug = request.query_params.get("topic", "")
    if slug not in {t.slug for t in topics}:
        return RedirectResponse("/kiosk", status_code=303)
    form = ContributionForm(topic=slug, submission_key=new_submission_key())
    return kiosk_page(request, "kiosk/note.html", {"kiosk": kiosk, "form": form, "topics": topics,
                                                   "csrf_token": csrf_token(request),
                                                   "max_chars": request.app.state.settings.max_answer_chars})


async def send_note(request: Request) -> Response:
    kiosk = current_kiosk(request)
    return await receive_contribution(request, template="kiosk/note.html", source="kiosk",
                                      kiosk_place=kiosk.place, thanks_url="/kiosk/thanks")


async def thanks(request: Request) -> Response:
    """Shown once: the session is emptied as it renders, so a reload or Back shows nothing."""
    kiosk = current_kiosk(request)
    info = request.session.get("thanks")
    request.session.clear()
    note = None
    if isinstance(info, dict) and isinstance(info.get("note"), int):
        with Session(request.app.state.engine) as s:
            note = s.get(Contribution, info["note"])
    if note is None:
        return RedirectResponse("/kiosk/start", status_code=303)
    # No withdraw link: the next person at this screen would see it.
    return kiosk_page(request, "kiosk/thanks.html", {"kiosk": kiosk, "high_risk": note.safeguarding == "high"})


routes = [
    Route("/kiosk/enrol/{token:str}", enrol, methods=["GET", "POST"], name="kiosk_enrol"),
    Route("/kiosk", home, name="kiosk"),
    Route("/kiosk/start", start, name="kiosk_start"),
    Route("/kiosk/note", note_form, methods=["GET"], name="kiosk_note"),
    Route("/kiosk/note", send_note, methods=["POST"]),
    Route("/kiosk/thanks", thanks, name="kiosk_thanks"),
]
