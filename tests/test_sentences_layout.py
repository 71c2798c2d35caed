"""A sentence the booklet's layout cut with a blank line is quoted whole (fast tier)."""

from __future__ import annotations

from livret_qa.indexing.sentences import split_sentences

TEXT = (
    "Le bois sert à la réparation de meubles, préparation de\n\n"
    "de panneaux en l'état ou de découpe.\n\n"
    "En 2020, le chiffre d'affaires a atteint\n\n"
    "**160 000 €**\n\n"
    "**51** tonnes de poissons collectés\n\n"
    "**35** tonnes de dons d'entreprises\n\n"
    "Patrimoine mondial de L'Unesco\n\n"
    "**60 000** masques produits\n\n"
    "Elle contribue au développement so-\n\n"
    "cio-économique du bassin.\n\n"
    "### Un titre sans point\n\n"
    "suite en minuscule après un titre."
)


def texts() -> list[str]:
    return [s.text for s in split_sentences(TEXT)]


def test_a_lower_case_paragraph_goes_on_with_the_unfinished_one_before() -> None:
    assert (
        "Le bois sert à la réparation de meubles, préparation de de panneaux en l'état "
        "ou de découpe." in texts()
    )


def test_a_word_cut_by_a_hyphen_goes_on_in_the_next_paragraph() -> None:
    assert "Elle contribue au développement so- cio-économique du bassin." in texts()


def test_a_bold_figure_completes_the_clause_that_announced_it() -> None:
    assert "En 2020, le chiffre d'affaires a atteint 160 000 €" in texts()


def test_key_figures_one_after_another_stay_apart() -> None:
    got = texts()
    assert "51 tonnes de poissons collectés" in got and "35 tonnes de dons d'entreprises" in got
    assert "Patrimoine mondial de L'Unesco" in got and "60 000 masques produits" in got


def test_a_heading_never_runs_into_the_paragraph_after_it() -> None:
    assert "suite en minuscule après un titre." in texts()


def test_a_joined_sentence_keeps_its_exact_span() -> None:
    for s in split_sentences(TEXT, offset=100):
        raw = TEXT[s.start - 100 : s.end - 100]
        assert " ".join(raw.replace("**", "").split()) == s.text
