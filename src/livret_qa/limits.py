"""How much conversation one question may carry: checked by the answer composer, declared by
the API schemas and respected by the chat UI, so all three agree."""

from __future__ import annotations

MAX_HISTORY_TURNS = 20
"""Previous turns (questions and answers) sent with a question."""

MAX_HISTORY_CHARS = 20_000
"""Characters of all previous turns together (so also the most one turn may hold)."""

MAX_DESCRIPTION_CHARS = 20_000
"""Characters of a project description (a question over MAX_QUERY_CHARS is one): ten long
sentences fit many times over; the retrievers read its first MAX_QUERY_CHARS, the facet tables
all of it."""
