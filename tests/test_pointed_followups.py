"""A follow-up that points at one structure of the list answered, by its rank or a pronoun,
then asks something ('and the first one, where is it?', 'et la deuxième, elle fait quoi ?',
'what does it do?'): what follows the pointer is what it asks, of that structure. Class:
pointed follow-ups, once read as the previous list asked again (an address line quoted for
'what does it do?'). Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import Fiche

REUSE = "Le réemploi"


def _turn(question: str, fiches: list[Fiche]) -> list[dict[str, str]]:
    names = " ; ".join(f"**{f.name}** ({f.contact.town})" for f in fiches)
    return [{"role": "user", "content": question}, {"role": "assistant", "content": names}]


@pytest.mark.parametrize(
    ("question", "at", "attribute"),
    [
        ("and the first one, where is it?", 0, "field:address"),
        ("et la deuxième, elle est où ?", 1, "field:address"),
        ("et la deuxième, elle fait quoi ?", 1, "overview:structure"),
        ("the last one: what does it do?", -1, "overview:structure"),
        ("ok la première : qui la dirige ?", 0, "role:leader"),
        ("and the second one - its budget?", 1, "measure:budget"),
    ],
)
def test_what_follows_the_pointer_is_asked_of_the_one_pointed(
    plan, corpus: Corpus, question: str, at: int, attribute: str
) -> None:
    fiches = [f for f in corpus.fiches if f.theme == REUSE]
    planned = plan(question, _turn("Quelles structures font du réemploi ?", fiches))
    assert planned.targets == [fiches[at].id], planned
    assert planned.parts[0].attribute == attribute, planned


@pytest.mark.parametrize(
    "question", ["what does it do?", "elle fait quoi ?", "qu'est-ce qu'elle fait ?"]
)
def test_a_pronoun_alone_asks_what_the_one_in_focus_is(plan, corpus: Corpus, question: str) -> None:
    fiche = corpus.fiches[0]
    planned = plan(question, _turn("Lesquelles sont dans l'Oise ?", [fiche]))
    assert planned.targets == [fiche.id], planned
    assert planned.parts[0].attribute == "overview:structure", planned


@pytest.mark.parametrize("question", ["et la deuxième ?", "and the first one?", "c'est quoi ?"])
def test_a_pointer_asking_nothing_more_still_asks_the_previous(
    plan, corpus: Corpus, question: str
) -> None:
    """Must not change: a bare pointer asks the previous question of the one pointed."""
    fiches = [f for f in corpus.fiches if f.theme == REUSE]
    planned = plan(question, _turn("Quel est le budget des structures du réemploi ?", fiches))
    assert planned.parts[0].attribute != "overview:structure", planned


# -- a partner kind asked after the partners: the adjective alone names the kind
@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("and the financial ones?", "subpart:funders"),
        ("what about the technical ones?", "subpart:technical_partners"),
        ("et les financiers ?", "subpart:funders"),
        ("et les techniques alors ?", "subpart:technical_partners"),
        ("et les autres ?", "subpart:partners"),  # must not change: no kind named
    ],
)
def test_a_partner_kind_after_the_partners_narrows_them(
    plan, corpus: Corpus, question: str, attribute: str
) -> None:
    fiche = corpus.fiches[5]
    history = [
        {"role": "user", "content": f"Quels sont les partenaires de {fiche.name} ?"},
        {"role": "assistant", "content": f"**{fiche.name}** — partenaires : « Local : … »"},
    ]
    planned = plan(question, history)
    assert planned.parts[0].attribute == attribute, planned


# -- a thing and a place together: of the structures standing there, the one doing that
@pytest.mark.parametrize(
    "pointer", ["And the toy one in the {dep}?", "et celle des jouets dans le {dep} ?"]
)
def test_a_thing_and_a_place_pick_the_one_there_doing_it(
    engine, corpus: Corpus, pointer: str
) -> None:
    """Class: 'and the toy one in the Nord?' after a structure elsewhere; it answered every
    structure of the Nord. The département is the one where a structure names toys far more
    than the others there (read from the booklet)."""
    from livret_qa.answering.compose import ask
    from livret_qa.text import fold

    def toys(f: Fiche) -> int:
        return fold(corpus.sources[f.source][f.span.start : f.span.end]).count("jouet")

    meant = max(corpus.fiches, key=toys)
    dep = meant.contact.departement
    there = [f for f in corpus.fiches if f.contact.departement == dep]
    assert len(there) >= 2 and all(toys(meant) >= 2 * max(toys(f), 1) for f in there if f != meant)
    elsewhere = next(f for f in corpus.fiches if f.contact.departement != dep)
    history = [
        {"role": "user", "content": f"Tell me about {elsewhere.name}"},
        {"role": "assistant", "content": f"{elsewhere.name}, in {elsewhere.contact.town}."},
    ]
    answer = ask(engine, pointer.format(dep=dep), history)
    assert [s.fiche_id for s in answer.structures] == [meant.id], answer.answer
