"""Which structures a question names ('le budget de VESTALI', 'il etait 2 fois'), learnt from
the corpus itself: no list of names is written down anywhere.

A name token is *strong* when no other fiche's text contains it ('vestal', 'thierach'); one
strong token names its structure, otherwise two of its name tokens are needed ('panier' +
'mer'), so that 'paniers solidaires' does not name 'Le Panier de la Mer 62'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import WEAK_NAME_TOKENS
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche


@dataclass
class _Name:
    fiche_id: str
    tokens: set[str]
    strong: set[str]


class MentionDetector:
    def __init__(self, fiches: list[Fiche], fiche_texts: dict[str, str]):
        vocab = {fid: set(analyze(text)) for fid, text in fiche_texts.items()}
        self.vocab = vocab  # analyzed tokens of each fiche's whole text
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
            self._names.append(_Name(fiche.id, tokens, strong))

    def name_tokens(self, fiche_id: str) -> set[str]:
        """The analyzed words of a structure's names."""
        return next((n.tokens for n in self._names if n.fiche_id == fiche_id), set())

    def mentioned(self, text: str) -> list[str]:
        """Fiche ids named in `text`, in the order they first appear in it."""
        positions: dict[str, int] = {}
        for n, match in enumerate(re.finditer(r"[^\W_]+", text)):
            for token in analyze(match.group(0)):
                positions.setdefault(token, n)
        query = set(positions)
        found: list[tuple[int, str]] = []
        for name in self._names:
            shared = name.tokens & query
            if name.strong & query or len(shared) >= min(2, len(name.tokens)):
                found.append((min(positions[t] for t in shared), name.fiche_id))
        return [fid for _, fid in sorted(found)]

    def rare_terms(self, text: str, max_fiches: int = 3) -> dict[str, set[str]]:
        """Query terms found in only a few fiches ('emmau', 'fidess', 'cap'): for each fiche,
        the ones it contains. Such a term is specific evidence of what the question asks."""
        terms = {t for t in analyze(text) if not t.isdigit() and len(t) >= 3}
        rare = {t for t in terms if 1 <= sum(t in v for v in self.vocab.values()) <= max_fiches}
        return {fid: rare & v for fid, v in self.vocab.items() if rare & v}
