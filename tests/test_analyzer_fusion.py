"""Pure pieces: the French analyzer, rank fusion, metrics, places, intents, language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livret_qa.answering.language import detect_language
from livret_qa.evaluation.metrics import list_scores
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.fusion import reciprocal_rank_fusion
from livret_qa.retrieval.places import departements_in


@pytest.mark.parametrize("variant", ["CAP 3C", "CAP3C", "cap3c", "Cap-3C"])
def test_spacing_and_case_variants_give_the_same_tokens(variant: str) -> None:
    assert analyze(variant) == analyze("CAP3C")


def test_elisions_accents_and_stems() -> None:
    assert analyze("Villeneuve-d'Ascq") == analyze("villeneuve d ascq")
    assert analyze("l'association") == analyze("associations")
    assert analyze("Emmaüs") == analyze("Emmaus")
    assert analyze("collectés") == analyze("collecte")
    assert analyze("les de la du") == []


def test_digit_groups_are_findable_joined() -> None:
    assert "77562407501920" in analyze("N° SIRET : 775 624 075 01920")
    assert "0627325937" in analyze("06 27 32 59 37")


def test_rrf_matches_the_formula() -> None:
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "c"]], k=60))
    assert fused["a"] == pytest.approx(1 / 61)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["c"] == pytest.approx(1 / 63 + 1 / 62)
    assert [d for d, _ in reciprocal_rank_fusion([["a", "b", "c"], ["b", "c"]])] == ["b", "c", "a"]


def test_rrf_weights_and_validation() -> None:
    fused = reciprocal_rank_fusion([["a"], ["b"]], weights=[1.0, 2.0])
    assert [d for d, _ in fused] == ["b", "a"]
    with pytest.raises(ValueError, match="weights"):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 1.0])
    with pytest.raises(ValueError, match="k must be greater than 0"):
        reciprocal_rank_fusion([["a"]], k=0)


@given(st.lists(st.lists(st.integers(0, 20), unique=True, max_size=10), min_size=1, max_size=4))
def test_rrf_is_sorted_and_covers_every_item(rankings: list[list[int]]) -> None:
    fused = reciprocal_rank_fusion(rankings)
    scores = [s for _, s in fused]
    assert scores == sorted(scores, reverse=True)
    assert {d for d, _ in fused} == {d for r in rankings for d in r}


def test_list_scores() -> None:
    assert list_scores(["a", "b"], ["a"]) == (0.5, 1.0)
    assert list_scores(["a"], ["a", "b", "c", "d"]) == (1.0, 0.25)
    assert list_scores(["a"], []) == (0.0, 0.0)


def test_ir_measures_agree_with_hand_computed_values() -> None:
    import ir_measures

    qrels = [ir_measures.Qrel("q", "a", 1), ir_measures.Qrel("q", "b", 1)]
    run = [ir_measures.ScoredDoc("q", d, s) for d, s in (("c", 3.0), ("a", 2.0), ("b", 1.0))]
    got = ir_measures.calc_aggregate(
        [ir_measures.parse_measure(m) for m in ("Success@1", "RR@10", "R@2")], qrels, run
    )
    assert {str(k): v for k, v in got.items()} == {"Success@1": 0.0, "RR@10": 0.5, "R@2": 0.5}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("et dans le Pas-de-Calais ?", ["62"]),
        ("And in the Somme?", ["80"]),
        ("structures du Nord (59)", ["59"]),
        ("au nord de la France", []),
        ("62 producteurs", []),
        ("Oise et Aisne", ["60", "02"]),
    ],
)
def test_departements_in(text: str, codes: list[str]) -> None:
    assert departements_in(text) == codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Quel est le budget de VESTALI ?", "fr"),
        ("What is Le Bois de Deux Mains' overall budget?", "en"),
        ("Who runs La Remise Enjouée?", "en"),
        ("Y a-t-il une recyclerie à Lille ?", "fr"),
        # the pronoun 'I' and the modals are English wherever they stand
        ("Can I volunteer at Le Panier de la Mer?", "en"),
        ("Could VESTALI train me?", "en"),
        # the 'i' of a name's '3i' is no English pronoun
        ("Synapse 3i : budget ?", "fr"),
        # an English question keeps its French loanwords; a French one with no function
        # word is read by its accents
        ("Who runs a repair café?", "en"),
        ("Does Synapse 3i have a café?", "en"),
        ("café solidaire ?", "fr"),
        ("présidente ?", "fr"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang
