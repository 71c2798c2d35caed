"""Lists over the whole booklet asked in everyday words (round 15): a threshold said in words
('plusieurs sites', 'more than one site'), a common-noun funder with a possessive ('funded by
their town'), a kind of funder asked by its common noun whose fiches write only its members'
names ('a bank among their funders'). Synthetic questions, FR and EN, with neighbours that
keep their answer."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_conditions import normalised
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.place_bodies import place_bodies
from livret_qa.text import fold


def _listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    return set() if answer.abstained else {s.fiche_id for s in answer.structures}


# -- a bound in words --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("Lesquelles ont plusieurs sites ?", "au moins 2 sites"),
        ("lesquelles ont plus d'un site ?", "plus de 1 site"),
        ("Which ones have more than one site?", "more than 1 site"),
        ("which ones have several sites?", "at least 2 sites"),
        ("any with multiple sites?", "at least 2 sites"),
        ("lesquelles ont un budget de plus d'un million ?", "plus de 1 000 000 €"),
    ],
)
def test_a_bound_in_words_is_read_in_digits(question: str, bound: str) -> None:
    assert bound in normalised(question)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("lesquelles ont plus de 2 sites ?", "plus de 2 sites"),
        ("plus d'un demi-million de budget ?", "500 000 €"),
        ("more than half a million euros?", "500 000 €"),
    ],
)
def test_other_bounds_keep_their_reading(question: str, kept: str) -> None:
    text = normalised(question)
    assert kept in text
    assert "1 000 000" not in text


@pytest.mark.parametrize(
    ("worded", "digits"),
    [
        ("Lesquelles ont plusieurs sites ?", "lesquelles ont au moins 2 sites ?"),
        ("lesquelles ont plus d'un site ?", "lesquelles ont plus de 1 site ?"),
        ("Which ones have more than one site?", "which ones have more than 1 site?"),
        ("Which ones have several sites?", "which ones have at least 2 sites?"),
    ],
)
def test_the_list_is_the_bound_s_not_every_card_with_a_website(
    fake_engine: Engine, worded: str, digits: str
) -> None:
    listed = _listed(fake_engine, worded)
    assert listed == _listed(fake_engine, digits)
    assert 0 < len(listed) < len(fake_engine.corpus.fiches)


# -- a common-noun funder, theirs ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which initiatives are funded by their town?", "town"),
        ("lesquelles sont financées par leur commune ?", "town"),
        ("which ones get money from their region?", "region"),
        ("lesquelles sont aidées par leur département ?", "departement"),
        ("qui est soutenu par sa mairie ?", "town"),
    ],
)
def test_a_possessive_common_noun_funder_is_any_place_body(question: str, kind: str) -> None:
    assert [(b.kind, b.place) for b in place_bodies(question)] == [(kind, "")]


@pytest.mark.parametrize(
    "question",
    [
        "which ones sell to people from their town?",
        "lesquelles vendent aux habitants de leur commune ?",
        "qui recrute dans sa région ?",
    ],
)
def test_a_possessive_saying_where_names_no_body(question: str) -> None:
    assert place_bodies(question) == []


# -- a kind named by its common noun, written by its members' names --------------------------
_BANKS = re.compile(lx.LIST_KIND_MEMBERS["banque"])


def _naming_a_bank(engine: Engine) -> set[str]:
    sources = engine.corpus.sources
    return {
        f.id
        for f in engine.corpus.fiches
        if _BANKS.search(fold(sources[f.source][f.span.start : f.span.end]))
    }


@pytest.mark.parametrize(
    "question",
    [
        "Which ones have a bank among their funders?",
        "Which ones are funded by a bank?",
        "lesquelles sont soutenues par une banque ?",
        "qui est financé par des banques ?",
    ],
)
def test_a_bank_asked_lists_the_fiches_naming_one(fake_engine: Engine, question: str) -> None:
    expected = _naming_a_bank(fake_engine)
    assert 0 < len(expected) < len(fake_engine.corpus.fiches)
    assert _listed(fake_engine, question) == expected


def test_a_bank_named_asks_that_bank_not_every_bank(fake_engine: Engine) -> None:
    question = "Le Crédit Agricole (ou sa fondation) finance quelles initiatives ?"
    assert not any(p.search(fold(question)) for p in [lx.LIST_KINDS["banque"]])
    listed = _listed(fake_engine, question)
    assert listed and listed < _naming_a_bank(fake_engine)


def test_a_member_s_name_is_a_form_in_a_fiche_only() -> None:
    assert lx.LIST_KINDS_IN_TEXT["banque"].search("soutenu par le credit cooperatif")
    assert not lx.LIST_KINDS["banque"].search("soutenu par le credit cooperatif")
    assert lx.LIST_KINDS["banque"].search("a bank among their funders")


def test_a_list_by_a_bank_quotes_the_line_naming_it(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Which ones are funded by a bank?")
    for s in answer.structures:
        assert any(
            _BANKS.search(fold(c.quote)) for c in answer.citations if c.fiche_id == s.fiche_id
        )


# -- a figure asked by its quantity noun --------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "qui donne des chiffres en tonnes ?",
        "Quelles fiches donnent un chiffre en tonnes ?",
        "qui donne des chiffres de tonnage ?",
        "which ones give a figure in tonnes?",
    ],
)
def test_a_figure_asked_by_its_quantity_noun_lists_those_stating_it(
    fake_engine: Engine, question: str
) -> None:
    stating = _listed(fake_engine, "lesquelles indiquent des tonnages ?")
    assert len(stating) >= 3
    assert _listed(fake_engine, question) == stating


def test_a_thing_measured_still_binds_the_figure(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "combien de tonnes de verre chez Il était deux fois ?")
    assert answer.abstained


# -- hurt by an event ---------------------------------------------------------------------------
_COVID = re.compile(r"\bcovid|\bcoronavirus\b|\bpandemi|\bcrise sanitaire|\bconfinement")


def _obstacles_naming_covid(engine: Engine) -> set[str]:
    from livret_qa.parsing.fiche import SectionKind

    return {
        engine.chunks[s.chunk].fiche_id
        for s in engine.sentences
        if engine.chunks[s.chunk].section == SectionKind.OBSTACLES and _COVID.search(fold(s.text))
    }


@pytest.mark.parametrize(
    "question",
    [
        "Which ones were hit hard by Covid?",
        "lesquelles ont souffert de la crise sanitaire ?",
        "qui a été touché par le covid ?",
        "Which ones struggled because of the pandemic?",
        "qui a été impacté par le confinement ?",
        "quelles structures ont eu des difficultés avec le covid ?",
    ],
)
def test_hurt_by_an_event_lists_the_obstacles_naming_it(fake_engine: Engine, question: str) -> None:
    expected = _obstacles_naming_covid(fake_engine)
    assert 2 < len(expected) < len(fake_engine.corpus.fiches)
    assert _listed(fake_engine, question) == expected


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("qui a fabriqué des masques pendant le covid ?", "fr"),
        ("which ones made masks during the pandemic?", "en"),
        ("qui aide les familles touchées par la crise sanitaire ?", "fr"),
        ("which ones help people hit hard by the pandemic?", "en"),
    ],
)
def test_an_event_setting_a_time_or_someone_else_s_hardship_is_no_obstacle_list(
    question: str, lang: str
) -> None:
    from livret_qa.answering.difficulty_lists import topics_asked

    assert topics_asked(question, lang) == []


# -- Europe named as the funder -----------------------------------------------------------------
_EU_FUNDS = re.compile(r"\bfonds? social europeen|\bfse\b|\bfeder\b|\binterreg\b|\bl'europe\b")


@pytest.mark.parametrize(
    "question",
    [
        "Which ones get money from Europe?",
        "lesquelles sont financées par l'Europe ?",
        "Which ones are funded by the EU?",
        "qui reçoit des fonds européens ?",
        "qui a des aides de l'Europe ?",
    ],
)
def test_europe_as_funder_lists_the_fiches_naming_european_funds(
    fake_engine: Engine, question: str
) -> None:
    sources = fake_engine.corpus.sources
    expected = {
        f.id
        for f in fake_engine.corpus.fiches
        if _EU_FUNDS.search(fold(sources[f.source][f.span.start : f.span.end]))
    }
    assert 2 < len(expected) < len(fake_engine.corpus.fiches)
    assert _listed(fake_engine, question) == expected


def test_a_european_body_named_stays_its_own_list(fake_engine: Engine) -> None:
    listed = _listed(
        fake_engine, "quelles structures ont un lien avec la Métropole Européenne de Lille ?"
    )
    assert listed and not listed & {
        f.id
        for f in fake_engine.corpus.fiches
        if "fse" in fold(fake_engine.corpus.sources[f.source][f.span.start : f.span.end]).split()
    }


# -- a name typed with its later words in lowercase -----------------------------------------------
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Which structures work with Pôle emploi?", "Pôle emploi"),
        ("qui travaille avec Pôle emploi ?", "Pôle emploi"),
        ("qui travaille avec la Mission locale ?", "Mission locale"),
        ("qui travaille avec Pôle Emploi ?", "Pôle Emploi"),
    ],
)
def test_a_name_goes_on_as_the_booklet_writes_it(
    fake_engine: Engine, question: str, name: str
) -> None:
    from livret_qa.answering.list_scope import asked_names

    names = [n.text for n in asked_names(fake_engine, question, [])]
    assert names == [name]
    sources = fake_engine.corpus.sources
    expected = {
        f.id
        for f in fake_engine.corpus.fiches
        if fold(name) in fold(sources[f.source][f.span.start : f.span.end])
    }
    assert _listed(fake_engine, question) == expected


def test_a_capitalised_word_before_other_words_stays_alone(fake_engine: Engine) -> None:
    from livret_qa.answering.list_scope import asked_names

    names = [
        n.text for n in asked_names(fake_engine, "qui travaille avec Ecologic aujourd'hui ?", [])
    ]
    assert names == ["Ecologic"]


# -- what the sought thing should be ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Lesquelles cherchent un nouveau local ?", "Lesquelles cherchent un local ?"),
        ("qui cherche un local plus grand ?", "qui cherche un local ?"),
        ("qui cherche de nouveaux bénévoles ?", "qui cherche des bénévoles ?"),
    ],
)
def test_a_qualifier_of_the_sought_thing_is_no_topic(question: str, plain: str) -> None:
    from livret_qa.answering.difficulty_lists import topics_asked

    assert topics_asked(question, "fr") == topics_asked(plain, "fr") != []


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("quelles structures sont financées par le FSE ?", r"\bfse\b|fonds? social europeen"),
        ("qui a reçu du FEDER ?", r"\bfeder\b"),
    ],
)
def test_a_member_named_keeps_its_own_list(fake_engine: Engine, question: str, member: str) -> None:
    sources = fake_engine.corpus.sources
    expected = {
        f.id
        for f in fake_engine.corpus.fiches
        if re.search(member, fold(sources[f.source][f.span.start : f.span.end]))
    }
    assert _listed(fake_engine, question) == expected


def test_a_food_bank_is_no_bank() -> None:
    assert not lx.LIST_KINDS["banque"].search(fold("qui travaille avec la banque alimentaire ?"))
    assert not lx.LIST_KINDS["banque"].search("which ones work with a food bank?")
