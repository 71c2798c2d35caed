"""The `livret-qa` command: a thin layer over the library, JSON for scripts, tables for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from livret_qa.errors import LivretError
from livret_qa.settings import QueryBackend, Settings, get_settings

if TYPE_CHECKING:
    from livret_qa.retrieval.engine import Engine
    from livret_qa.retrieval.filters import Filters

app = typer.Typer(
    help="Ask the ESS booklet of Hauts-de-France (re-use and sustainable food).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
fiches_app = typer.Typer(help="List the booklet's fiches (structures), or show one.")
app.add_typer(fiches_app, name="fiches")

CorpusOpt = Annotated[
    Path | None,
    typer.Option("--corpus", help="Folder of Markdown booklets [env LIVRET_QA_CORPUS_DIR]."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]


def _settings(corpus: Path | None = None) -> Settings:
    settings = get_settings()
    if corpus is not None:
        settings.corpus_dir = corpus
    return settings


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _table(rows: list[dict[str, str]], columns: list[str]) -> str:
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    lines.append("  ".join("-" * widths[c] for c in columns))
    lines += ["  ".join(str(r.get(c, "")).ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)


@fiches_app.callback(invoke_without_command=True)
def fiches_list(ctx: typer.Context, json_out: JsonOpt = False, corpus: CorpusOpt = None) -> None:
    """All fiches: id, name, theme, town, département (`--json`: every parsed field)."""
    if ctx.invoked_subcommand is not None:
        return
    from livret_qa.parsing.corpus import load_corpus

    loaded = load_corpus(_settings(corpus).corpus_dir)
    if json_out:
        _echo_json([f.to_dict() for f in loaded.fiches])
        return
    rows = [
        {**f.summary(), "departement": f"{f.contact.departement} ({f.contact.departement_code})"}
        for f in loaded.fiches
    ]
    typer.echo(_table(rows, ["id", "name", "theme", "town", "departement"]))


@fiches_app.command("show")
def fiches_show(
    fiche_id: Annotated[str, typer.Argument(help="A fiche id, as listed by `livret-qa fiches`.")],
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
) -> None:
    """One fiche: identity card, contact, sections and key figures."""
    from livret_qa.parsing.corpus import load_corpus
    from livret_qa.serving.fiche_view import fiche_as_text

    fiche = load_corpus(_settings(corpus).corpus_dir).fiche(fiche_id)
    if json_out:
        _echo_json(fiche.to_dict())
    else:
        typer.echo(fiche_as_text(fiche))


IndexOpt = Annotated[
    Path | None, typer.Option("--index", help="Index folder [env LIVRET_QA_INDEX_DIR].")
]
BackendOpt = Annotated[
    QueryBackend | None,
    typer.Option(
        "--backend",
        case_sensitive=False,
        help="Query embedding backend: torch or nano (light, no torch) "
        "[env LIVRET_QA_QUERY_BACKEND].",
    ),
]
ThemeOpt = Annotated[str | None, typer.Option("--theme", help="Only this theme.")]
DepOpt = Annotated[
    str | None, typer.Option("--departement", help="Only this département (name or number).")
]
SectionOpt = Annotated[
    list[str] | None, typer.Option("--section", help="Only these section kinds (repeatable).")
]


def _engine(
    corpus: Path | None,
    index: Path | None,
    backend: QueryBackend | None = None,
    force: bool = False,
    progress: bool = True,
) -> Engine:
    from livret_qa.retrieval.engine import Engine

    settings = _settings(corpus)
    if index is not None:
        settings.index_dir = index
    return Engine.from_settings(settings, backend=backend, force=force, progress=progress)


def _filters(theme: str | None, departement: str | None, sections: list[str] | None) -> Filters:
    from livret_qa.retrieval.filters import Filters

    return Filters(theme=theme, departement=departement, sections=list(sections or []))


@app.command("index")
def index_cmd(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if up to date.")] = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Build the search index (or check that it is up to date)."""
    engine = _engine(corpus, index, backend="torch", force=force)
    m = engine.manifest
    assert m is not None
    typer.echo(
        f"Index ready: {m.n_chunks} chunks, {len(engine.sentences)} sentences, model {m.model_id} "
        f"(dim {m.dim}), built {m.built_at} in {m.build_seconds} s."
    )


@app.command("search")
def search_cmd(
    query: Annotated[
        str, typer.Argument(help="The query, or '-' to read one per line from stdin.")
    ],
    top_k: Annotated[int, typer.Option("--top-k", help="Number of passages (1-100).")] = 5,
    json_out: JsonOpt = False,
    theme: ThemeOpt = None,
    departement: DepOpt = None,
    section: SectionOpt = None,
    backend: BackendOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Ranked passages and the structures they belong to.

    `livret-qa search --json -` reads one query per line and writes one JSON object per line,
    so scripts run many queries with one model load. A bad line (empty, too long) does not
    stop the stream: it is reported on stderr (with --json: as an {"line", "query", "error"}
    object in its place) and the exit code is 1 once every line has been read.
    """
    from livret_qa.serving.views import search_as_dict, search_as_text

    engine = _engine(corpus, index, backend, progress=not json_out)
    filters = _filters(theme, departement, section)
    if query == "-":
        failed, total = _search_lines(engine, sys.stdin, top_k, filters, json_out)
        if failed:
            typer.echo(f"{failed} of {total} lines could not be searched.", err=True)
            raise typer.Exit(1)
        return
    result = engine.search(query, top_k=top_k, filters=filters)
    if json_out:
        _echo_json(search_as_dict(result))
    else:
        typer.echo(search_as_text(result))


def _search_lines(
    engine: Engine, lines: Iterable[str], top_k: int, filters: Filters, json_out: bool
) -> tuple[int, int]:
    """One search per line, each searched once; returns (bad lines, lines)."""
    from livret_qa.errors import QueryError
    from livret_qa.serving.views import search_as_dict, search_as_text

    failed = number = 0
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        try:
            result = engine.search(text, top_k=top_k, filters=filters)
        except QueryError as exc:
            failed += 1
            if json_out:
                error = {"line": number, "query": text, "error": str(exc)}
                typer.echo(json.dumps(error, ensure_ascii=False))
            else:
                typer.echo(f"line {number}: {exc}", err=True)
            continue
        if json_out:
            typer.echo(json.dumps(search_as_dict(result), ensure_ascii=False))
        else:
            typer.echo(search_as_text(result))
    return failed, number


@app.command("ask")
def ask_cmd(
    question: Annotated[str, typer.Argument(help="The question, in French or English.")],
    json_out: JsonOpt = False,
    theme: ThemeOpt = None,
    departement: DepOpt = None,
    backend: BackendOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Answer a question with the exact passages quoted and where they stand."""
    from livret_qa.answering.compose import ask
    from livret_qa.serving.views import answer_as_text

    engine = _engine(corpus, index, backend, progress=not json_out)
    answer = ask(engine, question, [], _filters(theme, departement, None))
    if json_out:
        _echo_json(answer.to_dict())
    else:
        typer.echo(answer_as_text(answer))


@app.command("eval")
def eval_cmd(
    questions: Annotated[Path, typer.Option("--questions", help="Gold file (JSON Lines).")] = Path(
        "eval/questions.jsonl"
    ),
    out: Annotated[
        Path | None, typer.Option("--out", help="Write report.md/json/png and TREC files here.")
    ] = None,
    baselines: Annotated[bool, typer.Option(help="Also run the baselines.")] = True,
    answers: Annotated[bool, typer.Option(help="Also evaluate answers (ask).")] = True,
    blind: Annotated[
        Path | None,
        typer.Option(help="Blind gold file: figures only, side by side with the dev set."),
    ] = Path("eval/blind.jsonl"),
    paraphrases: Annotated[
        Path | None, typer.Option(help="Paraphrases of the gold questions (robustness).")
    ] = Path("eval/paraphrases.jsonl"),
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Measure retrieval (and answers) on a gold set, the baselines side by side, and the
    blind set's figures beside the dev set's (pass an empty --blind '' to skip it)."""
    from livret_qa.evaluation.report import headline_table
    from livret_qa.evaluation.runner import run_eval

    engine = _engine(corpus, index, progress=not json_out)
    report = run_eval(
        engine,
        questions,
        out,
        baselines=baselines,
        with_answers=answers,
        blind_path=blind if blind and str(blind) and blind.is_file() else None,
        paraphrases_path=paraphrases if paraphrases and paraphrases.is_file() else None,
    )
    if json_out:
        _echo_json(report)
        return
    from livret_qa.evaluation.metrics import SystemReport

    reports = [
        SystemReport(name, overall=data["overall"], latency=data["latency"])
        for name, data in report["systems"].items()
    ]
    typer.echo(headline_table(reports))
    for key, value in (report.get("answers") or {}).items():
        if not isinstance(value, (list, dict)):
            typer.echo(f"{key}: {value}")
    para = (report.get("answers") or {}).get("paraphrases")
    if para:
        typer.echo(f"paraphrase_agreement: {para['paraphrase_agreement']}")
    for key, value in (report.get("blind") or {}).get("gaps", {}).items():
        typer.echo(f"overfitting gap (dev - blind) {key}: {value:+.3f}")
    if out:
        typer.echo(f"Report written to {out}/report.md")


@app.command("serve")
def serve_cmd(
    host: Annotated[str | None, typer.Option(help="[env LIVRET_QA_HOST]")] = None,
    port: Annotated[int | None, typer.Option(help="[env LIVRET_QA_PORT]")] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Start the chat UI and the HTTP API in one process (index built on first run)."""
    from livret_qa.serving.server import serve

    settings = _settings(corpus)
    if index:
        settings.index_dir = index
    serve(settings, host=host or settings.host, port=port or settings.port)


def main() -> None:
    """Entry point: user errors become one clean line on stderr and exit code 2."""
    try:
        app()
    except LivretError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
