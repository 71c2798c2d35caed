"""Class: a follow-up naming a thing the structure in focus never mentions, which a structure
of an earlier turn is about ('la remise enjouée, ils sont où ?', 'c'est pas loin du jardin
de cocagne ?', then 'ok et les jouets, ils en ont récupéré combien ?'; 'Tell me about the
toy recycler', 'And the Cocagne garden, where is it?', then 'and how many tonnes of toys did
they collect?'). The last turn put the garden in focus, and the toys were refused as a thing
its fiche does not mention; the conversation had named the toy recycler before, whose fiche
states them. Which one is meant is read from what the fiches state: the one structure named
in an earlier turn whose fiche holds every thing the turn names, when the one in focus does
not hold them all. A thing no such structure holds keeps the focus (and is refused). Pure:
the things, the structures and their vocabularies in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from livret_qa.answering.topic_words import Glossed


def earlier_holder(
    things: Sequence[Glossed],
    focus: Sequence[str],
    earlier: Sequence[str],
    vocab: Mapping[str, set[str]],
) -> str | None:
    """The structure of `earlier` (named in turns before the last) holding every thing the
    turn names that some fiche holds, when no structure of `focus` holds them all; None
    otherwise, or when several would."""
    telling = [g for g in things if any(g.held_by(v) for v in vocab.values())]
    if not telling:
        return None
    if any(all(g.held_by(vocab.get(f, set())) for g in telling) for f in focus):
        return None
    holders = [
        f
        for f in dict.fromkeys(earlier)
        if f not in focus and all(g.held_by(vocab.get(f, set())) for g in telling)
    ]
    return holders[0] if len(holders) == 1 else None
