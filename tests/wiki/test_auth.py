"""Signing in: same message for wrong password and unknown email; guessing slowed down."""
from __future__ import annotations

from tests.conftest import sign_in
from wiki.services.accounts import LoginThrottle


def test_correct_password_signs_in(client, reviewer):
    response = sign_in(client)
    assert response.status_code == 200
    assert "Review queue" in response.text
    cookie = response.history[0].headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()


def test_wrong_password_and_unknown_email_get_the_same_message(client, reviewer):
    wrong = sign_in(client, password="not the right one")
    unknown = sign_in(client, email="nobody@example.org", password="not the right one")
    assert wrong.status_code == unknown.status_code == 401
    assert "Enter a correct email address and password" in wrong.text
    assert wrong.text.replace("reviewer@example.org", "X") == unknown.text.replace("nobody@example.org", "X")


def test_repeated_failures_are_slowed_down(client, reviewer):
    for _ in range(3):  # the fixture allows 3 free attempts
        assert sign_in(client, password="wrong guess").status_code == 401
    blocked = sign_in(client)  # even the right password must wait now
    assert blocked.status_code == 429
    assert "Wait 30 seconds" in blocked.text
    assert blocked.headers["retry-after"] == "30"
    other = sign_in(client, email="nobody@example.org", password="x")
    assert other.status_code == 401  # one email's lockout does not block others


def test_throttle_waits_double_and_reset_on_success():
    now = [0.0]
    throttle = LoginThrottle(free_attempts=2, base_seconds=10, clock=lambda: now[0])
    throttle.failed("a")
    throttle.check("a")
    throttle.failed("a")
    waits = []
    for _ in range(3):
        try:
            throttle.check("a")
        except Exception as exc:  # TooManyAttempts
            waits.append(exc.retry_after)
        now[0] += 100
        throttle.failed("a")
    assert waits == [10, 20, 40]
    now[0] += 1000
    throttle.succeeded("a")
    throttle.check("a")


def test_sign_out_ends_the_session(client, reviewer):
    from tests.conftest import csrf_from

    page = sign_in(client)
    client.post("/logout", data={"csrf_token": csrf_from(page.text)})
    assert client.get("/review").status_code == 403
