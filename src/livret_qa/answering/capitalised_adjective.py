"""Class: an English adjective capitalised by English spelling ('the European project', 'the
Flavour European project', 'European money'), read as the name of a body the booklet has no
fiche for, and the question refused ("the booklet has no fiche for « European »") though the
fiche of the structure asked states the project, its dates, its funding.

A capitalised run of words is no name when its last word is a word the glossary reads as
English (a common word: 'european' -> 'européen') and a lowercase word follows it: the run
qualifies that noun. A run followed by another capitalised word ('the European Anti Poverty
Network') or ending the question stays a name. Pure: the question and the run in, a yes out."""

from __future__ import annotations

import re

from livret_qa.answering.topic_words import lemmas
from livret_qa.glossary import EN_FR

# the word after the run: a lowercase word (the noun it qualifies, or the next adjective)
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'-]*)")


def qualifies_a_noun(question: str, name: str) -> bool:
    """Whether the capitalised run `name` of an English `question` ends in a common English
    word the glossary reads and is followed by a lowercase word ('European' in 'the European
    project')."""
    words = name.split()
    if not words or not words[-1][:1].isupper() or words[-1].isupper():
        return False  # an acronym ('EAPN') is a name
    if not any(form in EN_FR for form in lemmas(words[-1])):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", question):
        after = _NEXT_WORD.match(question, m.end())
        if after is not None and after.group(1)[:1].islower():
            return True
    return False
