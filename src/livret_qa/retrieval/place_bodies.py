"""Public bodies named after their territory ('le Conseil départemental de l'Aisne', 'la Région
Hauts-de-France', 'the Pas-de-Calais county council', 'la ville d'Amiens', 'le CD62'): a
funder or partner, not a place asked. Read as a place, 'qui est financé par le département du
Nord ?' listed the structures standing in the Nord, quoted with any sentence; read as a body,
it lists the fiches naming that body, however they write it ('Département du Pas de Calais',
'Conseil Départemental du Pas de Calais', 'Région HDF', 'le conseil régional des Hauts de
France'). Pure: questions and folded fiche texts in, spans and patterns out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.places import spaced_pattern
from livret_qa.text import fold

DEPARTEMENT, REGION, TOWN = "departement", "region", "town"
# Class: an institution named after its town ('l'Université de Lille', 'la fac de Lille',
# 'the University of Lille', 'Lille university'): a partner or funder, not the place Lille
# (read as a place, 'la fac de Lille, elle bosse avec qui ?' was refused as no structure
# standing in Lille answers, and the structures naming it elsewhere were left out).
UNIVERSITY = "university"

# The kinds of body, by the words naming them (written as typed: accents optional). A bare
# 'département' / 'region' / 'ville' names a body only when it acts or is acted with
# (`_AGENT_BEFORE`, `_ACTS_AFTER`): 'dans le département du Nord' is a place.
_HEADS = {
    DEPARTEMENT: (
        r"conseils?\s+d[ée]partementa(?:l|ux)|conseil\s+g[ée]n[ée]ral|"
        r"(?:departmental|department|county)\s+council|cd\s*(?=\d\d\b)"
    ),
    REGION: r"conseils?\s+r[ée]giona(?:l|ux)|regional\s+council",
    TOWN: (
        r"mairie|municipalit[ée]|communaut[ée]\s+d['’]\s*agglom[ée]ration|agglom[ée]ration|"
        r"agglo|communaut[ée]\s+(?:de\s+communes|urbaine)|(?:city|town)\s+(?:council|hall)"
    ),
    UNIVERSITY: r"(?:universit[ée]s?|universit(?:y|ies)|facult[ée]s?|facs?)\b",
}
_BARE_HEADS = {
    DEPARTEMENT: r"d[ée]partement|department",
    REGION: r"r[ée]gion",
    TOWN: r"ville|commune|city|town",
}
# French regions (2016) and their usual short forms: a region's council is named by them.
_REGIONS = (
    r"hauts[\s-]+de[\s-]+france|hdf|[iî]le[\s-]+de[\s-]+france|idf|normandie|normandy|"
    r"grand[\s-]+est|bretagne|brittany|pays[\s-]+de[\s-]+la[\s-]+loire|centre[\s-]+val[\s-]+de"
    r"[\s-]+loire|bourgogne[\s-]+franche[\s-]+comt[ée]|nouvelle[\s-]+aquitaine|occitanie|"
    r"auvergne[\s-]+rh[ôo]ne[\s-]+alpes|provence[\s-]+alpes[\s-]+c[ôo]te[\s-]+d['’]azur|paca|"
    r"corse|corsica"
)
_DEPTS = "|".join(spaced_pattern(name) for name in DEPARTEMENTS.values())
_CODES = "|".join(DEPARTEMENTS)
_OF = r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*|\s*)"
_TOWN_NAME = (
    r"[A-ZÀÂÉÈÎÔa-zàâéèêîôûç][\w'’-]+(?:[\s-]+(?:sur|les|le|la|d['’]|de)?[\s-]*[A-Z][\w'’-]+)?"
)
# Words before a body that make it an agent or a partner ('financées par le', 'avec la',
# 'backed by the', 'supported by') and after it ('… soutient', '… supports').
_AGENT_BEFORE = re.compile(
    r"(?:\b(?:par|avec|aupr[eè]s\s+d[eu']?|by|with|from)\s+(?:le|la|l['’]|les|the)?\s*"
    r"|\b(?:financ\w*|soutenu\w*|aid[ée]\w*|subventionn\w*|partenaires?|partners?|"
    r"backed|funded|supported|financed)\s+(?:par|by|de|du|de\s+la)?\s*(?:le|la|l['’]|the)?\s*)$",
    re.IGNORECASE,
)
_ACTS_AFTER = re.compile(
    r"^\s*(?:soutien\w*|financ\w*|aide\w*|subventionn\w*|accompagn\w*|support\w*|fund\w*|"
    r"back\w*|help\w*|work\w*\s+with)\b",
    re.IGNORECASE,
)
# Class: a funder or partner named by a common noun alone ('qui reçoit des financements de la
# Région ?', 'soutenues par le Département', 'aidé par la commune', 'which ones are funded by
# the Region?', 'get money from the department'): a bare head with no place after it is that
# kind of body only when a verb of funding or partnership, or 'par' / 'by', stands right
# before it ('des producteurs de la région', 'from the region' say where, not who funds).
# The body may be theirs ('funded by their town', 'aidées par leur commune'): a possessive
# determiner says whose council it is, not where. Class: a common-noun funder asked with a
# possessive.
_FUNDER_BEFORE = re.compile(
    r"(?:\b(?:par|by|avec|with)\s+(?:le|la|l['’]|les|the|leurs?|their|its|sa|son|ses)\s*"
    r"|\b(?:financ\w*|soutenu\w*|soutien\w*|aid[ée]\w*|aides?|subvention\w*|partenari\w*|fonds|"
    r"partenaires?|partners?|backed|backing|funded|funding|funds?|money|grants?|supported|"
    r"support|financed|help|helped)\s+(?:par|by|de|du|de\s+la|des|from|of)?\s*"
    r"(?:le|la|l['’]|les|the|leurs?|their|its|sa|son|ses)?\s*)$",
    re.IGNORECASE,
)
# A bare head qualifying the money it gives, English-wise ('Region funding', 'get Department
# grants', 'town council money'): the body funds. Class: a common-noun funder as a modifier.
_FUNDING_AFTER = re.compile(
    r"^[\s-]*(?:funding|funds?|money|grants?|subsid(?:y|ies)|support|backing|financing|aid)\b",
    re.IGNORECASE,
)
_PLACED_BEFORE = re.compile(
    r"\b(?:dans|en|in|within|inside|situ\w+|bas[ée]\w*|based)\s+"
    r"(?:le|la|l['’]|les|the)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceBody:
    """A public body a question names: its kind, the place it is named after (a département
    code, a region or a town, folded) and where the question writes it."""

    kind: str
    place: str
    start: int
    end: int
    text: str

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """How a fiche's folded text writes this body, in any of its usual forms."""
        return re.compile(_fiche_pattern(self.kind, self.place))

    def named_in(self, folded_text: str) -> bool:
        return self.pattern.search(folded_text) is not None


def _fiche_pattern(kind: str, place: str) -> str:
    of = r"(?:\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*|\s*)"
    if kind == DEPARTEMENT:
        # 'le Département' with no place: the council of any département
        name = (
            "|".join(spaced_pattern(n) for n in DEPARTEMENTS.values())
            if not place
            else spaced_pattern(DEPARTEMENTS[place])
        )
        place = place or "|".join(DEPARTEMENTS)
        return (
            rf"\b(?:conseils?\s+departementa(?:l|ux)|conseil\s+general|departement|"
            rf"fonds?\s+departementa\w*)\b{of}\b(?:{name}|{place})\b|\bcd\s*(?:{place})\b"
        )
    if kind == REGION:
        region = spaced_pattern(place) if place else fold(_REGIONS)
        short = {"hauts de france": "|hdf", "ile de france": "|idf"}.get(place, "")
        # a regional council is the region's own, the region named or not
        # 'le réseau Bio de la région Hauts de France' is of the region, not its council
        return (
            rf"\bconseils?\s+regiona(?:l|ux)\b|(?<!de la )(?<!dans la )(?<!en )"
            rf"\bregion\b{of}\b(?:{region}{short})\b"
        )
    if not place:  # 'la commune', 'la mairie', 'the town': a town's own council, any town
        return (
            r"(?<!communaute de )\b(?:mairies?|villes?|communes?)\b(?:\s+(?:de|du|des|d')\s*"
            r"(?!la |l')\w|\s+et\s)|\b(?:les|deux|des|aux) (?:mairies|communes)\b"
        )
    if kind == UNIVERSITY:  # 'Université de Lille' as the fiche writes it; any, unnamed
        town = rf"[^.;:]{{0,30}}?\b{spaced_pattern(place)}\b" if place else ""
        return rf"\b(?:universites?|faculte|university){town}"
    town = spaced_pattern(place)
    return (
        rf"\b(?:ville|villes|communes?|mairie|communaute|agglomeration|agglo|metropole)\b"
        rf"[^.;:]{{0,30}}?\b{town}\b"
    )


def _region_place(written: str) -> str:
    folded = " ".join(re.split(r"[\s-]+", fold(written)))
    return {"hdf": "hauts de france", "idf": "ile de france"}.get(folded, folded)


def _departement_place(written: str) -> str:
    folded = fold(written).strip()
    if folded in DEPARTEMENTS:
        return folded
    squeezed = re.sub(r"[\s-]+", " ", folded)
    for code, name in DEPARTEMENTS.items():
        if re.sub(r"[\s-]+", " ", fold(name)) == squeezed:
            return code
    return ""


def place_bodies(question: str) -> list[PlaceBody]:
    """The public bodies a question names after a place, in order of appearance."""
    found: list[PlaceBody] = []
    for kind in (DEPARTEMENT, REGION, TOWN):
        for bare in (False, True):
            found += _bodies(question, kind, bare)
    found += _bodies(question, UNIVERSITY, False)
    found.sort(key=lambda b: b.start)
    kept: list[PlaceBody] = []
    for body in found:  # 'conseil départemental' holds 'département': the longer one stays
        if not any(k.start <= body.start < k.end or body.start <= k.start < body.end for k in kept):
            kept.append(body)
    return kept


def _place_alternatives(kind: str) -> str:
    if kind == DEPARTEMENT:
        return rf"(?:{_DEPTS}|{_CODES})"
    if kind == REGION:
        return rf"(?:{_REGIONS})"
    if kind == UNIVERSITY:  # one word, any case ('fac de lille'): a head reads lower case
        return r"[^\W\d_][\w'’-]*[^\W_]"
    return _TOWN_NAME


@cache
def _patterns(kind: str, bare: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A kind's body with its place after the head ('conseil départemental de l'Aisne',
    'Région HDF', 'city of Amiens'), before it ('the Aisne county council', 'the Somme
    department') and, for a regional council, alone ('le conseil régional')."""
    head = _BARE_HEADS[kind] if bare else _HEADS[kind]
    place = _place_alternatives(kind)
    flags = 0 if kind == TOWN else re.IGNORECASE
    after = re.compile(rf"\b(?i:{head}){_OF}(?P<place>{place})\b", flags)
    before = re.compile(rf"\b(?P<place>{place})[\s-]+(?i:{head})\b", flags)
    if kind == UNIVERSITY:  # 'Lille University': a capitalised town only, never 'la fac'
        before = re.compile(r"\b(?P<place>[A-Z][\w'’-]*[^\W_])[\s-]+(?i:university)\b")
    alone = re.compile(rf"\b(?i:{head})\b(?!{_OF}(?:{place})\b)")
    return after, before, alone


def _bodies(question: str, kind: str, bare: bool) -> list[PlaceBody]:
    after, before, alone = _patterns(kind, bare)
    out: list[PlaceBody] = []
    if kind == REGION and not bare:  # 'le conseil régional': the region's own, named or not
        for m in alone.finditer(question):
            out.append(PlaceBody(kind, "", m.start(), m.end(), m.group(0)))
    for pattern in (after, before):
        for m in pattern.finditer(question):
            written = m.group("place")
            if kind == DEPARTEMENT:
                where = _departement_place(written)
            elif kind == REGION:
                where = _region_place(written)
            else:
                where = fold(written)
                # 'la ville de demain': no town; a university's town may be typed in lower
                # case ('la fac de lille'): its head alone names the institution
                if not written[:1].isupper() and kind != UNIVERSITY:
                    continue
            if not where:
                continue
            if bare and not _acts(question, m.start(), m.end()):
                continue
            out.append(PlaceBody(kind, where, m.start(), m.end(), m.group(0)))
    if bare or kind not in (REGION, UNIVERSITY):  # 'financé par la Région', 'la mairie'
        flags = re.IGNORECASE if kind != TOWN else 0
        out += _unplaced_bodies(question, kind, re.compile(alone.pattern, flags), bare)
    return out


def _unplaced_bodies(
    question: str, kind: str, alone: re.Pattern[str], bare: bool
) -> list[PlaceBody]:
    """A body named by its common noun alone: a council's own name ('la mairie', 'le conseil
    départemental'), or a bare noun funding or partnering (`_FUNDER_BEFORE`: 'financé par la
    Région', 'get money from the department', 'aidé par la commune'); a bare noun after
    'from' / 'de la' alone is where, not who ('des producteurs de la région')."""
    out: list[PlaceBody] = []
    for m in alone.finditer(question):
        before = question[max(0, m.start() - 40) : m.start()]
        funds = _FUNDER_BEFORE.search(before) or _FUNDING_AFTER.match(question[m.end() :])
        if _PLACED_BEFORE.search(before) or (bare and not funds):
            continue
        if re.match(r"['’]s\b", question[m.end() :]):
            continue  # 'with the region's farmers': whose, not who funds
        out.append(PlaceBody(kind, "", m.start(), m.end(), m.group(0)))
    return out


def _acts(question: str, start: int, end: int) -> bool:
    """Whether a bare 'département du Nord' is a body: it acts or is acted with, and is not
    where something stands ('dans le département du Nord')."""
    before = question[max(0, start - 40) : start]
    if _PLACED_BEFORE.search(before):
        return False
    return bool(_AGENT_BEFORE.search(before) or _ACTS_AFTER.match(question[end:]))


def without_place_bodies(question: str) -> str:
    """The question with the bodies it names blanked: their places are no places asked."""
    for body in reversed(place_bodies(question)):
        question = question[: body.start] + " " * (body.end - body.start) + question[body.end :]
    return question


# The départements of each region the booklet's départements belong to: a region holding all
# of them is the booklet's own ('les structures des Hauts-de-France'), no place to filter on.
_REGION_DEPARTEMENTS = {"hauts de france": frozenset({"02", "59", "60", "62", "80"})}


def is_the_whole_region(place: str) -> bool:
    """Whether a place named is a region holding every département the booklet knows."""
    region = _region_place(place)
    return set(DEPARTEMENTS) <= _REGION_DEPARTEMENTS.get(region, frozenset())


def unnamed_bodies(question: str, folded_booklet: str) -> list[str]:
    """The institutions named after a town that the booklet never names ('la fac d'Amiens'
    where it names only the Université de Lille): positive evidence that what is asked of
    them is not in the booklet. Class: an institution's name read apart from its town, so
    its town no longer finds the structures standing there."""
    return [
        b.text
        for b in place_bodies(question)
        if b.kind == UNIVERSITY and b.place and not b.named_in(folded_booklet)
    ]
