"""Similar initiatives: how a founder's project description is matched and explained (the
structure's own 'défi' sentence, and the words of the description it shares)."""

from __future__ import annotations

import re

from livret_qa.answering.evidence import Evidence, best_evidence
from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine, SearchResult
from livret_qa.retrieval.grouping import StructureHit

CHALLENGE_SLACK = 0.03  # cosine a 'défi' may lose and still present a similar project
SHARED_WORDS = 6


def similar_evidence(
    engine: Engine, query: str, result: SearchResult, structure: StructureHit
) -> Evidence | None:
    """A similar project is best presented by the structure's own 'défi' sentence, unless
    another of its sentences is clearly closer to the founder's description."""
    best = best_evidence(engine, query, result, structure)
    scores = engine.sentence_scores(query)
    for j, sentence in enumerate(engine.sentences):
        chunk = engine.chunks[sentence.chunk]
        if chunk.fiche_id == structure.fiche_id and chunk.section.value == "challenge":
            if best is None or scores[j] >= best.score - CHALLENGE_SLACK:
                best = Evidence(structure.fiche_id, sentence, chunk, float(scores[j]))
            break
    return best


def shared_terms(engine: Engine, fiche: Fiche, description: str) -> list[str]:
    """Words of the founder's description that this fiche shares and few others do."""
    vocabs = engine.mentions.vocab
    vocab = vocabs.get(fiche.id, set())
    common = max(2, len(vocabs) // 2)
    words: list[str] = []
    for word in re.findall(r"[^\W\d_]{4,}", description):
        tokens = analyze(word)
        if (
            tokens
            and all(t in vocab for t in tokens)
            and all(sum(t in v for v in vocabs.values()) <= common for t in tokens)
            and word.lower() not in words
        ):
            words.append(word.lower())
    return words[:SHARED_WORDS]
