"""The admin page for kiosks: admins only; add shows the link once; revoke."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from tests.conftest import csrf_from, sign_in
from wiki.models import AuditEntry
from wiki.services import kiosks
from wiki.services.accounts import add_user

ADMIN_PASSWORD = "a long admin passphrase"


def sign_in_admin(app, client):
    add_user(app.state.engine, "admin@example.org", "admin", ADMIN_PASSWORD)
    sign_in(client, "admin@example.org", ADMIN_PASSWORD)


def test_kiosk_admin_is_for_admins_only(app, client, reviewer):
    assert client.get("/admin/kiosks").status_code == 403
    sign_in(client)
    response = client.get("/admin/kiosks")
    assert response.status_code == 403
    assert "Only admins" in response.text
    token = csrf_from(client.get("/contribute").text)
    assert client.post("/admin/kiosks", data={"csrf_token": token, "place": "X"}).status_code == 403
    assert kiosks.list_kiosks(app.state.engine) == []


def test_admin_adds_a_kiosk_sees_the_link_once_and_revokes_it(app, client):
    sign_in_admin(app, client)
    page = client.get("/admin")
    assert page.url.path == "/admin/kiosks" and "No kiosks yet." in page.text
    response = client.post("/admin/kiosks", data={"csrf_token": csrf_from(page.text), "place": " Oakwood  Day Centre "})
    assert response.status_code == 200
    link = re.search(r'<code id="enrol-link">([^<]+)</code>', response.text).group(1)
    assert link.startswith("http://testserver/kiosk/enrol/")
    assert "Oakwood Day Centre" in response.text and "Waiting for its link to be opened" in response.text
    assert "enrol-link" not in client.get("/admin/kiosks").text  # shown once

    [kiosk] = kiosks.list_kiosks(app.state.engine)
    page = client.get("/admin/kiosks")
    response = client.post(f"/admin/kiosks/{kiosk.id}/revoke", data={"csrf_token": csrf_from(page.text)})
    assert "Switched off" in response.text
    with Session(app.state.engine) as s:
        actions = [a.action for a in s.exec(select(AuditEntry))]
    assert "kiosk_added" in actions and "kiosk_revoked" in actions


def test_admin_can_make_a_new_link_for_a_kiosk_not_yet_switched_on(app, client):
    sign_in_admin(app, client)
    page = client.get("/admin/kiosks")
    client.post("/admin/kiosks", data={"csrf_token": csrf_from(page.text), "place": "Oakwood"})
    [kiosk] = kiosks.list_kiosks(app.state.engine)
    response = client.post(f"/admin/kiosks/{kiosk.id}/link", data={"csrf_token": csrf_from(page.text)})
    assert re.search(r'<code id="enrol-link">http://testserver/kiosk/enrol/', response.text)


def test_an_empty_place_is_explained(app, client):
    sign_in_admin(app, client)
    page = client.get("/admin/kiosks")
    response = client.post("/admin/kiosks", data={"csrf_token": csrf_from(page.text), "place": "  "})
    assert response.status_code == 400
    assert "Give the name of the place" in response.text
    assert kiosks.list_kiosks(app.state.engine) == []


def test_admin_forms_need_a_csrf_token(app, client):
    sign_in_admin(app, client)
    assert client.post("/admin/kiosks", data={"place": "Oakwood"}).status_code == 400
    assert kiosks.list_kiosks(app.state.engine) == []
