"""A local stand-in for data.rechtspraak.nl that replays responses built from the real XML.

The search feed (Atom) is built from the metadata of the real open-data XML files in
corpora/rechtspraak (ECLI, title, inhoudsindicatie, date, court), and the content endpoint
returns those files byte for byte. The server honours date, creator, max and from like the
real service, supports Range requests, and can be told to fail: `server.fail[ecli] = n`
answers 503 to the first n requests for that ECLI. No test touches the real network.
"""

from __future__ import annotations

import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from defusedxml import ElementTree as ET

ROOT = Path(__file__).resolve().parents[2]
REAL = [p for d in ("xml", "xml_annotated") for p in sorted((ROOT / "corpora" / "rechtspraak" / d).glob("*.xml"))]
NS = {"dcterms": "http://purl.org/dc/terms/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


def _meta(path: Path) -> dict:
    data = path.read_bytes()
    root = ET.fromstring(data.lstrip())
    desc = root.find("rdf:RDF/rdf:Description", NS)
    ecli = desc.findtext("dcterms:identifier", namespaces=NS)
    inh = root.find("{http://www.rechtspraak.nl/schema/rechtspraak-1.0}inhoudsindicatie")
    summary = " ".join("".join(inh.itertext()).split()) if inh is not None else ""
    titles = [t.text for t in root.iter("{http://purl.org/dc/terms/}title") if t.text]
    return {
        "ecli": ecli,
        "date": desc.findtext("dcterms:date", namespaces=NS),
        "creator": desc.findtext("dcterms:creator", namespaces=NS),
        "title": titles[0] if titles else ecli,
        "summary": summary,
        "modified": desc.findtext("dcterms:modified", namespaces=NS) or "",
        "bytes": data,
    }


DOCS = [_meta(p) for p in REAL]


def feed(entries: list[dict], total: int) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "<title>Rechtspraak.nl - Uitspraken</title>",
        f"<subtitle>Aantal gevonden ECLI's: {total}</subtitle>",
        "<id>http://data.rechtspraak.nl/uitspraken/zoeken</id>",
    ]
    for e in entries:
        parts.append(
            f"<entry><id>{e['ecli']}</id><title type=\"text\">{escape(e['title'])}</title>"
            f"<summary type=\"text\">{escape(e['summary'])}</summary><updated>{escape(e['modified'])}</updated>"
            f"<link rel=\"alternate\" type=\"text/html\" href=\"https://uitspraken.rechtspraak.nl/InzienDocument?id={e['ecli']}\"/></entry>"
        )
    parts.append("</feed>")
    return "\n".join(parts).encode("utf-8")


class Replay(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: list[str] = []
        self.fail: dict[str, int] = {}
        self.range_requests: list[str] = []
        self.docs = DOCS

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: Replay

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, code: int, body: bytes, ctype: str = "application/xml", extra: dict | None = None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query)
        self.server.hits.append(self.path)
        assert "klachtanalyse/" in self.headers.get("User-Agent", "")
        if url.path == "/uitspraken/zoeken":
            lo, hi = sorted(q.get("date", ["0000-00-00", "9999-99-99"]))[:2]
            creators = {c.rsplit("/", 1)[-1].replace("_", " ") for c in q.get("creator", [])}
            docs = [d for d in DOCS if lo <= d["date"] <= hi and (not creators or d["creator"] in creators)]
            docs.sort(key=lambda d: (d["date"], d["ecli"]))
            start, size = int(q.get("from", ["0"])[0]), int(q.get("max", ["1000"])[0])
            return self._send(200, feed(docs[start : start + size], len(docs)), "application/atom+xml")
        if url.path == "/uitspraken/content":
            ecli = q.get("id", [""])[0]
            if self.server.fail.get(ecli, 0) > 0:
                self.server.fail[ecli] -= 1
                return self._send(503, b"busy", "text/plain", {"Retry-After": "0"})
            doc = next((d for d in DOCS if d["ecli"] == ecli), None)
            if doc is None:
                return self._send(404, b"niet gevonden", "text/plain")
            body = doc["bytes"]
            rng = self.headers.get("Range")
            if rng:
                self.server.range_requests.append(ecli)
                start = int(re.match(r"bytes=(\d+)-", rng).group(1))
                return self._send(206, body[start:], extra={"Content-Range": f"bytes {start}-{len(body) - 1}/{len(body)}"})
            return self._send(200, body)
        self._send(404, b"", "text/plain")


@pytest.fixture
def server():
    srv = Replay()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
