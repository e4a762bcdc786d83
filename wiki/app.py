"""create_app(settings): the whole ASGI application in one place."""
from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import AsyncIterator

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from redaction import pipeline
from search.index import SearchIndex
from wiki.db import is_locked_error, make_engine, migrate
from wiki.errors import Busy, CandourError, NotFound, TooLarge
from wiki.middleware import BodyLimit, CatchErrors, KioskGuard, PrivacyHeaders
from wiki.routes import admin, auth, contribute, kiosk, public, review
from wiki.services.accounts import LoginThrottle
from wiki.settings import Settings
from wiki.web import render
from wiki.worker import Worker

log = logging.getLogger("candour")
STATIC_DIR = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings.from_env()
    engine = make_engine(settings)
    migrate(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(pipeline.warm_up)
        worker = None
        if settings.run_worker:
            worker = Worker(engine, settings.worker_interval, settings.max_analysis_attempts)
            worker.start()
        try:
            yield
        finally:
            if worker:
                worker.stop()
            engine.dispose()

    middleware = [
        Middleware(PrivacyHeaders),
        Middleware(SessionMiddleware, secret_key=settings.secret_key, session_cookie="candour_session",
                   max_age=settings.session_max_age, same_site="lax", https_only=settings.secure_cookies),
        Middleware(CatchErrors, handler=handle_error),
        # A kiosk device reaches the kiosk pages only.
        Middleware(KioskGuard, check=kiosk.guard),
        # Three answers at the limit, in UTF-8 and URL-encoded, with room for the other fields.
        Middleware(BodyLimit, max_bytes=settings.max_answer_chars * 3 * 12 + 64_000),
    ]
    routes = [
        *public.routes,
        *contribute.routes,
        *auth.routes,
        *review.routes,
        *kiosk.routes,
        *admin.routes,
        Mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static"),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: handle_error, CandourError: handle_error})
    app.state.settings = settings
    app.state.engine = engine
    app.state.index = SearchIndex(settings.index_dir)
    app.state.throttle = LoginThrottle(settings.login_free_attempts, settings.login_lockout_seconds)
    return app


async def handle_error(request: Request, exc: Exception) -> Response:
    """Render every error as a page with a plain message. Never echoes input."""
    if isinstance(exc, HTTPException):
        error: CandourError = {404: NotFound(), 405: NotFound(), 413: TooLarge()}.get(
            exc.status_code, CandourError())
        if exc.status_code not in (404, 405, 413):
            error.status = exc.status_code
    elif isinstance(exc, CandourError):
        error = exc
    elif is_locked_error(exc):
        error = Busy()
    else:
        log.error("unhandled %s on %s %s", type(exc).__name__, request.method, request.url.path)
        error = CandourError()
    headers = {"Retry-After": str(getattr(error, "retry_after", 5))} if error.status in (429, 503) else None
    # On a kiosk the error page has no links out of the kiosk.
    template = "kiosk/error.html" if request.scope.get("state", {}).get("kiosk") else "error.html"
    return render(request, template, {"error": error}, status_code=error.status, headers=headers)
