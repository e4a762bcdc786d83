"""The contribution form: happy path and every kind of bad input."""
from __future__ import annotations

import sqlite3
import threading

from sqlmodel import Session, select

from tests.conftest import contribute, csrf_from, form_fields
from wiki.models import AuditEntry, Contribution


def notes(app) -> list[Contribution]:
    with Session(app.state.engine) as s:
        return list(s.exec(select(Contribution)))


def test_a_valid_note_is_stored_analysed_and_thanked(client, app):
    response, _ = contribute(client, wish_known="Ask for the assessment in writing.")
    assert response.status_code == 200
    assert "Thank you. We have your note." in response.text
    assert "/withdraw/" in response.text
    [note] = notes(app)
    assert note.status == "analysed"
    assert note.wish_known == "Ask for the assessment in writing."
    with Session(app.state.engine) as s:
        actions = [a.action for a in s.exec(select(AuditEntry).where(AuditEntry.contribution_id == note.id))]
    assert actions == ["received", "analysed"]


def test_form_has_labels_hints_and_no_autocomplete(client):
    page = client.get("/contribute?topic=leaving-care").text
    for field in ("topic", "local_authority", "wish_known", "advice", "what_happened"):
        assert f'<label class="label label--m" for="{field}">' in page
    assert '<option value="leaving-care" selected>' in page
    assert 'autocomplete="off"' in page


def test_empty_submission_gets_an_error_summary(client, app):
    response, _ = contribute(client)
    assert response.status_code == 400
    assert "There is a problem" in response.text
    assert "Answer at least one of the three questions" in response.text
    assert notes(app) == []


def test_missing_topic_and_role_are_explained_and_answers_kept(client, app):
    response, _ = contribute(client, topic="", author_role="", advice="Keep a diary of every call.")
    assert response.status_code == 400
    assert "Choose what your note is about" in response.text
    assert "Choose who you are" in response.text
    assert "Keep a diary of every call.</textarea>" in response.text
    assert notes(app) == []


def test_an_answer_over_the_limit_is_refused_and_kept_in_the_form(client, app):
    long_answer = "word " * 2000 + "end"  # 10,003 characters
    response, _ = contribute(client, what_happened=long_answer)
    assert response.status_code == 400
    assert "is 10,003 characters long. It must be 10,000 characters or fewer" in response.text
    assert long_answer + "</textarea>" in response.text
    assert notes(app) == []


def test_an_answer_at_the_limit_is_accepted(client, app):
    response, _ = contribute(client, what_happened="x" * 10_000)
    assert response.status_code == 200
    assert len(notes(app)) == 1


def test_a_body_far_over_the_limit_gets_a_clear_page(client, app):
    page = client.get("/contribute")
    response = client.post("/contribute", data={"csrf_token": csrf_from(page.text), "advice": "x" * 2_000_000})
    assert response.status_code == 413
    assert "too much to send at once" in response.text
    assert notes(app) == []


def test_control_characters_and_surrogates_are_cleaned(client, app):
    page = client.get("/contribute")
    body = ("csrf_token=" + csrf_from(page.text) + "&submission_key=" + form_fields(page.text, "submission_key")
            + "&topic=carers-assessment&author_role=carer"
            + "&wish_known=Ask%00 for%07 help%ED%A0%80 early%E2%80%AE%0D%0Anow&advice=%FF%FE")
    response = client.post("/contribute", content=body.encode("latin-1"),
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    [note] = notes(app)
    assert note.wish_known == "Ask for help early\nnow"
    assert note.advice is None


def test_a_double_submit_stores_one_note(client, app):
    first, data = contribute(client, advice="Bring someone with you to the meeting.")
    second = client.post("/contribute", data=data)
    assert first.status_code == second.status_code == 200
    assert len(notes(app)) == 1


def test_an_expired_form_keeps_the_answers(client, app):
    page = client.get("/contribute")
    response = client.post("/contribute", data={
        "csrf_token": "forged", "submission_key": form_fields(page.text, "submission_key"),
        "topic": "carers-assessment", "author_role": "carer", "advice": "Ask for a copy of the plan."})
    assert response.status_code == 400
    assert "Your form had expired" in response.text
    assert "Ask for a copy of the plan.</textarea>" in response.text
    assert notes(app) == []


def test_a_locked_database_gives_a_clear_message_and_keeps_the_text(client, app, settings):
    page = client.get("/contribute")
    data = {"csrf_token": csrf_from(page.text), "submission_key": form_fields(page.text, "submission_key"),
            "topic": "carers-assessment", "author_role": "carer", "advice": "Phone before 10am."}
    blocker = sqlite3.connect(settings.database_url.removeprefix("sqlite:///"))
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        response = client.post("/contribute", data=data)
    finally:
        blocker.rollback()
        blocker.close()
    assert response.status_code == 503
    assert "the service is busy" in response.text
    assert "Phone before 10am.</textarea>" in response.text
    retry = client.post("/contribute", data=data)
    assert retry.status_code == 200
    assert len(notes(app)) == 1


def test_concurrent_double_submit_stores_one_note(app):
    from starlette.testclient import TestClient

    with TestClient(app) as c:
        page = c.get("/contribute")
        data = {"csrf_token": csrf_from(page.text), "submission_key": form_fields(page.text, "submission_key"),
                "topic": "carers-assessment", "author_role": "carer", "advice": "Ask early."}
        codes: list[int] = []
        threads = [threading.Thread(target=lambda: codes.append(c.post("/contribute", data=data).status_code))
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(notes(app)) == 1
    assert set(codes) <= {200, 503}
    assert 200 in codes


def test_withdrawing_a_note_destroys_its_text(client, app):
    response, _ = contribute(client, advice="Ask for the minutes of the meeting.")
    link = response.text.split('class="withdraw-link"><a href="')[1].split('"')[0]
    confirm = client.get(link)
    assert "Delete my note" in confirm.text
    done = client.post(link, data={"csrf_token": csrf_from(confirm.text)})
    assert "Your note has been deleted" in done.text
    [note] = notes(app)
    assert note.status == "withdrawn"
    assert note.advice is None
    assert client.get(link).status_code == 404
