"""A conversation exported as Markdown: each question, its answer, and the answer's sources
(structure, section, quote, file and lines). The server keeps no conversation: the client
sends it, as it sends the history to POST /api/ask."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from livret_qa.serving.api.deps import require_key
from livret_qa.serving.api.schemas import ExportIn, error_responses
from livret_qa.serving.transcript import conversation_markdown, export_file_name

router = APIRouter(prefix="/api", tags=["export"], dependencies=[Depends(require_key)])


@router.post(
    "/export",
    response_class=Response,
    responses={
        200: {
            "description": "The conversation as a Markdown document (UTF-8).",
            "content": {"text/markdown": {"schema": {"type": "string"}}},
            "headers": {
                "Content-Disposition": {
                    "description": "attachment; filename=livret-qa-conversation-<time>.md",
                    "schema": {"type": "string"},
                }
            },
        },
        **error_responses(401, 413, 422),
    },
)
def export_conversation(body: ExportIn) -> Response:
    """The conversation as Markdown, to keep or share: send its turns oldest first, each
    answer (`assistant`) with the `citations` POST /api/ask returned with it."""
    markdown = conversation_markdown(
        [turn.model_dump() for turn in body.messages], title=body.title
    )
    return Response(
        markdown,
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{export_file_name()}"'},
    )
