"""The `candour` command and the retry path for failed analysis."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlmodel import Session, select

from redaction import pipeline
from search.index import SearchIndex
from search.query import search
from tests.conftest import contribute
from wiki.cli import main
from wiki.models import AuditEntry, Contribution
from wiki.services.analysis import process_backlog


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("CANDOUR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_user_add_prints_a_password_once_and_refuses_duplicates(env, capsys):
    assert main(["user", "add", "Admin@Example.org", "--role", "admin"]) == 0
    assert "Added admin@example.org as admin. Password (shown once):" in capsys.readouterr().out
    assert main(["user", "add", "admin@example.org"]) == 2
    assert "already an account" in capsys.readouterr().err
    assert main(["user", "add", "not-an-email"]) == 2


def test_demo_then_reindex_rebuilds_search_from_published_notes(env, capsys):
    assert main(["demo"]) == 0
    assert "reviewer@example.org /" in capsys.readouterr().out
    index = SearchIndex(env / "index")
    before = search(index, "form").total
    assert before >= 1
    (env / "index").rename(env / "index-old")  # lose the index entirely
    assert main(["reindex"]) == 0
    assert "Indexed 3 published notes." in capsys.readouterr().out
    assert search(index, "form").total == before


def test_failed_analysis_keeps_the_note_and_work_retries_it(client, app, monkeypatch):
    def broken(text):  # a fault injected into the real pipeline's entry point
        raise RuntimeError("model crashed while reading " + text)

    monkeypatch.setattr(pipeline, "analyze", broken)
    response, _ = contribute(client, advice="Ask for the assessment in writing.")
    assert response.status_code == 200  # the contributor is thanked: the note is kept
    with Session(app.state.engine) as s:
        note = s.exec(select(Contribution)).one()
        audit = [a.detail for a in s.exec(select(AuditEntry))]
    assert note.status == "received" and note.analysis_attempts == 1
    assert "RuntimeError" in note.analysis_error and "assessment" not in note.analysis_error
    assert not any("assessment" in d for d in audit)

    monkeypatch.undo()
    assert process_backlog(app.state.engine) == (1, 0)
    with Session(app.state.engine) as s:
        assert s.exec(select(Contribution)).one().status == "analysed"


def test_console_script_help_lists_every_command():
    done = subprocess.run([sys.executable, "-m", "wiki.cli", "--help"], capture_output=True, text=True, check=True)
    for command in ("serve", "migrate", "user", "demo", "reindex", "work"):
        assert command in done.stdout
