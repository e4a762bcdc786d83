"""Admin pages: kiosks for day centres (add, list, revoke). Admins only."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from wiki.errors import BadRequest
from wiki.services import kiosks
from wiki.web import render, require_csrf, require_user


def _kiosk_id(request: Request) -> int:
    return int(request.path_params["kiosk_id"])


def _enrol_url(request: Request, token: str) -> str:
    return str(request.url_for("kiosk_enrol", token=token))


async def admin_home(request: Request) -> Response:
    require_user(request, "admin")
    return RedirectResponse("/admin/kiosks", status_code=303)


async def kiosk_list(request: Request) -> HTMLResponse:
    require_user(request, "admin")
    # A new enrolment link is shown once, then forgotten.
    new_link = request.session.pop("kiosk_link", None)
    return render(request, "admin/kiosks.html", {"kiosks": kiosks.list_kiosks(request.app.state.engine),
                                                 "new_link": new_link, "place": "", "error": None})


async def kiosk_add(request: Request) -> Response:
    user = require_user(request, "admin")
    form = await request.form()
    require_csrf(request, form)
    engine = request.app.state.engine
    place = str(form.get("place", ""))
    try:
        kiosk = kiosks.add_kiosk(engine, place, actor=user.email)
    except BadRequest as exc:
        return render(request, "admin/kiosks.html", {"kiosks": kiosks.list_kiosks(engine), "new_link": None,
                                                     "place": place[:200], "error": exc.message}, status_code=400)
    token = kiosks.enrol_token(request.app.state.settings.secret_key, kiosk)
    request.session["kiosk_link"] = {"place": kiosk.place, "url": _enrol_url(request, token)}
    return RedirectResponse("/admin/kiosks", status_code=303)


async def kiosk_link(request: Request) -> Response:
    require_user(request, "admin")
    require_csrf(request, await request.form())
    engine, settings = request.app.state.engine, request.app.state.settings
    kiosk = kiosks.get_kiosk(engine, _kiosk_id(request))
    token = kiosks.new_enrol_token(engine, settings.secret_key, kiosk.id)
    request.session["kiosk_link"] = {"place": kiosk.place, "url": _enrol_url(request, token)}
    return RedirectResponse("/admin/kiosks", status_code=303)


async def kiosk_revoke(request: Request) -> Response:
    user = require_user(request, "admin")
    require_csrf(request, await request.form())
    kiosks.revoke(request.app.state.engine, _kiosk_id(request), actor=user.email)
    return RedirectResponse("/admin/kiosks", status_code=303)


routes = [
    Route("/admin", admin_home, name="admin"),
    Route("/admin/kiosks", kiosk_list, methods=["GET"], name="admin_kiosks"),
    Route("/admin/kiosks", kiosk_add, methods=["POST"]),
    Route("/admin/kiosks/{kiosk_id:int}/link", kiosk_link, methods=["POST"]),
    Route("/admin/kiosks/{kiosk_id:int}/revoke", kiosk_revoke, methods=["POST"]),
]
