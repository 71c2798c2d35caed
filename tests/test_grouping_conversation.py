"""Membership per structure, follow-up resolution and filters: logic without a model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from livret_qa.errors import QueryError
from livret_qa.indexing.chunking import Chunk
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import SectionKind
from livret_qa.retrieval.filters import Filters, allowed_chunks
from livret_qa.retrieval.grouping import (
    SENTENCE_MARGIN,
    Hit,
    StructureHit,
    decide_membership,
    group_by_structure,
)
from livret_qa.retrieval.mentions import MentionDetector


def _chunk(fiche_id: str) -> Chunk:
    return Chunk(
        f"{fiche_id}:x",
        fiche_id,
        fiche_id.upper(),
        "T",
        "62",
        SectionKind.ACTION,
        [],
        "s.md",
        0,
        1,
        1,
        1,
        "x",
        "x",
    )


def _structure(fid: str, sentence: float, lexical: float) -> StructureHit:
    return StructureHit(fid, fid, 0.0, 0.0, lexical, sentence=0, sentence_score=sentence)


def test_membership_is_decided_per_structure_not_by_rank() -> None:
    structures = [
        _structure("a", 0.90, 10.0),
        _structure("b", 0.89, 9.0),  # close on both: qualifies
        _structure("c", 0.80, 10.0),  # far in meaning, even with words in common
        _structure("d", 0.90 - SENTENCE_MARGIN / 2, 0.0),  # near in meaning, no shared word
    ]
    decide_membership(structures)
    assert [s.qualifies for s in structures] == [True, True, False, False]


def test_rare_terms_shared_with_the_best_structure_qualify() -> None:
    structures = [_structure("a", 0.90, 10.0), _structure("b", 0.70, 1.0)]
    decide_membership(structures, {"a": {"emmau"}, "b": {"emmau"}})
    assert structures[1].qualifies
    decide_membership(structures, {"a": {"emmau"}})
    assert not structures[1].qualifies


def test_group_keeps_each_structure_once_with_its_best_passages() -> None:
    hits = [Hit(_chunk(f), 1.0 / n, n, 0.8, 1.0) for n, f in enumerate("a b a b a c".split(), 1)]
    groups = group_by_structure(hits)
    assert [g.fiche_id for g in groups] == ["a", "b", "c"]
    assert [h.rank for h in groups[0].passages] == [1, 3, 5]
    assert groups[0].qualifies


@pytest.fixture(scope="module")
def detector(corpus: Corpus) -> MentionDetector:
    return MentionDetector(
        corpus.fiches,
        {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quel est le budget de VESTALI ?", ["vestali"]),
        ("il etait 2 fois nb adherents", ["il-etait-deux-fois"]),
        ("qui fait des paniers solidaires ?", []),  # 'panier' alone names no structure
        ("Panier de la Mer et Synapse", ["le-panier-de-la-mer-62", "synapse-3i"]),
    ],
)
def test_mentions(detector: MentionDetector, text: str, expected: list[str]) -> None:
    assert detector.mentioned(text) == expected


def test_filters_are_checked_and_named(corpus: Corpus) -> None:
    chunks = [_chunk("vestali"), _chunk("synapse-3i")]
    chunks[1].departement_code = "80"
    kept = allowed_chunks(Filters(departement="Pas-de-Calais"), corpus.fiches, chunks)
    assert kept is not None and kept.tolist() == [0]
    assert allowed_chunks(Filters(departement="62"), corpus.fiches, chunks).tolist() == [0]
    with pytest.raises(QueryError, match="Unknown département 'Bretagne'"):
        allowed_chunks(Filters(departement="Bretagne"), corpus.fiches, chunks)
    with pytest.raises(QueryError, match=r"Unknown theme 'sport'\. Allowed: L'alimentation"):
        allowed_chunks(Filters(theme="sport"), corpus.fiches, chunks)
    with pytest.raises(QueryError, match="Unknown section kind 'budget'"):
        allowed_chunks(Filters(sections=["budget"]), corpus.fiches, chunks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside one fiche, its name tells nothing: taken out
        ("Que fait Le Bois de Deux Mains des copeaux de bois ?", "Que fait des copeaux de bois ?"),
        ("What does La Remise Enjouée do with broken toys?", "What does do with broken toys?"),
        ("Comment Synapse 3i efface-t-elle les données ?", "Comment efface-t-elle les données ?"),
        # a single name word is no name: 'bois' stays
        ("Qui recycle du bois ?", "Qui recycle du bois ?"),
    ],
)
def test_names_are_taken_out_of_evidence_queries(
    detector: MentionDetector, text: str, expected: str
) -> None:
    assert detector.without_names(text, detector.mentioned(text) or ["le-bois-de-deux-mains"]) == (
        expected
    )


def test_a_long_name_is_named_by_its_initials(detector: MentionDetector, corpus: Corpus) -> None:
    """Users abbreviate a long name the booklet never abbreviates ('l'APVO'): the initials of
    a name's words (3 letters or more) name it, in capitals or not, and elided."""
    from livret_qa.retrieval.mentions import INITIALISM_MIN, initialism

    long_names = [f for f in corpus.fiches if len(initialism(f.name)) >= INITIALISM_MIN]
    assert long_names
    for fiche in long_names:
        letters = initialism(fiche.name)
        for typed in (letters.upper(), letters):
            assert detector.mentioned(f"Qui paie le poste de l'{typed} ?") == [fiche.id]
            assert detector.mentioned(f"Who funds {typed} and Synapse 3i?")[0] == fiche.id


def test_an_initialism_that_is_a_word_or_shared_names_nothing(corpus: Corpus) -> None:
    fiches = corpus.fiches[:2]
    twins = [
        replace(fiches[0], name="Atelier Bois Conseil"),
        replace(fiches[1], name="Art Bio Culture"),
    ]
    texts = {f.id: "un abc de la cuisine" if i == 0 else "rien" for i, f in enumerate(twins)}
    assert MentionDetector(twins, texts).mentioned("Que fait ABC ?") == []  # shared, and a word
    texts = {f.id: "rien" for f in twins}
    assert MentionDetector(twins, texts).mentioned("Que fait ABC ?") == []  # shared
    alone = [twins[0], replace(fiches[1], name="Tout Autre Nom")]
    assert MentionDetector(alone, texts).mentioned("Que fait l'ABC ?") == [alone[0].id]
