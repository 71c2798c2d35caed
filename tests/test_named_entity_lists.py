"""Lists picking structures by a named entity (a partner, funder, network, public body) in the
spellings the booklet uses: dotted acronyms ('les C.C.A.S.'), a name split or hyphenated ('Eco
mobilier' for 'Ecomobilier'), singular or plural, the acronym given in brackets after the full
name ('Métropole Européenne de Lille (MEL)'); a town ending a body's name ('l'Université de
Lille') is no place asked; asked which structures mention a thing, those naming it in passing
are listed. Synthetic questions, French and English; the expected structures are read from the
fiches' text with the test's own reading, never written down."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import (
    area_asked,
    booklet_aliases,
    booklet_compounds,
    joined_names,
    names_form,
    names_it,
    undotted,
)
from livret_qa.answering.planner import places_named
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold

from .citation_checks import check_answer


def listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.abstain_reason
    return {s.fiche_id for s in answer.structures}


def texts(engine: Engine) -> dict[str, str]:
    return {
        f.id: engine.corpus.sources[f.source][f.span.start : f.span.end]
        for f in engine.corpus.fiches
    }


def holders(engine: Engine, writes: re.Pattern[str]) -> set[str]:
    """The fiches whose text, as written, matches `writes`."""
    return {fid for fid, text in texts(engine).items() if writes.search(text)}


# -- spellings --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Which initiatives work with les C.C.A.S. ?", "Which initiatives work with les CCAS ?"),
        ("le P.L.I.E de Lens", "le PLIE de Lens"),
        ("le S.L.A.I, Pôle Emploi", "le SLAI, Pôle Emploi"),
        ("le rôle de M. Renard", "le rôle de M. Renard"),  # an initial, no acronym
        ("Qui est à Amiens ? Et à Lille.", "Qui est à Amiens ? Et à Lille."),
    ],
)
def test_a_dotted_acronym_is_read_without_its_dots(typed: str, read: str) -> None:
    assert undotted(typed) == read


def test_an_acronym_is_found_in_a_text_writing_it_dotted() -> None:
    text = fold("Local : Secours Catholique ; les C.C.A.S., le S.L.A.I, le P.L.I.E de Lens")
    squeezed = re.sub(r"[^a-z0-9]", "", text)
    assert names_it(text, squeezed, set(), "CCAS")
    assert names_it(text, squeezed, set(), "PLIE")
    assert not names_it(text, squeezed, set(), "ACI")  # 'social' holds no 'aci'


def test_a_name_in_the_plural_is_found_written_in_the_singular() -> None:
    text = fold("la Mission Locale et autres partenaires ; le Réseau des Ressourceries")
    squeezed = re.sub(r"[^a-z0-9]", "", text)
    assert names_it(text, squeezed, set(), "Missions Locales")
    assert names_it(text, squeezed, set(), "Réseaux des Ressourceries")
    assert not names_it(text, squeezed, set(), "Missions Sociales")


def test_an_acronym_in_brackets_is_a_form_of_the_name_before_it() -> None:
    aliases = booklet_aliases(
        [
            "**PÉRIMÈTRE :** Le territoire de la Métropole Européenne de Lille (MEL)",
            "du Comité Communal d'Action Sociale (CCAS) de Villeneuve d'Ascq",
            "personnes en contrat d'insertion (CDI)",  # initials 'pci': no form of it
        ]
    )
    assert aliases["mel"] == ("Métropole Européenne de Lille",)
    assert aliases["metropoleeuropeennedelille"] == ("MEL",)
    assert aliases["ccas"] == ("Comité Communal d'Action Sociale",)
    assert "cdi" not in aliases


def test_an_acronym_form_is_found_in_capitals_only() -> None:
    for raw, named in [
        ("Quinze kilomètres autour de son Jardin implanté sur la MEL.", True),
        ("les M.E.L. et la région", True),
        ("Mél : contact@exemple.fr", False),  # an e-mail label, no body
        ("le caramel", False),
    ]:
        folded = fold(raw)
        assert names_form(raw, folded, re.sub(r"[^a-z0-9]", "", folded), "MEL") is named, raw


@pytest.mark.parametrize(
    ("question", "joined"),
    [
        ("lesquelles sont en lien avec Eco mobilier ?", ["Eco mobilier"]),
        ("Which initiatives work with éco-mobilier?", ["éco-mobilier"]),
        ("qui travaille avec eco mobilier", ["eco mobilier"]),
        ("Quelles structures vendent du mobilier ?", []),
        ("Qui fait de l'éco conception ?", []),  # a word the booklet writes in lowercase
    ],
)
def test_a_name_split_or_hyphenated_is_joined_as_the_booklet_writes_it(
    question: str, joined: list[str]
) -> None:
    compounds = booklet_compounds(
        ["avec 2 éco-organismes (Ecomobilier et Ecologic)", "une écoconception, Ecoconception"]
    )
    assert joined_names(question, compounds) == joined


# -- a name that is also a place ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Lesquelles mentionnent la Métropole Européenne de Lille ?",
        "Quelles structures ont pour partenaire la MEL ?",
        "Which initiatives work with the MEL?",
        "Quelles structures sont financées par la Métropole Européenne de Lille ?",
        "Which initiatives mention the Métropole Européenne de Lille?",
    ],
)
def test_an_area_named_as_a_body_related_to_is_no_area_asked(question: str) -> None:
    assert area_asked(question, []) is None


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont dans la MEL ?",
        "Which initiatives are in the Métropole Européenne de Lille?",
        "Y a-t-il des structures sur la métropole lilloise ?",
    ],
)
def test_an_area_asked_as_where_stays_a_place(question: str) -> None:
    assert area_asked(question, []) is not None


@pytest.mark.parametrize(
    "question",
    [
        "Lesquelles ont l'Université de Lille comme partenaire ?",
        "Which initiatives work with the Université de Lille?",
        "Quelles structures mentionnent la Métropole Européenne de Lille ?",
    ],
)
def test_a_town_ending_a_body_the_booklet_names_is_no_place(
    mentions: MentionDetector, question: str
) -> None:
    assert places_named(question, mentions) == []


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("Quelles structures sont à Lille ?", "Lille"),
        ("Lesquelles de Lille vendent des jouets ?", "Lille"),
        ("Which initiatives are based in Amiens?", "Amiens"),
    ],
)
def test_a_town_asked_stays_a_place(mentions: MentionDetector, question: str, town: str) -> None:
    assert places_named(question, mentions) == [town]


# -- the lists -------------------------------------------------------------------------------
CCAS = re.compile(r"\bC\.?C\.?A\.?S\b|Comité Communal d'Action Sociale")
ECOMOBILIER = re.compile(r"(?i)\b[eé]co[\s-]?mobilier\b")
MEL = re.compile(r"\bMEL\b|Métropole Européenne de Lille")
UNIVERSITY = re.compile(r"Université de Lille")


@pytest.mark.parametrize(
    ("question", "writes"),
    [
        ("Which initiatives work with a CCAS?", CCAS),
        ("Quelles structures travaillent avec les C.C.A.S. ?", CCAS),
        ("Lesquelles travaillent avec le Comité Communal d'Action Sociale ?", CCAS),
        ("lesquelles sont en lien avec Eco mobilier ?", ECOMOBILIER),
        ("Which initiatives work with éco-mobilier?", ECOMOBILIER),
        ("Quelles structures ont Ecomobilier comme partenaire ?", ECOMOBILIER),
        ("Lesquelles mentionnent la Métropole Européenne de Lille ?", MEL),
        ("Quelles structures ont pour partenaire la MEL ?", MEL),
        ("Which initiatives mention the Métropole Européenne de Lille?", MEL),
        ("Lesquelles ont l'Université de Lille comme partenaire ?", UNIVERSITY),
        ("Which initiatives work with the Université de Lille?", UNIVERSITY),
    ],
)
def test_a_list_of_a_named_entity_holds_every_fiche_writing_it(
    fake_engine: Engine, question: str, writes: re.Pattern[str]
) -> None:
    expected = holders(fake_engine, writes)
    assert 2 <= len(expected) < len(fake_engine.corpus.fiches)
    assert listed(fake_engine, question) == expected


def test_one_word_of_a_name_is_not_the_name(fake_engine: Engine) -> None:
    """The neighbours the lists above must leave out exist: fiches naming 'éco' or 'Lille'
    alone."""
    sharing = {
        ECOMOBILIER: re.compile(r"(?i)\b[eé]co\b"),  # 'éco-organisme', 'éco organisme'
        UNIVERSITY: re.compile(r"Lille"),
        MEL: re.compile(r"Lille"),
    }
    for name, word in sharing.items():
        assert holders(fake_engine, word) - holders(fake_engine, name)


# -- mentioned, in passing too -----------------------------------------------------------------
RESSOURCERIE = re.compile(r"(?i)ressourcerie")


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures mentionnent des ressourceries ?",
        "Which initiatives mention ressourceries?",
        "lesquelles citent des ressourceries ?",
        "Quelles structures parlent de ressourceries ?",
    ],
)
def test_asked_which_mention_a_thing_those_naming_it_in_passing_are_listed(
    fake_engine: Engine, question: str
) -> None:
    assert listed(fake_engine, question) == holders(fake_engine, RESSOURCERIE)


@pytest.mark.parametrize(
    "question",
    ["Quelles structures sont des ressourceries ?", "Which initiatives are ressourceries?"],
)
def test_asked_which_are_of_a_kind_those_naming_it_in_passing_stay_out(
    fake_engine: Engine, question: str
) -> None:
    got = listed(fake_engine, question)
    assert got and got < holders(fake_engine, RESSOURCERIE)


def test_a_name_after_a_verb_of_mentioning_is_no_place(fake_engine: Engine) -> None:
    emmaus = holders(fake_engine, re.compile(r"(?i)emma[uü]s"))
    assert listed(fake_engine, "Quelles structures parlent d'Emmaüs ?") == emmaus


@pytest.mark.parametrize(
    ("question", "mentions"),
    [
        ("Quelles structures mentionnent des ressourceries ?", True),
        ("lesquelles citent l'ADEME ?", True),
        ("Which initiatives mention the FIDESS fund?", True),
        ("Which ones refer to Emmaüs?", True),
        ("Cite les structures qui font du réemploi", False),  # an imperative asking a list
        ("Quelles structures sont dans la cité ?", False),  # a noun folded like 'cite'
        ("Quelles structures sont des ressourceries ?", False),
    ],
)
def test_a_verb_of_mentioning_is_read_where_it_asks_what_fiches_write(
    question: str, mentions: bool
) -> None:
    assert bool(lx.MENTION_ASKED.search(fold(question))) is mentions
