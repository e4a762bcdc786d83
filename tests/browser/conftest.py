"""Browser tests: Debian's headless Chromium driven by selenium against a live uvicorn server.

Nothing is downloaded: the browser and driver come from the system packages
(`chromium`, `chromium-driver`) and axe-core from `npm ci --prefix tests/browser`.
If any of them is missing the tests are skipped, saying which.
"""
from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from wiki.app import create_app
from wiki.services import kiosks
from wiki.services.topics import ensure_demo_topics
from wiki.settings import Settings

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900")


def chromium_binary() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _browser_missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if chromium_binary() is None:
        return "Chromium is not installed (apt-get install chromium)"
    if not CHROMEDRIVER.exists():
        return "chromedriver is not installed (apt-get install chromium-driver)"
    return None


BROWSER_MISSING = _browser_missing()
AXE_MISSING = None if AXE.exists() else "axe-core is not installed (npm ci --prefix tests/browser)"


def pytest_collection_modifyitems(config, items):
    mine = [item for item in items if HERE in Path(str(item.fspath)).parents]
    for item in mine:
        missing = BROWSER_MISSING or (AXE_MISSING if "axe" in item.name else None)
        if missing is None:
            continue
        if os.environ.get("CI"):
            # CI installs all of them (.ci/run), so there a missing one is a failure, not a skip.
            raise pytest.UsageError(f"CI must run the browser tests, but {missing}")
        item.add_marker(pytest.mark.skip(reason=f"browser tests need {missing}"))


class LiveServer:
    """The real app under uvicorn on a free port, in a thread, with its own data folder."""

    def __init__(self, settings: Settings) -> None:
        import uvicorn

        self.app = create_app(settings)
        ensure_demo_topics(self.app.state.engine)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="on", ws="none",
                                http="h11")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 120  # the first start loads the analysis pipeline
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the live server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()

    def enrol_path(self, place: str = "Oakwood Day Centre") -> str:
        kiosk = kiosks.add_kiosk(self.app.state.engine, place)
        return "/kiosk/enrol/" + kiosks.enrol_token(self.app.state.settings.secret_key, kiosk)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[Callable[..., LiveServer]]:
    """`live_server(idle=2, countdown=3)`: a server with those kiosk timeouts, started once per session."""
    servers: dict[tuple[int, int], LiveServer] = {}

    def get(idle: int = 2, countdown: int = 3) -> LiveServer:
        if (idle, countdown) not in servers:
            settings = Settings.from_env(environ={}, data_dir=tmp_path_factory.mktemp("live"), run_worker=False,
                                         kiosk_idle_seconds=idle, kiosk_countdown_seconds=countdown)
            servers[(idle, countdown)] = LiveServer(settings).start()
        return servers[(idle, countdown)]

    yield get
    for server in servers.values():
        server.stop()


@pytest.fixture
def browser():
    """A fresh headless Chromium with its own empty profile, closed after the test."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="candour-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # to see any CSP violation
    # An explicit driver path: selenium-manager never runs, so nothing is downloaded.
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
