"""Users' verdicts on answers, kept (SQLite, in the data folder) to become evaluation
questions: `livret-qa feedback export` writes them in the dev set's format."""

from __future__ import annotations

from fastapi import APIRouter, Depends, status

from livret_qa import __version__
from livret_qa.feedback.store import Feedback
from livret_qa.serving.api.deps import FeedbackDep, require_key
from livret_qa.serving.api.schemas import FeedbackIn, FeedbackOut, error_responses

router = APIRouter(prefix="/api", tags=["feedback"], dependencies=[Depends(require_key)])


@router.post(
    "/feedback",
    response_model=FeedbackOut,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 413, 422, 503),
)
def give_feedback(body: FeedbackIn, store: FeedbackDep) -> FeedbackOut:
    """Keep a 👍 (`up`) or 👎 (`down`) on an answer of POST /api/ask, with an optional comment.

    Send the question, the history and the answer as /api/ask returned them. What is kept:
    those, the verdict, the comment, the time and the app's version; nothing about who sent
    it. `livret-qa feedback export` turns the verdicts into candidate evaluation questions,
    wrong answers first."""
    answer = body.answer
    kept = store.add(
        Feedback(
            verdict=body.verdict,
            question=body.question,
            answer=answer.answer,
            history=[t.model_dump() for t in body.history],
            structures=[s.model_dump() for s in answer.structures],
            citations=[c.model_dump() for c in answer.citations],
            plan=answer.plan,
            lang=answer.lang,
            intent=answer.intent,
            abstained=answer.abstained,
            comment=body.comment.strip(),
            app_version=__version__,
            channel="api",
        )
    )
    return FeedbackOut(id=kept.id, verdict=kept.verdict, created_at=kept.created_at)
