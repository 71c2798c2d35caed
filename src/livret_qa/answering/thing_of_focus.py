"""'Who' or 'where' asked of a thing the structure in focus has.

Class: after a turn about one structure, a 'who …' or 'where …' question whose object is
that structure's own thing, pointed at by a definite or possessive article — 'who buys the
dismantled parts?' after 'Synapse 3i … refurbishes computers', 'where can I pick up my
order?' after the farm drive, 'qui achète leurs meubles ?', 'où sont ses points de
collecte ?'. It asks a fact of that structure (its buyer, its pick-up points), not which
structures of the booklet buy parts: the list reading would answer with strangers. An
indefinite object ('who sells second-hand toys?', 'qui vend des jouets ?'), other ones,
structures or a place asked keep the list reading; so does French 'les', which names things
in general ('qui récupère les invendus ?' asks which structures do).
"""

from __future__ import annotations

import re

from livret_qa.text import fold

# the question opens with who or where (after 'and', 'so', 'ok' …)
_WHO_OR_WHERE = re.compile(
    r"^\W*(?:(?:et|and|mais|but|ok|okay|alors|so|donc)\W+)*"
    r"(?:who|whom|where|qui|ou|o[uù] (?:est|sont|peut|peux|puis|on))\b"
)
# a definite or possessive article pointing at a thing of the one in focus
_ITS_THING = re.compile(
    r"\b(?:the|their|its|my|our|his|her|leurs?|ses|son|sa|mon|ma|mes|notre|nos)\s+[a-z]"
)
# what looks beyond the one in focus: other ones, structures, anyone
_BEYOND = re.compile(
    r"\b(?:else|other|others|another|autres?|aussi|also|too|any|anyone|quelqu.un|"
    r"structures?|associations?|organi[sz]ations?|initiatives?|which|lesquel\w*|laquelle)\b"
)


def asks_thing_of_focus(question: str) -> bool:
    """Whether `question` asks who or where of a thing it points at with a definite or
    possessive article, nothing in it looking beyond the structure in focus."""
    folded = fold(question)
    return bool(
        _WHO_OR_WHERE.search(folded) and _ITS_THING.search(folded) and not _BEYOND.search(folded)
    )
