"""Class: a comparison follow-up naming neither the measure nor the structures ('which is
bigger?', 'by how much?', 'de combien ?', 'quelle différence ?', 'lequel est le plus petit
?') after a turn that compared one measure of two or more structures, or gave it for each
('compare the budgets of X and Y', 'combien de salariés chez X et chez Y ?'): the same measure
compared over the same structures. The answer to a comparison leads with its winner, so the
structures in focus after it are one; the comparison asked again is of all it compared."""

from __future__ import annotations

import re
from typing import Any

from livret_qa import lexicon as lx

# how far apart two values are ('by how much?', 'de combien ?', 'quel écart ?'); 'de combien
# de salariés …' counts, it compares nothing. Folded.
DIFFERENCE_ASKED = re.compile(
    r"\bby how much\b|\bhow much (more|less|bigger|higher|larger|smaller|lower)\b|"
    r"\bde combien\b(?! d)|\bdifferences?\b|\becarts?\b|\bgap\b|\bhow big a gap\b"
)


def asks_a_comparison(folded: str) -> bool:
    """A comparative or a difference asked ('which is bigger?', 'de combien ?')."""
    return bool(lx.COMPARATIVE.search(folded) or DIFFERENCE_ASKED.search(folded))


def compared_structures(facts_query: dict[str, Any] | None) -> list[str]:
    """The structures a previous comparison compared, none when it was no comparison."""
    if not facts_query or facts_query.get("op") != "compare":
        return []
    return list(facts_query.get("filters", {}).get("structures", []))
