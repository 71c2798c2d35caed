"""The `livret-qa` command: a thin layer over the library, JSON for scripts, tables for people."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from livret_qa.errors import LivretError
from livret_qa.settings import Settings

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
    settings = Settings()
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
    from livret_qa.corpus import load_corpus

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
    from livret_qa.corpus import load_corpus
    from livret_qa.fiche_view import fiche_as_text

    fiche = load_corpus(_settings(corpus).corpus_dir).fiche(fiche_id)
    if json_out:
        _echo_json(fiche.to_dict())
    else:
        typer.echo(fiche_as_text(fiche))


def main() -> None:
    """Entry point: user errors become one clean line on stderr and exit code 2."""
    try:
        app()
    except LivretError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
