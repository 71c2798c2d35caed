"""A structure is recognised however a user names it: translated into English, misspelt, cut
short to its capitalised head, its words standing together as a name's do; a département or
town inside a name is no place asked. Synthetic fiches and questions of each class (the real
booklet only where a class needs its names: a département inside a name)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from livret_qa.answering.aggregate_conditions import FactsVocabulary
from livret_qa.answering.planner import plan_question
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.mentions import MentionDetector

NAMES = {
    "maison": "La Maison des Deux Rivières",
    "panier": "Le Panier Joyeux",
    "copains": "Les Copains du Val",
    "grange": "La Grange Fleurie",
    "solid": "Solidarmonie",
}
# Each fiche's text also holds everyday words of the others' names, so that alone these words
# name none ('panier', 'copains', 'grange', 'deux', 'maison' are shared).
TEXTS = {
    "maison": "La Maison des Deux Rivières répare des vélos. un panier, des copains, une grange.",
    "panier": "Le Panier Joyeux vend des légumes. une maison, deux rivières, des copains.",
    "copains": "Les Copains du Val tiennent une épicerie. une grange, un panier, une maison.",
    "grange": "La Grange Fleurie accueille des artistes. deux paniers, un val, des copains.",
    "solid": "Solidarmonie forme au numérique. une harmonie, une grange, deux maisons.",
}


def _fiches(corpus: Corpus) -> list[Fiche]:
    base = corpus.fiches[0]
    return [
        replace(
            base,
            id=key,
            name=name,
            identity=replace(base.identity, legal_name=name, establishment_name=""),
        )
        for key, name in NAMES.items()
    ]


@pytest.fixture(scope="module")
def detector(corpus: Corpus) -> MentionDetector:
    return MentionDetector(_fiches(corpus), TEXTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name given in English: its everyday words read in French through the glossary
        ("Who runs the Two Rivers House?", ["maison"]),
        ("how big is the budget of the joyful basket", ["panier"]),
        ("What do the valley pals sell?", ["copains"]),
        ("the house of the two rivers and the cheerful basket", ["maison", "panier"]),
        # misspelt: a word the booklet does not hold, a letter or two off a name's word
        ("qui dirige solidarmoni ?", ["solid"]),
        ("solidarmony budget", ["solid"]),
        ("les copins du val, combien d'adhérents ?", ["copains"]),
        # cut short to its head, capitalised after an article
        ("la Grange, c'est quel budget ?", ["grange"]),
        ("et les Copains ?", ["copains"]),
        # a number between the article and the head counts the structure's things
        ("How big are the two Copains shops?", ["copains"]),
        ("les deux Granges, elles ouvrent quand ?", ["grange"]),
    ],
)
def test_a_name_is_read_however_it_is_written(
    detector: MentionDetector, text: str, expected: list[str]
) -> None:
    assert detector.mentioned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # everyday words of names, apart or alone, name no structure
        "Le panier moyen des copains de la maison",
        "Dans quelle maison y a-t-il deux ateliers ?",
        "who sells vegetable baskets?",
        "Which house has two workshops?",
        # a head in lowercase, a capitalised word that is not a name's head, a hyphenated place
        "la grange du village est-elle ouverte ?",
        "Des initiatives dans la Haute-Grange ?",
        "les Rivières du Nord",
        # a number before a lowercase word counts things, it names nothing
        "the two grange workshops",
        # a word of the booklet is no misspelling ('harmonie' is written there)
        "une harmonie entre les structures",
        # a question in capitals tells no name by its capitals
        "Quelles Structures Ont Une Grange ?",
    ],
)
def test_words_of_names_name_nothing_on_their_own(detector: MentionDetector, text: str) -> None:
    assert detector.mentioned(text) == []


def test_a_translated_name_is_taken_out_as_a_name(detector: MentionDetector) -> None:
    text = "What does the joyful basket sell?"
    assert detector.without_names(text, detector.mentioned(text)) == "What does sell?"


@pytest.fixture(scope="module")
def booklet_plan(corpus: Corpus):
    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    detector = MentionDetector(corpus.fiches, texts)
    towns = sorted({f.contact.town for f in corpus.fiches if f.contact.town})
    vocab = FactsVocabulary(field_values={"ville": towns})

    def make(question: str, history: list[dict[str, str]] | None = None):
        return plan_question(question, history, detector, len(corpus.fiches), vocab=vocab)

    return make


def test_a_departement_inside_a_name_is_no_place_asked(booklet_plan) -> None:
    """The booklet names a structure after its département's river ('… des Vallées de
    l'Oise'): named, the département is part of the name, not a place that filters."""
    for question in (
        "Qui dirige le Panier de la mer et qui préside l'association des producteurs de l'Oise ?",
        "How many members do the Oise valley producers have, and the sea basket?",
    ):
        plan = booklet_plan(question)
        assert plan.departements == []
        assert "association-des-producteurs-des-vallees-de-l-oise" in plan.targets
    assert booklet_plan("Quelles structures sont dans l'Oise ?").departements == ["60"]


def test_a_follow_up_naming_a_town_points_at_the_structure_there(
    booklet_plan, corpus: Corpus
) -> None:
    """'et à <town> ?', 'what about the shop in <town>?' after talk of a structure elsewhere:
    picked by its town (whole or by its first word), not the structure in focus."""
    first = corpus.fiches[0]
    town_of = first.contact.town
    other = next(f for f in corpus.fiches if f.contact.town and f.contact.town != town_of)
    town = other.contact.town.split()[0].split("-")[0]
    history = [
        {"role": "user", "content": f"Qui dirige {first.name} ?"},
        {"role": "assistant", "content": f"**{first.name}** — directeur : X"},
    ]
    for question in (f"et à {town} ?", f"what about the shop in {town}?"):
        assert booklet_plan(question, history).by_place
    assert not booklet_plan("et à Grenoble ?", history).by_place  # no town of the booklet


def test_an_english_query_is_read_in_french_by_the_lexical_retriever(fake_engine) -> None:
    """'the toy workshop in Villeneuve' tells one structure from another standing in the same
    town only by 'toy': the French BM25 reads the glossary's French words for the English words
    the booklet does not hold; French words, accented or held by the booklet, stay as they are."""
    glossed = fake_engine.glossed("Is the toy workshop an insertion workshop?")
    assert "jouet" in glossed.split() and "atelier" in glossed.split()
    french = "Lesquelles récupèrent des meubles ?"
    assert fake_engine.glossed(french) == french  # 'récupèrent' holds no English 'cup'
    plain = fake_engine.search("toy workshop", top_k=3)
    read = fake_engine.search("toy workshop", top_k=3, gloss=True)
    assert not any(h.lexical for h in plain.passages)  # no French word of the query
    assert any(h.lexical for h in read.passages)


def test_one_word_glossed_into_two_name_words_names_nothing(corpus: Corpus) -> None:
    """'twice' reads 'deux fois': alone, one word of a question ('twice a month') is no name
    of two words, whatever its translation holds; with another word of the name it is."""
    fiches = _fiches(corpus)[:2]
    fiches[0] = replace(
        fiches[0], name="Deux Fois Rien", identity=replace(fiches[0].identity, legal_name="")
    )
    texts = {fiches[0].id: "rien", fiches[1].id: "deux fois, rien"}
    detector = MentionDetector(fiches, texts)
    assert detector.mentioned("farmers meet twice a month at a café") == []
    assert detector.mentioned("Who runs Deux Fois Rien?") == [fiches[0].id]


# Each fiche writes the everyday words of its own name only ('copains', 'grange'): in lower
# case such a head may name its structure.
OWN_WORDS = {
    "maison": "La Maison des Deux Rivières répare des vélos. une maison de quartier.",
    "panier": "Le Panier Joyeux vend des légumes. une maison, deux rivières.",
    "copains": "Les Copains du Val tiennent une épicerie avec des copains.",
    "grange": "La Grange Fleurie accueille des artistes dans sa grange.",
    "solid": "Solidarmonie forme au numérique. une harmonie, deux maisons.",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed in lower case, the head that no other fiche writes, where a name stands
        ("les copains, ils ont combien de sites ?", ["copains"]),
        ("et la grange ?", ["grange"]),
        ("combien de salariés pour la grange", ["grange"]),
        # inside a clause the everyday word is no name; a word other fiches write neither
        ("je veux monter une asso avec les copains pour réparer des vélos", []),
        ("la maison, elle est où ?", []),
    ],
)
def test_a_lower_case_head_names_a_structure_where_a_name_stands(
    corpus: Corpus, text: str, expected: list[str]
) -> None:
    assert MentionDetector(_fiches(corpus), OWN_WORDS).mentioned(text) == expected


def test_a_name_cut_to_its_head_is_taken_out_as_a_name(corpus: Corpus) -> None:
    """What a question asks of a structure named by its head ('les copains vendent …') is
    read without the name, as with the full name: 'copains' is no thing asked."""
    detector = MentionDetector(_fiches(corpus), OWN_WORDS)
    assert detector.without_names("la Grange, elle vend des jouets ?", ["grange"]) == (
        ", elle vend des jouets ?"
    )
    assert "copains" not in detector.without_names("les copains vendent du vin ?", ["copains"])


@pytest.mark.parametrize(
    "text", ["What is the MDR?", "Qu'est-ce que la MDR ?", "la mdr c'est quoi ?"]
)
def test_initials_are_taken_out_as_the_name_they_stand_for(corpus: Corpus, text: str) -> None:
    """Class: a structure named by its initials ('What is the APVO?'). Read without its name,
    the question asks nothing else, so it asks what the structure is, as its full name does."""
    detector = MentionDetector(_fiches(corpus), OWN_WORDS)
    assert detector.mentioned(text) == ["maison"]
    assert "mdr" not in detector.without_names(text, ["maison"]).lower()
    assert "grange" in detector.without_names("la MDR et la grange ?", ["maison"])


def test_a_town_after_a_structures_name_is_a_place_asked(booklet_plan, corpus: Corpus) -> None:
    """'le Jardin de Cocagne de Douai': the structure's words then a town of the region (or one
    written as towns are, 'Sin-le-Noble') ask that structure there, not a longer name."""
    long_names = [f for f in corpus.fiches if len(f.name.split()) >= 7]
    assert long_names
    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    detector = MentionDetector(corpus.fiches, texts)
    checked: list[str] = []
    for fiche in long_names:
        words = fiche.name.split()
        head = " ".join(words[1:4] if words[0].lower() in ("le", "la", "les") else words[:3])
        if detector.mentioned(head) != [fiche.id]:
            continue  # a head naming no structure alone names none with a town either
        checked.append(fiche.id)
        for town in ("Douai", "Saint-Omer"):
            plan = booklet_plan(f"Combien de salariés au {head} de {town} ?")
            assert plan.targets == [fiche.id] and plan.places == [town], (head, town)
        plan = booklet_plan(f"Combien de salariés au {fiche.name} ?")
        assert plan.places == []
    assert checked


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a head in lower case as the subject of the verb names its structure
        ("combien de paniers solidaires les copains ont distribué ?", True),
        ("les copains ils vendent quoi ?", True),
        # inside a clause it is the everyday word
        ("monter une asso avec les copains pour vendre des légumes ?", False),
    ],
)
def test_a_lower_case_head_as_the_subject_names_its_structure(
    booklet_plan, question: str, named: bool
) -> None:
    assert bool(booklet_plan(question).targets == ["les-copains-de-thierache"]) is named
