"""Renamed copies of the real booklet for tests of several booklets loaded at once: each copy
gives every structure a name of its own (so names and ids stay unique) and its cover a title of
its own; everything else, CAP3C included, is the booklet's text, so the fast tests can name
what each copy holds. The perturbed copies (towns moved, figures rewritten) that the slow test
and the scale benchmark load come from livret_qa.evaluation.synthetic."""

from __future__ import annotations

from pathlib import Path

from livret_qa.parsing.booklet import parse_booklet

WORDS = ["Ardoise", "Bruyère", "Cèdre", "Dune", "Mélèze", "Fougère", "Genêt", "Houx", "Iris"]
TAGS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"]


def renamed_copy(text: str, tag: str) -> str:
    """The booklet with the n-th structure's names (title and legal name) replaced by
    '<n-th word> <tag>' ('Ardoise Alpha') wherever they are written, and its cover retitled."""
    names: dict[str, str] = {}
    for n, fiche in enumerate(parse_booklet(text, "copy.md"), start=1):
        for name in (fiche.name, fiche.identity.legal_name):
            if len(name) > 3:
                names[name] = f"{WORDS[(n - 1) % len(WORDS)]} {tag}"
    out = text
    for name in sorted(names, key=len, reverse=True):  # longest first: no name inside another
        out = out.replace(name, names[name])
    first = out.index("# ", out.index("#"))
    end = out.index("\n", first)
    return out[:first] + f"# LIVRET {tag.upper()}" + out[end:]


def write_copies(source: Path, folder: Path, n: int) -> list[Path]:
    """`source` and `n` renamed copies of it, in `folder` (n ≤ 9)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = source.read_text(encoding="utf-8")
    paths = [folder / source.name]
    paths[0].write_text(text, encoding="utf-8")
    for tag in TAGS[:n]:
        path = folder / f"livret-copie-{tag.lower()}.md"
        path.write_text(renamed_copy(text, tag), encoding="utf-8")
        paths.append(path)
    return paths
