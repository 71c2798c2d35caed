"""English questions read in the booklet's French: is the thing asked there at all, and does one
fiche hold everything asked together? Synthetic questions of the class, made-up vocabularies,
then the real booklet (fast engine: these checks read words, not embeddings)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.topic_words import (
    french_qualifiers,
    french_things,
    glossed_words,
    lemmas,
    misspelt,
    never_mentioned,
    not_together,
    topic_words,
)
from livret_qa.glossary import ACTIONS, EN_FR, THINGS
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("mattresses", "mattress"),
        ("berries", "berry"),
        ("shelves", "shelf"),
        ("women", "woman"),
        ("recycled", "recycle"),
        ("repairing", "repair"),
        ("sold", "sell"),
        ("toys", "toy"),
    ],
)
def test_lemmas_reach_the_dictionary_form(word: str, lemma: str) -> None:
    assert lemma in lemmas(word)


def test_glossary_entries_are_lowercase_single_french_words() -> None:
    assert not set(THINGS) & set(ACTIONS)
    for key, french in EN_FR.items():
        assert key == key.lower() and french
        assert all(w == w.lower() and " " not in w for w in french), key


def test_two_word_entries_win_and_names_are_not_topics() -> None:
    words = glossed_words("Does the Repair Café near the food bank take old sofas?")
    keys = [g.key for g in words]
    assert "food bank" in keys and "food" not in keys
    assert "repair" not in keys  # 'Repair Café' is a name inside the sentence
    assert "sofa" in keys
    assert len(keys) == len(set(keys))


def test_generic_words_are_never_a_topic() -> None:
    keys = {
        g.key
        for g in topic_words("Which structures in the booklet sell fish?", lx.GENERIC_TOPIC_EN)
    }
    assert "fish" in keys and "structure" not in keys and "booklet" not in keys


VOCAB = set(
    analyze("meubles bois vêtements jouets poissons vente ateliers recyclage collecte anciens")
    + analyze("enfants seconde main")
)


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Which structures recycle old mattresses?", ["mattress"]),
        ("Is there an initiative selling honey?", ["honey"]),
        ("Does anyone collect used tyres and batteries?", ["tyre", "battery"]),
        ("Which structures sell second-hand furniture?", []),
        ("Is there a shop for children's toys?", ["shop"]),
        ("Is there a bakery for children?", ["bakery"]),
        ("Who sells fish?", []),
    ],
)
def test_things_the_vocabulary_never_holds(question: str, absent: list[str]) -> None:
    words = topic_words(question, lx.GENERIC_TOPIC_EN)
    assert sorted(g.key for g in never_mentioned(words, VOCAB)) == sorted(absent)


FICHES = {
    "workshop": set(analyze("meubles bois ateliers réparation")),
    "shop": set(analyze("vêtements jouets boutique vente")),
}


def test_things_asked_together_must_stand_in_one_fiche() -> None:
    both = topic_words("Is there a shop selling toys and clothes?", lx.GENERIC_TOPIC_EN)
    assert not_together(both, FICHES) == []
    apart = topic_words("Is there a workshop repairing furniture and toys?", lx.GENERIC_TOPIC_EN)
    assert [g.key for g in not_together(apart, FICHES)] == ["toy"]
    # activities are phrased freely: only things are required together
    one_thing = topic_words("Who repairs and sells furniture?", lx.GENERIC_TOPIC_EN)
    assert not_together(one_thing, FICHES) == []


# -- the real booklet --------------------------------------------------------------------------
ABSENT = [
    "Which structures recycle old mattresses?",
    "Is there an initiative in the booklet that sells honey?",
    "Does any organisation collect worn-out tyres?",
    "Which initiatives run a bakery?",
]
PRESENT = [
    "Which structures collect second-hand clothes?",
    "Is there an initiative that repairs bikes?",
    "Which organisations refurbish computers?",
    "Does any structure work with toys?",
    "Who redistributes fish to food aid?",
]


@pytest.mark.parametrize("question", ABSENT)
def test_a_thing_the_booklet_never_mentions_is_refused_and_named(fake_engine, question) -> None:  # type: ignore[no-untyped-def]
    answer = ask(fake_engine, question)
    assert answer.abstained
    assert "never mentions" in answer.answer


@pytest.mark.parametrize("question", PRESENT)
def test_a_thing_the_booklet_mentions_is_answered(fake_engine, question) -> None:  # type: ignore[no-untyped-def]
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.abstain_reason
    assert answer.structures


def test_french_things_are_the_nouns_after_a_determiner() -> None:
    things = french_things("Quelles structures vendent du poisson et des jouets en bois ?")
    assert [g.word for g in things] == ["poisson", "jouets"]
    assert french_things("Quelles structures existent ?") == []


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures vendent du poisson ?",
        "Which structures sell fish?",
        "Quelles structures récupèrent des jouets ?",
        "Which initiatives take in toys?",
    ],
)
@pytest.mark.slow  # which structures qualify first is the real retrieval's doing
def test_a_list_of_a_distinctive_thing_holds_only_fiches_naming_it(engine, question) -> None:  # type: ignore[no-untyped-def]
    english = question.startswith("Which")
    words = topic_words(question, lx.GENERIC_TOPIC_EN) if english else french_things(question)
    (thing,) = [g for g in words if g.thing]
    vocab = engine.mentions.vocab
    naming = {fid for fid, v in vocab.items() if thing.held_by(v)}
    assert 1 <= len(naming) <= 3  # distinctive in this booklet
    answer = ask(engine, question)
    assert answer.structures and not answer.abstained
    assert {s.fiche_id for s in answer.structures} <= naming


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("matress", "mattress"),
        ("furnitur", "furniture"),
        ("restaurent", "restaurant"),
        ("volunters", "volunteer"),
        ("vegtables", "vegetable"),
        ("bakary", "bakery"),
    ],
)
def test_a_word_one_letter_off_an_entry_is_that_entry_misspelt(word: str, key: str) -> None:
    assert misspelt(word) == key
    assert [g.key for g in glossed_words(f"old {word} who has some")][-1] == key


@pytest.mark.parametrize(
    "word", ["there", "where", "which", "their", "booklet", "helps", "cat", "handled", "lottery"]
)
def test_function_words_and_short_words_are_never_read_as_misspellings(word: str) -> None:
    assert misspelt(word) is None


@pytest.mark.parametrize("word", ["willing", "telling", "calling", "filling", "selling", "hoping"])
def test_a_short_form_cut_from_a_longer_word_is_no_misspelling(word: str) -> None:
    """'willing' cut to 'will' is one letter off 'wall': the word was no typo of anything."""
    assert misspelt(word) is None


@pytest.mark.parametrize(("word", "key"), [("recyling", "recycling"), ("bicyles", "bicycle")])
def test_a_misspelt_inflected_word_is_still_read(word: str, key: str) -> None:
    assert misspelt(word) == key


@pytest.mark.parametrize(
    "question",
    [
        "old matress recycling which structure",
        "who recycles old matresses",
        "any place recycling matresses?",
    ],
)
def test_a_misspelt_thing_the_booklet_never_names_is_still_absent(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and "matelas" in answer.abstain_reason


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Quelles structures emploient des personnes handicapées ?", ["handicapees"]),
        ("des structures qui récupèrent des invendus alimentaires", ["alimentaires"]),
        ("Qui répare des vélos électriques ?", ["electriques"]),
        ("Quelles structures vendent des objets en bois ?", []),
        ("Quelles structures existent ?", []),
    ],
)
def test_french_qualifiers_are_the_words_after_a_determined_noun(
    question: str, words: list[str]
) -> None:
    assert [g.word for g in french_qualifiers(question)] == words


def test_a_participle_qualifier_names_its_noun() -> None:
    [g] = french_qualifiers("Qui emploie des personnes handicapées ?")
    assert g.held_by({"handicap", "situat"})


@pytest.mark.parametrize(
    ("question", "stem"),
    [
        ("Quelles structures emploient des personnes handicapées ?", "handicap"),
        ("Quelles structures accueillent des salariés handicapés ?", "handicap"),
    ],
)
def test_a_list_of_a_public_keeps_the_structures_naming_its_qualifier(
    fake_engine: Engine, question: str, stem: str
) -> None:
    answer = ask(fake_engine, question)
    holders = {f for f, v in fake_engine.mentions.vocab.items() if stem in v}
    assert 1 <= len(holders) <= 3
    assert {s.fiche_id for s in answer.structures} <= holders
