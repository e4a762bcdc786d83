"""The background worker: retries analysis of notes left `received`."""
from __future__ import annotations

import logging
import threading

from sqlalchemy.engine import Engine

from wiki.services.analysis import process_backlog

log = logging.getLogger("candour.worker")


class Worker:
    def __init__(self, engine: Engine, interval: float, max_attempts: int) -> None:
        self.engine = engine
        self.interval = interval
        self.max_attempts = max_attempts
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="candour-worker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                done, waiting = process_backlog(self.engine, self.max_attempts)
                if done or waiting:
                    log.info("worker analysed %d notes, %d still waiting", done, waiting)
            except Exception:
                log.exception("worker pass failed; it will try again")
