"""A pointer back at a structure of an earlier turn, by what it does.

Class served: after turns about two or more structures, a follow-up pointing back at one of
them by a thing it works on ('ok, back to the textile one: how many sites?', 'revenons à
celui des légumes, il a quel budget ?', 'et celle du bois, combien de salariés en
insertion ?') while the last turn is about another structure that names the same thing only
in passing (the computer charity's one textile project, the fish charity's vegetables, the
ressourcerie's wooden furniture). The one in focus holding the word does not make it the one
meant: among the structures of the conversation, the pointer means the one whose fiche names
the thing far more often than the others' do (its trade, not a word in passing).

Read from what the fiches state (how often each names the thing), not from a list of words;
only the structures of the conversation are candidates. Pure: things, vocabularies and a
mention counter in, a fiche id or None out."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from livret_qa.answering.topic_words import Glossed


def earlier_meant(
    focus: str,
    earlier: Sequence[str],
    things: Sequence[Glossed],
    vocab: Mapping[str, set[str]],
    mentions: Callable[[str, list[Glossed]], int],
    ratio: float,
) -> str | None:
    """The structure of an earlier turn (`earlier`, not the one in `focus`) that the pointer's
    `things` describe: it holds every thing, and names them `ratio` times more often than
    the one in focus and any other earlier one do. None when the things describe the focus
    as well, or no earlier structure."""
    candidates = [f for f in earlier if f != focus]
    held = [g for g in things if any(g.held_by(vocab.get(f, set())) for f in [focus, *candidates])]
    if not held or not candidates:
        return None
    counts = sorted(((mentions(f, held), f) for f in [focus, *candidates]), reverse=True)
    best, fiche = counts[0]
    runner_up = counts[1][0]
    if fiche == focus or best < ratio * max(runner_up, 1):
        return None
    if not all(g.held_by(vocab.get(fiche, set())) for g in held):
        return None
    return fiche
