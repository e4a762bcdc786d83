"""Signing reviewers in and out."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from wiki.errors import TooManyAttempts
from wiki.services.accounts import authenticate
from wiki.web import csrf_ok, render, require_csrf

WRONG = "Enter a correct email address and password"


async def login(request: Request) -> Response:
    if request.method == "GET":
        return render(request, "login.html", {"email": "", "error": None})
    form = await request.form()
    email = str(form.get("email", ""))[:254]
    if not csrf_ok(request, form):
        return render(request, "login.html", {"email": email, "error": "Your form had expired. Try again"},
                      status_code=400)
    try:
        user = await run_in_threadpool(authenticate, request.app.state.engine, request.app.state.throttle,
                                       email, str(form.get("password", ""))[:1000])
    except TooManyAttempts as exc:
        return render(request, "login.html", {"email": email, "error": exc.message}, status_code=429,
                      headers={"Retry-After": str(exc.retry_after)})
    if user is None:
        return render(request, "login.html", {"email": email, "error": WRONG}, status_code=401)
    request.session.clear()  # a fresh session on sign-in: no fixation
    request.session["user_id"] = user.id
    return RedirectResponse("/review", status_code=303)


async def logout(request: Request) -> HTMLResponse | RedirectResponse:
    form = await request.form()
    require_csrf(request, form)
    request.session.clear()
    return RedirectResponse("/", status_code=303)


routes = [
    Route("/login", login, methods=["GET", "POST"], name="login"),
    Route("/logout", logout, methods=["POST"], name="logout"),
]
