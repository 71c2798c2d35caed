"""From ranked chunks to structures: each structure once, with its best passages, and a
membership decision taken from its *own* best evidence rather than from a global top-k cut,
so that "which structures…" questions get the second and third structure too."""

from __future__ import annotations

from dataclasses import dataclass, field

from livret_qa.indexing.chunking import Chunk

# A structure qualifies when its own best evidence is close to the best structure's: its best
# *sentence* within SENTENCE_MARGIN of cosine (e5 cosines are compressed in ~0.75-0.9, and a
# sentence says one thing where a chunk says several), the margin shrinking as its best BM25
# score falls below the best one (at LEXICAL_SLACK of ratio lost, the margin is gone).
SENTENCE_MARGIN = 0.04
LEXICAL_SLACK = 1.5
NO_LEXICAL_MARGIN = 0.6  # share of the margin kept when no passage matches any query term
PASSAGES_PER_STRUCTURE = 3


@dataclass
class Hit:
    chunk: Chunk
    score: float  # fused
    rank: int
    dense: float | None = None
    lexical: float | None = None


@dataclass
class StructureHit:
    fiche_id: str
    fiche_name: str
    score: float
    dense: float
    lexical: float
    sentence: int = -1  # index of its sentence closest to the query (-1: none)
    sentence_score: float = -1.0
    confidence: float = 0.0
    qualifies: bool = False
    passages: list[Hit] = field(default_factory=list)


def group_by_structure(
    hits: list[Hit],
    best_sentences: dict[str, tuple[int, float]] | None = None,
    rare_terms: dict[str, set[str]] | None = None,
) -> list[StructureHit]:
    """Structures in order of their best passage; `hits` are sorted best first."""
    by_id: dict[str, StructureHit] = {}
    for hit in hits:
        s = by_id.get(hit.chunk.fiche_id)
        if s is None:
            s = by_id[hit.chunk.fiche_id] = StructureHit(
                hit.chunk.fiche_id, hit.chunk.fiche_name, hit.score, -1.0, 0.0
            )
        if len(s.passages) < PASSAGES_PER_STRUCTURE:
            s.passages.append(hit)
        s.dense = max(s.dense, hit.dense if hit.dense is not None else -1.0)
        s.lexical = max(s.lexical, hit.lexical or 0.0)
    structures = list(by_id.values())
    for s in structures:
        s.sentence, s.sentence_score = (best_sentences or {}).get(s.fiche_id, (-1, -1.0))
    decide_membership(structures, rare_terms or {})
    return structures


def membership_margin(lexical_ratio: float | None) -> float:
    """How far below the best sentence cosine a structure may stand and still qualify."""
    if lexical_ratio is None:
        return SENTENCE_MARGIN * NO_LEXICAL_MARGIN
    return SENTENCE_MARGIN * max(0.0, 1 - (1 - lexical_ratio) / LEXICAL_SLACK)


def decide_membership(
    structures: list[StructureHit], rare_terms: dict[str, set[str]] | None = None
) -> None:
    """Pure: sets `qualifies` and `confidence` from each structure's own best evidence.

    `rare_terms`: per structure, the question's rare terms its text contains. A structure that
    contains every rare term the best structure contains qualifies whatever its scores: a name
    like 'Emmaüs' or 'FIDESS' in both is specific evidence that embeddings blur.
    """
    if not structures:
        return
    rare_terms = rare_terms or {}
    top_rare = rare_terms.get(structures[0].fiche_id, set())
    best_sentence = max(s.sentence_score for s in structures)
    best_lex = max(s.lexical for s in structures)
    for n, s in enumerate(structures):
        ratio = s.lexical / best_lex if best_lex > 0 else None
        if best_sentence < 0:  # lexical-only search: fall back on BM25 alone
            s.qualifies = n == 0 or (ratio or 0) >= 1 - 1 / (2 * LEXICAL_SLACK)
            s.confidence = round(ratio or 0.0, 3)
            continue
        gap = best_sentence - s.sentence_score
        margin = membership_margin(ratio)
        shares_rare = bool(top_rare) and top_rare <= rare_terms.get(s.fiche_id, set())
        s.qualifies = n == 0 or gap <= margin or shares_rare
        s.confidence = round(
            max(0.0, 1 - gap / (2 * SENTENCE_MARGIN)) * (0.5 + 0.5 * (ratio or 0)), 3
        )
