"""A polite HTTP client on the standard library: rate limit, retries with backoff, resume.

Public open-data services ask users not to hammer them ("don't hammer the server"), so every
request waits until at least `interval` seconds have passed since the previous one, failed
requests (connection errors, 429, 5xx) are retried with exponential backoff (honouring
Retry-After), and downloads go to a `.part` file that a later run continues with a Range
request. Progress goes to standard error, never to standard output.
"""

from __future__ import annotations

import email.utils
import logging
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable

from klachtanalyse.version import __version__

log = logging.getLogger(__name__)

USER_AGENT = f"klachtanalyse/{__version__} (onderzoek naar ontruimingen van gezinnen; python-urllib)"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


class DownloadError(Exception):
    """A request that failed after all retries; str(err) is one line for the user."""


@dataclass
class PoliteClient:
    """One client per run: it keeps the clock for the rate limit and counts what it did."""

    interval: float = 1.0  # seconds between requests
    retries: int = 4
    backoff: float = 2.0  # first wait after a failure; doubles each retry
    timeout: float = 60.0
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    retried: int = 0
    _last: float | None = field(default=None, repr=False)

    def _wait_turn(self) -> None:
        if self._last is not None:
            wait = self.interval - (self.clock() - self._last)
            if wait > 0:
                self.sleep(wait)
        self._last = self.clock()

    def _open(self, url: str, headers: dict[str, str] | None = None):
        """urlopen with rate limit and retries; returns the open response."""
        req_headers = {"User-Agent": self.user_agent, **(headers or {})}
        delay = self.backoff
        for attempt in range(self.retries + 1):
            self._wait_turn()
            self.requests += 1
            try:
                return urllib.request.urlopen(urllib.request.Request(url, headers=req_headers), timeout=self.timeout)
            except urllib.error.HTTPError as err:
                if err.code not in RETRY_STATUS or attempt == self.retries:
                    raise DownloadError(f"{_short(url)}: HTTP {err.code} {err.reason}") from None
                after = _retry_after(err.headers.get("Retry-After"))
                wait = min(after, 300.0) if after is not None else delay
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as err:
                if attempt == self.retries:
                    reason = getattr(err, "reason", err)
                    raise DownloadError(f"{_short(url)}: geen verbinding ({reason})") from None
                wait = delay
            self.retried += 1
            log.info("opnieuw over %.0f s (poging %d van %d): %s", wait, attempt + 2, self.retries + 1, _short(url))
            self.sleep(wait)
            delay *= 2
        raise DownloadError(f"{_short(url)}: mislukt")  # not reached

    def get(self, url: str, params: dict | list | None = None) -> bytes:
        """The body of a GET request (small responses such as a search feed)."""
        if params:
            url = url + ("&" if "?" in url else "?") + urllib.parse.urlencode(params, doseq=True)
        with self._open(url) as resp:
            return resp.read()

    def download(self, url: str, dest: Path, progress: IO[str] | None = None) -> int:
        """Fetch `url` to `dest` via `dest.part`, continuing a partial file; returns bytes written.

        The final file appears only when complete, so an interrupted run never leaves a
        truncated file under the final name.
        """
        part = dest.with_name(dest.name + ".part")
        have = part.stat().st_size if part.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            resp = self._open(url, headers)
        except DownloadError as err:
            if have and "HTTP 416" in str(err):  # the part file is already complete
                part.replace(dest)
                return 0
            raise
        with resp:
            append = have and resp.status == 206
            written = 0
            with open(part, "ab" if append else "wb") as fh:
                while True:
                    chunk = resp.read(1 << 16)
                    if not chunk:
                        break
                    fh.write(chunk)
                    written += len(chunk)
        part.replace(dest)
        return written


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _short(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.netloc}{parts.path}"


class Progress:
    """A one-line counter on stderr ("12/40 gedownload, 3 overgeslagen"), quiet when not a tty."""

    def __init__(self, total: int | None, label: str, stream: IO[str] | None = None):
        self.total, self.label, self.done = total, label, 0
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_print = 0.0

    def step(self, note: str = "") -> None:
        self.done += 1
        now = time.monotonic()
        end = self.total is not None and self.done >= self.total
        if self.tty or end or now - self._last_print > 5 or self.done == 1:
            total = f"/{self.total}" if self.total is not None else ""
            line = f"{self.label}: {self.done}{total} {note}".rstrip()
            self.stream.write(("\r" + line + " " * 10) if self.tty else line + "\n")
            self.stream.flush()
            self._last_print = now

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
