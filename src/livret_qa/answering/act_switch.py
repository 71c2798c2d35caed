"""Class: a follow-up made of an act alone after a figure of things done one way ('et vendu ?'
after a tonnage collected, 'and sold?' after toys collected, 'et redistribuées ?' after fish
collected, 'and given away?' after computers refurbished): the same figure asked of the things
done the new way — the last question with its act switched — not the figure before again.

Whether the fiche states it is then decided as for 'how many tonnes of toys did they sell?'
(counted_act.py): a figure stating another act is the nearest fact, not the answer ('45 tonnes
d'objets collectés' answers no tonnage sold); one stating the act asked answers ('60 tonnes …
produits et vendus'). Pure: text in, text out."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering import counted_act
from livret_qa.text import aligned_fold

# words a follow-up switching the act may say beside the act ('et vendu ?', 'ok and sold?',
# 'et ils en ont vendu combien ?', 'what about sold?', 'and how much was sold?')
_FILLER = frozenset(
    """et and ok alors so puis then what about how much many combien was were is are ont a
    en ils elles they them those ceux celles les the ones it ca cela ce c qu que de d des
    par an year per annuellement yearly tonnes tons away""".split()
)
_WORD = re.compile(r"[a-z']+")


def _acts_words(folded: str) -> list[tuple[int, int]]:
    """The spans of the words stating an act (`lexicon.COUNTED_ACTS`), asked or stated."""
    spans: list[tuple[int, int]] = []
    for ask_rx, _, _, _ in lx.COUNTED_ACTS.values():
        spans += [m.span() for m in ask_rx.finditer(folded)]
    return sorted(spans)


def switched_act(question: str) -> str | None:
    """The act word a follow-up asks alone ('vendu' of 'et vendu ?'); None when it asks
    anything else or no act, or several."""
    folded = aligned_fold(question)
    spans = _acts_words(folded)
    if len(counted_act.acts_in(folded, asked=True)) != 1 or not spans:
        return None
    rest = folded
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    if any(w.strip("'") not in _FILLER for w in _WORD.findall(rest)):
        return None
    start, end = spans[0]
    return question[start:end]


def with_act(asked: str, act_word: str) -> str:
    """The question `asked` with its act words replaced by `act_word` ('Combien de tonnes
    d'objets ont-ils collectées ?', 'vendues' -> 'Combien de tonnes d'objets ont-ils vendues
    ?'); the act word added when it stated none."""
    spans = _acts_words(aligned_fold(asked))
    if not spans:
        return f"{asked.rstrip(' ?')} {act_word} ?"
    text = asked
    for n, (start, end) in enumerate(reversed(spans)):
        text = text[:start] + (act_word if n == len(spans) - 1 else "") + text[end:]
    return re.sub(r"\s{2,}", " ", text).strip()
