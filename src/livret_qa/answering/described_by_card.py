"""Class: one structure named by a description that says where it stands, not by its name —
its town (of its address) or its département, with its kind, its
activity or its public: 'the Amiens association', "l'asso de liévin", 'the toy shop in
Villeneuve d'Ascq', "la ferme bio de villeneuve d'ascq", 'the wood workshop in the Aisne',
"l'épicerie de Guise", 'la ressourcerie de campigneulles', 'the fish people in Boulogne'; also
as a follow-up switching to it ("et celui de l'asso de lievin ?").

The description is resolved from what each fiche's identity card states, the town weighing
most: a town is found in the question however it is typed (lower case, no accent, its head
word alone — 'villeneuve', 'boulogne', 'campigneulles' — or one letter off), where a
description writes it (after 'de', 'in', 'at', … or before the noun it qualifies). Read as a
place only when capitalised after a preposition (planner `places_named`), a town typed in lower
case was no place at all, and the question's other words ('réseau européen', 'adhérents')
picked the structure. The structures standing in the town (else in the département) are the
candidates: one is the structure meant; of several (two in Villeneuve d'Ascq, two in the
Aisne), the one the rest of the description fits best, by the engine's search restricted to
them, when it clearly wins — else none is picked (the question stays a list or is asked as
before). A question about several ('which structures…', 'y a-t-il…') describes none, nor a
place asked with no structure pointed at ('a pick-up point in Mortemer'). The structure found
is then asked by its name put in place of the description (`named_instead`), so that all a
named question reads (its follow-ups, what is asked of it) applies. Pure but for the one
restricted search."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from livret_qa import lexicon as lx
from livret_qa.answering import site_asked
from livret_qa.answering.description import description_span
from livret_qa.answering.similarity import searchable
from livret_qa.glossary import EN_FR, SAME_THING_FR
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import Filters
from livret_qa.retrieval.place_bodies import without_place_bodies
from livret_qa.retrieval.places import departements_in
from livret_qa.text import fold

# The words before a town that make it the place a description gives ('l'asso de Liévin',
# 'the shop in Guise', 'the Amiens association', 'près de Pommiers'); a town after none of them
# ('en guise de', 'des pommiers') is read as the common word it also is.
_BEFORE_TOWN = frozenset(
    "de d du a au in at near from of the sur around pres chez vers cote".split()
)
# A question about several structures, or asking which one stands there, describes none.
_WHICH_ONE = re.compile(
    r"\b(which|what|quel(?:le)?s?)\s+(?:[\w-]+\s+){0,2}?(structures?|associations?|assos?|"
    r"initiatives?|ones?|organi[sz]ations?|entreprises?|compan(?:y|ies)|charit(?:y|ies))\b"
    r"|\b(lequel|laquelle|lesquel(?:le)?s|who is based|qui est (?:base|situe|installe))\b"
)
# A pointer at several ('only the ones in the Pas-de-Calais', 'ceux du Nord', 'both'): a
# list narrowed by a place, no structure described.
_SEVERAL_POINTED = re.compile(r"\b(ones|those|ceux|celles|both|les deux)\b")
# A yes/no asking whether the one spoken of stands in a place ('est-ce qu'elle est dans le
# Pas-de-Calais ?', 'is it in the Aisne?', 'sont-ils basés à Lille ?'): the place is asked of
# a structure already in focus, it describes none.
_PLACE_ASKED = re.compile(
    r"\b(?:(?:elle|il|elles|ils|c|ca|it|they|she|he)[\s'-]+(?:est|sont|is|are|se trouvent?|"
    r"reste|restent)|(?:est|sont|is|are)[\s-]+(?:t[\s-]+)?(?:elle|il|elles|ils|it|they|she|he))"
    r"(?:\s+(?:bien|vraiment|really|still|toujours|situees?|situes?|basees?|bases?|"
    r"installees?|installes?|located|based|implantees?|implantes?))*\s+"
    r"(?:dans|en|a|au|aux|in|at|near|pres|sur|du|de|vers|around)\b"
)
# How far a clear winner among the candidates stands above the next (ratio of search scores).
WIN_RATIO = 1.25
TOP_K = 20  # passages searched among the candidates
_TOKEN = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def home_towns(fiche: Fiche) -> list[str]:
    """The town a structure stands in by its address (a head office's town is left aside: the
    Villeneuve garden's is Lille, the head office of the body running it, where other
    structures work too)."""
    return [fiche.contact.town] if fiche.contact.town else []


def _close(word: str, target: str) -> bool:
    """Equal, or one letter off (typed, missing, doubled or swapped) for words of six letters
    or more ('lieven', 'amien', 'campigneules')."""
    if word == target:
        return True
    if min(len(word), len(target)) < 5 or max(len(word), len(target)) < 6:
        return False
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i in range(len(word)) if word[i] != target[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == target[diff[1]]
            and word[diff[1]] == target[diff[0]]
        )
    short, long = (word, target) if len(word) < len(target) else (target, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def town_at(words: Sequence[str], town: str) -> tuple[int, int] | None:
    """Where a town is written in these folded words as a description places it (first and
    past-last word): all its words ('villeneuve d ascq'), or its head word alone when that is
    long enough to name it ('villeneuve', 'boulogne', 'campigneulles'), right after a word of
    place or an article ('de', 'in', 'the'); None when it is not."""
    parts = _words(town)
    if not parts:
        return None
    head = parts[0]
    for i, w in enumerate(words):
        if not _close(w, head):
            continue
        whole = list(words[i : i + len(parts)])[1:] == parts[1:]
        if len(parts) > 1 and not whole and len(head) < 5:
            continue
        before = words[i - 1] if i else ""
        # (typed as keywords, a kind opening the question right before it: 'ressourcerie
        # campigneulles tonnage 2020')
        if before in _BEFORE_TOWN or (i == 1 and before in _KIND_AFTER):
            return i, i + (len(parts) if whole else 1)
    return None


def town_written(words: Sequence[str], town: str) -> bool:
    """Whether `town_at` finds the town in these words."""
    return town_at(words, town) is not None


def candidates_by_town(question: str, fiches: Iterable[Fiche]) -> list[Fiche]:
    """The structures whose own town the question writes as a description's place."""
    words = _words(question)
    return [f for f in fiches if any(town_written(words, t) for t in home_towns(f))]


def candidates_by_departement(question: str, fiches: Iterable[Fiche]) -> list[Fiche]:
    """The structures standing in the one département the question names (none when it names
    several)."""
    codes = departements_in(question)
    if len(codes) != 1:
        return []
    name = DEPARTEMENTS.get(codes[0], "")
    return [f for f in fiches if fold(f.contact.departement) == fold(name)]


def describes_one_placed(question: str, named: bool) -> bool:
    """Whether the question can describe one structure by its place: it names none, and it
    is no question about several or asking which one stands there."""
    if named:
        return False
    folded = fold(question)
    if _WHICH_ONE.search(folded) or lx.ANY_SUBJECT.search(folded):
        return False
    if _PLACE_ASKED.search(folded):
        return False  # 'est-ce qu'elle est dans le Pas-de-Calais ?': a yes/no of the one in focus
    if _SEVERAL_POINTED.search(folded):
        return False
    return not lx.PLURAL_STRUCTURES.search(folded)


# The words that say nothing of a structure: articles, prepositions, conjunctions, question
# words; a question left with none once its place is aside ('et à Amiens ?', 'and in the
# Aisne?', 'qui est à Guise ?') gives a place only, no description of a structure.
_NO_DESCRIPTION = frozenset(
    """a au aux the le la les l d de du des et and en in at near from of sur pour for what about
    how qui who quoi where ou est is are c ce cet cette that this un une y il s sont chez vers
    pres dans same meme aussi also ok then alors donc""".split()
)


def _describing_words(question: str, places: Iterable[str]) -> list[str]:
    """The words of a question other than its place and its words of no description."""
    aside = {w for p in places for w in _words(p)}
    return [w for w in _words(question) if w not in aside and w not in _NO_DESCRIPTION]


def described_text(question: str, places: Iterable[str] = ()) -> str:
    """The description's own words when the question sets one apart ('la ferme bio de
    villeneuve d'ascq' of '…, elle bosse avec un réseau européen ?'), else the question; its
    `places` left out (all the candidates stand there: a fiche writing its town more often
    is no better fit)."""
    folded = fold(question)
    span = description_span(folded) if len(folded) == len(question) else None
    text = folded[span[0] : span[1]] if span else folded
    aside = {w for p in places for w in _words(p)}
    return " ".join(w for w in _words(text) if w not in aside)


def _best_fit(engine: Engine, text: str, ids: list[str], among: list[str]) -> str | None:
    """Of the structures `among`, the one the words fit clearly best — by the lexical score of
    the search restricted to `ids`, the dense score agreeing — else None."""
    result = engine.search(
        searchable(text), top_k=TOP_K, filters=Filters(fiche_ids=ids), gloss=True
    )
    hits = sorted((s for s in result.structures if s.fiche_id in ids), key=lambda s: -s.lexical)
    if not hits:
        return None
    best = hits[0]
    if best.fiche_id not in among:
        return None
    if len(hits) > 1:
        second = hits[1]
        if best.lexical < WIN_RATIO * second.lexical or best.dense < second.dense:
            return None
    return best.fiche_id


def described_structure(engine: Engine, question: str, named: bool) -> str | None:
    """The id of the structure `described` finds, or None."""
    found = described(engine, question, named)
    return found[0] if found else None


def described(engine: Engine, question: str, named: bool) -> tuple[str, list[str]] | None:
    """The structure a question describes by its town or département (see the module), or
    None: no place of a structure's card written as a description's, a question about
    several, a place and no description ('et à Amiens ?'), or candidates the description
    does not tell apart. With the id, the places that found it (to find the description by)."""
    if not describes_one_placed(question, named):
        return None
    fiches = engine.corpus.fiches
    # 'la fac d'Amiens', 'le conseil départemental de l'Aisne': a body's place, no structure's
    unbodied = without_place_bodies(question)
    found = candidates_by_town(unbodied, fiches)
    places = [t for f in found for t in home_towns(f)]
    if len({fold(p).replace("-", " ") for p in places}) > 1:
        return None  # "l'asso de mortemer et celle de guise": two structures, by two towns
    if not found:
        found = candidates_by_departement(unbodied, fiches)
        codes = departements_in(unbodied) if found else []
        places = [*(DEPARTEMENTS[c] for c in codes), *codes]  # ('le 62': its number too)
    if not found or not _describing_words(question, places):
        return None
    if len(found) == 1:
        best: str | None = found[0].id
    else:
        ids = [f.id for f in found]
        text = described_text(question, places)
        if not [w for w in text.split() if w not in lx.GENERIC_KINDS | _NO_DESCRIPTION]:
            return None  # 'what about the Nord one?': several there, nothing tells them apart
        best = _best_fit(engine, text, ids, ids)
    if best is None:
        return None
    if not kinds_met(question, engine.corpus.fiche(best), engine):
        return None  # 'la ressourcerie de Villeneuve-d'Ascq': no ressourcerie stands there
    return best, places


def _card(fiche: Fiche) -> str:
    """What a fiche's identity card says it is: its names, status, activity, label and
    agréments."""
    i = fiche.identity
    said = [
        fiche.name,
        i.legal_name,
        i.establishment_name,
        i.legal_status,
        i.activity,
        i.label,
        *i.agrements,
    ]
    card = fold(" ".join(said))
    if re.search(r"\ba\.?\s?c\.?\s?i\b", card):  # the agrément's letters say what it is
        card += " atelier chantier d'insertion"
    return card


def kind_forms(kind: str) -> frozenset[str]:
    """The folded words that state a kind of structure: a French kind itself, an English one
    its glossary twins ('shop': boutique, magasin, commerce), and the booklet's synonyms of
    them ('menuiserie': ébénisterie). Empty for an English kind with no French twin
    ('woodshop'): left unread, never a reason to refuse."""
    forms = {fold(w) for w in EN_FR.get(kind, ())}
    if kind in lx.STRUCTURE_KINDS_FR:
        forms.add(kind)
    for group in SAME_THING_FR:
        folded = {fold(w) for w in group}
        if folded & forms:
            forms |= folded
    return frozenset(forms)


def _states(text: str, forms: Iterable[str]) -> bool:
    return any(re.search(rf"\b{re.escape(f)}s?\b", text) for f in forms)


def kinds_met(question: str, fiche: Fiche, engine: Engine) -> bool:
    """Whether every specific kind the description gives ('ressourcerie', 'épicerie', 'shop';
    not 'association', 'charity', lexicon `GENERIC_KINDS`) is one this structure states: on
    its card, else — when no other card states it — in its fiche. A kind another card states
    and this one's does not ('la ressourcerie de Villeneuve-d'Ascq' of a toy workshop) is
    another structure's, and a kind no fiche states ('la recyclerie de meubles') is no match:
    the town alone does not make it this one."""
    words = set(_words(question))
    kinds = [k for k in words & lx.STRUCTURE_KINDS if k not in lx.GENERIC_KINDS]
    others = [_card(f) for f in engine.corpus.fiches if f.id != fiche.id]
    own = _card(fiche)
    corpus = engine.corpus
    text = fold(corpus.sources[fiche.source][fiche.span.start : fiche.span.end])
    for kind in kinds:
        forms = kind_forms(kind)
        if not forms or _states(own, forms):
            continue
        if any(_states(card, forms) for card in others) or not _states(text, forms):
            return False
    return True


# The words a description opens with, going left from its place: an article or a pointer
# ('the wood workshop in the Aisne', "celui de l'asso de liévin": from 'l'').
_OPENS = frozenset(
    "the le la les l this that ce cet cette ces those these celui celle ceux celles".split()
)
# The nouns an English description may end with after its town ('the Amiens association',
# 'the Pommiers woodshop', 'the Boulogne people'): the kinds of structure, and people.
_KIND_AFTER = lx.STRUCTURE_KINDS | frozenset("people folks team lot crowd guys".split())
# The demonstratives pointing back at the structure in focus ('that charity', 'cette asso').
_DEMONSTRATIVES = frozenset("this that these those ce cet cette ces".split())
# The pointers standing for a structure with no noun ("et celle de campigneulles ?").
_POINTERS = frozenset("celui celle ceux celles".split())
_MOST_BEFORE = 6  # words a description may hold before its place


def named_instead(question: str, name: str, places: Sequence[str]) -> str | None:
    """The question with the definite description holding one of `places` replaced by the
    structure's name ("et celui de l'asso de lievin ?" -> 'et celui de VESTALI ?', 'Who should
    I call at the wood workshop in the Aisne?' -> 'Who should I call at Le Bois de Deux
    Mains?'): asked so, it is the named question it means, a follow-up switching to it
    included. None when
    folding moves offsets, the place is not found, or no definite article or pointer opens
    the words before it ('a pick-up point in Mortemer', 'ils récupèrent à Pommiers': a place
    asked, no structure described)."""
    folded = fold(question)
    if len(folded) != len(question):
        return None
    tokens = list(_TOKEN.finditer(folded))
    words = [t.group() for t in tokens]
    where, is_departement = None, False
    for place in places:
        is_departement = place in DEPARTEMENTS or fold(place) in {
            fold(n) for n in DEPARTEMENTS.values()
        }
        where = _departement_at(words, place) if is_departement else town_at(words, place)
        if where is not None:
            break
    if where is None:
        return None
    first, last = where
    start = first
    town = words[first - 1 : first] == ["the"] and (
        not is_departement or (last < len(words) and words[last] in _KIND_AFTER)
    )
    if town:  # 'the Amiens association', 'the Guise toy shop': the town before its noun
        ahead = [n for n in range(last, min(last + 3, len(words))) if words[n] in _KIND_AFTER]
        last = ahead[0] + 1 if ahead else last
        start = first - 1
    else:  # '[de] [l'] aisne', 'in the Nord', 'à Guise': the place after the noun described
        if start and words[start - 1] in _OPENS:
            start -= 1
        if start and words[start - 1] in _BEFORE_TOWN | {"dans", "en"}:
            start -= 1
        opener = None
        for back in range(start - 1, max(start - 1 - _MOST_BEFORE, -1), -1):
            between = folded[tokens[back].end() : tokens[back + 1].start()]
            if any(c in between for c in ",;:?!.—"):
                break
            if words[back] in _OPENS:
                opener = back
                break
        if opener is None and _kind_opens(words, start):
            # 'ressourcerie campigneulles tonnage 2020', 'asso de liévin budget': typed as
            # keywords, a kind opening the question before its town describes the structure
            # (class: a noisy first question, d28-046, answered of another fiche's year)
            begin, stop = tokens[0].start(), tokens[last - 1].end()
            return " ".join(f"{question[:begin]}{name}{question[stop:]}".split())
        if opener is None:
            return None  # 'a pick-up point in Mortemer': no structure pointed at, a place asked
        if words[opener] in _DEMONSTRATIVES:
            return None  # 'Is that charity based in Amiens?': the one in focus, pointed back at
        if words[opener] not in _POINTERS and not _KIND_AFTER & set(words[opener + 1 : first]):
            return None  # 'est-ce qu'elle est dans le Nord ?': no kind described, a place asked
        start = opener
    begin, stop = tokens[start].start(), tokens[last - 1].end()
    return " ".join(f"{question[:begin]}{name}{question[stop:]}".split())


def _kind_opens(words: Sequence[str], start: int) -> bool:
    """Whether the question opens with a kind of structure right before its place, 'de' or
    'of' between ('ressourcerie campigneulles …', 'asso de liévin …')."""
    before = [w for w in words[:start] if w not in _BEFORE_TOWN]
    return len(before) == 1 and words[0] == before[0] and before[0] in _KIND_AFTER


def _departement_at(words: Sequence[str], name: str) -> tuple[int, int] | None:
    """Where a département's words stand in these words (first and past-last word)."""
    parts = _words(name)
    for i in range(len(words) - len(parts) + 1):
        if list(words[i : i + len(parts)]) == parts:
            return i, i + len(parts)
    return None


def asked_by_name(engine: Engine, question: str, named: bool) -> str | None:
    """The question asked with the name of the structure it describes by its place in place
    of the description (`described`, `named_instead`), or None."""
    found = described(engine, question, named)
    if found is None or site_asked.picks_site_by_town(question, found[1]):
        return None  # ('is the Guise shop still open?': the town picks a site, the name loses it)
    renamed = named_instead(question, engine.corpus.fiche(found[0]).name, found[1])
    if renamed is None or engine.mentions.mentioned(renamed) != [found[0]]:
        return None  # (the name, put in, must be the one structure the question names)
    return renamed
