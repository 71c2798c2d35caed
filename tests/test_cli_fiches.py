from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from livret_qa.serving.cli import app

from .conftest import CORPUS_DIR

runner = CliRunner()


def test_fiches_table_lists_every_fiche() -> None:
    result = runner.invoke(app, ["fiches", "--corpus", str(CORPUS_DIR)])
    assert result.exit_code == 0
    assert "synapse-3i" in result.output and "Pas-de-Calais (62)" in result.output
    assert len(result.output.strip().splitlines()) == 2 + 9


def test_fiches_json_is_complete_and_utf8() -> None:
    result = runner.invoke(app, ["fiches", "--json", "--corpus", str(CORPUS_DIR)])
    data = json.loads(result.output)
    assert len(data) == 9
    vestali = next(f for f in data if f["id"] == "vestali")
    assert vestali["contact"]["town"] == "Liévin"
    assert "Liévin" in result.output  # not \\u-escaped
    assert {s["kind"] for s in vestali["sections"]} >= {"identity", "key_figures"}
    assert all("span" in s and "subparts" in s for s in vestali["sections"])


def test_fiches_show_one() -> None:
    result = runner.invoke(
        app, ["fiches", "show", "la-remise-enjouee", "--corpus", str(CORPUS_DIR)]
    )
    assert result.exit_code == 0
    assert "Christelle COUSIN" in result.output and "260 000 €" in result.output


def test_unknown_id_exits_non_zero_listing_valid_ids(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "livret_qa.serving.cli",
            "fiches",
            "show",
            "nope",
            "--corpus",
            str(CORPUS_DIR),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0
    assert "Unknown fiche id 'nope'" in proc.stderr and "vestali" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_corpus_exits_non_zero(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "livret_qa.serving.cli", "fiches", "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "holds no *.md booklet" in proc.stderr


def test_booklets_and_fiches_of_one_booklet(tmp_path: Path) -> None:
    from .booklet_copies import write_copies
    from .conftest import BOOKLET

    write_copies(BOOKLET, tmp_path, 1)
    listed = runner.invoke(app, ["booklets", "--json", "--corpus", str(tmp_path)])
    assert listed.exit_code == 0
    booklets = json.loads(listed.output)
    assert [(b["id"], b["fiches"]) for b in booklets] == [
        ("livret-copie-alpha", "9"),
        ("livret-ess-hauts-de-france", "9"),
    ]
    one = runner.invoke(app, ["fiches", "--booklet", BOOKLET.name, "--corpus", str(tmp_path)])
    assert one.exit_code == 0
    rows = one.output.strip().splitlines()[2:]
    assert len(rows) == 9 and all(r.rstrip().endswith("livret-ess-hauts-de-france") for r in rows)
    assert "synapse-3i " in one.output and "Alpha" not in one.output
    unknown = subprocess.run(
        [
            sys.executable,
            "-m",
            "livret_qa.serving.cli",
            "fiches",
            "--booklet",
            "bretagne",
            "--corpus",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert unknown.returncode == 2
    assert "Unknown booklet 'bretagne'" in unknown.stderr and "livret-copie-alpha" in unknown.stderr
