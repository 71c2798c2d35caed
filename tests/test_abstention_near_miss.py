"""Near misses: what is asked of a named structure is not stated (another measure, another
year, a role nobody is named in, a kind of fact the fiche does not hold). The answer abstains
and says what the fiche does state, cited; a question whose plan the fiche fills is never
refused. Synthetic questions per class, French and English, several wordings each, on the real
booklet with the fake embedder (the decisions come from the plan and the parsed fiche, not from
the embedding)."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.answering.slots import names_holder
from livret_qa.parsing.fiche import KeyFigure, Span
from livret_qa.parsing.measures import figure_measures
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


def answer_to(engine: Engine, question: str, history: list[dict[str, str]] | None = None) -> Answer:
    answer = ask(engine, question, history)
    check_answer(engine.corpus, answer.to_dict())
    return answer


def abstains_citing(answer: Answer, fiche_id: str, *said: str) -> None:
    """Abstained, about that structure, with the nearest stated fact cited from its fiche."""
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations and all(c.fiche_id == fiche_id for c in answer.citations)
    text = fold(answer.answer)
    for words in said:
        assert fold(words) in text, answer.answer


# -- a measure the fiche does not give ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        # a count taken among a whole ('parmi les adhérents, une dizaine sont des bénévoles')
        # counts the part: no number of members
        (
            "Quel est le nombre d'adhérents des Copains de Thiérache ?",
            "les-copains-de-thierache",
            ["adhérents", "dizaine"],
        ),
        (
            "How many members do Les Copains de Thiérache count?",
            "les-copains-de-thierache",
            ["members"],
        ),
        # a net result, when only a budget and 'positive' are stated
        ("Quel bénéfice VESTALI a-t-elle dégagé en 2019 ?", "vestali", ["résultat net", "2019"]),
        ("What surplus did VESTALI report for 2019?", "vestali", ["net result", "2019"]),
        # a payroll, when a budget and a headcount are given
        ("Quelle est la masse salariale de VESTALI ?", "vestali", ["masse salariale"]),
        ("What is the payroll of Synapse 3i?", "synapse-3i", ["payroll"]),
        # a surface of a thing the fiche gives no surface for (its 300 m² are another building)
        ("Quelle superficie fait la boutique solidaire de VESTALI ?", "vestali", ["surface"]),
        ("Combien de m2 fait la boutique de VESTALI ?", "vestali", ["surface"]),
    ],
)
def test_a_measure_the_fiche_lacks_abstains_with_the_nearest_fact(
    fake_engine: Engine, question: str, fiche_id: str, said: list[str]
) -> None:
    answer = answer_to(fake_engine, question)
    assert answer.plan["parts"][0]["intent"] == "figure"
    abstains_citing(answer, fiche_id, *said)


def test_a_count_among_a_whole_counts_the_part() -> None:
    figure = KeyFigure(
        kind="members",
        label="NOMBRE D'ADHÉRENTS",
        value="Parmi les adhérents, une vingtaine sont des bénévoles",
        number=None,
        unit="",
        year=None,
        span=Span(0, 1, 1, 1),
    )
    assert figure_measures(figure) == ["benevoles"]
    plain = KeyFigure(
        "members", "NOMBRE D'ADHÉRENTS", "120 adhérents", 120, "", None, Span(0, 1, 1, 1)
    )
    assert figure_measures(plain) == ["adherents"]


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Quelle surface fait le magasin de X ?", "surface"),
        ("What size is the workshop of X?", "surface"),
        ("How big is the garden of X?", "surface"),
        ("Quel résultat net pour X en 2020 ?", "resultat"),
        ("What profit did X make?", "resultat"),
        ("How large is the warehouse of X?", "surface"),
        ("Combien de boutiques a X ?", "sites"),
        # folded, 'ça' reads 'ca': it is no turnover
        ("X, ça tourne avec quel budget ?", "budget"),
        ("Quel est le CA de X ?", "chiffre_affaires"),
    ],
)
def test_a_measure_asked_right_after_the_interrogative_is_a_figure(
    question: str, measure: str
) -> None:
    assert asked_attribute(question) == ("figure", f"measure:{measure}", False)


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        # a field whose words hold a measure's ('site internet' holds 'site')
        ("Quel est le site internet de X ?", "field:website"),
        ("Et son site web ?", "field:website"),
        ("What is the web site of X?", "field:website"),
    ],
)
def test_a_field_holding_a_measure_word_is_the_field(question: str, attribute: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == attribute


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        # a share of receipts is no turnover
        ("What is the turnover of Le Bois de Deux Mains?", "le-bois-de-deux-mains", ["turnover"]),
        (
            "Quel chiffre d'affaires fait Le Bois de Deux Mains ?",
            "le-bois-de-deux-mains",
            ["chiffre d'affaires"],
        ),
    ],
)
def test_a_share_is_no_amount(
    fake_engine: Engine, question: str, fiche_id: str, said: list[str]
) -> None:
    abstains_citing(answer_to(fake_engine, question), fiche_id, *said)


# -- a year the fiche does not give -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("Quel budget avait Le Bois de Deux Mains en 2022 ?", "le-bois-de-deux-mains", ["2022"]),
        ("What was Le Bois de Deux Mains' budget in 2018?", "le-bois-de-deux-mains", ["2018"]),
        # a count of a thing, stated for another year ('… objets vendus en 2020')
        (
            "Combien d'objets Il était deux fois a-t-elle vendus en 2019 ?",
            "il-etait-deux-fois",
            ["2019", "2020"],
        ),
        (
            "Combien d'objets ont été vendus par Il était deux fois en 2022 ?",
            "il-etait-deux-fois",
            ["2022", "2020"],
        ),
        # an English noun counted, read in the booklet's French ('items' -> objets)
        (
            "How many items did Il était deux fois sell in 2023?",
            "il-etait-deux-fois",
            ["2023", "2020"],
        ),
        # the year asked stands in another figure's clause ('316 000 € de budget (2021) ; 53 177
        # euros de CA … en 2020'): no turnover for that year
        ("What was the turnover of Il était deux fois in 2021?", "il-etait-deux-fois", ["2021"]),
        (
            "Quel chiffre d'affaires pour Il était deux fois en 2021 ?",
            "il-etait-deux-fois",
            ["2021"],
        ),
        # the whole year asked, part of it stated ('de janvier à fin juin 2021')
        (
            "Combien de tonnes de jouets La Remise Enjouée a collecté sur toute l'année 2021 ?",
            "la-remise-enjouee",
            ["toute l'année", "juin"],
        ),
        (
            "How many tonnes of toys did La Remise Enjouée gather over the entire year 2021?",
            "la-remise-enjouee",
            ["whole year", "juin"],
        ),
        # a whole year said without its article, or as twelve months
        (
            "Combien de tonnes de jouets La Remise Enjouée collecte-t-elle sur une année entière ?",
            "la-remise-enjouee",
            ["toute l'année", "juin"],
        ),
        (
            "How many tonnes of toys does La Remise Enjouée collect over twelve months?",
            "la-remise-enjouee",
            ["whole year", "juin"],
        ),
    ],
)
def test_a_year_the_fiche_lacks_abstains_naming_the_year_stated(
    fake_engine: Engine, question: str, fiche_id: str, said: list[str]
) -> None:
    abstains_citing(answer_to(fake_engine, question), fiche_id, *said)


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("3 tonnes collectées de janvier à fin juin 2021", True),
        ("53 177 euros de CA réalisés sur 7,5 mois d'activité", True),
        ("12 tonnes au premier semestre 2020", True),
        ("collected from March to September", True),
        ("50 tonnes en 2019", False),
        ("ouverte en janvier 2021", False),
    ],
)
def test_a_figure_for_part_of_a_year_is_recognised(text: str, partial: bool) -> None:
    assert bool(lx.PARTIAL_YEAR.search(fold(text))) is partial


def test_part_of_a_year_answers_a_year_said_partial(fake_engine: Engine) -> None:
    answer = answer_to(
        fake_engine, "Combien de tonnes de jouets La Remise Enjouée collecte en 2021 ?"
    )
    assert not answer.abstained
    assert "partie de l'année" in answer.answer


# -- a role the fiche names no one in -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "fiche_id", "named"),
    [
        # the role mentioned in a sentence that names no one ('un trésorier bénévole très actif')
        (
            "Comment s'appelle le trésorier de l'association Il était deux fois ?",
            "il-etait-deux-fois",
            ["sans le ou la nommer", "Dal Céline, directrice"],
        ),
        (
            "What's the name of the treasurer at Il était deux fois?",
            "il-etait-deux-fois",
            ["does not name", "Dal Céline, director"],
        ),
        # the role not mentioned at all: who is named, and in what role
        ("Qui est le trésorier de VESTALI ?", "vestali", ["trésorier", "directrice"]),
        ("Who is VESTALI's treasurer?", "vestali", ["treasurer", "director"]),
        ("Qui préside La Remise Enjouée ?", "la-remise-enjouee", ["président", "directrice"]),
        ("Who founded Synapse 3i?", "synapse-3i", ["founder", "Jean Pierre Motte, director"]),
        # the holder asked at a date: the sentence dating the role names no one
        (
            "Who was hired as manager by Les Copains de Thiérache in 2018?",
            "les-copains-de-thierache",
            ["does not name", "Anthony Grossot, director"],
        ),
        (
            "Quel est le nom du responsable recruté en 2018 par Les Copains de Thiérache ?",
            "les-copains-de-thierache",
            ["sans le ou la nommer", "Anthony Grossot"],
        ),
    ],
)
def test_a_role_no_one_is_named_in_abstains_naming_who_is_named(
    fake_engine: Engine, question: str, fiche_id: str, named: list[str]
) -> None:
    answer = answer_to(fake_engine, question)
    assert answer.plan["parts"][0]["intent"] == "person"
    abstains_citing(answer, fiche_id, *named)


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("Quel est le mail du trésorier de VESTALI ?", "vestali", ["trésorier", "directrice"]),
        (
            "What is the phone number of Synapse 3i's president?",
            "synapse-3i",
            ["chair", "director"],
        ),
    ],
)
def test_a_contact_field_of_a_role_no_one_holds_abstains(
    fake_engine: Engine, question: str, fiche_id: str, said: list[str]
) -> None:
    abstains_citing(answer_to(fake_engine, question), fiche_id, *said)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Un trésorier bénévole très actif qui appuie la direction.", False),
        ("Le poste de chargée de mission a été créé au sein du Pays.", False),
        ("Son président, M. Roy, anime le conseil d'administration.", True),
        ("Marie Dupont, présidente depuis 2015, a ouvert la boutique.", True),
        ("La trésorière Anne Lefèvre présente les comptes.", True),
        ("Le Jardin de la Ville a un président engagé.", False),
    ],
)
def test_a_sentence_names_a_holder_only_with_a_name_next_to_the_role(
    sentence: str, named: bool
) -> None:
    role = re.compile(r"tresori|presiden|charge\w* de mission")
    assert names_holder(sentence, role) is named


# -- a kind of fact the fiche does not state ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        # hours asked, only days stated
        (
            "À quelle heure ouvre la boutique d'Il était deux fois ?",
            "il-etait-deux-fois",
            ["horaires", "3 jours d'ouverture"],
        ),
        (
            "What time does the Il était deux fois shop open?",
            "il-etait-deux-fois",
            ["opening hours", "3 jours d'ouverture"],
        ),
        # a day asked, only a number of days stated
        (
            "La boutique d'Il était deux fois est-elle ouverte le dimanche ?",
            "il-etait-deux-fois",
            ["jours d'ouverture"],
        ),
        ("Is Il était deux fois open on Mondays?", "il-etait-deux-fois", ["opening days"]),
        # the opening of a thing of its own: the action's start date does not date it
        ("When did Synapse 3i open its second site?", "synapse-3i", ["opening"]),
        ("Quand Synapse 3i a-t-elle ouvert sa deuxième boutique ?", "synapse-3i", ["ouverture"]),
        # 'à prix bas' is no prize
        ("In what year did La Remise Enjouée win an award?", "la-remise-enjouee", ["award"]),
        # a price: what the fiche says of its prices instead
        ("Combien coûte un jouet à La Remise Enjouée ?", "la-remise-enjouee", ["prix"]),
        # the year of an event the fiche tells without its year ('(quelle année)')
        (
            "En quelle année Le Bois de Deux Mains a-t-il reçu le prix de l'initiative en ESS du "
            "Crédit Coopératif ?",
            "le-bois-de-deux-mains",
            ["quelle année"],
        ),
        (
            "When did Le Bois de Deux Mains get the Crédit Coopératif initiative in ESS award?",
            "le-bois-de-deux-mains",
            ["quelle année"],
        ),
        # hours asked in the plural ('à quelles heures'): the same question
        ("La Remise Enjouée ouvre à quelles heures ?", "la-remise-enjouee", ["horaires"]),
        # a count of disabled staff, of a fiche that counts none: the headcount is nearest
        (
            "Combien de personnes handicapées travaillent au Bois de Deux Mains ?",
            "le-bois-de-deux-mains",
            ["handicap"],
        ),
    ],
)
def test_a_fact_the_fiche_does_not_state_abstains_with_the_nearest(
    fake_engine: Engine, question: str, fiche_id: str, said: list[str]
) -> None:
    abstains_citing(answer_to(fake_engine, question), fiche_id, *said)


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("Quels sont les horaires de X ?", "unstated:hours"),
        ("At what time does X close?", "unstated:hours"),
        ("X est-elle ouverte le samedi ?", "unstated:opening_days"),
        ("How many days a week is X open?", "unstated:opening_days"),
        # a prize won, asked 'when': an event, not a price
        ("En quelle année X a-t-elle obtenu le prix de l'innovation ?", "event:award"),
        ("When did X win the regional award?", "event:award"),
    ],
)
def test_hours_days_and_prizes_are_told_apart(question: str, attribute: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == attribute


# -- never refuse a filled plan -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("Combien de bénévoles compte Le Bois de Deux Mains ?", "le-bois-de-deux-mains", ["30"]),
        (
            "Quel était le budget du Bois de Deux Mains en 2019 ?",
            "le-bois-de-deux-mains",
            ["575 000"],
        ),
        ("Who runs VESTALI?", "vestali", ["Marechal"]),
        # a price stated as a range ('de 10 à 18 €')
        (
            "How much is a basket at Le Jardin de Cocagne de la Haute Borne?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            ["€"],
        ),
        ("Quel est l'e-mail de la directrice de VESTALI ?", "vestali", ["@"]),
        # what it has (4 ha), not the land it seeks ('recherche 2 hectares supplémentaires')
        (
            "Quelle est la superficie du Jardin de Cocagne de la Haute Borne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            ["4 ha"],
        ),
        (
            "How big is the Jardin de Cocagne de la Haute Borne?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            ["4 ha"],
        ),
        ("How many objects did Il était deux fois sell in 2020?", "il-etait-deux-fois", ["28 000"]),
        (
            "How many days a week does Il était deux fois open its shop?",
            "il-etait-deux-fois",
            ["3 jours"],
        ),
        ("Combien d'objets Il était deux fois a vendu en 2020 ?", "il-etait-deux-fois", ["28 000"]),
        (
            "En quelle année le prix de l'innovation sociale a-t-il été obtenu par Le Bois de Deux "
            "Mains ?",
            "le-bois-de-deux-mains",
            ["2017"],
        ),
        # a share of disabled staff, stated as a share ('6% des salariés … handicap')
        ("What share of Synapse 3i's staff are disabled?", "synapse-3i", ["6%"]),
        ("Quelle part des salariés de Synapse 3i est handicapée ?", "synapse-3i", ["6%"]),
    ],
)
def test_a_plan_the_fiche_fills_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: list[str]
) -> None:
    answer = answer_to(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert all(s in answer.answer for s in said), answer.answer


@pytest.mark.parametrize(
    "history_question", ["Quelle structure rénove des jouets ?", "Who repairs old toys?"]
)
@pytest.mark.parametrize(
    "question", ["elle a ouvert quand ?", "when did it open?", "what year did it open its doors?"]
)
def test_an_opening_is_dated_by_the_start_of_the_action(
    fake_engine: Engine, history_question: str, question: str
) -> None:
    history = [
        {"role": "user", "content": history_question},
        {"role": "assistant", "content": "La Remise Enjouée, à Villeneuve d'Ascq."},
    ]
    answer = answer_to(fake_engine, question, history)
    assert not answer.abstained and "2021" in answer.answer


def test_a_name_met_only_through_another_names_words_is_not_named(fake_engine: Engine) -> None:
    mentioned = fake_engine.mentions.mentioned
    assert mentioned("Quel était le budget du Bois de Deux Mains ?") == ["le-bois-de-deux-mains"]
    both = mentioned("Il était deux fois et Le Bois de Deux Mains travaillent-ils ensemble ?")
    assert set(both) == {"il-etait-deux-fois", "le-bois-de-deux-mains"}


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Y a quelles initiatives dans le 59 ?", "la-remise-enjouee"),
        ("Dans la Somme, c'est lesquelles les structures ?", "synapse-3i"),
        ("Les structures de l'Aisne, lesquelles sont-ce ?", "les-copains-de-thierache"),
    ],
)
def test_a_list_asked_of_a_place_alone_is_not_refused(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = answer_to(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    "question",
    [
        "Combien de tonnes au total pour les structures de l'Oise ?",
        "What tonnage do the structures in the Oise handle in total?",
    ],
)
def test_an_aggregate_no_structure_states_cites_the_nearest_fact(
    fake_engine: Engine, question: str
) -> None:
    answer = answer_to(fake_engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer
    oise = "association-des-producteurs-des-vallees-de-l-oise"
    assert all(c.fiche_id == oise for c in answer.citations)
