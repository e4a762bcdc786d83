"""Reviewing: sign-in, the queue, decisions, approve, reject, conflicts."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from tests.conftest import contribute, csrf_from, form_fields, sign_in
from wiki.models import AuditEntry, Contribution, FindingRow
from wiki.services.accounts import add_user


def submit_note(client, **answers):
    response, _ = contribute(client, **answers)
    assert response.status_code == 200
    with Session(client.app.state.engine) as s:
        return s.exec(select(Contribution).order_by(Contribution.id.desc())).first().id


def review_form(client, note_id):
    page = client.get(f"/review/{note_id}")
    assert page.status_code == 200
    fields = {"csrf_token": csrf_from(page.text), "version": form_fields(page.text, "version")}
    for name, value in re.findall(r'name="(finding-\d+)" value="(remove|keep)" checked', page.text):
        fields[name] = value
    return page, fields


def test_review_pages_need_a_signed_in_reviewer(client, reviewer):
    note_id = submit_note(client, advice="Ask for the plan.")
    for path in ("/review", f"/review/{note_id}"):
        response = client.get(path)
        assert response.status_code == 403
        assert "Sign in" in response.text


def test_review_pages_are_private_and_uncached(client, reviewer):
    sign_in(client)
    response = client.get("/review")
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-robots-tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex">' in response.text


def test_a_finding_can_be_kept_and_a_phrase_added(client, reviewer, app):
    note_id = submit_note(client, what_happened="Call me on 07700 900123. We meet by the old mill and the "
                                                "council lost my form twice.")
    sign_in(client)
    page, fields = review_form(client, note_id)
    assert "07700 900123" in page.text
    # Keep everything the pipeline proposed, remove a phrase it could not know about.
    fields.update({k: "keep" for k in fields if k.startswith("finding-")})
    response = client.post(f"/review/{note_id}", data={**fields, "action": "add", "phrase": "the old mill"})
    assert "Phrase marked for removal." in response.text
    preview = response.text.split('id="preview"')[1]
    assert "old mill" not in preview and "[removed]" in preview
    assert "07700 900123" in preview  # kept by the reviewer's choice
    missing = client.post(f"/review/{note_id}", data={**review_form(client, note_id)[1], "action": "add",
                                                      "phrase": "not in the note"})
    assert "That exact phrase is not in the note" in missing.text


def test_approve_publishes_the_redacted_text_and_destroys_the_original(client, reviewer, app):
    note_id = submit_note(client, what_happened="Ring 07700 900123 if you want. The council lost my form twice.")
    sign_in(client)
    _, fields = review_form(client, note_id)
    response = client.post(f"/review/{note_id}", data={**fields, "action": "approve"})
    assert f"Note {note_id} has been published." in response.text
    with Session(app.state.engine) as s:
        note = s.get(Contribution, note_id)
        assert note.status == "published"
        assert note.what_happened is None
        assert "07700 900123" not in note.published_what_happened
        assert "The council lost my form twice." in note.published_what_happened
        assert s.exec(select(FindingRow).where(FindingRow.contribution_id == note_id)).first() is None
        actions = [a.action for a in s.exec(select(AuditEntry).where(AuditEntry.contribution_id == note_id))]
    assert actions[-1] == "published" and "opened" in actions
    public = client.get(f"/notes/{note_id}").text
    assert "The council lost my form twice." in public
    assert "1 phone number removed" in public
    assert "<h2>1 note</h2>" in client.get("/topics/carers-assessment").text


def test_reject_needs_a_reason_from_the_list(client, reviewer, app):
    note_id = submit_note(client, advice="Buy cheap watches at example dot com")
    sign_in(client)
    _, fields = review_form(client, note_id)
    bad = client.post(f"/review/{note_id}", data={**fields, "action": "reject", "reason": "too critical"})
    assert bad.status_code == 400
    assert "Choose a reason" in bad.text
    done = client.post(f"/review/{note_id}", data={**fields, "action": "reject", "reason": "spam"})
    assert f"Note {note_id} has been rejected." in done.text
    with Session(app.state.engine) as s:
        note = s.get(Contribution, note_id)
    assert (note.status, note.reject_reason, note.advice) == ("rejected", "spam", None)
    assert client.get(f"/notes/{note_id}").status_code == 404


def test_the_reject_form_says_criticism_is_never_a_reason(client, reviewer):
    note_id = submit_note(client, advice="The duty team is useless at weekends.")
    sign_in(client)
    page = client.get(f"/review/{note_id}").text
    assert "Criticism of a service is never a reason to reject a note." in page


def test_a_second_reviewer_deciding_a_decided_note_gets_a_conflict(client, reviewer, app):
    from starlette.testclient import TestClient

    add_user(app.state.engine, "second@example.org", "reviewer", "another long passphrase")
    note_id = submit_note(client, advice="Ask for an advocate.")
    sign_in(client)
    _, first_fields = review_form(client, note_id)
    with TestClient(app) as other:
        sign_in(other, "second@example.org", "another long passphrase")
        _, second_fields = review_form(other, note_id)
        assert other.post(f"/review/{note_id}", data={**second_fields, "action": "approve"}).status_code == 200
    response = client.post(f"/review/{note_id}", data={**first_fields, "action": "reject", "reason": "spam"})
    assert response.status_code == 409
    assert "Another reviewer has already published this note" in response.text
    with Session(app.state.engine) as s:
        assert s.get(Contribution, note_id).status == "published"


def test_a_stale_version_is_refused(client, reviewer):
    note_id = submit_note(client, advice="Ask for an advocate.")
    sign_in(client)
    _, fields = review_form(client, note_id)
    client.post(f"/review/{note_id}", data={**fields, "action": "preview"})
    stale = client.post(f"/review/{note_id}", data={**fields, "action": "approve"})
    assert stale.status_code == 409
    assert "changed this note while you had it open" in stale.text


def test_post_without_csrf_token_is_refused(client, reviewer):
    note_id = submit_note(client, advice="Ask for an advocate.")
    sign_in(client)
    _, fields = review_form(client, note_id)
    fields["csrf_token"] = "nope"
    response = client.post(f"/review/{note_id}", data={**fields, "action": "approve"})
    assert response.status_code == 400
    assert "This form has expired" in response.text


def test_a_published_note_can_be_withdrawn_by_a_reviewer(client, reviewer, app):
    note_id = submit_note(client, advice="Ask the council for the complaints procedure.")
    sign_in(client)
    _, fields = review_form(client, note_id)
    client.post(f"/review/{note_id}", data={**fields, "action": "approve"})
    assert client.get("/search", params={"q": "complaints procedure"}).text.count("/notes/") == 1
    page = client.get("/review")
    client.post(f"/review/{note_id}/withdraw", data={"csrf_token": csrf_from(page.text)})
    assert client.get(f"/notes/{note_id}").status_code == 404
    assert "No notes found" in client.get("/search", params={"q": "complaints procedure"}).text
