"""The facts exports open back with ordinary readers and hold the same table as the store:
CSV through the csv module (accents intact, a BOM for Excel), the workbook through openpyxl
(header bold, frozen, filtered; text never read as a formula), Parquet and the DuckDB copy
through duckdb (the copy read-only)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import pytest

from livret_qa.errors import ExportError
from livret_qa.facts.export import (
    FORMATS,
    csv_text,
    export_format,
    facts_table,
    fill_sheet,
    write_export,
)
from livret_qa.facts.store import EXPORT_SQL, FactStore
from livret_qa.parsing.corpus import Corpus

Table = tuple[list[str], list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def store(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> FactStore:
    return FactStore.open(tmp_path_factory.mktemp("index"), corpus)


@pytest.fixture(scope="module")
def table(store: FactStore) -> Table:
    return facts_table(store)


def test_the_table_is_one_row_per_fact_with_its_place_in_the_booklet(
    store: FactStore, corpus: Corpus, table: Table
) -> None:
    columns, rows = table
    assert len(rows) == store.query("SELECT count(*) AS n FROM facts")[0]["n"] > 100
    assert {"structure", "departement", "ville", "name", "number", "unit", "year", "quote"} <= set(
        columns
    )
    at = columns.index
    for row in rows:
        source = corpus.sources[str(row[at("source")])]
        start, end = row[at("span_start")], row[at("span_end")]
        assert source[start:end] == row[at("quote")]
        assert row[at("line_start")] == source.count("\n", 0, start) + 1


def test_csv_opens_back_with_accents_and_a_bom(
    store: FactStore, table: Table, tmp_path: Path
) -> None:
    out = tmp_path / "facts.csv"
    assert write_export(store, "csv", out) == len(table[1])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with it
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    columns, expected = table
    assert list(rows[0]) == columns and len(rows) == len(expected)
    assert any(r["structure"] == "Les Copains de Thiérache" for r in rows)
    budget = next(r for r in rows if r["fiche_id"] == "synapse-3i" and r["name"] == "budget")
    assert budget["number"] == "2037760" and budget["unit"] == "€"
    # A quote spanning lines (a newline inside a field) survives the round trip.
    at = columns.index("quote")
    assert [r["quote"] for r in rows] == [e[at] for e in expected]
    assert any("\n" in r["quote"] for r in rows)


def test_csv_text_is_pure_and_quotes_what_needs_it() -> None:
    text = csv_text(
        ["a", "b", "c"], [("Thiérache, Aisne", 2.0, None), ('dit « 1 » "x"', 2.5, True)]
    )
    assert text.startswith("\ufeff")
    back = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert back == [
        ["a", "b", "c"],
        ["Thiérache, Aisne", "2", ""],
        ['dit « 1 » "x"', "2.5", "True"],
    ]


def test_xlsx_has_a_bold_frozen_filtered_header(
    store: FactStore, table: Table, tmp_path: Path
) -> None:
    out = tmp_path / "facts.xlsx"
    write_export(store, "xlsx", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    columns, rows = table
    assert [c.value for c in sheet[1]] == columns
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(columns)).column_letter}{len(rows) + 1}"
    assert sheet.max_row == len(rows) + 1
    names = {sheet.cell(r, columns.index("structure") + 1).value for r in range(2, len(rows) + 2)}
    assert "Les Copains de Thiérache" in names
    number = columns.index("number")
    assert any(isinstance(sheet.cell(r, number + 1).value, float | int) for r in range(2, 20))


def test_xlsx_never_reads_text_as_a_formula() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    fill_sheet(sheet, ["quote"], [("=1+1",), ("- 30 bénévoles",)])
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "=1+1"
    assert sheet["A3"].value == "- 30 bénévoles"


def test_parquet_reads_back_with_duckdb(store: FactStore, table: Table, tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    write_export(store, "parquet", out)
    with duckdb.connect() as con:
        result = con.execute("SELECT * FROM read_parquet(?)", [str(out)])
        columns = [d[0] for d in result.description]
        rows = result.fetchall()
    assert (columns, rows) == table


@pytest.mark.parametrize("in_memory", [False, True])
def test_the_duckdb_copy_opens_read_only_with_its_tables_and_view(
    corpus: Corpus,
    store: FactStore,
    table: Table,
    tmp_path: Path,
    in_memory: bool,
) -> None:
    """From the file beside the index (copied) or from a store kept in memory (written out)."""
    source = FactStore.in_memory(corpus) if in_memory else store
    out = tmp_path / "facts.duckdb"
    write_export(source, "duckdb", out)
    with duckdb.connect(str(out), read_only=True) as con:
        assert con.execute(EXPORT_SQL).fetchall() == table[1]
        measures = dict(con.execute("SELECT name, fiches FROM measures").fetchall())
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM facts")
    assert measures["budget"] == 8
    if not in_memory:
        assert out.read_bytes() == Path(str(store.path)).read_bytes()


def test_an_export_replaces_the_file_and_leaves_no_temporary_file(
    store: FactStore, tmp_path: Path
) -> None:
    out = tmp_path / "facts.csv"
    out.write_text("old")
    write_export(store, "csv", out)
    assert out.read_text(encoding="utf-8-sig").startswith("fiche_id,")
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]


def test_the_format_comes_from_the_option_or_the_suffix() -> None:
    assert export_format("XLSX", Path("x.csv")) == "xlsx"
    assert export_format(None, Path("facts.parquet")) == "parquet"
    for wrong in ("json", None):
        with pytest.raises(ExportError, match=", ".join(FORMATS)):
            export_format(wrong, Path("facts.txt"))


def test_a_missing_folder_is_a_clear_error(store: FactStore, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_export(store, "csv", tmp_path / "nope" / "facts.csv")
