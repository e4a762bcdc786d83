"""One note's whole journey, then a search of every byte we keep for what was removed."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from tests.conftest import contribute, csrf_from, form_fields, sign_in

NAME = "Jane Whitfield"
PHONE = "07700 900461"
EMAIL = "jane.whitfield@example.org"
CRITICISM = "Hackney Council lost my form twice and nobody said sorry."


def leaked_in_bytes(folder_or_files: list[Path], needles: list[str]) -> list[str]:
    hits = []
    for path in folder_or_files:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for f in files:
            data = f.read_bytes()
            for needle in needles:
                for encoded in {needle.encode("utf-8"), needle.encode("utf-16-le")}:
                    if encoded in data:
                        hits.append(f"{needle!r} in {f.name}")
    return hits


def test_note_naming_a_social_worker_is_published_without_her_details(client, reviewer, app, settings, caplog):
    caplog.set_level(logging.DEBUG)
    note = (f"My social worker {NAME} never called back. I rang her on {PHONE} and emailed {EMAIL} "
            f"every week for a month. {CRITICISM}")

    # A carer contributes.
    response, _ = contribute(client, topic="carers-assessment", author_role="carer", what_happened=note,
                             advice="Keep a copy of every form you send.")
    assert "Thank you. We have your note." in response.text

    # A reviewer signs in and sees it in the queue.
    queue = sign_in(client)
    assert queue.status_code == 200
    match = re.search(r'href="/review/(\d+)"', queue.text)
    assert match, "the note is not in the queue"
    note_id = int(match.group(1))

    # The review page shows the findings with their reasons; the reviewer approves as proposed.
    page = client.get(f"/review/{note_id}")
    assert NAME in page.text and PHONE in page.text
    assert page.text.count('class="finding finding--') >= 3
    decisions = dict(re.findall(r'name="(finding-\d+)" value="(remove)" checked', page.text))
    published = client.post(f"/review/{note_id}", data={
        "csrf_token": csrf_from(page.text), "version": form_fields(page.text, "version"),
        "action": "approve", **decisions})
    assert f"Note {note_id} has been published." in published.text

    # The public page has the criticism word for word, and not the name, phone or email.
    public = client.get("/topics/carers-assessment").text
    assert CRITICISM in public
    assert "never called back" in public
    assert "Keep a copy of every form you send." in public
    for secret in (NAME, "Whitfield", PHONE, EMAIL):
        assert secret not in public
    assert "removed · reviewed" in public

    # Search finds it, by words of the criticism.
    found = client.get("/search", params={"q": "lost form"})
    assert f'href="/notes/{note_id}"' in found.text
    assert "Whitfield" not in found.text
    assert client.get("/search", params={"q": "Whitfield"}).text.count("/notes/") == 0

    # Nothing we keep holds the name or the phone number: database, its WAL and journal, the index, the logs.
    client.close()
    app.state.engine.dispose()
    db = Path(settings.database_url.removeprefix("sqlite:///"))
    kept = [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-journal"), Path(f"{db}-shm")) if p.exists()]
    assert db in kept
    needles = [NAME, "Whitfield", PHONE, PHONE.replace(" ", ""), EMAIL]
    assert leaked_in_bytes(kept + [settings.index_dir], needles) == []
    # The server's logs, that is: the test client's own request log shows the search made above.
    logs = "\n".join(r.getMessage() + " " + str(r.args) for r in caplog.records if not r.name.startswith("httpx"))
    assert caplog.records, "no logs were captured"
    for needle in needles:
        assert needle not in logs
