"""A list asking for a kind of activity, sector or public that few structures have ('click &
collect qui ?', 'des paniers solidaires', 'upholstery workshops', 'who works with women?'):
the facet tables read it in the question, synonyms and both languages included, and the list
holds the structures whose fiche states it — those the search ranked lower included, not those
that qualified on other words. Synthetic questions, French and English, clean and telegraphic;
the expected structures are read from the facet tables, never written down."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import SHARED_TOPIC_MAX, ask
from livret_qa.answering.list_scope import (
    holds_values,
    keywords_of_shared_value,
    topic_values,
    worded_as_asked,
)
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


def holders(engine: Engine, kind: str) -> set[str]:
    values = topic_values(engine, kind, max_holders=SHARED_TOPIC_MAX)
    assert values, kind
    return {f.id for f in engine.corpus.fiches if holds_values(engine, f.id, values)}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quelles structures font du click and collect ?", "click and collect"),
        ("click & collect qui ?", "click and collect"),
        ("click and collect ?", "click and collect"),
        ("Who sells online?", "online"),
        ("Qui vend en ligne ?", "en ligne"),
        ("vente sur internet, qui ?", "en ligne"),
        (
            "Who lets you order second-hand goods online, then collect them in the shop?",
            "click and collect",
        ),
        ("Quelles structures font de la tapisserie ?", "tapisserie"),
        ("Which projects process fish?", "fish"),
    ],
)
@pytest.mark.slow
def test_a_rare_kind_of_activity_lists_every_structure_stating_it(
    engine: Engine, question: str, kind: str
) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.abstain_reason
    assert {s.fiche_id for s in answer.structures} == holders(engine, kind)


@pytest.mark.slow
def test_online_sales_of_a_kind_of_goods_are_those_of_online_sellers(engine: Engine) -> None:
    """'Qui vend en ligne des objets d'occasion ?': of those selling online (click and
    collect is one way of it), at least those offering click and collect for their goods."""
    answer = ask(engine, "Qui vend en ligne des objets d'occasion ?")
    listed = {s.fiche_id for s in answer.structures}
    assert holders(engine, "click and collect") <= listed <= holders(engine, "en ligne")


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures distribuent des paniers solidaires ?",
        "Quelles associations vendent des paniers solidaires ?",
    ],
)
def test_a_kind_asked_in_words_several_fiches_write_holds_those_fiches(
    engine: Engine, question: str
) -> None:
    values = topic_values(engine, "paniers solidaires", max_holders=SHARED_TOPIC_MAX)
    worded = worded_as_asked(engine, "paniers solidaires", values)
    assert len(worded) >= 2
    answer = ask(engine, question)
    assert {s.fiche_id for s in answer.structures} == worded


@pytest.mark.parametrize(
    ("phrase", "one_word"),
    [("paniers solidaires", "alimentaire"), ("click and collect", "online")],
)
def test_a_value_named_by_one_word_binds_no_wording(
    fake_engine: Engine, phrase: str, one_word: str
) -> None:
    values = topic_values(fake_engine, phrase)
    assert worded_as_asked(fake_engine, phrase, values)
    assert not worded_as_asked(fake_engine, one_word, topic_values(fake_engine, one_word))


@pytest.mark.parametrize(
    "keywords", ["click and collect ?", "vente en ligne", "upholstery", "paniers solidaires ?"]
)
def test_keywords_naming_a_value_several_structures_share_ask_for_them(
    fake_engine: Engine, keywords: str
) -> None:
    assert keywords_of_shared_value(fake_engine, keywords, SHARED_TOPIC_MAX)


@pytest.mark.parametrize(
    "question", ["Est-ce que VESTALI fait du click and collect ?", "budget", "poisson"]
)
def test_a_question_or_a_value_one_structure_has_asks_no_list(
    fake_engine: Engine, question: str
) -> None:
    assert not keywords_of_shared_value(fake_engine, question, SHARED_TOPIC_MAX)


@pytest.mark.parametrize(
    ("text", "is_list"),
    [
        ("click & collect qui ?", True),
        ("paniers solidaires, qui ?", True),
        ("bike repair, who?", True),
        ("Le directeur de VESTALI, c'est qui ?", False),
        ("the manager is who?", False),
    ],
)
def test_a_topic_typed_before_who_asks_which_structures(text: str, is_list: bool) -> None:
    assert bool(lx.LIST_FRAME.search(fold(text))) is is_list


# -- which structures state a figure ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Which structures give a number of volunteers?", "benevoles"),
        ("Quelles structures indiquent leur nombre de bénévoles ?", "benevoles"),
        ("Quelles fiches donnent un chiffre d'affaires ?", "chiffre_affaires"),
        ("Which structures state how many members they have?", "adherents"),
    ],
)
def test_which_structures_state_a_figure_lists_those_stating_it(
    fake_engine: Engine, question: str, measure: str
) -> None:
    from livret_qa.answering.plan import PlanPart
    from livret_qa.answering.planner import plan_question
    from livret_qa.answering.slots import Found, SlotFiller

    plan = plan_question(question, [], fake_engine.mentions, len(fake_engine.corpus.fiches))
    assert plan.parts[0].attribute == f"measure:{measure}"
    filler = SlotFiller(fake_engine, plan)
    part = PlanPart(question, "figure", f"measure:{measure}")
    stating = {f.id for f in fake_engine.corpus.fiches if isinstance(filler.fill(part, f), Found)}
    assert 0 < len(stating) < len(fake_engine.corpus.fiches) or measure == "chiffre_affaires"
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert {s.fiche_id for s in answer.structures} == stating


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget des structures du Nord ?",
        "What is the budget of the structures in the Aisne?",
    ],
)
def test_the_figure_of_each_structure_of_a_place_lists_them_all(
    fake_engine: Engine, question: str
) -> None:
    code = "59" if "Nord" in question else "02"
    there = {f.id for f in fake_engine.corpus.fiches if f.contact.departement_code == code}
    assert {s.fiche_id for s in ask(fake_engine, question).structures} == there


@pytest.mark.parametrize(
    "keywords", ["amiens orgs", "fish orgs?", "boulogne sur mer groups", "textile companies"]
)
def test_keywords_with_a_collective_plural_ask_for_a_list(keywords: str) -> None:
    assert lx.LIST_FRAME.search(fold(keywords))


@pytest.mark.parametrize("keywords", ["amiens orgs", "liévin assos", "guise orgs ?"])
def test_a_town_typed_in_lowercase_with_a_collective_lists_the_structures_there(
    fake_engine: Engine, keywords: str
) -> None:
    town = fold(keywords.split()[0])
    there = {f.id for f in fake_engine.corpus.fiches if fold(f.contact.town) == town}
    answer = ask(fake_engine, keywords)
    assert there <= {s.fiche_id for s in answer.structures}


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures donnent une seconde vie aux objets ?",
        "Which initiatives give objects a second life?",
        "structures qui offrent une nouvelle vie aux objets",
        "Who gives things a second life?",
    ],
)
def test_giving_objects_a_second_life_is_the_re_use_theme(
    fake_engine: Engine, question: str
) -> None:
    from livret_qa.answering.list_scope import theme_alone

    assert theme_alone(question, []) == "Le réemploi"
    theme = {f.id for f in fake_engine.corpus.fiches if f.theme == "Le réemploi"}
    assert {s.fiche_id for s in ask(fake_engine, question).structures} == theme


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures donnent une seconde vie au bois ?",
        "Who gives a second life to computers?",
    ],
)
def test_a_second_life_given_to_one_thing_is_a_topic(question: str) -> None:
    from livret_qa.answering.list_scope import theme_alone

    assert theme_alone(question, []) == ""


# -- kinds a list gathers (lexicon LIST_KINDS) ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Which structures collect from municipal waste centres?", "decheterie"),
        ("Qui récupère du bois en déchèterie ?", "decheterie"),
        ("Quelles structures reçoivent des fonds européens ?", "fonds_europeens"),
        ("Which ones get EU funding?", "fonds_europeens"),
        ("financées par le FEDER", "fonds_europeens"),
        ("Quelles structures manquent de locaux ?", "manque_locaux"),
        ("Which organisations lack premises?", "manque_locaux"),
        ("des locaux trop petits", "manque_locaux"),
        ("Who works with eco-organisations?", "eco_organisme"),
        ("Which ones collect at local tips?", "decheterie"),
        ("qui fait des paniers solidair", "paniers_solidaires"),
        ("Which projects sell solidarity veg boxes?", "paniers_solidaires"),
        ("who offers cheaper food baskets to poor families", "paniers_solidaires"),
    ],
)
def test_a_kind_is_read_in_either_language(text: str, kind: str) -> None:
    assert lx.LIST_KINDS[kind].search(fold(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("en cherchant des cofinancements locaux", "manque_locaux"),
        ("la Métropole Européenne de Lille", "fonds_europeens"),
        ("le réseau européen de lutte contre la pauvreté", "fonds_europeens"),
    ],
)
def test_a_kind_is_not_read_in_words_that_only_share_a_form(text: str, kind: str) -> None:
    assert not lx.LIST_KINDS[kind].search(fold(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quelles structures récupèrent des objets dans les déchèteries ?", "déchetteries"),
        ("Which structures collect from municipal waste centres?", "déchetteries"),
        ("Which ones get EU funds?", "fonds européens"),
        ("Quelles structures manquent de locaux ?", "manque de locaux"),
        ("Which organisations lack premises?", "manque de locaux"),
    ],
)
def test_a_list_of_a_kind_holds_every_fiche_writing_one_of_its_forms(
    engine: Engine, question: str, kind: str
) -> None:
    values = topic_values(engine, kind)
    assert values
    expected = {f.id for f in engine.corpus.fiches if holds_values(engine, f.id, values)}
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert {s.fiche_id for s in answer.structures} == expected


def _writing(engine: Engine, kind: str) -> set[str]:
    """The fiches stating the kind as done (kind_stated.py: an aim, 'se donne pour objectif de
    se rapprocher des déchetteries', is no use of them)."""
    from livret_qa.answering.kind_stated import states_kind

    pattern = lx.LIST_KINDS[kind]
    sources = engine.corpus.sources
    return {
        f.id
        for f in engine.corpus.fiches
        if states_kind(fold(sources[f.source][f.span.start : f.span.end]), pattern)
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Which structures sell solidarity baskets?",
        "solidarity food baskets, who hands them out?",
        "qui fait des paniers solidair",
        "Quelles associations vendent des paniers solidaires aux familles modestes ?",
    ],
)
def test_solidarity_baskets_are_those_fiches_writing_them_not_every_form_of_food_aid(
    engine: Engine, question: str
) -> None:
    writing = _writing(engine, "paniers_solidaires")
    assert len(writing) >= 2
    assert {s.fiche_id for s in ask(engine, question).structures} == writing


@pytest.mark.slow
def test_a_thing_named_inside_the_kind_asked_narrows_nothing(engine: Engine) -> None:
    # 'household' is a word of 'household waste centres', not a thing of its own
    question = "Which structures take things to household waste centres?"
    assert {s.fiche_id for s in ask(engine, question).structures} == _writing(engine, "decheterie")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("des jouets d'occaz", "des jouets d'occasion"),
        (
            "kel asso vend des vélos d'occaz ds l'Aisne",
            "quel association vend des vélos d'occasion dans l'Aisne",  # clipped noun too
        ),
    ],
)
def test_a_chat_spelling_after_an_elision_is_read(typed: str, read: str) -> None:
    assert lx.unabbreviated(typed) == read


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Qui vend des paniers solidaires aux ménages modestes ?",
        "Quelles structures proposent des paniers solidaires aux foyers à petits revenus ?",
    ],
)
def test_whom_a_kind_is_for_said_otherwise_is_no_absence(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.abstain_reason
    assert {s.fiche_id for s in answer.structures} == _writing(engine, "paniers_solidaires")


def test_structures_the_search_did_not_reach_are_found_in_one_search(
    fake_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Performance: the fiches a list holds that the search did not reach get their passages
    from one search within all of them, not one search per fiche."""
    from livret_qa.answering.compose import Composer

    composer = Composer(fake_engine, "Which structures give a number of volunteers?", [], None)
    composer.result.structures = composer.result.structures[:1]  # the others not reached
    calls: list[object] = []
    search = fake_engine.search

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(kwargs.get("filters"))
        return search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fake_engine, "search", counted)
    ids = [f.id for f in fake_engine.corpus.fiches]
    hits = composer._hits(ids)
    assert {h.fiche_id for h in hits} == set(ids)
    assert len(calls) <= 2


@pytest.mark.parametrize(
    "question",
    [
        "Which structures give a tonnage?",
        "Quelles structures indiquent un tonnage ?",
        "Which ones report a budget?",
    ],
)
def test_which_structures_state_a_measure_asks_the_figure_of_each(question: str) -> None:
    from livret_qa.answering.planner import plan_part

    assert plan_part(question, False).intent == "figure"
