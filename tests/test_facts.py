"""Typed facts: every value cites a span that reproduces it; the staff field, qualifiers,
approximate counts and units are read by class, on synthetic text and on the real booklet."""

from __future__ import annotations

import re

import pytest

from livret_qa.facts.extract import corpus_facts, mark_primary
from livret_qa.facts.records import Fact
from livret_qa.facts.staff import components
from livret_qa.facts.wording import approximate_number, in_scale, qualifiers_of
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


@pytest.fixture(scope="module")
def facts(corpus: Corpus) -> list[Fact]:
    return corpus_facts(corpus)


def test_every_fact_has_a_span_that_holds_its_value(corpus: Corpus, facts: list[Fact]) -> None:
    assert len(facts) > 100
    for fact in facts:
        source = corpus.sources[fact.source]
        quote = source[fact.start : fact.end]
        assert quote.strip(), fact
        assert source.count("\n", 0, fact.start) + 1 == fact.line_start
        fiche = corpus.fiche(fact.fiche_id)
        assert fiche.span.start <= fact.start < fiche.span.end or fact.name == "theme"
        plain = fold(re.sub(r"[\s*]+", " ", quote.replace("<sup>", "").replace("</sup>", "")))
        if fact.number is None:  # a text fact: its words are in the passage
            words = re.findall(r"\w{3,}", fold(fact.text.split(" — ")[0]))
            assert all(w in plain.replace(" ", "") or w in plain for w in words), (fact, quote)
        elif not fact.derived and fact.name not in ("surface", "tonnage"):
            digits = re.sub(r"\D", "", plain)
            shown = f"{fact.number:f}".rstrip("0").rstrip(".").replace(".", "")
            assert shown in digits or fact.qualifiers, (fact.number, quote)


def test_each_fiche_has_one_standing_value_per_measure(facts: list[Fact]) -> None:
    seen: set[tuple[str, str]] = set()
    for fact in facts:
        if fact.primary and fact.number is not None and fact.name != "autre":
            key = (fact.fiche_id, fact.name)
            assert key not in seen, key
            seen.add(key)
    assert {name for _, name in seen} >= {"budget", "salaries", "annee_creation", "tonnage"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a leading number before 'dont' or ';' is the stated total
        ("25 dont 19 personnes en contrat d'insertion représentant 14 ETP", {"total": 25}),
        ("14 salariés ; 3 ETP en CDI et 11 salariés en insertion", {"headcount": 14}),
        ("2", {"total": 2}),
        # components of a list, each classed by its words
        (
            "7 salariés permanents, 1 salarié en contrat d'apprentissage et 30 en insertion",
            {"headcount": 7, "insertion": 30},
        ),
        ("9 ETP dont 2 salariés permanents et 12 salariés en insertion", {"etp": 9}),
        ("3 volontaires en service civique", {"volunteer": 3}),
    ],
)
def test_staff_components_are_classed_by_their_words(line: str, expected: dict) -> None:
    found, _ = components(line)
    by_kind = {c.kind: c.number for c in reversed(found)}
    for kind, number in expected.items():
        assert by_kind.get(kind) == number, (line, found)


def test_a_detail_larger_than_its_whole_is_flagged() -> None:
    _, problems = components("8 personnes en insertion (dont 42 femmes) et 5 permanents")
    assert problems and "42" in problems[0]
    _, none = components("12 personnes en insertion (dont 5 femmes)")
    assert none == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("budget prévisionnel 2021, environ 800 000 €", "prévisionnel"),
        ("environ 800 000 €", "environ"),
        ("plus de 1500 ordinateurs", "au moins"),
        ("316 000 € de budget de fonctionnement", "budget de fonctionnement"),
        ("45 tonnes sur 7,5 mois d'activité", "sur une partie de l'année"),
        ("un site en construction de 300 m2", "en construction"),
        ("1 100 tonnes de bois collecté/an", "par an"),
    ],
)
def test_qualifiers_are_read_from_the_booklet_wording(text: str, qualifier: str) -> None:
    assert qualifier in qualifiers_of(text)


def test_a_plain_figure_has_no_qualifier() -> None:
    assert qualifiers_of("608 000 €") == []


def test_approximate_counts_and_units() -> None:
    assert approximate_number("une dizaine de bénévoles") == 10
    assert approximate_number("une centaine") == 100
    assert approximate_number("30 bénévoles") is None
    assert in_scale(4, "ha") == (40_000, "m²")
    assert in_scale(350, "kg") == (pytest.approx(0.35), "t")
    assert in_scale(12, "tonnes") == (12, "t")


def _fact(name: str, number: float, origin: str = "chiffres_cles", **kw: object) -> Fact:
    fact = Fact("f", name, str(number), origin, "s.md", 0, 1, 1, 1, number=number)  # type: ignore[arg-type]
    for key, value in kw.items():
        setattr(fact, key, value)
    return fact


def test_a_field_outranks_a_sentence_and_disagreement_is_flagged() -> None:
    field, sentence = _fact("insertion", 20, "effectif"), _fact("insertion", 30, "texte")
    mark_primary([sentence, field])
    assert field.primary and not sentence.primary
    assert field.values_differ and sentence.values_differ


def test_a_value_of_another_year_is_no_disagreement() -> None:
    now, then = _fact("salaries", 14, "effectif"), _fact("salaries", 2, "historique", year=2019)
    mark_primary([now, then])
    assert now.primary and not now.values_differ


def test_planned_or_partial_values_never_stand_for_the_structure() -> None:
    planned = _fact("surface", 300, "texte", qualifiers=["en projet"])
    part = _fact("surface", 4600, "historique", scope="partie du chiffre précédent")
    whole = _fact("surface", 40000, "historique")
    mark_primary([planned, part, whole])
    assert whole.primary and not planned.primary and not part.primary
    alone = _fact("surface", 300, "texte", qualifiers=["en projet"])
    mark_primary([alone])
    assert not alone.primary


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("durant ses 11 années d'existence, a été soutenu par", 11),
        ("L'association existe depuis 25 ans et", 25),
        ("après 3 ans d'existence, elle déménage", 3),
    ],
)
def test_an_age_is_read_as_a_number_of_years(sentence: str, age: int) -> None:
    from livret_qa.facts.sentences import _AGE

    match = _AGE.search(fold(sentence))
    assert match is not None and int(match.group(1) or match.group(2)) == age


def test_a_creation_year_given_as_an_age_is_derived_and_flagged(facts: list[Fact]) -> None:
    derived = [f for f in facts if f.name == "annee_creation" and f.derived]
    stated = {f.fiche_id for f in facts if f.name == "annee_creation" and not f.derived}
    assert derived, "the booklet gives one structure's creation as an age"
    for fact in derived:
        assert fact.fiche_id not in stated  # a stated year always wins
        assert "−" in fact.derived and fact.qualifiers
