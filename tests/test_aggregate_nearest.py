"""Class: an aggregate no structure in scope states ('le chiffre d'affaires cumulé des
structures de l'Aisne ?'). Each structure stating no value is named with the nearest fact its
fiche does state, cited, whatever its filler returns: a sentence beside the measure ('70 % de
recettes …', read as a share) or no nearest fact of the measure's own kind. Real booklet, fake
embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering import compose
from livret_qa.answering.slots import Missing, SlotFiller
from livret_qa.retrieval.engine import Engine

QUESTION = "Quel est le chiffre d'affaires cumulé des structures du réemploi dans l'Aisne ?"
FICHE = "le-bois-de-deux-mains"


@pytest.mark.parametrize("filled_as", ["found", "missing without nearest"])
def test_each_structure_stating_no_value_is_named_with_a_cited_fact(
    fake_engine: Engine, monkeypatch: pytest.MonkeyPatch, filled_as: str
) -> None:
    real_fill = SlotFiller.fill

    def fill(self, part, fiche):  # type: ignore[no-untyped-def]
        nearest = self.nearest_sentence(fiche.id)
        if filled_as == "found":
            return nearest
        return Missing(fiche.id, "attribute") if nearest else real_fill(self, part, fiche)

    monkeypatch.setattr(SlotFiller, "fill", fill)
    composer = compose.Composer(fake_engine, QUESTION, [], None)
    lines, cited = composer._nearest_of_missing([FICHE], {"measure": "chiffre_affaires"})
    assert len(lines) == 1 and "[1]" in lines[0], lines
    assert [s.fiche_id for s in cited] == [FICHE]


def test_a_gap_of_one_structure_names_its_nearest_fact(
    fake_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same guarantee for one structure asked: a filler finding no nearest fact of the
    attribute's kind leaves the fiche's closest sentence, cited."""
    monkeypatch.setattr(
        SlotFiller, "fill", lambda self, part, fiche: Missing(fiche.id, "attribute")
    )
    answer = compose.ask(fake_engine, "Quel est le chiffre d'affaires du Bois de Deux Mains ?")
    assert answer.abstained and answer.citations, answer.answer
    assert answer.citations[0].fiche_id == FICHE
