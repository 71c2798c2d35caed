"""The facts table written out for advisers: CSV, Parquet, an Excel workbook, or a copy of
the DuckDB file itself.

Every format holds the same table, `EXPORT_SQL`: one row per fact with its structure, place,
measure, number, unit, year, text, qualifiers, how it was found, and where it stands in the
booklet (file, lines, character span, the quoted text). The CSV is UTF-8 with a byte-order
mark, so Excel shows the accents ("Thiérache"); the workbook's header row is bold, frozen and
filtered. The rendering is pure (`csv_text`, `fill_sheet`); the writers do the I/O, each
through a temporary file beside the target moved into place, so a failed export leaves no
half-written file."""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import duckdb

from livret_qa.errors import ExportError
from livret_qa.facts.store import EXPORT_SQL, FactStore

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

ExportFormat = Literal["csv", "parquet", "xlsx", "duckdb"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
BOM = "\ufeff"
SHEET_TITLE = "facts"
MAX_COLUMN_WIDTH = 60  # characters; longer cells (quotes) wrap on demand in Excel

Rows = list[tuple[Any, ...]]


def export_format(name: str | None, out: Path) -> ExportFormat:
    """The format asked for, or else the one the file's suffix names ('facts.xlsx')."""
    wanted = (name or out.suffix.lstrip(".")).lower()
    if wanted in FORMATS:
        return cast(ExportFormat, wanted)
    said = f"format {name!r}" if name else f"no --format, and the suffix of {str(out)!r}"
    raise ExportError(f"Cannot export: {said} is not a format; formats: {', '.join(FORMATS)}.")


def facts_table(store: FactStore) -> tuple[list[str], Rows]:
    """The column names and the rows of the export, in fact order."""
    with store.cursor() as cur:
        result = cur.execute(EXPORT_SQL)
        columns = [d[0] for d in result.description]
        return columns, result.fetchall()


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 2037760, not 2037760.0
    return value


def csv_text(columns: list[str], rows: Rows) -> str:
    """The table as CSV (RFC 4180, CRLF), starting with a byte-order mark."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return buffer.getvalue()


def fill_sheet(sheet: Worksheet, columns: list[str], rows: Rows) -> None:
    """Header row bold and frozen, an auto filter over the table, readable column widths.
    Text is stored as text: a cell that starts with '=' is never read as a formula."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.title = SHEET_TITLE
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    for n, name in enumerate(columns, start=1):
        longest = max([len(name), *(len(str(r[n - 1])) for r in rows if r[n - 1] is not None)])
        sheet.column_dimensions[get_column_letter(n)].width = min(longest + 2, MAX_COLUMN_WIDTH)


@contextmanager
def _replacing(out: Path) -> Iterator[Path]:
    """A temporary path beside `out`, moved onto `out` once written; removed on failure."""
    if not out.parent.is_dir():
        raise ExportError(f"Cannot export to {out}: the folder {out.parent} does not exist.")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as exc:
        raise ExportError(f"Cannot export to {out}: {exc.strerror or exc}.") from None
    except duckdb.IOException as exc:
        raise ExportError(f"Cannot export to {out}: {str(exc).splitlines()[0]}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _write_csv(store: FactStore, tmp: Path) -> None:
    tmp.write_text(csv_text(*facts_table(store)), encoding="utf-8", newline="")


def _write_parquet(store: FactStore, tmp: Path) -> None:
    with store.cursor() as cur:
        cur.execute(f"COPY ({EXPORT_SQL}) TO {_sql_string(str(tmp))} (FORMAT parquet)")


def _write_xlsx(store: FactStore, tmp: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    fill_sheet(sheet, *facts_table(store))
    book.save(tmp)


def _write_duckdb(store: FactStore, tmp: Path) -> None:
    """The store's own file, copied; a store kept in memory is written out whole."""
    if store.path is not None:
        shutil.copyfile(store.path, tmp)
        return
    with store.cursor() as cur:
        (database,) = cur.execute("SELECT current_database()").fetchone() or ("memory",)
        cur.execute(f"ATTACH {_sql_string(str(tmp))} AS export_copy")
        try:
            cur.execute(f'COPY FROM DATABASE "{database}" TO export_copy')
        finally:
            cur.execute("DETACH export_copy")


WRITERS: dict[str, Callable[[FactStore, Path], None]] = {
    "csv": _write_csv,
    "parquet": _write_parquet,
    "xlsx": _write_xlsx,
    "duckdb": _write_duckdb,
}


def write_export(store: FactStore, fmt: ExportFormat, out: Path) -> int:
    """Write the facts in `fmt` to `out` (replaced if it exists); returns the number of facts."""
    if fmt not in WRITERS:
        raise ExportError(f"Cannot export: unknown format {fmt!r}; formats: {', '.join(FORMATS)}.")
    with _replacing(Path(out)) as tmp:
        WRITERS[fmt](store, tmp)
    return int(store.query("SELECT count(*) AS n FROM facts")[0]["n"])
