"""Whether a named structure stands in the place a yes/no question names ('VESTALI est-elle
dans le Nord ?', 'Is Synapse 3i in Amiens?', 'est-il dans l'Aisne ou dans la Somme ?'): its
contact card answers, not a sentence that happens to name the place (a partner 'Conseil
départemental de l'Aisne' said yes; a search filtered on the place found nothing and refused).
Pure: the caller gives the question without the structure's name."""

from __future__ import annotations

import re

from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.places import spaced_pattern
from livret_qa.text import fold

# What a question asking where a structure stands says besides the name and the places
# ('est-elle bien située dans …', 'is it based in …', 'se trouve-t-il en …'). Folded.
_STANDS = re.compile(
    r"\b(est|sont|is|are|es|bien|vraiment|really|still|toujours|se|trouve\w*|situee?s?|"
    r"situated|located|based|basee?s?|implantee?s?|installee?s?|dans|in|en|a|au|aux|at|"
    r"within|ou|or|the|le|la|les|l|il|elle|ils|elles|t|it|they|cette|this|structure|"
    r"association|department|departement|ville|town|city|commune|region)\b"
)
# Two places offered as a choice ('dans l'Aisne ou dans la Somme ?', 'Nord or Pas-de-Calais?')
ALTERNATIVE = re.compile(r"\b(ou|or)\b")


def asks_where_it_stands(unnamed: str, departements: list[str], places: list[str]) -> bool:
    """Whether a question, its structure's name taken out, asks only whether it stands in
    the places it names: nothing else is left once the places and the verbs of standing go."""
    if not departements and not places:
        return False
    rest = fold(unnamed)
    for name in [*(DEPARTEMENTS.get(code, code) for code in departements), *places]:
        rest = re.sub(spaced_pattern(name), " ", rest)
    for code in departements:
        rest = re.sub(rf"\b{code}\b", " ", rest)
    rest = _STANDS.sub(" ", re.sub(r"[^\w]+", " ", rest))
    return not rest.strip()


def offers_a_choice(question: str, departements: list[str], places: list[str]) -> bool:
    """'dans l'Aisne ou dans la Somme ?': which of them, not whether (no 'oui' to say)."""
    return len(departements) + len(places) > 1 and bool(ALTERNATIVE.search(fold(question)))
