"""`klachtanalyse download regelgeving` against a local server replaying SRU responses (no network)."""

from __future__ import annotations

import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from klachtanalyse.cli.main import main
from klachtanalyse.download.regelgeving import build_query, parse_response
from klachtanalyse.read import read_file

ROOT = Path(__file__).resolve().parents[2]
CVDR_XML = (ROOT / "corpora" / "geschreven" / "lezen" / "beleidsregels-woonoverlast-zuiderhaven.cvdr.xml").read_bytes()

# The shape of a CVDR SRU 2.0 response (searchRetrieveResponse > records > record > recordData > gzd),
# with the fictitious Zuiderhaven regulation written for the project as its only hits.
SRU_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
  <sru:version>2.0</sru:version>
  <sru:numberOfRecords>{total}</sru:numberOfRecords>
  <sru:records>{records}</sru:records>
</sru:searchRetrieveResponse>"""
SRU_RECORD = """
    <sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>
      <sru:recordData><gzd xmlns="http://standaarden.overheid.nl/sru">
        <originalData><overheidrg:meta xmlns:overheidrg="http://standaarden.overheid.nl/cvdr/terms/"
            xmlns:dcterms="http://purl.org/dc/terms/"><owmskern>
          <dcterms:identifier>{id}</dcterms:identifier>
          <dcterms:title>{title}</dcterms:title>
          <dcterms:creator scheme="overheid:Gemeente">Zuiderhaven</dcterms:creator>
        </owmskern></overheidrg:meta></originalData>
        <enrichedData>
          <publicatieurl_xhtml>{base}/cvdr/{id}.html</publicatieurl_xhtml>
          <publicatieurl_xml>{base}/cvdr/{id}.xml</publicatieurl_xml>
        </enrichedData>
      </gzd></sru:recordData>
      <sru:recordPosition>{pos}</sru:recordPosition>
    </sru:record>"""
IDS = ["CVDR999001_1", "CVDR999002_1", "CVDR999003_2"]


class Replay(BaseHTTPRequestHandler):
    hits: list[str] = []
    fail_once: set[str] = set()

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        Replay.hits.append(self.path)
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sru":
            q = urllib.parse.parse_qs(url.query)
            start, size = int(q["startRecord"][0]), int(q["maximumRecords"][0])
            base = f"http://{self.headers['Host']}"
            page = IDS[start - 1 : start - 1 + size]
            recs = "".join(SRU_RECORD.format(id=i, title=f"Beleidsregels woonoverlast {i}", base=base, pos=start + n)
                           for n, i in enumerate(page))
            body = SRU_PAGE.format(total=len(IDS), records=recs).encode()
        elif url.path.startswith("/cvdr/") and url.path.endswith(".xml"):
            if url.path in Replay.fail_once:
                Replay.fail_once.discard(url.path)
                self.send_response(503)
                self.send_header("Retry-After", "0")
                self.end_headers()
                return
            body = CVDR_XML
        else:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    Replay.hits = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Replay)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def cli(base: str, folder: Path, *extra: str) -> int:
    return main(["download", "regelgeving", "--zoek", "woonoverlast", "--gemeente", "Zuiderhaven",
                 "--naar", str(folder), "--wacht", "0", "--basis-url", f"{base}/sru", *extra])


def test_query_is_cql_with_municipality():
    assert build_query(["damocles", "woonoverlast kinderen"], "Den Helder") == (
        '(keyword all "damocles" or keyword all "woonoverlast kinderen") and dcterms.creator="Den Helder"'
    )


def test_downloads_every_hit_pages_and_writes_provenance(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("klachtanalyse.download.regelgeving.PAGE", 2)
    assert cli(server, tmp_path) == 0
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == [f"{i}.xml" for i in IDS]
    assert [h for h in Replay.hits if h.startswith("/sru")][1].count("startRecord=3") == 1
    doc = read_file(tmp_path / "CVDR999001_1.xml")
    assert doc.kind == "beleid" and "Zuiderhaven" in doc.metadata["gemeente"]
    rows = (tmp_path / "bronnen.tsv").read_text("utf-8").splitlines()
    assert rows[0].split("\t") == ["identifier", "bestand", "gemeente", "titel", "url_xml", "url_html"]
    assert len(rows) == 4 and rows[1].split("\t")[2] == "Zuiderhaven"
    captured = capsys.readouterr()
    assert captured.out == "" and "klaar: 3 nieuw, 0 al aanwezig, 0 mislukt" in captured.err


def test_second_run_fetches_nothing_again_and_a_failure_is_retried(server, tmp_path, capsys):
    Replay.fail_once = {"/cvdr/CVDR999002_1.xml"}
    assert cli(server, tmp_path) == 0
    assert "0 mislukt" in capsys.readouterr().err  # the 503 was retried
    before = len(Replay.hits)
    assert cli(server, tmp_path) == 0
    assert "klaar: 0 nieuw, 3 al aanwezig" in capsys.readouterr().err
    assert all(h.startswith("/sru") for h in Replay.hits[before:])


def test_unreadable_search_answer_is_one_line(tmp_path, capsys):
    assert parse_response(SRU_PAGE.format(total=0, records="").encode()) == (0, [])
    code = main(["download", "regelgeving", "--zoek", "x", "--naar", str(tmp_path), "--wacht", "0",
                 "--pogingen", "0", "--basis-url", "http://127.0.0.1:9/sru"])
    assert code == 2
    assert "zoeken mislukt" in capsys.readouterr().err
