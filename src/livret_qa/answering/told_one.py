"""An earlier answer, written by someone else, that describes one structure without naming it.

Class: 'Which organisation makes furniture from reclaimed wood?' answered 'A work-integration
joinery workshop near Soissons.' (a client's own words, or a language model's): the answer
names no structure, so the focus is what this system answers the turn with — three structures
working wood — and 'how much wood do they collect a year?' was asked of the wrong one. The
answer tells of one (`tells_one`): of those the system answers, the one its words describe is
in focus (`Composer._about` ranks them by the answer's words). Pure: no model."""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.text import fold


def tells_one(answer: str) -> bool:
    """Whether an answer written by someone else tells of one structure: it opens singular
    ('A joinery workshop …', "C'est une épicerie …", 'Oui, une asso …') and counts no
    several ('Two: …', 'plusieurs structures …')."""
    folded = fold(answer).strip()
    return bool(lx.ONE_TOLD.match(folded)) and not lx.SEVERAL_TOLD.search(folded)
