"""A part of the booklet named as such: 'la partie alimentation durable du livret', 'the food
part of the booklet', 'the re-use section', 'les fiches du chapitre réemploi'.

Class: lists of the initiatives of one part of the booklet. The parser files each fiche under
the part heading it stands in (`Fiche.theme`), so such a list holds exactly the fiches of that
part (`list_scope.theme_alone`), not every fiche mentioning food. The words saying 'a part of
the booklet' and the verbs framing it ('font partie de', 'covers', 'contains') say where the
fiches are filed, no topic they must write; this reads them out of the question. Pure."""

from __future__ import annotations

from livret_qa import lexicon as lx


def without_part_words(folded: str) -> str:
    """The folded question without the words naming a part of the booklet and, when it names
    one, the verbs framing what the part holds; unchanged when it names none."""
    if not lx.BOOKLET_PART.search(folded):
        return folded
    return lx.BOOKLET_PART_FRAME.sub(" ", lx.BOOKLET_PART.sub(" ", folded))
