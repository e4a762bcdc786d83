"""Kiosks: enrolment, the guard that keeps a kiosk on its own pages, kiosk notes, the CLI."""
from __future__ import annotations

import re
import time

import pytest
from sqlmodel import Session, select
from starlette.testclient import TestClient

from tests.conftest import csrf_from, form_fields
from wiki.app import create_app
from wiki.cli import main
from wiki.models import AuditEntry, Contribution, Kiosk
from wiki.services import kiosks
from wiki.services.topics import ensure_demo_topics


def enrol_path(app, place: str = "Oakwood Day Centre") -> str:
    kiosk = kiosks.add_kiosk(app.state.engine, place)
    return "/kiosk/enrol/" + kiosks.enrol_token(app.state.settings.secret_key, kiosk)


def enrol(client: TestClient, path: str):
    page = client.get(path)
    assert page.status_code == 200, page.text
    return client.post(path, data={"csrf_token": csrf_from(page.text)}, follow_redirects=False)


@pytest.fixture
def kiosk_client(app, client):
    response = enrol(client, enrol_path(app))
    assert response.status_code == 303
    return client


def send_kiosk_note(client: TestClient, **answers: str):
    page = client.get("/kiosk/note?topic=carers-assessment")
    data = {"csrf_token": csrf_from(page.text), "submission_key": form_fields(page.text, "submission_key"),
            "topic": "carers-assessment", "author_role": answers.pop("author_role", "carer"),
            "wish_known": "", "advice": "", "what_happened": ""}
    data.update(answers)
    return client.post("/kiosk/note", data=data)


def test_enrolment_link_shows_the_place_and_sets_a_long_lived_httponly_cookie(app, client):
    path = enrol_path(app)
    page = client.get(path)
    assert "Oakwood Day Centre" in page.text and "Switch on the kiosk" in page.text
    response = client.post(path, data={"csrf_token": csrf_from(page.text)}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/kiosk/start"
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("candour_kiosk="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert int(re.search(r"Max-Age=(\d+)", cookie).group(1)) >= 360 * 24 * 3600
    start = client.get("/kiosk")
    assert start.status_code == 200
    assert "Oakwood Day Centre" in start.text and "Carer&#39;s assessment" in start.text
    assert 'href="/kiosk/note?topic=carers-assessment"' in start.text


def test_enrolment_link_works_once(app, client):
    path = enrol_path(app)
    page = client.get(path)
    assert client.post(path, data={"csrf_token": csrf_from(page.text)}, follow_redirects=False).status_code == 303
    with TestClient(app) as other_device:
        again = other_device.get(path)
        assert again.status_code == 410
        assert "used already" in again.text
        assert "candour_kiosk" not in other_device.cookies


def test_enrolment_link_expires(tmp_path):
    from wiki.settings import Settings

    settings = Settings.from_env(environ={}, data_dir=tmp_path / "data", run_worker=False, kiosk_link_max_age=1)
    app = create_app(settings)
    path = enrol_path(app)
    time.sleep(2.1)  # itsdangerous timestamps have a resolution of one second
    with TestClient(app) as client:
        response = client.get(path)
        assert response.status_code == 410
        assert "too old" in response.text


def test_a_forged_or_tampered_link_does_nothing(app, client):
    path = enrol_path(app)
    assert client.get(path[:-3] + "abc").status_code == 410
    assert client.get("/kiosk/enrol/not-a-token").status_code == 410


def test_kiosk_pages_need_a_kiosk(client):
    for path in ("/kiosk", "/kiosk/note?topic=carers-assessment", "/kiosk/thanks"):
        assert client.get(path).status_code == 404


@pytest.mark.parametrize("path", ["/", "/review", "/review/1", "/admin", "/admin/kiosks", "/search?q=form",
                                  "/contribute", "/topics/carers-assessment", "/notes/1", "/login", "/help",
                                  "/thanks", "/withdraw/abc", "/privacy"])
def test_a_kiosk_reaches_nothing_but_the_kiosk(kiosk_client, path):
    response = kiosk_client.get(path)
    assert response.status_code == 403
    assert "This page is not on the kiosk" in response.text
    # No way out: the only link goes back to the kiosk's start.
    assert set(re.findall(r'href="([^"]+)"', response.text)) == {"/static/kiosk.css", "/kiosk/start"}


def test_a_kiosk_cannot_post_outside_the_kiosk(kiosk_client):
    assert kiosk_client.post("/contribute", data={"advice": "x"}).status_code == 403
    assert kiosk_client.post("/login", data={"email": "a@b.org", "password": "x"}).status_code == 403


def test_a_kiosk_gets_static_files(kiosk_client):
    assert kiosk_client.get("/static/kiosk.js").status_code == 200
    assert kiosk_client.get("/static/icons/note.svg").status_code == 200


def test_a_forged_kiosk_cookie_is_ignored(client):
    client.cookies.set("candour_kiosk", "forged.value.here")
    assert client.get("/contribute").status_code == 200
    assert client.get("/kiosk").status_code == 404


def test_a_revoked_kiosk_says_it_is_switched_off_everywhere(app, kiosk_client):
    [kiosk] = kiosks.list_kiosks(app.state.engine)
    kiosks.revoke(app.state.engine, kiosk.id)
    for path in ("/kiosk", "/kiosk/note?topic=carers-assessment", "/", "/review"):
        response = kiosk_client.get(path)
        assert response.status_code == 403
        assert "This kiosk is switched off" in response.text
        assert "href=\"/" not in response.text.replace('href="/static/kiosk.css"', "")


def test_a_revoked_kiosk_link_cannot_be_used(app, client):
    path = enrol_path(app)
    [kiosk] = kiosks.list_kiosks(app.state.engine)
    kiosks.revoke(app.state.engine, kiosk.id)
    assert client.get(path).status_code == 410


def test_kiosk_note_is_stored_with_its_place_and_no_withdraw_link(app, kiosk_client):
    response = send_kiosk_note(kiosk_client, wish_known="Ask for the carer's assessment in writing.")
    assert response.status_code == 200
    assert response.url.path == "/kiosk/thanks"
    assert "Thank you. We have your note." in response.text
    assert "What happens next" in response.text
    assert "withdraw" not in response.text.lower()
    assert "If you need help now" not in response.text
    with Session(app.state.engine) as s:
        [note] = s.exec(select(Contribution)).all()
        actors = [a.actor for a in s.exec(select(AuditEntry).where(AuditEntry.contribution_id == note.id))]
    assert (note.source, note.kiosk_place, note.status) == ("kiosk", "Oakwood Day Centre", "analysed")
    assert note.wish_known == "Ask for the carer's assessment in writing."
    assert actors[0] == "kiosk"
    # The thank-you screen is shown once: the session is emptied, so Back or reload shows nothing.
    again = kiosk_client.get("/kiosk/thanks", follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == "/kiosk/start"
    assert "candour_session" not in kiosk_client.cookies


def test_kiosk_note_with_high_safeguarding_risk_shows_help_now(app, kiosk_client):
    response = send_kiosk_note(kiosk_client, what_happened="My partner hits me and I am scared to go home.")
    with Session(app.state.engine) as s:
        [note] = s.exec(select(Contribution)).all()
    assert note.safeguarding == "high"
    assert "If you need help now" in response.text and "Samaritans: 116 123" in response.text
    assert "withdraw" not in response.text.lower()


def test_kiosk_note_errors_keep_the_answers_on_the_kiosk_form(app, kiosk_client):
    response = send_kiosk_note(kiosk_client, author_role="", advice="Keep a diary of every call.")
    assert response.status_code == 400
    assert "Choose who you are" in response.text
    assert "Keep a diary of every call.</textarea>" in response.text
    assert 'action="/kiosk/note"' in response.text and "kiosk-step--error" in response.text
    with Session(app.state.engine) as s:
        assert s.exec(select(Contribution)).all() == []


def test_kiosk_form_is_one_question_per_step_with_timeouts_from_settings(app, kiosk_client):
    page = kiosk_client.get("/kiosk/note?topic=carers-assessment").text
    assert page.count("data-step") == 5
    assert 'data-idle-seconds="60"' in page and 'data-countdown-seconds="30"' in page
    assert 'autocomplete="off"' in page and "Are you still there?" in page
    assert "style=" not in page and "<script>" not in page
    assert kiosk_client.get("/kiosk/note?topic=nope", follow_redirects=False).headers["location"] == "/kiosk"


def test_start_wipes_the_session(app, kiosk_client):
    kiosk_client.get("/kiosk/note?topic=carers-assessment")  # starts a session for the CSRF token
    assert "candour_session" in kiosk_client.cookies
    response = kiosk_client.get("/kiosk/start", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/kiosk"
    assert "candour_session" not in kiosk_client.cookies
    kiosk_client.get("/kiosk")
    assert "candour_session" not in kiosk_client.cookies


def test_enrolling_signs_out_whoever_set_the_kiosk_up(app, client, reviewer):
    from tests.conftest import sign_in

    sign_in(client)
    assert client.get("/review").status_code == 200
    enrol(client, enrol_path(app))
    assert client.get("/review").status_code == 403
    client.cookies.delete("candour_kiosk")
    assert client.get("/review").status_code == 403  # the reviewer session went too


def test_countdown_setting_is_at_least_twenty_seconds():
    from wiki.settings import Settings

    assert Settings.from_env(environ={"CANDOUR_KIOSK_COUNTDOWN_SECONDS": "5"}, data_dir="/tmp/candour-k").kiosk_countdown_seconds == 20


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("CANDOUR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_cli_kiosk_add_list_revoke(env, capsys):
    assert main(["kiosk", "add", "Oakwood Day Centre", "--base-url", "https://candour.example"]) == 0
    out = capsys.readouterr().out
    assert "Added kiosk 1 at Oakwood Day Centre." in out
    url = re.search(r"https://candour\.example(/kiosk/enrol/\S+)", out).group(1)
    assert main(["kiosk", "list"]) == 0
    assert "1\tOakwood Day Centre\twaiting for its link" in capsys.readouterr().out
    assert main(["kiosk", "revoke", "1"]) == 0
    assert "switched off" in capsys.readouterr().out
    assert main(["kiosk", "list"]) == 0
    assert "1\tOakwood Day Centre\tswitched off" in capsys.readouterr().out
    assert main(["kiosk", "revoke", "7"]) == 2
    assert main(["kiosk", "add", "   "]) == 2

    from wiki.settings import Settings
    app = create_app(Settings.from_env(run_worker=False))
    with Session(app.state.engine) as s:
        assert s.exec(select(Kiosk)).one().revoked
    with TestClient(app) as client:
        assert client.get(url).status_code == 410  # the link of a revoked kiosk


def test_cli_link_enrols_a_device(env, capsys):
    assert main(["kiosk", "add", "Riverside Centre"]) == 0
    path = re.search(r"http://127\.0\.0\.1:8000(/kiosk/enrol/\S+)", capsys.readouterr().out).group(1)
    from wiki.settings import Settings
    app = create_app(Settings.from_env(run_worker=False))
    ensure_demo_topics(app.state.engine)
    with TestClient(app) as client:
        assert enrol(client, path).status_code == 303
        assert "Riverside Centre" in client.get("/kiosk").text
