"""The asker's own name in a first-person text ('Bonjour, je m'appelle Paul, …', 'my name is
Tom', "I'm Kevin", '… Merci, Julie') is not a name asked about: the question is answered
instead of refused as 'the booklet never mentions Paul'. What must not change: an unknown
organisation or place asked about still abstains ('qui dirige Envie ?', 'How many volunteers
does Oxfam have?', 'I'm in Rouen: is there a repair café in Rouen?'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import unknown_names
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answered_with


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        (
            "Bonjour, je m'appelle Paul, je travaille dans une mairie de l'Aisne et on a des "
            "tonnes de bois en déchetterie. Qui pourrait les récupérer ?",
            "le-bois-de-deux-mains",
            "bois",
        ),
        (
            "Je suis Léa, maraîchère dans l'Oise. Qui vend en drive fermier ?",
            "association",
            "drive",
        ),
        ("Qui recycle des jouets ? Merci, Julie", "la-remise", "jouets"),
        ("Hi, my name is Tom. What is the budget of VESTALI?", "vestali", "878 296"),
        ("Moi c'est Jérôme. Qui dirige Synapse 3i ?", "synapse-3i", "Motte"),
        (
            "Hello, I'm Kevin from a small grocery. Who runs La Remise Enjouée?",
            "la-remise",
            "COUSIN",
        ),
    ],
)
def test_the_askers_own_name_is_not_asked(
    engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    check_answered_with(engine, question, said, fiche_id, as_asked=False)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Je m'appelle Paul. Quel est le budget de Decathlon ?", ["Decathlon"]),
        ("Qui dirige Envie ?", ["Envie"]),
        ("Merci de me dire qui dirige Envie", ["Envie"]),
        ("I'm in Rouen: is there a repair café near Amiens?", ["Rouen"]),
    ],
)
def test_other_unknown_names_stay_unknown(engine: Engine, question: str, names: list[str]) -> None:
    lang = "en" if question.startswith("I'm") else "fr"
    assert unknown_names(question, engine.lexical_vocabulary, lang) == names


@pytest.mark.parametrize(
    "question",
    ["How many volunteers does Oxfam have?", "Je m'appelle Paul. Qui dirige Envie ?"],
)
def test_an_unknown_organisation_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
