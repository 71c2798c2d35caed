"""'non, je parlais de l'autre, celle des meubles', 'no, I meant the textile one', 'non,
l'autre': the user says the structure in focus is not the one meant; the one meant is
picked among the others, and asked what the last turn asked. Class: corrections pointing at
another structure (the pointer picked among the refused focus alone). Synthetic
conversations over the real booklet; the assistant turns are a client's own."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.correction import corrects_structure
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "non je parlais de l'autre",
        "non, celle des meubles",
        "pas celle-là, celle qui fait des jouets",
        "no, I meant the textile one",
        "not that one, the other one",
        "nope, the food one",
        "je voulais dire celle de Liévin",
    ],
)
def test_a_correction_is_read(question: str) -> None:
    assert corrects_structure(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "non, je parlais du budget",  # the attribute corrected: no structure pointed at
        "no, I meant their address",
        "et l'autre ?",  # no correction: the other one of a pair
        "the food one?",
        "non merci",
    ],
)
def test_other_follow_ups_are_no_correction(question: str) -> None:
    assert not corrects_structure(fold(question))


def _by_theme(corpus: Corpus, theme: str) -> list[str]:
    return [f.id for f in corpus.fiches if f.theme == theme]


def test_the_other_of_a_pair_after_a_pick(engine, corpus: Corpus) -> None:
    pair = [f for f in corpus.fiches if f.contact.departement == "Nord"][:2]
    assert len(pair) == 2
    history = [
        {"role": "user", "content": "Quelles structures sont dans le Nord ?"},
        {"role": "assistant", "content": f"{pair[0].name} et {pair[1].name}."},
        {"role": "user", "content": "la deuxième, son adresse ?"},
        {"role": "assistant", "content": "Voici son adresse : …"},
    ]
    for said in ("non, l'autre", "no, the other one"):
        answer = ask(engine, said, history)
        assert [s.fiche_id for s in answer.structures] == [pair[0].id], answer.answer
        assert answer.plan["parts"][0]["attribute"] == "field:address", answer.plan


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("non je parlais de l'autre, celle des meubles", "meuble"),
        ("no, I meant the computer one", "ordinateur"),
        ("pas celle-là, celle qui fait des jouets", "jouet"),
    ],
)
def test_the_one_meant_is_picked_among_the_others(
    engine, corpus: Corpus, said: str, thing: str
) -> None:
    """The one meant is the fiche naming the thing most, never the one refused."""
    texts = {f.id: fold(corpus.sources[f.source][f.span.start : f.span.end]) for f in corpus.fiches}
    ranked = sorted(corpus.fiches, key=lambda f: texts[f.id].count(thing), reverse=True)
    meant = ranked[0]
    refused = next(f for f in corpus.fiches if f.id != meant.id and f.theme == meant.theme)
    history = [
        {"role": "user", "content": f"c'est quoi {refused.name} ?"},
        {"role": "assistant", "content": f"{refused.name}, à {refused.contact.town}."},
    ]
    answer = ask(engine, said, history)
    got = [s.fiche_id for s in answer.structures]
    assert refused.id not in got, answer.answer
    assert got == [meant.id], answer.answer


def test_after_several_the_correction_picks_among_them(engine, corpus: Corpus) -> None:
    """After an answer naming several, 'non, celle des meubles' picks among them: none of
    them was refused (it refused them all and picked a third one)."""
    texts = {f.id: fold(corpus.sources[f.source][f.span.start : f.span.end]) for f in corpus.fiches}
    ranked = sorted(corpus.fiches, key=lambda f: texts[f.id].count("meuble"), reverse=True)
    meant, other = ranked[0], ranked[-1]
    history = [
        {"role": "user", "content": "d'autres idées ?"},
        {"role": "assistant", "content": f"1. {other.name} 2. {meant.name}"},
    ]
    answer = ask(engine, "non, je parlais de celle des meubles", history)
    assert [s.fiche_id for s in answer.structures] == [meant.id], answer.answer
