"""A high-risk note: help shown at once, top of the queue, escalation recorded."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from tests.conftest import contribute, csrf_from, form_fields, sign_in
from wiki.models import AuditEntry, Contribution


def test_high_risk_note_shows_help_goes_first_and_records_escalation(client, reviewer, app):
    contribute(client, advice="Ask for the assessment in writing.")
    response, _ = contribute(client, what_happened="I have the pills ready and I am going to end my life tonight.")
    assert "If you need help now" in response.text
    assert "116 123" in response.text and "0808 2000 247" in response.text

    queue = sign_in(client).text
    rows = re.findall(r'href="/review/(\d+)"', queue)
    with Session(app.state.engine) as s:
        high = s.exec(select(Contribution).where(Contribution.safeguarding == "high")).one()
    assert rows[0] == str(high.id)  # newer, but first
    assert "Safeguarding: high" in queue

    page = client.get(f"/review/{high.id}").text
    assert "Escalation checklist" in page
    client.post(f"/review/{high.id}", data={
        "csrf_token": csrf_from(page), "version": form_fields(page, "version"), "action": "escalation",
        "steps": ["read", "lead"], "escalation_note": "Passed to the duty safeguarding lead at 10:05."})
    with Session(app.state.engine) as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "escalation")).one()
        assert s.get(Contribution, high.id).escalation_note.startswith("Passed to the duty")
    assert entry.detail == "steps done: read, lead"
    assert entry.actor == "reviewer@example.org"


def test_an_ordinary_note_gets_no_help_panel(client):
    response, _ = contribute(client, advice="The crisis team is useless at weekends.")
    assert "If you need help now" not in response.text.split("<footer")[0]


INDIRECT = ("Four months on the waiting list and nobody rings back. I have stopped going out and I have stopped "
            "eating properly. Last night I sat on the bridge for an hour thinking it would be easier for everyone. "
            "I am only writing this so someone knows the wait is not harmless.")


def test_a_risk_only_the_triage_model_sees_gets_help_and_an_explained_flag(client, reviewer, app):
    response, _ = contribute(client, what_happened=INDIRECT)
    assert "If you need help now" in response.text
    sign_in(client)
    with Session(app.state.engine) as s:
        note = s.exec(select(Contribution).where(Contribution.safeguarding == "high")).one()
    page = client.get(f"/review/{note.id}").text
    assert "possible concern (model)" in page
    assert "weighed most" in page and "No rule matched" in page
