"""Class: a figure, person, contact, date or total asked OF a name the booklet gives only as a
partner, network or funder of its structures ('le budget de la DRAAF', 'who runs the
ADEME?'): no fiche states it, so the answer abstains, saying which fiches name it. What must
not change: questions relating the partner to the structures ('quelles structures travaillent
avec …', 'le budget des structures soutenues par …', 'que fait …'), a structure's own names
(even misspelt, or sharing a word with a partner), a place. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unfiched import held_by, names_without_fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

SOURCES = [
    "# Atelier Bleu\nPartenaires : SOLAAR, la Fédération Gamma et la ville de Lune.\n"
    "Atelier Bleu travaille avec Gamma. Les bleus du lieu.\n"
]


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Quel est le budget de SOLAAR ?", ["SOLAAR"]),
        ("Qui dirige Gamma ?", ["Gamma"]),
        # its own name, a town it is `known` by, a word the booklet writes in lowercase too
        ("Quel est le budget de l'Atelier Bleu ?", []),
        ("Combien de salariés à Lune ?", []),
        ("Quel est le budget du Bleu ?", []),
        # a name the booklet never writes is another refusal's ('le livret ne mentionne pas')
        ("Quel est le budget de Zorglub ?", []),
    ],
)
def test_names_the_booklet_gives_only_as_names(question: str, names: list[str]) -> None:
    assert names_without_fiche(question, SOURCES, ["Atelier Bleu"], lambda w: w == "Lune") == names


@pytest.mark.parametrize(
    ("question", "name", "held"),
    [
        ("Quel est le budget de la Gamma ?", "Gamma", True),
        ("who heads the GAMMA", "GAMMA", True),
        ("What is Gamma's turnover?", "Gamma", True),
        ("En quelle année a été fondée la Gamma ?", "Gamma", True),
        ("When was Gamma set up?", "Gamma", True),
        ("combien de salariés compte la Gamma", "Gamma", True),
        ("How many members does the Gamma have?", "Gamma", True),
        ("Where is the Gamma office?", "Gamma", True),
        ("combien de membres compte la Gamma ?", "Gamma", True),
        # the partner related to the structures: the booklet answers that
        ("Quelles structures travaillent avec Gamma ?", "Gamma", False),
        ("Quel est le budget des structures soutenues par la Gamma ?", "Gamma", False),
        ("Which ones are funded by Gamma?", "Gamma", False),
        ("Is Gamma a partner of the workshop?", "Gamma", False),
        ("Combien de salariés ont les membres de Gamma ?", "Gamma", False),
        ("How many structures does the Gamma fund?", "Gamma", False),
        ("Is the Gamma a partner of the workshop?", "Gamma", False),
        # the name is no holder of the fact ('par', 'in')
        ("Quel budget est donné par Gamma ?", "Gamma", False),
        # the word counted, right after the count's 'de': what is counted, no holder
        ("combien d'ETP ?", "ETP", False),
        ("et combien de CDDI ?", "CDDI", False),
        ("nombre d'ETP en 2021 ?", "ETP", False),
        ("how many FTE?", "FTE", False),
        ("combien de salariés à la Gamma ?", "Gamma", True),
    ],
)
def test_a_fact_is_held_by_the_name_right_after_its_words(
    question: str, name: str, held: bool
) -> None:
    assert held_by(question, name) is held


def _ask(engine: Engine, question: str) -> tuple[bool, str, list[str]]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    return answer.abstained, answer.answer, [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    ("question", "name", "cited_in"),
    [
        ("Quel est le budget de SOLAAL ?", "SOLAAL", "panier de la mer"),
        ("Qui dirige l'ADEME ?", "ADEME", "Synapse 3i"),
        ("what's the budget of the DRAAF", "DRAAF", "Vallées De L'Oise"),
        ("When was INFORMA founded?", "INFORMA", "VESTALI"),
        ("combien de salariés compte la DREETS", "DREETS", "VESTALI"),
        ("Quel est le budget du Secours Catholique ?", "Secours Catholique", "VESTALI"),
    ],
)
def test_a_fact_of_a_name_without_a_fiche_abstains(
    fake_engine: Engine, question: str, name: str, cited_in: str
) -> None:
    abstained, text, fiches = _ask(fake_engine, question)
    assert abstained, text
    assert fiches == []
    assert fold(name) in fold(text) and fold(cited_in) in fold(text), text


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Que fait SOLAAL ?", "le-panier-de-la-mer-62"),
        ("Quelles structures sont aidées par l'ADEME ?", "synapse-3i"),
        ("What does Vestali do with INFORMA?", "vestali"),
        (
            "La DRAAF soutient-elle le drive fermier ?",
            "association-des-producteurs-des-vallees-de-l-oise",
        ),
        ("Quel est le budget de l'ALEFPA ?", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("Qui dirige Vestalli ?", "vestali"),
        ("Quel est le budget de Synapse3i ?", "synapse-3i"),
        ("Quel est le budget de la Ressourcerie Il était deux fois ?", "il-etait-deux-fois"),
        (
            "Combien d'adhérents compte le Jardin de Cocagne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
    ],
)
@pytest.mark.slow  # which fiche says what a partner does: the real embedder's ranking
def test_a_structure_own_names_and_other_questions_are_answered(
    engine: Engine, question: str, fiche_id: str
) -> None:
    abstained, text, fiches = _ask(engine, question)
    assert not abstained, text
    assert fiche_id in fiches


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget des structures du Nord ?",
        "What is the budget of the structures in the Aisne?",
        "Combien de salariés à Amiens ?",
    ],
)
def test_a_place_is_no_name_without_fiche(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "combien de structures du réseau de COORACE ?",
        "Combien de structures sont membres de COORACE ?",
        "How many structures are in the COORACE network?",
    ],
)
def test_a_count_of_structures_naming_a_partner_counts_the_booklets_own(
    fake_engine: Engine, question: str
) -> None:
    """A count of structures is about the booklet's structures, whatever partner it names:
    only a figure summed of the partner itself ('combien de salariés compte la Gamma') is
    the partner's (the count was refused as 'no fiche for COORACE')."""
    answer = ask(fake_engine, question)
    assert not answer.abstained and answer.structures, answer.answer


@pytest.mark.parametrize(
    ("first", "said", "question", "fiche"),
    [
        ("Combien de salariés au Panier de la Mer 62 ?", "25.", "combien d'ETP ?", "panier"),
        ("Combien de salariés chez Il était deux fois ?", "14.", "et combien d'ETP ?", "deux-fois"),
        ("How many employees does Synapse 3i have?", "30.", "and how many FTE?", "synapse"),
    ],
)
def test_a_measure_acronym_counted_in_a_follow_up_keeps_the_focus(
    engine: Engine, first: str, said: str, question: str, fiche: str
) -> None:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": said}]
    answer = ask(engine, question, history)
    assert answer.structures, answer.answer
    assert fiche in answer.structures[0].fiche_id, answer.answer
