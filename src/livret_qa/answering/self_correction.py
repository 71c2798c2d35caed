"""A word corrected inside the question as it is typed: 'Combien de repas, pardon, d'ateliers
culinaires le Panier de la Mer a organisés ?', 'How many volunteers, sorry, employees does
VESTALI have?', 'le budget, enfin non, le chiffre d'affaires de VESTALI ?'.

Class: a chat user correcting a slip mid-sentence. Read as typed, both words are asked: the
slip ('repas') is a thing the fiche does not count, and the question was refused with it
although the word meant is stated. The slip and the marker go; what follows the marker takes
their place. The slip is the word before the marker, with the article or preposition in front
of it when the correction opens with one ('de repas' for « d'ateliers », 'en 2019' for « en
2020 »). A marker opening the question ('Pardon, combien …') corrects nothing; 'non' / 'no'
alone is no marker ('ils ont des bénévoles, non ?'). Pure."""

from __future__ import annotations

import re

# 'pardon', 'sorry', 'I mean', 'je veux dire', 'enfin non', 'euh non', 'ou plutôt', 'oops',
# between commas (or a dash); a word that corrects only between punctuation
_MARKER = re.compile(
    r"(?P<before>[,;–—-]\s*|\s+)"
    r"(?P<marker>(?:euh\s+)?(?:pardon|sorry|oops|oups|d[ée]sol[ée]e?|my bad|i mean|i meant|"
    r"je veux dire|je voulais dire|enfin non|euh non|ou plut[ôo]t|or rather|plut[ôo]t)"
    # ('sorry I mean', 'pardon, je voulais dire'): one marker
    r"(?:\s*,?\s*(?:i mean|i meant|je veux dire|je voulais dire|plut[ôo]t))?)"
    r"(?P<after>\s*[,;–—-]\s*|\s+)",
    re.IGNORECASE,
)
# markers that correct without commas around them: they say so of themselves
_BARE = re.compile(
    r"^(?:\w+\W+)?(?:i mean|i meant|je veux dire|je voulais dire|enfin non|euh non|"
    r"ou plut[ôo]t|or rather)$",
    re.IGNORECASE,
)
# what a corrected phrase may open with, in front of the slip too
_LEAD = re.compile(
    r"^(?:de|d'|d’|du|des|le|la|l'|l’|les|un|une|en|au|aux|à|a|pour|of|the|an|in|for|on)"
    r"(?=\s|(?<=['’]))",
    re.IGNORECASE,
)
_WORD = r"[^\W_][\w'’-]*"


def corrected(question: str) -> str | None:
    """The question with its slip and the marker taken out, the correction in their place;
    None when it corrects nothing."""
    for match in _MARKER.finditer(question):
        punctuated = bool(match.group("before").strip()) and bool(match.group("after").strip())
        if not (punctuated or _BARE.match(match.group("marker"))):
            continue
        head = question[: match.start()].rstrip()
        rest = question[match.end() :].lstrip()
        slip = _slip_start(head, rest)
        if slip is None or not rest:
            continue
        return f"{head[:slip].rstrip()} {rest}".strip()
    return None


def _slip_start(head: str, rest: str) -> int | None:
    """Where the slip begins in `head`: its last word, or from the article or preposition the
    correction opens with, when that word stands before it; None when nothing precedes."""
    words = list(re.finditer(_WORD, head))
    if len(words) < 2:  # ('What I mean is …', 'Bonjour, pardon, …'): no slip to correct
        return None
    lead = _LEAD.match(rest)
    if lead is not None:
        wanted = lead.group().lower().rstrip("'’")
        for word in reversed(words[-4:-1]):  # the slip is at most three words long
            if _same_lead(word.group().lower(), wanted):
                return word.start()
    return words[-1].start()


def _same_lead(word: str, wanted: str) -> bool:
    """'de repas' is corrected by « d'ateliers », 'le budget' by « la dotation »."""
    family = [{"de", "d", "du", "des"}, {"le", "la", "l", "les"}, {"un", "une"}, {"au", "aux"}]
    if word.rstrip("'’") == wanted:
        return True
    return any(word.rstrip("'’") in f and wanted in f for f in family)
