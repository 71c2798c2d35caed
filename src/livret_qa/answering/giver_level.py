"""Class: money asked of a level of giver by yes or no ('ont-ils reçu des fonds européens ?',
'des aides de la région ?', 'did the Department fund them?', 'is it funded by the State?').
The booklet states such a giver in its own words: a financial partners' line labelled by its
level (« Européen : Union européenne (FEDER 2016) », « Régional : … ») or naming the body of
that level (« Conseil départemental de l'Aisne », « le Fonds social européen »). The level
words asked are matched to those forms, not to the question's spelling ('fonds' and
'européens' never written together, 'region' where the line says 'Régional'); a fiche with no
such line does not say. Only questions asking nothing else than money of levels belong to the
class: another thing asked ('des fonds européens pour son atelier ?') is left to the general
check. Pure."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# Each level: the words asking it (folded, whole words) and the forms a sentence states it by.
_ASKED: dict[str, re.Pattern[str]] = {
    "europe": re.compile(
        r"europe|europeen|europeens|europeenne|europeennes|european|ue|union|bruxelles|brussels"
    ),
    "region": re.compile(
        r"regions?|regionale?s?|regionaux|regional|hauts|hauts-de-france|france|hdf|conseil|"
        r"council|councils"
    ),
    "regional": re.compile(r"regionale?s?|regionaux|regional|hauts|france|hdf"),
    "department": re.compile(
        r"departements?|departementale?s?|departementaux|department|departmental|county|conseil|council"
    ),
    "state": re.compile(
        r"etat|state|government|gouvernement|ministeres?|ministry|ministries|nationale?s?|nationaux"
    ),
    "town": re.compile(r"communes?|mairies?|villes?|town|city|municipalite|municipal|municipality"),
}
# the words that only name a level (not 'conseil', 'hauts': shared or part of a name)
_LEVEL_ONLY = {
    "europe": re.compile(r"europ\w*|ue|bruxelles|brussels"),
    # the Région itself ('la région', 'the regional council'), or funding of that level
    # ('des aides régionales'), which a line labelled « Régional : » states
    "region": re.compile(r"regions?"),
    "regional": re.compile(r"regional\w*|regionaux"),
    "department": re.compile(r"depart\w*|county"),
    "state": re.compile(r"etat|state|government|gouvernement|minist\w*|nationa\w*"),
    "town": re.compile(r"communes?|mairies?|villes?|town|city|municipal\w*"),
}
_STATED: dict[str, re.Pattern[str]] = {
    # not 'la Métropole Européenne de Lille', 'le Réseau Européen de lutte …' (no money)
    "europe": re.compile(
        r"(?<!metropole )(?<!reseau )\beurop(e|een|eenne|eens|eennes)\b|\bfeder\b|\bfse\b|"
        r"\binterreg\b"
    ),
    "region": re.compile(r"\bregions?\b|\bconseil regional\b|\bpradet\b"),
    "regional": re.compile(r"\bregions?\b|\bregionale?s?\s*:|\bconseil regional\b|\bpradet\b"),
    "department": re.compile(r"\bdepartement(al|ale)?\b(?!\s*:)"),
    "state": re.compile(
        r"\betat\b|\bministere|\bdetr\b|plan de relance|\bd(r|d)eets\b|\bdireccte\b|"
        r"haut-commissariat|\bhcess\b"
    ),
    "town": re.compile(
        r"\bcommunes?\b(?! de communes)|\bville\b|\bmairies?\b|\bmunicipal\w*|\bccas\b|"
        r"\bagglomeration\b"
    ),
}
# a council named by its level ('le conseil régional', 'the county council'): the body itself
_COUNCIL = re.compile(
    r"\bconseils? (?:regional|departemental)\w*|\b(?:regional|departmental|county) councils?\b"
)
_THE_EU = re.compile(r"\b(?:the|by|from|l'|de l'|par l')\s*(?:eu|ue)\b")
# money words, and the verbs and frames around them (folded)
_MONEY = re.compile(
    r"fonds?|funds?|funding|funded|funder|funders|financ\w*|subvention\w*|subsid\w*|grants?|"
    r"aides?|aidee?s?|aided|help|helped|soutien\w*|soutenue?s?|support\w*|backed|backing|"
    r"dotations?|argent|money|cash|thunes?|fric|pognon|publi(c|cs|que|ques)|"
    r"financierement|financially|cofinanc\w*|sous|euros?"
)
_FRAME = frozenset(
    """a ont as avez avons avaient avait t il ils elle elles on est ce que qu des de d du la le
    les l y en bien deja did does do has have had they it its she he their the any some ever
    already is are was were est-ce par by from of to with for an au aux recu recus recue
    recues recoit recoivent touche touchent touchee obtenu obtient obtiennent percu percoit
    beneficie beneficient benefice eu get gets got receive received receives obtain obtained
    give gave given gives donne donnent verse versent paid pay pays payed un une quelque
    quelques chose money been being ete were also aussi them him her ca cela this that sont
    etait etaient ont-ils""".split()
)


def asked_levels(text: str) -> tuple[str, ...]:
    """The levels of giver `text` (the question, its structure's name taken out) asks money
    of, when it asks nothing else: () when no money word, no level, or another word remains."""
    folded = _COUNCIL.sub(
        lambda m: " region " if "region" in m.group(0) else " departement ", fold(text)
    )
    folded = _THE_EU.sub(" europe ", folded)  # 'the EU', not 'ont eu' (had)
    words = re.findall(r"\w+", folded)
    words = [w for w in words if w not in _FRAME]
    if not any(_MONEY.fullmatch(w) for w in words):
        return ()
    levels = [lv for lv, only in _LEVEL_ONLY.items() if any(only.fullmatch(w) for w in words)]
    if not levels:
        return ()
    rest = [
        w
        for w in words
        if not _MONEY.fullmatch(w) and not any(_ASKED[lv].fullmatch(w) for lv in levels)
    ]
    return () if rest else tuple(levels)


def states_levels(levels: tuple[str, ...], sentence: str) -> bool:
    """Whether one sentence states a giver of every level asked."""
    folded = fold(sentence)
    return all(_STATED[lv].search(folded) for lv in levels)


def gives_levels(levels: tuple[str, ...], sentence: str) -> bool:
    """Whether a sentence outside the financial partners' lines states money given by every
    level asked: the level named shortly after a word of money given ('aidée financièrement
    par la région', 'une aide de l'ADEME'), not in passing ('le réseau Bio de la région …')."""
    folded = fold(sentence)
    return all(
        re.search(
            rf"(?:{lx.FUNDING_STATED.pattern})[^.;:]{{0,40}}?(?:{_STATED[lv].pattern})", folded
        )
        for lv in levels
    )


def plain(sentence: str) -> str:
    """A sentence folded without its Markdown marks, its spaces single (as slots.funders_text
    gives the financial partners' lines)."""
    return " ".join(re.sub(r"[*#_]", " ", fold(sentence)).split())
