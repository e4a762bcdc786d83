"""Public pages: topics, published notes, search, help."""
from __future__ import annotations

from sqlmodel import Session, select
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from search.query import search as run_search
from wiki.errors import NotFound
from wiki.models import Contribution, Status, Topic
from wiki.services.publishing import count_published
from wiki.services.topics import all_topics, topic_by_slug
from wiki.web import render

NOTES_PER_PAGE = 20


def _page_number(request: Request) -> int:
    try:
        return max(1, min(10_000, int(request.query_params.get("page", "1"))))
    except ValueError:
        return 1


async def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", {"topics": all_topics(request.app.state.engine)})


async def topic_page(request: Request) -> HTMLResponse:
    engine = request.app.state.engine
    topic = topic_by_slug(engine, request.path_params["slug"])
    page = _page_number(request)
    total = count_published(engine, topic.id)
    with Session(engine) as s:
        query = (select(Contribution).where(Contribution.topic_id == topic.id,
                                            Contribution.status == Status.published.value)
                 .order_by(Contribution.decided_at.desc()))
        notes = list(s.exec(query.offset((page - 1) * NOTES_PER_PAGE).limit(NOTES_PER_PAGE)))
    pages = max(1, -(-total // NOTES_PER_PAGE))
    return render(request, "topic.html", {"topic": topic, "notes": notes, "page": page, "pages": pages,
                                          "total": total})


async def note_page(request: Request) -> HTMLResponse:
    engine = request.app.state.engine
    with Session(engine) as s:
        note = s.get(Contribution, request.path_params["note_id"])
        if note is None or note.status != Status.published.value:
            raise NotFound("This note does not exist, or it has been withdrawn.")
        topic = s.get(Topic, note.topic_id)
    return render(request, "note.html", {"note": note, "topic": topic})


async def search_page(request: Request) -> HTMLResponse:
    params = request.query_params
    topics = all_topics(request.app.state.engine)
    topic = params.get("topic", "")
    if topic not in {t.slug for t in topics}:
        topic = ""
    practitioners = params.get("practitioners") == "1"
    results = None
    if "q" in params:
        results = run_search(request.app.state.index, params.get("q", ""), topic=topic,
                             practitioners_only=practitioners, page=_page_number(request))
    return render(request, "search.html", {"results": results, "topics": topics, "topic": topic,
                                           "practitioners": practitioners, "q": params.get("q", "")})


async def help_page(request: Request) -> HTMLResponse:
    return render(request, "help.html")


async def privacy_page(request: Request) -> HTMLResponse:
    return render(request, "privacy.html")


routes = [
    Route("/", home, name="home"),
    Route("/topics/{slug:str}", topic_page, name="topic"),
    Route("/notes/{note_id:int}", note_page, name="note"),
    Route("/search", search_page, name="search"),
    Route("/help", help_page, name="help"),
    Route("/privacy", privacy_page, name="privacy"),
]
