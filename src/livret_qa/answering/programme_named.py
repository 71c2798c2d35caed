"""Class: a list asked of a named programme, network or label the booklet never writes as such
('Is any of these structures part of a Territoires zéro chômeur de longue durée experiment?',
'Y a-t-il une structure labellisée French Tech Tremplin ?'). Each of its words may be written
somewhere ('Territoires' of « Dotation d'Équipement des Territoires Ruraux »): listing the
structure whose sentence shares one word answers what the booklet does not say. The name is
the words after a frame of belonging ('part of a', 'membre du', 'labellisée'), from a
capitalised word on, two words at least; the booklet must write them in a row, or the list is
refused, naming it. Pure functions over text; `compose` applies it in its list refusal."""

from __future__ import annotations

import re

from livret_qa.text import fold

# what introduces a programme's name: belonging to it, or bearing its label
_FRAME = re.compile(
    r"\b(?:part of|member of|members of|belongs? to|belonging to|joined|take part in|"
    r"takes part in|participates? in) (?:a|an|the) |"
    r"\blabell?is\w* |\blabell?(?:ed|led) |\bcertifi\w* |"
    r"\b(?:partie|membres?|adherente?s?) (?:du|de la|de l'|des|d'un|d'une) |"
    r"\b(?:appartien\w+|adh[eè]r\w+|particip\w+)(?:-t)?(?:-(?:elle|il)s?)? (?:au|a la|à la|"
    r"a l'|à l'|aux|à un|a un|à une|a une) "
)
# a kind word before the name ('du réseau Tissons la Solidarité', 'the network Emmaüs …')
_KIND = re.compile(
    r"^(?:r[ée]seau|programme|dispositif|label|mouvement|projet|network|program|movement)\s+",
    re.IGNORECASE,
)
# a name: a capitalised word or acronym, then words up to the end of the clause
_NAME = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:[ ][\w'’-]+)+)")
# generic words closing an English name ('… experiment', '… network'): not its own words
_GENERIC_TAIL = re.compile(
    r"(?:\s+(?:experiments?|experimentation|networks?|programmes?|programs?|schemes?|"
    r"projects?|labels?|initiatives?|movements?|federations?|scheme|trial|pilot))+$",
    re.IGNORECASE,
)


def programme_names(question: str) -> list[str]:
    """The names of programmes, networks or labels the question asks belonging to, as typed,
    two words at least ('Territoires zéro chômeur de longue durée', 'French Tech
    Tremplin')."""
    out = []
    for frame in _FRAME.finditer(question):
        rest = re.split(r"[?!.;,:()]", question[frame.end() :], maxsplit=1)[0]
        rest = re.split(r"\s(?:and|or|et|ou|who|which|that|qui|dans|in)\s", rest)[0]
        match = _NAME.match(_KIND.sub("", rest.strip()))
        if match is None:
            continue
        name = _GENERIC_TAIL.sub("", match.group("name")).strip()
        if len(name.split()) >= 2:
            out.append(name)
    return out


def never_written(question: str, booklet_folded: str) -> list[str]:
    """The programme names of the question the booklet never writes whole, its words in a row
    (any spaces or hyphens between them)."""
    out = []
    for name in programme_names(question):
        words = re.findall(r"[^\W_]+", fold(name))
        written = r"[\s'’-]+".join(re.escape(w) for w in words)
        if not re.search(rf"(?<!\w){written}(?!\w)", booklet_folded):
            out.append(name)
    return out
