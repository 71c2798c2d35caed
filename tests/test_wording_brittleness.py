"""The answer decision must not hang on the wording of the tuning sets: the same question in
everyday words, or in the other language, gets the same decision (answered or refused) and the
same structures. One class per test group, synthetic phrases in French and English, and the
neighbours each change must leave as they were."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering import abstention, acronym, list_scope, relative_year, stating_list
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

FOOD = "L'alimentation durable"


def _turns(*texts: str) -> list[dict[str, str]]:
    roles = ("user", "assistant")
    return [{"role": roles[i % 2], "content": t} for i, t in enumerate(texts)]


def _named(engine: Engine, question: str, history: list[dict[str, str]] | None = None) -> set[str]:
    answer = ask(engine, question, history or [])
    return set() if answer.abstained else {s.fiche_id for s in answer.structures}


# -- a budget asked in everyday words -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "la remise enjouée elle a combien de sous ?",
        "ça tourne avec combien de fric ?",
        "ils ont combien d'argent chacun ?",
        "elle dispose de combien de pognon ?",
        "how much cash does VESTALI have?",
    ],
)
def test_money_in_everyday_words_asks_the_budget(text: str) -> None:
    assert asked_attribute(text)[1] == "measure:budget"


@pytest.mark.parametrize(
    "text",
    [
        "combien de sous-traitants ?",  # 'sous' as a prefix
        "qui donne de l'argent à VESTALI ?",  # who funds it, not how much
        "who gives money to VESTALI?",
        "combien de blé produisent-ils ?",  # wheat, not money
    ],
)
def test_neighbours_of_money_words_keep_their_reading(text: str) -> None:
    assert asked_attribute(text)[1] != "measure:budget"


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("la remise enjouée elle a combien de sous ?", "260 000"),
        ("VESTALI ça tourne avec combien de fric ?", "878 296"),
        ("how much cash does VESTALI have?", "878"),
    ],
)
def test_a_budget_in_everyday_words_is_answered(
    fake_engine: Engine, question: str, figure: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained
    assert figure in answer.answer


# -- a year named relative to the last answer ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "last", "read"),
    [
        ("et l'année d'après ?", "160 000 € en 2020.", "et en 2021 ?"),
        ("et l'année suivante ?", "160 000 € en 2020.", "et en 2021 ?"),
        ("et l'année d'avant ?", "150 000 tonnes en 2020.", "et en 2019 ?"),
        ("et l'année précédente ?", "878 296 € (2019).", "et en 2018 ?"),
        ("and the year after that?", "About €800,000 (2021 forecast).", "and in 2022?"),
        ("what about the next year?", "More than 1,500 in 2020.", "what about in 2021?"),
        ("and the previous year?", "50 tonnes (2019).", "and in 2018?"),
    ],
)
def test_a_relative_year_is_read_as_the_year_it_names(question: str, last: str, read: str) -> None:
    history = _turns("le chiffre ?", last)
    assert relative_year.resolved(question, history) == read


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("et l'année d'après ?", []),  # nothing answered yet
        ("et l'année d'après ?", _turns("budget ?", "316 000 € (2021) ; 53 177 € en 2020")),
        ("et l'année d'après ?", _turns("budget ?", "Environ 800 000 €.")),  # no year
        ("et en 2021 ?", _turns("CA ?", "160 000 € en 2020.")),  # a year named already
        ("et leur budget ?", _turns("CA ?", "160 000 € en 2020.")),
    ],
)
def test_relative_year_neighbours_stay_as_typed(
    question: str, history: list[dict[str, str]]
) -> None:
    assert relative_year.resolved(question, history) == question


@pytest.mark.parametrize(
    "question", ["et l'année d'après ?", "and the year after that?", "what about the next year?"]
)
def test_a_figure_asked_for_the_next_year_is_refused(fake_engine: Engine, question: str) -> None:
    history = _turns(
        "Quel est le chiffre d'affaires des Copains de Thiérache ?",
        "Le chiffre d'affaires a atteint 160 000 € en 2020.",
    )
    assert ask(fake_engine, question, history).abstained


def test_the_figure_of_the_year_answered_is_still_given(fake_engine: Engine) -> None:
    history = _turns(
        "Quel est le chiffre d'affaires des Copains de Thiérache ?",
        "Le chiffre d'affaires a atteint 160 000 € en 2020.",
    )
    assert not ask(fake_engine, "et en 2020 ?", history).abstained


# -- list questions in spoken wording -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "y'a qui qui répare des vélos ?",
        "y a qui qui vend des jouets",
        "c'est qui qui est dans le 62 ?",
        "dans l'aisne y a quoi ?",
        "ya quoi dans la somme",
        "anything in the Somme?",
        "anyone doing repairs?",
        "on peut apprendre à cuisiner où ?",
        "je peux donner mes meubles où ?",
    ],
)
def test_spoken_list_frames_ask_every_structure(text: str) -> None:
    assert lx.LIST_FRAME.search(fold(lx.unabbreviated(text)))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("c'est qui qui répare des vélos ?", "qui répare des vélos ?"),
        ("y'a qui qui vend des jouets", "qui vend des jouets"),
        ("et c'est qui qui dirige ?", "et qui dirige ?"),
        ("Y a qui qui est dans le 62 ?", "qui est dans le 62 ?"),
    ],
)
def test_the_spoken_doubled_who_is_read_as_who(typed: str, read: str) -> None:
    assert lx.unabbreviated(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "anything for holidaymakers?",  # after one structure: asked of it
        "and do they do anything for tourists?",
        "c'est quoi le budget de VESTALI ?",
        "on peut les appeler ?",
    ],
)
def test_questions_of_one_structure_are_no_spoken_list_frame(text: str) -> None:
    assert not lx.LIST_FRAME.search(fold(lx.unabbreviated(text)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "c'est qui qui est dans le 62 ?",
            {"le-panier-de-la-mer-62", "il-etait-deux-fois", "vestali"},
        ),
        ("dans l'aisne y a quoi ?", {"les-copains-de-thierache", "le-bois-de-deux-mains"}),
        ("anything in the Aisne?", {"les-copains-de-thierache", "le-bois-de-deux-mains"}),
    ],
)
def test_spoken_list_questions_list_them_all(
    fake_engine: Engine, question: str, expected: set[str]
) -> None:
    assert _named(fake_engine, question) == expected


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("c'est qui le directeur de VESTALI ?", "vestali"),
        ("c'est qui qui dirige VESTALI ?", "vestali"),
        ("Who runs VESTALI?", "vestali"),
        ("la remise enjouée, y a quoi dans sa boutique ?", "la-remise-enjouee"),
    ],
)
def test_a_question_about_one_structure_stays_about_it(
    fake_engine: Engine, question: str, fiche: str
) -> None:
    assert _named(fake_engine, question) == {fiche}


# -- nouns that name no thing: a tie or a vague thing -------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Quelles initiatives ont un rapport avec le vélo ?",
        "qui va récupérer des trucs à la déchetterie ?",
        "Quelles structures ont un lien avec Emmaüs ?",
        "qui a un partenariat avec des déchetteries ?",
        "Quelles initiatives ont eu de l'argent du FIDESS ?",
    ],
)
def test_a_tie_or_a_vague_thing_is_not_required_of_a_fiche(
    fake_engine: Engine, question: str
) -> None:
    assert abstention.missing_together(question, fake_engine.mentions.vocab) is None
    assert _named(fake_engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures ont un rapport avec la méthanisation ?",
        "qui a un lien avec la méthanisation ?",
        "qui a eu de l'argent pour une éolienne ?",
    ],
)
def test_the_thing_tied_to_is_still_required(fake_engine: Engine, question: str) -> None:
    assert abstention.missing_together(question, fake_engine.mentions.vocab)
    assert ask(fake_engine, question).abstained


# -- words the booklet writes in another form or other words ------------------------------------
@pytest.mark.parametrize(
    "query", ["récupèrent bouquins", "collectent bouquins", "bouffe", "vendent fringues"]
)
def test_words_in_another_form_are_known(fake_engine: Engine, query: str) -> None:
    assert abstention.unknown_words(query, fake_engine.lexical_vocabulary) is None


@pytest.mark.parametrize("query", ["boulangerie", "méthanisation éolienne", "parachutent"])
def test_words_the_booklet_never_writes_stay_unknown(fake_engine: Engine, query: str) -> None:
    assert abstention.unknown_words(query, fake_engine.lexical_vocabulary)


# -- a theme named in everyday words, framed by 'autour de', 'around' ----------------------------
@pytest.mark.parametrize(
    "question",
    [
        "y a quoi comme projets autour de la bouffe locale ?",
        "y a quoi comme projets autour de l'alimentation durable ?",
        "what projects are there around sustainable food?",
        "quels projets dans le domaine de l'alimentation durable ?",
    ],
)
def test_a_theme_framed_in_spoken_words_is_the_theme_alone(question: str) -> None:
    assert list_scope.theme_alone(question, []) == FOOD


@pytest.mark.parametrize(
    "question",
    ["quels projets autour du vélo ?", "projects around second-hand clothes?"],
)
def test_a_topic_framed_the_same_way_names_no_theme(question: str) -> None:
    assert list_scope.theme_alone(question, []) == ""


def test_food_in_everyday_words_lists_the_food_theme(fake_engine: Engine) -> None:
    assert _named(fake_engine, "y a quoi comme projets autour de la bouffe locale ?") == {
        "association-des-producteurs-des-vallees-de-l-oise",
        "le-jardin-de-cocagne-de-la-haute-borne",
        "le-panier-de-la-mer-62",
        "les-copains-de-thierache",
    }


# -- a turnover or a full-time count asked without its label ------------------------------------
@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("il était deux fois a vendu pour combien en 2021 ?", "measure:chiffre_affaires"),
        ("ils vendent pour combien par an ?", "measure:chiffre_affaires"),
        ("how much does VESTALI sell in a year, in euros?", "measure:chiffre_affaires"),
        ("how many full-time staff at the grocery?", "measure:etp"),
        ("combien de salariés à temps plein ?", "measure:etp"),
        ("how many full time employees do they have?", "measure:etp"),
    ],
)
def test_a_measure_asked_in_everyday_words(text: str, measure: str) -> None:
    assert asked_attribute(text)[1] == measure


@pytest.mark.parametrize(
    "text",
    [
        "how many toys a week does the remise enjouee sell?",  # a count of things sold
        "how much does a basket sell for?",  # a price
        "combien de temps pour venir ?",
        "combien de salariés ?",
    ],
)
def test_neighbours_of_everyday_measures_keep_their_reading(text: str) -> None:
    assert asked_attribute(text)[1] not in ("measure:chiffre_affaires", "measure:etp")


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("il était deux fois a vendu pour combien en 2021 ?", False),  # only 2020 is given
        ("how much does VESTALI sell in a year, in euros?", False),  # no turnover given
        ("Les Copains de Thiérache ont vendu pour combien en 2020 ?", True),
        ("how many full-time staff at Les Copains de Thiérache?", False),  # headcount only
        ("combien de salariés à temps plein à la Remise Enjouée ?", True),  # 9 ETP
    ],
)
def test_everyday_measures_are_answered_or_refused_as_labelled_ones(
    fake_engine: Engine, question: str, answered: bool
) -> None:
    assert ask(fake_engine, question).abstained is not answered


# -- an acronym's meaning asked in everyday wording ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("alefpa, what does that mean?", "ALEFPA"),
        ("what does alefpa stand for?", "ALEFPA"),
        ("Alefpa? what does it stand for", "ALEFPA"),
        ("apes : ça veut dire quoi ?", "APES"),
        ("What does ALEFPA stand for?", "ALEFPA"),  # as before
    ],
)
def test_an_acronym_asked_in_everyday_wording(text: str, letters: str) -> None:
    assert acronym.asked_acronym(text) == letters


@pytest.mark.parametrize(
    "text", ["vestali, c'est quoi ?", "what does this mean?", "what does the ACI label mean?"]
)
def test_no_acronym_is_read_into_other_questions(text: str) -> None:
    assert acronym.asked_acronym(text) == ""


def test_an_acronym_in_lowercase_is_refused_as_unspelt(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "alefpa, what does that mean?")
    assert answer.abstained and "ALEFPA" in answer.answer


# -- a bound given as a round number in words -----------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("lesquelles ont plus d'une centaine de membres ?", "lesquelles ont plus de 100 membres ?"),
        ("plus d’une centaine d’adhérents", "plus de 100 adhérents"),
        ("moins d'une dizaine de salariés ?", "moins de 10 salariés ?"),
        ("au moins une vingtaine de bénévoles ?", "au moins 20 bénévoles ?"),
        ("which ones have more than a hundred members?", "which ones have more than 100 members?"),
        ("at least a dozen volunteers", "at least 12 volunteers"),
    ],
)
def test_a_round_bound_in_words_is_read_as_its_number(typed: str, read: str) -> None:
    assert lx.unabbreviated(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "une centaine de producteurs",  # no bound: a figure stated
        "ils ont une dizaine de bénévoles ?",
        "a hundred years ago",
        "over the years",
    ],
)
def test_round_numbers_without_a_bound_stay_as_typed(typed: str) -> None:
    assert lx.unabbreviated(typed) == typed


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles ont plus d'une centaine de membres ?",
        "which ones have more than a hundred members?",
    ],
)
def test_a_round_bound_lists_as_the_number_does(fake_engine: Engine, question: str) -> None:
    assert _named(fake_engine, question) == {
        "vestali",
        "le-jardin-de-cocagne-de-la-haute-borne",
        "le-panier-de-la-mer-62",
    }


# -- which structures state a figure, asked with 'qui' / 'who' and a verb of saying ---------------
@pytest.mark.parametrize(
    "text",
    [
        "qui donne des chiffres en tonnes ?",
        "qui indique un budget ?",
        "who says how many tonnes they do?",
        "who reports a turnover?",
    ],
)
def test_who_states_a_figure_asks_which_state_it(text: str) -> None:
    intent, attribute, _ = asked_attribute(text)
    assert stating_list.asks_which_state(fold(text), intent, attribute)


@pytest.mark.parametrize(
    "text",
    ["qui donne des ordinateurs ?", "who gives computers away?", "quel est le budget de VESTALI ?"],
)
def test_who_gives_a_thing_is_no_stating_list(text: str) -> None:
    intent, attribute, _ = asked_attribute(text) or ("fact", "", False)
    assert not stating_list.asks_which_state(fold(text), intent, attribute)


def test_who_says_how_many_tonnes_lists_every_fiche_stating_one(fake_engine: Engine) -> None:
    named = _named(fake_engine, "who says how many tonnes they do?")
    assert "vestali" in named and "la-remise-enjouee" in named
    assert "association-des-producteurs-des-vallees-de-l-oise" not in named
