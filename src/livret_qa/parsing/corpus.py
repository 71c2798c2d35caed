"""Reading the corpus folder: every `*.md` booklet, checked, parsed, ids unique across files.

This is the only place that reads corpus files; the files are never written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from livret_qa.errors import CorpusError, UnknownFicheError
from livret_qa.parsing.booklet import parse_booklet
from livret_qa.parsing.booklet_identity import Booklet, find_booklet, read_cover
from livret_qa.parsing.fiche import Fiche


@dataclass
class Corpus:
    """The parsed booklets, with their source texts for citation checks."""

    root: Path
    fiches: list[Fiche]
    sources: dict[str, str]  # file name -> exact text
    booklets: list[Booklet] = field(default_factory=list)  # in file-name order

    def __post_init__(self) -> None:
        """Each source's booklet, read from its cover; ids kept unique ('a.md' and 'A.md'),
        and every fiche told the id of its booklet."""
        if not self.booklets:
            taken: set[str] = set()
            for name in sorted(self.sources):
                b = _booklet_of(name, self.sources[name], self.fiches)
                unique, n = b.id, 2
                while unique in taken:
                    unique, n = f"{b.id}-{n}", n + 1
                taken.add(unique)
                self.booklets.append(replace(b, id=unique))
        by_source = {b.source: b.id for b in self.booklets}
        for fiche in self.fiches:
            fiche.booklet = by_source.get(fiche.source, fiche.booklet)

    def booklet(self, key: str) -> Booklet:
        """The booklet with this id or file name ('livret-x' or 'livret-x.md'), or a
        QueryError listing the loaded ones."""
        return find_booklet(key, self.booklets)

    def booklet_of(self, fiche: Fiche) -> Booklet:
        """The booklet a fiche comes from."""
        return next(b for b in self.booklets if b.source == fiche.source)

    def fiches_of(self, booklet_id: str) -> list[Fiche]:
        return [f for f in self.fiches if f.booklet == booklet_id]

    def fiche(self, fiche_id: str) -> Fiche:
        for fiche in self.fiches:
            if fiche.id == fiche_id:
                return fiche
        raise UnknownFicheError(fiche_id, self.ids())

    def ids(self) -> list[str]:
        return [f.id for f in self.fiches]

    def fingerprint(self) -> str:
        """Hash of every file's name and bytes: a change in any booklet makes the index stale."""
        digest = hashlib.sha256()
        for name in sorted(self.sources):
            digest.update(name.encode())
            digest.update(b"\0")
            digest.update(self.sources[name].encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()


def read_booklet(path: Path) -> str:
    """The exact text of one booklet, or a CorpusError that names the file and the problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    if b"\0" in data:
        raise CorpusError(
            f"{path}: this is not a text file (it contains NUL bytes). "
            "Put only Markdown booklets (*.md, UTF-8) in the corpus folder."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"{path}: not valid UTF-8 (byte {exc.start}, line {line}). "
            "Re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)."
        ) from exc


def load_corpus(root: Path | str) -> Corpus:
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(
            f"Corpus folder {root} does not exist. Set LIVRET_QA_CORPUS_DIR or pass --corpus "
            "to a folder of Markdown booklets."
        )
    files = sorted(p for p in root.glob("*.md") if p.is_file())
    if not files:
        raise CorpusError(f"Corpus folder {root} holds no *.md booklet.")
    fiches: list[Fiche] = []
    sources: dict[str, str] = {}
    taken: set[str] = set()
    for path in files:
        text = read_booklet(path)
        found = parse_booklet(text, path.name, taken)
        if not found:
            raise CorpusError(
                f"{path}: no fiche found. A fiche starts with a 'défi' line (under its title "
                "heading) followed by sections such as '## FICHE IDENTITÉ'."
            )
        sources[path.name] = text
        fiches.extend(found)
    return Corpus(root, fiches, sources)


def _booklet_of(name: str, text: str, fiches: list[Fiche]) -> Booklet:
    """A booklet's identity, its cover being the text before its first fiche."""
    starts = [f.span.start for f in fiches if f.source == name]
    return read_cover(text, name, min(starts) if starts else None)
