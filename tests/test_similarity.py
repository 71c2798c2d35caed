"""Similar initiatives on the real booklet with the fake embedder (fast tier): the facets of
each fiche with exact spans, the description read into facets, the per-facet scores and their
weighted sum, and the rule that every explained facet cites the structure it names. The text
facet is noise here (hash vectors), so what ranks is what the facets say."""

from __future__ import annotations

import json
import math

import pytest

from livret_qa import facet_words as fw
from livret_qa.answering.project import project_facets
from livret_qa.answering.similarity import (
    HELD_MAX,
    CommonValue,
    FacetScore,
    SimilarStructure,
    check_weights,
    facets_for,
    held,
    only_inside,
    similar_to_description,
    similar_to_fiche,
)
from livret_qa.errors import QueryError, UnknownFicheError
from livret_qa.facts.facets import FacetEvidence
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import Filters

from .conftest import ROOT

DEV = [json.loads(line) for line in (ROOT / "eval" / "similar.jsonl").read_text().splitlines()]


def check_cited(engine: Engine, fiche_id: str, evidence) -> None:  # type: ignore[no-untyped-def]
    """The passage is an exact span of the fiche it is cited for, and holds the value."""
    fiche = engine.corpus.fiche(fiche_id)
    source = engine.corpus.sources[evidence.source]
    assert evidence.fiche_id == fiche_id and evidence.source == fiche.source
    assert fiche.span.start <= evidence.start < evidence.end <= fiche.span.end
    assert evidence.start <= evidence.match_start < evidence.match_end <= evidence.end
    assert source[evidence.match_start : evidence.match_end] == evidence.text
    assert evidence.text in source[evidence.start : evidence.end]
    assert source.count("\n", 0, evidence.start) + 1 == evidence.line_start


# -- the fiches' facets ----------------------------------------------------------------------
def test_every_facet_value_of_every_fiche_cites_an_exact_span(fake_engine: Engine) -> None:
    corpus = facets_for(fake_engine)
    assert set(corpus.fiches) == set(fake_engine.corpus.ids())
    count = 0
    for fiche_id, facets in corpus.fiches.items():
        for values in facets.values.values():
            for found in values.values():
                for evidence in found:
                    check_cited(fake_engine, fiche_id, evidence)
                    count += 1
    assert count > 500


def test_fiche_facets_say_what_each_structure_is(fake_engine: Engine) -> None:
    fiches = facets_for(fake_engine).fiches
    vestali, synapse, panier = (
        fiches["vestali"],
        fiches["synapse-3i"],
        fiches["le-panier-de-la-mer-62"],
    )
    assert vestali.salience("sector", "textile") == 1.0
    assert vestali.salience("public", "femmes") == 1.0
    assert synapse.salience("sector", "informatique") == 1.0
    assert synapse.salience("public", "quartiers_prioritaires") == 1.0
    assert synapse.best("territory", "dep:80") is not None
    assert panier.salience("sector", "poisson") == 1.0
    assert {"aci", "iae"} <= set(vestali.of("insertion"))
    assert not fiches["les-copains-de-thierache"].of("insertion")  # no integration jobs
    # its own name is no value: 'Le Panier de la Mer' sells no baskets as such
    baskets = panier.of("sector").get("paniers", [])
    assert all("panier de la mer" not in e.text.lower() for e in baskets)


def test_a_defi_two_fiches_share_word_for_word_is_core_for_neither(fake_engine: Engine) -> None:
    """The booklet prints the Copains de Thiérache's défi under Il était deux fois too."""
    fiches = facets_for(fake_engine).fiches
    assert fiches["il-etait-deux-fois"].salience("sector", "produits_locaux") < 1.0
    assert fiches["les-copains-de-thierache"].salience("sector", "produits_locaux") == 1.0


def test_size_facets_reuse_the_facts(fake_engine: Engine) -> None:
    synapse = facets_for(fake_engine).fiches["synapse-3i"]
    budget = synapse.best("size", "budget")
    assert budget is not None and budget.number == pytest.approx(2_037_760)
    check_cited(fake_engine, "synapse-3i", budget)


# -- the description's facets ----------------------------------------------------------------
def test_a_description_is_read_into_facets_with_its_own_words() -> None:
    text = (
        "On voudrait ouvrir une recyclerie de vélos dans un quartier prioritaire d'Amiens "
        "avec 6 salariés en insertion et un budget de 200 000 €."
    )
    project = project_facets(text)
    got = {(s.facet, s.value) for s in project.stated}
    assert {
        ("sector", "velos"),
        ("public", "quartiers_prioritaires"),
        ("insertion", "iae"),
        ("territory", "dep:80"),
        ("territory", "town:amiens"),
    } <= got
    numbers = {s.value: s.number for s in project.stated if s.facet == "size"}
    assert numbers == {"salaries": 6, "budget": 200_000}
    for s in project.stated:
        assert project.description[s.start : s.end] == s.text
    assert not any(s.text.lower() in ("ouvrir", "voudrait", "on") for s in project.stated)


# -- scores, weights, ranking ----------------------------------------------------------------
def test_every_structure_is_ranked_with_every_facet(fake_engine: Engine) -> None:
    result = similar_to_description(fake_engine, DEV[0]["description"])
    assert len(result.structures) == len(fake_engine.corpus.fiches)
    assert [s.rank for s in result.structures] == list(range(1, 10))
    scores = [s.score for s in result.structures]
    assert scores == sorted(scores, reverse=True)
    for s in result.structures:
        assert [f.facet for f in s.facets] == list(fw.FACETS)
        stated = [f for f in s.facets if f.score is not None]
        assert all(0.0 <= (f.score or 0.0) <= 1.0 for f in stated)
        assert s.score == pytest.approx(sum(f.contribution for f in stated), abs=1e-3)


def test_a_facet_the_project_does_not_state_does_not_count(fake_engine: Engine) -> None:
    result = similar_to_description(fake_engine, "Je veux créer une friperie de vêtements.")
    first = result.structures[0]
    assert first.facet("territory").score is None and first.facet("size").score is None
    assert first.facet("territory").contribution == 0.0


def test_the_facets_rank_even_when_the_embedder_knows_nothing(fake_engine: Engine) -> None:
    text = "I'd like a sewing workshop where women far from work mend and sell second-hand clothes"
    result = similar_to_description(fake_engine, text, weights={"text": 0.0})
    assert result.structures[0].fiche_id == "vestali"
    common = {f.facet for f in result.structures[0].in_common()}
    assert {"sector", "public"} <= common


def test_weights_are_configurable_and_change_the_sum(fake_engine: Engine) -> None:
    text = "Un chantier d'insertion pour des femmes dans la Somme"
    default = similar_to_description(fake_engine, text)
    territory = similar_to_description(fake_engine, text, weights={"territory": 50.0})
    assert territory.structures[0].fiche_id == "synapse-3i"
    assert territory.weights["territory"] == 50.0 and default.weights == fw.DEFAULT_WEIGHTS
    no_text = similar_to_description(fake_engine, text, weights={"text": 0.0})
    assert all(s.facet("text").contribution == 0.0 for s in no_text.structures)


@pytest.mark.parametrize(
    ("weights", "needle"),
    [
        ({"secteur": 1.0}, "Unknown facet 'secteur'"),
        ({"sector": -1.0}, ">= 0"),
        ({"text": math.nan}, ">= 0"),
    ],
)
def test_bad_weights_are_refused_with_the_facets(weights: dict[str, float], needle: str) -> None:
    with pytest.raises(QueryError, match=needle):
        check_weights(weights)


def test_filters_keep_only_their_structures(fake_engine: Engine) -> None:
    result = similar_to_description(
        fake_engine, "une ressourcerie", filters=Filters(departement="62"), top_k=2
    )
    assert len(result.structures) == 2
    assert {s.departement_code for s in result.structures} == {"62"}


@pytest.mark.parametrize(
    "description",
    [
        "x",
        "!!!",
        "une ressourcerie du jouet",
        "We want to help.",
        " ".join(["Nous voulons ouvrir un lieu de réemploi solidaire dans le Nord."] * 300),
        "Wir möchten ein Reparaturcafé eröffnen.",
        "🚲♻️",
    ],
)
def test_no_description_is_refused(fake_engine: Engine, description: str) -> None:
    result = similar_to_description(fake_engine, description)
    assert len(result.structures) == len(fake_engine.corpus.fiches)


def test_an_empty_description_is_a_clear_error(fake_engine: Engine) -> None:
    with pytest.raises(QueryError, match="empty"):
        similar_to_description(fake_engine, "   ")


@pytest.mark.parametrize("row", DEV, ids=[r["id"] for r in DEV])
def test_every_explained_facet_cites_the_structure_it_names(fake_engine: Engine, row) -> None:  # type: ignore[no-untyped-def]
    result = similar_to_description(fake_engine, row["description"])
    for s in result.structures:
        for facet in s.facets:
            for common in facet.common:
                check_cited(fake_engine, s.fiche_id, common.evidence)


FICHES = (
    "association-des-producteurs-des-vallees-de-l-oise",
    "le-jardin-de-cocagne-de-la-haute-borne",
    "le-panier-de-la-mer-62",
    "les-copains-de-thierache",
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "vestali",
)


@pytest.mark.parametrize("fiche_id", FICHES)
def test_similar_to_a_fiche_leaves_it_out_and_cites_the_others(
    fake_engine: Engine, fiche_id: str
) -> None:
    result = similar_to_fiche(fake_engine, fiche_id)
    assert result.reference == fiche_id
    assert fiche_id not in {s.fiche_id for s in result.structures}
    assert len(result.structures) == len(fake_engine.corpus.fiches) - 1
    for s in result.structures:
        for facet in s.facets:
            for common in facet.common:
                check_cited(fake_engine, s.fiche_id, common.evidence)


def test_similar_to_an_unknown_fiche(fake_engine: Engine) -> None:
    with pytest.raises(UnknownFicheError):
        similar_to_fiche(fake_engine, "nope")


# -- which structures an answer holds ---------------------------------------------------------
def ranked(*rows: tuple[str, float, float | None]) -> list[SimilarStructure]:
    """Structures (id, total score, sector score) ranked as given."""
    return [
        SimilarStructure(
            fid, fid, "", "", "", "", n, score, [FacetScore("sector", "filière", 3.0, sector)]
        )
        for n, (fid, score, sector) in enumerate(rows, start=1)
    ]


def ids(structures: list[SimilarStructure]) -> list[str]:
    return [s.fiche_id for s in structures]


def test_an_answer_holds_every_structure_working_on_the_projects_sector() -> None:
    # a furniture project: three structures work on furniture, whatever their total score
    structures = ranked(("a", 0.95, 1.0), ("b", 0.6, 1.0), ("c", 0.5, 0.8), ("d", 0.9, 0.0))
    assert ids(held(structures)) == ["a", "b", "c"]


def test_a_structure_that_only_shares_the_rest_is_no_match() -> None:
    # close on the public and the wording, but it works on something else: a filler
    structures = ranked(("a", 0.9, 1.0), ("b", 0.85, 0.2), ("c", 0.8, 0.0))
    assert ids(held(structures)) == ["a"]


def test_the_sector_is_compared_with_the_first_structure() -> None:
    # no structure makes it its core (0.8 and 0.6): both hold it nearly as much
    structures = ranked(("a", 0.8, 0.8), ("b", 0.62, 0.6), ("c", 0.6, 0.0))
    assert ids(held(structures)) == ["a", "b"]
    # a third holds it more than the first: it is held too, the second as before
    structures = ranked(("a", 0.8, 0.8), ("b", 0.72, 0.6), ("c", 0.6, 1.0))
    assert ids(held(structures)) == ["a", "b", "c"]


def test_a_first_structure_that_barely_holds_the_sector_sets_no_bar() -> None:
    # the first one is close on everything but the sector: the one that holds it most does
    structures = ranked(("a", 0.8, 0.2), ("b", 0.7, 1.0), ("c", 0.65, 0.3))
    assert ids(held(structures)) == ["a", "b"]


def test_a_structure_far_behind_overall_is_left_out() -> None:
    structures = ranked(("a", 0.9, 1.0), ("b", 0.2, 1.0))
    assert ids(held(structures)) == ["a"]


def test_without_a_sector_only_the_closest_scores_are_held() -> None:
    # the project states no sector (None), or one no structure holds (0.0)
    for sector in (None, 0.0):
        structures = ranked(("a", 0.8, sector), ("b", 0.78, sector), ("c", 0.6, sector))
        assert ids(held(structures)) == ["a", "b"]


def test_the_held_structures_do_not_depend_on_the_rank_of_the_others() -> None:
    # two wordings of one project move the scores of the structures behind the first one;
    # what each works on does not move, and neither does the answer
    one = ranked(("a", 0.96, 1.0), ("b", 0.7, 0.8), ("c", 0.65, 0.0), ("d", 0.5, 0.0))
    two = ranked(("a", 0.88, 1.0), ("c", 0.75, 0.0), ("d", 0.7, 0.0), ("b", 0.45, 0.8))
    assert set(ids(held(one))) == set(ids(held(two))) == {"a", "b"}


def test_an_answer_holds_at_most_a_few_structures() -> None:
    structures = ranked(*[(f"s{n}", 0.9 - n / 100, 1.0) for n in range(9)])
    assert len(held(structures)) == HELD_MAX
    assert held([]) == []


# -- the kind of place a project names, the activity when it names no sector -----------------
def _evidence(core: bool) -> FacetEvidence:
    return FacetEvidence("kind", "k", "k", "k", "x", "x.md", 0, 1, 1, 1, 0, 1, core=core)


def with_facets(fid: str, score: float, **facets: FacetScore) -> SimilarStructure:
    return SimilarStructure(fid, fid, "", "", "", "", 0, score, list(facets.values()))


def kind(held_core: bool) -> FacetScore:
    common = [CommonValue("k", "k", "k", _evidence(True))] if held_core else []
    return FacetScore("kind", "type", 1.0, 1.0 if held_core else 0.0, common=common)


def test_a_structure_of_the_kind_the_project_names_is_held_after_the_others() -> None:
    # 'une recyclerie de jouets': the toy structure leads on the sector; the ressourcerie
    # shares it less than SAME_SECTOR of that, but it is a ressourcerie: held, ranked after
    structures = [
        with_facets("toys", 0.8, sector=FacetScore("sector", "s", 3, 0.8), kind=kind(False)),
        with_facets("other", 0.5, sector=FacetScore("sector", "s", 3, 0.3), kind=kind(False)),
        with_facets("resso", 0.45, sector=FacetScore("sector", "s", 3, 0.35), kind=kind(True)),
    ]
    assert ids(held(structures)) == ["toys", "resso"]
    # far behind overall, even of the kind, it stays out
    structures[2].score = 0.1
    assert ids(held(structures)) == ["toys"]


def activity(score: float, rarest: str, value: str = "", salience: float = 1.0) -> FacetScore:
    common = [CommonValue(value, value, value, _evidence(True), salience)] if value else []
    return FacetScore("activity", "a", 3.0, score, common=common, rarest=rarest)


def test_without_a_sector_the_telling_activity_says_what_the_project_does() -> None:
    # 'cooking classes for people on low incomes': no sector; a structure sharing only the
    # public and the wording is no match, those that cook are, the one cooking only twice in
    # passing too (DOES_AT)
    structures = [
        with_facets("cooks", 0.8, activity=activity(0.8, "cook", "cook")),
        with_facets("public", 0.75, activity=activity(0.4, "cook", "train")),
        with_facets("also", 0.7, activity=activity(0.75, "cook", "cook", 0.8)),
        with_facets("twice", 0.5, activity=activity(0.5, "cook", "cook", 0.6)),
        with_facets("once", 0.5, activity=activity(0.5, "cook", "cook", 0.4)),
    ]
    assert ids(held(structures)) == ["cooks", "also", "twice"]


def test_an_activity_every_structure_does_says_nothing_of_the_project() -> None:
    # 'une boutique' alone: selling is no telling activity (rarest empty), so only the
    # closest scores are held, as without a sector
    structures = [
        with_facets("a", 0.9, activity=activity(1.0, "", "sell")),
        with_facets("b", 0.8, activity=activity(1.0, "", "sell")),
        with_facets("c", 0.6, activity=activity(1.0, "", "sell")),
    ]
    assert ids(held(structures)) == ["a", "b"]


def test_the_kind_explains_but_is_no_facet_in_common(fake_engine: Engine) -> None:
    # 'une recyclerie de livres': the ressourcerie of the booklet is of that kind; its line
    # says so, while the facets in common stay those of the booklet's eight
    result = similar_to_description(fake_engine, "On veut monter une recyclerie de livres.")
    assert any(s.value == "ressourcerie" for s in result.stated if s.facet == "kind")
    resso = [s for s in result.structures if any(f.facet == "kind" for f in s.explained())]
    assert resso and all("kind" not in {f.facet for f in s.in_common()} for s in resso)
    assert {s.fiche_id for s in resso} <= {s.fiche_id for s in held(result.structures)}
    for s in resso:
        for common in s.facet("kind").common:
            check_cited(fake_engine, s.fiche_id, common.evidence)
            assert common.evidence.core


def sector(score: float, salience: float = 0.0) -> FacetScore:
    common = [CommonValue("v", "v", "v", _evidence(salience >= 1.0), salience)] if salience else []
    return FacetScore("sector", "s", 3.0, score, common=common)


def test_a_structure_working_on_one_of_the_things_named_is_held() -> None:
    # 'vendre nos légumes, notre viande et nos volailles': one structure holds them all; one
    # grows vegetables as its own (core), one mentions them three times (0.8): both do that
    # kind of activity, if only partly; one that names them once in passing does not
    structures = [
        with_facets("all", 0.9, sector=sector(1.0, 1.0)),
        with_facets("veg", 0.6, sector=sector(0.35, 1.0)),
        with_facets("often", 0.5, sector=sector(0.3, 0.8)),
        with_facets("once", 0.55, sector=sector(0.3, 0.4)),
        with_facets("far", 0.2, sector=sector(0.35, 1.0)),
    ]
    assert ids(held(structures)) == ["all", "veg", "often"]


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("a village shop for local farm produce", "legumes", "produits_locaux"),
        ("vendre des fruits et légumes locaux en circuit court", "legumes", "produits_locaux"),
    ],
)
def test_a_value_named_inside_a_longer_one_does_not_say_what_it_works_on(
    text: str, part: str, whole: str
) -> None:
    stated = project_facets(text).stated
    assert ("sector", part) in only_inside(stated)
    assert ("sector", whole) not in only_inside(stated)


def test_a_value_named_on_its_own_and_inside_a_longer_one_still_counts() -> None:
    stated = project_facets("des légumes bio, des fruits et légumes locaux").stated
    assert ("sector", "legumes") not in only_inside(stated)
    # a value implied by another (a toy is a household good) is no part of it
    assert not only_inside(project_facets("une boutique de jouets d'occasion").stated)
