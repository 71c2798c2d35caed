"""'Quel est le budget de la fédération nationale des Paniers de la Mer ?', 'How many members
does the Réseau Cocagne have?', 'le budget du Pays de Sources et Vallées ?': a fact asked of
the network, federation or territory a structure belongs to, named with words of the
structure's own name. Read as the structure (its name shares the words), its own figure
answered another organisation's question.

Class: a fact of an umbrella organisation named by a head noun ('réseau', 'fédération',
'pays', `lexicon.UMBRELLA_HEAD`) and words of a structure's name, written so in the booklet,
and not the structure's own name ('l'association des producteurs' is the structure itself).
`unfiched` leaves such names out, since they share words with a structure's own; the fact
must be bound to the name (`lexicon.FACT_HOLDER_BEFORE`: 'le budget DE la fédération', 'does
the Réseau Cocagne have') and the question must name no relation to the structures ('les
partenaires du réseau …'), which the booklet answers. The structure's own fact is then the
nearest one, not the answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import (
    COUNTED_NOUN_ASKED,
    FACT_HOLDER_BEFORE,
    PARTNER_RELATION,
    UMBRELLA_HEAD,
)
from livret_qa.text import fold

MAX_WORDS = 8  # words of a name after its head noun, at most
_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Umbrella:
    written: str  # the name as the booklet writes it, folded ('reseau cocagne')
    fiche_id: str  # the structure whose name it shares words with


def _spaced(text: str) -> str:
    return " ".join(_WORD.findall(text.replace("’", "'").replace("'", " ")))


def umbrella_named(
    question: str, own_names: dict[str, list[str]], booklet_folded: str
) -> Umbrella | None:
    """The umbrella organisation a fact is asked of in `question`, or None. `own_names`: each
    structure in question -> its own names (name, legal name, head office); `booklet_folded`:
    the booklet's folded text."""
    folded = fold(question).replace("’", "'")
    if PARTNER_RELATION.search(COUNTED_NOUN_ASKED.sub(" ", folded)):
        return None
    booklet = f" {_spaced(booklet_folded)} "
    for head in UMBRELLA_HEAD.finditer(folded):
        if not FACT_HOLDER_BEFORE.search(folded[: head.start()]):
            continue
        name = _written_prefix(_spaced(folded[head.start() :]).split()[: MAX_WORDS + 1], booklet)
        if name is None:
            continue
        words = {t for t in analyze(name[len(_spaced(head.group(0))) :]) if not t.isdigit()}
        for fiche_id, names in own_names.items():
            own = " ".join(f" {_spaced(fold(n))} " for n in names if n)
            if f" {name} " in own:
                continue  # 'l'association des producteurs des vallées': the structure itself
            if words & {t for n in names if n for t in analyze(n)}:
                return Umbrella(name, fiche_id)
    return None


def _written_prefix(words: list[str], booklet: str) -> str | None:
    """The longest run of `words` from the first (its head noun and one word at least) that
    the booklet writes, its small linking words and plural marks aside ('la fédération
    nationale du Panier de la Mer' where it writes 'Fédération nationale Le panier de la
    Mer'), or None."""
    for k in range(len(words), 1, -1):
        content = [w for w in words[:k] if w not in _SMALL]
        if len(content) < 2 or words[k - 1] in _SMALL:
            continue
        linked = _LINK.join(re.escape(w[:-1] if w.endswith("s") else w) + "s?" for w in content)
        if re.search(rf" {linked} ", booklet):
            return " ".join(words[:k])
    return None


_SMALL = frozenset("de du des d la le les l the of".split())
_LINK = r"(?:\s+(?:de|du|des|d|la|le|les|l))*\s+"


class _Quoted(Protocol):
    quote: str


def stated_of(found: Umbrella, answer: str, citations: Sequence[_Quoted]) -> bool:
    """Whether the answer states its fact of the umbrella itself: a quote naming it, or a
    value written with its name ('panierssolidaires@reseaucocagne.asso.fr' for the e-mail of
    the Réseau Cocagne)."""
    if any(f" {found.written} " in f" {_spaced(fold(c.quote))} " for c in citations):
        return True
    squashed = "".join(w for w in found.written.split() if w not in _SMALL)
    return squashed in re.sub(r"[\s'-]", "", fold(answer))


def as_typed(question: str, found: Umbrella) -> str:
    """The umbrella's name as the question types it ('Réseau Cocagne'), else as folded."""
    words = found.written.split()
    pattern = r"[\s'’-]+".join(re.escape(w) for w in words)
    folded = fold(question)
    m = re.search(pattern, folded)
    if m is None or len(folded) != len(question):
        return found.written
    return question[m.start() : m.end()]


# An e-mail address or a web address, as a fiche writes them.
_CONTACTS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "website": re.compile(r"(?:https?://|www\.)[\w./-]+"),
}


def contact_of(
    found: Umbrella, field: str, source: str, start: int, end: int
) -> tuple[int, int] | None:
    """Where a fiche (`source[start:end]`) writes the umbrella's own e-mail or website (`field`),
    one holding its name ('panierssolidaires@reseaucocagne.asso.fr'), or None."""
    pattern = _CONTACTS.get(field)
    if pattern is None:
        return None
    squashed = "".join(w for w in found.written.split() if w not in _SMALL)
    for m in pattern.finditer(source, start, end):
        if squashed in fold(m.group(0)).replace("-", ""):
            return m.start(), m.end()
    return None
