"""Which structure holds a card value the question names, asked as a card field.

Classes of question served: a holder asked of a card line (label, approval, legal status,
network) by the value that line states, in French or English and whatever the wording
('Which structure has the accueil vélo label?', 'which one has the drive fermier label?',
'which one is in the coorace network?', 'qui a le statut reconnu d'utilité publique ?',
'which structure has the organic farming approval?'). Planned as that field of every
structure, the answer listed each structure's line; the line itself decides: the
structures whose line states the words the question names besides the field's own, when
some lines state them and others not. Nothing narrows when no line states them, or all do
('which structures have a label?' names no value; 'which ones are associations?' all are).
The same holds for a list naming the line by its word ('quelle structure a un agrément
agriculture biologique ?', 'which ones have the status reconnue d'utilité publique?'):
the line states the value, not a passage sharing one of its words ('volailles bios').

Pure: the question, the lines of the structures in scope, and the words to leave aside
(the places of the cards, which a line may name: 'ESS 62 attribué par le département du
Pas de Calais' is no answer to 'which one in the Pas-de-Calais has a label?')."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from livret_qa import lexicon as lx
from livret_qa.answering import topic_words
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

__all__ = ["CARD_VALUE_FIELDS", "asked_fields", "asks_holder", "holders"]

# The card lines whose value is a name or a kind a question can ask by ('le label ESS 62',
# 'the COORACE network', 'association reconnue d'utilité publique').
CARD_VALUE_FIELDS = frozenset(
    {"field:label", "field:agrements", "field:networks", "field:legal_status"}
)

# A structure asked, not the line's value: 'which one / which structure / qui / lesquelles'.
_HOLDER = re.compile(r"^((et|and)\s+)?(qui|who)\b|\b(laquelle|lequel|lesquels)\b")


def asks_holder(question: str) -> bool:
    """Whether the question asks which structures, not what their line says ('which one has
    the X label?' asks a holder; 'what label does it have?' asks the value)."""
    folded = fold(question)
    return bool(
        lx.WHICH_STRUCTURES.search(folded) or lx.WHICH_HAVE.search(folded) or _HOLDER.search(folded)
    )


def asked_fields(question: str) -> list[str]:
    """The card lines a list question names by their own word ('les structures reconnues
    au statut d'utilité publique', 'which ones hold the organic approval?'), as attributes;
    a label is an approval too ('le label ACI'), its line read with the approvals'."""
    folded = fold(question)
    named = [
        f"field:{f.name}"
        for f in lx.FIELDS
        if f"field:{f.name}" in CARD_VALUE_FIELDS and re.search(f.asked, folded)
    ]
    if "field:label" in named and "field:agrements" not in named:
        named.append("field:agrements")
    return named


def _field_words() -> re.Pattern[str]:
    """Every card field's own words ('label', 'agrément', 'network', 'statut'): they ask
    the line, they name no value of it."""
    return re.compile("|".join(f"(?:{f.asked})" for f in lx.FIELDS))


def _spelt(line: str) -> str:
    """The line folded, with each sector acronym beside its spelt-out form and back ('ACI',
    'Atelier chantier d'insertion', 'A.C.I.'): a card writes either."""
    # (a dotted acronym is the acronym: 'Agrément A.C.I.')
    folded = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group(0).replace(".", ""), fold(line))
    extra = []
    for short, long in lx.ACRONYMS.items():
        if re.search(rf"\b{short}\b", folded):
            extra.append(fold(long))
        elif fold(long) in folded:
            extra.append(short)
    return " ".join([folded, *extra])


def _units(question: str, lang: str, aside: set[str]) -> list[str | re.Pattern[str]]:
    """What the question names besides the field's words, each tested on a spelt line: a
    stem of its own words ('velo', 'coorace', 'biolog'); in English, a word the glossary
    knows, held when the line writes one of its French words ('organic': 'biologique', not
    'organisme' that shares its stem)."""
    folded = _field_words().sub(" ", fold(question))
    stems = {t for t in analyze(folded) if not t.isdigit() and len(t) > 1} - aside
    units: list[str | re.Pattern[str]] = [*sorted(stems)]
    if lang == "en":
        for g in topic_words.topic_words(folded, lx.GENERIC_TOPIC_EN):
            forms = [fold(fr) for fr in g.french if len(fr) > 2]
            if forms and not set(analyze(" ".join(forms))) & aside:
                alternatives = "|".join(map(re.escape, forms))
                units.append(re.compile(rf"\b({alternatives})(e|s|es|x)?\b"))
    return units


def _holds(unit: str | re.Pattern[str], line: str) -> bool:
    """Whether a spelt line states a unit of the question."""
    if isinstance(unit, str):
        return unit in set(analyze(line))
    return bool(unit.search(line))


def holders(
    question: str, lang: str, lines: Mapping[str, str], aside: Iterable[str] = ()
) -> set[str] | None:
    """Of the structures whose line is given, those stating everything the question names
    that tells the lines apart (stated by some, not all); None when nothing does."""
    spelt = {fid: _spelt(line) for fid, line in lines.items() if line}
    if len(spelt) < 2:
        return None
    held = [
        {fid for fid, line in spelt.items() if _holds(unit, line)}
        for unit in _units(question, lang, set(aside))
    ]
    telling = [h for h in held if 0 < len(h) < len(lines)]
    if not telling:
        return None
    kept = {fid for fid in spelt if all(fid in h for h in telling)}
    if not kept:  # no line states all it names: not a value of the line that is asked
        return None
    return kept if len(kept) < len(lines) else None
