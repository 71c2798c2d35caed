"""List questions the engine refused for a pronoun, not for a missing fact (round 34):

- an object pronoun before an infinitive ('qui embauche des personnes en difficulté pour LES
  REMETTRE au travail ?') was read as a determiner and its noun, « remettre » a thing no fiche
  holds with the rest: refused. A plural noun after 'les' ends in -s or -x; a singular word
  ending like an infinitive is a verb;
- people helped back to work named in other words than the fiches' ('en réinsertion',
  'retrouver un emploi', 'remettre au travail'): the public of work integration.

On the real booklet with the real engine; neighbours that must keep being refused."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.facts.facets import match_words
from livret_qa.lexicon import DETERMINED_NOUN
from livret_qa.retrieval.engine import Engine
from tests.conversations import named

# structures employing people in work-integration contracts
INTEGRATION = {
    "le-jardin-de-cocagne-de-la-haute-borne",
    "le-panier-de-la-mer-62",
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "vestali",
}


@pytest.mark.parametrize(
    ("folded", "nouns"),
    [
        ("qui embauche des gens pour les remettre au travail", ["gens", "travail"]),
        ("afin de les former aux metiers du bois", ["metiers", "bois"]),
        ("qui les aider a trouver un emploi", ["emploi"]),
        ("qui vend les livres", ["livres"]),
        ("les ecoles et les jouets", ["ecoles", "jouets"]),
    ],
)
def test_les_before_an_infinitive_determines_no_noun(folded: str, nouns: list[str]) -> None:
    assert DETERMINED_NOUN.findall(folded) == nouns


@pytest.mark.parametrize(
    "question",
    [
        "qui embauche des personnes en difficulté pour les remettre au travail ?",
        "quelles structures recrutent des gens pour les réinsérer ?",
        "lesquelles recrutent des personnes en réinsertion ?",
        "quelles associations aident les gens à retrouver un emploi ?",
        "who gives jobs to people struggling to find work?",
        "which organisations hire people who are far from employment?",
    ],
)
def test_back_to_work_in_other_words_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert set(named(answer)) & INTEGRATION


@pytest.mark.parametrize(
    "question",
    [
        "qui les remet au travail ?",
        "pour les remettre au travail",
        "les aider à retrouver un emploi",
        "des personnes en réinsertion",
    ],
)
def test_back_to_work_is_the_public_far_from_work(question: str) -> None:
    values = {(m.facet, m.value) for m in match_words(question)}
    assert ("public", "eloignes_emploi") in values


@pytest.mark.parametrize(
    "question",
    [
        "qui embauche des boulangers pour les envoyer sur la lune ?",
        "quelles structures forment des pilotes de ligne ?",
        "qui recrute des astronautes ?",
    ],
)
def test_an_unstated_thing_around_the_verb_is_still_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question, []).abstained


@pytest.mark.parametrize(
    "question", ["qui s'occupe des femmes en galère ?", "qui aide les familles en galère ?"]
)
def test_hardship_in_everyday_words_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert named(answer)
