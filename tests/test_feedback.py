"""Feedback that is kept: the SQLite store (what it keeps, where, that it survives a restart and
concurrent writers from threads and processes), POST /api/feedback, and `livret-qa feedback
export`, whose candidates load as a dev set (evaluation.gold.load_gold), wrong answers first."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from livret_qa.answering.compose import ask
from livret_qa.errors import FeedbackError
from livret_qa.evaluation.gold import load_gold
from livret_qa.feedback.candidates import candidates, jsonl
from livret_qa.feedback.store import FILE_NAME, Feedback, FeedbackStore
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.api.main import create_app
from livret_qa.serving.cli import app as cli
from livret_qa.settings import Settings

from .conftest import CORPUS_DIR

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"


def settings(data_dir: Path, **overrides: Any) -> Settings:
    return Settings(
        **{
            "llm_base_url": None,
            "api_key": None,
            "cors_origins": [],
            "data_dir": data_dir,
            **overrides,
        }
    )


def from_answer(answer: dict[str, Any], verdict: str, **extra: Any) -> Feedback:
    return Feedback(
        verdict=verdict,  # type: ignore[arg-type]
        question=answer["question"],
        answer=answer["answer"],
        structures=answer["structures"],
        citations=answer["citations"],
        plan=answer["plan"],
        lang=answer["lang"],
        intent=answer["intent"],
        abstained=answer["abstained"],
        app_version="test",
        **extra,
    )


# -- the store -------------------------------------------------------------------------------
def test_a_feedback_is_kept_whole_and_survives_reopening(
    tmp_path: Path, fake_engine: Engine
) -> None:
    answer = ask(fake_engine, CAP3C).to_dict()
    store = FeedbackStore.open(tmp_path / "data")
    kept = store.add(from_answer(answer, "down", comment="  Il manque une structure. "))
    assert kept.id.startswith("fb-") and kept.created_at.endswith("+00:00")

    again = FeedbackStore.open(tmp_path / "data").get(kept.id)  # a new process would do this
    assert again.question == CAP3C and again.verdict == "down"
    assert again.answer == answer["answer"] and again.citations == answer["citations"]
    assert [s["fiche_id"] for s in again.structures] == [
        s["fiche_id"] for s in answer["structures"]
    ]
    assert again.plan == answer["plan"] and again.app_version == "test"

    revised = store.revise(kept.id, verdict="up", comment="finalement juste")
    assert (revised.verdict, revised.comment) == ("up", "finalement juste")
    assert revised.updated_at >= revised.created_at == kept.created_at
    assert (tmp_path / "data" / FILE_NAME).is_file()
    with sqlite3.connect(tmp_path / "data" / FILE_NAME) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
    # what is kept: what the user typed and was answered, the verdict, time and version
    assert not columns & {"ip", "user_agent", "cookie", "session", "user", "email"}
    assert {"question", "history", "answer", "structures", "citations", "verdict", "comment",
            "created_at", "app_version"} <= columns  # fmt: skip


def test_wrong_answers_come_first(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path)
    for n, verdict in enumerate(["up", "down", "up", "down"]):
        store.add(Feedback(verdict=verdict, question=f"q{n}", answer="a"))  # type: ignore[arg-type]
    assert [f.question for f in store.all()] == ["q1", "q3", "q0", "q2"]
    assert store.count() == 4


@pytest.mark.parametrize("inside", ["corpus", "index"])
def test_the_data_folder_is_never_the_corpus_or_the_index(tmp_path: Path, inside: str) -> None:
    folders = {"corpus": tmp_path / "corpus", "index": tmp_path / "index"}
    with pytest.raises(FeedbackError, match="LIVRET_QA_DATA_DIR"):
        FeedbackStore.open(folders[inside] / "feedback", not_inside=folders.values())
    assert not (folders[inside] / "feedback").exists()


def test_an_unwritable_data_folder_says_which_setting_to_change(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(FeedbackError, match="LIVRET_QA_DATA_DIR"):
        FeedbackStore.open(blocker / "data")


def test_bad_verdict_and_long_comment_are_refused(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path)
    with pytest.raises(FeedbackError, match="'up' or 'down'"):
        store.add(Feedback(verdict="meh", question="q", answer="a"))  # type: ignore[arg-type]
    kept = store.add(Feedback(verdict="up", question="q", answer="a"))
    with pytest.raises(FeedbackError, match="limit is 2000"):
        store.revise(kept.id, comment="x" * 2001)
    with pytest.raises(FeedbackError, match="No feedback"):
        store.get("fb-nope")


def _write_many(folder: str, tag: str, n: int) -> None:
    store = FeedbackStore.open(Path(folder))
    for i in range(n):
        kept = store.add(
            Feedback(verdict="down" if i % 2 else "up", question=f"{tag}-{i}", answer="a")
        )
        store.revise(kept.id, comment=f"comment {tag}-{i}")


def test_concurrent_writers_from_threads_and_processes_lose_nothing(tmp_path: Path) -> None:
    """4 processes and 8 threads add and revise at once: every write is there, the file whole."""
    FeedbackStore.open(tmp_path)
    per_writer = 25
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=_write_many, args=(str(tmp_path), f"p{i}", per_writer))
        for i in range(4)
    ]
    for p in processes:
        p.start()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: _write_many(str(tmp_path), f"t{i}", per_writer), range(8)))
    for p in processes:
        p.join(120)
        assert p.exitcode == 0
    records = FeedbackStore.open(tmp_path).all()
    assert len(records) == 12 * per_writer
    assert len({r.id for r in records}) == len(records)
    assert all(r.comment == f"comment {r.question}" for r in records)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- candidates in the dev set's format ------------------------------------------------------
def test_candidates_load_as_a_dev_set_wrong_answers_first(
    tmp_path: Path, fake_engine: Engine, corpus: Corpus
) -> None:
    store = FeedbackStore.open(tmp_path)
    first = ask(fake_engine, CAP3C).to_dict()
    history = [
        {"role": "user", "content": CAP3C},
        {"role": "assistant", "content": first["answer"]},
    ]
    follow = ask(fake_engine, "et leur budget ?", history).to_dict()
    unstated = ask(fake_engine, "Qui est le trésorier de VESTALI ?").to_dict()
    store.add(from_answer(first, "up"))
    store.add(from_answer(follow, "down", history=history, comment="il manque l'année"))
    store.add(from_answer(unstated, "up"))
    forged = from_answer(first, "down")
    forged.citations = [{**c, "passage": "texte inventé " * 20} for c in forged.citations]
    store.add(forged)

    lines = candidates(store.all(), corpus)
    assert [line["feedback"]["verdict"] for line in lines] == ["down", "down", "up", "up"]
    by_type = {line["type"]: line for line in lines}
    assert by_type["followup"]["history"] == history
    assert by_type["followup"]["feedback"]["comment"] == "il manque l'année"
    assert "correct gold_fiches" in by_type["followup"]["review"]
    listed = next(x for x in lines if x["type"] == "list" and x["feedback"]["verdict"] == "up")
    assert set(listed["gold_fiches"]) == {"synapse-3i", "il-etait-deux-fois"}
    assert any("CAP3C" in e for e in listed["evidence"]) and listed["gold_sections"]
    if unstated["abstained"]:
        assert by_type["unanswerable"]["gold_fiches"] == []
    # quotes that are not the booklet's are dropped, and the gold structures with them
    forged_line = next(
        x for x in lines if x["type"] == "list" and x["feedback"]["verdict"] == "down"
    )
    assert forged_line["evidence"] == [] and forged_line["gold_fiches"] == []

    path = tmp_path / "candidates.jsonl"
    path.write_text(jsonl(lines), encoding="utf-8")
    gold = load_gold(path, corpus)  # the dev set's own validation: verbatim evidence, ids…
    assert [q.id for q in gold] == [line["id"] for line in lines]
    assert all(set(line) >= {"id", "lang", "type", "question", "gold_fiches"} for line in lines)


# -- HTTP and command line: given over the API, exported after a restart ---------------------
def test_feedback_over_the_api_survives_a_restart_and_is_exported(
    tmp_path: Path, fake_engine: Engine
) -> None:
    data = tmp_path / "data"
    with TestClient(create_app(settings(data), engine=fake_engine)) as client:
        answer = client.post("/api/ask", json={"question": CAP3C}).json()
        given = client.post(
            "/api/feedback",
            json={"question": CAP3C, "answer": answer, "verdict": "down", "comment": "incomplet"},
        )
        assert given.status_code == 201, given.text
        assert given.json()["verdict"] == "down" and given.json()["id"].startswith("fb-")
        assert (
            client.post(
                "/api/feedback", json={"question": CAP3C, "answer": answer, "verdict": "up"}
            ).status_code
            == 201
        )
        bad = client.post(
            "/api/feedback", json={"question": CAP3C, "answer": answer, "verdict": "bof"}
        )
        assert bad.status_code == 422 and "verdict" in bad.json()["detail"]
    # a new server on the same data folder (a restart) sees both and adds a third
    with TestClient(create_app(settings(data), engine=fake_engine)) as client:
        third = client.post(
            "/api/feedback",
            json={"question": "et leur budget ?", "answer": {"answer": "?"}, "verdict": "down"},
        )
        assert third.status_code == 201

    result = CliRunner().invoke(cli, ["feedback", "export", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["feedback"]["verdict"] for line in lines] == ["down", "down", "up"]
    assert lines[0]["feedback"]["comment"] == "incomplet"
    assert lines[0]["feedback"]["channel"] == "api"
    assert "3 candidates, the 2 marked wrong first" in result.stderr

    out = tmp_path / "candidates.jsonl"
    result = CliRunner().invoke(
        cli, ["feedback", "export", "--data-dir", str(data), "--out", str(out)]
    )
    assert result.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_feedback_needs_the_key_when_one_is_set(tmp_path: Path, fake_engine: Engine) -> None:
    body = {"question": CAP3C, "answer": {"answer": "…"}, "verdict": "up"}
    with TestClient(create_app(settings(tmp_path, api_key="k3y"), engine=fake_engine)) as client:
        assert client.post("/api/feedback", json=body).status_code == 401
        ok = client.post("/api/feedback", json=body, headers={"Authorization": "Bearer k3y"})
        assert ok.status_code == 201
    assert FeedbackStore.open(tmp_path).count() == 1


def test_a_data_folder_inside_the_corpus_is_a_503_naming_the_setting(fake_engine: Engine) -> None:
    inside = CORPUS_DIR / "feedback"
    body = {"question": CAP3C, "answer": {"answer": "…"}, "verdict": "up"}
    with TestClient(create_app(settings(inside), engine=fake_engine)) as client:
        response = client.post("/api/feedback", json=body)
        assert client.get("/api/fiches").status_code == 200  # the rest still works
    assert response.status_code == 503 and "LIVRET_QA_DATA_DIR" in response.json()["detail"]
    assert not inside.exists()


def test_export_command_with_a_bad_data_folder_is_one_clean_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["feedback", "export", "--data-dir", str(Settings().index_dir / "feedback")]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and "LIVRET_QA_DATA_DIR" in result.stderr


def test_the_data_folder_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LIVRET_QA_DATA_DIR", str(tmp_path / "mine"))
    assert Settings(_env_file=None).data_dir == tmp_path / "mine"
    monkeypatch.delenv("LIVRET_QA_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert Settings(_env_file=None).data_dir == tmp_path / "xdg" / "livret-qa"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert Settings(_env_file=None).data_dir == Path.home() / ".local" / "share" / "livret-qa"
