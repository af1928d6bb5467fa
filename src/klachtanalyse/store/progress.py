"""Progress of a batch run on standard error: files done, rate, time left, errors.

On a terminal a tqdm bar; in a log (cron, CI, nohup) a plain line every 30 seconds, so a
weekly run's log stays readable. Never prints document text, only counts and paths.
"""

from __future__ import annotations

import sys
import time
from typing import IO


def _fmt_duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Counts files as they are done and shows it; `enabled=None` means: on a tty a bar."""

    def __init__(self, total: int, *, enabled: bool | None = True, stream: IO[str] | None = None,
                 log_every: float = 30.0):
        self.total = total
        self.stream = stream or sys.stderr
        self.done = self.errors = self.skipped = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self.log_every = log_every
        self.enabled = enabled is not False
        self._bar = None
        is_tty = bool(getattr(self.stream, "isatty", lambda: False)())
        if self.enabled and is_tty:
            from tqdm import tqdm

            self._bar = tqdm(total=total, file=self.stream, unit=" bestanden", dynamic_ncols=True,
                             desc="analyse", mininterval=0.25, smoothing=0.1)

    def update(self, *, error: bool = False, skipped: bool = False) -> None:
        self.done += 1
        self.errors += bool(error)
        self.skipped += bool(skipped)
        if self._bar is not None:
            self._bar.update(1)
            if error or (self.done % 50 == 0):
                self._bar.set_postfix(fouten=self.errors, ongewijzigd=self.skipped, refresh=False)
        elif self.enabled:
            now = time.monotonic()
            if now - self._last_log >= self.log_every:
                self._last_log = now
                print(f"klachtanalyse: {self.status_line()}", file=self.stream, flush=True)

    def status_line(self) -> str:
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        return (f"{self.done}/{self.total} bestanden, {rate:.1f}/s, nog ~{_fmt_duration(left)}, "
                f"{self.errors} fouten, {self.skipped} ongewijzigd")

    def write(self, message: str) -> None:
        """A warning line that does not tear the bar."""
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.set_postfix(fouten=self.errors, ongewijzigd=self.skipped, refresh=False)
            self._bar.close()
            self._bar = None
