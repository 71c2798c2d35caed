"""The parser on the real booklet: every fiche, every field, every span."""

from __future__ import annotations

import itertools

import pytest

from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import SectionKind, Span


def _check_span(source: str, span: Span, text: str) -> None:
    assert source[span.start : span.end] == text
    lines = source.split("\n")
    assert lines[span.line_start - 1].rstrip().startswith(text.split("\n")[0].rstrip())
    assert text.rstrip().endswith(lines[span.line_end - 1].strip())


def test_finds_the_nine_fiches_with_themes(corpus: Corpus) -> None:
    themes = [f.theme for f in corpus.fiches]
    assert len(corpus.fiches) == 9
    assert themes.count("L'alimentation durable") == 4
    assert themes.count("Le réemploi") == 5
    assert len(set(corpus.ids())) == 9


def test_cover_and_part_titles_are_not_fiches(corpus: Corpus) -> None:
    names = {f.name.casefold() for f in corpus.fiches}
    for heading in (
        "économie sociale et solidaire",
        "transition écologique",
        "le réemploi",
        "l'alimentation durable",
    ):
        assert heading not in names


def test_titleless_fiches_take_their_name_from_the_identity_card(corpus: Corpus) -> None:
    assert corpus.fiche("synapse-3i").name == "Synapse 3i"
    assert corpus.fiche("vestali").name == "VESTALI"
    assert corpus.fiche("vestali").challenge.startswith("Créer une confection « école »")


def test_every_span_points_at_the_exact_source_text(corpus: Corpus, source: str) -> None:
    count = 0
    for fiche in corpus.fiches:
        assert fiche.span.start <= fiche.sections[0].span.start
        for section in fiche.sections:
            _check_span(source, section.span, section.text)
            assert fiche.span.start <= section.span.start <= section.span.end <= fiche.span.end
            for part in section.subparts:
                _check_span(source, part.span, part.text)
                assert section.span.start <= part.span.start <= part.span.end <= section.span.end
                count += 1
        for figure in fiche.key_figures:
            assert source[figure.span.start : figure.span.end].strip()
    assert count > 150


def test_sections_do_not_overlap_and_cover_the_fiche(corpus: Corpus, source: str) -> None:
    """Every body line of a fiche lies in a section, or repeats one word for word; only a heading
    line may stand outside (the empty history heading whose text was laid out further down)."""
    lines = source.split("\n")
    for fiche in corpus.fiches:
        spans = sorted((s.span for s in fiche.sections), key=lambda s: s.start)
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start
        covered = set()
        for s in spans:
            covered.update(range(s.line_start, s.line_end + 1))
        section_texts = "\n".join(s.text for s in fiche.sections)
        first_section_line = spans[0].line_start
        for number in range(first_section_line, fiche.span.line_end + 1):
            line = lines[number - 1].strip()
            if line and number not in covered:
                assert line in section_texts or line.startswith("#"), (fiche.id, number, line)


def test_the_nine_section_kinds_are_recognised_at_any_heading_level(corpus: Corpus) -> None:
    copains = corpus.fiche("les-copains-de-thierache")  # '# CARACTÉRISTIQUES …' is an h1
    assert copains.section(SectionKind.CHARACTERISTICS) is not None
    synapse = corpus.fiche("synapse-3i")  # '# CHIFFRES CLÉS …' is an h1
    assert synapse.section(SectionKind.KEY_FIGURES) is not None
    for fiche in corpus.fiches:
        kinds = {s.kind for s in fiche.sections}
        assert {
            SectionKind.CHALLENGE,
            SectionKind.IDENTITY,
            SectionKind.CONTACT,
            SectionKind.HISTORY,
            SectionKind.ACTION,
            SectionKind.KEY_FIGURES,
        } <= kinds


def test_history_laid_out_after_the_contact_block_is_the_history(corpus: Corpus) -> None:
    panier = corpus.fiche("le-panier-de-la-mer-62")
    kinds = [s.kind for s in panier.sections]
    assert kinds.index(SectionKind.IDENTITY) < kinds.index(SectionKind.HISTORY)
    history = panier.section(SectionKind.HISTORY)
    assert history is not None
    assert history.text.startswith("Dès sa création en 2002")
    contact = panier.section(SectionKind.CONTACT)
    assert contact is not None and "Dès sa création" not in contact.text


def test_duplicated_history_is_kept_once_at_its_first_place(corpus: Corpus, source: str) -> None:
    synapse = corpus.fiche("synapse-3i")
    histories = [s for s in synapse.sections if s.kind == SectionKind.HISTORY]
    assert len(histories) == 1
    first = source.index("En 2009, l'association Synapse Picardie")
    assert histories[0].span.start < first < histories[0].span.end


def test_misspelled_labels_are_understood(corpus: Corpus) -> None:
    assert corpus.fiche("les-copains-de-thierache").identity.ape_codes == ["9499Z"]  # CODE PAE
    action = corpus.fiche("le-bois-de-deux-mains").section(SectionKind.ACTION)
    assert action is not None
    assert any("DESSCRIPTIF" in p.label for p in action.subparts)


@pytest.mark.parametrize(
    ("fiche_id", "postcode", "town", "dep_code", "departement"),
    [
        ("association-des-producteurs-des-vallees-de-l-oise", "60490", "Mortemer", "60", "Oise"),
        ("le-jardin-de-cocagne-de-la-haute-borne", "59650", "Villeneuve d'Ascq", "59", "Nord"),
        ("le-panier-de-la-mer-62", "62200", "Boulogne sur Mer", "62", "Pas-de-Calais"),
        ("les-copains-de-thierache", "02120", "Guise", "02", "Aisne"),
        ("il-etait-deux-fois", "62170", "Campigneulles les Petites", "62", "Pas-de-Calais"),
        ("la-remise-enjouee", "59650", "Villeneuve-d'Ascq", "59", "Nord"),
        ("le-bois-de-deux-mains", "02200", "Pommiers", "02", "Aisne"),
        ("synapse-3i", "80000", "Amiens", "80", "Somme"),
        ("vestali", "62800", "Liévin", "62", "Pas-de-Calais"),
    ],
)
def test_contact_address(
    corpus: Corpus, fiche_id: str, postcode: str, town: str, dep_code: str, departement: str
) -> None:
    contact = corpus.fiche(fiche_id).contact
    assert (contact.postcode, contact.town) == (postcode, town)
    assert (contact.departement_code, contact.departement) == (dep_code, departement)
    assert contact.persons and contact.persons[0].name
    assert contact.persons[0].emails


@pytest.mark.parametrize(
    ("fiche_id", "siret", "ape"),
    [
        ("association-des-producteurs-des-vallees-de-l-oise", "", []),
        ("le-jardin-de-cocagne-de-la-haute-borne", "77562407501920", ["8810C", "0113Z"]),
        ("le-panier-de-la-mer-62", "44485057200025", ["8899B"]),
        ("les-copains-de-thierache", "817547813", ["9499Z"]),
        ("il-etait-deux-fois", "82945350500028", ["9499Z"]),
        ("la-remise-enjouee", "88850338000014", ["9499Z"]),
        ("le-bois-de-deux-mains", "81322907700025", []),
        ("synapse-3i", "80328733300022", ["8559B"]),
        ("vestali", "41888954900071", ["9499Z"]),
    ],
)
def test_identity_siret_and_ape(corpus: Corpus, fiche_id: str, siret: str, ape: list[str]) -> None:
    identity = corpus.fiche(fiche_id).identity
    assert identity.siret == siret
    assert identity.ape_codes == ape
    assert identity.legal_status and identity.activity


def test_contact_persons_have_roles_and_phones(corpus: Corpus) -> None:
    person = corpus.fiche("le-bois-de-deux-mains").contact.persons[0]
    assert person.name == "Matthieu Renard"
    assert person.role == "Chef de projet"
    assert person.phones == ["03 23 53 27 23", "06 84 72 84 15"]
    assert corpus.fiche("il-etait-deux-fois").contact.persons[0].role == "Directrice"


@pytest.mark.parametrize(
    ("fiche_id", "budget", "year"),
    [
        ("association-des-producteurs-des-vallees-de-l-oise", 1800, None),
        ("le-jardin-de-cocagne-de-la-haute-borne", 800000, 2021),
        ("le-panier-de-la-mer-62", 608000, 2020),
        ("les-copains-de-thierache", 160000, 2020),
        ("il-etait-deux-fois", 316000, 2021),
        ("la-remise-enjouee", 260000, 2021),
        ("le-bois-de-deux-mains", 575000, 2019),
        ("synapse-3i", 2037760, None),
        ("vestali", 878296, 2019),
    ],
)
def test_budget_key_figure(corpus: Corpus, fiche_id: str, budget: int, year: int | None) -> None:
    budgets = [k for k in corpus.fiche(fiche_id).key_figures if k.kind == "budget"]
    assert budgets[0].number == budget
    assert budgets[0].unit == "€"
    assert budgets[0].year == year


def test_key_figures_split_several_numbers_of_one_paragraph(corpus: Corpus) -> None:
    figures = corpus.fiche("le-panier-de-la-mer-62").key_figures
    numbers = {k.number for k in figures if k.kind == "other"}
    assert {51, 35, 49, 366, 71, 309} <= numbers
    members = [k for k in corpus.fiche("vestali").key_figures if k.kind == "members"]
    assert (members[0].number, members[0].year) == (3228, 2019)


def test_every_fiche_has_key_figures_with_numbers(corpus: Corpus) -> None:
    for fiche in corpus.fiches:
        assert sum(k.number is not None for k in fiche.key_figures) >= 3, fiche.id
