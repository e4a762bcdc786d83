"""Errors that carry their HTTP status and a plain-English message.

One handler in `wiki.app` renders them all. Messages never include what a
contributor typed.
"""
from __future__ import annotations


class CandourError(Exception):
    status = 500
    title = "Sorry, something went wrong"
    message = "Please try again later."

    def __init__(self, message: str | None = None, *, title: str | None = None) -> None:
        super().__init__(message or self.message)
        if message:
            self.message = message
        if title:
            self.title = title


class BadRequest(CandourError):
    status = 400
    title = "Something was wrong with that request"
    message = "Go back and try again."


class NotFound(CandourError):
    status = 404
    title = "Page not found"
    message = "If you typed the web address, check it is correct."


class Forbidden(CandourError):
    status = 403
    title = "You cannot see this page"
    message = "You may need to sign in with a different account."


class Conflict(CandourError):
    status = 409
    title = "This note has already been decided"
    message = "Another reviewer decided this note while you had it open. Nothing you did was saved."


class TooLarge(CandourError):
    status = 413
    title = "That was too much to send at once"
    message = "Each answer can be up to 10,000 characters. Go back, shorten your answers and try again."


class TooManyAttempts(CandourError):
    status = 429
    title = "Too many attempts"

    def __init__(self, retry_after: int) -> None:
        self.retry_after = max(1, int(retry_after))
        super().__init__(f"Wait {self.retry_after} seconds, then try to sign in again.")


class Busy(CandourError):
    status = 503
    title = "We could not save that just now"
    message = "The service is busy. Wait a moment and try again."
