"""Follow-ups whose meaning is the conversation state itself (fast tier: the fake embedder),
on synthetic conversations over the real booklet:

- which ones, after a count ('combien de structures … ?' then 'c'est qui ?', 'lesqueles',
  'who?'): exactly the structures counted, with every constraint of the count;
- the two in focus ('laquelle des deux a le plus gros budget ?', 'which one is bigger?') after
  two turns that were about one structure each: those two compared.

Each class has a test of what must not change beside it."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import plan_question
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector


@pytest.fixture(scope="module")
def plan(corpus: Corpus):
    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    detector = MentionDetector(corpus.fiches, texts)

    def make(question: str, history: list[dict[str, str]] | None = None):
        return plan_question(question, history, detector, len(corpus.fiches))

    return make


def _turn(question: str, fiches: list[Fiche]) -> list[dict[str, str]]:
    """A turn and an answer naming these structures (bold, with their towns)."""
    names = " ; ".join(f"**{f.name}** ({f.contact.town})" for f in fiches)
    return [{"role": "user", "content": question}, {"role": "assistant", "content": names}]


def _asked(engine: Engine, question: str, history: list[dict[str, str]]):
    """The answer to `question`, and the history with it."""
    answer = ask(engine, question, history)
    turn = [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]
    return answer, [*history, *turn]


def _ids(answer) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.fiche_id for s in answer.structures}


# -- which ones, after a count: those counted
COUNTS = [
    "combien de structures ont plus de 100 adhérents ?",
    "how many structures were created after 2015?",
    "combien de structures ont un budget supérieur à 500 000 € ?",
    "combien de structures récupèrent des invendus ?",  # counted from the search
]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("which", ["c'est qui ?", "lesqueles", "qui ?", "who?", "which ones?"])
def test_which_ones_after_a_count_lists_exactly_those_counted(
    fake_engine: Engine, count: str, which: str
) -> None:
    counted, history = _asked(fake_engine, count, [])
    assert len(counted.structures) > 1, counted.answer
    listed = ask(fake_engine, which, history)
    assert not listed.abstained, listed.answer
    assert _ids(listed) == _ids(counted), (listed.answer, listed.plan)


def test_which_ones_after_a_placed_count_keeps_its_place(fake_engine: Engine) -> None:
    corpus = fake_engine.corpus
    by_dep: dict[str, list[str]] = {}
    for f in corpus.fiches:
        by_dep.setdefault(f.contact.departement, []).append(f.id)
    dep = next(d for d, ids in by_dep.items() if len(ids) > 1)
    _, history = _asked(fake_engine, f"combien de structures dans le {dep} ?", [])
    assert _ids(ask(fake_engine, "c'est lesquelles ?", history)) == set(by_dep[dep])


def test_a_figure_asked_of_the_counted_ones_stays_a_figure_of_each(fake_engine: Engine) -> None:
    counted, history = _asked(fake_engine, COUNTS[2], [])
    asked = ask(fake_engine, "et leur budget ?", history)
    assert asked.intent != "list" and _ids(asked) == _ids(counted), asked.answer


@pytest.mark.parametrize("thanks", ["ok merci", "thanks!", "super, merci"])
def test_an_acknowledgement_after_a_count_is_not_read_as_which_ones(plan, thanks: str) -> None:
    history = [
        {"role": "user", "content": COUNTS[0]},
        {"role": "assistant", "content": "**A** ; **B**"},
    ]
    assert plan(thanks, history).resolution != "the structures the previous count counted"


# -- the two in focus, after two turns about one structure each
def _two(corpus: Corpus) -> tuple[Fiche, Fiche]:
    return corpus.fiches[1], corpus.fiches[-1]


@pytest.mark.parametrize(
    "question",
    [
        "laquelle des deux a le plus gros budget ?",
        "which of the two has more employees?",
        "lequel des deux est le plus ancien ?",
        "which one is bigger?",
        "les deux ont combien de salariés ?",
    ],
)
def test_the_two_are_the_structures_of_the_last_two_turns(
    plan, corpus: Corpus, question: str
) -> None:
    a, b = _two(corpus)
    history = [*_turn(f"Qui dirige {a.name} ?", [a]), *_turn(f"et {b.name} ?", [b])]
    planned = plan(question, history)
    assert set(planned.targets) == {a.id, b.id}, planned


def test_the_two_compared_by_a_figure(fake_engine: Engine) -> None:
    a, b = _two(fake_engine.corpus)
    _, history = _asked(fake_engine, f"Où se trouve {a.name} ?", [])
    _, history = _asked(fake_engine, f"et {b.name} ?", history)
    compared = ask(fake_engine, "laquelle des deux a le plus gros budget ?", history)
    assert compared.intent == "aggregate" and _ids(compared) == {a.id, b.id}, compared.answer


def test_one_structure_then_a_pronoun_stays_on_it(plan, corpus: Corpus) -> None:
    """Must not change: 'qui la dirige ?' after two turns is about the last one; 'the two'
    after a single turn has no pair to compare; after a turn naming two, those two."""
    a, b = _two(corpus)
    history = [*_turn(f"Qui dirige {a.name} ?", [a]), *_turn(f"et {b.name} ?", [b])]
    assert plan("et son budget ?", history).targets == [b.id]
    alone = plan("laquelle des deux a le plus gros budget ?", _turn(f"budget de {b.name} ?", [b]))
    assert set(alone.targets) != {a.id, b.id}
    both = plan("lequel des deux est le plus ancien ?", _turn(f"{a.name} et {b.name}", [a, b]))
    assert set(both.targets) == {a.id, b.id}, both
