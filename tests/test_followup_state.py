"""Follow-ups whose meaning is the conversation state itself (fast tier: the fake embedder),
on synthetic conversations over the real booklet:

- which ones, after a count ('combien de structures … ?' then 'c'est qui ?', 'lesqueles',
  'who?'): exactly the structures counted, with every constraint of the count;
- the two in focus ('laquelle des deux a le plus gros budget ?', 'which one is bigger?') after
  two turns that were about one structure each: those two compared.

Each class has a test of what must not change beside it."""

from __future__ import annotations

import re

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


# -- narrowing a count keeps the count's other constraints
def _by(corpus: Corpus, dep: str = "", theme: str = "") -> set[str]:
    return {
        f.id
        for f in corpus.fiches
        if (not dep or f.contact.departement == dep) and (not theme or f.theme == theme)
    }


def _mixed_departement(corpus: Corpus) -> tuple[str, str]:
    """A département holding structures of two themes, and one of those themes."""
    for f in corpus.fiches:
        dep = f.contact.departement
        themes = {g.theme for g in corpus.fiches if g.contact.departement == dep}
        if len(themes) > 1:
            return dep, f.theme
    raise AssertionError("no département with two themes")


@pytest.mark.parametrize(
    ("count", "narrow"),
    [
        ("combien sont dans le {dep} ?", "lesquelles font {theme} ?"),
        ("how many structures are in the {dep}?", "which ones are in {theme}?"),
        ("combien de structures font {theme} ?", "et lesquelles sont dans le {dep} ?"),
        ("how many {theme} structures are there?", "and which of them are in the {dep}?"),
    ],
)
def test_narrowing_a_count_keeps_its_constraints(
    fake_engine: Engine, count: str, narrow: str
) -> None:
    corpus = fake_engine.corpus
    dep, theme = _mixed_departement(corpus)
    words = {"L'alimentation durable": "de l'alimentation", "Le réemploi": "du réemploi"}
    en = {"L'alimentation durable": "food", "Le réemploi": "reuse"}
    said = words[theme] if "combien" in count or "lesquelles" in narrow else en[theme]
    _, history = _asked(fake_engine, count.format(dep=dep, theme=said), [])
    narrowed = ask(fake_engine, narrow.format(dep=dep, theme=said), history)
    assert _ids(narrowed) == _by(corpus, dep, theme), narrowed.answer


def test_another_place_replaces_the_place_and_keeps_the_theme(fake_engine: Engine) -> None:
    """Must not change: 'et dans le X ?' asks the count again in another place (of the same
    theme, which it keeps); a count of a place only, again of the other place."""
    corpus = fake_engine.corpus
    dep, theme = _mixed_departement(corpus)
    other = next(f.contact.departement for f in corpus.fiches if f.contact.departement != dep)
    _, history = _asked(fake_engine, f"combien de structures dans le {other} ?", [])
    again = ask(fake_engine, f"et dans le {dep} ?", history)
    assert _ids(again) == _by(corpus, dep), again.answer
    said = {"L'alimentation durable": "de l'alimentation", "Le réemploi": "du réemploi"}[theme]
    _, history = _asked(fake_engine, f"combien de structures font {said} ?", [])
    again = ask(fake_engine, f"et dans le {dep} ?", history)
    assert _ids(again) == _by(corpus, dep, theme), again.answer


# -- picking among a short answer by a place none of them stands in: none, said so
@pytest.mark.parametrize(
    "question",
    [
        "and which of them are in the {dep}?",
        "lesquelles sont dans le {dep} ?",
        "et parmi elles, lesquelles sont dans le {dep} ?",
        "lesquelles sont à {town} ?",
    ],
)
def test_picking_by_a_place_none_of_them_stands_in_says_none(
    fake_engine: Engine, question: str
) -> None:
    corpus = fake_engine.corpus
    one, elsewhere = corpus.fiches[0], corpus.fiches[-1]
    assert one.contact.departement != elsewhere.contact.departement
    # (a short answer to a list: after a turn about one structure asking no list, a list
    # pronoun ranges over the booklet, test_list_pronoun_after_one.py)
    history = _turn(f"Quelles structures sont à {one.contact.town} ?", [one])
    asked = question.format(dep=elsewhere.contact.departement, town=elsewhere.contact.town)
    answer = ask(fake_engine, asked, history)
    assert not answer.structures, answer.answer
    assert one.name in answer.answer and elsewhere.name not in answer.answer, answer.answer
    assert answer.answer.startswith(("None", "Aucune")), answer.answer
    # an abstention names what is stated: where each of them stands, quoted
    assert answer.abstained and answer.citations and answer.citations[0].fiche_id == one.id


def test_a_place_asked_again_or_keeping_some_is_no_none(fake_engine: Engine) -> None:
    """Must not change: 'et dans le X ?' (no pick) asks the question again there; a pick
    keeping some of them lists those."""
    corpus = fake_engine.corpus
    one, elsewhere = corpus.fiches[0], corpus.fiches[-1]
    again = ask(
        fake_engine,
        f"et dans le {elsewhere.contact.departement} ?",
        _turn(f"Où est {one.name} ?", [one]),
    )
    assert not again.answer.startswith(("None", "Aucune")), again.answer
    dep = elsewhere.contact.departement
    several = [f for f in corpus.fiches if f.theme == elsewhere.theme]
    kept = ask(fake_engine, f"lesquelles sont dans le {dep} ?", _turn("Lesquelles ?", several))
    assert _ids(kept) == {f.id for f in several if f.contact.departement == dep}, kept.answer


# -- a total asked after figures of several structures: the total of that figure
@pytest.mark.parametrize("total", ["combien au total ?", "ça fait combien en tout ?"])
def test_a_total_after_figures_of_several_sums_that_figure(fake_engine: Engine, total: str):
    several = fake_engine.corpus.fiches[:3]
    history = _turn("quel est le budget des structures de l'alimentation ?", several)
    query = ask(fake_engine, total, history).plan["facts_query"]
    assert query is not None and query["op"] == "sum", query
    assert query["measure"] == "budget", query


@pytest.mark.parametrize(
    ("before", "total"),
    [
        ("quel est le budget des structures de l'alimentation ?", "combien sont-elles au total ?"),
        ("combien de structures font du réemploi ?", "combien au total ?"),
    ],
)
def test_how_many_they_are_still_counts(fake_engine: Engine, before: str, total: str) -> None:
    """Must not change: 'combien sont-elles au total ?' counts the structures; a total after
    a count is the count."""
    _, history = _asked(fake_engine, before, [])
    query = ask(fake_engine, total, history).plan["facts_query"]
    assert query is not None and query["op"] == "count", query


# -- a rank picked after a ranking: that structure, with the figure ranked
def _ranking(engine: Engine, question: str):  # type: ignore[no-untyped-def]
    ranked, history = _asked(engine, question, [])
    order = [s.fiche_id for s in ranked.structures]
    query = ranked.plan["facts_query"]
    assert query and query["op"] in ("max", "min"), query
    shown = engine.mentions.mentioned(" ; ".join(re.findall(r"\*\*([^*]+)\*\*", ranked.answer)))
    return order, shown, history


@pytest.mark.parametrize(
    ("ranking", "pick", "at"),
    [
        ("quelle structure a le plus gros budget ?", "et la deuxième ?", 1),
        ("which structure has the most employees?", "and the second one?", 1),
        ("quelle est la structure la plus ancienne ?", "et la dernière ?", -1),
    ],
)
def test_a_rank_after_a_ranking_is_that_structure_with_its_figure(
    fake_engine: Engine, ranking: str, pick: str, at: int
) -> None:
    _, shown, history = _ranking(fake_engine, ranking)
    picked = ask(fake_engine, pick, history)
    assert [s.fiche_id for s in picked.structures] == [shown[at]], picked.answer
    assert picked.plan["facts_query"]["op"] == "list", picked.plan


def test_the_next_one_after_a_rank_counts_on_in_the_ranking(fake_engine: Engine) -> None:
    _, shown, history = _ranking(fake_engine, "quelle est la structure la plus ancienne ?")
    _, history = _asked(fake_engine, "et la deuxième ?", history)
    following = ask(fake_engine, "et celle d'après ?", history)
    assert [s.fiche_id for s in following.structures] == [shown[2]], following.answer


def test_a_rank_asking_its_own_question_asks_it(fake_engine: Engine) -> None:
    """Must not change: 'la deuxième, qui la dirige ?' asks who runs the second one."""
    _, shown, history = _ranking(fake_engine, "quelle est la structure la plus ancienne ?")
    asked = ask(fake_engine, "la deuxième, qui la dirige ?", history)
    assert asked.intent == "person" and [s.fiche_id for s in asked.structures] == [shown[1]]


# -- whether the structure in focus stands in a place it does not: no, with its address
@pytest.mark.parametrize(
    "question", ["est-ce qu'elle est dans le {dep} ?", "is it in the {dep}?", "elle est à {town} ?"]
)
def test_whether_it_stands_in_another_place_is_no_with_its_address(
    fake_engine: Engine, question: str
) -> None:
    corpus = fake_engine.corpus
    one, elsewhere = corpus.fiches[0], corpus.fiches[-1]
    history = _turn(f"Qui dirige {one.name} ?", [one])
    asked = question.format(dep=elsewhere.contact.departement, town=elsewhere.contact.town)
    answer = ask(fake_engine, asked, history)
    assert not answer.abstained and _ids(answer) == {one.id}, answer.answer
    assert answer.answer.startswith(("No", "Non")) and answer.citations, answer.answer
    assert elsewhere.name not in answer.answer


def test_whether_it_stands_where_it_does_is_not_no(fake_engine: Engine) -> None:
    """Must not change: asked of its own département, the answer is no 'No'."""
    one = fake_engine.corpus.fiches[0]
    history = _turn(f"Qui dirige {one.name} ?", [one])
    answer = ask(fake_engine, f"est-elle dans le {one.contact.departement} ?", history)
    assert not answer.answer.startswith(("No", "Non")), answer.answer


# -- the others, after a list chosen from the whole booklet: those it left out
@pytest.mark.parametrize("others", ["et les autres ?", "and the others?", "what about the rest?"])
def test_the_others_after_a_list_are_the_rest_of_the_booklet(
    fake_engine: Engine, others: str
) -> None:
    corpus = fake_engine.corpus
    theme = corpus.fiches[0].theme
    listed = [f for f in corpus.fiches if f.theme == theme]
    answer = ask(fake_engine, others, _turn("quelles structures font de l'alimentation ?", listed))
    assert _ids(answer) == {f.id for f in corpus.fiches} - {f.id for f in listed}, answer.answer


def test_the_others_of_a_pick_are_still_those_of_its_list(plan, corpus: Corpus) -> None:
    """Must not change: after a turn that picked from a list, 'et les autres ?' are the rest
    of that list, not of the booklet."""
    a, b, c = corpus.fiches[:3]
    history = [*_turn("Lesquelles ?", [a, b, c]), *_turn("la première, qui la dirige ?", [a])]
    assert set(plan("et les autres ?", history).targets) == {b.id, c.id}


# -- a follow-up too short to tell its language is in the conversation's
@pytest.mark.parametrize(
    ("before", "lang"), [("how many are in the Nord?", "en"), ("combien sont dans le Nord ?", "fr")]
)
def test_a_follow_up_with_no_word_of_either_language_keeps_the_conversations(
    plan, corpus: Corpus, before: str, lang: str
) -> None:
    history = _turn(before, corpus.fiches[:2])
    assert plan("names?", history).lang == lang
    assert plan(corpus.fiches[3].name + " ?", history).lang == lang


def test_a_follow_up_in_a_language_of_its_own_is_in_it(plan, corpus: Corpus) -> None:
    """Must not change: a question that says its language is in it, whatever came before."""
    history = _turn("how many are in the Nord?", corpus.fiches[:2])
    assert plan("et leur budget ?", history).lang == "fr"


def test_first_of_the_two_is_a_comparison_not_a_position(plan, corpus: Corpus) -> None:
    a, b = _two(corpus)
    history = [*_turn(f"Who runs {a.name}?", [a]), *_turn(f"and {b.name}?", [b])]
    planned = plan("which of the two was created first?", history)
    assert set(planned.targets) == {a.id, b.id}, planned


def test_the_other_one_after_a_comparison_is_the_one_not_first(fake_engine: Engine) -> None:
    a, b = _two(fake_engine.corpus)
    _, history = _asked(fake_engine, f"Où se trouve {a.name} ?", [])
    _, history = _asked(fake_engine, f"et {b.name} ?", history)
    compared, history = _asked(fake_engine, "laquelle des deux a le plus gros budget ?", history)
    first = compared.structures[0].fiche_id
    other = ask(fake_engine, "et l'autre, qui la dirige ?", history)
    assert _ids(other) == {a.id, b.id} - {first}, other.answer
    both = ask(fake_engine, "et leurs salariés ?", history)  # must not change: both
    assert _ids(both) == {a.id, b.id}, both.answer


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles font de l'alimentation durable ?",
        "which of them are food initiatives?",
    ],
)
def test_picking_by_a_theme_none_of_them_belongs_to_says_none(
    fake_engine: Engine, question: str
) -> None:
    """'lesquelles font de l'alimentation ?' after an answer naming only re-use structures:
    none of them, said so with where each stands, not a food structure brought in."""
    corpus = fake_engine.corpus
    # (two of them: after a turn about ONE structure asking no list, a list pronoun ranges
    # over the booklet, test_list_pronoun_after_one.py)
    reuse = [f for f in corpus.fiches if f.theme == "Le réemploi"][:2]
    answer = ask(fake_engine, question, _turn(f"Où est {reuse[0].name} ?", reuse))
    assert answer.abstained and not answer.structures, answer.answer
    assert answer.answer.startswith(("None", "Aucune")) and reuse[0].name in answer.answer
    assert answer.citations


def test_picking_by_a_town_the_booklet_does_not_hold_says_none(fake_engine: Engine) -> None:
    """'and which of those are in Lille?': a town no structure stands in still picks among
    them; it kept the one in focus."""
    one = fake_engine.corpus.fiches[0]
    answer = ask(fake_engine, "and which of those are in Lille?", _turn("Who?", [one]))
    assert answer.abstained and not answer.structures, answer.answer
    assert answer.answer.startswith("None")
