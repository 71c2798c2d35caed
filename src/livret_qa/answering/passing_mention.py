"""Structures an answer written in free words names in passing.

Class: a follow-up about the structure a question named, after an answer that someone else
wrote (a person, a language model: no names in bold) and that named a second structure in
passing — 'Parle-moi de La Remise Enjouée.' 'Une asso de Villeneuve-d'Ascq qui rénove des
jouets, un peu comme le Jardin de Cocagne.' 'et leur directrice ?'; 'What does VESTALI do?'
'… Synapse 3i also has a sewing workshop.' 'what's their email?'. The question asked
something OF the structures it named (a fact, a figure, a person, a field, a date), so its
answer is about them: the others it names are comparisons, neighbours, asides, and the
conversation stays on the named ones. A question asking for structures (a list, similar
ones, a ranking) is answered by the structures its answer names, and an answer that begins
by saying no while naming only another ('Non, c'est Synapse 3i qui fait ça.') corrects the
question: both keep the answer's names in focus.
"""

from __future__ import annotations

import re

from livret_qa.answering.plan import QuestionPlan
from livret_qa.text import fold

# what a question asks of the structures it names, not structures to find
_ASKED_OF_NAMED = frozenset({"fact", "figure", "person", "field", "date", "unstated"})
# an answer correcting the question: 'Non, …', 'No — that's …', 'Pas du tout, c'est …'
_SAYS_NO = re.compile(r"^\W*(?:non|no|nope|pas du tout|not really|not at all|actually)\b")


def written_freely(answer: str) -> bool:
    """Whether an answer was written by someone else: this system sets names in bold."""
    return "**" not in answer


def kept_on_named(last: QuestionPlan, answer: str, in_answer: list[str]) -> list[str]:
    """The structures `answer` (to the question planned `last`) is about, of `in_answer`
    (those it names): the ones the question named when it asked something of them and the
    answer, written freely, names others besides or instead of them in passing; otherwise
    `in_answer` unchanged."""
    named = list(last.targets)
    if last.target_source != "named" or not named or not in_answer:
        return in_answer
    if not set(in_answer) - set(named) or not written_freely(answer):
        return in_answer
    if not last.parts or any(p.intent not in _ASKED_OF_NAMED for p in last.parts):
        return in_answer
    if not set(in_answer) & set(named) and _SAYS_NO.search(fold(answer)):
        return in_answer
    return named
