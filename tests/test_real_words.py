"""A correct word is read as itself, not as the glossary entry one letter off it (real_words):
the tokenizer's vocabulary tells a real word from a typo. Synthetic questions of the class, FR
and EN, and neighbours whose typos must still be corrected."""

from __future__ import annotations

import pytest

from livret_qa.answering import real_words
from livret_qa.answering.topic_words import glossed_words, lemmas, misspelt

pytestmark = pytest.mark.skipif(
    not real_words.tokenizer_words(), reason="the embedding model's tokenizer is not installed"
)


@pytest.mark.parametrize(
    ("word", "not_read_as"),
    [
        ("points", "paint"),
        ("located", "local"),
        ("former", "farmer"),
        ("presented", "prevent"),
        ("printing", "painting"),
        ("started", "state"),
        ("experts", "exports"),
        ("resort", "report"),
        ("wanting", "waste"),
    ],
)
def test_a_real_word_is_no_misspelling_of_its_neighbour(word: str, not_read_as: str) -> None:
    assert misspelt(word) != not_read_as
    assert misspelt(word) is None


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("adress", "address"),
        ("volunters", "volunteer"),
        ("assocation", "association"),
        ("matress", "mattress"),
        ("furnitur", "furniture"),
        ("recyling", "recycling"),
    ],
)
def test_a_typo_is_still_read_as_the_entry(word: str, key: str) -> None:
    assert misspelt(word) == key


@pytest.mark.parametrize(("word", "key"), [("tourists", "tourism"), ("officer", "office")])
def test_a_derivation_of_the_entry_is_still_read_as_it(word: str, key: str) -> None:
    """'tourists' is all of 'tourism' but its last letter: the same word, not another."""
    assert misspelt(word) == key


@pytest.mark.parametrize(
    ("question", "absent_key"),
    [
        ("How many points higher was the value-added rate?", "paint"),
        ("Where is the wood workshop located?", "local"),
        ("Which charity trains people in the former mining area?", "farmer"),
    ],
)
def test_an_english_question_keeps_its_real_words(question: str, absent_key: str) -> None:
    assert absent_key not in [g.key for g in glossed_words(question)]


def test_french_and_typed_words_are_checked_in_the_vocabulary() -> None:
    assert real_words.is_real(["valeur"])
    assert real_words.is_real(["points"])
    assert not real_words.is_real(["adress", *lemmas("adress")])
    assert not real_words.is_real(["abc"])  # too short to prove anything
    assert real_words.derived_from("tourists", "tourism")
    assert not real_words.derived_from("former", "farmer")
    assert not real_words.derived_from("located", "local")
