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
    return [name for name, _ in _compared(question)]


def _compared(question: str) -> list[tuple[str, str]]:
    """Each name compared with, and the question's text from it on: a structure's name may
    go on in lower case past its capitalised head ('… than Il était deux fois?')."""
    folded = fold(question)
    if len(folded) != len(question):
        return []
    comparative = bool(lx.COMPARATIVE.search(folded))
    out: list[tuple[str, str]] = []
    for m in lx.COMPARED_WITH.finditer(folded):
        if m.group(0).startswith("qu") and not comparative:
            continue
        run = _NAME_RUN.match(question, m.end())
        name = run.group(0).rstrip("'’") if run else ""
        if run and _ARTICLE.sub("", run.group(0)) and name not in [n for n, _ in out]:
            out.append((name, question[run.start() :]))
    return out


def sides_without_fiche(question: str, stated: Callable[[str], bool]) -> list[str]:
    """The names compared with that are no structure of the booklet nor a place (`stated`
    says which are), read with the words that follow them ('Il' of 'Il était deux fois')."""
    return [n for n, rest in _compared(question) if not (stated(n) or stated(rest))]


def written_in(name: str, booklet: str) -> bool:
    """Whether the booklet writes the name as typed, capitals and all ('Emmaüs Connect'
    yes; 'Le Relais' no, though it writes 'sert de relais'), its article aside."""
    bare = _ARTICLE.sub("", name)
    return bool(re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", booklet))
