"""Search over published notes: filters, highlighting, pagination, bad queries."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from search.index import IndexedNote, SearchIndex
from search.query import PAGE_SIZE, search


def note(i: int, text: str, topic: str = "carers-assessment", role: str = "carer") -> IndexedNote:
    return IndexedNote(i, topic, topic.replace("-", " ").title(), role, text, datetime.now(timezone.utc))


@pytest.fixture
def index(tmp_path) -> SearchIndex:
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild([
        note(1, "The council lost my form twice."),
        note(2, "Ask for an advocate before the conference.", topic="child-protection-conference"),
        note(3, "Share the report three days before the conference.", topic="child-protection-conference",
             role="practitioner"),
        note(4, "Direct payments can pay for a <b>personal assistant</b>.", topic="direct-payments"),
    ])
    return ix


def test_finds_by_stemmed_words_and_highlights(index):
    results = search(index, "losing forms")
    assert [h.note_id for h in results.hits] == [1]
    assert "<mark>lost</mark>" not in results.hits[0].snippet  # stemming matches "form", not "lost"
    assert "<mark>form</mark>" in results.hits[0].snippet


def test_snippets_are_escaped(index):
    [hit] = search(index, "assistant").hits
    assert "&lt;b&gt;" in hit.snippet or "&lt;b" in hit.snippet
    assert "<b>" not in hit.snippet


def test_topic_and_practitioner_filters(index):
    assert {h.note_id for h in search(index, "conference").hits} == {2, 3}
    assert [h.note_id for h in search(index, "conference", practitioners_only=True).hits] == [3]
    assert search(index, "conference", topic="direct-payments").hits == []


@pytest.mark.parametrize("query", ["", "   ", "(((", '"', "AND OR NOT", "*:*:", "\x00", "a" * 5000])
def test_bad_queries_never_raise(index, query):
    results = search(index, query)
    assert results.total == 0 or results.hits
    assert results.problem in {"", "empty", "no-words"}


def test_pagination(tmp_path):
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild(note(i, f"Note number {i} about assessments") for i in range(1, 26))
    first, third = search(ix, "assessment"), search(ix, "assessment", page=3)
    assert (first.total, first.pages, len(first.hits)) == (25, 3, PAGE_SIZE)
    assert len(third.hits) == 5
    assert search(ix, "assessment", page=99).page == 3


def test_remove_and_update(index):
    index.remove(1)
    assert search(index, "council").hits == []
    index.add(note(2, "Rewritten text about housing."))
    assert search(index, "advocate").hits == []
    assert [h.note_id for h in search(index, "housing").hits] == [2]
