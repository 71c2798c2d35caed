"""Class: examples asked of a thing the structure in focus deals with ('Any examples of big
orders?', 'des exemples de commandes en série ?', 'can you give examples of the services
they plan?', 'quels produits, par exemple ?', 'examples of their sponsors?'). The answer is
the sentence listing instances of it (« 80 chaises en hêtre massif pour étudiants ; 40 têtes
de lit pour hôtel ; 120 chaises design … », « éco-pâturage ; installation de poulaillers
urbains ; … »), not the sentence sharing most words with the question, which names the
thing without any instance ('2 formats de production : en série …'). Read as a founder's
project ('is there an example …?' asks for a model), 'any examples of big orders?' listed
the initiatives closest to a project instead.

`asks_examples` reads the frame; `lists_instances` whether a sentence lists instances: items
set apart by semicolons, a list opened by a colon or a parenthesis, numbered items, or a list
left open ('...', 'etc.'). Pure: text in."""

from __future__ import annotations

import re

# 'examples of', 'an example', 'par exemple', 'des exemples', 'for instance', 'e.g.'
EXAMPLES_ASKED = re.compile(
    r"\b(?:examples?|exemples?|for instance|instances of|e\.g\.|p\. ?ex\.?|comme quoi)(?!\w)"
)
# an ellipsis or an 'etc.' leaves a list open
_OPEN_END = re.compile(r"\.\.\.|…|\betc\b")
# an item counted: '80 chaises', '40 têtes', '3 containers' (no year: '2020 et')
_COUNTED_ITEM = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d{1,4}\s+[^\W\d_]{3,}")
MIN_LISTED = 3  # items after a colon ('légumes, fruits, volailles …')
MIN_SEMICOLONS = 2
MAX_ITEM_WORDS = 5  # an item of a list, not a clause


def asks_examples(folded: str) -> bool:
    """Whether a question (folded) asks for examples of a thing."""
    return bool(EXAMPLES_ASKED.search(folded))


def counts_items(text: str) -> bool:
    """Whether a sentence counts two items or more ('80 chaises … ; 40 têtes de lit …'):
    instances told one by one, the surest list of examples."""
    return len(_COUNTED_ITEM.findall(text)) >= 2


def lists_instances(text: str) -> bool:
    """Whether a sentence lists instances of something ('80 chaises … ; 40 têtes …',
    'nouveaux services : éco-pâturage ; installation de …', 'MATIÈRES : légumes, fruits,
    volailles'), not a sentence telling one thing."""
    semicolons = text.count(";")
    if semicolons >= MIN_SEMICOLONS:
        return True
    opened = "(" in text or bool(_OPEN_END.search(text))
    counted = counts_items(text)
    if semicolons and (opened or counted):
        return True
    _, colon, after = text.partition(":")
    items = [i for i in re.split(r"\s*[,;]\s*|\s+(?:et|and)\s+", after.strip(" .;")) if i]
    # a list of short items ('légumes, fruits, volailles …'), not a clause with commas
    short = sum(len(i.split()) <= MAX_ITEM_WORDS for i in items)
    return bool(colon) and len(items) >= MIN_LISTED and short * 3 >= len(items) * 2
