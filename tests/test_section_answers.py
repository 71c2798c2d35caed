"""A section asked of a structure ('quels sont ses freins ?', 'what were its levers?', 'et
leurs leviers ?') is answered by that section, all of it, each sentence cited — a founder wants
every obstacle met, not the one sentence closest to the words — and a fiche without the section
is never answered with an identity-card line. Synthetic questions on every fiche, FR and EN,
clean and telegraphic; the expected sentences are read from the parsed booklet (fast tier)."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute, plan_question
from livret_qa.answering.slots import SECTION_QUOTES, SECTION_SENTENCE_MIN
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

ASKED = {
    "obstacles": (
        "Quels sont les freins rencontrés par {name} ?",
        "What obstacles did {name} face?",
        "freins {name}",
        "quelles difficultés a rencontré {name} ?",
    ),
    "levers": (
        "Quels leviers a activés {name} ?",
        "What are the levers of {name}?",
        "leviers {name}",
    ),
}


def section_sentences(engine: Engine, fiche_id: str, section: str) -> set[str]:
    out = set()
    for sentence in engine.sentences:
        chunk = engine.chunks[sentence.chunk]
        ours = chunk.fiche_id == fiche_id and chunk.section.value == section
        if ours and len(sentence.text.strip()) >= SECTION_SENTENCE_MIN:
            out.add(fold(sentence.text))
    return out


CASES = [(s, t) for s, templates in ASKED.items() for t in templates]


@pytest.mark.parametrize(("section", "template"), CASES)
def test_a_section_asked_of_a_structure_quotes_all_of_it(
    fake_engine: Engine, section: str, template: str
) -> None:
    checked = 0
    for fiche in fake_engine.corpus.fiches:
        expected = section_sentences(fake_engine, fiche.id, section)
        if not expected:
            continue
        answer = ask(fake_engine, template.format(name=fiche.name))
        assert not answer.abstained, (fiche.name, answer.answer)
        assert answer.structures and answer.structures[0].fiche_id == fiche.id
        quoted = {fold(c.quote) for c in answer.citations if c.fiche_id == fiche.id}
        assert {c.section for c in answer.citations} == {section}, answer.answer
        assert len(quoted) == min(len(expected), SECTION_QUOTES)
        assert quoted <= expected
        checked += 1
    assert checked >= 5  # the booklet's fiches nearly all have both sections


@pytest.mark.parametrize("template", [t for _, t in CASES[:2]])
def test_a_fiche_without_the_section_is_not_answered_from_its_cards(
    fake_engine: Engine, template: str
) -> None:
    fiches = fake_engine.corpus.fiches
    missing = [f for f in fiches if not section_sentences(fake_engine, f.id, "obstacles")]
    assert missing  # the booklet has such a fiche; the rule is moot otherwise
    named = lx.compiled(next(a.asked for a in lx.SECTIONS_ASKED if a.name == "obstacles"))
    for fiche in missing:
        answer = ask(fake_engine, template.format(name=fiche.name))
        cards = [c for c in answer.citations if c.section in ("identity", "contact")]
        assert not cards, answer.answer
        if not answer.abstained:  # a narrative sentence that names the thing asked
            assert all(named.search(fold(c.quote)) for c in answer.citations), answer.answer


def test_a_follow_up_asks_the_section_of_every_structure_in_focus(fake_engine: Engine) -> None:
    two = [f for f in fake_engine.corpus.fiches if section_sentences(fake_engine, f.id, "levers")]
    first, second = two[0], two[1]
    history = [
        {"role": "user", "content": "Lesquelles ?"},
        {"role": "assistant", "content": f"1. **{first.name}**\n2. **{second.name}**"},
    ]
    answer = ask(fake_engine, "et leurs leviers ?", history)
    assert [s.fiche_id for s in answer.structures] == [first.id, second.id]
    for fiche in (first, second):
        quoted = {fold(c.quote) for c in answer.citations if c.fiche_id == fiche.id}
        expected = section_sentences(fake_engine, fiche.id, "levers")
        assert len(quoted) == min(len(expected), SECTION_QUOTES) and quoted <= expected


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("What challenges does the garden face?", "obstacles"),
        ("challenges faced by the shop", "obstacles"),
        ("Quels défis a rencontrés l'épicerie ?", "obstacles"),
        ("Quel est le défi de l'épicerie ?", "challenge"),
        ("What is the challenge of the project?", "challenge"),
    ],
)
def test_challenges_met_are_obstacles_and_the_challenge_set_is_the_defi(
    text: str, section: str
) -> None:
    assert asked_attribute(text) == ("fact", f"section:{section}", False)


@pytest.mark.parametrize(
    "text", ["Quels freins liés aux locaux ?", "challenges faced by the shop", "leviers budget"]
)
def test_a_measure_word_inside_a_section_question_leaves_it_a_section_question(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1].startswith("section:")


def _themes(engine: Engine) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for fiche in engine.corpus.fiches:
        out.setdefault(fiche.theme, []).append(fiche.id)
    return out


SCOPED = [
    ("obstacles", "Quels sont les freins des structures en {theme} ?"),
    ("obstacles", "what are the obstacles faced by the {theme} initiatives?"),
    ("levers", "les leviers des initiatives en {theme}"),
]


@pytest.mark.parametrize(("section", "template"), SCOPED)
def test_a_section_asked_of_a_theme_quotes_it_for_each_structure_of_the_theme(
    fake_engine: Engine, section: str, template: str
) -> None:
    """A part every fiche has, asked of a theme's structures, is that part of each of them,
    not of the one structure the search ranked first nor a list of sentences sharing words."""
    for theme, ids in _themes(fake_engine).items():
        words = re.sub(r"^(l'|le |la |les )", "", theme.lower())  # 'alimentation durable'
        answer = ask(fake_engine, template.format(theme=words))
        assert not answer.abstained, answer.answer
        stating = {i for i in ids if section_sentences(fake_engine, i, section)}
        assert {s.fiche_id for s in answer.structures} == set(ids), answer.answer
        for c in answer.citations:  # the section; where it has none, never a card line
            assert (
                c.section == section
                if c.fiche_id in stating
                else c.section
                not in (
                    "identity",
                    "contact",
                )
            ), answer.answer
        assert stating <= {c.fiche_id for c in answer.citations}


@pytest.mark.parametrize(
    "template", ["les freins rencontrés dans le {dep} ?", "qui finance les structures du {dep} ?"]
)
def test_a_section_asked_of_a_place_covers_every_structure_there(
    fake_engine: Engine, template: str
) -> None:
    by_dep: dict[str, list[str]] = {}
    for fiche in fake_engine.corpus.fiches:
        by_dep.setdefault(fiche.contact.departement, []).append(fiche.id)
    dep, ids = max(by_dep.items(), key=lambda kv: len(kv[1]))
    assert len(ids) >= 2
    answer = ask(fake_engine, template.format(dep=dep))
    assert {s.fiche_id for s in answer.structures} == set(ids), answer.answer


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("quels sont les freins des structures du réemploi ?", "fact"),
        ("what levers did the food projects use?", "fact"),
        ("qui sont les partenaires financiers des associations du Nord ?", "fact"),
        ("quelles structures ont des freins liés aux locaux ?", "list"),
        ("which initiatives mention obstacles with premises?", "list"),
        ("lesquelles ont des partenaires techniques ?", "list"),
        ("emmaus partnership which structures", "list"),
    ],
)
def test_a_part_named_before_the_structures_is_asked_of_each(
    fake_engine: Engine, text: str, intent: str
) -> None:
    plan = plan_question(text, None, fake_engine.mentions, len(fake_engine.corpus.fiches))
    assert plan.parts[0].intent == intent


@pytest.mark.parametrize(
    "template",
    [
        "Who are the directors of the {theme} structures?",
        "qui dirige les structures en {theme} ?",
        "Quels sont les contacts des structures en {theme} ?",
        "les emails des structures en {theme} ?",
    ],
)
def test_a_role_or_field_asked_of_a_theme_covers_each_structure_of_it(
    fake_engine: Engine, template: str
) -> None:
    """A role or a contact field asked of a theme's structures is asked of each of them: it
    gave those the search ranked, of both themes, or refused 'emails' as a thing to find."""
    for theme, ids in _themes(fake_engine).items():
        words = re.sub(r"^(l'|le |la |les )", "", theme.lower())
        answer = ask(fake_engine, template.format(theme=words))
        assert {s.fiche_id for s in answer.structures} == set(ids), answer.answer


@pytest.mark.parametrize(
    "template",
    [
        "quelles structures sont dans le {a} ou le {b} ?",
        "Which structures are in the {a} or the {b}?",
        "les structures du {a} et du {b} ?",
    ],
)
def test_two_departements_named_list_the_structures_of_both(
    fake_engine: Engine, template: str
) -> None:
    """A filter holds one département: 'dans l'Oise ou la Somme ?' listed the Oise only."""
    corpus = fake_engine.corpus
    by_dep: dict[str, list[str]] = {}
    for f in corpus.fiches:
        by_dep.setdefault(f.contact.departement, []).append(f.id)
    (a, ids_a), (b, ids_b) = sorted(by_dep.items(), key=lambda kv: -len(kv[1]))[:2]
    answer = ask(fake_engine, template.format(a=a, b=b))
    assert {s.fiche_id for s in answer.structures} == set(ids_a) | set(ids_b), answer.answer
