"""Synthetic booklets made from the real one: they parse like it, and differ from it."""

from __future__ import annotations

import re

import pytest

from livret_qa.evaluation.synthetic import edited_booklet, perturbed_copies, perturbed_copy
from livret_qa.parsing.booklet import parse_booklet
from livret_qa.parsing.corpus import Corpus, load_corpus
from livret_qa.parsing.fiche import Fiche, SectionKind
from livret_qa.text import fold, slugify


@pytest.fixture(scope="module")
def copies(source: str) -> list[tuple[str, str]]:
    return perturbed_copies(source, 3, seed=7)


def _figures(fiche: Fiche) -> list[float]:
    return [k.number for k in fiche.key_figures if k.number is not None]


def test_every_copy_parses_into_as_many_fiches_with_the_same_sections(
    corpus: Corpus, copies: list[tuple[str, str]]
) -> None:
    for name, text in copies:
        fiches = parse_booklet(text, name)
        assert len(fiches) == len(corpus.fiches)
        for original, copy in zip(corpus.fiches, fiches, strict=True):
            assert [s.kind for s in copy.sections] == [s.kind for s in original.sections]
            assert copy.theme == original.theme
            assert len(copy.key_figures) == len(original.key_figures)


def test_structures_are_renamed_everywhere_in_their_fiche(
    corpus: Corpus, copies: list[tuple[str, str]]
) -> None:
    for name, text in copies:
        fiches = parse_booklet(text, name)
        for original, copy in zip(corpus.fiches, fiches, strict=True):
            assert fold(copy.name) != fold(original.name)
            assert copy.identity.legal_name != original.identity.legal_name
            body = fold(text[copy.span.start : copy.span.end])
            # Web and mail addresses are kept as written: only the names in the text change.
            body = re.sub(r"\S*(?:@|www\.|https?:)\S*", " ", body)
            assert fold(original.name) not in body, (name, original.name)
            assert fold(copy.name) in body


def test_towns_and_figures_change_and_stay_consistent(
    corpus: Corpus, copies: list[tuple[str, str]]
) -> None:
    moved = changed = 0
    for name, text in copies:
        for original, copy in zip(corpus.fiches, parse_booklet(text, name), strict=True):
            contact = copy.contact
            moved += contact.town != original.contact.town
            changed += _figures(copy) != _figures(original)
            if contact.postcode:
                # The département read from the copy agrees with its new postcode.
                assert contact.departement_code == contact.postcode[:2]
    fiche_count = len(copies) * len(corpus.fiches)
    assert moved >= fiche_count - 1  # a fiche may land in its own town by chance, rarely
    assert changed == fiche_count


def test_years_dates_and_identifiers_are_kept(corpus: Corpus, source: str) -> None:
    _, text = perturbed_copy(source, 1)
    copy = parse_booklet(text, "copy.md")
    for original, fiche in zip(corpus.fiches, copy, strict=True):
        assert fiche.identity.siret == original.identity.siret
        assert [k.year for k in fiche.key_figures] == [k.year for k in original.key_figures]
    assert "23 avril 2019" in text  # a date is not a figure
    # Every four-digit year of the original is still there.
    assert set(re.findall(r"\b20[0-2]\d\b", source)) <= set(re.findall(r"\b20[0-2]\d\b", text))


def test_ids_names_and_titles_are_unique_across_copies(
    corpus: Corpus, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("copies")
    original = next(iter(corpus.sources))
    (folder / original).write_text(corpus.sources[original], encoding="utf-8")
    copies = perturbed_copies(corpus.sources[original], 10)
    for name, text in copies:
        (folder / name).write_text(text, encoding="utf-8")
    loaded = load_corpus(folder)
    assert len(loaded.fiches) == 11 * len(corpus.fiches)
    names = [fold(f.name) for f in loaded.fiches]
    assert len(set(names)) == len(names)
    # No id needed a '-2' suffix to be unique: the names themselves are distinct.
    assert all(f.id == slugify(f.name) for f in loaded.fiches)
    titles = {text.split("\n# ", 1)[1].split("\n", 1)[0] for _, text in copies}
    assert len(titles) == len(copies)
    assert len({name for name, _ in copies}) == len(copies)


def test_copies_are_deterministic_and_independent_of_their_number(source: str) -> None:
    three = perturbed_copies(source, 3, seed=1)
    assert three == perturbed_copies(source, 3, seed=1)
    assert perturbed_copies(source, 5, seed=1)[:3] == three
    assert perturbed_copies(source, 3, seed=2) != three
    assert len({text for _, text in three}) == 3


def test_the_shared_content_survives(source: str) -> None:
    # What is not a name, a place or a figure is copied: CAP3C still qualifies in every copy.
    mentions = len(re.findall(r"CAP ?3C", source))
    for _, text in perturbed_copies(source, 2):
        assert len(re.findall(r"CAP ?3C", text)) == mentions
        assert text.count("défi") == source.count("défi")


def test_bad_arguments_say_what_to_pass(source: str) -> None:
    with pytest.raises(ValueError, match="n must be 0 or more"):
        perturbed_copies(source, -1)
    with pytest.raises(ValueError, match="numbered from 1"):
        perturbed_copy(source, 0)
    with pytest.raises(ValueError, match="no fiche"):
        perturbed_copy("# Un titre\n\nDu texte.\n", 1)
    assert perturbed_copies(source, 0) == []


def test_identity_and_contact_keep_their_layout(corpus: Corpus, source: str) -> None:
    _, text = perturbed_copy(source, 4)
    for original, copy in zip(corpus.fiches, parse_booklet(text, "c.md"), strict=True):
        for kind in (SectionKind.IDENTITY, SectionKind.CONTACT):
            a, b = original.section(kind), copy.section(kind)
            assert (a is None) == (b is None)
            if a is not None and b is not None:
                assert [p.label for p in b.subparts] == [p.label for p in a.subparts]


def test_an_edited_booklet_changes_one_fiche_only(corpus: Corpus, source: str) -> None:
    edited = edited_booklet(source, note="Note 7")
    before, after = corpus.fiches, parse_booklet(edited, "e.md")
    assert [f.id for f in after] == [f.id for f in before]
    changed = [
        b.id
        for a, b in zip(before, after, strict=True)
        if [s.text for s in a.sections] != [s.text for s in b.sections]
    ]
    assert changed == [before[-1].id]
    assert "Note 7 : la structure ouvre" in after[-1].section(SectionKind.ACTION).text  # type: ignore[union-attr]
    assert edited_booklet(source, note="Note 7") == edited
