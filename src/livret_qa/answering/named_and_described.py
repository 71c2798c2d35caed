"""Class: one question naming one structure and describing another, joined by 'and' / 'et' /
'or' ('le budget de VESTALI et celui de la ressourcerie de Campigneulles ?', 'Compare VESTALI
and the Amiens computer one', 'Who heads Le Panier de la Mer 62 and the toy shop near Lille?',
"combien d'adhérents à la ressourcerie de campigneulles et à la remise enjouée ?", 'la
ressourcerie et la remise enjouée, elles ont combien d'adhérents ?').

Read whole, the name made the question one structure's: the description's place ('Amiens') was
searched in the named one's fiche and the answer refused ('never mentions Amiens'). Here the
description is read as its own question (the question without the name's side, else the
description alone), resolved to the one structure it describes by the caller, and the question
is asked again with that structure's name in place of the description, so that every part is
answered for its own structure, as a question naming both is. Pure: text in, text out."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from livret_qa import lexicon as lx
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold

# The joint between the name and the description, the description after it ('VESTALI et
# celui de la ressourcerie …', 'VESTALI and the Amiens one', 'VESTALI and that of …'): the
# pointer and the preposition after the joint are no part of the description.
_JOIN_AFTER = re.compile(
    r"^\s*,?\s*(?:et|and|&|ou|or|ainsi que|as well as|versus|vs\.?)\s+"
    r"(?:(?:celui|celle|ceux|celles|that|those|the ones?)\s+(?:of|at|from|in|de|du|des|d')\s*)?"
    r"(?:(?:à|a|au|aux|chez|avec|pour|of|at|for|in|with|from)\s+)?",
    re.IGNORECASE,
)
# The joint before the name, the description before it ('à la ressourcerie de campigneulles
# et à la remise enjouée', 'la ressourcerie et la remise enjouée'): its preposition, when it
# has one, opens the description too.
_JOIN_BEFORE = re.compile(
    r"\s*,?\s+(?:et|and|&|ou|or|ainsi que|as well as|versus|vs\.?)\s+"
    r"(?:(?P<prep>à|a|au|aux|chez|avec|pour|de|du|des|of|at|for|in|with|from)\s+)?"
    r"(?:(?:le|la|les|the)\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# An article right before a name, part of how it is written ('Le Panier de la Mer 62').
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la|les|the)\s+|\bl['’]\s*)$", re.IGNORECASE)
# Where a description after the joint ends: the question's punctuation.
_END = re.compile(r"[?;!,:]")
# The articles a description before the joint opens with.
_OPENERS = frozenset("le la les l the".split())
# The possessives that make the thing described the named one's own ('VESTALI et son atelier
# couture'): no other structure is described.
_POSSESSIVE = re.compile(r"^(?:son|sa|ses|leur|leurs|its|their|his|her)\b", re.IGNORECASE)
# A description is a noun phrase: it opens with an article or a demonstrative ('la
# ressourcerie …', 'the Amiens one', "l'asso de Liévin"), not a question word or a verb.
_DETERMINED = re.compile(
    r"^(?:le|la|les|l['’]|un|une|the|a|an|this|that|ce|cet|cette|celle|celui)(?:\s|(?<=['’]))",
    re.IGNORECASE,
)
# The nouns that say a structure is described ('the Amiens computer one', 'les gens de …').
_KINDS = lx.STRUCTURE_KINDS | frozenset("people folks team lot crowd guys gens".split())
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MOST_WORDS = 8  # words a description before the joint may hold


def _kind_in(text: str) -> bool:
    words = {w.removesuffix("s") for w in _WORD.findall(fold(text))} | set(
        _WORD.findall(fold(text))
    )
    return bool(words & _KINDS)


def name_span(mentions: MentionDetector, question: str, fiche_id: str) -> tuple[int, int] | None:
    """Where the one name of this structure stands in the question (its words, no article or
    joint before it), read from what `Mentions.without_names` takes out; None when it is not
    one run."""
    rest = mentions.without_names(question, [fiche_id])
    words = list(_WORD.finditer(question))
    kept = [m.group(0).lower() for m in _WORD.finditer(rest)]
    matcher = SequenceMatcher(None, [w.group(0).lower() for w in words], kept, autojunk=False)
    cut = [(i1, i2) for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal"]
    if len(cut) != 1 or any(tag not in ("equal", "delete") for tag, *_ in matcher.get_opcodes()):
        return None
    first, last = cut[0]
    glue = {"le", "la", "les", "l", "de", "des", "du", "d", "et", "the", "of", "and"}
    while first < last and words[first].group(0).lower() in glue:
        first += 1
    if first >= last:
        return None
    return words[first].start(), words[last - 1].end()


def _before_description(question: str, end: int, prep: str | None) -> int | None:
    """Where a description ending at `end` starts: after the last use of the preposition the
    joint repeats ('à la ressourcerie … et à la remise'), else at the earliest article of the
    words before it (no punctuation between) followed by a kind of structure."""
    head = question[:end]
    if prep:
        uses = list(re.finditer(rf"(?<![^\W_]){re.escape(prep)}\s+", head, re.IGNORECASE))
        return uses[-1].end() if uses else None
    tokens = list(_WORD.finditer(head))[-_MOST_WORDS:]
    for n, t in enumerate(tokens):
        if fold(t.group(0)) not in _OPENERS:
            continue
        if _END.search(head[t.start() :]):
            continue
        if _kind_in(" ".join(x.group(0) for x in tokens[n + 1 : n + 4])):
            return t.start()
    return None


def split(question: str, span: tuple[int, int]) -> tuple[str, str, tuple[int, int]] | None:
    """The question without the name's side, the description alone and where it stands, for
    a name joined to a description by 'and' / 'et' on either side; None otherwise."""
    start, end = span
    after = _JOIN_AFTER.match(question[end:])
    if after is not None:
        begin = end + after.end()
        stop = _END.search(question, begin)
        finish = stop.start() if stop else len(question)
        described = question[begin:finish].strip()
        opened = _ARTICLE_BEFORE.search(question[:start])
        lead = question[: opened.start() if opened else start]
        return f"{lead}{question[begin:]}", described, (begin, begin + len(described))
    before = _JOIN_BEFORE.search(question[:start])
    if before is None:
        return None
    opens = _before_description(question, before.start(), before.group("prep"))
    if opens is None:
        return None
    described = question[opens : before.start()].strip()
    return f"{question[: before.start()]}{question[end:]}", described, (opens, before.start())


def asked_with_names(
    mentions: MentionDetector,
    question: str,
    resolve: Callable[[str], str | None],
    name_of: Callable[[str], str],
) -> str | None:
    """The question with the structure its description gives named in its place, when it
    names exactly one structure and joins to it a description of another (see the module);
    `resolve` gives the one structure a question describes, or None. None otherwise."""
    named = mentions.mentioned(question)
    if len(named) != 1:
        return None
    span = name_span(mentions, question, named[0])
    if span is None:
        return None
    parts = split(question, span)
    if parts is None:
        return None
    alone, described, (begin, finish) = parts
    if not described or _POSSESSIVE.match(described) or not _kind_in(described):
        return None
    if not _DETERMINED.match(described):
        return None  # 'et quand l'association a-t-elle été créée ?': a second question
    if mentions.mentioned(described):
        return None
    one = resolve(alone) or resolve(f"{described} ?")
    if one is None or one == named[0]:
        return None
    renamed = " ".join(f"{question[:begin]}{name_of(one)}{question[finish:]}".split())
    if set(mentions.mentioned(renamed)) != {named[0], one}:
        return None
    return renamed
