"""Class: a narrowing follow-up asking a thing NONE of the listed structures names, though
other fiches of the booklet do ('Which of them made face masks?' after three food structures
cited for Covid; 'lesquelles reconditionnent des ordinateurs ?' after the Aisne's two;
'which of them recycle textiles?' after the Nord's).

A thing telling the listed structures apart narrows them (compose.narrowed_by_things); a
thing none of them names tells nothing apart, and keeping them all answered the narrowing
with structures that do not do what is asked. What the fiches state decides instead: none of
the list qualifies, and the structures of the booklet naming every such thing are the ones
that do — those are answered (a thing no fiche names is refused elsewhere,
narrowed_unmentioned.py). Pure: things, the list and the fiches' vocabularies in, ids out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from livret_qa.answering.topic_words import Glossed

__all__ = ["holders_elsewhere"]


def holders_elsewhere(
    things: Sequence[Glossed],
    listed: Sequence[str],
    vocab: Mapping[str, set[str]],
    fiches: Sequence[str],
) -> list[str]:
    """The fiches (booklet order) naming every thing of `things` that no fiche of `listed`
    names; [] when each thing is named by one of the list (it narrows the list itself) or
    no fiche names them all."""
    absent = [g for g in things if not any(g.held_by(vocab.get(f, set())) for f in listed)]
    if not absent:
        return []
    return [f for f in fiches if all(g.held_by(vocab.get(f, set())) for g in absent)]
