"""Which structures a question names ('le budget de VESTALI', 'il etait 2 fois'), learnt from
the corpus itself: no list of names is written down anywhere.

A name token is *strong* when no other fiche's text contains it ('vestal', 'thierach'); one
strong token names its structure, otherwise two of its name tokens are needed ('panier' +
'mer'), so that 'paniers solidaires' does not name 'Le Panier de la Mer 62'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import WEAK_NAME_TOKENS
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

_CONNECTORS = {"le", "la", "les", "l", "de", "des", "du", "d", "et", "the", "of", "l'", "d'"}


@dataclass
class _Name:
    fiche_id: str
    tokens: set[str]
    strong: set[str]
    words: set[str] = field(default_factory=set)  # folded words of the names as written


INITIALISM_MIN = 3  # letters: 'CT' or 'PM' would be met by chance


def initialism(name: str) -> str:
    """The first letters of a name's words, its articles and prepositions aside, folded:
    'Association des Producteurs des Vallées de l'Oise' -> 'apvo'."""
    words = re.findall(r"[^\W\d_]+", fold(name))
    return "".join(w[0] for w in words if w not in _CONNECTORS and len(w) > 1)


class MentionDetector:
    def __init__(self, fiches: list[Fiche], fiche_texts: dict[str, str]):
        vocab = {fid: set(analyze(text)) for fid, text in fiche_texts.items()}
        self.vocab = vocab  # analyzed tokens of each fiche's whole text
        booklet_of = {f.id: f.booklet for f in fiches}
        self._by_booklet: dict[str, list[set[str]]] = {}
        for fid, held in vocab.items():
            self._by_booklet.setdefault(booklet_of.get(fid, ""), []).append(held)
        self._names: list[_Name] = []
        places = {t for name in DEPARTEMENTS.values() for t in analyze(name)}
        for fiche in fiches:
            tokens: set[str] = set()
            for name in (fiche.name, fiche.identity.legal_name, fiche.identity.establishment_name):
                tokens |= {t for t in analyze(name) if len(t) >= 3 and not t.isdigit()}
            strong = {
                t
                for t in tokens
                if not any(t in v for fid, v in vocab.items() if fid != fiche.id)
                and t not in WEAK_NAME_TOKENS
                and t not in places  # 'Oise' in a name is also a département
            }
            written = {
                fold(w)
                for name in (fiche.name, fiche.identity.legal_name)
                for w in re.findall(r"[^\W_]+", name)
                if len(w) > 1 and w.lower() not in _CONNECTORS
            }
            self._names.append(_Name(fiche.id, tokens, strong, written))
        # 'l'APVO' for 'Association des Producteurs des Vallées de l'Oise': the initials of a
        # name's words, as users abbreviate a long name the booklet never abbreviates.
        # An initialism another structure shares, or that is a word of the booklet, names none.
        every_word = set().union(*vocab.values()) if vocab else set()
        initials: dict[str, set[str]] = {}
        for fiche in fiches:
            for name in (fiche.name, fiche.identity.legal_name):
                letters = initialism(name)
                if len(letters) >= INITIALISM_MIN and letters not in every_word:
                    initials.setdefault(letters, set()).add(fiche.id)
        self._initials = {k: next(iter(v)) for k, v in initials.items() if len(v) == 1}

    def name_tokens(self, fiche_id: str) -> set[str]:
        """The analyzed words of a structure's names."""
        return next((n.tokens for n in self._names if n.fiche_id == fiche_id), set())

    def without_names(self, text: str, fiche_ids: list[str]) -> str:
        """`text` with the names of these structures taken out ('Que fait Le Bois de Deux
        Mains des copeaux de bois ?' -> 'Que fait des copeaux de bois ?'): inside one
        structure's fiche, its name tells nothing, and pulls evidence towards name lines.
        A run of name words is taken out when it holds a strong token or two name words."""
        names = [n for n in self._names if n.fiche_id in fiche_ids]
        if not names:
            return text
        tokens = set().union(*(n.tokens for n in names))
        strong = set().union(*(n.strong for n in names))
        raw = set().union(*(n.words for n in names))
        words = list(re.finditer(r"[^\W_]+(?:['’][^\W_]+)?", text))
        kinds = []
        for w in words:
            analyzed = set(analyze(w.group(0)))
            if analyzed & strong:
                kinds.append("strong")
            elif analyzed & tokens or fold(w.group(0)) in raw:
                kinds.append("name")
            elif w.group(0).lower() in _CONNECTORS:
                kinds.append("connector")
            else:
                kinds.append("")
        cut: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if not kinds[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(words) and kinds[j + 1]:
                j += 1
            end = j
            while kinds[j] == "connector" and j > i:  # 'Le Bois de Deux Mains des copeaux'
                j -= 1
            run = kinds[i : j + 1]
            if "strong" in run or run.count("name") >= 2:
                cut.append((words[i].start(), words[j].end()))
            i = end + 1
        out = text
        for start, end in reversed(cut):
            out = out[:start] + out[end:]
        return " ".join(out.split())

    def mentioned(self, text: str) -> list[str]:
        """Fiche ids named in `text`, in the order they first appear in it."""
        positions: dict[str, int] = {}
        for n, match in enumerate(re.finditer(r"[^\W_]+", text)):
            for token in analyze(match.group(0)):
                positions.setdefault(token, n)
        query = set(positions)
        matches: list[tuple[_Name, set[str]]] = []
        for name in self._names:
            shared = name.tokens & query
            if name.strong & query or len(shared) >= min(2, len(name.tokens)):
                matches.append((name, shared))
        found: list[tuple[int, str]] = []
        for n, match in enumerate(re.finditer(r"[^\W_]+", text)):
            fiche_id = self._initials.get(fold(match.group(0)))
            if fiche_id:  # 'APVO', 'apvo'
                found.append((n, fiche_id))
        for name, shared in matches:
            # A name met only through words of a better-matched name ('Quel était le budget
            # du Bois de Deux Mains' shares 'était' and 'deux' with 'Il était deux fois', but
            # 'deux' is the other name's) is not named.
            others = set().union(*(s for n, s in matches if n is not name and len(s) > len(shared)))
            own = shared - others
            if not (name.strong & query) and len(own) < min(2, len(name.tokens)):
                continue
            found.append((min(positions[t] for t in shared), name.fiche_id))
        ordered: list[str] = []
        for _, fid in sorted(found):
            if fid not in ordered:
                ordered.append(fid)
        return ordered

    def holders(self, term: str) -> int:
        """How many fiches hold `term`, in the booklet where most do: how rare a term is is
        read inside one booklet, so that loading ten booklets that each name CAP3C twice does
        not turn 'cap3c' into a common word (and a list of its users into a list of 9)."""
        return max(
            (sum(term in v for v in group) for group in self._by_booklet.values()), default=0
        )

    def rare_terms(self, text: str, max_fiches: int = 3) -> dict[str, set[str]]:
        """Query terms found in only a few fiches of a booklet ('emmau', 'fidess', 'cap'): for
        each fiche, the ones it contains. Such a term is specific evidence of what is asked."""
        terms = {t for t in analyze(text) if not t.isdigit() and len(t) >= 3}
        rare = {t for t in terms if 1 <= self.holders(t) <= max_fiches}
        return {fid: rare & v for fid, v in self.vocab.items() if rare & v}
