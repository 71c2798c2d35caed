"""Similar initiatives for the HTTP API (and the CLI): a ranking as the JSON the routes
return, each structure with its facets, its values in common with their exact passages, its
differences, and the explanation the chat gives for it."""

from __future__ import annotations

from typing import Any

from livret_qa.answering.evidence import Citation
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.similar_answer import SimilarWriter, facets_payload
from livret_qa.answering.similarity import SimilarResult
from livret_qa.answering.wording import Wording
from livret_qa.retrieval.engine import Engine


def _writer(engine: Engine, result: SimilarResult) -> SimilarWriter:
    plan = QuestionPlan(question=result.description, lang=result.lang, parts=[], query="")
    return SimilarWriter(engine, Wording(plan), result.lang, result.query)


def similar_as_dict(engine: Engine, result: SimilarResult) -> dict[str, Any]:
    writer = _writer(engine, result)
    reference = result.reference is not None
    structures = []
    for s in result.structures:
        writer.words.citations = list[Citation]()  # the API numbers no citation
        common, _ = writer.common_text(s)
        differences = writer.differences_text(s, reference)
        structures.append(
            {
                "rank": s.rank,
                "fiche_id": s.fiche_id,
                "name": s.name,
                "theme": s.theme,
                "town": s.town,
                "departement": s.departement,
                "departement_code": s.departement_code,
                "score": s.score,
                "in_common": [f.facet for f in s.in_common()],
                "differences": _difference_items(differences),
                "explanation": f"{common}{differences}",
                "facets": [
                    {**f, "common": [{**c, "citation": None} for c in f["common"]]}
                    for f in facets_payload(s)
                ],
            }
        )
    return {
        "description": result.description,
        "lang": result.lang,
        "reference": result.reference,
        "stated": [vars(s) for s in result.stated],
        "weights": result.weights,
        "structures": structures,
    }


def _difference_items(text: str) -> list[str]:
    """'. Différences : a ; b.' -> ['a', 'b']."""
    _, _, items = text.partition(":")
    return [i.strip(" .") for i in items.split(" ; ") if i.strip(" .")] if items else []
