"""Class: a comparison with an organisation the booklet has no fiche for — one it never
names ('How does VESTALI's tonnage compare with Le Relais?') or names only in passing as a
partner or inspiration ('Synapse 3i traite plus de matos qu'Emmaüs Connect ?').

A comparison needs both sides stated: quoting the side the booklet describes answers half
of it, as if the other side were known. The other side is the capitalised name right after
the comparison's words (lexicon COMPARED_WITH; 'que'/'qu'' only after a comparative word).
A structure of the booklet, or a place, is a side it states; any other name is not."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.text import fold

# A run of capitalised words, its article kept ('Le Relais', 'Emmaüs Connect', 'Synapse 3i').
_NAME_RUN = re.compile(
    r"(?:(?:Le|La|Les|L'|L’|The)\s+)?[A-ZÉÈÀÂ][\w'’-]*(?:\s+(?:[A-ZÉÈÀÂ0-9][\w'’-]*))*"
)
_ARTICLE = re.compile(r"^(?:Le|La|Les|L'|L’|The)\s*")


def compared_names(question: str) -> list[str]:
    """The capitalised names a question compares something with, as typed."""
    folded = fold(question)
    if len(folded) != len(question):
        return []
    comparative = bool(lx.COMPARATIVE.search(folded))
    out: list[str] = []
    for m in lx.COMPARED_WITH.finditer(folded):
        if m.group(0).startswith("qu") and not comparative:
            continue
        run = _NAME_RUN.match(question, m.end())
        if run and _ARTICLE.sub("", run.group(0)) and run.group(0) not in out:
            out.append(run.group(0).rstrip("'’"))
    return out


def sides_without_fiche(question: str, stated: Callable[[str], bool]) -> list[str]:
    """The names compared with that are no structure of the booklet nor a place (`stated`
    says which are)."""
    return [n for n in compared_names(question) if not stated(n)]


def written_in(name: str, booklet: str) -> bool:
    """Whether the booklet writes the name as typed, capitals and all ('Emmaüs Connect'
    yes; 'Le Relais' no, though it writes 'sert de relais'), its article aside."""
    bare = _ARTICLE.sub("", name)
    return bool(re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", booklet))
