"""'What does ALEFPA stand for?', 'que veut dire le sigle APES ?', 'CAF, ça veut dire
quoi ?': the words behind an acronym. The booklet spells some out beside their letters ('la
caisse d'allocation familiale (CAF)'); that passage is the answer. Most it never spells out:
then the answer abstains, quoting where the booklet uses the acronym — read as an open
question, it quoted any sentence of the fiche naming it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from livret_qa.text import fold

_LETTERS = r"(?P<acr>[A-Z][A-Z0-9&.]{1,11}[A-Z0-9])"
# Class: a question asking what an acronym stands for, in the question's own case (the
# acronym written in capitals, or any word after 'sigle' / 'acronym').
ASKED = tuple(
    re.compile(p.replace("ACR", _LETTERS))
    for p in (
        r"\b(que|qu'est-ce que|qu'est ce que)\s+(veut|veulent)\s+dire\s+"
        r"(le sigle |l'acronyme |les lettres )?ACR",
        r"\b(que|qu'est-ce que|qu'est ce que)\s+(signifient|signifie|d[eé]signe|recouvre)\s+"
        r"(le sigle |l'acronyme )?ACR",
        r"\bACR,?\s+(ça |ca |cela )?(veut|veulent) dire quoi",
        r"\bACR,?\s+(ça |ca |cela )?signifie quoi",
        r"\bwhat\s+(does|do|did)\s+(the acronym |the letters )?ACR\s+(stand|mean)",
        r"\bwhat\s+is\s+ACR\s+(short|an acronym|an abbreviation)\s+for",
        r"\bACR\s+stands\s+for\s+what",
        r"\b(sigle|acronyme|acronym)\s+(?P<acr>[A-Za-z][A-Za-z0-9&.]{1,11})",
        # typed in lowercase, or named first and pointed at ('alefpa, what does that mean?',
        # 'apes : ça veut dire quoi ?', 'what does alefpa stand for?'). Class: an acronym's
        # meaning asked in everyday wording; only letters the booklet writes in capitals are
        # an acronym it uses (`uses`), so a word typed so ('réemploi') asks nothing here.
        r"\bwhat\s+(does|do)\s+(?!(that|this|they|she|the|you|your|their|its)\b)"
        r"(?P<acr>[a-z][a-z0-9&]{2,11})\s+(stand for|mean)\b",
        r"^(?P<acr>[A-Za-z][A-Za-z0-9&]{2,11})\s*[,:?-]+\s*(what (does|do) (that|it|this) "
        r"(mean|stand for)|(ça |ca |cela )?(veut dire|signifie) quoi|que veut dire)",
    )
)
_STOP = frozenset(
    "de des du la le les l d et pour a au aux en sur dans of the and for to in".split()
)


def asked_acronym(question: str) -> str:
    """The acronym a question asks the words of, or ''."""
    question = question.strip()
    first = question.split(maxsplit=1)[0] if question else ""
    if not first.strip(",.;:?!").isupper():  # 'What does …' (an acronym first keeps its case)
        question = question[:1].lower() + question[1:]
    for pattern in ASKED:
        m = pattern.search(question)
        if m is not None:
            return m.group("acr").strip(".").upper()
    return ""


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w not in _STOP)


def _letters(acronym: str) -> str:
    return fold(re.sub(r"[^A-Za-z0-9]", "", acronym))


@dataclass(frozen=True)
class Spelt:
    start: int  # where the words and the letters stand in the source, both included
    end: int
    words: str


_WORD = re.compile(r"[\w]+", re.UNICODE)


def _abbreviates(letters: str, words: list[str]) -> bool:
    """Whether `words` (folded) spell out `letters` as a short form is drawn from its long
    form (Schwartz & Hearst, 2003): the first letter starts the first word, every letter
    comes in order within the words ('SYNESI': 'SYNdicat d'Employeur pour les ateliers et
    chantierS d'Insertion'), and the long form is no longer than a short form's can be."""
    content = [w for w in words if w not in _STOP]
    if not content or not letters or content[0][0] != letters[0]:
        return False
    if len(content) > max(len(letters) + 5, 2 * len(letters)):
        return False
    rest = iter("".join(content)[1:])
    return all(c in rest for c in letters[1:])


def spelt_out(text: str, acronym: str) -> list[Spelt]:
    """Where `text` spells `acronym` out: 'words (ACR)', 'ACR (words)' or '(ACR : words)', the
    initials of the words (small words left out) being its letters, or, in a parenthesis
    beside it, its letters drawn in order from the words (`_abbreviates`)."""
    letters = _letters(acronym)
    found: list[Spelt] = []
    for m in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        before = text[max(0, m.start() - 200) : m.start()]
        words = [(w.group(), w.start()) for w in _WORD.finditer(before)]
        for n in range(len(letters), min(len(words), len(letters) * 3) + 1):
            tail = words[-n:]
            if _initials([fold(w) for w, _ in tail]) == letters:
                start = m.start() - len(before) + tail[0][1]
                found.append(Spelt(start, m.end(), text[start : m.start()].strip()))
                break
        else:  # ('Réseau pour Eviter le Gaspillage ALimentaire (REGAL)'): drawn in order
            for n in range(1, min(len(words), len(letters) * 2) + 1):
                tail = words[-n:]
                if _abbreviates(letters, [fold(w) for w, _ in tail]):
                    start = m.start() - len(before) + tail[0][1]
                    found.append(Spelt(start, m.end(), text[start : m.start()].strip()))
                    break
    beside = (
        re.escape(acronym) + r"\s*\(([^)]{3,120})\)",  # 'SYNESI (Syndicat d'employeur …)'
        r"\(\s*" + re.escape(acronym) + r"\s*[:=]\s*([^)]{3,120})\)",  # '(EAPN : European …)'
    )
    for pattern in beside:
        for m in re.finditer(pattern, text):
            inside = [fold(w) for w in _WORD.findall(m.group(1))]
            if _initials(inside) == letters or _abbreviates(letters, inside):
                found.append(Spelt(m.start(), m.end(), m.group(1).strip()))
    return found


def uses(text: str, acronym: str) -> list[int]:
    """Where `text` writes the acronym as a word."""
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(acronym) + r"(?!\w)", text)]
