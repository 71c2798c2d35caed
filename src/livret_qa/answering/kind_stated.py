"""Whether a fiche's text states a kind of LIST_KINDS as done, not only as an aim.

Class served: lists whose constraint is an activity or a partner kind ('qui collecte dans les
déchetteries ?', 'who works with eco-organisms?'). A structure belongs in such a list when its
fiche states the activity of itself; one that only aims at it ('elle se donne pour objectif
de se rapprocher des déchetteries'), or whose partnership is only taking shape ('un
partenariat se dessine avec l'éco-organisme'), does not: the plan is its nearest fact, not
the thing asked. A kind written several times is held when one of its mentions is no aim.

Pure: a folded text and the kind's pattern."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

__all__ = ["AIM_REACH", "states_kind"]

AIM_REACH = 100  # how far before a kind's words an aim may govern them (within its sentence)


def states_kind(folded_text: str, pattern: re.Pattern[str]) -> bool:
    """Whether some mention of the kind in the text is stated as done, not as an aim."""
    for match in pattern.finditer(folded_text):
        before = folded_text[max(0, match.start() - AIM_REACH) : match.start()]
        if not lx.KIND_AIMED.search(before):
            return True
    return False
