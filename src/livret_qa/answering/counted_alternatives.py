"""A count asked of two nouns offered as alternatives or joined as near-synonyms: the class of
figure questions joining the counted thing with 'ou' / 'or' ('How many bins or points does it
have for drop-off?', 'combien de bénévoles ou d'adhérents compte …', 'nb de boutiques ou de
sites ?') or with 'et' / 'and' when the two nouns name one set the asker words twice ('how
many farms and producers supply them?', 'combien de fermes et de producteurs les
approvisionnent ?', 'number of growers and suppliers?'). The asker does not know which word
the fiche uses: the question is answered when the fiche states either one, and refused only
when it states none (the planner counts the first noun, so a fiche stating the second was
refused for the first). Two nouns the planner knows as two measures ('combien de salariés et
de bénévoles ?') are two parts already, each answered or refused on its own. Pure: gives the
question's text with each later noun in place of the first; the caller fills those and keeps
what the fiche states.
"""

from __future__ import annotations

import re

# 'bins or points', 'bénévoles ou d'adhérents', 'farms and producers': a word, the joint, an
# optional determiner, a word (hyphenated words kept whole)
_DETERMINER = r"(?P<det>(?:des|de la|du|de|les|the|some|any)\s+|d['’]|l['’])?"
_ALTERNATIVE = re.compile(
    r"\b(?P<first>[^\W\d_][\w-]{2,})\s+(?P<joint>ou bien|ou|or|and|et)\s+"
    + _DETERMINER
    + r"(?P<second>[^\W\d_][\w-]{2,})\b",
    re.IGNORECASE,
)
# counting frames whose noun may be offered as alternatives
_COUNTING = re.compile(
    r"\b(?:combien|cb|nb|nbre|nombre|how many|number|quantit[ée])\b", re.IGNORECASE
)
# words that are no nouns of a count ('ou pas', 'or not', 'ou plus', 'or so')
_NOT_NOUNS = frozenset(
    "pas not plus more less moins so non none autre another other rather plutot plutôt "
    "bien encore how combien what which quel quelle quels quelles where when".split()
)


def second_alternatives(text: str, asked: str = "") -> list[str]:
    """`text` with each noun offered after 'or'/'ou' or joined by 'and'/'et' in place of the
    one before it, when a counting frame precedes them ('How many bins or points …' -> 'How
    many points …'; 'combien de bénévoles ou d'adhérents …' -> 'combien de adhérents …');
    [] when none. `asked`: the whole question `text` is a part of, when the part was cut out
    of it without its joint ('how many farms producers supply them' of 'how many farms and
    producers supply them?'): its joined nouns, found side by side in `text`, count too."""
    found = []
    for m in _joined(text):
        found.append(text[: m.start()] + m.group("second") + text[m.end() :])
    for m in _joined(asked) if asked != text else []:
        if m.group("joint").lower() not in ("and", "et"):
            continue
        side_by_side = re.search(
            rf"\b{re.escape(m.group('first'))}\s+{re.escape(m.group('det') or '')}"
            rf"{re.escape(m.group('second'))}\b",
            text,
            re.IGNORECASE,
        )
        if side_by_side is not None:
            found.append(
                text[: side_by_side.start()] + m.group("second") + text[side_by_side.end() :]
            )
    return found


def _joined(text: str) -> list[re.Match[str]]:
    """The pairs of nouns joined after a counting frame of `text`, not counting words that
    are no nouns ('ou pas', 'or more') nor a noun joined to itself."""
    counting = _COUNTING.search(text)
    if counting is None:
        return []
    return [
        m
        for m in _ALTERNATIVE.finditer(text, counting.end())
        if not {m.group("first").lower(), m.group("second").lower()} & _NOT_NOUNS
        and m.group("first").lower() != m.group("second").lower()
    ]
