"""Asked where structures ARE ('installées à X', 'based in X', 'premises in X'), a list holds
those standing in that town — their town, postcode or head office — not those whose fiche
mentions it (a partner's town, a street named after it, a département holding its name); with
none there it abstains and says what the booklet has nearby (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask, stands_in
from livret_qa.answering.list_scope import plain
from livret_qa.retrieval.engine import Engine

TEMPLATES = (
    "Quelles structures sont installées à {town} ?",
    "Which structures are based in {town}?",
    "Which initiatives have their premises in {town}?",
)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_town_where_structures_stand_lists_exactly_them(
    fake_engine: Engine, template: str
) -> None:
    towns = {f.contact.town for f in fake_engine.corpus.fiches if f.contact.town}
    assert len(towns) >= 5
    for town in sorted(towns):
        there = {  # 'Villeneuve-d'Ascq' and 'Villeneuve d'Ascq' are one town
            f.id for f in fake_engine.corpus.fiches if plain(f.contact.town) == plain(town)
        }
        answer = ask(fake_engine, template.format(town=town))
        assert not answer.abstained, (town, answer.answer)
        assert {s.fiche_id for s in answer.structures} == there, (town, answer.answer)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_town_only_mentioned_or_inside_a_departement_name_holds_no_structure(
    fake_engine: Engine, template: str
) -> None:
    # 'Calais' is inside 'Pas-de-Calais', where three structures stand; none stands in Calais
    assert not any(stands_in(f, ["Calais"]) for f in fake_engine.corpus.fiches)
    answer = ask(fake_engine, template.format(town="Calais"))
    assert answer.abstained and not answer.structures
    assert "Calais" in answer.abstain_reason


def test_a_street_named_after_a_town_is_not_that_town(fake_engine: Engine) -> None:
    """A town named only in a street line of the contact ('route de X') places nothing there."""
    for fiche in fake_engine.corpus.fiches:
        kept = plain(f"{fiche.contact.town} {fiche.contact.postcode} {fiche.identity.head_office}")
        for line in fiche.contact.address:
            for word in plain(line).split():
                if len(word) > 4 and not word.isdigit() and f" {word} " not in f" {kept} ":
                    assert not stands_in(fiche, [word]), (fiche.name, word)
