"""Settings, read once from the environment at the edge of the program.

Every setting is declared in `SETTINGS` with its environment variable, default
and help text; the README documents each one (a test checks that it does).
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _countdown(value: str) -> int:
    # WCAG 2.2.1 (timing adjustable): people get at least 20 seconds to say they are still there.
    return max(20, int(value))


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "CANDOUR_DATA_DIR", "./var",
            "Folder for the SQLite database, the search index and the generated secret key.", Path),
    Setting("database_url", "CANDOUR_DATABASE_URL", None,
            "SQLAlchemy database URL. Default: a SQLite file `candour.db` in the data folder."),
    Setting("secret_key", "CANDOUR_SECRET_KEY", None,
            "Key that signs session cookies. Default: generated once and kept in `secret_key` in the data folder."),
    Setting("index_dir", "CANDOUR_INDEX_DIR", None,
            "Folder for the search index. Default: `index` in the data folder.", Path),
    Setting("max_answer_chars", "CANDOUR_MAX_ANSWER_CHARS", 10_000,
            "Longest answer accepted in one box of the contribution form, in characters.", int),
    Setting("secure_cookies", "CANDOUR_SECURE_COOKIES", False,
            "Send cookies only over HTTPS. Turn on behind TLS.", _bool),
    Setting("session_max_age", "CANDOUR_SESSION_MAX_AGE", 8 * 60 * 60,
            "How long a reviewer stays signed in, in seconds.", int),
    Setting("login_free_attempts", "CANDOUR_LOGIN_FREE_ATTEMPTS", 5,
            "Wrong passwords allowed for one email before each further try must wait.", int),
    Setting("login_lockout_seconds", "CANDOUR_LOGIN_LOCKOUT_SECONDS", 30,
            "First wait after too many wrong passwords; it doubles with each further failure, up to 15 minutes.", float),
    Setting("db_busy_timeout_ms", "CANDOUR_DB_BUSY_TIMEOUT_MS", 5_000,
            "How long to wait for a locked SQLite database before telling the user to try again.", int),
    Setting("worker_interval", "CANDOUR_WORKER_INTERVAL", 30.0,
            "Seconds between the background worker's checks for notes whose analysis failed.", float),
    Setting("max_analysis_attempts", "CANDOUR_MAX_ANALYSIS_ATTEMPTS", 5,
            "How many times the worker retries the analysis of one note before leaving it for `candour work`.", int),
    Setting("run_worker", "CANDOUR_RUN_WORKER", True,
            "Run the background worker inside the web server.", _bool),
    Setting("kiosk_idle_seconds", "CANDOUR_KIOSK_IDLE_SECONDS", 60,
            "Seconds without a touch or key press before a kiosk asks \"Are you still there?\".", int),
    Setting("kiosk_countdown_seconds", "CANDOUR_KIOSK_COUNTDOWN_SECONDS", 30,
            "Seconds the \"Are you still there?\" countdown runs before the kiosk wipes everything (at least 20).",
            _countdown),
    Setting("kiosk_link_max_age", "CANDOUR_KIOSK_LINK_MAX_AGE", 86_400,
            "How long a kiosk's one-time enrolment link works, in seconds.", int),
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("./var")
    database_url: str = ""
    secret_key: str = ""
    index_dir: Path | None = None
    max_answer_chars: int = 10_000
    secure_cookies: bool = False
    session_max_age: int = 8 * 60 * 60
    login_free_attempts: int = 5
    login_lockout_seconds: float = 30
    db_busy_timeout_ms: int = 5_000
    worker_interval: float = 30.0
    max_analysis_attempts: int = 5
    run_worker: bool = True
    kiosk_idle_seconds: int = 60
    kiosk_countdown_seconds: int = 30
    kiosk_link_max_age: int = 86_400

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        """Build settings from environment variables, then fill derived defaults."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for s in SETTINGS:
            raw = env.get(s.env)
            if raw not in (None, ""):
                values[s.name] = s.parse(raw)
            elif s.default is not None:
                values[s.name] = s.parse(s.default) if s.parse is Path else s.default
        values.update(overrides)
        return cls(**values).resolved()

    def resolved(self) -> "Settings":
        """Fill the defaults that depend on the data folder, creating it if needed."""
        data_dir = Path(self.data_dir).resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        database_url = self.database_url or f"sqlite:///{data_dir / 'candour.db'}"
        index_dir = Path(self.index_dir) if self.index_dir else data_dir / "index"
        secret_key = self.secret_key or _stored_secret(data_dir / "secret_key")
        return replace(self, data_dir=data_dir, database_url=database_url,
                       index_dir=index_dir.resolve(), secret_key=secret_key)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _stored_secret(path: Path) -> str:
    """Read the generated secret key, creating it (readable by the owner only) on first run."""
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key)
    return key
