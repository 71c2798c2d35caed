"""Each structure of a list comes with why: the sentence stating what is asked as its own
doing. A list decided by a facet value ('qui vend via internet ?', 'food aid') quotes the
sentence where the structure does it, not a partner line naming it; a list asked of a place
('… dans le Nord') quotes what each does, the place being shown by where it stands, not a
partner line naming the département. Synthetic questions, French and English, clean and
telegraphic; real booklet (slow tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import (
    own_statements,
    partner_lines,
    partner_spans,
    quotes_one,
)
from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("qui vend via internet ?", ("activity", "vente_en_ligne")),
        ("Which structures sell online?", ("activity", "vente_en_ligne")),
        ("vente en ligne qui ?", ("activity", "vente_en_ligne")),
        ("Quelles structures font de l'aide alimentaire ?", ("activity", "aide_alimentaire")),
        ("who does food aid", ("activity", "aide_alimentaire")),
        ("qui fait des circuits courts ?", ("sector", "produits_locaux")),
    ],
)
def test_a_list_decided_by_a_value_quotes_each_one_doing_it(
    engine: Engine, question: str, value: tuple[str, str]
) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert len(answer.structures) >= 2, answer.answer
    for s in answer.structures:
        own = own_statements(engine, s.fiche_id, [value])
        if own:  # the sentence where it does it, when its fiche has one
            assert quotes_one(s.why, own), (s.fiche_id, s.why)
        else:
            assert value in {(m.facet, m.value) for m in match_words(s.why)}, (s.fiche_id, s.why)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("qui travaillent avec des personnes en insertion dans le Nord ?", "nord"),
        ("structures d'insertion dans le Nord ?", "nord"),
        ("Which structures in the Nord employ people in integration jobs?", "nord"),
        ("quelles structures d'insertion dans le Pas-de-Calais ?", "pas-de-calais"),
    ],
)
def test_a_list_asked_of_a_place_quotes_what_each_does_not_the_place(
    engine: Engine, question: str, place: str
) -> None:
    answer = ask(engine, question)
    assert answer.structures, answer.answer
    for s in answer.structures:
        assert fold(s.departement) == place or place in fold(s.departement).replace(" ", "-")
        assert place not in fold(s.why).replace(" ", "-"), (s.fiche_id, s.why)
        assert s.why not in partner_lines(engine, s.fiche_id), (s.fiche_id, s.why)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Quelles structures sont financées par la DREETS ?", "dreets"),
        ("who is funded by the FSE?", ""),
    ],
)
def test_a_list_asking_partners_still_quotes_partner_lines(
    engine: Engine, question: str, name: str
) -> None:
    """Must not change: a name asked is stated where partners are named."""
    answer = ask(engine, question)
    assert len(answer.structures) >= 2, answer.answer
    assert any(s.why in partner_lines(engine, s.fiche_id) for s in answer.structures)
    assert not name or all(name in fold(s.why) for s in answer.structures)


def test_partner_fields_are_read_from_the_parsed_labels(corpus) -> None:  # type: ignore[no-untyped-def]
    """Every fiche of the booklet names partners in labelled fields, split into levels; the
    description of its action is no such field."""
    for fiche in corpus.fiches:
        spans = partner_spans(fiche)
        assert spans, fiche.id
        action = next(s for s in fiche.sections if s.kind.value == "action")
        told = action.subparts[0].span  # its objective
        assert not any(a <= told.start < b for a, b in spans), fiche.id


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["Quelles structures sont dans l'Aisne ?", "which structures are in the Nord?"]
)
def test_a_list_of_a_place_alone_still_quotes_where_each_stands(
    engine: Engine, question: str
) -> None:
    """Must not change: asked only where, each is quoted with its address."""
    answer = ask(engine, question)
    assert answer.structures
    for s in answer.structures:
        assert fold(s.town).split()[0] in fold(s.why), (s.fiche_id, s.why)
