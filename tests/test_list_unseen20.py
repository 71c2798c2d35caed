"""Lists asked in wordings nobody tuned on (round 20): an exact count written after its noun,
an exclusion put in other words or by a description, and their neighbours that keep their
reading. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_plan import FactsVocabulary, plan_aggregate

VOCAB = FactsVocabulary(
    field_values={"reseau": ["COORACE", "Chantier école"]},
    measures={m.name for m in lx.MEASURES} | {"annee_creation", "demarrage_action"},
)


def plan(question: str) -> dict | None:
    found = plan_aggregate(question, [], [], "", [], VOCAB)
    return None if found is None else found.query


@pytest.mark.parametrize(
    ("question", "measure", "value"),
    [
        ("lesquelles ont 2 sites exactement ?", "sites", 2),
        ("quelles structures tournent sur deux sites pile ?", "sites", 2),
        ("Which ones have two sites exactly?", "sites", 2),
        ("Which ones have 14 employees, precisely?", "salaries", 14),
        ("celles qui ont 50 adhérents tout juste ?", "adherents", 50),
    ],
)
def test_an_exact_count_written_after_its_noun(question: str, measure: str, value: float) -> None:
    query = plan(question)
    assert query is not None, question
    found = [query, *query.get("conditions", [])]
    assert any(
        c.get("op") == "eq" and c.get("measure") == measure and c.get("value") == value
        for c in found
    ), (question, query)


@pytest.mark.parametrize(
    ("question", "op"),
    [
        ("lesquelles ont 3 sites ou plus ?", "gte"),
        ("Which ones have at least three sites?", "gte"),
        ("Which have 100 members or fewer?", "lte"),
    ],
)
def test_neighbours_keep_their_bound(question: str, op: str) -> None:
    query = plan(question)
    assert query is not None, question
    found = [query, *query.get("conditions", [])]
    assert any(c.get("op") == op for c in found), (question, query)


# -- an exclusion in other words, or of a structure described -------------------------------
def _listed(engine, question: str) -> set[str]:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import ask

    answer = ask(engine, question)
    return set() if answer.abstained else {s.fiche_id for s in answer.structures}


def _named(engine, word: str) -> str:  # type: ignore[no-untyped-def]
    """The one fiche whose structure's name holds `word` ('deux fois': the ressourcerie)."""
    (found,) = [f.id for f in engine.corpus.fiches if word in f.name.lower()]
    return found


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("à part la ressourcerie, qui répare des meubles ?", "deux fois"),
        ("Apart from the Ressourcerie, who restores old furniture?", "deux fois"),
        ("hormis l'association des jouets, lesquelles sont à Villeneuve d'Ascq ?", "remise"),
        ("Setting aside the textile charity, which ones are in the Pas-de-Calais?", "vestali"),
        ("en laissant de côté Synapse, qui répare des meubles ?", "synapse"),
    ],
)
def test_a_structure_left_out_by_a_description_or_other_words(
    engine,  # type: ignore[no-untyped-def]
    question: str,
    word: str,
) -> None:
    from livret_qa.answering.compose import _left_out

    out = _left_out(engine, question)
    assert out is not None, question
    assert out.fiche_ids == {_named(engine, word)}, question
    listed = _listed(engine, question)
    assert listed and _named(engine, word) not in listed, question


@pytest.mark.parametrize(
    "question",
    [
        "Which structures are in the Somme apart from Amiens?",  # a town, as before
        "hors subventions, quel est le budget de VESTALI ?",  # nothing the booklet places
        "lesquelles sont dans le Nord ?",  # no exclusion
    ],
)
def test_neighbours_of_a_described_exclusion(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import _left_out

    out = _left_out(engine, question)
    if "Amiens" in question:
        assert out is not None and len(out.fiche_ids) == 1
    else:
        assert out is None, question


# -- a generic place standing for the structures asked --------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "y a des endroits qui ont un rapport avec le vélo ?",
        "il existe des lieux où réparer son vélo ?",
    ],
)
def test_a_generic_place_noun_asks_no_thing(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    listed = _listed(engine, question)
    velo = {
        f.id
        for f in engine.corpus.fiches
        if "vélo" in engine.corpus.sources[f.source][f.span.start : f.span.end]
    }
    assert listed and listed <= velo, question


@pytest.mark.parametrize(
    "question",
    [
        "y a-t-il des endroits qui vendent des voitures ?",  # no fiche sells cars: refused
        "il existe des lieux qui font des croisières ?",
    ],
)
def test_a_generic_place_noun_keeps_a_true_none(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert _listed(engine, question) == set(), question


# -- an English word of a name the booklet writes in French ---------------------------------
@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Which initiatives have ties to the University of Lille?", []),
        ("Which ones got money from a Foundation in Lille?", []),
        ("Which ones work with the University of Amiens?", ["Amiens"]),  # not written
    ],
)
def test_an_english_name_word_read_through_its_french(question: str, unknown: list[str]) -> None:
    from livret_qa.answering.abstention import unknown_names
    from livret_qa.indexing.analyzer import analyze

    vocab = {t for w in ("Université", "Lille", "Fondation") for t in analyze(w)}
    assert unknown_names(question, vocab, "en") == unknown, question


def test_a_thing_left_out_of_a_named_structure_is_no_described_exclusion(engine) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import _left_out

    for question in (
        "What new kind of equipment does Synapse 3i want to dismantle besides computers?",
        "à part les meubles, que répare Synapse 3i ?",
        "Apart from furniture, who sells toys?",
    ):
        assert _left_out(engine, question) is None, question
