"""Near misses asked of one structure, as follow-ups and as first questions (real booklet, fake
embedder): the question asks a kind of value the fiche does not state — a sum of money
('le prêt, il était de combien ?'), takings ('combien ça leur rapporte ?'), a count in units
of a thing weighed ('combien à l'unité ?'), jobs created ('ça a créé combien d'emplois ?'),
the reason of an exclusion ('why not clothes?'). The answer abstains, quoting the sentence
about the thing as the nearest fact, instead of quoting that sentence as the answer.

Must not change: the same structures asked what their fiche does state (the baskets' prices,
the toys' weight, the budget, the loan, the exclusions), and a sum the fiche does give.
"""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unstated_kind import unstated_kind
from livret_qa.retrieval.engine import Engine


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


BASKETS_FR = _turn(
    "combien de paniers vend le Jardin de Cocagne ?",
    "Environ 250 paniers classiques hebdomadaires de 10 à 18 €.",
)
BASKETS_EN = _turn(
    "How many baskets does the Jardin de Cocagne sell?",
    "About 250 weekly baskets at 10 to 18 €.",
)
LOAN_FR = _turn(
    "La Remise Enjouée a eu un prêt CIGALES ?",
    "Oui : un prêt du club CIGALES du territoire à la hauteur du besoin en fonds de roulement.",
)
LOAN_EN = _turn(
    "Did La Remise Enjouée get a CIGALES loan?",
    "Yes: a loan from the local CIGALES club matching its working capital need.",
)
SPONSORS_FR = _turn(
    "qui sont les mécènes du Panier de la Mer ?",
    "3 entreprises locales mécènes : Frais Embal ; Conegan ; Delanchy-Copromer.",
)
SPONSORS_EN = _turn(
    "Who sponsors the Panier de la Mer?",
    "Three local companies: Frais Embal, Conegan, Delanchy-Copromer.",
)
TOYS_FR = _turn(
    "La Remise Enjouée a collecté combien de jouets ?",
    "3,5 tonnes de jouets collectés de janvier à fin juin 2021.",
)
TOYS_EN = _turn(
    "How many toys has La Remise Enjouée collected?",
    "3.5 tonnes of toys collected from January to the end of June 2021.",
)
WOOD_FR = _turn(
    "Le Bois de Deux Mains, ils font quoi avec le métal ?",
    "Ils ont internalisé la soudure.",
)
WOOD_EN = _turn(
    "What does Le Bois de Deux Mains do with metal?",
    "It brought welding in-house.",
)
EXCLUDED_EN = _turn(
    "what doesn't Il était deux fois take?",
    "Everything except VHS tapes, large appliances, clothes, hi-fi and televisions.",
)
EXCLUDED_FR = _turn(
    "qu'est-ce qu'Il était deux fois ne prend pas ?",
    "Tout sauf les cassettes VHS, le gros électroménager, les vêtements, la hi-fi, les télés.",
)


@pytest.mark.parametrize(
    ("question", "history", "fiche", "quoted"),
    [
        # a sum of money asked by its verb, the sentence naming no sum
        ("le prêt CIGALES, il était de combien ?", LOAN_FR, "la-remise-enjouee", "CIGALES"),
        ("et il était de combien, ce prêt ?", LOAN_FR, "la-remise-enjouee", "CIGALES"),
        ("how much did they lend?", LOAN_EN, "la-remise-enjouee", "CIGALES"),
        ("ils donnent combien chacun ?", SPONSORS_FR, "le-panier-de-la-mer-62", "Conegan"),
        ("how much does each of them give?", SPONSORS_EN, "le-panier-de-la-mer-62", "Conegan"),
        # takings asked where only prices are stated
        (
            "et combien ça leur rapporte par an, ces paniers ?",
            BASKETS_FR,
            "le-jardin-de-cocagne-de-la-haute-borne",
            "paniers",
        ),
        (
            "how much do they earn from the baskets?",
            BASKETS_EN,
            "le-jardin-de-cocagne-de-la-haute-borne",
            "baskets",
        ),
        # a count in units of a thing the fiche weighs
        # jobs created where only a headcount is stated
        ("ça a créé combien d'emplois ?", WOOD_FR, "le-bois-de-deux-mains", "30"),
        ("how many jobs did that create?", WOOD_EN, "le-bois-de-deux-mains", "30"),
    ],
)
def test_a_follow_up_asking_an_unstated_kind_abstains_naming_the_nearest_fact(
    fake_engine: Engine, question: str, history: list[dict[str, str]], fiche: str, quoted: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche], answer.answer
    assert answer.citations, answer.answer  # the nearest fact, quoted


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Le prêt CIGALES de La Remise Enjouée était de combien ?", "la-remise-enjouee"),
        ("How much did the CIGALES club lend La Remise Enjouée?", "la-remise-enjouee"),
        ("Les mécènes du Panier de la Mer donnent combien ?", "le-panier-de-la-mer-62"),
        (
            "Combien ça rapporte, les paniers du Jardin de Cocagne de la Haute Borne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("Combien de jouets à l'unité La Remise Enjouée a-t-elle collectés ?", "la-remise-enjouee"),
    ],
)
def test_a_first_question_asking_an_unstated_kind_abstains(
    fake_engine: Engine, question: str, fiche: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche], answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [("why not clothes?", EXCLUDED_EN), ("pourquoi pas les vêtements ?", EXCLUDED_FR)],
)
def test_why_not_of_an_exclusion_without_a_cause_abstains(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["il-etait-deux-fois"], answer.answer


@pytest.mark.parametrize(
    ("question", "history", "said"),
    [
        # must not change: what the fiche does state, asked of the same things
        ("combien coûte un panier ?", BASKETS_FR, "€"),
        ("how much is a basket?", BASKETS_EN, "€"),
        ("et ça pèse combien ?", TOYS_FR, "3,5 tonnes"),
        ("La Remise Enjouée a collecté combien de jouets ?", [], "3,5 tonnes"),
        ("Quel est le budget du Panier de la Mer ?", [], "608 000"),
        ("What is the budget of Le panier de la mer 62?", [], "608 000"),
        ("La Remise Enjouée a eu un prêt CIGALES ?", [], "CIGALES"),
        ("Combien de salariés compte Le Bois de Deux Mains ?", [], "30"),
    ],
)
def test_what_the_fiche_states_is_still_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]], said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "quote", "value", "kind"),
    [
        ("il était de combien, ce prêt ?", "Un prêt du club à la hauteur du besoin.", "", "amount"),
        ("combien ça leur rapporte ?", "250 paniers de 10 à 18 €.", "", "amount"),
        ("how much do they earn?", "250 baskets at 10 to 18 €.", "", "amount"),
        ("combien à l'unité ?", "3,5 tonnes de jouets.", "3,5 tonnes", "units"),
        ("how many jobs did it create?", "30 salariés.", "30", "created"),
        ("why not clothes?", "sauf les vêtements.", "", "reason"),
        ("il était financé à hauteur de combien ?", "budget : 608 000 € (2020)", "", "amount"),
        ("how much was the loan?", "BUDGET GLOBAL : 260 000 €", "260 000 €", "amount"),
        # the kind stated: nothing missing
        ("il était de combien, ce prêt ?", "Un prêt de 10 000 €.", "", None),
        ("combien ça leur rapporte ?", "Un chiffre d'affaires de 95 000 €.", "", None),
        ("combien à l'unité ?", "12 000 jouets.", "12 000", None),
        ("le prêt était de combien ?", "Un prêt de 10 000 € (budget 2021).", "", None),
        ("how many jobs did it create?", "20 emplois créés.", "20", None),
        ("why not clothes?", "sauf les vêtements, car le Relais les collecte.", "", None),
        # no such kind asked
        (
            "how much does a basket cost a low-income family?",
            "contribuent 2 €, 3 € ou 4 €",
            "",
            None,
        ),
        ("combien de paniers ?", "250 paniers.", "250", None),
        ("combien de jouets ?", "3,5 tonnes de jouets.", "3,5 tonnes", None),
        ("pourquoi ont-ils créé l'association ?", "Elle est née en 2010.", "", None),
    ],
)
def test_the_kind_asked_and_the_kind_stated(
    question: str, quote: str, value: str, kind: str | None
) -> None:
    assert unstated_kind(question, quote, value) == kind


BUDGET_NO_YEAR_FR = _turn(
    "Quel est le budget de Synapse 3i ?", "Synapse 3i — budget : 2 037 760 €."
)
BUDGET_NO_YEAR_EN = _turn("What is Synapse 3i's budget?", "Synapse 3i — budget: 2,037,760 €.")
BUDGET_DATED_FR = _turn("Quel est le budget du Panier de la Mer ?", "608 000 € (2020).")
BUDGET_DATED_EN = _turn("What's the budget of Le panier de la mer 62?", "608 000 € (2020).")


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("c'est quelle année ?", BUDGET_NO_YEAR_FR),
        ("et c'est pour quelle année ?", BUDGET_NO_YEAR_FR),
        ("which year is that?", BUDGET_NO_YEAR_EN),
        ("for what year?", BUDGET_NO_YEAR_EN),
        # the date asked by 'quand' of the figure itself
        ("c'est de quand ce chiffre ?", BUDGET_NO_YEAR_FR),
        ("ça date de quand ?", BUDGET_NO_YEAR_FR),
        ("when is that figure from?", BUDGET_NO_YEAR_EN),
    ],
)
def test_the_year_of_a_figure_stated_without_one_abstains(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["synapse-3i"], answer.answer
    assert "2 037 760" in answer.answer, answer.answer  # the figure, as the nearest fact


@pytest.mark.parametrize(
    ("question", "history", "said"),
    [
        # must not change: a figure stated with its year gives it; a date asked after a date
        ("c'est quelle année ?", BUDGET_DATED_FR, "2020"),
        ("which year is that?", BUDGET_DATED_EN, "2020"),
        ("ça date de quand ?", BUDGET_DATED_FR, "2020"),
        ("how recent is that figure?", BUDGET_DATED_EN, "2020"),
        ("c'est quelle année ?", _turn("Quand a été créée VESTALI ?", "En 1997."), "1997"),
    ],
)
def test_the_year_of_a_figure_stated_with_one_is_given(
    fake_engine: Engine, question: str, history: list[dict[str, str]], said: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert said in answer.answer, answer.answer


PRODUCERS_FR = _turn(
    "Les Copains de Thiérache, ils ont combien de producteurs ?", "Une vingtaine de producteurs."
)
PRODUCERS_EN = _turn(
    "How many producers do Les Copains de Thiérache have?", "About twenty local producers."
)
STAFF_FR = _turn("Le Jardin de Cocagne, combien de salariés ?", "45 salariés.")
IN_THE_AISNE = _turn(
    "Quelles structures sont dans l'Aisne ?", "Les Copains de Thiérache et Synapse 3i."
)


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("et combien d'adhérents en tout ?", PRODUCERS_FR),
        ("et au total, ils ont combien d'adhérents ?", PRODUCERS_FR),
        ("and how many members in total?", PRODUCERS_EN),
    ],
)
def test_a_total_asked_of_the_one_in_focus_is_its_own_not_a_sum_over_all(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer  # its fiche gives no number of members
    assert [s.fiche_id for s in answer.structures] == ["les-copains-de-thierache"]
    assert "dizaine" in answer.answer, answer.answer  # the nearest fact


def test_a_total_asked_of_the_one_in_focus_stating_it_is_given(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "et combien d'adhérents en tout ?", STAFF_FR)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["le-jardin-de-cocagne-de-la-haute-borne"]
    assert "400" in answer.answer, answer.answer


def test_a_total_asked_after_a_list_still_sums_over_the_list(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "combien d'adhérents en tout ?", IN_THE_AISNE)  # must not change
    assert "Total" in answer.answer, answer.answer


CONTACT_EN = _turn(
    "Who's the contact at Le Bois de Deux Mains?", "Matthieu Renard, project manager."
)
CONTACT_FR = _turn(
    "Le Bois de Deux Mains, c'est qui le contact ?", "Matthieu Renard, chargé de projet."
)


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("is there a website?", CONTACT_EN),
        ("il y a un site web ?", CONTACT_FR),
        ("y a-t-il un site internet ?", CONTACT_FR),
    ],
)
def test_a_card_line_asked_with_is_there_is_of_the_one_in_focus(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert [s.fiche_id for s in answer.structures] == ["le-bois-de-deux-mains"], answer.answer
    assert "seve-mobilier" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("history", "then"),
    [
        ([*CONTACT_EN, *_turn("is there a website?", "Yes.")], "who's the director though?"),
        ([*CONTACT_FR, *_turn("il y a un site web ?", "Oui.")], "et le directeur, c'est qui ?"),
        (CONTACT_FR, "il y a un directeur ?"),
    ],
)
def test_a_role_the_one_in_focus_does_not_name_abstains_for_it_alone(
    fake_engine: Engine, history: list[dict[str, str]], then: str
) -> None:
    answer = ask(fake_engine, then, history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["le-bois-de-deux-mains"], answer.answer


def test_other_structures_with_a_website_are_still_searched(fake_engine: Engine) -> None:
    history = _turn("Qui dirige VESTALI ?", "Hélène Marechal, directrice.")  # must not change
    answer = ask(fake_engine, "y a-t-il d'autres structures avec un site internet ?", history)
    assert len(answer.structures) > 1, answer.answer
