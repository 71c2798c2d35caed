"""The facts in DuckDB: built beside the index, rebuilt when stale or corrupt, readable by a
stock client; typed queries with errors that list what exists."""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb
import pytest

from livret_qa.errors import FactQueryError
from livret_qa.facts.query import FactQueries, FactQuery
from livret_qa.facts.store import FILE_NAME, FactStore
from livret_qa.parsing.corpus import Corpus


@pytest.fixture(scope="module")
def queries(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> FactQueries:
    return FactQueries(FactStore.open(tmp_path_factory.mktemp("facts"), corpus))


def test_the_file_opens_with_a_stock_client_and_quotes_reproduce_the_source(
    corpus: Corpus, tmp_path: Path
) -> None:
    FactStore.open(tmp_path, corpus).close()
    with duckdb.connect(str(tmp_path / FILE_NAME), read_only=True) as con:
        rows = con.execute("SELECT source, span_start, span_end, quote FROM facts").fetchall()
        measures = con.execute("SELECT name, fiches FROM measures").fetchall()
    assert rows and all(corpus.sources[s][a:b] == q for s, a, b, q in rows)
    assert ("budget", 8) in measures


def test_a_stale_or_corrupt_file_is_rebuilt(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    FactStore.open(tmp_path, corpus).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE meta SET value = 'other' WHERE key = 'fingerprint'")
    store = FactStore.open(tmp_path, corpus)
    assert store.query("SELECT value FROM meta WHERE key = 'fingerprint'")[0]["value"] == (
        corpus.fingerprint()
    )
    store.close()
    path.write_bytes(b"not a database")
    store = FactStore.open(tmp_path, corpus)
    assert store.query("SELECT count(*) AS n FROM facts")[0]["n"] > 100
    store.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_keeps_the_facts_in_memory(corpus: Corpus, tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        store = FactStore.open(tmp_path / "index", corpus)
        assert store.path is None and store.query("SELECT count(*) AS n FROM fiches")[0]["n"]
    finally:
        tmp_path.chmod(0o700)


def run(queries: FactQueries, **query: object) -> tuple[float | None, list[str]]:
    result = queries.run(FactQuery.model_validate(query))
    return result.value, result.selected


def test_totals_rankings_bounds_and_groups_agree_with_the_rows(queries: FactQueries) -> None:
    listed = queries.run(FactQuery(op="list", measure="budget"))
    numbers = {r.fiche_id: r.number or 0.0 for r in listed.rows}
    total, ids = run(queries, op="sum", measure="budget")
    assert total == pytest.approx(sum(numbers.values())) and set(ids) == set(numbers)
    top, (first, *_) = run(queries, op="max", measure="budget")
    assert top == max(numbers.values()) and numbers[first] == top
    count, over = run(queries, op="gt", measure="budget", value=500_000)
    assert set(over) == {f for f, n in numbers.items() if n > 500_000} and count == len(over)
    ranked = run(queries, op="top", measure="budget", limit=3, order="asc")[1]
    assert ranked == sorted(numbers, key=numbers.__getitem__)[:3]
    groups = queries.run(FactQuery(op="group", group_by="theme", measure="budget")).groups
    assert sum(g.value for g in groups) == pytest.approx(sum(numbers.values()))
    assert listed.missing  # a fiche with no budget is named, not dropped silently


def test_filters_and_conditions_narrow_the_scope(queries: FactQueries) -> None:
    nord = run(queries, op="count", filters={"departement": "Nord"})
    both = run(queries, op="count", filters={"departement": ["59", "Somme"]})
    assert set(nord[1]) < set(both[1])
    old = run(
        queries,
        op="count",
        filters={"conditions": [{"measure": "annee_creation", "op": "lt", "value": 2010}]},
    )
    assert old[0] == len(old[1]) >= 1
    aci = run(queries, op="contains", measure="agrement", value="ACI")
    spelled = run(queries, op="contains", measure="agrement", value="atelier chantier d'insertion")
    assert set(spelled[1]) <= set(aci[1])


def test_a_comparison_puts_the_winner_first(queries: FactQueries) -> None:
    ids = [r.fiche_id for r in queries.run(FactQuery(op="list", measure="salaries")).rows][:2]
    desc = run(queries, op="compare", measure="salaries", filters={"structures": ids})[1]
    asc = run(queries, op="compare", measure="salaries", order="asc", filters={"structures": ids})
    assert desc == list(reversed(asc[1]))


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ({"op": "sum", "measure": "poids"}, "budget"),
        ({"op": "gt", "measure": "budget", "value": "beaucoup"}, "number"),
        ({"op": "count", "filters": {"departement": "Gironde"}}, "Nord (59)"),
        ({"op": "count", "filters": {"theme": "sport"}}, "Le réemploi"),
        ({"op": "count", "filters": {"ville": "Paris"}}, "Amiens"),
        ({"op": "compare", "measure": "budget", "filters": {"structures": ["x", "y"]}}, "vestali"),
        ({"op": "group", "measure": "budget"}, "group_by"),
        ({"op": "sum", "measure": "agrement"}, "text field"),
    ],
)
def test_a_bad_query_says_what_exists(queries: FactQueries, query: dict, names: str) -> None:
    with pytest.raises(FactQueryError, match=re.escape(names)):
        queries.run(FactQuery.model_validate(query))
