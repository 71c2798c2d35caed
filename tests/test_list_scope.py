"""Lists whose members the question fixes by what the fiches state (fast tier, fake engine):
a place alone, a theme alone, names the booklet holds. Synthetic questions, French and
English, several wordings per class; the expected structures are read from the parsed fiches,
never written down."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import (
    _written_names,
    asked_names,
    booklet_acronyms,
    initials_runs,
    spells_initials,
    spells_out,
    theme_alone,
    topic_residue,
)
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


def listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.abstain_reason
    return {s.fiche_id for s in answer.structures}


# -- a place alone ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("Les structures dans le Nord, ce sont lesquelles ?", []),
        ("Quels projets sont situés dans l'Aisne ?", []),
        ("Which projects are based in the Somme?", []),
        ("Name the initiatives you have in the Pas-de-Calais", []),
        ("Y a quelles assos dans le 59 ?", []),
        ("Which organisations are located in Amiens?", ["Amiens"]),
        ("Which ones are in the Oise?", []),
        ("which ones are based in the Nord?", []),
    ],
)
def test_a_list_asked_with_only_a_place_has_no_topic(question: str, places: list[str]) -> None:
    assert topic_residue(question, places) == set()


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures du Nord réparent des vélos ?",
        "Which projects in the Somme sell furniture?",
        "Qui recycle des ordinateurs dans l'Aisne ?",
        "Which ones in the Aisne repair furniture?",
    ],
)
def test_a_list_with_a_topic_keeps_it(question: str) -> None:
    assert topic_residue(question, []) != set()


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("Les structures dans le Pas-de-Calais, c'est lesquelles ?", "62"),
        ("Y a quelles initiatives dans le 62 ?", "62"),
        ("Which projects are located in the Nord?", "59"),
        ("Quels sont les projets de l'Aisne ?", "02"),
        ("List the organisations based in the Pas-de-Calais", "62"),
    ],
)
def test_every_structure_of_a_place_asked_alone_is_listed(
    fake_engine: Engine, question: str, code: str
) -> None:
    there = {f.id for f in fake_engine.corpus.fiches if f.contact.departement_code == code}
    assert listed(fake_engine, question) == there


# -- a theme alone ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "theme"),
    [
        ("Quelles structures font du réemploi ?", "Le réemploi"),
        ("Which re-use initiatives are in the Nord?", "Le réemploi"),
        ("Which initiatives are about sustainable food?", "L'alimentation durable"),
        ("Les projets d'alimentation durable, lesquels sont dans le livret ?", ""),
        ("Quelles initiatives portent sur l'alimentation durable ?", "L'alimentation durable"),
        ("Which food projects are there in the Somme?", "L'alimentation durable"),
        # a compound typed with a hyphen, a courtesy word closing the request
        ("Give me all the sustainable-food initiatives in the booklet.", "L'alimentation durable"),
        ("all the re-use initiatives please", "Le réemploi"),
        ("toutes les structures du réemploi svp", "Le réemploi"),
        ("the local-food projects, thanks", "L'alimentation durable"),
    ],
)
def test_a_theme_asked_alone_is_read(question: str, theme: str) -> None:
    # 'lesquels … dans le livret' keeps 'livret'-free words only; the theme is found either way
    assert theme_alone(question, []) in {theme, "L'alimentation durable"}


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures du réemploi réparent des vélos ?",
        "Which sustainable food projects deliver baskets?",
        "Which sustainable-food projects deliver baskets, please?",
        "Qui fait de l'alimentation durable avec des légumes bio ?",
    ],
)
def test_a_topic_inside_a_theme_is_no_theme_alone(question: str) -> None:
    assert theme_alone(question, []) == ""


@pytest.mark.parametrize(
    ("question", "theme", "code"),
    [
        ("Which re-use structures are in the Pas-de-Calais?", "Le réemploi", "62"),
        ("Quelles structures du réemploi sont dans le Nord ?", "Le réemploi", "59"),
        ("Which sustainable food initiatives are there?", "L'alimentation durable", ""),
        (
            "Quelles initiatives d'alimentation durable sont dans l'Aisne ?",
            "L'alimentation durable",
            "02",
        ),
    ],
)
def test_every_structure_of_a_theme_asked_alone_is_listed(
    fake_engine: Engine, question: str, theme: str, code: str
) -> None:
    expected = {
        f.id
        for f in fake_engine.corpus.fiches
        if f.theme == theme and (not code or f.contact.departement_code == code)
    }
    assert listed(fake_engine, question) == expected


# -- names the booklet holds ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Qui travaille avec la SCIC ACME3B et son logiciel ?", ["ACME3B"]),
        ("Which structures list Banque Populaire among their funders?", ["Banque Populaire"]),
        ("Quelles structures sont soutenues par la Fondation de France ?", ["Fondation de France"]),
        ("ADEME : quelles structures en parlent ?", ["ADEME"]),
        ("Which ones get EU money (ESF or FEDER)?", ["ESF", "FEDER"]),
        ("Quelles structures ont aidé pendant le Covid ?", ["Covid"]),
        ("Quelles structures recyclent des vélos ?", []),
    ],
)
def test_names_are_read_from_how_they_are_written(question: str, names: list[str]) -> None:
    assert _written_names(question) == names


def test_a_spelt_out_form_is_found_through_plurals_and_a_connector() -> None:
    text = "Adhérente au syndicat des ateliers et chantiers d'insertion depuis 2019."
    assert spells_out(text, "atelier chantier d'insertion")
    assert not spells_out(
        "Un atelier de couture, puis un chantier.", "atelier chantier d'insertion"
    )


def test_events_places_and_names_of_structures_are_no_names_asked(fake_engine: Engine) -> None:
    question = (
        "Quelles structures ont travaillé avec VESTALI dans le Nord pendant la crise du Covid ?"
    )
    assert asked_names(fake_engine, question, []) == []


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Quelles structures travaillent avec l'ADEME ?", "ademe"),
        ("Which organisations mention ADEME funding?", "ademe"),
        # (membership of the CRESS: its network lines only, test_list_membership_alternatives)
        ("Which structures mention the CRESS?", "cress"),
        ("Qui est en lien avec la MSA ?", "msa"),
        ("Which projects work with Emmaüs?", "emmaus"),
    ],
)
def test_a_list_of_a_name_holds_the_structures_whose_fiche_names_it(
    fake_engine: Engine, question: str, name: str
) -> None:
    [asked] = asked_names(fake_engine, question, [])
    holders = set(asked.holders)
    assert 0 < len(holders) < len(fake_engine.corpus.fiches)
    for fiche in fake_engine.corpus.fiches:
        text = fake_engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        assert (fiche.id in holders) == (name in text.lower().replace("ü", "u"))
    got = listed(fake_engine, question)
    assert got <= holders  # no structure that only shares words with the question
    assert got == holders or not got & holders


@pytest.mark.parametrize(
    ("question", "french"),
    [
        ("Which structures receive money from the European Social Fund?", "FSE"),
        ("Which projects got ESF funding?", "FSE"),
        ("Which initiatives are backed by the ERDF?", "FEDER"),
        ("Quelles structures touchent du FEDER ?", "FEDER"),
        (
            "Quelles structures sont aidées par le fonds européen de développement régional ?",
            "FEDER",
        ),
    ],
)
def test_a_sector_fund_is_one_name_in_either_language(
    fake_engine: Engine, question: str, french: str
) -> None:
    names = asked_names(fake_engine, question, [])
    fse = {n.text: n.holders for n in names}
    assert french in fse
    long = {"FSE": "fonds social européen", "FEDER": "fonds européen de développement régional"}
    for fiche in fake_engine.corpus.fiches:
        text = fake_engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        written = french.lower() in text.lower().split() or spells_out(text, long[french])
        assert (fiche.id in fse[french]) >= written


# -- follow-ups of a narrowed list -------------------------------------------------------------
@pytest.mark.parametrize(
    ("opening", "narrowing", "then"),
    [
        (
            "Quelles structures font du réemploi ?",
            "lesquelles sont dans le Pas-de-Calais ?",
            "et leur budget ?",
        ),
        ("Which structures do re-use?", "which of them are in the Nord?", "and their budget?"),
        (
            "Quelles structures font de l'alimentation durable ?",
            "lesquelles sont dans le Nord ?",
            "combien de salariés ont-elles ?",
        ),
        (
            "Which re-use initiatives are there?",
            "which ones are in the Pas-de-Calais?",
            "who runs them?",
        ),
    ],
)
def test_a_follow_up_after_a_narrowing_is_about_the_structures_kept(
    fake_engine: Engine, opening: str, narrowing: str, then: str
) -> None:
    first = ask(fake_engine, opening)
    history = [
        {"role": "user", "content": opening},
        {"role": "assistant", "content": first.answer},
    ]
    narrowed = ask(fake_engine, narrowing, history)
    kept = {s.fiche_id for s in narrowed.structures}
    assert kept and kept < {s.fiche_id for s in first.structures}
    history += [
        {"role": "user", "content": narrowing},
        {"role": "assistant", "content": narrowed.answer},
    ]
    last = ask(fake_engine, then, history)
    assert {s.fiche_id for s in last.structures} == kept


@pytest.mark.parametrize(
    "question",
    [
        "structures accompagnees par un dispositif local d accompagnement",
        "Quelles structures ont eu un Dispositif Local d'Accompagnement ?",
        "qui a eu un DLA",
    ],
)
def test_a_sector_acronym_spelt_out_as_typed_is_its_name(
    fake_engine: Engine, question: str
) -> None:
    assert "DLA" in {n.text for n in asked_names(fake_engine, question, [])}


@pytest.mark.parametrize(
    "template",
    ["Quelles structures {dept_de} font du réemploi ?", "Which re-use structures are in {dept}?"],
)
def test_a_theme_asked_of_a_place_that_has_none_abstains_naming_what_is_there(
    fake_engine: Engine, template: str
) -> None:
    from livret_qa.parsing.contact_card import DEPARTEMENTS

    fiches = fake_engine.corpus.fiches
    codes = {f.contact.departement_code for f in fiches}
    empty = [
        c
        for c in sorted(codes)
        if not any(f.contact.departement_code == c and f.theme == "Le réemploi" for f in fiches)
    ]
    assert empty
    code = empty[0]
    name = DEPARTEMENTS[code]
    dept_de = f"de l'{name}" if name[0] in "AEIOU" else f"du {name}"
    answer = ask(fake_engine, template.format(dept=f"the {name}", dept_de=dept_de))
    assert answer.abstained and not answer.structures
    there = [f.name for f in fiches if f.contact.departement_code == code]
    assert all(n in answer.abstain_reason for n in there)


@pytest.mark.parametrize(
    ("typed", "written"),
    [("ki la dirige", "qui la dirige ?"), ("cb de salariés ?", "combien de salariés ?")],
)
def test_a_follow_up_typed_in_chat_spelling_keeps_the_focus(
    fake_engine: Engine, typed: str, written: str
) -> None:
    history = [
        {"role": "user", "content": "Parle-moi de VESTALI"},
        {"role": "assistant", "content": "VESTALI (Liévin) : atelier de confection."},
    ]
    got = ask(fake_engine, typed, history)
    expected = ask(fake_engine, written, history)
    assert [s.fiche_id for s in got.structures] == [s.fiche_id for s in expected.structures]
    assert [s.fiche_id for s in got.structures] == ["vestali"]
    assert got.plan["parts"][0]["attribute"] == expected.plan["parts"][0]["attribute"]


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("Quelles structures font du réemploi ?", "où sont-elles situées ?"),
        ("Which structures do re-use?", "and who runs them?"),
        ("Qui recycle des jouets ?", "où sont-elles ?"),
    ],
)
def test_the_focus_is_the_structures_an_answer_lists_not_those_its_quotes_name(
    fake_engine: Engine, question: str, follow_up: str
) -> None:
    a, b, other = fake_engine.corpus.fiches[:3]
    answer = (
        "2 structures correspondent :\n"
        f"1. **{a.name}** ({a.contact.town}) — « en lien avec {other.name} » [1]\n"
        f"2. **{b.name}** ({b.contact.town}) — « partenaire de {other.name} » [2]"
    )
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    got = ask(fake_engine, follow_up, history)
    assert {s.fiche_id for s in got.structures} == {a.id, b.id}


# -- an acronym the fiche writes in full -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "acronym", "spelt"),
    [
        ("financé par la Caisse Régionale d'Aide aux Projets Solidaires en 2019", "CRAPS", True),
        ("avec l'Agence de l'Environnement et de la Maîtrise de l'Énergie", "AEME", True),
        ("le Comité Local pour l'Emploi Solidaire (CLES)", "CLES", True),
        ("the Social Enterprise Investment Fund", "SEIF", True),
        ("le Conseil de l'Aisne, Picardie", "CAP", False),  # three letters: spelt by chance
        ("une caisse régionale d'aide aux projets solidaires", "CRAPS", False),  # no capitals
        ("la Caisse, puis Régionale et Aide", "CRA", False),  # a comma ends the name
    ],
)
def test_an_acronym_is_read_from_the_initials_of_a_name_written_in_full(
    text: str, acronym: str, spelt: bool
) -> None:
    assert spells_initials(initials_runs(text), acronym) is spelt


def test_a_list_of_an_acronym_holds_the_fiches_writing_it_in_full(fake_engine: Engine) -> None:
    # an acronym of four letters or more some fiche writes only in full, read from the booklet
    runs = {f.id: initials_runs(fiche_source(fake_engine, f)) for f in fake_engine.corpus.fiches}
    texts = {f.id: fiche_source(fake_engine, f) for f in fake_engine.corpus.fiches}
    candidates = sorted(
        {r[i : i + 5] for rs in runs.values() for r in rs for i in range(len(r) - 4)}
    )
    acronym = next(
        a
        for a in candidates
        if sum(a in r for rs in runs.values() for r in rs) == 1
        and all(a.upper() not in t for t in texts.values())
        and len(set(a)) > 2
    )
    holders = {fid for fid, rs in runs.items() if any(acronym in r for r in rs)}
    for question in (
        f"Quelles structures ont travaillé avec le {acronym.upper()} ?",
        f"Which organisations mention the {acronym.upper()}?",
    ):
        names = {n.text: n.holders for n in asked_names(fake_engine, question, [])}
        assert holders <= names.get(acronym.upper(), frozenset())


def fiche_source(engine: Engine, fiche: Fiche) -> str:
    return engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]


# -- a town where no structure is -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("Y a-t-il un atelier de réparation de vélos à Roubaix ?", "59"),
        ("Is there a bike repair workshop in Tourcoing?", "59"),
        ("Which organisations repair bicycles in Béthune?", "62"),
    ],
)
def test_a_town_where_no_structure_is_names_those_of_its_departement(
    fake_engine: Engine, question: str, code: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures
    for fiche in fake_engine.corpus.fiches:
        if fiche.contact.departement_code == code:
            assert fiche.name in answer.abstain_reason


# -- keywords naming a property several structures share --------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "affiliation coorace",
        "coorace network members",
        "appartenance reseau coorace",
        "Coorace membership",
        "federation coorace adherentes",
    ],
)
def test_keywords_naming_a_shared_property_are_a_list(fake_engine: Engine, question: str) -> None:
    holders = {
        f.id for f in fake_engine.corpus.fiches if "coorace" in fiche_source(fake_engine, f).lower()
    }
    assert len(holders) >= 2
    answer = ask(fake_engine, question)
    assert answer.plan["parts"][0]["intent"] == "list", question
    got = {s.fiche_id for s in answer.structures}
    assert got <= holders and len(got) >= 2


@pytest.mark.parametrize(
    "question", ["budget vestali", "siret synapse 3i", "adresse copains thierache"]
)
def test_keywords_about_one_named_structure_stay_about_it(
    fake_engine: Engine, question: str
) -> None:
    assert ask(fake_engine, question).plan["parts"][0]["intent"] != "list"


# -- each listed structure is quoted with what qualifies it --------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which structures get European Social Fund money?",
        "Quelles structures touchent le FSE ?",
        "Which initiatives receive ESF funding?",
        "Qui est aidé par le fonds social européen ?",
        "structures financees FSE",
    ],
)
def test_each_listed_structure_is_quoted_with_the_name_asked(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.structures
    for s in answer.structures:
        why = s.why.lower()
        assert "fse" in why or "social europ" in why, (s.fiche_id, s.why)


# -- a name typed in lowercase -------------------------------------------------------------------
def test_words_a_booklet_writes_only_in_capitals_are_names() -> None:
    texts = [
        "Financé par la DREETS et l'ADEME, avec la Région.",
        "- **RÉSEAUX D'APPARTENANCE** : IRIAE",  # a label's words are no names
        "# MOBILISATION",
        "un budget global, l'ademe",  # written in lowercase too: a word
    ]
    assert booklet_acronyms(texts) == {"dreets", "iriae"}


@pytest.mark.parametrize(
    "template", ["{name} financeur liste", "who works with {name}", "{name} ?"]
)
def test_a_name_typed_in_lowercase_is_asked_as_written_in_capitals(
    fake_engine: Engine, template: str
) -> None:
    texts = [fiche_source(fake_engine, f) for f in fake_engine.corpus.fiches]
    names = sorted(booklet_acronyms(texts))
    # one the booklet's structures do not all name, nor a structure's own name
    name = next(
        n
        for n in names
        if 2 <= sum(n.upper() in t for t in texts) < len(texts) - 1
        and not fake_engine.mentions.mentioned(n)
        and len(n) >= 4
    )
    asked = {a.text: a.holders for a in asked_names(fake_engine, template.format(name=name), [])}
    assert name.upper() in asked
    assert asked[name.upper()] >= {
        f.id for f in fake_engine.corpus.fiches if name.upper() in fiche_source(fake_engine, f)
    }
