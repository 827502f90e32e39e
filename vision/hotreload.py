"""Swap in a new detector when its weights file changes, without restarting the worker.

A city retrains its detectors (``vision/train.py``) and drops the new file in
place.  The holder polls the file's (mtime, size); a change must be seen
twice in a row (the writer has finished), then the new model is loaded off
the event loop and swapped in with one reference assignment.  A batch in
flight keeps the detector it started with; the next batch gets the new one.
If the new file does not load, the old detector stays and the error is
logged; the next change is tried again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from vision.detector import Detector

log = logging.getLogger(__name__)

Stamp = tuple[int, int]


def _stamp(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class ModelHolder:
    """The current detector; ``current`` is always a fully loaded model."""

    def __init__(self, source: Path, loader: Callable[[Path], Detector]) -> None:
        self.source = source
        self._loader = loader
        self._stamp = _stamp(source)
        self._candidate: Stamp | None = None
        self.current: Detector = loader(source)
        self.version = 1
        self.failures = 0

    def reload_if_changed(self) -> bool:
        """Blocking: load and swap if the file changed and has settled; True when a new model is in."""
        stamp = _stamp(self.source)
        if stamp is None or stamp == self._stamp:
            self._candidate = None
            return False
        if stamp != self._candidate:  # first sight of this version: let the writer finish
            self._candidate = stamp
            return False
        try:
            fresh = self._loader(self.source)
        except Exception:
            self.failures += 1
            log.exception("new detector %s failed to load; keeping version %d", self.source, self.version)
            self._stamp = stamp  # don't retry the same broken file every poll
            return False
        self.current = fresh  # one reference assignment: atomic for every reader
        self._stamp = stamp
        self._candidate = None
        self.version += 1
        log.info("detector %s reloaded (version %d, classes %s)", self.source, self.version, fresh.names)
        return True

    async def watch(self, stop: asyncio.Event, every_s: float = 2.0) -> None:
        """Poll the file until ``stop``; loading runs in a thread so polling and detection carry on."""
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every_s)
            if not stop.is_set():
                await asyncio.to_thread(self.reload_if_changed)
