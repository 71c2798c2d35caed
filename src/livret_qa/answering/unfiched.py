"""A fact asked OF a name the booklet gives only as a partner, network or funder of its
structures ('le budget de la DRAAF', 'who runs the ADEME?', 'l'adresse de COORACE'): the
booklet describes its own structures only, so no fiche states it, and quoting the fact of the
structure that names the partner answers another question.

Round 6 tried this on any such name in a fact question and cost older sealed sets: a
question about the structures that work with a partner ('le budget des structures soutenues
par l'ADEME') also names it. So the name must be the fact's own holder, bound to it by the
words right before it ('budget DE la DRAAF', 'qui dirige l'ADEME', 'director OF Coorace') or
after it ('Coorace's budget'), and the question must name no relation to the structures
(`lexicon.PARTNER_RELATION`: 'avec', 'partenaires', 'supported by' …), which the booklet
answers. A name sharing a word with a structure's own names ('Réseau Cocagne', 'ALEFPA'),
a place, or a name the booklet also writes in lowercase (a common word) is left out."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from livret_qa.answering.abstention import LEADING_OWNER_EN, PROPER
from livret_qa.facts.facets import folded_with_offsets
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import (
    COUNTED_NOUN_ASKED,
    FACT_HOLDER_AFTER,
    FACT_HOLDER_BEFORE,
    FACT_HOLDER_DISLOCATED,
    FACT_HOLDER_VERB_BEFORE,
    NAME_OF_ANOTHER,
    NOT_NAMES,
    ORGANISATION_HEAD_BEFORE,
    PARTNER_RELATION,
    PLACE_ENDINGS,
    PLACE_MARK_AFTER,
    PLACE_MARK_BEFORE,
    SITE_NOUN,
)
from livret_qa.text import fold

_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{2,})(?![\w-])")


def _naming(token: str) -> bool:
    """A token that can tell two names apart: not a number, not one letter."""
    return len(token) > 1 and not token.isdigit()


def names_without_fiche(
    question: str,
    sources: Iterable[str],
    own_names: Iterable[str],
    known: Callable[[str], bool],
) -> list[str]:
    """Names the question gives ('SOLAAL', 'Coorace') that the booklet writes only as names
    (always capitalised), sharing no word with what a fiche names as its own (`own_names`: its
    names, town, contacts) and not `known` otherwise (a place, a structure the mention
    detector finds)."""
    # a digit or a letter alone names nothing: 'CAP3C' shares only '3' with 'Synapse 3i'
    own_names = list(own_names)
    own = {t for name in own_names if name for t in analyze(name) if _naming(t)}
    texts = [_folded(text) for text in sources]
    squeezed_own = {re.sub(r"[^a-z0-9]", "", fold(name)) for name in own_names if name}

    def spots(word: str) -> list[tuple[str, int]]:
        """Where the booklet writes the word: each text and the word's start in it."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(fold(word))}(?![\w-])", re.IGNORECASE)
        return [
            (text, offsets[m.start()])
            for text, folded, offsets in texts
            for m in pattern.finditer(folded)
        ]

    out: list[str] = []
    leading = LEADING_OWNER_EN.finditer(question)  # "Emmaus's budget?"
    for match in [*PROPER.finditer(question), *_ACRONYM.finditer(question), *leading]:
        word = match.group(1)
        tokens = analyze(word)
        if word.isupper() and word not in out and _written_dotted(word, texts):
            # the booklet's « P.A.N.I.E.R.S. »: a name by its dots, whatever common word or
            # word of a structure's name ('Le panier de la mer') its letters spell
            if fold(word) not in squeezed_own:
                out.append(word)
            continue
        if (
            word in NOT_NAMES
            or not tokens
            or {t for t in tokens if _naming(t)} & own
            or known(word)
        ):
            continue
        written = spots(word)
        if written and all(text[i].isupper() for text, i in written) and word not in out:
            out.append(word)
    for match in _TYPED_LOWER.finditer(question):
        word = match.group(1)
        tokens = analyze(word)
        if not tokens or {t for t in tokens if _naming(t)} & own or word in out or known(word):
            continue
        written = spots(word)
        # 'the resource centre's premises': the booklet writes 'Centre' only in a name, but
        # 'les centres sociaux' in lowercase; a word whose other number is common is common
        other = spots(word[:-1] if word.endswith("s") else f"{word}s")
        if (
            written
            and all(text[i].isupper() for text, i in [*written, *other])
            and any(_within_sentence(text, i) for text, i in written)
        ):
            out.append(word)
    return out


def _written_dotted(word: str, texts: list[tuple[str, str, list[int]]]) -> bool:
    """Whether the booklet writes a word typed in capitals as initials with dots ('PANIERS'
    or 'P.A.N.I.E.R.S.', as the planner reads it undotted, is the booklet's « P.A.N.I.E.R.S. »,
    a programme's name, not the common word 'paniers'). Class: a figure asked of a name the
    booklet writes with dots ('combien de points de vente a le réseau P.A.N.I.E.R.S. ?')."""
    if len(word) < 3:  # two letters dotted are an abbreviation, no name
        return False
    dotted = _dotted(word)
    return any(dotted.search(folded) for _, folded, _ in texts)


def _dotted(word: str) -> re.Pattern[str]:
    """The word's letters written as initials with dots, folded ('p.a.n.i.e.r.s')."""
    return re.compile(r"(?<![\w.])" + r"\.\s?".join(re.escape(c) for c in fold(word)) + r"\.")


# A word typed in lowercase ('la mutualite sociale agricole', 'le siret de coorace'): a name
# all the same when the booklet writes it only capitalised, once at least inside a sentence
# (a word capitalised only where a sentence or a label starts is a common word).
_TYPED_LOWER = re.compile(r"(?<![\w'’-])([a-zà-ÿ][\w-]{3,})")


def _within_sentence(text: str, i: int) -> bool:
    """Whether the word at `i` follows a lowercase word or a comma, not a sentence's start."""
    before = text[:i].rstrip()
    return bool(before) and (before[-1].islower() or before[-1] in ",'’(")


def held_by(question: str, name: str) -> bool:
    """Whether the question asks a fact of `name` itself: the name is bound to the fact by
    the words right before it ('le budget de la', 'qui dirige l'', 'director of the') or
    right after it ("'s"), and nothing in the question relates it to the structures."""
    folded = fold(question).replace("’", "'")
    if PARTNER_RELATION.search(COUNTED_NOUN_ASKED.sub(" ", _without_apposition(folded, name))):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])", folded):
        if _COUNTED_BEFORE.search(folded[: m.start()]):
            continue  # 'combien d'ETP ?', 'how many CDDI?': the thing counted, no holder
        if FACT_HOLDER_VERB_BEFORE.search(folded[: m.start()]):
            return True  # 'qui dirige l'APEI du Boulonnais ?': the verb's object, place after
        if NAME_OF_ANOTHER.match(folded[m.end() :]) and not _AFTER_OF.search(folded[: m.start()]):
            continue  # 'what is the SIRET of the sewing school?': the fact, not its holder
        if FACT_HOLDER_BEFORE.search(folded[: m.start()]) or FACT_HOLDER_AFTER.match(
            folded[m.end() :]
        ):
            return True
        if FACT_HOLDER_DISLOCATED.match(folded[m.end() :]):
            return True  # 'et Emmaüs Connect, ils ont combien de salariés ?'
        whole = fold(question[: name_start(question, m.start())]).replace("’", "'")
        if FACT_HOLDER_BEFORE.search(whole):
            return True
    return False


def _without_apposition(folded: str, name: str) -> str:
    """The folded question without what it says of `name` in apposition, right after it
    ('le site d'INFORMA, leur partenaire formation ?', 'the phone number of GALLOO (their
    partner)', 'the website of Ecologic, the eco-organisation they work with?'): that
    describes the name asked, it ties no structure to it. Class: a contact or fact asked of
    a partner the fiche names, the partner's tie said in passing."""
    return without_apposition(folded, fold(name))


def without_apposition(question: str, name: str) -> str:
    """`question` without the apposition right after `name` (a comma or a bracket, up to the
    next one or the question's end), as written (`_without_apposition`)."""
    key = re.escape(name)
    return re.sub(rf"(?<![\w-])({key})(?![\w-])\s*[,(]\s*[^,?;.()]+\)?", r"\1", question)


def dislocated(question: str, name: str) -> bool:
    """Whether `name` is put first and taken up by the pronoun that follows it ('et Emmaüs
    Connect, ils ont combien de salariés ?'): that pronoun points at the name, not back at a
    structure of the conversation."""
    folded = fold(question).replace("’", "'")
    return any(
        FACT_HOLDER_DISLOCATED.match(folded[m.end() :])
        for m in re.finditer(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])", folded)
    )


# A word right after the count's own 'de' is what is counted ('combien d'ETP ?', 'nombre de
# CDDI', 'how many FTE'), not a holder: class, an acronym the booklet uses as a measure
# counted in a follow-up (read as a partner, it lost the structure in focus). Folded.
# ('the phone number of GALLOO' asks a contact: no count)
_COUNTED_BEFORE = re.compile(
    r"\b(?:combien|nombre|how many|(?<!phone )(?<!telephone )number of)\s+(?:de\s+|d')?$"
)

# A name right after 'of' / 'de' holds what is asked ('le directeur de la DRAAF des HdF'); so
# does a name right after 'at' / 'chez', the body where the person or figure asked is, even
# with a complement after it (class: a fact of a partner asked by where it stands: 'the
# contact person at Emmaus for the drive project', 'le référent chez Coorace pour le
# chantier', 'how many staff at the ADEME for this programme?')
_AFTER_OF = re.compile(r"(?:\b(?:de|du|of|at|chez)\s+|\bd')(?:la\s+|le\s+|les\s+|l'|the\s+)?$")

_CAPITALISED_BEFORE = re.compile(
    r"(?:(?<![\w'’-])[A-ZÉÈÀÂ][\w'’-]*\s+(?:(?:de|du|des|la)\s+|d['’])?)+$"
)


def name_start(question: str, start: int) -> int:
    """Where the name holding the word at `start` begins: the capitalised words right before
    it ('Fondation Jérôme' before 'Gayet', 'Caisse d'' before 'Épargne') and the common noun
    heading it ('la fondation Vinci', 'le réseau des AMAP': `lexicon.ORGANISATION_HEAD_BEFORE`),
    so that 'qui dirige la fondation Vinci ?' binds the fact to the name as 'qui dirige
    Vinci ?' does. A question's first word is no part of a name ('Qui', 'Combien')."""
    run = _CAPITALISED_BEFORE.search(question, 0, start)
    if run and run.start() > 0:
        start = run.start()
    head = ORGANISATION_HEAD_BEFORE.search(fold(question[:start]).replace("’", "'"))
    return head.start() if head else start


def cited_in(name: str, texts: dict[str, str]) -> list[str]:
    """The keys of the texts (a fiche's name: its text) that write `name` as a whole word;
    a name in capitals that the booklet writes with dots ('PANIERS'), where they write it
    so (« P.A.N.I.E.R.S. »), not where they write the common word."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])")
    folded = [_folded(text) for text in texts.values()]
    if name.isupper() and _written_dotted(name, folded):
        pattern = _dotted(name)
    return [key for key, text in texts.items() if pattern.search(_folded(text)[1])]


def whole_name(question: str, word: str) -> str:
    """The run of capitalised words around `word` in the question ('Secours Catholique')."""
    run = re.search(rf"(?:[A-ZÉÈ][\w'’-]*\s+)*{re.escape(word)}(?:\s+[A-ZÉÈ][\w'’-]*)*", question)
    if run is None:
        return word
    # a question's capitalised first word is no part of it ("What's Ecologic's turnover?")
    return _ASKING_WORD.sub("", run.group(0)) or word


_ASKING_WORD = re.compile(
    r"^(?:(?:what|who|where|when|how|which|why|is|does|do|did|and|so|et|quel|quelle|qui|"
    r"combien|comment|est|c|quand|ou|où|pourquoi|quels|quelles|lequel|laquelle)"
    r"(?:['’]s|['’]est)?\s+)+",
    re.IGNORECASE,
)


@cache
def _folded(text: str) -> tuple[str, str, list[int]]:
    """A booklet's text, folded, with the offset in it of each folded character."""
    folded, offsets = folded_with_offsets(text)
    return text, folded, offsets


def placed_by_booklet(word: str, texts: Iterable[str]) -> bool:
    """Whether the booklet itself writes a one-word name as a place, after 'à' ('un bar-tabac
    local situé à Carlepont', 'l'atelier de la citoyenneté à Calais'): a town where a fiche
    has a site, a pick-up point or a partner, not an organisation without a fiche. Class: a
    fact asked of such a site ('When did the Carlepont pickup point start?'), which that
    fiche states."""
    if " " in word.strip() or not word[:1].isupper():
        return False
    return fold(word) in _placed_words(tuple(texts))


@cache
def _placed_words(texts: tuple[str, ...]) -> frozenset[str]:
    """The one-word capitalised names the booklet writes after 'à', folded."""
    return frozenset(
        fold(m.group(1))
        for text in texts
        for m in re.finditer(r"(?<![\w-])à ([A-ZÉÈ][\w'-]+)(?![\w'-])(?!\s+[A-ZÉÈ])", text)
    )


def a_place(question: str, word: str, booklet_words: set[str], booklet_folded: str = "") -> bool:
    """Whether a name the question gives is a place, not an organisation without a fiche
    ('how many items did the Montreuil area ressourcerie sell?'): the question places
    something there ('Montreuil area', 'du côté de Montreuil'), or the booklet writes the area
    or people named after it ('le Montreuillois'), or places something there itself ('un
    bar-tabac local situé à Carlepont': 'the Carlepont pickup point' is that place's). Positive
    evidence is needed: a partner's name ('SOLAAL', 'Coorace') shows none of these."""
    folded = fold(question).replace("’", "'")
    key = fold(word)
    if booklet_folded and re.search(
        rf"\b(?:situee?s?|implantee?s?) a {re.escape(key)}\b", booklet_folded
    ):
        return True
    for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", folded):
        if PLACE_MARK_BEFORE.search(folded[: m.start()]) or PLACE_MARK_AFTER.match(
            folded[m.end() :]
        ):
            return True
    # its last consonant doubled or not ('Montreuil', 'le Montreuillois')
    return any(
        stem + end in booklet_words for stem in (key, key + key[-1:]) for end in PLACE_ENDINGS
    )


def named_in_passing(
    question: str, place: str, texts: dict[str, str], fiche_towns: set[str]
) -> tuple[str, list[str]] | None:
    """(the body as the booklet writes it, the fiches writing it) when the question asks
    about a body named by its kind, a complement and a town ('que fait l'atelier de la
    citoyenneté de Calais ?') that a fiche names only in passing ('sollicité par l'atelier
    de la citoyenneté à Calais') and no fiche stands in that town: the booklet has no fiche
    for it. Class: a structure the booklet does not cover, named by a kind and a town. A
    fiche's own site ('la boutique d'Hirson') is no body of its own: its noun takes no
    complement; a fiche's town ('la ressourcerie de Campigneulles') is that fiche's.
    `fiche_towns`: the fiches' towns, folded, their words joined by one space."""
    town = fold(place).replace("’", "'")
    town_key = " ".join(re.findall(r"[a-z0-9]+", town))
    if not town_key or town_key in fiche_towns:
        return None
    asked = " ".join(re.findall(r"[a-z0-9]+", fold(question)))
    body = re.compile(
        r"\b(?:l'|la |le |les )(?P<np>(?P<head>[a-z]+) (?:de la |de l'|du |des |de |d')"
        rf"[a-z]{{3,}}(?: [a-z]{{3,}})?) (?:a|de|d') ?{re.escape(town)}\b"
    )
    found: tuple[str, list[str]] | None = None
    for key, text in texts.items():
        raw, folded, offsets = _folded(text)
        for m in body.finditer(folded.replace("’", "'")):
            if SITE_NOUN.fullmatch(m.group("head")):
                continue
            words = " ".join(re.findall(r"[a-z0-9]+", m.group("np")))
            # its town after it ('l'atelier de la citoyenneté de Calais') or before it, the
            # name in apposition ('la structure de Calais, l'atelier de la citoyenneté', 'the
            # Calais body, the atelier de la citoyenneté')
            after = rf"\b{re.escape(words)} (?:de|d|a|in|at|of) {re.escape(town_key)}\b"
            before = rf"\b{re.escape(town_key)} (?:\w+ )?(?:l|la|le|les|the )?{re.escape(words)}\b"
            if not (re.search(after, asked) or re.search(before, asked)):
                continue
            name = raw[offsets[m.start("np")] : offsets[m.end("np") - 1] + 1]
            found = (name, [*found[1], key]) if found else (name, [key])
            break
    return found
