"""`livret-qa export` and `livret-qa facts`: the corpus alone is enough (no model, no search
index), the facts file is built beside the index folder given, and a query naming what the
booklet does not hold is one line on stderr listing what exists, with exit code 2."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

from livret_qa.facts.query import FactQueries, FactQuery
from livret_qa.facts.store import FILE_NAME, FactStore
from livret_qa.parsing.corpus import Corpus
from livret_qa.serving.cli import app

from .conftest import CORPUS_DIR

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("index")


@pytest.fixture(scope="module")
def queries(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> FactQueries:
    return FactQueries(FactStore.in_memory(corpus))


def cli(index_dir: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--corpus", str(CORPUS_DIR), "--index", str(index_dir)])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx", "duckdb"])
def test_export_writes_each_format_from_the_corpus_alone(
    index_dir: Path, tmp_path: Path, queries: FactQueries, fmt: str
) -> None:
    out = tmp_path / f"facts.{fmt}"
    code, stdout, stderr = cli(index_dir, "export", "--format", fmt, "--out", str(out))
    n = queries.store.query("SELECT count(*) AS n FROM facts")[0]["n"]
    assert code == 0, stderr
    assert f"{n} facts written to {out}" in stderr and not stdout
    assert (index_dir / FILE_NAME).is_file()  # built beside the index folder, not in memory
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            names = {row["structure"] for row in csv.DictReader(handle)}
        assert "Les Copains de Thiérache" in names
    elif fmt == "xlsx":
        sheet = openpyxl.load_workbook(out).active
        assert sheet is not None and sheet.max_row == n + 1 and sheet.freeze_panes == "A2"
    else:
        with (
            duckdb.connect(str(out), read_only=True) if fmt == "duckdb" else duckdb.connect() as con
        ):
            table = "facts" if fmt == "duckdb" else f"read_parquet('{out}')"
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (n,)


def test_export_takes_the_format_from_the_suffix(index_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.xlsx"
    code, _, stderr = cli(index_dir, "export", "--out", str(out))
    assert code == 0 and "(xlsx)" in stderr
    assert openpyxl.load_workbook(out).active is not None


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--format", "json", "--out", "x.json"], "formats: csv, parquet, xlsx, duckdb"),
        (["--out", "facts.txt"], "formats: csv, parquet, xlsx, duckdb"),
        (["--format", "csv", "--out", "/no/such/folder/x.csv"], "does not exist"),
    ],
)
def test_export_errors_exit_2_with_one_line(index_dir: Path, args: list[str], needle: str) -> None:
    code, stdout, stderr = cli(index_dir, "export", *args)
    assert code == 2 and not stdout
    assert stderr.startswith("Error: ") and needle in stderr and stderr.count("\n") == 1


def test_facts_json_is_the_query_result(index_dir: Path, queries: FactQueries) -> None:
    code, stdout, stderr = cli(
        index_dir, "facts", "sum", "--measure", "budget", "--departement", "Nord", "--json"
    )
    assert code == 0, stderr
    data = json.loads(stdout)
    expected = queries.run(FactQuery(op="sum", measure="budget", filters={"departement": ["Nord"]}))
    assert data == json.loads(json.dumps(expected.to_dict()))
    assert data["value"] == sum(r["number"] for r in data["rows"]) > 0
    assert {r["departement"] for r in data["rows"]} == {"Nord"}


def test_facts_table_shows_the_value_then_one_row_per_structure(
    index_dir: Path, queries: FactQueries
) -> None:
    code, stdout, _ = cli(index_dir, "facts", "top", "--measure", "salaries", "--limit", "2")
    assert code == 0
    result = queries.run(FactQuery(op="top", measure="salaries", limit=2))
    lines = stdout.splitlines()
    assert lines[0] == f"top salaries: {result.value:.0f}"
    first = result.rows[0]
    row = next(line for line in lines if first.structure in line)
    c = first.citation
    where = str(c.line_start) if c.line_start == c.line_end else f"{c.line_start}-{c.line_end}"
    assert row.startswith("*") and f"{c.source}:{where}" in row
    assert sum(line.startswith("*") for line in lines) == 2  # the two selected, marked


def test_facts_filters_combine(index_dir: Path, queries: FactQueries) -> None:
    args = ["--departement", "62", "--departement", "Aisne", "--json"]
    code, stdout, _ = cli(index_dir, "facts", "count", *args)
    expected = queries.run(FactQuery(op="count", filters={"departement": ["62", "Aisne"]}))
    assert code == 0 and json.loads(stdout)["selected"] == expected.selected
    assert len(expected.selected) == 5
    code, stdout, _ = cli(index_dir, "facts", "gt", "--measure", "salaries", "--value", "1 0")
    assert code == 0 and stdout.startswith("gt salaries: ")  # '1 0' read as the number 10


def test_facts_measures_lists_each_measure_its_unit_and_fiches(
    index_dir: Path, queries: FactQueries
) -> None:
    code, stdout, _ = cli(index_dir, "facts", "measures")
    assert code == 0
    budget = next(line for line in stdout.splitlines() if line.startswith("budget "))
    assert budget.split() == ["budget", "€", str(queries.measures["budget"]["fiches"])]
    code, stdout, _ = cli(index_dir, "facts", "measures", "--json")
    assert code == 0 and json.loads(stdout) == list(queries.measures.values())


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["sum", "--measure", "poids"], ["unknown measure", "budget", "salaries"]),
        (["gt", "--measure", "budget", "--value", "beaucoup"], ["needs a number", "beaucoup"]),
        (["between", "--measure", "budget", "--value", "1", "--value2", "x"], ["--value2"]),
        (["count", "--departement", "Gironde"], ["unknown département", "Pas-de-Calais (62)"]),
        (["count", "--structure", "nope"], ["unknown fiche id", "vestali"]),
        (["frob"], ["unknown op 'frob'", "count, sum", "'measures'"]),
        (["group", "--group-by", "region"], ["--group-by", "'departement'"]),
    ],
)
def test_facts_errors_exit_2_with_one_line_listing_what_exists(
    index_dir: Path, args: list[str], needles: list[str]
) -> None:
    code, stdout, stderr = cli(index_dir, "facts", *args)
    assert code == 2 and not stdout
    assert stderr.startswith("Error: ") and stderr.count("\n") == 1
    for needle in needles:
        assert needle in stderr


def test_the_installed_command_exits_2_on_an_unknown_measure(index_dir: Path) -> None:
    args = ["facts", "sum", "--measure", "poids", "--corpus", str(CORPUS_DIR)]
    proc = subprocess.run(
        [sys.executable, "-m", "livret_qa.serving.cli", *args, "--index", str(index_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and "unknown measure or field 'poids'" in proc.stderr
