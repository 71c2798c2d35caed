"""A follow-up that is really a new question must not ask the previous one again, nor stay on
the structure in focus when it names others (class: 'a new theme or structure, a full
sentence'). Three signals, each with what must not change: an ordinal word inside a set
phrase ('second-hand toys') points at no structure; a question naming the structures it asks
about ('les freins des structures du réemploi') is about those; a question with its own frame
('Qu'est-ce que le drive fermier ?', 'qu'est-ce qu'elle vend ?') never inherits the previous
question's attribute. Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine

REUSE = "Le réemploi"


def _turn(question: str, fiches: list[Fiche]) -> list[dict[str, str]]:
    names = " ; ".join(f"**{f.name}** ({f.contact.town})" for f in fiches)
    return [{"role": "user", "content": question}, {"role": "assistant", "content": names}]


# -- an ordinal word inside a set phrase
@pytest.mark.parametrize(
    "question",
    [
        "and who sells second-hand toys?",
        "et qui vend des vêtements de seconde main ?",
        "who gives objects a second life?",
        "and who sells second-hand furniture?",
    ],
)
def test_an_ordinal_inside_a_set_phrase_picks_no_structure(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = corpus.fiches[8]
    planned = plan(question, _turn(f"Qui dirige {fiche.name} ?", [fiche]))
    assert planned.target_source == "any", planned


@pytest.mark.parametrize(
    ("question", "at"),
    [("et la seconde ?", 1), ("the second one, who runs it?", 1), ("and the last?", -1)],
)
def test_an_ordinal_alone_still_picks_one_of_the_list(
    plan, corpus: Corpus, question: str, at: int
) -> None:
    fiches = [f for f in corpus.fiches if f.theme == REUSE]
    planned = plan(question, _turn("Quelles structures font du réemploi ?", fiches))
    assert planned.targets == [fiches[at].id], planned


# -- a question naming the structures it asks about (by a theme; a département is read first
# as a narrowing of the focus, which compose widens when none of it stands there)
@pytest.mark.parametrize(
    "question",
    [
        "Quels sont les freins rencontrés par les structures du réemploi ?",
        "who runs the food initiatives?",
        "what do the re-use structures sell?",
    ],
)
def test_a_question_naming_its_structures_leaves_the_one_in_focus(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = corpus.fiches[7]
    planned = plan(question, _turn(f"Qui dirige {fiche.name} ?", [fiche]))
    assert planned.targets != [fiche.id], planned


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles sont des associations du Nord ?",
        "et leurs budgets dans le Nord ?",
        "which of them are food initiatives?",
    ],
)
def test_pointing_back_at_a_list_with_a_scope_keeps_the_list(
    plan, corpus: Corpus, question: str
) -> None:
    fiches = [f for f in corpus.fiches if f.theme == REUSE]
    planned = plan(question, _turn("Quelles structures font du réemploi ?", fiches))
    assert planned.target_source == "focus" and set(planned.targets) <= {f.id for f in fiches}


# -- a question with its own frame
@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce que le drive fermier ?",
        "qu'est-ce qu'elle vend ?",
        "c'est quoi la confection école ?",
        "what is the click and collect platform?",
        "comment fonctionne le chantier d'insertion ?",
    ],
)
def test_a_question_in_its_own_frame_asks_no_previous_attribute(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = corpus.fiches[7]
    planned = plan(question, _turn(f"Quel est le budget de {fiche.name} ?", [fiche]))
    assert all(p.attribute != "measure:budget" for p in planned.parts), planned


def test_a_thing_only_another_fiche_names_is_answered_from_that_fiche(
    engine: Engine, corpus: Corpus
) -> None:
    """'le budget de X ?' then 'Qu'est-ce que le drive fermier ?': the fiche naming the farm
    drive, not X's budget again (the drive is found by its name, in whichever fiche)."""
    holders = [
        f.id
        for f in corpus.fiches
        if "drive fermier" in corpus.sources[f.source][f.span.start : f.span.end].lower()
    ]
    other = next(f for f in corpus.fiches if f.id not in holders)
    history = _turn(f"Quel est le budget de {other.name} ?", [other])
    answer = ask(engine, "Qu'est-ce que le drive fermier ?", history)
    assert answer.structures and answer.structures[0].fiche_id in holders, answer.answer


@pytest.mark.parametrize("question", ["et son adresse ?", "c'est quoi ?", "and its website?"])
def test_an_ellipsis_still_asks_of_the_structure_in_focus(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = corpus.fiches[7]
    planned = plan(question, _turn(f"Quel est le budget de {fiche.name} ?", [fiche]))
    assert planned.targets == [fiche.id], planned
