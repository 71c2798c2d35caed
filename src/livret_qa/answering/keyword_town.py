"""A town typed in lower case among keywords.

Class served: a telegraphic query, as an adviser types into a tool, naming the town where a
structure stands among other keywords ('ressourcerie campigneulles tonnage 2020', 'liévin
budget', 'guise boutique surface'). With no preposition and no capital, the town was read as
a word to search, and a stronger word ('ressourcerie', written in passing by another fiche)
chose another structure. A keyword that opens the name of a town where a structure stands
(`MentionDetector.town_opened`) is a place asked, as 'à Campigneulles' is.
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold

MIN_TOWN_WORD = 4  # shorter words open too many names by chance


def towns_in_keywords(question: str, detector: MentionDetector) -> list[str]:
    """The booklet's towns a keyword query types in lower case; none in a question form (a
    sentence's places come with their preposition or capital)."""
    if lx.QUESTION_FORM.search(fold(question)):
        return []
    found: list[str] = []
    for word in re.findall(rf"[^\W\d_]{{{MIN_TOWN_WORD},}}", question):
        if word[0].isupper():
            continue  # a capital: read with the places a sentence names
        town = detector.town_opened(word)
        if town and town not in found:
            found.append(town)
    return found
