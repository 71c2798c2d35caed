"""The asker's request that opens a question without naming its topic.

Class served: a list asked with the asker's own opening words ('je regarde les structures du
Nord', "je m'intéresse aux initiatives de l'Aisne", 'peux-tu me lister les structures du 62',
"I'm looking into initiatives in the Pas-de-Calais"). Those words ('regarde', 'lister') were
read as the topic: searched across the booklet, they qualified whichever structure writes
« au regard de », and dropped the place's others; or, written nowhere, they refused the list
as a topic the booklet never mentions. The opening (`lexicon.REQUEST_OPENING`) is read as a
space wherever the question's words are weighed as its topic.
"""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.text import fold


def without_request(text: str) -> str:
    """`text` without the request opening it ('je regarde les structures du Nord' -> 'les
    structures du Nord'); `text` itself when none opens it, or when folding moves offsets."""
    rest = text
    for _ in range(3):  # 'give me | the list of | structures …'
        folded = fold(rest)
        match = lx.REQUEST_OPENING.match(folded)
        if match is None or not match.group(0).strip() or len(folded) != len(rest):
            return rest
        rest = rest[match.end() :].strip()
    return rest
