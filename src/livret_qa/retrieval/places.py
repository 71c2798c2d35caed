"""Places named in a question: départements (by name or number) of the corpus's fiches."""

from __future__ import annotations

import re

from livret_qa.lexicon import FORMER_REGIONS
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.text import fold


def spaced_pattern(name: str) -> str:
    """A name's folded words joined by spaces or hyphens, however typed ('Pas-de-Calais',
    'pas de calais'): one pattern for every place that strips or finds a place's name."""
    words = re.split(r"[\s-]+", fold(name))
    return r"[\s-]+".join(re.escape(w) for w in words)


_NAMED = [
    (code, re.compile(rf"\b{spaced_pattern(name)}\b(?![\s-]+pas)"))
    for code, name in DEPARTEMENTS.items()
]
# '(62)', 'le 62', 'dans le 59' — a bare number is too ambiguous ('62 producteurs').
_NUMBERED = re.compile(r"\((\d{2})\)|\b(?:le|du|dans le|in|the)\s+(\d{2})\b")


def departements_in(text: str) -> list[str]:
    """Codes of the départements named in `text`, in order of appearance."""
    folded = fold(text)
    found: list[tuple[int, str]] = []
    for code, pattern in _NAMED:
        for match in pattern.finditer(folded):
            if code == "59" and _is_compass_nord(folded, match.start()):
                continue
            if code == "80" and _is_a_sum(folded, match.start()):
                continue
            found.append((match.start(), code))
            break
    for region, codes in FORMER_REGIONS.items():  # 'en Picardie': its départements
        for match in re.finditer(region, folded):
            found += [(match.start(), code) for code in codes]
    for match in _NUMBERED.finditer(folded):
        code = match.group(1) or match.group(2)
        if code in DEPARTEMENTS:
            found.append((match.start(), code))
    seen: list[str] = []
    for _, code in sorted(found):
        if code not in seen:
            seen.append(code)
    return seen


# 'somme' said of a sum: followed by what is summed or how ('la somme des budgets', 'la somme
# versée'), or after a word the département never follows ('ça fait quelle somme ?', 'une
# somme de 500 €', 'cette somme', 'pour quelle somme ?'); the département comes after 'la',
# 'dans la', 'de la', 'en' or alone ('Amiens (Somme)')
_SUM_AFTER = re.compile(r"somme\s+(de|des|d'|du|totale|cumulee|versee|recue|allouee)\b")
_SUM_BEFORE = re.compile(
    r"\b(quelles?|une|cette|ces|sa|ses|leur|leurs|grosse|petite|belle|meme|toute)\s+$"
)


def _is_a_sum(folded: str, at: int) -> bool:
    """'la somme des budgets', 'quelle somme ?', 'the sum': the word, not the Somme
    département (class: a sum asked with the noun 'somme', read as a place)."""
    return bool(_SUM_AFTER.match(folded[at:]) or _SUM_BEFORE.search(folded[max(0, at - 12) : at]))


def _is_compass_nord(folded: str, at: int) -> bool:
    """'au nord de', 'le nord de la France' are directions, not the Nord département."""
    return bool(re.match(r"nord\s+((de|du|des)\b|d')", folded[at:]))


def without_former_regions(folded: str) -> str:
    """A folded text with the former regions it names taken out ('en Picardie'): where, not
    what a list is about."""
    for pattern in FORMER_REGIONS:
        folded = re.sub(pattern, " ", folded)
    return folded
