"""Response headers that keep people's words off shared devices and out of search engines."""
from __future__ import annotations

import logging
import time

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from wiki.errors import TooLarge
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PRIVATE_PREFIXES = ("/review", "/admin", "/login", "/thanks", "/withdraw", "/kiosk")
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

access_log = logging.getLogger("candour.access")


class PrivacyHeaders:
    """Every page: no caching (shared computers, kiosks), a strict CSP, no framing.
    Review, admin and contributor-only pages also ask search engines not to index them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path: str = scope["path"]
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                if not path.startswith("/static/"):
                    headers["Cache-Control"] = "no-store"
                    headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "same-origin"
                headers["X-Frame-Options"] = "DENY"
                if path.startswith(PRIVATE_PREFIXES):
                    headers["X-Robots-Tag"] = "noindex, nofollow"
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            # The path only: query strings can hold search words, and no client address is kept.
            access_log.info("%s %s %s %.0fms", scope["method"], path, status,
                            (time.perf_counter() - started) * 1000)


class CatchErrors:
    """Turn any unhandled exception into the error page, logging only its type.

    Starlette's own server-error handling re-raises, and the server would then
    log a traceback whose message could quote what someone typed.
    """

    def __init__(self, app: ASGIApp, handler) -> None:
        self.app = app
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                logging.getLogger("candour").error("%s after the response started on %s",
                                                   type(exc).__name__, scope["path"])
                return
            response = await self.handler(Request(scope, receive), exc)
            await response(scope, receive, send)


class BodyLimit:
    """Refuse request bodies over `max_bytes` with the friendly 413 page (raised
    as `TooLarge` so `CatchErrors` renders it), whether or not a length is declared."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise TooLarge()
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise TooLarge()
            return message

        await self.app(scope, limited_receive, send)


class KioskGuard:
    """Let `check` answer a request instead of the app: a device with a kiosk
    cookie reaches only the kiosk pages (see `wiki.routes.kiosk.guard`)."""

    def __init__(self, app: ASGIApp, check) -> None:
        self.app = app
        self.check = check

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        response = await self.check(Request(scope, receive))
        if response is not None:
            return await response(scope, receive, send)
        await self.app(scope, receive, send)
