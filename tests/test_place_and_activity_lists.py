"""Lists asking a place AND an activity on a thing or a matter together ('which structure in
the Somme reuses books?', 'who collects electronic waste in the Pas-de-Calais?'). Each
structure listed must stand in the place and its fiche must state the activity on the thing
asked; when no structure of the place does, the answer is a refusal naming what the place
holds, not the place's structure doing something else. (A question asking something of
one structure it describes by its place is no such list: 'Qui paie les dépenses du drive
dans l'Oise ?'.) Synthetic questions over the real
booklet with the real engine; the gold is what a careful reader of the whole booklet lists."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask

IEDF = "il-etait-deux-fois"
BOIS = "le-bois-de-deux-mains"
SYNAPSE = "synapse-3i"
VESTALI = "vestali"
COPAINS = "les-copains-de-thierache"

# a thing no structure of the place names (the Somme's Synapse 3i reuses computers,
# furniture and fabrics, never books; Le Bois de Deux Mains, in the Aisne, collects books)
THING_ELSEWHERE = [
    "Which Somme structures take in old books?",
    "Quelle association de la Somme collecte des livres ?",
    "Any structure in the Somme that collects books?",
    "Y a-t-il une structure dans la Somme qui récupère des livres ?",
    "Is any structure in the Somme reusing second-hand books?",
]

# a matter no structure of the place works on (computers: Synapse 3i, in the Somme), though
# a fiche there writes a word near it in passing ('le recours au numérique pour la vente')
MATTER_ELSEWHERE = [
    "Which structures collect electronic waste in the Pas-de-Calais?",
    "Which Pas-de-Calais organisations refurbish computers?",
    "qui recycle du matériel informatique dans le Nord ?",
    "Who recycles old computers in the Pas-de-Calais?",
    "Une structure du Nord qui reconditionne des ordinateurs ?",
]

# the same shapes where the place holds one: listed
HELD_THERE = [
    ("Is there a ressourcerie in the Pas-de-Calais?", {IEDF}),
    ("Who collects books in the Aisne?", {BOIS}),
    ("Who recycles computers in the Somme?", {SYNAPSE}),
    ("Who collects textiles in the Pas-de-Calais?", {VESTALI}),
    ("Y a-t-il une épicerie dans l'Aisne ?", {COPAINS}),
]


@pytest.mark.parametrize("question", THING_ELSEWHERE + MATTER_ELSEWHERE)
def test_a_place_without_the_activity_asked_is_refused(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert not answer.structures, answer.answer


@pytest.mark.parametrize(("question", "gold"), HELD_THERE)
def test_a_place_with_the_activity_asked_lists_it(engine, question: str, gold: set[str]) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == gold


@pytest.mark.parametrize(
    ("question", "held"),
    [
        (
            "Qui paie les petites dépenses courantes du drive fermier dans l'Oise ?",
            {"association-des-producteurs-des-vallees-de-l-oise"},
        ),
        (
            "la ferme bio de villeneuve d'ascq, elle bosse avec un reseau europeen ?",
            {"le-jardin-de-cocagne-de-la-haute-borne"},
        ),
    ],
)
def test_a_question_of_one_described_by_its_place_is_no_list(
    engine, question: str, held: set[str]
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert held <= {s.fiche_id for s in answer.structures}, answer.answer
