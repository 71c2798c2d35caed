"""Three classes of missed abstentions, on synthetic questions (real booklet, fake embedder):

1. An outcome asked ('did they get it?', 'a fini par toucher la prime ?', 'did it eventually
   adopt the software?') of a thing the fiche states only as requested, pending or hoped:
   the answer is that the fiche does not say how it turned out, quoting the request. Must not
   change: an outcome the fiche states done ('dès l'agrément obtenu') is a yes; a question
   not asking an outcome ('a-t-elle sollicité le fonds ?') is answered as before.
2. A comparison with, or facts asked of, an organisation the booklet names only in passing
   or never: refused, naming it. Must not change: comparisons of two structures of the
   booklet, and what the booklet says of a partner (which structure works with it).
3. A follow-up opened by an acknowledgement and asking a figure the structure in focus does
   not give ('ok et sur l'année ça fait combien de clients ?'): the focus stays, and the
   answer abstains.
"""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

FISH = [
    {
        "role": "user",
        "content": "What did the Panier de la Mer need to make ready meals from fish?",
    },
    {
        "role": "assistant",
        "content": "It applied to the veterinary services for a health approval (agrément "
        "sanitaire) to process donated fish into ready meals.",
    },
]
DRIVE = [
    {"role": "user", "content": "le drive fermier de l'oise vend combien ?"},
    {
        "role": "assistant",
        "content": "Chaque quinzaine : 15 colis viande, 25 volailles bio et 27 paniers.",
    },
]


@pytest.mark.parametrize(
    ("question", "history", "quoted"),
    [
        ("did they get it?", FISH, "sollicité un agrément sanitaire"),
        ("Did the Panier de la Mer eventually get the health approval?", [], "sollicité"),
        ("Le Panier de la Mer a-t-il finalement obtenu l'agrément sanitaire ?", [], "sollicité"),
        ("La Remise Enjouée a fini par toucher la prime UrgencESS ?", [], "espère recevoir"),
        ("Did La Remise Enjouée finally receive the UrgencESS bonus?", [], "espère recevoir"),
        ("Did Synapse 3i eventually adopt CAP3C's GDR software?", [], "CAP3C"),
        (
            "Synapse 3i a fini par se rapprocher des déchetteries du Grand Amiénois ?",
            [],
            "objectif de se rapprocher",
        ),
    ],
)
def test_an_outcome_stated_only_as_requested_abstains_quoting_the_request(
    fake_engine: Engine, question: str, history: list[dict[str, str]], quoted: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert quoted in answer.answer, answer.answer
    assert answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        (
            "La Remise Enjouée a-t-elle finalement obtenu l'agrément chantier d'insertion ?",
            "la-remise-enjouee",
        ),
        (
            "Did La Remise Enjouée eventually get its integration workshop approval?",
            "la-remise-enjouee",
        ),
        ("Il était deux fois a-t-elle finalement obtenu l'agrément ACI ?", "il-etait-deux-fois"),
        ("La Remise Enjouée a-t-elle sollicité le fonds UrgencESS ?", "la-remise-enjouee"),
        ("Le Panier de la Mer a-t-il un agrément ?", "le-panier-de-la-mer-62"),
    ],
)
def test_an_outcome_stated_done_or_no_outcome_asked_is_answered(
    fake_engine: Engine, question: str, fiche: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How does VESTALI's tonnage compare with Le Relais?", "Le Relais"),
        ("VESTALI a-t-elle un plus gros budget qu'Oxfam ?", "Oxfam"),
        ("Synapse 3i traite plus de matos qu'Emmaüs Connect ?", "Emmaüs Connect"),
        ("La Remise Enjouée a-t-elle plus de salariés que Réjoué ?", "Réjoué"),
        ("Is Synapse 3i bigger than Ecologic?", "Ecologic"),
        ("Who runs Réjoué in Paris and what's their budget?", "Réjoué"),
    ],
)
def test_a_side_or_holder_without_fiche_is_refused_by_name(
    fake_engine: Engine, question: str, named: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert named in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "fiches"),
    [
        ("VESTALI collecte-t-elle plus de tonnes que Synapse 3i ?", {"vestali", "synapse-3i"}),
        (
            "Does VESTALI have a bigger budget than La Remise Enjouée?",
            {"vestali", "la-remise-enjouee"},
        ),
        # a structure's name going on in lower case past its capitalised head ('Il …')
        (
            "Does Le Panier de la Mer 62 have more members than Il était deux fois?",
            {"le-panier-de-la-mer-62", "il-etait-deux-fois"},
        ),
        (
            "Les Copains de Thiérache vs Il était deux fois: which one has the higher turnover?",
            {"les-copains-de-thierache", "il-etait-deux-fois"},
        ),
        ("Which structures work with Emmaüs Connect?", {"synapse-3i"}),
        ("Quels sont les partenaires nationaux de Synapse 3i ?", {"synapse-3i"}),
        ("Qui dirige La Remise Enjouée et quel est son budget ?", {"la-remise-enjouee"}),
    ],
)
def test_sides_and_partners_the_booklet_states_are_answered(
    fake_engine: Engine, question: str, fiches: set[str]
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == fiches


@pytest.mark.parametrize(
    "question",
    [
        "ok et sur l'année ça fait combien de clients différents ?",
        "d'accord, et combien de clients par an ?",
        "ok, and how many different customers a year?",
    ],
)
def test_an_acknowledged_follow_up_keeps_its_focus_and_abstains(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question, DRIVE)
    assert answer.abstained, answer.answer
    assert "Vallées De L'Oise" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "history", "figure"),
    [
        ("ok et combien de personnes morales clientes ?", FISH, "366"),
        ("super, et combien d'adhérents ?", DRIVE, "8"),
    ],
)
def test_an_acknowledged_follow_up_asking_a_figure_stated_is_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]], figure: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained and figure in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "history", "fiche"),
    [
        # an open question about what was received is no outcome asked
        (
            "et ils ont reçu quelles aides en 2020 ?",
            [
                {"role": "user", "content": "Qu'est-ce que Il était deux fois veut atteindre ?"},
                {"role": "assistant", "content": "..."},
            ],
            "il-etait-deux-fois",
        ),
        # a figure asked after a yes/no (no count) still reads the turn before
        (
            "and how many come from priority neighbourhoods?",
            [
                {"role": "user", "content": "Does Synapse 3i have disabled employees?"},
                {"role": "assistant", "content": "..."},
            ],
            "synapse-3i",
        ),
    ],
)
def test_neighbours_of_outcomes_and_counted_nouns_are_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]], fiche: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche
