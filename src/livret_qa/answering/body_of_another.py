"""Class: a list by a body named (a funder, a partner: 'Quelles structures sont financées par
l'ADEME ?', 'which ones got ADEME money?', 'who is backed by the Région?') where a fiche names
that body only as the backer of another actor's scheme: « le Réseau pour Eviter le Gaspillage
ALimentaire (REGAL) que le pays a mis en place dans le cadre de son PETR avec l'appui
financier de l'ADEME » is the Pays' network funded by the ADEME, not the structure. The body
is then no partner of that structure, so the list leaves it out.

A mention is another actor's when, in its sentence, a clause opened by 'que' / 'qu'' whose
subject is a determined noun ('que le pays a …', 'que la commune avait …') runs to the name
with no punctuation between: the clause says what that actor did, with the body's help. A
pronoun subject ('qu'elle a obtenu … de l'ADEME') is the structure itself and counts. A fiche
with any other mention of the body holds it as usual.

Pure: reads the fiche's raw text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from livret_qa.text import fold

# a clause of another actor: 'que le pays a', 'qu'une commune avait', 'que les mairies ont'
_OTHERS_CLAUSE = re.compile(
    r"\bqu(?:e\s+|['’]\s*)(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une|ce|cette|ces)\s*"
    r"[a-z][a-z-]+\s+(?:a|ont|avait|avaient|aura|auront|eut)\b"
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n|\n[-*#]")
_BREAK = re.compile(r"[,;:()]")


def _mentions(folded: str, names: Iterable[str]) -> list[int]:
    """Where the fiche's folded text writes one of the name's forms, as a word of its own."""
    starts: list[int] = []
    for name in names:
        key = fold(name).strip()
        if len(key) < 2:
            continue
        pattern = rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])"
        starts += [m.start() for m in re.finditer(pattern, folded)]
    return sorted(set(starts))


def _of_another(folded: str, at: int) -> bool:
    """Whether the mention at `at` closes a clause saying what another actor did (module)."""
    ends = list(_SENTENCE_END.finditer(folded, 0, at))
    start = ends[-1].end() if ends else 0
    before = folded[start:at]
    clauses = list(_OTHERS_CLAUSE.finditer(before))
    return bool(clauses) and not _BREAK.search(before[clauses[-1].end() :])


def names_only_as_anothers(raw: str, names: Iterable[str]) -> bool:
    """Whether every mention of the body (by any of `names`) in a fiche's text is as the
    backer of another actor's scheme; False when the fiche never writes it this way."""
    folded = fold(raw)
    starts = _mentions(folded, names)
    return bool(starts) and all(_of_another(folded, at) for at in starts)
