"""Database engine, connection pragmas and migrations."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

from wiki.settings import Settings

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(settings: Settings) -> Engine:
    """Create the engine. On SQLite every connection gets WAL, foreign keys,
    a busy timeout and `secure_delete`, so deleted originals are zeroed on disk."""
    if not settings.is_sqlite:
        return create_engine(settings.database_url, pool_pre_ping=True, hide_parameters=True)
    engine = create_engine(
        settings.database_url,
        hide_parameters=True,  # error messages must never quote a note
        connect_args={"check_same_thread": False, "timeout": settings.db_busy_timeout_ms / 1000},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute(f"PRAGMA busy_timeout={int(settings.db_busy_timeout_ms)}")
        cur.close()

    return engine


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def migrate(settings: Settings) -> None:
    """Bring the database schema up to date."""
    command.upgrade(alembic_config(settings.database_url), "head")


def scrub_free_space(engine: Engine) -> None:
    """Push deleted text out of SQLite's write-ahead log.

    `secure_delete` zeroes freed pages in the main file, but old page images
    stay in the WAL until a checkpoint; a TRUNCATE checkpoint copies the zeroed
    pages back and empties the log.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def is_locked_error(exc: BaseException) -> bool:
    return isinstance(exc, OperationalError) and "locked" in str(exc).lower()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
