"""The question plan, by class of question: synthetic questions, names learnt from the real
booklet (the mention detector), no model and no retrieval."""

from __future__ import annotations

import pytest

from livret_qa.answering.plan import years_of_part
from livret_qa.answering.planner import split_parts
from livret_qa.parsing.corpus import Corpus


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        # figures: a measure named in the booklet's words or a synonym
        ("Combien de bénévoles compte VESTALI ?", "figure", "measure:benevoles"),
        ("How many volunteers does Synapse 3i have?", "figure", "measure:benevoles"),
        (
            "Quel est le chiffre d'affaires des Copains de Thiérache ?",
            "figure",
            "measure:chiffre_affaires",
        ),
        ("budget vestali", "figure", "measure:budget"),
        # people: the role asked, not whoever the contact is
        ("Qui préside Synapse 3i ?", "person", "role:president"),
        ("What about the chairs Le Bois de Deux Mains made?", "fact", ""),
        ("Who is the director of VESTALI?", "person", "role:director"),
        ("Qui dirige Le Bois de Deux Mains ?", "person", "role:leader"),
        # events: when something happened, never opening hours
        ("Quand Il était deux fois a-t-elle ouvert sa boutique ?", "date", "event:opening"),
        ("In what year was VESTALI set up?", "date", "event:creation"),
        # kinds of fact fiches do not hold as fields
        ("Quels sont les horaires d'ouverture de VESTALI ?", "unstated", "unstated:hours"),
        ("How much does a basket cost at Le Jardin de Cocagne?", "unstated", "unstated:price"),
        # identity and contact fields
        ("Quel est le SIRET de Synapse 3i ?", "field", "field:siret"),
        ("What is VESTALI's e-mail address?", "field", "field:email"),
        ("Où se trouve La Remise Enjouée ?", "field", "field:address"),
        # a structure that earns has a turnover; people who earn have a wage
        ("How much does Le Bois de Deux Mains earn?", "figure", "measure:chiffre_affaires"),
        ("How much did VESTALI earn in 2019?", "figure", "measure:chiffre_affaires"),
        ("What do the employees at VESTALI earn?", "unstated", "unstated:salary"),
        ("How much do the staff at Le Bois de Deux Mains earn?", "unstated", "unstated:salary"),
        # the size of a team is its headcount, not a floor area
        ("how big is the Synapse 3i team?", "figure", "measure:salaries"),
        ("quelle est la taille de l'équipe de VESTALI ?", "figure", "measure:salaries"),
        ("how many people are on the team at La Remise Enjouée?", "figure", "measure:salaries"),
        ("How big is the VESTALI building?", "figure", "measure:surface"),
    ],
)
def test_what_a_question_asks(plan, question: str, intent: str, attribute: str) -> None:
    part = plan(question).parts[0]
    assert (part.intent, part.attribute) == (intent, attribute)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Quelles structures réparent des meubles ?", "list"),
        ("Which organisations collect unsold food?", "list"),
        ("des associations qui accompagnent des femmes", "list"),
        ("Qui propose des ateliers de cuisine ?", "list"),
        ("Nous voulons ouvrir une ressourcerie dans un village, qui fait pareil ?", "similar"),
        ("projet atelier vélo au village, qui fait ça ?", "similar"),
        ("bike kitchen project for students, anyone doing this?", "similar"),
        # a founder's département is no part of a structure's name it shares words with
        ("Avec des maraîchers de l'Oise on veut un drive fermier, qui fait déjà ça ?", "similar"),
        ("Quel est le budget des producteurs des vallées de l'Oise ?", "figure"),
        ("Combien de structures sont dans le Nord ?", "aggregate"),
        ("Comment Synapse 3i efface-t-elle les disques durs ?", "fact"),
    ],
)
def test_the_shape_of_answer(plan, question: str, intent: str) -> None:
    assert plan(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        ("Where did Synapse 3i open its first shop?", "date", "event:opening"),
        ("Où VESTALI s'est-elle installée ?", "date", "event:move"),
        ("Where is Le Jardin de Cocagne de la Haute Borne?", "field", "field:address"),
        ("où est-elle ?", "field", "field:address"),
        ("Where does Le Bois de Deux Mains get its wood from?", "fact", ""),
    ],
)
def test_where_questions(plan, question: str, intent: str, attribute: str) -> None:
    part = plan(question).parts[0]
    assert (part.intent, part.attribute) == (intent, attribute)


def test_a_long_project_description_is_a_similar_question(plan) -> None:
    text = " ".join(["Nous habitons un petit village et nous aimerions créer un lieu."] * 6)
    assert plan(text).intent == "similar"


def test_a_named_structure_makes_a_list_frame_a_fact(plan) -> None:
    p = plan("Qui fait les paniers chez VESTALI ?")
    assert p.targets == ["vestali"] and p.target_source == "named" and p.intent != "list"


def test_places_years_and_scope_are_constraints(plan) -> None:
    p = plan("Quel budget en 2022 pour les structures du Pas-de-Calais au niveau national ?")
    assert p.departements == ["62"] and p.years == [2022] and p.national


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Quand VESTALI a-t-elle été créée et qui la dirige ?", 2),
        ("When was Synapse 3i founded, and how many members does it have?", 2),
        ("Quelles structures recyclent des jouets et des livres ?", 1),
        ("Qui dirige VESTALI ?", 1),
        # questions listed with commas, then 'et' / 'and'
        ("Où est Le Bois de Deux Mains, qui le dirige et combien a-t-il de bénévoles ?", 3),
        ("When was VESTALI created, where is it and who runs it?", 3),
        ("La Remise Enjouée : adresse, directrice et budget ?", 3),
        ("Le Bois de Deux Mains : statut, date de création, nombre d'adhérents ?", 3),
        ("Synapse 3i: status, founding year, staff?", 3),
        # a comma before anything else stays inside the question
        ("Quelles sont les structures de l'Aisne, qui font du réemploi ?", 1),
        ("Quel est le budget, en 2019, de VESTALI ?", 1),
        ("Quelles structures, dans le Nord, vendent des jouets ?", 1),
        ("Bonjour, qui dirige Synapse 3i ?", 1),
        ("Le budget 2020 de VESTALI, c'est combien ?", 1),
    ],
)
def test_two_questions_in_one(question: str, parts: int) -> None:
    assert len(split_parts(question)) == parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        # names set before the question are its subject, not a question of their own
        ("VESTALI et Synapse 3i, laquelle a le plus de salariés ?", 1),
        ("Il était deux fois and La Remise Enjouée: which one has more volunteers?", 1),
        ("VESTALI et Synapse 3i, qui les dirige et quel est leur budget ?", 2),
        # a piece that asks something in other words stays a part of its own
        ("Tell me about VESTALI and its budget", 2),
        ("Le panier de la mer 62 c'est où exactement, et c'est qui la directrice ?", 2),
    ],
)
def test_names_set_before_the_question_stay_in_it(plan, question: str, parts: int) -> None:
    assert len(plan(question).parts) == parts


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (
            "Quand et par qui a été créée VESTALI ?",
            [("date", "event:creation"), ("person", "role:founder")],
        ),
        (
            "When and by whom was Synapse 3i founded?",
            [("date", "event:creation"), ("person", "role:founder")],
        ),
        (
            "qui et quand a lancé Le Bois de Deux Mains ?",
            [("person", "role:founder"), ("date", "event:launch")],
        ),
        # one question word: one part
        ("Quand a été créée VESTALI ?", [("date", "event:creation")]),
    ],
)
def test_two_question_words_sharing_one_question_ask_it_twice(plan, question: str, asks) -> None:
    """'Quand et par qui …' answered the date only: each question word asks the rest."""
    assert [(p.intent, p.attribute) for p in plan(question).parts] == asks


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("Who founded VESTALI and when?", "event:creation"),
        ("Qui a créé Synapse 3i et quand ?", "event:creation"),
        ("La Remise Enjouée a ouvert sa boutique, mais quand ?", "event:opening"),
        ("Qui dirige Synapse 3i et quand ?", "event:any"),  # no event named: any date
    ],
)
def test_a_bare_when_asks_the_date_of_the_event_the_question_names(
    plan, question: str, event: str
) -> None:
    """'Who founded VESTALI and when?' gave the action's start date, not the founding year."""
    assert plan(question).parts[-1].attribute == event


def test_later_parts_keep_the_named_structure(plan) -> None:
    p = plan("Quand VESTALI a-t-elle été créée et qui la dirige ?")
    assert [x.intent for x in p.parts] == ["date", "person"] and p.targets == ["vestali"]


LIST_TURNS = [
    {"role": "user", "content": "Quelles structures utilisent le logiciel CAP3C ?"},
    {"role": "assistant", "content": "2 structures : Synapse 3i et Il était deux fois."},
]


def test_plural_follow_up_targets_every_structure_of_the_last_answer(plan) -> None:
    p = plan("et leur budget ?", LIST_TURNS)
    assert p.followup and p.targets == ["synapse-3i", "il-etait-deux-fois"]
    assert p.parts[0].attribute == "measure:budget"


def test_singular_and_ordinal_follow_ups_target_one(plan) -> None:
    assert plan("qui la dirige ?", LIST_TURNS).targets == ["synapse-3i"]
    second = plan("where is the second one?", LIST_TURNS)
    assert second.targets == ["il-etait-deux-fois"] and second.parts[0].attribute == (
        "field:address"
    )


def test_a_structure_named_alone_inherits_the_previous_attribute(plan) -> None:
    turns = [
        {"role": "user", "content": "Combien de bénévoles compte Le Bois de Deux Mains ?"},
        {"role": "assistant", "content": "Le Bois de Deux Mains : 30 bénévoles."},
    ]
    p = plan("et VESTALI ?", turns)
    assert p.targets == ["vestali"] and p.parts[0].attribute == "measure:benevoles"


def test_a_place_alone_narrows_a_list_or_reasks_a_placed_question(plan) -> None:
    narrowed = plan("lesquelles sont dans le Pas-de-Calais ?", LIST_TURNS)
    assert narrowed.narrow and narrowed.targets == ["synapse-3i", "il-etait-deux-fois"]
    assert narrowed.departements == ["62"]
    turns = [
        {"role": "user", "content": "Qui fait du réemploi dans le Nord ?"},
        {"role": "assistant", "content": "La Remise Enjouée."},
    ]
    reasked = plan("et dans le Pas-de-Calais ?", turns)
    # (the last question's place is no word to search in the new one)
    assert reasked.query == "Qui fait du réemploi dans le ?"
    assert reasked.departements == ["62"] and not reasked.narrow


def test_a_new_list_question_keeps_no_focus(plan) -> None:
    p = plan("Quelles structures recyclent des textiles ?", LIST_TURNS)
    assert p.targets == [] and not p.followup


def test_an_abstention_naming_every_structure_focuses_on_none(plan, corpus: Corpus) -> None:
    everyone = ", ".join(f.name for f in corpus.fiches)
    turns = [
        {"role": "user", "content": "Y a-t-il une ressourcerie à Rouen ?"},
        {"role": "assistant", "content": f"Le livret ne le dit pas. Il présente {everyone}."},
    ]
    assert plan("et leur budget ?", turns).targets == []


def test_the_plan_travels_as_plain_data(plan) -> None:
    data = plan("Combien de bénévoles compte VESTALI ?").to_dict()
    assert data["parts"][0]["expected"] == "number" and data["targets"] == ["vestali"]


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("Quels sont les freins rencontrés par VESTALI ?", "section:obstacles"),
        ("What are the levers used by Synapse 3i?", "section:levers"),
        ("Quel est le défi de La Remise Enjouée ?", "section:challenge"),
    ],
)
def test_a_section_of_the_fiche_asked(plan, question: str, attribute: str) -> None:
    assert plan(question).parts[0].attribute == attribute


@pytest.mark.parametrize(
    ("question", "attribute", "noun"),
    [
        ("How much did Synapse 3i spend?", "measure:budget", ""),
        ("What's the annual budget of VESTALI?", "measure:budget", ""),
        ("How many masks did VESTALI make?", "", "masks"),
        ("Combien de paniers vend Le Jardin de Cocagne ?", "", "paniers"),
    ],
)
def test_what_a_figure_question_counts(plan, question: str, attribute: str, noun: str) -> None:
    part = plan(question).parts[0]
    assert (part.intent, part.attribute, part.noun) == ("figure", attribute, noun)


def test_acronyms_are_spelt_out_in_the_query(plan) -> None:
    assert "atelier chantier d'insertion" in plan("Which structures have an ACI approval?").query


def test_the_email_of_a_role_asks_the_field(plan) -> None:
    part = plan("What is the e-mail of the director of VESTALI?").parts[0]
    assert (part.intent, part.attribute) == ("field", "field:email")


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("What does the Panier de la Mer of Dunkerque do?", ["Dunkerque"]),
        ("Y a-t-il une ressourcerie à Rouen ?", ["Rouen"]),
        ("Quels sont les projets des Copains de Thiérache ?", []),  # a name, not a place
        ("Quelles structures du Pas-de-Calais recyclent ?", []),  # a département: its own filter
        ("Which structures got money from CIGALES?", []),  # an acronym names an organisation
    ],
)
def test_places_named(plan, question: str, places: list[str]) -> None:
    assert plan(question).places == places


def test_a_name_is_not_a_counted_noun(plan) -> None:
    assert plan("What is the number of VESTALI?").parts[0].noun == ""


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Which is older, VESTALI or Le Panier de la Mer 62?", "en"),
        ("Le Panier de la Mer 62 ou VESTALI, laquelle est la plus ancienne ?", "fr"),
    ],
)
def test_the_language_is_read_without_the_names(plan, question: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert plan(question).lang == lang


@pytest.mark.parametrize(
    "question",
    [
        "VESTALI vend quoi comme vêtements ?",
        "Qu'est-ce que Synapse 3i récupère comme matériel ?",
        "Les Copains de Thiérache ont quoi comme partenaires ?",
        "le bois de deux mains fabrique quoi comme meubles",
        "I would like to know what La Remise Enjouée sells",
        "What does Il était deux fois look like?",
    ],
)
def test_comme_or_like_asking_for_a_kind_is_no_similar_question(plan, question: str) -> None:
    """'quoi comme …' asks what kind of thing, 'would like' wants: the structure named is
    asked about, not taken as the model of a project."""
    assert plan(question).intent != "similar"


@pytest.mark.parametrize(
    "question",
    ["Des structures comme VESTALI ?", "other initiatives like Synapse 3i?"],
)
def test_comme_or_like_before_a_structure_still_asks_for_similar_ones(plan, question: str) -> None:
    assert plan(question).intent == "similar"


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        (
            "les copains de thiérache c'est quoi leur chiffre d'affaire ?",
            "measure:chiffre_affaires",
        ),
        ("vestali c est quoi son budget 2019", "measure:budget"),
        ("et synapse 3i c'était quoi leur effectif ?", "measure:salaries"),
        ("le panier de la mer c'est quoi leur tonnage de poisson", "measure:tonnage"),
    ],
)
def test_a_spoken_what_is_frame_asks_for_the_figure_named(
    plan, question: str, attribute: str
) -> None:
    """'c'est quoi leur budget' is 'quel est leur budget' said aloud, however long the rest."""
    part = plan(question).parts[0]
    assert (part.intent, part.attribute) == ("figure", attribute)


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("slt c koi le budget de vestali", "measure:budget"),
        ("bonjour, le nombre de bénévoles de synapse 3i svp", "measure:benevoles"),
        ("hi, budget of La Remise Enjouée please? thx", "measure:budget"),
        ("coucou c quoi le tonnage du panier de la mer 62", "measure:tonnage"),
    ],
)
def test_greetings_and_chat_frames_do_not_hide_the_figure_asked(
    plan, question: str, attribute: str
) -> None:
    """A greeting asks nothing: 'slt c koi le budget' is as short as 'le budget ?'."""
    part = plan(question).parts[0]
    assert (part.intent, part.attribute) == ("figure", attribute)


@pytest.mark.parametrize(
    "question",
    [
        "est ce que les copains de thierache louent des velos",
        "est ce que vestali recupere des tissus",
        "ont ils un atelier en thierache",
        "le jardin de cocagne propose t il des paniers bio",
    ],
)
def test_a_yes_no_question_typed_without_its_marks_is_no_project(plan, question: str) -> None:
    """Without '?' nor hyphens a yes/no question still asks: the activity it names is what is
    asked of a structure, not a project to match."""
    assert plan(question).intent != "similar"


@pytest.mark.parametrize(
    "question",
    [
        "Je veux réparer des vélos en Thiérache avec des copains",
        "je veux monter une recyclerie de jouets pour les enfants du quartier",
    ],
)
def test_a_project_statement_stays_a_project(plan, question: str) -> None:
    assert plan(question).intent == "similar"


@pytest.mark.parametrize(
    ("question", "years"),
    [
        # a year inside one part binds that part only
        ("Le Bois de Deux Mains : budget 2019 et nombre de bénévoles ?", [[2019], []]),
        ("What was Synapse 3i's budget in 2021 and who runs it?", [[2021], []]),
        # a year set before the whole question, or in every part, binds every part
        ("En 2020, quel budget et combien de salariés pour La Remise Enjouée ?", [[2020], [2020]]),
        ("In 2019, how many members and how many volunteers did VESTALI have?", [[2019], [2019]]),
    ],
)
def test_a_year_binds_the_part_it_is_written_in(plan, question: str, years) -> None:  # type: ignore[no-untyped-def]
    p = plan(question)
    assert [years_of_part(p, part) for part in p.parts] == years


@pytest.mark.parametrize(
    ("question", "overview"),
    [
        # two structures set side by side with nothing asked: what each one is
        ("Compare La Remise Enjouée and Le Bois de Deux Mains", True),
        ("quelle différence entre VESTALI et Synapse 3i ?", True),
        ("What's the difference between Il était deux fois and La Remise Enjouée?", True),
        ("Comparer Les Copains de Thiérache et Le Jardin de Cocagne", True),
        # something asked of both: that thing
        ("Compare the budgets of VESTALI and Synapse 3i", False),
        ("Quelle différence de budget entre VESTALI et Synapse 3i ?", False),
    ],
)
def test_two_structures_compared_with_nothing_asked_are_each_described(
    plan, question: str, overview: bool
) -> None:  # type: ignore[no-untyped-def]
    p = plan(question)
    assert len(p.targets) == 2
    assert (p.parts[0].attribute == "overview:structure") is overview


@pytest.mark.parametrize(
    ("question", "overview"),
    [
        # the overview frame typed after the name
        ("Les Copains de Thiérache, c'est quoi ?", True),
        ("Le Bois de Deux Mains, what is it?", True),
        ("la remise enjouee ca fait quoi", True),
        # an attribute asked the same way stays that attribute
        ("Le budget de Synapse 3i, c'est quoi ?", False),
        ("L'adresse de VESTALI c'est quoi ?", False),
    ],
)
def test_an_overview_asked_after_the_name(plan, question: str, overview: bool) -> None:  # type: ignore[no-untyped-def]
    assert (plan(question).parts[0].attribute == "overview:structure") is overview
