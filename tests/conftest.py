"""Shared fixtures: a real app on a real SQLite file and a real index in a temporary folder."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from wiki.app import create_app
from wiki.services.accounts import add_user
from wiki.services.topics import ensure_demo_topics
from wiki.settings import Settings

REVIEWER_PASSWORD = "a long reviewer passphrase"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(environ={}, data_dir=tmp_path / "data", run_worker=False,
                             login_free_attempts=3, login_lockout_seconds=30, db_busy_timeout_ms=200)


@pytest.fixture
def app(settings: Settings):
    application = create_app(settings)
    ensure_demo_topics(application.state.engine)
    return application


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def reviewer(app):
    user, _ = add_user(app.state.engine, "reviewer@example.org", "reviewer", REVIEWER_PASSWORD)
    return user


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


def form_fields(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert match, f"page has no {name} field"
    return match.group(1)


def sign_in(client: TestClient, email: str = "reviewer@example.org", password: str = REVIEWER_PASSWORD):
    page = client.get("/login")
    return client.post("/login", data={"email": email, "password": password, "csrf_token": csrf_from(page.text)})


def contribute(client: TestClient, **answers: str):
    """Fill in and send the contribution form as a browser would."""
    page = client.get("/contribute")
    data = {
        "csrf_token": csrf_from(page.text),
        "submission_key": form_fields(page.text, "submission_key"),
        "topic": answers.pop("topic", "carers-assessment"),
        "author_role": answers.pop("author_role", "carer"),
        "local_authority": answers.pop("local_authority", ""),
        "wish_known": "", "advice": "", "what_happened": "",
    }
    data.update(answers)
    return client.post("/contribute", data=data), data
