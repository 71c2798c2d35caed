"""A key figure filed under a measure's own label that gives words, not a number ('NB
PROJETS EN ÉTUDE DE FAISABILITÉ : Conception d'un catalogue …'): asked of its structure, the
fiche's words answer (it was refused as 'no number of projects', quoting another figure as the
nearest); in a total, those fiches are said to give it in words, not to give nothing. Real
booklet, every worded figure it holds (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import load_corpus
from livret_qa.parsing.measures import figure_measures, has_quantity, worded_figure
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conftest import CORPUS_DIR


def _worded() -> list[tuple[str, str]]:
    """(fiche id, measure) of each worded figure under its measure's own label."""
    corpus = load_corpus(CORPUS_DIR)
    out = []
    for fiche in corpus.fiches:
        for measure in {m for f in fiche.key_figures for m in figure_measures(f)}:
            if worded_figure(fiche.key_figures, measure) is not None:
                out.append((fiche.id, measure))
    return sorted(out)


WORDED = _worded()


def test_the_booklet_holds_worded_figures() -> None:
    assert WORDED  # else the tests below test nothing


@pytest.mark.parametrize(("fiche_id", "measure"), WORDED)
def test_a_worded_figure_answers_its_measure(
    fake_engine: Engine, fiche_id: str, measure: str
) -> None:
    fiche = fake_engine.corpus.fiche(fiche_id)
    label = next(m for m in lx.MEASURES if m.name == measure).label_fr
    answer = ask(fake_engine, f"Quel est le {label} de {fiche.name} ?")
    figure = worded_figure(fiche.key_figures, measure)
    assert figure is not None and not answer.abstained, answer.answer
    assert fold(figure.value[:40]) in fold(answer.answer)


@pytest.mark.parametrize("measure", sorted({m for _, m in WORDED}))
def test_a_total_says_which_fiches_give_it_in_words(fake_engine: Engine, measure: str) -> None:
    label = next(m for m in lx.MEASURES if m.name == measure).label_fr
    answer = ask(fake_engine, f"Quel est le {label} total des structures ?")
    worded = [fake_engine.corpus.fiche(f).name for f, m in WORDED if m == measure]
    said = answer.answer.split("en mots")[-1]
    assert "en mots" in answer.answer and all(name in said for name in worded), answer.answer


def test_a_figure_naming_a_measure_under_another_label_is_not_worded(fake_engine: Engine) -> None:
    """A plan naming 'insertion' under the projects label counts no one in insertion."""
    for fiche in fake_engine.corpus.fiches:
        for figure in fiche.key_figures:
            if not has_quantity(figure):
                others = [m for m in figure_measures(figure) if m != figure_measures(figure)[-1]]
                for measure in others:
                    assert worded_figure([figure], measure) is None, (fiche.id, measure)
