"""Follow-ups by class, on synthetic conversations over the real booklet (fast tier: the fake
embedder). Each class is a way a conversation goes on that no single wording makes:
a topic switch said as such ('Autre question : …'), 'et qui <verb> … ?' starting a new list,
'who' asking an attribute of the structure in focus ('who are the partners?'), an attribute
named in a hurry ('opening year?', 'how is it funded?'), a yes/no question typed as a statement
('elle a un site web ?'), pointing at the others of a list a turn picked from ('et l'autre ?',
'and the rest?'), at one of the list by what it does ('the food one', 'celle qui fait des
jouets'), by its département with a question of its own ('the one in the Aisne, who runs
it?'), at all of them by number ('all three'), and the whole region again after a placed
question ('et dans toute la région ?')."""

from __future__ import annotations

from collections import defaultdict

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import plan_question
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold

REUSE, FOOD = "Le réemploi", "L'alimentation durable"


def _turn(question: str, fiches: list[Fiche]) -> list[dict[str, str]]:
    """A turn and an answer naming these structures (bold, with their towns)."""
    names = " ; ".join(f"**{f.name}** ({f.contact.town})" for f in fiches)
    return [{"role": "user", "content": question}, {"role": "assistant", "content": names}]


def _then(history: list[dict[str, str]], question: str, engine: Engine) -> list[dict[str, str]]:
    """The history with `question` asked and answered by the engine."""
    answer = ask(engine, question, history)
    return [
        *history,
        {"role": "user", "content": question},
        {"role": "assistant", "content": answer.answer},
    ]


def _ids(engine: Engine, question: str, history: list[dict[str, str]]) -> list[str]:
    return [s.fiche_id for s in ask(engine, question, history).structures]


def _one(corpus: Corpus) -> Fiche:
    return corpus.fiches[0]


# -- a topic switch said as such
@pytest.mark.parametrize(
    "question",
    [
        "Autre question : quelles structures récupèrent des jouets ?",
        "autre question, qui vend du poisson ?",
        "Other question: which structures repair computers?",
        "New topic - who sells vegetables?",
        "Changement de sujet : quelles structures sont dans l'Oise ?",
        "different topic: which organisations collect wood?",
    ],
)
def test_a_question_that_says_it_changes_the_subject_inherits_nothing(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = _one(corpus)
    history = _turn(f"Qui dirige {fiche.name} ?", [fiche])
    planned = plan(question, history)
    assert planned.target_source == "any" and not planned.followup, planned
    assert not lx.TOPIC_SWITCH.match(fold(planned.question)), planned.question


@pytest.mark.parametrize(
    "question",
    [
        "Sinon, elle a combien de salariés ?",
        "By the way, how many volunteers do they have?",
        "au fait, ils ont un site internet ?",
        "Anyway, what is their budget?",
        "btw who runs it?",
        "Autre question : ils ont un site web ?",
        "other question, what's its budget?",
    ],
)
def test_an_aside_or_a_switch_pointing_back_keeps_the_structure_in_focus(
    plan, corpus: Corpus, question: str
) -> None:
    """'sinon, …', 'by the way, …' move on within the conversation; a switch whose question
    points back ('autre question : ils ont …') still asks of the structure in focus."""
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Qui dirige {fiche.name} ?", [fiche]))
    assert planned.targets == [fiche.id] and planned.followup, planned
    assert not lx.TOPIC_SWITCH.match(fold(planned.question)), planned.question


@pytest.mark.parametrize(
    "question", ["Sinon, qui fait de la couture ?", "by the way, who sells fish?"]
)
def test_an_aside_asking_a_new_list_is_a_new_list(plan, corpus: Corpus, question: str) -> None:
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Qui dirige {fiche.name} ?", [fiche]))
    assert planned.intent == "list" and planned.target_source == "any", planned


def test_a_marker_alone_is_no_question_of_its_own(plan, corpus: Corpus) -> None:
    assert plan("Autre question ?").question == "Autre question ?"


# -- 'et qui … ?' after one structure: a new list
@pytest.mark.parametrize(
    "question",
    [
        "Et qui récupère des ordinateurs ?",
        "et qui s'occupe de jouets ?",
        "and who sells fish?",
        "Et qui vend des légumes ?",
        "mais qui collecte du bois ?",
    ],
)
def test_and_who_does_something_after_one_structure_is_a_new_list(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Où est {fiche.name} ?", [fiche]))
    assert planned.intent == "list" and planned.target_source == "any", planned


@pytest.mark.parametrize(
    "question",
    [
        "and who is in charge?",
        "et qui s'en occupe ?",
        "et qui contacter ?",
        "and who owns the building?",
        "et qui finance le projet ?",
        "and who should I call?",
        "and who's in charge there?",
    ],
)
def test_and_who_holding_a_role_there_keeps_the_structure_in_focus(
    plan, corpus: Corpus, question: str
) -> None:
    """'et qui … ?' is a new list only when it asks who does a thing ('and who sells fish?'),
    not who holds a role at the structure in focus."""
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Où est {fiche.name} ?", [fiche]))
    assert planned.targets == [fiche.id] and planned.followup, planned


@pytest.mark.parametrize("question", ["et qui la dirige ?", "and who runs it?"])
def test_and_who_runs_it_still_asks_of_the_structure_in_focus(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Où est {fiche.name} ?", [fiche]))
    assert planned.targets == [fiche.id] and planned.intent == "person", planned


# -- 'who' asking an attribute of the structure in focus
@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("who are the partners?", "subpart:partners"),
        ("Qui sont les financeurs ?", "subpart:funders"),
        ("and who are its funders?", "subpart:funders"),
        ("who pays for it?", "subpart:funders"),
        ("qui les finance ?", "subpart:funders"),
        ("qui sont ses partenaires techniques ?", "subpart:technical_partners"),
    ],
)
def test_who_asking_an_attribute_asks_it_of_the_focus(
    plan, corpus: Corpus, question: str, attribute: str
) -> None:
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Que fait {fiche.name} ?", [fiche]))
    assert planned.targets == [fiche.id], planned
    assert planned.parts[0].attribute == attribute, planned.parts


# -- an attribute named in a hurry
@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("opening year?", "event:opening"),
        ("founding year?", "event:creation"),
        ("founding date", "event:creation"),
        ("year founded?", "event:creation"),
        ("start date?", "event:launch"),
        ("creation year", "event:creation"),
        ("how is it funded?", "subpart:funders"),
        ("how are they financed?", "subpart:funders"),
        ("comment est-elle financée ?", "subpart:funders"),
        ("elle touche des subventions ?", "subpart:funders"),
        ("do they get any grants?", "subpart:funders"),
        ("elle reçoit des aides publiques ?", "subpart:funders"),
    ],
)
def test_an_attribute_named_in_a_hurry_asks_it_of_the_focus(
    plan, corpus: Corpus, question: str, attribute: str
) -> None:
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Tell me about {fiche.name}", [fiche]))
    assert planned.targets == [fiche.id], planned
    assert planned.parts[0].attribute == attribute, planned.parts


# -- a statement with a question mark (its yes/no reading is planner.asks_yes_no_by_intonation)
@pytest.mark.parametrize(
    "question", ["they deliver?", "elle touche des subventions ?", "ils accueillent du public ?"]
)
def test_a_statement_naming_nothing_the_fiche_labels_keeps_the_focus_and_is_answered(
    plan, corpus: Corpus, question: str
) -> None:
    """A rising statement that names no attribute the fiche states is answered from the
    fiche (no yes/no refusal for want of its words); the focus is kept."""
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Que fait {fiche.name} ?", [fiche]))
    assert planned.targets == [fiche.id] and planned.followup, planned


@pytest.mark.parametrize(
    "question",
    [
        "elle a été créée quand ?",
        "elle est où exactement ?",
        "ils ont combien de salariés ?",
        "elle fait quoi ?",
        "il y a des ressourceries dans le Nord ?",
        "elle a un site web",  # no question mark: a statement
    ],
)
def test_a_statement_asking_a_value_is_no_yes_no_question(
    plan, corpus: Corpus, question: str
) -> None:
    fiche = _one(corpus)
    planned = plan(question, _turn(f"Que fait {fiche.name} ?", [fiche]))
    assert not any(p.yes_no for p in planned.parts), planned


# -- all of them, by their number
@pytest.mark.parametrize(
    "question",
    ["what's the budget of all three?", "et le budget des trois ?", "who runs the three of them?"],
)
def test_all_of_them_by_their_number_points_at_each(plan, corpus: Corpus, question: str) -> None:
    fiches = list(corpus.fiches[:3])
    planned = plan(question, _turn("Quelles structures as-tu ?", fiches))
    assert planned.targets == [f.id for f in fiches], planned


@pytest.mark.parametrize("text", ["les 3 plus gros budgets", "the three biggest budgets"])
def test_a_ranking_by_number_points_at_no_one(text: str) -> None:
    assert not lx.PLURAL_REFERENCE.search(text)


# -- the others of the list a turn picked from
def _pairs(engine: Engine) -> list[list[Fiche]]:
    """Structures of one département standing in different towns."""
    by_dep: dict[str, list[Fiche]] = defaultdict(list)
    for f in engine.corpus.fiches:
        by_dep[f.contact.departement].append(f)
    return [
        fs for fs in by_dep.values() if len({fold(f.contact.town)[:6] for f in fs}) == len(fs) > 1
    ]


@pytest.mark.parametrize(
    ("pick", "other"),
    [
        ("celle de {town}, qui la dirige ?", "et l'autre ?"),
        ("the one in {town}: who runs it?", "and the other one?"),
        ("celle de {town}, elle a été créée quand ?", "et les autres ?"),
        ("the one in {town}, when was it founded?", "and the rest?"),
    ],
)
def test_the_other_one_is_what_the_pick_left_out(
    fake_engine: Engine, pick: str, other: str
) -> None:
    groups = _pairs(fake_engine)
    assert groups
    for fiches in groups:
        chosen = fiches[0]
        history = _turn("Quelles structures as-tu ?", fiches)
        history = _then(history, pick.format(town=chosen.contact.town), fake_engine)
        ids = _ids(fake_engine, other, history)
        assert set(ids) == {f.id for f in fiches[1:]}, (other, ids)


@pytest.mark.parametrize(
    ("narrow", "rest"),
    [
        ("lesquelles font du réemploi ?", "et les autres ?"),
        ("just the re-use ones", "and the rest?"),
    ],
)
def test_the_others_after_a_narrowing_are_the_rest_of_the_list(
    fake_engine: Engine, narrow: str, rest: str
) -> None:
    fiches = list(fake_engine.corpus.fiches)[1:]  # (an answer naming all of them names none)
    history = _then(_turn("Quelles structures as-tu ?", fiches), narrow, fake_engine)
    assert set(_ids(fake_engine, rest, history)) == {f.id for f in fiches if f.theme != REUSE}


# -- one of the list by what it does or its theme
@pytest.mark.parametrize(
    ("question", "theme"),
    [
        ("the food one, who runs it?", FOOD),
        ("the re-use one: where is it?", REUSE),
        ("celle de l'alimentation durable, elle a été créée quand ?", FOOD),
    ],
)
def test_one_of_the_list_picked_by_its_theme(
    fake_engine: Engine, question: str, theme: str
) -> None:
    fiches = fake_engine.corpus.fiches
    pair = [next(f for f in fiches if f.theme == REUSE), next(f for f in fiches if f.theme == FOOD)]
    for shown in (pair, pair[::-1]):
        answer = ask(fake_engine, question, _turn("Lesquelles as-tu ?", shown))
        assert [s.fiche_id for s in answer.structures] == [f.id for f in shown if f.theme == theme]
        assert answer.plan["parts"][0]["intent"] != "list", answer.plan


def test_one_of_the_list_picked_by_a_thing_only_its_fiche_names(fake_engine: Engine) -> None:
    """'celle qui fait des jouets, elle est où ?': the one whose fiche names toys, asked where."""
    vocab = fake_engine.mentions.vocab
    toys = [f for f in fake_engine.corpus.fiches if "jouet" in vocab.get(f.id, set())]
    others = [f for f in fake_engine.corpus.fiches if "jouet" not in vocab.get(f.id, set())]
    assert toys and others
    for question in ("celle qui fait des jouets, elle est où ?", "the toy one, where is it?"):
        shown = [others[0], toys[0]]
        answer = ask(fake_engine, question, _turn("Lesquelles as-tu ?", shown))
        assert [s.fiche_id for s in answer.structures] == [toys[0].id], answer.answer
        assert answer.plan["parts"][0]["attribute"] == "field:address", answer.plan


# -- by département, with a question of its own
_OF = {"Aisne": "de l'Aisne", "Oise": "de l'Oise", "Somme": "de la Somme", "Nord": "du Nord"}


@pytest.mark.parametrize(
    "template",
    ["the one in the {dep}, who runs it?", "celle {of_dep}, qui la dirige ?"],
)
def test_the_one_in_a_departement_answers_the_question_asked(
    fake_engine: Engine, template: str
) -> None:
    fiches = fake_engine.corpus.fiches
    by_dep: dict[str, list[Fiche]] = defaultdict(list)
    for f in fiches:
        by_dep[f.contact.departement].append(f)
    alone = [fs[0] for fs in by_dep.values() if len(fs) == 1]
    assert len(alone) >= 2
    shown = alone[:2]
    for chosen in shown:
        dep = chosen.contact.departement
        assert dep in DEPARTEMENTS.values()
        question = template.format(dep=dep, of_dep=_OF[dep])
        answer = ask(fake_engine, question, _turn("Lesquelles as-tu ?", shown))
        assert [s.fiche_id for s in answer.structures] == [chosen.id], answer.answer
        assert answer.plan["parts"][0]["intent"] == "person", answer.plan


# -- the whole region again
@pytest.mark.parametrize(
    "question", ["et dans toute la région ?", "and in the whole region?", "et partout ?"]
)
def test_the_whole_region_asks_the_placed_question_again_everywhere(plan, question: str) -> None:
    history = [
        {"role": "user", "content": "Quelles structures de l'Aisne font du réemploi ?"},
        {"role": "assistant", "content": "Une structure."},
    ]
    planned = plan(question, history)
    assert planned.intent == "list" and not planned.departements, planned
    assert "aisne" not in fold(planned.query), planned.query
    assert planned.resolution == "previous question, over the whole region"


# -- the first or last few of the previous answer -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("les trois dernières, elles sont où ?", slice(-3, None)),
        ("the first two: who runs them?", slice(0, 2)),
        ("et les deux premières ?", slice(0, 2)),
        ("the last 2, when were they created?", slice(-2, None)),
    ],
)
def test_the_first_or_last_few_of_the_previous_answer(
    plan, corpus: Corpus, question: str, wanted: slice
) -> None:
    fiches = list(corpus.fiches[:5])
    planned = plan(question, _turn("Quelles structures as-tu ?", fiches))
    assert planned.targets == [f.id for f in fiches][wanted], planned


def test_names_are_ordered_where_they_stand_not_where_a_shared_word_first_appears(
    corpus: Corpus,
) -> None:
    """'Il était deux fois, …, Le Bois de Deux Mains': the 'deux' of the first name is not
    where the second one stands; 'the second one' is the second named."""
    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    detector = MentionDetector(corpus.fiches, texts)
    fiches = list(corpus.fiches)
    for order in (fiches, fiches[::-1], fiches[1::2] + fiches[::2]):
        text = ", ".join(f.name for f in order[:-1]) + " et " + order[-1].name
        assert detector.mentioned(text) == [f.id for f in order], text


# -- several départements narrow the previous answer ----------------------------------------------
def test_which_of_them_are_in_one_of_two_departements(fake_engine: Engine) -> None:
    fiches = list(fake_engine.corpus.fiches)[1:]
    deps = sorted({f.contact.departement for f in fiches})[:2]
    question = f"which of them are in the {deps[0]} or the {deps[1]}?"
    ids = _ids(fake_engine, question, _turn("Quelles structures as-tu ?", fiches))
    assert set(ids) == {f.id for f in fiches if f.contact.departement in deps}, ids


# -- an answer worded by someone else, naming no structure ----------------------------------------
@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Qui dirige la structure de {town} ?", "et son budget ?"),
        ("Who runs the organisation in {town}?", "how many members?"),
    ],
)
def test_a_turn_whose_answer_names_no_structure_is_about_what_it_would_be_answered(
    fake_engine: Engine, first: str, then: str
) -> None:
    """A client (or a language model) words the answer its own way ('Une personne, la
    directrice.'): the focus is the structure this system answers that turn with."""
    fiches = fake_engine.corpus.fiches
    towns = [fold(f.contact.town) for f in fiches]
    checked = 0
    for fiche in fiches:
        if towns.count(fold(fiche.contact.town)) != 1:
            continue
        question = first.format(town=fiche.contact.town)
        first_answer = ask(fake_engine, question, [])
        if first_answer.abstained:  # an abstention focuses on none (tested below)
            continue
        checked += 1
        answered = [s.fiche_id for s in first_answer.structures]
        history = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": "Une personne, à la direction depuis longtemps."},
        ]
        ids = _ids(fake_engine, then, history)
        assert ids and set(ids) <= set(answered), (question, then, ids, answered)
    assert checked >= 3


@pytest.mark.parametrize(
    "question",
    [
        "the oldest one?",
        "the one with the biggest budget?",
        "celle avec le plus de salariés ?",
        "the one with more volunteers?",
        "celle qui a le moins d'adhérents ?",
        "the youngest one, when was it created?",
    ],
)
def test_a_superlative_ranks_the_focus_it_points_at_none_by_what_it_does(
    plan, corpus: Corpus, question: str
) -> None:
    """'the one with the biggest budget' ranks the structures of the previous answer; it is
    no pick by a thing only one fiche names ('the toy one')."""
    two = corpus.fiches[:2]
    planned = plan(question, _turn("Quelles structures sont dans le coin ?", list(two)))
    assert not planned.by_thing, planned


@pytest.mark.parametrize(
    "said",
    [
        "Non, le livret n'en présente pas.",
        "Aucune.",
        "No, the booklet has none.",
        "Le livret ne le dit pas.",
        "None of them.",
        "There is no such structure in the booklet.",
    ],
)
def test_an_answer_saying_none_puts_no_structure_in_focus(fake_engine: Engine, said: str) -> None:
    """A turn answered 'no' (by a person or a model) focuses on nothing, even when this system
    would have answered it with a structure: what follows asks afresh."""
    fiche = fake_engine.corpus.fiches[0]
    question = f"Quelle structure est à {fiche.contact.town} ?"
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": said}]
    assert lx.NO_ANSWER.search(fold(said))
    planned = plan_question(
        "et leur budget ?",
        history,
        fake_engine.mentions,
        len(fake_engine.corpus.fiches),
        resolve=lambda q, h: [fiche.id],
    )
    assert planned.targets != [fiche.id] or planned.target_source != "focus", planned


@pytest.mark.parametrize(
    "said", ["Une personne, la directrice.", "Two: one in Guise, one in Hirson."]
)
def test_an_answer_naming_no_structure_but_saying_something_is_no_none(said: str) -> None:
    assert not lx.NO_ANSWER.search(fold(said))


@pytest.mark.parametrize("question", ["elle touche des subventions ?", "they get grants?"])
def test_a_yes_no_on_a_labelled_part_is_answered_by_that_part(
    fake_engine: Engine, question: str
) -> None:
    """'elle touche des subventions ?': the financial partners answer it; the words asking the
    part ('subventions') need not stand in the fiche."""
    answered = 0
    for fiche in fake_engine.corpus.fiches:
        history = [
            {"role": "user", "content": f"Parle-moi de {fiche.name}"},
            {"role": "assistant", "content": f"**{fiche.name}** ({fiche.contact.town})"},
        ]
        answer = ask(fake_engine, question, history)
        if answer.plan["parts"][0]["attribute"] == "subpart:funders" and not answer.abstained:
            answered += 1
            assert [s.fiche_id for s in answer.structures] == [fiche.id]
    assert answered >= 3


@pytest.mark.parametrize(
    "first", ["Quelles structures sont dans l'Aisne ?", "Which structures are in the Somme?"]
)
def test_the_whole_region_after_a_place_only_question_is_no_question_without_words(
    plan, first: str
) -> None:
    """'et dans toute la région ?' after asking only for a place: nothing is left to ask
    everywhere (no empty question to refuse)."""
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "—"}]
    planned = plan("et dans toute la région ?", history)
    assert planned.resolution != "previous question, over the whole region", planned


@pytest.mark.parametrize(
    ("pick", "then", "expected"),
    [
        ("la deuxième, elle est où ?", "et la première ?", 0),
        ("la troisième, c'est où ?", "et celle d'avant ?", 1),
        ("tell me about the third one", "and the one before?", 1),
        ("la deuxième, qui la dirige ?", "et la suivante ?", 2),
        ("the second one: who runs it?", "and the next one?", 2),
    ],
)
def test_an_ordinal_after_a_pick_counts_in_the_list_picked_from(
    plan, corpus: Corpus, pick: str, then: str, expected: int
) -> None:
    """'la troisième, …' then 'et celle d'avant ?': the list the pick was made from is what
    is counted, not the one structure picked."""
    listed = list(corpus.fiches[:4])
    history = _turn("Quelles structures font du réemploi ?", listed)
    first = plan(pick, history)
    history = [*history, {"role": "user", "content": pick}]
    history.append({"role": "assistant", "content": f"**{corpus.fiche(first.targets[0]).name}**"})
    planned = plan(then, history)
    assert planned.targets == [listed[expected].id], (first.targets, planned)


@pytest.mark.parametrize("question", ["who runs the first one?", "la première, elle est où ?"])
def test_after_similar_initiatives_the_list_is_those_found_not_the_one_compared(
    plan, corpus: Corpus, question: str
) -> None:
    """'Initiatives like X?' answered 'closest to **X**: 1. **A** 2. **B**': the first one is A."""
    x, a, b = corpus.fiches[:3]
    history = [
        {"role": "user", "content": f"Which initiatives are similar to {x.name}?"},
        {
            "role": "assistant",
            "content": f"Closest to **{x.name}**: 1. **{a.name}** 2. **{b.name}**",
        },
    ]
    assert plan(question, history).targets == [a.id]


@pytest.mark.parametrize(
    "question",
    ["celle {of}, son budget ?", "the one in the {dep}: who runs it?", "et celle {of} ?"],
)
def test_the_one_of_a_departement_picks_among_structures_of_named_departements(
    fake_engine: Engine, question: str
) -> None:
    """'Les structures de la Somme et de l'Oise ?' then 'celle de l'Oise, son budget ?': the
    one of the previous answer standing there, not the previous question asked again."""
    by_dep: dict[str, list[Fiche]] = defaultdict(list)
    for f in fake_engine.corpus.fiches:
        by_dep[f.contact.departement].append(f)
    alone = [d for d, fs in by_dep.items() if len(fs) == 1 and d in _OF]
    one, other = alone[0], alone[1]
    two = [by_dep[one][0], by_dep[other][0]]
    history = _turn(f"Les structures {_OF[one]} et {_OF[other]} ?", two)
    ids = _ids(fake_engine, question.format(of=_OF[one], dep=one), history)
    assert ids == [by_dep[one][0].id], ids


@pytest.mark.parametrize(
    "template",
    [
        "same question for {name}",
        "même question pour {name}",
        "pareil pour {name}",
        "same thing with {name}?",
        "likewise for {name}",
        "la même chose pour {name} ?",
    ],
)
def test_the_same_question_for_another_structure_asks_it_anew(
    plan, corpus: Corpus, template: str
) -> None:
    """'What is the budget of A?' then 'same question for B': B's budget."""
    a, b = corpus.fiches[0], corpus.fiches[1]
    history = _turn(f"What is the budget of {a.name}?", [a])
    planned = plan(template.format(name=b.name), history)
    assert planned.targets == [b.id] and planned.parts[0].attribute == "measure:budget", planned


@pytest.mark.parametrize(
    "question", ["which ones live half on subsidies?", "structures à 80 % de subventions ?"]
)
def test_subsidies_describing_a_funding_model_ask_no_funders(plan, question: str) -> None:
    """Public money received is asked of the financial partners; a share of subsidies
    describes how structures live, no part of one fiche."""
    assert all(p.attribute != "subpart:funders" for p in plan(question).parts)


# -- the pair in focus asked a yes/no or an attribute ('les deux ont-elles un site ?')
@pytest.mark.parametrize(
    "question",
    [
        "les deux ont-elles un site web ?",
        "les deux ont-elles des bénévoles ?",
        "toutes les deux ont des partenaires ?",
        "do both have a website?",
    ],
)
def test_a_yes_no_of_the_pair_asks_no_number_word(fake_engine: Engine, question: str) -> None:
    """'les deux' points at the two structures in focus: 'deux' is no thing their fiches
    must mention."""
    a, b = fake_engine.corpus.fiches[7], fake_engine.corpus.fiches[8]
    history = _turn(f"Parle-moi de {a.name} et de {b.name}", [a, b])
    answer = ask(fake_engine, question, history)
    assert {s.fiche_id for s in answer.structures} == {a.id, b.id}, answer.answer
    assert "« deux »" not in answer.answer and "two" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["leurs sites web ?", "et leurs sites internet ?", "their websites?", "les sites web ?"],
)
def test_their_websites_ask_each_ones_website_not_a_count_of_sites(
    plan, corpus: Corpus, question: str
) -> None:
    fiches = [corpus.fiches[7], corpus.fiches[8]]
    planned = plan(question, _turn("Parle-moi d'eux", fiches))
    assert planned.parts[0].attribute == "field:website", planned
    assert planned.targets == [f.id for f in fiches], planned


@pytest.mark.parametrize("question", ["combien de sites ?", "how many sites do they have?"])
def test_a_count_of_sites_stays_a_count(plan, corpus: Corpus, question: str) -> None:
    fiches = [corpus.fiches[7], corpus.fiches[8]]
    planned = plan(question, _turn("Parle-moi d'eux", fiches))
    assert planned.parts[0].attribute == "measure:sites", planned


# -- an attribute asked in the plural after several structures: each one's
@pytest.mark.parametrize(
    "question",
    [
        "les adresses ?",
        "adresses ?",
        "les budgets ?",
        "emails?",
        "les directeurs ?",
        "phone numbers?",
        "numéros de téléphone ?",
        "and the websites?",
    ],
)
def test_an_attribute_in_the_plural_is_asked_of_each(plan, corpus: Corpus, question: str) -> None:
    fiches = [f for f in corpus.fiches if f.theme == REUSE]
    planned = plan(question, _turn("Quelles structures font du réemploi ?", fiches))
    assert planned.targets == [f.id for f in fiches], planned
    assert planned.parts[0].attribute, planned


@pytest.mark.parametrize(
    "question", ["le site web ?", "et son adresse ?", "ses partenaires ?", "its budget?"]
)
def test_an_attribute_in_the_singular_or_of_one_is_not_asked_of_each(
    plan, corpus: Corpus, question: str
) -> None:
    fiches = [f for f in corpus.fiches if f.theme == REUSE]
    planned = plan(question, _turn("Quelles structures font du réemploi ?", fiches))
    assert len(planned.targets) == 1, planned


# -- 'et l'autre ?' after a turn that named one of the structures of the turn before
def test_the_other_after_one_of_two_named_is_the_one_not_asked_about(plan, corpus: Corpus) -> None:
    """'Parle-moi de A et de B', 'le budget de A ?', 'et pour l'autre ?': B's budget."""
    a, b = corpus.fiches[7], corpus.fiches[8]
    for follow in ("et pour l'autre ?", "and the other one?", "et l'autre ?"):
        history = [
            *_turn(f"Parle-moi de {a.name} et de {b.name}", [a, b]),
            *_turn(f"quel est le budget de {a.name} ?", [a]),
        ]
        planned = plan(follow, history)
        assert planned.targets == [b.id], (follow, planned)
        assert planned.parts[0].attribute == "measure:budget", planned


def test_the_other_after_two_turns_each_naming_one_is_the_first(plan, corpus: Corpus) -> None:
    """'le budget de A ?', 'et celui de B ?', 'et l'autre ?': A's budget."""
    a, b = corpus.fiches[7], corpus.fiches[8]
    history = [
        *_turn(f"Quel est le budget de {a.name} ?", [a]),
        *_turn(f"et celui de {b.name} ?", [b]),
    ]
    planned = plan("et l'autre ?", history)
    assert planned.targets == [a.id] and planned.parts[0].attribute == "measure:budget", planned


def test_the_others_after_one_named_from_a_list_are_the_rest_of_the_list(
    plan, corpus: Corpus
) -> None:
    fiches = [f for f in corpus.fiches if f.theme == REUSE]
    history = [
        *_turn("Quelles structures font du réemploi ?", fiches),
        *_turn(f"quel est le budget de {fiches[-1].name} ?", [fiches[-1]]),
    ]
    planned = plan("et les autres ?", history)
    assert planned.targets == [f.id for f in fiches[:-1]], planned
    assert planned.parts[0].attribute == "measure:budget", planned


def test_a_structure_named_after_the_pair_is_still_asked_by_its_name(plan, corpus: Corpus) -> None:
    """What must not change: 'et pour C ?' names its structure."""
    a, b, c = corpus.fiches[6], corpus.fiches[7], corpus.fiches[8]
    history = [
        *_turn(f"Parle-moi de {a.name} et de {b.name}", [a, b]),
        *_turn(f"quel est le budget de {a.name} ?", [a]),
    ]
    assert plan(f"et pour {c.name} ?", history).targets == [c.id]


# -- 'there' typed for 'their' in a follow-up
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("who are there partners?", "who are their partners?"),
        ("and there adress?", "and their adress?"),
        ("what is there budget", "what is their budget"),
        ("There website?", "their website?"),
    ],
)
def test_there_typed_for_their_is_read_as_their(typed: str, read: str) -> None:
    assert lx.unabbreviated(typed) == read


@pytest.mark.parametrize(
    "question",
    [
        "Is there a shop in Lille?",
        "are there volunteers?",
        "and are there employees?",
        "who works there?",
        "how many people work there now?",
        "what do they sell there on weekends?",
    ],
)
def test_there_as_a_place_or_an_existence_stays(question: str) -> None:
    assert lx.unabbreviated(question) == question


def test_their_partners_typed_there_asks_the_structure_in_focus(plan, corpus: Corpus) -> None:
    fiche = corpus.fiches[5]
    planned = plan("who are there partners?", _turn(f"Parle-moi de {fiche.name}", [fiche]))
    assert planned.targets == [fiche.id], planned


@pytest.mark.parametrize(
    "question",
    [
        "comment je peux les contacter ?",
        "on peut les visiter ?",
        "je voudrais les rencontrer, comment faire ?",
        "où les trouver ?",
    ],
)
def test_les_before_a_verb_of_reaching_points_at_each(plan, corpus: Corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    fiches = list(corpus.fiches[:2])
    planned = plan(question, _turn("Qui fait ça ?", fiches))
    assert planned.targets == [f.id for f in fiches], planned
