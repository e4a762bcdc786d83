"""The contribution form, the thank-you page and withdrawal."""
from __future__ import annotations

from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from wiki.db import is_locked_error
from wiki.models import Contribution
from wiki.services import analysis, publishing
from wiki.services.contributions import (ContributionForm, find_by_withdraw_token, local_authorities,
                                         new_submission_key, read_form, submit)
from wiki.services.topics import all_topics
from wiki.web import csrf_ok, render, require_csrf


def form_page(request: Request, form: ContributionForm, status_code: int = 200,
              template: str = "contribute.html", extra: dict | None = None) -> HTMLResponse:
    context = {"form": form, "topics": all_topics(request.app.state.engine),
               "authorities": local_authorities(), "max_chars": request.app.state.settings.max_answer_chars}
    context.update(extra or {})
    return render(request, template, context, status_code=status_code)


async def contribute_form(request: Request) -> HTMLResponse:
    form = ContributionForm(topic=request.query_params.get("topic", ""), submission_key=new_submission_key())
    return form_page(request, form)


async def receive_contribution(request: Request, *, template: str = "contribute.html",
                               source: str = "web", kiosk_place: str | None = None,
                               thanks_url: str = "/thanks") -> Response:
    """Validate and store a note, then analyse it straight away so the
    contributor can be shown help at once if it needs it."""
    app = request.app
    raw = await request.form()
    topics = {t.slug for t in all_topics(app.state.engine)}
    form = read_form(raw, topics, app.state.settings.max_answer_chars)
    if not csrf_ok(request, raw):
        form.errors = {"submit": "Your form had expired. Check your answers, then send them again", **form.errors}
    if not form.valid:
        return form_page(request, form, status_code=400, template=template)
    try:
        receipt = await run_in_threadpool(submit, app.state.engine, form, source=source, kiosk_place=kiosk_place)
    except Exception as exc:
        if is_locked_error(exc):
            form.errors = {"submit": "We could not save your note just now because the service is busy. "
                                     "Your answers are still here: wait a moment and send them again"}
            return form_page(request, form, status_code=503, template=template)
        raise
    if receipt.created:
        await run_in_threadpool(analysis.analyse, app.state.engine, receipt.contribution_id)
        request.session["thanks"] = {"note": receipt.contribution_id, "withdraw": receipt.withdraw_token}
    return RedirectResponse(thanks_url, status_code=303)


async def thanks(request: Request) -> HTMLResponse:
    info = request.session.get("thanks") or {}
    note = None
    if isinstance(info, dict) and isinstance(info.get("note"), int):
        with Session(request.app.state.engine) as s:
            note = s.get(Contribution, info["note"])
    withdraw_url = str(request.url_for("withdraw", token=info["withdraw"])) if info.get("withdraw") else None
    return render(request, "thanks.html", {"note": note, "withdraw_url": withdraw_url,
                                           "high_risk": bool(note and note.safeguarding == "high")})


async def withdraw(request: Request) -> Response:
    engine = request.app.state.engine
    token = request.path_params["token"]
    note = find_by_withdraw_token(engine, token)
    if request.method == "POST":
        form = await request.form()
        require_csrf(request, form)
        await run_in_threadpool(publishing.withdraw, engine, request.app.state.index, note.id, "contributor")
        request.session.pop("thanks", None)
        return render(request, "withdrawn.html")
    return render(request, "withdraw.html", {"note": note, "token": token})


routes = [
    Route("/contribute", contribute_form, methods=["GET"], name="contribute"),
    Route("/contribute", receive_contribution, methods=["POST"]),
    Route("/thanks", thanks, name="thanks"),
    Route("/withdraw/{token:str}", withdraw, methods=["GET", "POST"], name="withdraw"),
]
