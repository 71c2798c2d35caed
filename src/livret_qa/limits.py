"""How much conversation one question may carry: checked by the answer composer, declared by
the API schemas and respected by the chat UI, so all three agree."""

from __future__ import annotations

MAX_HISTORY_TURNS = 20
"""Previous turns (questions and answers) sent with a question."""

MAX_HISTORY_CHARS = 20_000
"""Characters of all previous turns together (so also the most one turn may hold)."""
