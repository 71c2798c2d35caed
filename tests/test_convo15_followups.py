"""Follow-up classes of round 15 (conversations), synthetic questions, FR and EN:

- whose idea it was ('whose idea was it?', 'c'était l'idée de qui ?', 'qui a eu l'idée ?'):
  the founder asked — its initiator's sentence, or an abstention where the fiche names none
  (not an overview of the structure);
- a role the fiche mentions without naming anyone: the sentence telling the role is quoted
  as the nearest fact, before the card's contact (who does not hold that role);
- a bare 'qui ?' / 'who?' after a yes/no about a role: the role's holder;
- 'de combien ?', 'by how much?' after a yes/no about an aid: the sum, no stray 'Oui —';
- 'd'autres à part X ?', 'anyone else apart from X?' after a list: more of that list, X
  left out (not a question about X); 'y en a d'autres qui … ?' after turns about one
  structure: the list of its own, that one left out.

Must not change: 'who founded it?' where the card names founders, a treasurer asked where
none is mentioned, 'qui ?' after a list question, 'de combien ?' where no sum is stated, a
bare 'd'autres ?' after a list.
"""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.more_of_list import asks_more_besides_named
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


def _named(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [] if answer.abstained else [s.fiche_id for s in answer.structures]


# -- whose idea it was ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "whose idea was it?",
        "Whose idea was it in the first place?",
        "c'était l'idée de qui ?",
        "qui a eu l'idée ?",
        "qui en a eu l'idée ?",
        "who came up with the idea?",
        "qui est à l'origine du projet ?",
    ],
)
def test_an_idea_asked_is_the_founder_asked(question: str) -> None:
    founder = next(r for r in lx.ROLES if r.name == "founder")
    assert lx.compiled(founder.asked).search(fold(question))


@pytest.mark.parametrize(
    "question",
    ["une idée de cadeau ?", "what's the idea behind it?", "c'est quoi l'idée du projet ?"],
)
def test_an_idea_not_asked_of_a_person_is_no_founder(question: str) -> None:
    founder = next(r for r in lx.ROLES if r.name == "founder")
    assert not lx.compiled(founder.asked).search(fold(question))


@pytest.mark.parametrize(
    ("history", "question", "fiche", "said"),
    [
        (
            _turn("Tell me about La Remise Enjouée", "An association."),
            "whose idea was it?",
            "la-remise-enjouee",
            "Cousin",
        ),
        (
            _turn("Parle-moi de La Remise Enjouée", "Une association."),
            "c'était l'idée de qui ?",
            "la-remise-enjouee",
            "Cousin",
        ),
        (
            _turn("Parle-moi d'Il était deux fois", "Une ressourcerie."),
            "qui a eu l'idée ?",
            "il-etait-deux-fois",
            "collectif d'habitants",
        ),
    ],
)
def test_whose_idea_quotes_the_initiator(
    fake_engine: Engine, history: list[dict[str, str]], question: str, fiche: str, said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert _named(answer)[:1] == [fiche]
    assert said in answer.answer


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (_turn("Tell me about Le Bois de Deux Mains", "An association."), "whose idea was it?"),
        (_turn("Parle-moi du Bois de Deux Mains", "Une association."), "c'était l'idée de qui ?"),
    ],
)
def test_whose_idea_abstains_where_no_founder_is_told(
    fake_engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert "Renard" in answer.answer  # who is named, as the nearest fact


# -- a role mentioned, nobody named: its sentence quoted first -------------------------------
@pytest.mark.parametrize(
    ("question", "history", "told", "contact"),
    [
        (
            "Comment s'appelle le trésorier d'Il était deux fois ?",
            [],
            "trésorier bénévole",
            "Dal Céline",
        ),
        (
            "What's the name of the treasurer at Il était deux fois?",
            [],
            "trésorier bénévole",
            "Dal Céline",
        ),
        (
            "qui ?",
            _turn("Il était deux fois a un trésorier ?", "Oui, un trésorier bénévole."),
            "trésorier bénévole",
            "Dal Céline",
        ),
        ("Qui a fondé Les Copains de Thiérache ?", [], "Pour les fondateurs", "Grossot"),
    ],
)
def test_an_unnamed_role_quotes_the_sentence_telling_it(
    fake_engine: Engine, question: str, history: list[dict[str, str]], told: str, contact: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert told in answer.answer and contact in answer.answer, answer.answer
    assert answer.answer.index(told) < answer.answer.index(contact)


def test_a_role_not_mentioned_still_names_the_contact(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Qui est le trésorier de VESTALI ?")
    assert answer.abstained and "directrice" in answer.answer, answer.answer
    assert "MARECHAL" in answer.answer.upper() and " ; " not in answer.answer, answer.answer


# -- a bare 'qui ?' after a yes/no about a role ----------------------------------------------
@pytest.mark.parametrize(
    ("history", "question", "said"),
    [
        (_turn("Does Synapse 3i have a director?", "Yes."), "who?", "Motte"),
        (_turn("Synapse 3i a un directeur ?", "Oui."), "qui ?", "Motte"),
        (_turn("Il était deux fois a une directrice ?", "Oui."), "et qui ?", "Dal"),
    ],
)
def test_a_bare_who_after_a_role_asks_its_holder(
    fake_engine: Engine, history: list[dict[str, str]], question: str, said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained and said in answer.answer, answer.answer
    assert not answer.answer.startswith(("Oui", "Yes"))


def test_a_bare_who_after_a_list_is_no_role_holder() -> None:
    # (a list's 'qui ?' is left to the list follow-ups: the role's last turn is required)
    assert lx.HOLDER_ASKED.search("qui ?")
    assert not lx.HOLDER_ASKED.search("qui recycle des jouets ?")


# -- 'de combien ?' after a yes/no about an aid ------------------------------------------------
@pytest.mark.parametrize(
    ("history", "question"),
    [
        (
            _turn(
                "Il était deux fois a-t-il reçu le fonds de solidarité à l'ESS ?", "Oui, en 2020."
            ),
            "de combien ?",
        ),
        (
            _turn("Did Il était deux fois get the ESS solidarity fund?", "Yes, in 2020."),
            "by how much?",
        ),
        (
            _turn("Il était deux fois a-t-il reçu le fonds de solidarité à l'ESS ?", "Oui."),
            "pour combien ?",
        ),
    ],
)
def test_a_stated_sum_asked_with_a_preposition_has_no_yes(
    fake_engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained and "1 500" in answer.answer, answer.answer
    assert not answer.answer.startswith(("Oui", "Yes")), answer.answer


def test_an_unstated_sum_still_abstains_without_a_no(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "de combien ?", _turn("Synapse a eu une aide de l'ADEME ?", "Oui."))
    assert answer.abstained and "ADEME" in answer.answer, answer.answer
    assert not answer.answer.startswith("Le livret ne le dit pas —"), answer.answer


# -- more of a list, the named ones left out ---------------------------------------------------
@pytest.mark.parametrize(
    ("unnamed", "places", "deps"),
    [
        ("d'autres dans le Nord à part ?", [], ["59"]),
        ("any others besides ?", [], []),
        ("anyone else apart from ?", [], []),
        ("encore, sauf ?", [], []),
    ],
)
def test_more_besides_named_is_read(unnamed: str, places: list[str], deps: list[str]) -> None:
    assert asks_more_besides_named(unnamed, places, deps)


@pytest.mark.parametrize(
    "unnamed",
    ["à part ça, quel est leur budget ?", "d'autres ?", "besides furniture, what do they sell?"],
)
def test_no_more_besides_named(unnamed: str) -> None:
    assert not asks_more_besides_named(unnamed, [], [])


FURNITURE_FR = _turn("Qui collecte des meubles ?", "Il était deux fois.")


@pytest.mark.parametrize(
    "question",
    ["d'autres à part Il était deux fois ?", "anyone else apart from Il était deux fois?"],
)
def test_more_besides_the_named_one(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, FURNITURE_FR)
    named = _named(answer)
    assert named and "il-etait-deux-fois" not in named, answer.answer
    assert "le-bois-de-deux-mains" in named, answer.answer


def test_a_bare_more_after_a_list_is_unchanged(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "d'autres ?", FURNITURE_FR)
    named = _named(answer)
    assert named and "il-etait-deux-fois" not in named and "le-bois-de-deux-mains" in named


@pytest.mark.parametrize(
    "question",
    ["y en a d'autres qui récupèrent des livres ?", "anyone else who collects books?"],
)
def test_others_with_a_relative_leave_the_focus_out(fake_engine: Engine, question: str) -> None:
    history = _turn("La Remise Enjouée a des partenaires pour la collecte ?", "Oui.")
    answer = ask(fake_engine, question, history)
    named = _named(answer)
    assert "la-remise-enjouee" not in named, answer.answer


# -- a correction naming the structure meant: the last question, of it ----------------------
DIRECTOR_FR = _turn("Qui est la directrice de La Remise Enjouée ?", "Christelle Cousin.")
DIRECTOR_EN = _turn("Who runs La Remise Enjouée?", "Christelle Cousin.")


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (DIRECTOR_FR, "non, je voulais dire celle d'Il était deux fois"),
        (DIRECTOR_FR, "non je parlais d'Il était deux fois"),
        (DIRECTOR_EN, "sorry, I meant the one at Il était deux fois"),
        (DIRECTOR_EN, "no, I meant Il était deux fois"),
    ],
)
def test_a_correction_naming_the_one_meant_keeps_what_was_asked(
    fake_engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert _named(answer)[:1] == ["il-etait-deux-fois"], answer.answer
    assert "Dal" in answer.answer, answer.answer


def test_a_correction_with_words_of_its_own_asks_them(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "non, VESTALI a combien d'adhérents ?", DIRECTOR_FR)
    assert _named(answer)[:1] == ["vestali"] and "3 228" in answer.answer, answer.answer


# -- a name asked among the list just given --------------------------------------------------
REUSE_FR = _turn(
    "Quelles structures font du réemploi ?",
    "1. Il était deux fois 2. La Remise Enjouée 3. Le Bois de Deux Mains 4. Synapse 3i 5. VESTALI",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the ADEME help any of them?", {"il-etait-deux-fois", "synapse-3i"}),
        ("l'ADEME a aidé lesquelles ?", {"il-etait-deux-fois", "synapse-3i"}),
        ("l'ADEME a-t-elle aidé l'une d'entre elles ?", {"il-etait-deux-fois", "synapse-3i"}),
    ],
)
def test_a_name_asked_among_the_list_lists_its_holders(
    fake_engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(fake_engine, question, REUSE_FR)
    assert set(_named(answer)) == expected, answer.answer
    assert not answer.answer.startswith(("Oui", "Yes")), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "did the ADEME help any of them?",
        "le Crédit Agricole a aidé lesquelles ?",
        "does Coorace work with one of those?",
    ],
)
def test_any_of_the_list_is_read(question: str) -> None:
    assert lx.ANY_OF_THE_LIST.search(fold(question))


@pytest.mark.parametrize(
    "question", ["lesquelles ont un site internet ?", "did the ADEME help Synapse?"]
)
def test_no_any_of_the_list(question: str) -> None:
    assert not lx.ANY_OF_THE_LIST.search(fold(question))


# -- a count asked after an overview is its own ------------------------------------------------
@pytest.mark.parametrize(
    ("history", "question"),
    [
        (
            _turn("Tell me about Synapse 3i", "An association in Amiens."),
            "how many trucks do they have?",
        ),
        (
            _turn("Parle-moi de Synapse 3i", "Une association à Amiens."),
            "ils ont combien de camions ?",
        ),
    ],
)
def test_a_count_after_an_overview_is_its_own(
    fake_engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained and "5 camions" in answer.answer, answer.answer


def test_a_structure_named_anew_after_an_overview_is_an_overview(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "et Synapse 3i ?", _turn("Parle-moi de VESTALI", "Une association."))
    assert _named(answer)[:1] == ["synapse-3i"] and "en bref" in answer.answer, answer.answer
