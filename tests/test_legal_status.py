"""Questions about a structure's legal form or status ('VESTALI est-elle une SCIC ?', 'Is it a
company?', 'which ones are chantiers d'insertion?'): answered from the identity card, yes when
its status (or, for a status such as ACI, its agréments and label) says so, else no with the
status it does give, cited; and lists by status hold exactly the structures whose card says so.
Synthetic questions of the class, French and English, clean and telegraphic."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute, status_asked
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("La ressourcerie est-elle une SCIC ?", "scic"),
        ("Est-ce que cette épicerie est une association ?", "association"),
        ("Is the farm drive a company?", "company"),
        ("is it a co-op", "cooperative"),
        ("Are they non-profits?", "association"),
        ("c'est une asso ?", "association"),
        ("Is the workshop registered as a charity?", "association"),
        ("sont-elles des chantiers d'insertion ?", "aci"),
        ("Which organisations are SCOPs?", "scop"),
        ("les fondations ?", "foundation"),
        ("Est-ce une entreprise d'insertion ?", "insertion_enterprise"),
        # whether there is one, or a form glossed in brackets
        ("Y a-t-il des SARL dans le livret ?", "company"),
        ("are there cooperatives?", "cooperative"),
        ("any limited companies (SAS) in the booklet?", "company"),
        ("existe-t-il une fondation ?", "foundation"),
        # within a département
        ("chantiers d'insertion dans le Pas-de-Calais ?", "aci"),
        ("les SCIC du 62 ?", "scic"),
        ("associations in the Somme?", "association"),
    ],
)
def test_being_of_a_form_is_read_as_a_status_question(text: str, form: str) -> None:
    found = status_asked(fold(text))
    assert found is not None and found.name == form


@pytest.mark.parametrize(
    "text",
    [
        "Est-ce que la recyclerie travaille avec des associations ?",
        "Is it working with local companies?",
        "Does it help associations?",
        "Qui sont les associations partenaires de la ressourcerie ?",
        "What are the levers of Association Des Amis du Vélo?",
        "Is the shop part of a cooperative network?",
        "Quand l'association a-t-elle été créée ?",
    ],
)
def test_a_form_named_as_a_partner_or_a_name_is_no_status_question(text: str) -> None:
    assert status_asked(fold(text)) is None


@pytest.mark.parametrize(
    ("question", "fiche_id", "opening", "said"),
    [
        ("VESTALI est-elle une association ?", "vestali", "Oui — ", "association"),
        ("Is Le panier de la mer 62 a non-profit?", "le-panier-de-la-mer-62", "Yes — ", "1901"),
        ("Synapse 3i est-elle une SCIC ?", "synapse-3i", "Non — ", "association"),
        ("Is La Remise Enjouée a company?", "la-remise-enjouee", "No — ", "association"),
        ("Le Bois de Deux Mains, c'est une coopérative ?", "le-bois-de-deux-mains", "Non — ", ""),
        ("Is VESTALI a chantier d'insertion?", "vestali", "Yes — ", "A.C.I"),
        (
            "Les Copains de Thiérache sont-ils un chantier d'insertion ?",
            "les-copains-de-thierache",
            "Non — ",
            "association",
        ),
    ],
)
def test_a_status_question_is_answered_yes_or_no_from_the_card(
    fake_engine: Engine, question: str, fiche_id: str, opening: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(opening), answer.answer
    assert fold(said) in fold(answer.answer)
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations[0].section == "identity"


def test_structures_of_a_status_are_those_whose_card_says_so(fake_engine: Engine) -> None:
    corpus = fake_engine.corpus
    associations = {f.id for f in corpus.fiches if "association" in fold(f.identity.legal_status)}
    for question in ("Which structures are associations?", "Quelles structures sont des assos ?"):
        answer = ask(fake_engine, question)
        assert not answer.abstained, answer.answer
        assert {s.fiche_id for s in answer.structures} == associations
    aci = {
        f.id
        for f in corpus.fiches
        if any(
            "insertion" in fold(v) or "a.c.i" in fold(v) or "aci" in fold(v).split()
            for v in [*f.identity.agrements, f.identity.label]
        )
    }
    answer = ask(fake_engine, "which ones are chantiers d'insertion?")
    assert {s.fiche_id for s in answer.structures} == aci


@pytest.mark.parametrize(
    "question",
    [
        "les SCIC ?",
        "Which structures are SCOPs?",
        "Y a-t-il des SARL dans le livret ?",
        "any foundations?",
        "are there any limited companies (SAS)?",
    ],
)
def test_a_status_no_structure_has_abstains_naming_the_statuses_given(
    fake_engine: Engine, question: str
) -> None:
    """Each status the cards state is quoted from a card's status line."""
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert all(s.confidence == 0 for s in answer.structures)
    assert "association" in fold(answer.answer)
    assert answer.citations
    statuses = {fold(f.identity.legal_status) for f in fake_engine.corpus.fiches}
    for citation in answer.citations:
        assert "statut" in fold(citation.quote), citation.quote
        assert f"[{citation.n}]" in answer.answer
    assert len(answer.citations) == len(statuses - {""})
    check_answer(fake_engine.corpus, answer.to_dict())


def test_a_narrowing_follow_up_by_status_keeps_the_structures_in_focus(
    fake_engine: Engine,
) -> None:
    history = [
        {"role": "user", "content": "Quelles structures sont dans le Nord ?"},
        {
            "role": "assistant",
            "content": "Le Jardin de Cocagne de la Haute Borne, La Remise Enjouée",
        },
    ]
    answer = ask(fake_engine, "lesquelles sont des associations ?", history)
    assert {s.fiche_id for s in answer.structures} == {
        "le-jardin-de-cocagne-de-la-haute-borne",
        "la-remise-enjouee",
    }


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("chantiers d'insertion dans le Pas-de-Calais ?", "62"),
        ("les ACI du Nord ?", "59"),
        ("which ones are chantiers d'insertion in the Aisne?", "02"),
    ],
)
def test_a_status_within_a_departement_lists_those_of_both(
    fake_engine: Engine, question: str, code: str
) -> None:
    aci = {
        f.id
        for f in fake_engine.corpus.fiches
        if f.contact.departement_code == code
        and any(
            "insertion" in fold(v) or "a.c.i" in fold(v) or "aci" in fold(v).split()
            for v in [*f.identity.agrements, f.identity.label]
        )
    }
    assert aci
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == aci, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What are Association Des Amis Du Vélo's plans?",
        "What are Cooperative Terre Commune's obstacles?",
        "were Fondation Verte partners of the project?",
    ],
)
def test_a_form_word_opening_a_name_after_a_plural_verb_asks_no_status(question: str) -> None:
    """A singular form word with no article after 'are' starts a name ('What are Association
    Des Producteurs …'s plans?' was read as 'is it an association?', and answered 'Yes')."""
    asked = asked_attribute(question)
    assert asked is None or not asked[1].startswith("status:")
