"""A follow-up asking 'what X …' or 'quels X …' with a verb of its own asks its own thing.

Class: after a turn that asked a measure ('staff?', 'combien d'adhérents ?'), a short
question naming the thing it asks after a wh-determiner and going on with a verb — 'what
grants did they get in 2020?', 'which partners do they have?', 'quelles aides ont-ils
reçues ?', 'quels produits elle vend ?'. Few content words made it read as an ellipsis and
inherit the last question's measure (the staff count, then refused for 2020); a
wh-determiner, its noun and a verb make a whole question, which asks that noun of the
structure in focus; so does 'how are their running costs covered?'. 'what about in
2021?', 'which one?', 'quel budget ?' (no verb) stay elliptic.
"""

from __future__ import annotations

import re

from livret_qa.text import fold

_OPENER = r"^\W*(?:(?:and|so|ok|okay|but|then|et|donc|alors|mais)\W+)*"
_NOT_A_THING = r"(?!(?:about|one|ones|else|other|others|autre|autres|sort|kind|type)\b)"
_WH_NOUN_VERB = re.compile(
    _OPENER
    + r"(?:(?:what|which)\s+"
    + _NOT_A_THING
    + r"[a-z]{3,}(?:\s+[a-z]{3,})?\s+(?:did|do|does|have|has|had|are|were|is|was|can|could|"
    r"will|would)\s+(?:they|it|she|he|the|their|its|you|we|i|this|that)\b"
    r"|(?:quel|quelle|quels|quelles)\s+"
    + _NOT_A_THING
    + r"[a-z]{3,}(?:\s+[a-z]{3,})?\s+(?:ont|a|avait|avaient|sont|est|etait|ils|elles|il|elle|"
    r"on|vont|va)\b"
    # 'how are their running costs covered?': how, a thing of theirs and a verb of its own
    r"|how\s+(?:are|is|was|were)\s+(?:their|its|the|his|her|our)\s+[a-z]{3,}(?:\s+[a-z]{3,})?"
    r"\s+[a-z]{3,}ed\b)"
)


def asks_own_noun(question: str) -> bool:
    """Whether `question` opens with a wh-determiner, its noun and a verb ('what grants did
    they get …', 'quelles aides ont-ils …'): a whole question of its own."""
    return bool(_WH_NOUN_VERB.search(fold(question)))
