"""Public pages: topics, search page behaviour, error pages, headers."""
from __future__ import annotations

import pytest


def test_home_lists_the_demo_topics(client):
    page = client.get("/").text
    for title in ("Adult social care assessment", "Carer&#39;s assessment", "Direct payments and personal budgets",
                  "Child protection conference", "Leaving care", "Housing and homelessness",
                  "Mental health crisis team", "Hospital discharge", "SEND and EHCPs"):
        assert title in page
    assert 'role="search"' in page


def test_topic_page_invites_a_contribution(client):
    page = client.get("/topics/leaving-care")
    assert page.status_code == 200
    assert 'href="/contribute?topic=leaving-care"' in page.text
    assert "No notes yet" in page.text


@pytest.mark.parametrize("path", ["/topics/nope", "/notes/999", "/no-such-page"])
def test_unknown_pages_get_a_friendly_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "<h1>" in response.text and "Traceback" not in response.text


@pytest.mark.parametrize("query,expected", [
    ("", "Type some words to search for"),
    ("(((", "We could not search for that"),
    ("zebra", "No notes found for"),
])
def test_search_page_is_helpful_for_empty_bad_and_unmatched_queries(client, query, expected):
    response = client.get("/search", params={"q": query, "topic": "not-a-topic", "page": "abc"})
    assert response.status_code == 200
    assert expected in response.text


def test_every_page_sends_privacy_headers(client):
    response = client.get("/")
    assert response.headers["cache-control"] == "no-store"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"


def test_help_page_lists_the_helplines(client):
    page = client.get("/help").text
    for number in ("116 123", "0800 1111", "0808 2000 247", "999"):
        assert number in page
