"""Class: a body of a kind asked by 'which/quel + NOUN' of one structure whose fiche never
writes the kind word but names a body of that kind ('Which bank does VESTALI work with?' of
a fiche listing 'Caisse d'Épargne ; Crédit Agricole' among its funders, 'avec quelle banque
travaillent-ils ?', 'quelle fondation les soutient ?' of 'Fondations AG2R …', 'which
federation are they in?' of 'Fédération nationale …', 'leur banque, c'est laquelle ?').

A body names its kind by the word its own name opens with (glossary BODY_NAME_HEADS_FR:
'Crédit Agricole', 'Caisse d'Épargne' are banks; 'Fondation Jérôme Gayet' a foundation):
capitalised, and followed by a name (a capitalised word, an acronym) or written in several
capitalised words. The sentence naming one answers, where the kind word alone would have
refused ('never mentions « bank »'). A name inside a body of another kind is that other
body ('Fondations AG2R et Crédit Agricole', 'Fondation Crédit Agricole HDF' name foundations,
not banks): a head of another kind earlier in the same clause discards it. Nothing of the
kind named, the refusal stands ('Quel cabinet comptable …', 'Quelle monnaie locale …': no
body heads its name with them). Embedding similarity was not used: the booklet's funders
lines mix banks, councils and foundations whose names all sit near 'banque'.
Pure functions over text; `compose._thing_unnamed` applies them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from livret_qa.glossary import BODY_NAME_HEADS_FR, EN_FR
from livret_qa.text import fold

_HEADS = {fold(k): tuple(fold(h) for h in v) for k, v in BODY_NAME_HEADS_FR.items()}
_ALL_HEADS = frozenset(h for heads in _HEADS.values() for h in heads) | frozenset(_HEADS)
# a name after the head: a capitalised word or an acronym, after at most 'de', 'du', "d'"
# and one lowercase word ('Crédit Agricole', 'Fédération nationale Le panier de la Mer',
# 'Université de Lille')
_NAME_AFTER = re.compile(
    r"^\s*(?:(?:de|du|des|de la)\s+|d['’]\s*)?(?:[a-zà-ÿ-]+\s+)?[A-ZÀ-Ý0-9][\w'’-]"
)


def kind_heads(noun: str, glossed: bool = True) -> list[str]:
    """The folded words a body of the kind asked opens its name with ('bank' or 'banque':
    'banque', 'credit', "caisse d'epargne", 'bpi'); empty for a kind no body is named by
    ('comptable', 'monnaie')."""
    singular = noun.removesuffix("s")  # 'which banks …?' reads 'bank'
    words = {noun, *(w for w in (*EN_FR.get(noun, ()), *EN_FR.get(singular, ())) if glossed)}
    heads: set[str] = set()
    for word in words:
        folded = fold(word)
        for key in (folded, folded[:-1] if folded.endswith(("s", "x")) else folded):
            heads |= set(_HEADS.get(key, ()))
    return sorted(heads)


def _folded_in_place(text: str) -> str:
    return "".join((fold(c) or c)[:1] for c in text)


def names_an_instance(sentence: str, heads: Iterable[str]) -> bool:
    """Whether `sentence` names a body whose name opens with one of `heads`, capitalised and
    followed by a name, or in several capitalised words ('Caisse d'Épargne'), with no head
    of another kind earlier in its clause ('Fondation Crédit Agricole' is no bank)."""
    heads = list(heads)
    others = _ALL_HEADS - set(heads)
    folded = _folded_in_place(sentence)
    for head in heads:
        for match in re.finditer(rf"\b{re.escape(head)}s?\b", folded):
            written = sentence[match.start() : match.end()]
            if not written[:1].isupper():
                continue
            # ('Caisse d'Épargne': a name of its own; 'BPI': an acronym)
            several = len(re.findall(r"(?:^|[\s'’])[A-ZÀ-Ý]", written)) > 1 or written.isupper()
            if not several and not _NAME_AFTER.match(sentence[match.end() :]):
                continue
            clause = re.split(r"[;:.!?]", folded[: match.start()])[-1]
            if any(re.search(rf"\b{re.escape(o)}s?\b", clause) for o in others):
                continue
            return True
    return False
