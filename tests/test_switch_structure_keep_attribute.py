"""A follow-up that moves to another structure and keeps what was asked: 'Qui dirige VESTALI
?' then 'et dans l'Aisne ?', 'what about the Oise one?' (the same question, of each structure
standing there, when the one in focus stands elsewhere), 'et pour celle de guise ?' (a town
typed in lower case after 'celle de'), 'and the toy one?' (the structure of the booklet doing
what the words name, when the one in focus does not). Neighbours keep the one in focus: a
place it stands in, a thing it does, a lower-case word after 'de' that is no town. Synthetic
conversations built from every fiche of the real booklet, on the fake engine (fast tier)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

ASKED = [
    ("Qui dirige {name} ?", "{name} est dirigée par la personne que cite sa fiche [1].", "person"),
    ("When was {name} created?", "{name} was created in the year its fiche gives [1].", "date"),
    ("Quelle est l'adresse de {name} ?", "{name} est à {town} [1].", "field"),
]
ANOTHER_PLACE = ["et dans le département {dep} ?", "what about the {dep} one?", "and in the {dep}?"]


def _after(engine: Engine, fiche: Fiche, first: tuple[str, str, str], then: str) -> Answer:
    question, reply, _ = first
    history = [
        {"role": "user", "content": question.format(name=fiche.name)},
        {"role": "assistant", "content": reply.format(name=fiche.name, town=fiche.contact.town)},
    ]
    return ask(engine, then, history)


def _departements(engine: Engine) -> dict[str, tuple[str, set[str]]]:
    """code -> (name, fiches standing there)."""
    out: dict[str, tuple[str, set[str]]] = {}
    for f in engine.corpus.fiches:
        _name, held = out.setdefault(f.contact.departement_code, (f.contact.departement, set()))
        held.add(f.id)
    return out


@pytest.mark.parametrize("first", ASKED)
@pytest.mark.parametrize("then", ANOTHER_PLACE)
def test_the_same_question_of_the_structures_of_another_place(
    fake_engine: Engine, first: tuple[str, str, str], then: str
) -> None:
    places = _departements(fake_engine)
    for fiche in fake_engine.corpus.fiches:
        for code, (dep, there) in places.items():
            if code == fiche.contact.departement_code:
                continue
            answer = _after(fake_engine, fiche, first, then.format(dep=dep))
            named = {s.fiche_id for s in answer.structures}
            assert named == there, (fiche.id, dep, answer.answer)
            assert answer.plan["parts"][0]["intent"] == first[2], answer.plan


@pytest.mark.parametrize("first", ASKED)
def test_a_place_the_one_in_focus_stands_in_keeps_it(
    fake_engine: Engine, first: tuple[str, str, str]
) -> None:
    """Neighbour: 'et dans le Pas-de-Calais ?' of VESTALI (Liévin) answers of VESTALI."""
    for fiche in fake_engine.corpus.fiches:
        then = f"et dans le département {fiche.contact.departement} ?"
        answer = _after(fake_engine, fiche, first, then)
        assert [s.fiche_id for s in answer.structures] == [fiche.id], (fiche.id, answer.answer)


def _towns(engine: Engine) -> dict[str, str]:
    """A town standing for one structure only -> that structure."""
    seen: dict[str, list[str]] = {}
    typed: dict[str, str] = {}
    for f in engine.corpus.fiches:
        key = re.sub(r"[\s'’-]+", " ", fold(f.contact.town))  # one town, however written
        seen.setdefault(key, []).append(f.id)
        typed[key] = f.contact.town.lower()
    return {typed[key]: ids[0] for key, ids in seen.items() if len(ids) == 1}


@pytest.mark.parametrize("then", ["et pour celle de {town} ?", "and the one from {town}?"])
def test_a_town_typed_in_lower_case_picks_the_one_there(fake_engine: Engine, then: str) -> None:
    towns = _towns(fake_engine)
    first = ("Combien de salariés chez {name} ?", "{name} : le nombre de sa fiche [1].", "")
    for fiche in fake_engine.corpus.fiches:
        for town, there in towns.items():
            answer = _after(fake_engine, fiche, first, then.format(town=town))
            assert answer.structures, (fiche.id, town, answer.answer)
            assert answer.structures[0].fiche_id == there, (fiche.id, town, answer.answer)


@pytest.mark.parametrize(
    "question", ["combien de pommiers ?", "en guise de conclusion ?", "celle de bois ?"]
)
def test_a_lower_case_word_after_de_stays_as_typed(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    """Neighbour: only after 'celle de', 'celui de', 'the one from' is a lower-case town read."""
    history = [
        {"role": "user", "content": "Qui dirige VESTALI ?"},
        {"role": "assistant", "content": "Hélène Maréchal [1]."},
    ]
    planned = plan(question, history)
    assert planned.places == [], planned


# (what a structure does, as a pointer, in both languages) -> the one fiche naming it
POINTERS = [("the toy one", "celle qui fait des jouets"), ("the fish one", "celle du poisson")]


def _holder(engine: Engine, pointer: str) -> str:
    from livret_qa import lexicon as lx
    from livret_qa.answering import topic_words

    word = pointer.split()[1]
    (thing,) = topic_words.topic_words(word, lx.GENERIC_TOPIC_EN)
    vocab = engine.mentions.vocab
    (holder,) = [f for f, held in vocab.items() if thing.held_by(held)]
    return holder


@pytest.mark.parametrize("pointers", POINTERS)
def test_the_one_doing_a_thing_after_another_one(
    fake_engine: Engine, pointers: tuple[str, str]
) -> None:
    holder = _holder(fake_engine, pointers[0])
    for fiche in fake_engine.corpus.fiches:
        for n, pointer in enumerate(pointers):
            first = (
                ("How many members does {name} have?", "{name}: the figure of its fiche [1].", "")
                if n == 0
                else ("Combien d'adhérents a {name} ?", "{name} : le nombre de sa fiche [1].", "")
            )
            answer = _after(fake_engine, fiche, first, f"and {pointer}?")
            assert answer.structures[0].fiche_id == holder, (fiche.id, pointer, answer.answer)
            assert answer.plan["parts"][0]["attribute"] == "measure:adherents", answer.plan


def test_the_one_doing_a_thing_it_does_keeps_it(fake_engine: Engine) -> None:
    """Neighbour: the one in focus does it ('the toy one' after the toy recycler): kept."""
    holder = _holder(fake_engine, "the toy one")
    name = fake_engine.corpus.fiche(holder).name
    first = ("Who runs {name}?", "{name}: its director [1].", "")
    answer = _after(fake_engine, fake_engine.corpus.fiche(holder), first, "and the toy one?")
    assert answer.structures[0].fiche_id == holder, (name, answer.answer)
