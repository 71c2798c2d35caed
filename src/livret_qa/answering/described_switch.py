"""A follow-up that switches to another structure by describing it, not naming it.

Class: after turns about one structure, 'what about the fish charity?', 'and the Amiens
computer people?', 'same for the wood workshop', "et l'asso qui retape des meubles en bois ?",
'how many volunteers do the farm drive people have?' ask of the structure the words describe.
Read as a pick among the structures in focus (`by_thing`), they kept the one in focus, which
does none of it. The words that describe it (its kind aside, which tells no fiche apart) are the
pointer: compose picks, among those in focus, the one doing that; when none of them does, the
booklet's structure doing it (`Composer._pick_by_thing`). A demonstrative ('this shop', 'cette
asso') points at the one in focus and is no description. Pure: no model."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# words of a description that tell nothing apart ('the other one', 'the same people')
_NOTHING_TOLD = re.compile(
    r"\b(other|same|first|last|second|third|next|right|only|whole|entire|autre|meme|premiere?|"
    r"derniere?|deuxieme|seconde?|troisieme|toute?s?|tous)\b"
)
# words of a description that describe nothing ('the fish charity in Boulogne' keeps 'fish'
# and 'boulogne')
_FUNCTION = frozenset(
    """de du des d en a au aux in at from of qui that which who doing making selling with avec
    pour for the la le les l un une an and et their leur leurs its son sa ses""".split()
)


_JOINED_AFTER = re.compile(
    r"\s+(in|at|from|of|that|which|who|doing|making|selling|with|for|near)\b"
)
_INVERTED = re.compile(r"-(t-)?(il|elle|ils|elles|on)$")


def described_words(folded: str, several: bool = False) -> str:
    """The words of a folded follow-up that describe one structure by what sets it apart
    ('what about the fish charity?' -> 'fish', "et l'asso qui retape des meubles ?" -> 'retape
    meubles', 'and the farm drive people?' -> 'farm drive'), or '' when it describes none that
    way. `several`: the structures in focus are several, so a kind alone picks among them
    ('the grocery: …' -> 'grocery', 'celle-là, la menuiserie, …' -> 'menuiserie'); one alone
    would be switched from on a mere kind ('where is the shop?' asks the shop of the one in
    focus)."""
    if lx.RANKING_PICK.search(folded):
        return ""  # 'the youngest one, …': a superlative ranks the focus, no description
    match = lx.FOLLOWUP_DESCRIBED.search(folded)
    if match is not None:
        np = match.group("np")
        trailing = folded[match.end("kind") : match.end("np")]
        if match.group(0).startswith("the ") and not _JOINED_AFTER.match(trailing):
            # English puts what describes before its noun ('the fish charity'); bare words
            # after it are what is asked of it ('is the shop open?', 'the shop sells …')
            np = folded[match.start("np") : match.end("kind")]
        typed = re.findall(r"[\w-]+", np)
        # the noun phrase stops at an inverted verb ('la structure a-t-elle été créée ?'):
        # what follows is asked of it, no description
        verb = next((i for i, w in enumerate(typed) if _INVERTED.search(w)), len(typed))
        words = [w for w in typed[:verb] if w not in lx.GENERIC_KIND and w not in _FUNCTION]
        alone = len(words) == 1 and words[0] == match.group("kind")
        if words and not _NOTHING_TOLD.search(" ".join(words)) and (several or not alone):
            return " ".join(words)
    head = lx.APPOSITION_PICK.match(folded) if several else None
    if head is not None and not _NOTHING_TOLD.search(head.group("what")):
        words = [w for w in head.group("what").split() if w not in lx.GENERIC_KIND]
        if words:
            return " ".join(words)
    return ""


def without_description(text: str, pointer: bool = True) -> str:
    """`text` without the words that picked the structure ('and for the clothes one?' ->
    'and for ?', 'what about the fish charity?' -> 'what about ?'): they chose it, they are
    not asked of it (read together with what is asked, a passage stating the budget would not
    name clothes). `pointer`: a pointer ('the clothes one') is taken out too, besides a
    description by kind. `text` as it is when folding moves its offsets."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for pattern in (lx.FOLLOWUP_DESCRIBED, lx.PICKED_BY_THING)[: 2 if pointer else 1]:
        match = pattern.search(folded)
        if match is not None:
            return " ".join(f"{text[: match.start()]} {text[match.end() :]}".split())
    return text
