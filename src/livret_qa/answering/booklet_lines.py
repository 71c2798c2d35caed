"""Which booklet says it, when several are loaded: a long list grouped by booklet with the count
of booklets stated, and a single structure's answer naming its booklet. With one booklet loaded
nothing changes, so the answers on the real booklet stay word for word what they were."""

from __future__ import annotations

from livret_qa.answering.messages import say
from livret_qa.parsing.booklet_identity import Booklet
from livret_qa.parsing.corpus import Corpus


def booklet_groups(corpus: Corpus, fiche_ids: list[str]) -> list[tuple[Booklet, list[str]]]:
    """The fiches by booklet, each booklet where its first fiche stands, the fiches in their
    order: a ranked list regrouped without losing its ranking inside each booklet."""
    groups: dict[str, tuple[Booklet, list[str]]] = {}
    for fiche_id in fiche_ids:
        booklet = corpus.booklet_of(corpus.fiche(fiche_id))
        groups.setdefault(booklet.id, (booklet, []))[1].append(fiche_id)
    return list(groups.values())


def list_head(n: int, booklets: int, lang: str) -> str:
    """'20 structures correspondent, dans 10 livrets :' (the booklets only when more than one)."""
    if n == 1:
        return say("list_head_one", lang)
    if booklets > 1:
        return say("list_head_booklets", lang, n=n, b=booklets)
    return say("list_head", lang, n=n)


def group_heading(booklet: Booklet, lang: str) -> str:
    return say("booklet_group", lang, title=booklet.label(), source=booklet.source)


def named_booklet(corpus: Corpus, fiche_ids: list[str], lang: str) -> str:
    """'Livret : « … » (file.md)' for the booklets these structures come from, when more than
    one booklet is loaded; '' otherwise."""
    if len(corpus.booklets) < 2 or not fiche_ids:
        return ""
    return "\n".join(
        say("booklet_named", lang, title=b.label(), source=b.source)
        for b, _ in booklet_groups(corpus, fiche_ids)
    )
