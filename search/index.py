"""The search index: published text only, never originals.

Whoosh allows one writer at a time per index; a process-wide lock serialises
our writers and whoosh's own lock file guards against other processes.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import BOOLEAN, DATETIME, ID, STORED, TEXT, Schema

SCHEMA = Schema(
    note_id=ID(stored=True, unique=True),
    topic=ID(stored=True),
    topic_title=STORED,
    author_role=ID(stored=True),
    practitioner=BOOLEAN(stored=True),
    text=TEXT(analyzer=StemmingAnalyzer(), stored=True),
    published=DATETIME(stored=True, sortable=True),
)

_write_lock = threading.Lock()


@dataclass(frozen=True)
class IndexedNote:
    """What the index holds for one published note."""

    note_id: int
    topic: str
    topic_title: str
    author_role: str
    text: str
    published: datetime

    @property
    def practitioner(self) -> bool:
        return self.author_role == "practitioner"


class SearchIndex:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def open(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        if whoosh_index.exists_in(str(self.folder)):
            return whoosh_index.open_dir(str(self.folder))
        return whoosh_index.create_in(str(self.folder), SCHEMA)

    def add(self, note: IndexedNote) -> None:
        """Add a note, or replace it if it is already indexed."""
        with _write_lock:
            ix = self.open()
            with ix.writer(timeout=10.0) as writer:
                writer.update_document(**_fields(note))

    def remove(self, note_id: int) -> None:
        with _write_lock:
            ix = self.open()
            with ix.writer(timeout=10.0) as writer:
                writer.delete_by_term("note_id", str(note_id))

    def rebuild(self, notes: Iterable[IndexedNote], progress: Callable[[], None] | None = None) -> int:
        """Replace the whole index with `notes`; returns how many were indexed."""
        with _write_lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            ix = whoosh_index.create_in(str(self.folder), SCHEMA)
            count = 0
            with ix.writer(timeout=10.0) as writer:
                for note in notes:
                    writer.add_document(**_fields(note))
                    count += 1
                    if progress:
                        progress()
            # create_in leaves the old segment files for the next optimise; drop them now
            ix.optimize()
            return count


def _fields(note: IndexedNote) -> dict:
    return {
        "note_id": str(note.note_id),
        "topic": note.topic,
        "topic_title": note.topic_title,
        "author_role": note.author_role,
        "practitioner": note.practitioner,
        "text": note.text,
        "published": note.published,
    }
