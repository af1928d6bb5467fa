"""The Result's tables on hand-built records of the written example complaints."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import klachtanalyse as ka
from klachtanalyse.aggregate import Result
from klachtanalyse.aggregate.labels import thema_ids
from klachtanalyse.document import Record


def test_documents_findings_and_evidence_have_one_row_per_thing(result):
    docs = result.documents
    assert list(docs["bestand"]) == [
        "r01-klachtbrief-utrecht.txt", "r02-boze-mail-rotterdam.txt", "r03-brief-moeder-utrecht.txt",
        "r04-intakenotitie-wijkteam.txt", "kapot.pdf",
    ]
    assert list(docs["status"]) == ["ok", "ok", "ok", "ok", "error"]
    assert list(docs["jaar"].astype(object).where(docs["jaar"].notna(), None)) == [2022, None, 2023, 2023, None]
    assert docs.loc[0, "gemeente"] == ["Utrecht"]
    assert docs.loc[0, "link"].startswith("file://") and docs.loc[0, "link"].endswith("r01-klachtbrief-utrecht.txt")
    assert len(result.findings) == 14
    assert len(result.evidence) == 16
    assert list(result.fouten["fout"]) == ["geen geldige PDF (bestand afgebroken)"]


def test_every_quote_is_the_text_at_its_offsets(result, records):
    texts = {r.id: r.text for r in records}
    for _, e in result.evidence.iterrows():
        assert texts[e["document"]][e["start"] : e["end"]] == e["citaat"]
    row = result.evidence[result.evidence["citaat"].str.startswith("Wij hoorden pas")].iloc[0]
    assert (row["regel"], row["thema"]) == (5, "informatie_ontbreekt")
    assert row["voor"].endswith("nadat mijn man zijn baan verloor. ")
    assert row["na"].startswith(" Er is in het hele traject")


def test_tabel_counts_documents_per_theme_in_taxonomy_order(result):
    t = result.tabel("thema")
    assert list(t.index) == thema_ids()
    assert t["documenten"].to_dict() == {
        "kinderen_onzichtbaar": 2, "tijdelijke_woonoplossingen": 2, "dakloosheid": 1,
        "eigen_verantwoordelijkheid": 2, "informatie_ontbreekt": 1, "welzijn_kind": 3,
        "stress_bestaanszekerheid": 1, "willekeur": 1, "vroegsignalering": 1,
    }


def test_tabel_per_gemeente_jaar_grond_and_kind(result):
    g = result.tabel("thema", per="gemeente")
    assert list(g.columns) == ["Groningen", "Rotterdam", "Utrecht", "totaal"]
    assert g.loc["welzijn_kind"].to_dict() == {"Groningen": 1, "Rotterdam": 1, "Utrecht": 1, "totaal": 3}
    assert g.loc["eigen_verantwoordelijkheid"].to_dict() == {"Groningen": 0, "Rotterdam": 1, "Utrecht": 1, "totaal": 2}

    j = result.tabel("thema", per="jaar")
    assert list(j.columns) == [2022, 2023, "(onbekend)", "totaal"]  # the undated e-mail is not lost
    assert j.loc["dakloosheid"].to_dict() == {2022: 0, 2023: 0, "(onbekend)": 1, "totaal": 1}

    gr = result.tabel("thema", per="grond")
    assert list(gr.columns) == ["huurachterstand", "overlast", "totaal"]
    assert gr.loc["tijdelijke_woonoplossingen", "huurachterstand"] == 2

    k = result.tabel("thema", per="kind")
    assert list(k.columns) == ["klacht", "totaal"]
    assert k["klacht"].sum() == 14  # every finding is in a complaint


def test_tabel_shares_and_readable_names(result):
    a = result.tabel("thema", per="grond", aandeel=True)
    assert a.loc["tijdelijke_woonoplossingen", "huurachterstand"] == pytest.approx(2 / 3)
    assert a.loc["dakloosheid", "overlast"] == 1.0
    nl = result.tabel("thema", per="jaar", leesbaar=True)
    assert nl.index.name == "Thema" and nl.columns.name == "Jaar"
    assert nl.loc["Kinderen onzichtbaar", "(onbekend)"] == 1
    assert result.tabel("grond")["documenten"].to_dict() == {"huurachterstand": 3, "overlast": 1}
    with pytest.raises(ValueError, match="onbekende indeling 'provincie'"):
        result.tabel("thema", per="provincie")


def test_samenhang_is_a_symmetric_matrix_with_theme_counts_on_the_diagonal(result):
    m = result.samenhang()
    assert m.shape == (9, 9)
    assert (m.values == m.values.T).all()
    assert [m.loc[t, t] for t in thema_ids()] == list(result.tabel("thema")["documenten"])
    assert m.loc["kinderen_onzichtbaar", "welzijn_kind"] == 2  # r01 and r02
    assert m.loc["dakloosheid", "vroegsignalering"] == 0
    assert result.samenhang("jaccard").loc["kinderen_onzichtbaar", "welzijn_kind"] == pytest.approx(2 / 3)
    assert result.samenhang("voorwaardelijk").loc["dakloosheid", "welzijn_kind"] == 1.0
    groningen = result.filter(gemeente="Groningen").samenhang("voorwaardelijk")  # themes with no documents: 0
    assert groningen.loc["dakloosheid"].sum() == 0 and groningen.loc["willekeur", "welzijn_kind"] == 1.0


def test_dossier_lists_every_quote_of_a_theme_with_its_reference(result):
    d = result.dossier("welzijn_kind")
    assert list(d["citaat"]) == [
        "De kinderen zijn in drie maanden twee keer van school gewisseld.",
        "De jongste zoon heeft sinds de verhuizing buikpijnklachten en eet slecht.",
        "mijn dochter van 9 plast sindsdien weer in bed en durft niet meer naar school",  # no date: last
    ]
    assert list(d["gemeente"]) == ["Utrecht", "Groningen", "Rotterdam"]
    assert d.loc[0, "datum"] == pd.Timestamp("2022-03-03")
    assert d.loc[1, "bron"].endswith("r04-intakenotitie-wijkteam.txt")
    assert {"document", "kind", "regel", "start", "end", "link"} <= set(d.columns)
    with pytest.raises(KeyError, match="onbekend thema 'huisuitzetting'"):
        result.dossier("huisuitzetting")


def test_filter_by_gemeente_period_kind_theme_and_ground(result):
    assert len(result.filter(gemeente="utrecht")) == 2
    assert len(result.filter(gemeente=["Utrecht", "Groningen"])) == 3
    assert [r.metadata["datum"] for r in result.filter(vanaf="2023")] == ["2023-01-12", "2023-09-14"]
    assert [r.metadata["datum"] for r in result.filter(tot="2023-01")] == ["2022-03-03", "2023-01-12"]
    assert len(result.filter(vanaf="2022-03-03", tot="2022-03-03")) == 1
    assert len(result.filter(kind="klacht")) == 4
    assert len(result.filter(kind="uitspraak")) == 0
    assert len(result.filter(thema="dakloosheid")) == 1
    assert len(result.filter(grond="overlast")) == 1
    assert len(result.filter(bron="*.txt")) == 4 and len(result.filter(bron="*/rapport/r0[12]-*")) == 2
    sub = result.filter(gemeente="Utrecht", vanaf="2023")
    assert sub.tabel("thema")["documenten"].sum() == 3
    with pytest.raises(ValueError, match="onbekende datum voor vanaf"):
        result.filter(vanaf="gisteren")
    with pytest.raises(KeyError, match="onbekend thema"):
        result.filter(thema="armoede")


def test_a_record_is_found_by_id_path_or_file_name(result, records):
    assert result.record(records[1].id) is records[1]
    assert result.record("r02-boze-mail-rotterdam") is records[1]
    assert result["r03-brief-moeder-utrecht.txt"] is records[2]
    assert result[0] is records[0] and len(result) == 5 and list(result) == records
    with pytest.raises(KeyError, match="past bij 2 documenten"):
        result.record("utrecht")
    with pytest.raises(KeyError, match="geen document"):
        result.record("k9999")


def test_an_empty_result_still_gives_all_tables():
    empty = Result.from_records([])
    assert empty.tabel("thema")["documenten"].sum() == 0
    assert list(empty.tabel("thema").index) == thema_ids()
    assert empty.samenhang().shape == (9, 9)
    assert empty.samenhang("voorwaardelijk").to_numpy().sum() == 0
    assert empty.samenhang("jaccard").to_numpy().sum() == 0
    assert empty.dossier("dakloosheid").empty
    assert empty.samenvatting()["documenten"] == 0


def test_pseudonimiseer_runs_every_record_through_one_pseudonymiser(records):
    seen = []

    class Spy:
        def pseudonymise_record(self, r):
            seen.append(r.id)
            return r

    out = Result.from_records(records).pseudonimiseer(Spy())
    assert seen == [r.id for r in records] and out.gepseudonimiseerd


def test_open_reads_a_jsonl_export_and_a_store(tmp_path, records):
    from klachtanalyse.store import Entry, Signature, Store

    jl = tmp_path / "records.jsonl"
    jl.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    r1 = ka.open(jl)
    assert r1.tabel("thema").equals(Result.from_records(records).tabel("thema"))
    assert r1[0].text is None  # an export carries no text; quotes still come with the labels

    sig = Signature("0.1.0", "test", "2026-11-27")
    with Store(tmp_path / "r.duckdb") as store:
        run = store.start_run({"paths": ["corpora/geschreven/rapport"]}, sig, "serial", 1)
        store.write([Entry(r.source, r.id, 100, r) for r in records], run, sig)
    r2 = ka.open(tmp_path / "r.duckdb")
    assert len(r2) == 5
    assert r2.dossier("welzijn_kind")["citaat"].tolist() == Result.from_records(records).dossier("welzijn_kind")["citaat"].tolist()
    assert r2.record("r01-klachtbrief-utrecht").text == records[0].text
    with pytest.raises(FileNotFoundError, match="bestaat niet"):
        ka.open(tmp_path / "nergens.duckdb")


def test_analyse_returns_a_result_over_a_folder(tmp_path):
    (tmp_path / "brief.txt").write_text("Niemand heeft met de kinderen gesproken.", encoding="utf-8")
    (tmp_path / "leeg.txt").write_bytes(b"")
    r = ka.analyse(tmp_path)
    assert isinstance(r, Result)
    assert [rec.status for rec in r] == ["ok", "error"]
    assert r.fouten["fout"].tolist() == ["leeg bestand"]
    assert r.record("brief").text == "Niemand heeft met de kinderen gesproken."


def test_records_keep_working_as_a_list(records):
    r = Result.from_records(records)
    assert [x.id for x in r][:1] == [records[0].id]
    assert isinstance(r[-1], Record)


def test_analyse_with_a_store_analyses_only_new_files_the_second_time(tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "a.txt").write_text("Niemand heeft met de kinderen gesproken.", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    first = ka.analyse(folder, store=db)
    (folder / "b.txt").write_text("We hoorden pas twee dagen van tevoren dat de deurwaarder kwam.", encoding="utf-8")
    second = ka.analyse(folder, store=db)
    assert [Path(r.source).name for r in second] == ["a.txt", "b.txt"]
    assert second.record("a").text == first.record("a").text
    assert len(ka.open(db)) == 2
    from klachtanalyse.store import Store

    with Store(db, read_only=True) as st:
        last = st.runs()[-1]
    assert (last["files"], last["analysed"], last["skipped"]) == (2, 1, 1)
