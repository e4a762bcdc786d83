"""Searching published notes: parse, filter, highlight, paginate."""
from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import highlight
from whoosh.qparser import OrGroup, QueryParser
from whoosh.query import And, NullQuery, Term

from search.index import SearchIndex

PAGE_SIZE = 10
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class Hit:
    note_id: int
    topic: str
    topic_title: str
    author_role: str
    snippet: str  # HTML: escaped text with <mark> around matched words


@dataclass
class Results:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    problem: str = ""  # plain-English reason when the query could not be run


class _MarkFormatter(highlight.HtmlFormatter):
    def __init__(self) -> None:
        super().__init__(tagname="mark", between=" … ")

    def format_token(self, text, token, replace=False):
        return f"<mark>{highlight.htmlescape(highlight.get_text(text, token, replace))}</mark>"


def search(index: SearchIndex, query: str, *, topic: str = "", practitioners_only: bool = False,
           page: int = 1) -> Results:
    """Run a search. Never raises for bad input: problems come back in `Results.problem`."""
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    results = Results(query=query, page=max(1, page))
    if not query:
        results.problem = "empty"
        return results
    ix = index.open()
    parser = QueryParser("text", ix.schema, group=OrGroup.factory(0.9))
    try:
        parsed = parser.parse(query)
    except Exception:  # whoosh raises assorted errors on odd syntax
        parsed = None
    if parsed is None or parsed is NullQuery:
        # Fall back to the words alone, without operators or punctuation.
        words = " ".join(w for w in "".join(c if c.isalnum() else " " for c in query).split())
        parsed = parser.parse(words) if words else None
        if parsed is None or parsed is NullQuery:
            results.problem = "no-words"
            return results
    filters = []
    if topic:
        filters.append(Term("topic", topic))
    if practitioners_only:
        filters.append(Term("practitioner", True))
    with ix.searcher() as searcher:
        page_obj = searcher.search_page(parsed, results.page, pagelen=PAGE_SIZE,
                                        filter=And(filters) if filters else None)
        page_obj.results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)
        page_obj.results.formatter = _MarkFormatter()
        results.total = len(page_obj.results)
        results.pages = page_obj.pagecount
        results.page = page_obj.pagenum
        for hit in page_obj:
            snippet = hit.highlights("text", top=2) or highlight.htmlescape(hit["text"][:240])
            results.hits.append(Hit(int(hit["note_id"]), hit["topic"], hit["topic_title"],
                                    hit["author_role"], snippet))
    return results
