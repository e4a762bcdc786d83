"""Libel flags on the review page: de-identify first, remove the sentence only with a note."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from tests.conftest import contribute, csrf_from, form_fields, sign_in
from wiki.models import AuditEntry, Contribution

ALLEGATION = "My support worker Gary Pemberton stole £200 from my mum's purse."
CRITICISM = "The council took six weeks to answer my complaint."


def open_flagged_note(client):
    contribute(client, what_happened=f"{ALLEGATION} {CRITICISM}")
    page = sign_in(client).text
    note_id = int(re.search(r'href="/review/(\d+)"', page).group(1))
    return note_id, client.get(f"/review/{note_id}").text


def test_a_libel_flag_explains_itself_and_offers_de_identifying_first(client, reviewer):
    note_id, page = open_flagged_note(client)
    assert "Possible libel" in page
    assert "Pemberton" in page.split("Concerns found")[1].split("</section>")[0]  # the target is named
    assert page.index("First, remove who it is about") < page.index("Remove this sentence instead")
    preview = page.split('id="preview"')[1]
    assert "Pemberton" not in preview  # the name is proposed for removal by default
    assert CRITICISM in preview


def test_removing_the_sentence_needs_a_note_and_keeps_the_rest(client, reviewer, app):
    note_id, page = open_flagged_note(client)
    flag_id = re.search(r'name="flag" value="(\d+)"', page).group(1)
    base = {"csrf_token": csrf_from(page), "version": form_fields(page, "version"), "flag": flag_id,
            "action": "remove_sentence"}
    refused = client.post(f"/review/{note_id}", data={**base, "libel_note": "   "})
    assert refused.status_code == 400
    assert "Add a note to remove a sentence" in refused.text

    done = client.post(f"/review/{note_id}", data={**base, "libel_note": "Theft claim; police matter, not ours."})
    preview = done.text.split('id="preview"')[1]
    assert "[sentence removed: libel risk]" in preview
    assert "stole" not in preview and CRITICISM in preview

    page = client.get(f"/review/{note_id}").text
    client.post(f"/review/{note_id}", data={"csrf_token": csrf_from(page), "version": form_fields(page, "version"),
                                            "action": "approve"})
    with Session(app.state.engine) as s:
        note = s.get(Contribution, note_id)
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "sentence_removed")).one()
    assert note.published_what_happened.startswith("[sentence removed: libel risk]")
    assert CRITICISM in note.published_what_happened
    assert "reason=libel risk" in entry.detail and "Pemberton" not in entry.detail
    assert "1 sentence" in note.removal_summary


MODEL_ONLY = ("My mum's carer from the agency, Dean Holloway, has been coming in late for months. Last week mum's rings "
              "went missing from the dish on her dresser and Dean was the only one in the house that day. He won't look "
              "at me now and the agency says it is 'looking into it'. Keep a list of valuables and photograph them.")


def test_an_allegation_only_the_model_sees_is_flagged_with_its_target_and_remedy(client, reviewer):
    contribute(client, what_happened=MODEL_ONLY)
    page = sign_in(client).text
    note_id = int(re.search(r'href="/review/(\d+)"', page).group(1))
    page = client.get(f"/review/{note_id}").text
    concerns = page.split("Concerns found")[1].split("</section>")[0]
    assert "Possible libel" in concerns and "possible allegation (model)" in concerns
    assert "Dean Holloway" in concerns and "weighed most" in concerns
    assert "First, remove who it is about" in page
