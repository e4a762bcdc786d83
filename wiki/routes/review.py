"""The review queue and the review page."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from wiki.errors import BadRequest
from wiki.services import publishing, review
from wiki.web import render, require_csrf, require_user


async def queue(request: Request) -> HTMLResponse:
    require_user(request)
    items = await run_in_threadpool(review.queue, request.app.state.engine)
    return render(request, "queue.html", {"items": items})


async def review_page(request: Request) -> HTMLResponse:
    user = require_user(request)
    view = await run_in_threadpool(review.open_for_review, request.app.state.engine,
                                   request.path_params["note_id"], user)
    return render(request, "review.html", {"view": view, "steps": review.ESCALATION_STEPS,
                                           "message": request.query_params.get("saved")})


def _int(value: object, what: str) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise BadRequest(f"The {what} was missing. Reload the page and try again.") from None


def _decisions(form) -> dict[int, bool]:
    """Finding decisions from fields named `finding-<id>` with value `remove` or `keep`."""
    decisions: dict[int, bool] = {}
    for key, value in form.multi_items():
        if key.startswith("finding-") and key[8:].isdigit():
            decisions[int(key[8:])] = value == "remove"
    return decisions


async def decide(request: Request) -> Response:
    user = require_user(request)
    form = await request.form()
    require_csrf(request, form)
    engine = request.app.state.engine
    note_id = request.path_params["note_id"]
    version = _int(form.get("version"), "version")
    action = str(form.get("action", "preview"))
    if action == "approve":
        await run_in_threadpool(review.approve, engine, note_id, version, _decisions(form), user)
        await run_in_threadpool(publishing.after_decision, engine, request.app.state.index, note_id)
        return RedirectResponse(f"/review?done=published&note={note_id}", status_code=303)
    if action == "reject":
        await run_in_threadpool(review.reject, engine, note_id, version, str(form.get("reason", "")), user)
        await run_in_threadpool(publishing.after_decision, engine, request.app.state.index, note_id)
        return RedirectResponse(f"/review?done=rejected&note={note_id}", status_code=303)
    if action == "escalation":
        await run_in_threadpool(review.record_escalation, engine, note_id, version, form.getlist("steps"),
                                str(form.get("escalation_note", "")), user)
        return RedirectResponse(f"/review/{note_id}?saved=escalation#escalation", status_code=303)
    if action == "remove_sentence":
        await run_in_threadpool(review.remove_sentence, engine, note_id, version, _int(form.get("flag"), "concern"),
                                str(form.get("libel_note", "")), _decisions(form), user)
        return RedirectResponse(f"/review/{note_id}?saved=sentence#preview", status_code=303)
    phrase = str(form.get("phrase", "")) if action == "add" else ""
    remove_added = form.get("remove_added")
    added = await run_in_threadpool(
        review.save, engine, note_id, version, _decisions(form), user, add_phrase=phrase,
        remove_added=int(remove_added) if str(remove_added or "").isdigit() else None)
    outcome = ("added" if added else "phrase-not-found") if phrase else "saved"
    return RedirectResponse(f"/review/{note_id}?saved={outcome}#preview", status_code=303)


async def withdraw_published(request: Request) -> Response:
    user = require_user(request)
    form = await request.form()
    require_csrf(request, form)
    note_id = request.path_params["note_id"]
    await run_in_threadpool(publishing.withdraw, request.app.state.engine, request.app.state.index, note_id,
                            user.email)
    return RedirectResponse(f"/review?done=withdrawn&note={note_id}", status_code=303)


routes = [
    Route("/review", queue, name="queue"),
    Route("/review/{note_id:int}", review_page, methods=["GET"], name="review"),
    Route("/review/{note_id:int}", decide, methods=["POST"]),
    Route("/review/{note_id:int}/withdraw", withdraw_published, methods=["POST"], name="withdraw_published"),
]
