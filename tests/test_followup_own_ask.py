"""Follow-ups that ask something of their own in a conversation (real booklet, fake embedder):

- a bare amount ('how much?', 'How much did they get?', 'By how much, in euros?', 'combien ?',
  'de combien ?', 'ils ont touché combien ?') after a turn about an aid, a grant or a profit:
  the sum of that aid; the fiche naming it with no sum abstains, quoting the aid's sentence,
  while a sum it states stays answered;
- a person asked of a role the turn before asked about ('a-t-il un trésorier ?' then 'c'est
  qui ?', 'what's their name?'): the holder, no 'oui' — a fiche mentioning the role but naming
  no one abstains (role_unnamed);
- an interjection or filler opening a follow-up ('Hm, and who's …', 'Bon, et qui …') is no
  part of its own.

Must not change: a bare amount after a turn about no aid (a budget), the role's holder when
the fiche names one, a list question's 'c'est qui ?' (which structure).
"""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.amount_of_last import asked_amount
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


ADEME_EN = _turn("Did Synapse get help from ADEME?", "Yes, in 2015, to buy equipment.")
ADEME_FR = _turn("Synapse a eu une aide de l'ADEME ?", "Oui, en 2015, pour du matériel.")
PROFIT_EN = _turn("Did VESTALI make a profit in 2019?", "Yes, its net result was positive.")
PROFIT_FR = _turn("VESTALI a fait un bénéfice en 2019 ?", "Oui, le résultat net est positif.")
COVID_EN = _turn(
    "Did La Remise Enjouée apply for emergency covid aid?",
    "Yes, the UrgencESS fund; it hoped to get the State's flat-rate bonus.",
)
FUND_FR = _turn(
    "Il était deux fois a-t-il reçu le fonds de solidarité à l'ESS ?",
    "Oui, en 2020.",
)
FUND_EN = _turn("Did Il était deux fois get the ESS solidarity fund?", "Yes, in 2020.")
BUDGET_EN = _turn("What is La Remise Enjouée's budget?", "260 000 € (2021 forecast).")
TREASURER_FR = _turn(
    "Est-ce que Il était deux fois a un trésorier ?", "Oui, un trésorier bénévole très actif."
)
TREASURER_EN = _turn("Does Il était deux fois have a treasurer?", "Yes, a volunteer treasurer.")
DIRECTOR_EN = _turn("Does VESTALI have a director?", "Yes.")
DIRECTS_EN = _turn("Who directs VESTALI?", "Hélène Maréchal, its director.")
DIRECTS_FR = _turn("Qui dirige VESTALI ?", "Hélène Maréchal, directrice.")
TOYS_FR = _turn("Y a-t-il une structure qui recycle des jouets ?", "Oui, La Remise Enjouée.")


@pytest.mark.parametrize(
    ("question", "history", "fiche", "quoted"),
    [
        ("how much?", ADEME_EN, "synapse-3i", "ADEME"),
        ("combien ?", ADEME_FR, "synapse-3i", "ADEME"),
        ("de combien ?", ADEME_FR, "synapse-3i", "ADEME"),
        ("By how much, in euros?", PROFIT_EN, "vestali", "2019"),
        ("de combien ?", PROFIT_FR, "vestali", ""),
        ("How much did they get?", COVID_EN, "la-remise-enjouee", ""),
        ("ils ont touché combien ?", COVID_EN, "la-remise-enjouee", ""),
    ],
)
def test_a_bare_amount_of_an_aid_stated_without_sum_abstains(
    fake_engine: Engine, question: str, history: list[dict[str, str]], fiche: str, quoted: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer  # the nearest fact, quoted
    assert quoted in answer.answer, answer.answer
    assert "260 000" not in answer.answer, answer.answer  # the budget is no aid


@pytest.mark.parametrize(
    ("question", "history", "said"),
    [
        # must not change: a sum the fiche states of the aid, and a budget asked as such
        ("combien ?", FUND_FR, "1 500"),
        ("how much did they get?", FUND_EN, "1 500"),
        ("By how much, in euros?", FUND_EN, "1 500"),
        ("how much?", BUDGET_EN, "260 000"),
    ],
)
def test_a_bare_amount_stated_is_still_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]], said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "last", "asked"),
    [
        ("how much?", "Did Synapse get help from ADEME?", True),
        ("By how much, in euros?", "Did VESTALI make a profit in 2019?", True),
        ("Et c'était combien ?", "Ils ont eu une subvention ?", True),
        ("Hm, how much exactly?", "Did they get a grant?", True),
        ("de combien ?", "VESTALI a fait un bénéfice ?", True),
        # no bare amount, or no aid before it
        ("combien de salariés ?", "Ils ont eu une subvention ?", False),
        ("how much does a basket cost?", "Did they get a grant?", False),
        ("how much?", "What is their budget?", False),
        ("combien ?", "Le panier de la mer reçoit des dons de poisson ?", False),
    ],
)
def test_the_amount_asked_of_the_last_aid(question: str, last: str, asked: bool) -> None:
    assert bool(asked_amount(question, last)) == asked


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("c'est qui ?", TREASURER_FR),
        ("qui est-ce ?", TREASURER_FR),
        ("who is it?", TREASURER_EN),
        ("what's their name?", TREASURER_EN),
    ],
)
def test_the_holder_of_a_role_named_by_no_one_abstains(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["il-etait-deux-fois"], answer.answer
    assert not answer.answer.startswith(("Oui", "Yes")), answer.answer


@pytest.mark.parametrize(
    ("question", "history", "said"),
    [
        # must not change: a holder the fiche names; a list question's 'which one'
        ("what's her name?", DIRECTOR_EN, "Marechal"),
        ("elle s'appelle comment ?", DIRECTS_FR, "Marechal"),
        ("c'est qui ?", TOYS_FR, "La Remise Enjouée"),
    ],
)
def test_a_holder_named_or_a_structure_asked_is_still_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]], said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("Hm, and who's VESTALI's board chair?", DIRECTS_EN),
        ("Hmm, who chairs its board?", DIRECTS_EN),
        ("Bon, et qui est le président ?", DIRECTS_FR),
        ("Euh, et le président ?", DIRECTS_FR),
    ],
)
def test_an_interjection_is_no_part_of_its_own(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer  # the fiche names no chair
    assert len(answer.plan["parts"]) == 1, answer.plan


@pytest.mark.parametrize(
    ("question", "opener"),
    [
        ("Hm, and who's the chair?", True),
        ("Bon, et qui la dirige ?", True),
        ("Ah d'accord, et leur budget ?", True),
        ("euh et leur budget ?", True),
        ("bon plan ces paniers ?", False),
        ("well known partners?", False),
    ],
)
def test_an_interjection_opens_a_follow_up(question: str, opener: bool) -> None:
    assert bool(lx.ACKNOWLEDGEMENT_OPENER.match(fold(question))) == opener


FISH_FR = _turn("Le panier de la mer fait quoi avec le poisson ?", "Des plats préparés.")
WHERE_FR = _turn("Le panier de la mer 62 c'est où ?", "À Boulogne sur Mer.")
COPAINS_FR = _turn("Les Copains de Thiérache c'est où ?", "À Guise.")


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("ils ont eu besoin d'une autorisation pour transformer le poisson ?", FISH_FR),
        ("fallait-il un agrément pour transformer le poisson ?", FISH_FR),
    ],
)
def test_a_need_of_an_authorisation_is_answered_by_its_request(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["le-panier-de-la-mer-62"], answer.answer


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("ils ont eu besoin d'une autorisation ?", True),
        ("did they need an approval to process fish?", True),
        ("l'agrément a-t-il été accordé ?", False),
        ("ont-ils finalement obtenu l'agrément ?", False),
    ],
)
def test_a_need_is_no_outcome_asked(question: str, need: bool) -> None:
    from livret_qa.answering.outcome import asks_outcome

    assert asks_outcome(question) is not need


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("ils ont une antenne à Calais aussi ?", WHERE_FR),
        ("Le panier de la mer 62 a-t-il un site à Calais ?", []),
    ],
)
def test_a_site_in_a_town_named_for_something_else_abstains(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert "Calais" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "history", "said"),
    [
        # must not change: a site the fiche does name there, and a count of sites
        ("do they have a shop in Hirson?", COPAINS_FR, "Hirson"),
        ("Les Copains de Thiérache ont-ils une boutique à Guise ?", [], "Guise"),
        ("combien de sites ont-ils ?", WHERE_FR, "800"),
    ],
)
def test_a_site_named_there_is_still_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]], said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "rest", "lang"),
    [
        ("yes and in English please: who are their student partners?", "who are their", "en"),
        ("oui, et en anglais : qui la dirige ?", "qui la dirige", "en"),
        ("Thanks. In French: what does VESTALI do?", "what does VESTALI do", "fr"),
        # must not change
        ("and in English, how many employees?", "how many employees", "en"),
        ("yes please", "yes please", ""),
    ],
)
def test_a_language_clause_after_an_acknowledgement(question: str, rest: str, lang: str) -> None:
    from livret_qa.answering.language_clause import language_clause

    got, said = language_clause(question)
    assert rest in got and said == lang


def test_a_language_clause_then_a_question_is_asked_of_the_one_in_focus(
    fake_engine: Engine,
) -> None:
    history = _turn("Le jardin de cocagne aide les étudiants ?", "Oui.")
    answer = ask(fake_engine, "yes and in English please: who are their student partners?", history)
    assert not answer.abstained, answer.answer
    assert answer.lang == "en"
    assert [s.fiche_id for s in answer.structures] == ["le-jardin-de-cocagne-de-la-haute-borne"]


CREATED_EN = _turn("When was Le Bois de Deux Mains created?", "In 2015.")
CREATED_FR = _turn("Le Bois de Deux Mains a été créé quand ?", "En 2015.")
STAFF_FR = _turn("Combien de salariés a VESTALI ?", "13 en 2021.")


@pytest.mark.parametrize(
    ("question", "history", "said"),
    [
        ("Is that right? I thought it was 2016.", CREATED_EN, "2015"),
        ("t'es sûr ? je croyais que c'était 2016", CREATED_FR, "2015"),
        ("c'est pas plutôt 25 ?", STAFF_FR, "13"),
    ],
)
def test_the_askers_own_figure_checked_gets_what_the_fiche_states(
    fake_engine: Engine, question: str, history: list[dict[str, str]], said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "doubted"),
    [
        ("Is that right? I thought it was 2016.", True),
        ("vraiment ? je pensais 2018", True),
        ("are you sure? I read 30.", True),
        # must not change: a figure asked in a year, a plain year follow-up
        ("really? and how many in 2020?", False),
        ("et en 2019 ?", False),
    ],
)
def test_a_doubt_with_the_askers_figure(question: str, doubted: bool) -> None:
    folded = fold(question)
    found = bool(lx.OWN_FIGURE_DOUBTED.search(folded)) and not lx.OPEN_QUESTION_WORD.search(folded)
    assert found == doubted
