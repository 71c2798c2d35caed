"""Synthetic booklets: deterministic perturbed copies of a real booklet, for scale tests.

A copy keeps the booklet's layout and wording (so it parses the same way and is as hard to
search) but renames every structure, moves it to another town of the region and rewrites its
figures, so that ids stay unique, a copy is never mistaken for the original, and a question
about the original is a fair test with the copies loaded as distractors. Pure: text in, text
out; the same seed and copy number always give the same text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from livret_qa.parsing.booklet import parse_booklet
from livret_qa.parsing.fiche import Fiche, SectionKind

# Kinds of structure a new name starts with (no article, so it reads in any sentence).
_PREFIXES = (
    "Atelier",
    "Collectif",
    "Ressourcerie",
    "Coopérative",
    "Fabrique",
    "Maison",
    "Jardins",
    "Réseau",
)
# Sixteen syllables: an invented word of four syllables encodes 16**4 distinct numbers.
_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ran",
    "tel",
    "vor",
    "zu",
    "bé",
    "nou",
    "sa",
    "ri",
    "do",
    "fen",
    "ga",
    "pli",
    "mar",
)
_NAME_SPACE = len(_SYLLABLES) ** 4

# Towns of Hauts-de-France with their postcode; the département follows from the postcode.
_TOWNS = (
    ("02000", "Laon"),
    ("02100", "Saint-Quentin"),
    ("02200", "Soissons"),
    ("02400", "Château-Thierry"),
    ("02500", "Hirson"),
    ("59000", "Lille"),
    ("59100", "Roubaix"),
    ("59140", "Dunkerque"),
    ("59200", "Tourcoing"),
    ("59300", "Valenciennes"),
    ("59400", "Cambrai"),
    ("59500", "Douai"),
    ("59600", "Maubeuge"),
    ("60000", "Beauvais"),
    ("60100", "Creil"),
    ("60200", "Compiègne"),
    ("60300", "Senlis"),
    ("60400", "Noyon"),
    ("62000", "Arras"),
    ("62100", "Calais"),
    ("62200", "Boulogne-sur-Mer"),
    ("62300", "Lens"),
    ("62400", "Béthune"),
    ("62500", "Saint-Omer"),
    ("80000", "Amiens"),
    ("80100", "Abbeville"),
    ("80200", "Péronne"),
    ("80300", "Albert"),
    ("80400", "Ham"),
    ("80500", "Montdidier"),
)
_DEPARTEMENTS = {
    "02": "Aisne",
    "59": "Nord",
    "60": "Oise",
    "62": "Pas-de-Calais",
    "80": "Somme",
}

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
# A number as the booklet writes it: '8', '0,5', '2 037 760', '12 000', '1.500'.
_NUMBER = re.compile(
    r"(?<![\w.,/°'’>-])"
    r"(?P<int>\d{1,3}(?:(?P<sep>[ \u00a0\u202f.])\d{3})+|\d+)"
    r"(?:,(?P<dec>\d+))?"
    r"(?![\w/]|[.,]\d)"
    rf"(?!\s*(?:%|pour ?cent|{_MONTHS}))",
    re.IGNORECASE,
)
# Lines whose numbers are identifiers, not figures.
_IDENTIFIER_LINE = re.compile(r"SIRET|APE|NAF|@|https?:|www\.|T[ée]l|\b0\d(?:[ .]?\d{2}){4}\b")
_LEADING_ARTICLE = re.compile(r"^(?:les?|la|l['’])\s*", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"\s+\d+$")


@dataclass(frozen=True)
class _Rename:
    """What one fiche becomes in one copy."""

    pattern: re.Pattern[str] | None  # the names the original text uses, longest first
    new_name: str
    town: tuple[str, str, str] | None  # (old postcode, old town, old département)
    new_town: tuple[str, str, str]  # (postcode, town, département)


def perturbed_copies(
    text: str, n: int, seed: int = 0, stem: str = "livret-synthetique"
) -> list[tuple[str, str]]:
    """`n` copies of a booklet as (file name, text), numbered 1..n.

    Copy k depends only on (text, seed, k): the first three of ten copies are the three copies.
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more copies. Currently, n is {n}.")
    fiches = _fiches_of(text) if n else []
    return [_copy(text, fiches, k, seed, stem) for k in range(1, n + 1)]


def perturbed_copy(
    text: str, k: int, seed: int = 0, stem: str = "livret-synthetique"
) -> tuple[str, str]:
    """Copy number `k` (1-based) of a booklet, as (file name, text)."""
    if k < 1:
        raise ValueError(f"k must be 1 or more (copies are numbered from 1). Currently, k is {k}.")
    return _copy(text, _fiches_of(text), k, seed, stem)


def _fiches_of(text: str) -> list[Fiche]:
    fiches = parse_booklet(text, "synthetic.md")
    if not fiches:
        raise ValueError(
            "This text holds no fiche to perturb: a fiche starts with a 'défi' line followed by "
            "sections such as '## FICHE IDENTITÉ'."
        )
    return fiches


def _copy(text: str, fiches: list[Fiche], k: int, seed: int, stem: str) -> tuple[str, str]:
    rng = random.Random(f"{seed}:{k}")
    towns = rng.sample(_TOWNS, k=min(len(fiches), len(_TOWNS)))
    renames = [
        _rename_for(fiche, _invented_name(seed, k, i, len(fiches), rng), towns[i % len(towns)])
        for i, fiche in enumerate(fiches)
    ]
    out: list[str] = []
    pos = 0
    for fiche, rename in zip(fiches, renames, strict=True):
        out.append(text[pos : fiche.span.start])
        out.append(_perturb_fiche(text, fiche, rename, f"{seed}:{k}:{fiche.id}"))
        pos = fiche.span.end
    out.append(text[pos:])
    head = _retitle_cover("".join(out), fiches[0].span.start, k)
    return f"{PurePath(stem).stem}-{k:03d}.md", head


def _invented_name(seed: int, k: int, i: int, per_copy: int, rng: random.Random) -> str:
    """A distinct name for fiche `i` of copy `k`: a bijection of (k, i) onto invented words."""
    number = ((k * max(per_copy, 1) + i) * 7919 + seed * 104729) % _NAME_SPACE
    syllables = []
    for _ in range(4):
        number, digit = divmod(number, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    return f"{rng.choice(_PREFIXES)} {''.join(syllables).capitalize()}"


def _name_variants(fiche: Fiche) -> tuple[str, ...]:
    """How the text may name the structure: title, legal name, without article or number."""
    bases = {fiche.name, fiche.identity.legal_name}
    for name in list(bases):
        for part in re.split(r"\s+[–—-]\s+", name):
            bases.add(part)
    variants: set[str] = set()
    for base in bases:
        base = base.strip(" .…")
        for form in (base, _TRAILING_NUMBER.sub("", base)):
            variants.add(form)
            variants.add(_LEADING_ARTICLE.sub("", form))
    kept = {v for v in variants if len(v) >= 5}
    return tuple(sorted(kept, key=len, reverse=True))


def _rename_for(fiche: Fiche, new_name: str, town: tuple[str, str]) -> _Rename:
    postcode, town_name = town
    new_town = (postcode, town_name, _DEPARTEMENTS[postcode[:2]])
    contact = fiche.contact
    old = (contact.postcode, contact.town, contact.departement) if contact.town else None
    variants = _name_variants(fiche)
    pattern = (
        re.compile(
            r"(?<![\w@./-])(?:" + "|".join(_flexible(v) for v in variants) + r")(?![\w@-]|\.\w)",
            re.IGNORECASE,
        )
        if variants
        else None
    )
    return _Rename(pattern, new_name, old, new_town)


def _flexible(words: str) -> str:
    """A regex for a name as the text may write it: any spacing, either apostrophe."""
    parts = [re.sub(r"['’]", "['’]", re.escape(w)) for w in words.split()]
    return r"[\s\u00a0]+".join(parts)


def _perturb_fiche(text: str, fiche: Fiche, rename: _Rename, key: str) -> str:
    """The fiche's text renamed and moved; figures rewritten outside the identity and contact.

    A figure's new value depends on the fiche and the figure only (`key`), so a figure repeated
    in the fiche (a duplicated paragraph, a total quoted twice) is rewritten the same way."""
    pieces: list[tuple[str, bool]] = []  # (text, rewrite figures)
    pos = fiche.span.start
    for section in sorted(fiche.sections, key=lambda s: s.span.start):
        if section.span.start < pos:
            continue
        pieces.append((text[pos : section.span.start], True))
        keep = section.kind in (SectionKind.IDENTITY, SectionKind.CONTACT)
        pieces.append((text[section.span.start : section.span.end], not keep))
        pos = section.span.end
    pieces.append((text[pos : fiche.span.end], True))
    out = []
    for piece, figures in pieces:
        piece = _rename_structure(piece, rename)
        piece = _move_town(piece, rename)
        if figures:
            piece = _rewrite_figures(piece, key)
        out.append(piece)
    return "".join(out)


def _rename_structure(piece: str, rename: _Rename) -> str:
    if rename.pattern is None:
        return piece
    return rename.pattern.sub(lambda _m: rename.new_name, piece)


def _move_town(piece: str, rename: _Rename) -> str:
    if rename.town is None:
        return piece
    old_postcode, old_town, old_dep = rename.town
    postcode, town, dep = rename.new_town
    if old_postcode:
        spaced = rf"{re.escape(old_postcode[:2])}[ \u00a0]?{re.escape(old_postcode[2:])}"
        piece = re.sub(rf"(?<!\d){spaced}(?!\d)", postcode, piece)
        piece = piece.replace(f"({old_postcode[:2]})", f"({postcode[:2]})")
    subs: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (old_town, lambda m: town.upper() if m.group(0).isupper() else town)
    ]
    if old_dep:
        subs.append((old_dep, lambda m: dep.upper() if m.group(0).isupper() else dep))
    for old, new in subs:
        body = _flexible(old).replace(r"\-", "[- ]")
        pattern = rf"(?<![\w@./-]){body}(?![\w@-]|\.\w)"
        piece = re.sub(pattern, new, piece, flags=re.IGNORECASE)
    return piece


def _rewrite_figures(piece: str, key: str) -> str:
    """Every figure scaled by its own factor; years, dates, percentages and ids kept."""
    lines = piece.split("\n")
    for n, line in enumerate(lines):
        if not _IDENTIFIER_LINE.search(line):
            lines[n] = _NUMBER.sub(lambda m: _scaled(m, random.Random(f"{key}:{m[0]}")), line)
    return "\n".join(lines)


def _scaled(match: re.Match[str], rng: random.Random) -> str:
    raw_int, sep, dec = match.group("int"), match.group("sep"), match.group("dec")
    if sep is None and len(raw_int) == 4 and 1900 <= int(raw_int) <= 2099:
        return match.group(0)  # a year
    digits = raw_int.replace(sep, "") if sep else raw_int
    scale = 10 ** len(dec) if dec else 1
    value = int(digits) * scale + (int(dec) if dec else 0)
    new = max(1, round(value * rng.uniform(0.55, 1.8)))
    if new == value:
        new += 1
    whole, frac = divmod(new, scale)
    text = f"{whole:,}".replace(",", sep) if sep else str(whole)
    return f"{text},{frac:0{len(dec)}d}" if dec else text


def _retitle_cover(text: str, first_fiche: int, k: int) -> str:
    """The cover's first heading names the copy, so every copy has its own title."""
    heading = re.compile(r"^(#{1,6}[ \t]+)(.*?)[ \t]*$", re.MULTILINE)
    match = heading.search(text, 0, first_fiche)
    label = f"Livret synthétique n° {k}"
    if match is None:
        return f"# {label}\n\n{text}"
    title = f"{match.group(1)}{match.group(2)} — {label}"
    return text[: match.start()] + title + text[match.end() :]


def edited_booklet(text: str, note: str = "Mise à jour") -> str:
    """The booklet with one small, real edit in one fiche: a new paragraph at the top of the
    last fiche's action section (its first section with a body when it has none). The edit a
    scale benchmark times: every other fiche, and most of this one, is unchanged."""
    fiches = _fiches_of(text)
    fiche = fiches[-1]
    section = fiche.section(SectionKind.ACTION) or next(
        (s for s in fiche.sections if "\n" in s.text), fiche.sections[0]
    )
    end_of_heading = text.index("\n", section.span.start)
    paragraph = (
        f"\n\n{note} : la structure ouvre un second atelier de réparation et accueille "
        "désormais des bénévoles le samedi matin."
    )
    return text[:end_of_heading] + paragraph + text[end_of_heading:]
