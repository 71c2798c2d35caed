"""Follow-ups that operate on the previous answer, on synthetic conversations over the real
booklet. Classes: a list narrowed by a contrast ('Of those, which are about reuse rather than
food?'); a switch to another structure described by its kind and département ('et la
ressourcerie du 62, …?' after another structure of the 62); a year follow-up re-asking the
last figure ('and in 2020?'); a short follow-up asking something new of the structure in
focus ('What do they sell there besides food?', 'Did they win anything?', 'and the ADEME
helped them buy what?'), and the same asked where the fiche does not state it (the answer
abstains). Near misses keep what they did: an ordinal or a superlative picks among the last
answer, 'their' typed 'there' before a noun, a plain narrowing by theme. Expected structures
are read from the booklet (themes, départements), not written as names here."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.text import fold

REUSE, FOOD = "Le réemploi", "L'alimentation durable"


def _history(engine, *questions: str) -> list[dict[str, str]]:
    """A conversation where each question got this system's own answer."""
    history: list[dict[str, str]] = []
    for q in questions:
        a = ask(engine, q, history)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": a.answer}]
    return history


def _told(*turns: str) -> list[dict[str, str]]:
    """A conversation given as user and assistant turns, alternately."""
    roles = ("user", "assistant")
    return [{"role": roles[n % 2], "content": t} for n, t in enumerate(turns)]


def _ids(answer) -> list[str]:
    return [s.fiche_id for s in answer.structures]


def _of(engine, theme: str = "", code: str = "") -> set[str]:
    return {
        f.id
        for f in engine.corpus.fiches
        if (not theme or f.theme == theme) and (not code or f.contact.departement_code == code)
    }


# -- a list narrowed by a contrast: the thing set aside is no word asked
@pytest.mark.parametrize(
    ("first", "code", "narrow", "theme"),
    [
        (
            "Which initiatives are in the Pas-de-Calais?",
            "62",
            "Of those, which are about reuse rather than food?",
            REUSE,
        ),
        (
            "Which initiatives are in the Pas-de-Calais?",
            "62",
            "Which of them are about food rather than reuse?",
            FOOD,
        ),
        (
            "Quelles structures sont dans le Pas-de-Calais ?",
            "62",
            "parmi elles, lesquelles font du réemploi plutôt que de l'alimentaire ?",
            REUSE,
        ),
        (
            "Which structures are in the Nord?",
            "59",
            "Of those, which are about reuse rather than food?",
            REUSE,
        ),
        (
            "Quelles structures sont dans l'Aisne ?",
            "02",
            "lesquelles font de l'alimentation plutôt que du réemploi ?",
            FOOD,
        ),
        # near miss: no contrast, the same narrowing
        (
            "Which initiatives are in the Pas-de-Calais?",
            "62",
            "Of those, which are about reuse?",
            REUSE,
        ),
    ],
)
def test_a_list_narrowed_by_a_contrast_keeps_the_ones_of_the_thing_asked(
    engine, first: str, code: str, narrow: str, theme: str
) -> None:
    history = _history(engine, first)
    assert set(_ids(ask(engine, first, []))) == _of(engine, code=code)
    answer = ask(engine, narrow, history)
    assert set(_ids(answer)) == _of(engine, theme, code), answer.answer


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("Of those, which are about reuse rather than food?", "Of those, which are about reuse?"),
        (
            "lesquelles font du réemploi plutôt que de l'alimentaire ?",
            "lesquelles font du réemploi?",
        ),
        ("which ones sell clothes instead of food?", "which ones sell clothes?"),
        ("Rather than food, what?", "Rather than food, what?"),  # nothing asked before it
        (
            "qui collecte des vêtements mais pas des meubles ?",
            "qui collecte des vêtements mais pas des meubles ?",
        ),
    ],
)
def test_the_thing_set_aside_is_left_out_of_the_question(question: str, left: str) -> None:
    from livret_qa.answering.contrasted import without_contrast

    assert without_contrast(question) == left


# -- a switch to another structure, described by its kind and its département
@pytest.mark.parametrize(
    ("first", "switch", "kind_word", "code"),
    [
        (
            "Parle-moi du Panier de la Mer à Boulogne",
            "et la ressourcerie du 62, elle collecte combien de tonnes ?",
            "ressourcerie",
            "62",
        ),
        (
            "Parle-moi du Panier de la Mer à Boulogne",
            "et la ressourcerie du Pas-de-Calais, elle a combien de salariés ?",
            "ressourcerie",
            "62",
        ),
        (
            "Tell me about VESTALI",
            "and the ressourcerie in the 62, when was it created?",
            "ressourcerie",
            "62",
        ),
        (
            "Parle-moi de Synapse 3i",
            "et l'association de jouets du 59, elle a combien d'adhérents ?",
            "jouets",
            "59",
        ),
    ],
)
def test_a_structure_described_by_kind_and_departement_is_a_new_structure(
    engine, first: str, switch: str, kind_word: str, code: str
) -> None:
    history = _history(engine, first)
    before = _ids(ask(engine, first, []))
    answer = ask(engine, switch, history)
    got = _ids(answer)
    assert len(got) == 1 and got != before, answer.answer
    fiche = engine.corpus.fiche(got[0])
    assert fiche.contact.departement_code == code
    assert kind_word in fold(engine.corpus.sources[fiche.source]), fiche.name


# -- a year follow-up re-asking the last figure
@pytest.mark.parametrize(
    ("first", "year_asked", "stated"),
    [
        ("What's the budget of Il était deux fois?", "and in 2020?", "53 177"),
        ("Quel est le budget d'Il était deux fois ?", "et en 2020 ?", "53 177"),
    ],
)
def test_a_year_whose_heading_gives_another_sum_answers_with_it(
    engine, first: str, year_asked: str, stated: str
) -> None:
    history = _history(engine, first)
    answer = ask(engine, year_asked, history)
    assert not answer.abstained and stated in answer.answer, answer.answer
    assert _ids(answer) == _ids(ask(engine, first, []))


@pytest.mark.parametrize(
    ("first", "year_asked"),
    [
        ("Quel est le budget d'Il était deux fois ?", "et en 2019 ?"),
        ("What's the budget of Il était deux fois?", "and in 2019?"),
        ("Quel est le budget de VESTALI ?", "et en 2018 ?"),
    ],
)
def test_a_year_the_heading_gives_nothing_for_abstains(engine, first: str, year_asked: str) -> None:
    history = _history(engine, first)
    answer = ask(engine, year_asked, history)
    assert answer.abstained and _ids(answer) == _ids(ask(engine, first, [])), answer.answer


# -- something new asked of the structure in focus: it keeps the structure
@pytest.mark.parametrize(
    ("turns", "question", "stated"),
    [
        (
            (
                "Is there an eco grocery in the Thiérache?",
                "Yes, Les Copains de Thiérache, with a shop in Guise.",
            ),
            "What do they sell there besides food?",
            "confiseries",
        ),
        (
            ("Parle-moi des Copains de Thiérache", "Une épicerie à Guise."),
            "et qu'est-ce qu'ils vendent ?",
            "confiseries",
        ),
        (
            ("Tell me about the Pommiers wood association.", "Le Bois de Deux Mains."),
            "Did they win anything?",
            "prix",
        ),
        (
            ("Parle-moi de Synapse 3i", "Synapse 3i, à Amiens."),
            "ils ont gagné quelque chose ?",
            "laureat",
        ),
        (
            ("When was Synapse Insertion created?", "In 2014."),
            "ok, and the ADEME helped them buy what?",
            "equipement",
        ),
        (
            ("Quand a été créée Synapse Insertion ?", "En 2014."),
            "et l'ADEME les a aidés à acheter quoi ?",
            "equipement",
        ),
        (("Tell me about VESTALI", "VESTALI, in Liévin."), "What do they sell?", "vetements"),
        (
            ("Parle-moi de VESTALI", "VESTALI, à Liévin."),
            "et qu'est-ce qu'ils vendent ?",
            "vetements",
        ),
        (
            ("Tell me about Synapse 3i", "Synapse 3i, in Amiens."),
            "Have they won a prize?",
            "laureat",
        ),
        (
            ("Parle-moi de la Remise Enjouée", "Une association à Villeneuve-d'Ascq."),
            "que vendent-ils ?",
            "jouets",
        ),
    ],
)
def test_something_new_asked_of_the_one_in_focus_keeps_it(
    engine, turns: tuple[str, str], question: str, stated: str
) -> None:
    focus = _ids(ask(engine, turns[0], []))
    answer = ask(engine, question, _told(*turns))
    assert _ids(answer) == focus[:1] and not answer.abstained, answer.answer
    assert stated in fold(answer.answer), answer.answer


# -- the same asked where the fiche does not state it: the answer abstains
@pytest.mark.parametrize(
    ("turns", "question"),
    [
        (("Tell me about VESTALI", "VESTALI, in Liévin."), "Did they win anything?"),
        (("Parle-moi de la Remise Enjouée", "Une association de jouets."), "elle a reçu un prix ?"),
        (("Tell me about Le Panier de la Mer 62", "In Boulogne."), "Have they won an award?"),
        (
            ("Parle-moi des Copains de Thiérache", "Une épicerie à Guise."),
            "ils ont gagné un concours ?",
        ),
        (
            ("Tell me about the Haute Borne garden", "Le Jardin de Cocagne."),
            "Did they win any prizes?",
        ),
        (
            ("Parle-moi du drive de Mortemer", "Le drive fermier."),
            "ils ont remporté quelque chose ?",
        ),
        (("Tell me about Il était deux fois", "A ressourcerie."), "did they win anything?"),
        (("Tell me about La Remise Enjouée", "A toy charity."), "Did they win anything?"),
        (("Parle-moi de VESTALI", "VESTALI, à Liévin."), "elle a été lauréate d'un trophée ?"),
    ],
)
def test_a_prize_the_fiche_does_not_state_is_not_answered_yes(
    engine, turns: tuple[str, str], question: str
) -> None:
    focus = _ids(ask(engine, turns[0], []))
    answer = ask(engine, question, _told(*turns))
    assert answer.abstained and _ids(answer) == focus[:1], answer.answer


# -- near misses: picks among the last answer, 'their' typed 'there', a thing of theirs
def test_an_ordinal_picks_among_the_last_answer(engine) -> None:
    first = "Quelles structures sont dans le Pas-de-Calais ?"
    focus = _ids(ask(engine, first, []))
    answer = ask(engine, "et la deuxième, elle a combien de salariés ?", _history(engine, first))
    assert _ids(answer) == [focus[1]], answer.answer


def test_the_last_one_picks_the_last_of_the_answer(engine) -> None:
    first = "Which structures are in the Nord?"
    focus = _ids(ask(engine, first, []))
    answer = ask(engine, "the last one, when was it created?", _history(engine, first))
    assert _ids(answer) == [focus[-1]], answer.answer


def test_a_superlative_picks_among_the_last_answer(engine) -> None:
    first = "Which initiatives are in the Pas-de-Calais?"
    answer = ask(engine, "which is the oldest of them?", _history(engine, first))
    assert _ids(answer) and set(_ids(answer)) <= _of(engine, code="62"), answer.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("who are there partners?", "who are their partners?"),
        ("what do they sell there besides food?", "what do they sell there besides food?"),
        ("is there a shop?", "is there a shop?"),
        ("do they work there except on Sundays?", "do they work there except on Sundays?"),
    ],
)
def test_there_is_their_only_before_a_noun(question: str, read: str) -> None:
    from livret_qa.lexicon import THERE_FOR_THEIR

    from_lexicon = THERE_FOR_THEIR.sub("their", question)
    assert from_lexicon == read


def test_a_thing_of_theirs_is_no_list(engine) -> None:
    answer = ask(engine, "which are their partners?", _told("Tell me about VESTALI", "VESTALI."))
    assert _ids(answer) == ["vestali"], answer.answer


@pytest.mark.parametrize(
    ("question", "last", "new"),
    [
        ("ok, and the ademe helped them buy what?", "when was synapse insertion created?", True),
        ("et ils ont achete quoi ?", "quand a ete creee synapse insertion ?", True),
        ("and in 2020?", "what's the budget?", False),
        ("et ils en vendent combien ?", "combien de paniers vendent-ils ?", False),
        ("what is their budget?", "who runs it?", False),
    ],
)
def test_what_of_a_verb_of_its_own_is_a_question_of_its_own(
    question: str, last: str, new: bool
) -> None:
    from livret_qa.answering.own_action import asks_new_action
    from livret_qa.answering.planner import declarative_verb

    assert asks_new_action(fold(question), fold(last), lambda w: declarative_verb(w, "en")) is new


@pytest.mark.parametrize(
    ("text", "prize"),
    [
        ("did they win anything?", True),
        ("ont-ils gagné quelque chose ?", True),
        ("a-t-elle reçu un prix ?", True),
        ("les prix des jouets ?", False),
        ("is it a win-win partnership?", False),
    ],
)
def test_a_prize_asked(text: str, prize: bool) -> None:
    from livret_qa.answering.prize_won import asks_prize

    assert asks_prize(text) is prize


@pytest.mark.parametrize(
    ("sentence", "prize"),
    [
        ("le 1er prix de l'initiative en ESS", True),
        ("est lauréate de « Talents et Cité »", True),
        ("les jouets sont vendus à petits prix", False),
        ("elle obtient une aide de l'ADEME", False),
    ],
)
def test_a_prize_stated(sentence: str, prize: bool) -> None:
    from livret_qa.answering.prize_won import states_prize

    assert states_prize(fold(sentence)) is prize
    assert bool(lx.PRIZE_WON.search(fold(sentence))) is prize


# -- all of them asked at once, some left out
@pytest.mark.parametrize(
    "question",
    [
        "à part les producteurs de l'Oise et les Copains, elles sont toutes chantiers "
        "d'insertion ?",
        "elles sont toutes chantiers d'insertion ?",
        "Are they all integration workshops, apart from the Oise producers and the Copains?",
    ],
)
def test_all_of_them_asked_at_once_lists_those_that_are(engine, question: str) -> None:
    holders = set(_ids(ask(engine, "Quelles structures sont des chantiers d'insertion ?", [])))
    assert len(holders) > 1
    answer = ask(engine, question, [])
    assert set(_ids(answer)) == holders, answer.answer
