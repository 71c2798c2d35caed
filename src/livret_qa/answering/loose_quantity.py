"""A quantity asked in loose words of a structure that states no weight (class: 'et en
volume ça donne quoi ?', 'what quantity is that?', 'ça fait quelle quantité ?' after what a
structure sells, refused as 'no tonnage' while its fiche counts what it sells).

'Volume', 'quantité', 'quantity' ask how much of its goods a structure handles; a fiche
giving no tonnage answers them by its count of the things it sells, produces, collects or
hands out ('15 colis « viande », 25 volailles … vendus chaque quinzaine'). A weight asked
('combien de tonnes', 'what weight') is not loose: a count of things never answers it."""

from __future__ import annotations

import re

# The loose words of a quantity (the tonnage measure's, lexicon.MEASURES), folded.
_LOOSE = re.compile(r"\b(quantites?|quantit(y|ies)|volumes?)\b")
# A weight or its unit named, folded: then a weight is asked, not any quantity.
_WEIGHT = re.compile(r"\b(tonnes?|tonnages?|tons?|kilos?|kg|poids|weigh\w*|lourd\w*|heavy)\b")
# A sentence counting things a structure handles: a number before words, then a verb of
# its activity ('vendus', 'produits', 'collectés', 'distribués', 'reconditionnés'), folded.
_HANDLED = re.compile(
    r"(?<![\w])(?!(?:19|20)\d\d\b)\d[\d  .,]*\s+[^\W\d_]{2,}[^.;:]{0,60}?\b(vendu|collecte|"
    r"distribue|redistribue|reconditionne|conditionne|traite|livre|recycle|recupere)e?s?\b"
)


def asked_loosely(folded_question: str) -> bool:
    """Whether a quantity is asked in loose words, naming no weight ('et en volume ?')."""
    return bool(_LOOSE.search(folded_question)) and not _WEIGHT.search(folded_question)


def counts_handled(folded_sentence: str) -> bool:
    """Whether a sentence counts things the structure sells, makes, collects or hands out."""
    return bool(_HANDLED.search(folded_sentence))
