"""The asker's own context before a question that stands alone: 'I make surfboards from
recycled plastic bottles. Which structures in the booklet work with wood?', 'Avec mon asso on
recycle des pneus de tracteur. Quelles structures fabriquent des meubles ?'.

Class: a reader tells what they do (in the first person), then asks a question of its own. The
things of the context are theirs, not asked: read with the question, they made it refused for
words the booklet never uses ('bottles', 'pneus') although the question asked is answered.
The question is then read alone. The text stays whole when it describes a project (the
similar-initiatives reading), when the question points back at the context ('who does
that?', 'des structures comparables ?') or at the asker ('pour moi', 'near us'), when the
context names a structure, or a place the question does not repeat (the asker's place is
then the place asked: 'Je suis à Amiens. Y a-t-il une ressourcerie ?'). Pure: no model."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.text import fold

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MIN_WORDS = 2  # content words a question needs to stand alone ('Des idées ?' does not)


def question_after_context(
    question: str, names_structure: Callable[[str], bool], names_place: Callable[[str], bool]
) -> str:
    """The last sentence of `question` when it is a question standing alone after the
    asker's own context; else `question` as it is. `names_structure` and `names_place` tell
    whether a text names one of the booklet's structures, or a place."""
    sentences = _SENTENCE_END.split(question.strip())
    if len(sentences) < 2:
        return question
    last, context = sentences[-1], " ".join(sentences[:-1])
    if not last.rstrip().endswith("?") or "?" in context:
        return question
    if lx.PROJECT_DESCRIPTION.search(fold(question)):
        return question  # a project described: the closest initiatives, read whole
    folded_context, folded_last = fold(context), fold(last)
    if not lx.ASKER_SPEAKS.search(folded_context) or names_structure(context):
        return question
    if lx.ASKER_IN_QUESTION.search(folded_last) or lx.CONTEXT_POINTED_AT.search(folded_last):
        return question
    if lx.ASKER_PLACE_ASKED.search(folded_last):
        return question
    if names_place(context) and not names_place(last):
        return question
    words = [w for w in re.findall(r"[^\W\d_]{3,}", folded_last) if w not in lx.STOPWORDS]
    if len(words) < MIN_WORDS:
        return question
    return last
