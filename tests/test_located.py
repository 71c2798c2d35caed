"""Asked where structures ARE ('installées à X', 'based in X', 'premises in X'), a list holds
those standing in that town — their town, postcode or head office — not those whose fiche
mentions it (a partner's town, a street named after it, a département holding its name); with
none there it abstains and says what the booklet has nearby (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask, stands_in
from livret_qa.answering.list_scope import plain
from livret_qa.parsing.contact_card import DEPARTEMENTS
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


PLACE_LISTS = (
    "Quelles structures sont dans le département {dep} ?",
    "Which structures are in the {dep}?",
    "structures {dep} ?",
    "Quelles structures du {theme} sont dans le département {dep} ?",
)


@pytest.mark.parametrize("template", PLACE_LISTS)
def test_a_place_list_quotes_where_each_structure_stands(
    fake_engine: Engine, template: str
) -> None:
    """Listed for where it stands, a structure is quoted with its address (its town or
    postcode), not with a partner line that names the place."""
    fiches = fake_engine.corpus.fiches
    for code, dep in DEPARTEMENTS.items():
        there = [f for f in fiches if f.contact.departement_code == code]
        for theme in {f.theme for f in there}:
            word = "réemploi" if theme == "Le réemploi" else "alimentation durable"
            answer = ask(fake_engine, template.format(dep=dep, theme=word))
            assert not answer.abstained, (dep, answer.answer)
            for s in answer.structures:
                fiche = fake_engine.corpus.fiche(s.fiche_id)
                quotes = [plain(c.quote) for c in answer.citations if c.fiche_id == s.fiche_id]
                where = (plain(fiche.contact.town), fiche.contact.postcode.replace(" ", ""))
                assert any(where[0] in q or where[1] in q.replace(" ", "") for q in quotes), (
                    template,
                    fiche.id,
                    quotes,
                )
