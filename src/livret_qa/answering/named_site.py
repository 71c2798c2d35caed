"""Which of the sites a fiche lists by name a question asks a figure of.

Class: the figure of one site or workshop asked, the whole structure's stated — a near miss
answered with the neighbouring figure ('How many people work at Synapse 3i's maison des
savoirs?' answered with its 115 employees; 'le budget de l'atelier couture de VESTALI' with
its whole budget). Only sites the fiche itself lists by name count, in its key figure of sites
('3 sites (le siège social ; le pôle social, numérique et administratif ; la maison des
savoirs)'): a structure stating several sites states no figure of one of them unless a
sentence binds the figure to that site. A word of a site said alone ('textile', 'social')
names no site: the site's head noun must be asked with it ('atelier … couture', 'social
pole', 'maison des savoirs'). Pure functions over text; the stemmer and the glossary are given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from livret_qa.text import fold

# the list of named sites after the count ('3 sites (a ; b ; c)'), folded
_LISTED = re.compile(r"\(([^()]*;[^()]*)\)")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
# words of a site's name that tell nothing of which site it is
_FILLER = frozenset("le la les l de des du d et en au aux un une sur".split())


@dataclass(frozen=True)
class Site:
    """One site a fiche lists: its name as written, the stems of its head noun (its first
    word) and of its other words (which tell it from the others)."""

    name: str
    head: frozenset[str]
    marks: frozenset[str]


def listed_sites(sites_value: str, analyze: Callable[[str], list[str]]) -> list[Site]:
    """The sites a key figure of sites lists by name, in its parenthesised list split by ';'
    ('atelier couture repassage ; boutique solidaire'); none when it lists none."""
    found = _LISTED.search(sites_value)
    if found is None:
        return []
    out = []
    for name in (n.strip(" ,.") for n in found.group(1).split(";")):
        words = [w for w in _WORD.findall(fold(name)) if w not in _FILLER]
        if len(words) < 2:
            continue
        head = frozenset(analyze(words[0]))
        marks = frozenset(t for w in words[1:] for t in analyze(w)) - head
        if head and marks:
            out.append(Site(name, head, marks))
    return out


def sites_asked(
    question: str,
    sites: Iterable[Site],
    analyze: Callable[[str], list[str]],
    gloss: Callable[[str], set[str]],
) -> list[Site]:
    """The listed sites a question names by their head noun and a word of their own, each
    with its English words glossed ('the sewing workshop': « atelier couture »)."""
    stems: set[str] = set()
    for word in _WORD.findall(fold(question)):
        stems |= set(analyze(word)) | gloss(word)
    return [s for s in sites if s.head & stems and s.marks & stems]


def binds_site(quote: str, site: Site, analyze: Callable[[str], list[str]]) -> bool:
    """Whether a quoted figure names the site asked by a word of its own ('450 personnes
    accompagnées socialement par le pôle social')."""
    held = set(analyze(quote))
    return bool(site.marks & held) or any(
        w.startswith(m) for m in site.marks if len(m) >= 5 for w in held
    )
