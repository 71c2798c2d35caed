"""Refusals decided from the booklet's own words, not from retrieval scores (which do not
separate answerable from unanswerable questions): does it know the places, names and topics a
question asks about at all? (Whether a fiche states the fact asked is the slot filler's job.)"""

from __future__ import annotations

import re

from livret_qa.answering import alternatives
from livret_qa.answering.request_opening import without_request
from livret_qa.answering.stated_topic import existence_body
from livret_qa.answering.topic_words import families_of, glossed_words
from livret_qa.answering.yes_no import same_words
from livret_qa.glossary import EN_FR, SAME_THING_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import (
    ASKER_NAME_BEFORE,
    ASKER_SIGN_OFF,
    DETERMINED_NOUN,
    EXISTENCE_FRAME,
    GENERIC_COUNTED,
    LIST_FRAME,
    NO_THING_NOUNS,
    NOT_NAMES,
    OWNER_AFTER_EN,
    OWNER_BEFORE_EN,
    PLACE_PREPOSITION_EN,
    PRENOMINAL_ADJECTIVES,
    is_civility,
)
from livret_qa.text import fold

_PRENOMINAL = re.compile(PRENOMINAL_ADJECTIVES)
# A capitalised word, whole: a name ending in capitals ('UrgencESS', the fund of the ESS) is
# one name, not 'Urgenc' (class: a mixed-case name folded whole, as the booklet writes it).
PROPER = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-ZÉÈÀÂ][^\W\d_A-Z]{2,}"
    # a brand typed in CamelCase ('RecyclJouets', 'NaturAgora') is one name, not 'Recycl'
    r"(?:[A-ZÉÈ][^\W\d_A-Z]+)*"
    r"(?:[A-ZÉÈ]{2,}\b)?(?:-[A-Z][^\W\d_]+)*)"
)
# An acronym typed in capitals ('le GAMMA', 'the SMICTOM'): a name too, unless the whole
# question is typed in capitals (then every word would be one).
ACRONYM = re.compile(r"\b([A-ZÉÈ]{3,10})\b")
# A name opening an English question as the owner of what is asked ("Oxfam's budget?",
# "Decathlon's staff?"): PROPER skips a question's first word, capitalised anyway.
LEADING_OWNER_EN = re.compile(r"^\W*([A-ZÉÈÀÂ][^\W\d_]{2,}(?:[A-ZÉÈ][^\W\d_]+)*)(?=['’]s?\s)")
# What follows a civility or title that makes it part of a person's name: a surname, maybe
# after a particle ('Mme Maréchal', 'M. de la Tour', 'Mr Van Damme', "Mme d'Alembert").
_NAME_FOLLOWS = re.compile(
    r"\.?\s+(?:(?:de la|de|du|des|d['’]|le|la|van|von|der|den|di|da)\s*)*[A-ZÀ-Ý]", re.I
)
MIN_SYNONYM = 5  # letters of a glossary synonym that holds a thing asked for a fiche


def unknown_names(
    question: str, corpus_vocab: set[str], lang: str = "fr", booklet: str | None = None
) -> list[str]:
    """Capitalised words (places, organisations) the booklet never mentions: 'Rouen'. In an
    English question only a place ('in Rouen', 'near Caen') or an organisation a fact is asked
    of ('does Oxfam have', "Decathlon's budget") is taken: other capitalised English words
    translate what the booklet says in French ('European Social Fund'). The asker's own name
    ('je m'appelle Paul', '... merci, Julie') is no name asked about. Given the booklet's
    folded text, an acronym is known only as it writes it ('GAMMA' is not 'gamme'), and a
    compound name only whole ('Saint-Quentin' is not 'Saint-Gobain')."""
    out = []
    typed = re.findall(r"[^\W\d_]{3,}", question)
    capitals = sum(w.isupper() for w in typed)
    shouted = capitals >= 3 and capitals * 2 > len(typed)
    matches = [*PROPER.finditer(question), *([] if shouted else ACRONYM.finditer(question))]
    matches += list(LEADING_OWNER_EN.finditer(question))
    for match in sorted(matches, key=lambda m: m.start()):
        word = match.group(1)
        if word in NOT_NAMES:
            continue
        before, after = question[: match.start()], question[match.end() :]
        if is_civility(fold(word)) and _NAME_FOLLOWS.match(after):
            continue  # 'Mme Maréchal', 'Mrs Le Goff': the surname after it is the name
        if _askers_name(before, after):
            continue
        owner = bool(OWNER_BEFORE_EN.search(before) or OWNER_AFTER_EN.match(after))
        owner = owner or _in_french_name(question, match.start(1), match.end(1))
        if lang == "en" and not (PLACE_PREPOSITION_EN.search(before) or owner):
            continue
        tokens = analyze(word)
        if booklet is not None and (match.re is ACRONYM or "-" in word):
            written = r"[\s-]".join(re.escape(w) for w in fold(word).split("-"))
            if (
                not re.search(rf"(?<!\w){written}(?!\w)", booklet)
                and not _acronym_in_french(word, booklet)
                and not _synonym_written(word, booklet)
            ):
                out.append(word)
        elif tokens and all(t not in corpus_vocab for t in tokens):
            if lang == "en" and _known_in_french(word, corpus_vocab):
                continue  # 'the University of Lille': « Université de Lille »
            out.append(word)
    return out


def _synonym_written(word: str, booklet: str) -> bool:
    """Whether the booklet writes another name of the same thing ('NAF' for « CODE APE »,
    glossary SAME_THING_FR): an acronym named otherwise is no unknown name."""
    folded = fold(word)
    return any(
        re.search(rf"(?<!\w){re.escape(fold(other))}(?!\w)", booklet)
        for group in SAME_THING_FR
        if folded in group
        for other in group
        if other != folded
    )


# A proper name written in French, its capitalised words joined by a French particle ('Banque
# Alimentaire du Nord', 'Restos du Cœur', "Maison de l'Emploi"): in an English question, the
# asker names an organisation as it calls itself, not a French word translated.
_FRENCH_NAME = re.compile(
    r"(?:[A-ZÉÈÀÂ][\w’'-]*\s+)*[A-ZÉÈÀÂ][\w-]*\s+(?:du|de la|de l['’]|des|de|d['’])\s*"
    r"[A-ZÉÈÀÂŒ][\w-]*(?:\s+[A-ZÉÈÀÂ][\w-]*)*"
)


def _in_french_name(question: str, start: int, end: int) -> bool:
    """Whether the word at start:end is part of a name written in French (`_FRENCH_NAME`).
    Class: an organisation the booklet does not cover, named in French in an English
    question ('What does the booklet say about the Banque Alimentaire du Nord?', 'Do the
    Restos du Coeur work with them?'); its unknown words refuse as a French question's do."""
    return any(m.start() <= start and end <= m.end() for m in _FRENCH_NAME.finditer(question))


def _acronym_in_french(word: str, booklet: str) -> bool:
    """An English acronym whose French letters the booklet writes ('EPR' of « filière REP »,
    'WEEE' of « D3E »): known. Class: an acronym asked in English of a French scheme."""
    return any(
        re.search(rf"(?<!\w){re.escape(fold(fr))}(?!\w)", booklet)
        for fr in EN_FR.get(word.lower(), ())
    )


def _known_in_french(word: str, corpus_vocab: set[str]) -> bool:
    """An English word of a name the booklet writes in French ('University' of « Université
    de Lille », 'Foundation' of « Fondation »): known when one of its glossary translations
    is (class: an English word in a proper name, read through its French)."""
    return any(
        t in corpus_vocab for fr in EN_FR.get(word.lower(), ()) for t in analyze(fr) if len(fr) > 3
    )


def asker_named(question: str, name: str) -> bool:
    """Whether `name` is the asker's own, given in the question ('je m'appelle Paul')."""
    at = question.find(name)
    return at >= 0 and _askers_name(question[:at], question[at + len(name) :])


def _askers_name(before: str, after: str) -> bool:
    """A name the asker gives as their own: right after 'je m'appelle', 'my name is', "I'm",
    or closing the text after a thanks ('... Merci, Julie')."""
    if ASKER_NAME_BEFORE.search(fold(before)):
        return True
    return bool(ASKER_SIGN_OFF.search(fold(before)) and not re.search(r"[^\W\d_]", after))


def unknown_words(question: str, corpus_vocab: set[str]) -> list[str] | None:
    """The question's words when none of them occurs anywhere in the booklet (markup, or a
    topic it never touches: 'boulangerie', 'bakery'); None when the booklet knows one. The
    asker's request opening ('peux-tu me lister …') is no topic (request_opening.py)."""
    words = [
        w
        for w in re.findall(r"[^\W\d_]{2,}", without_request(question))
        if any(not t.isdigit() for t in analyze(w))
    ]
    if any(_known_in_other_forms(w, corpus_vocab) for w in words):
        return None
    return words


def _known_in_other_forms(word: str, vocab: set[str]) -> bool:
    """Whether the booklet holds `word` as typed, in another form of the same verb
    ('récupèrent' where it writes 'récupère') or as a glossary synonym ('bouquins' where it
    writes 'livres'). Class: a question worded as a user speaks, all in words the booklet does
    not write: refused only on positive evidence that the thing is missing, which a word the
    booklet writes in another form or other words is not."""
    if any(t in vocab for t in analyze(word)):
        return True
    folded = fold(word)
    # 'ils récupèrent' -> 'il récupère'
    plural_verb = len(folded) > 5 and folded.endswith("ent")
    if plural_verb and any(t in vocab for t in analyze(folded[:-2])):
        return True
    return _held_in_other_words(word, vocab) or _family_held(word, vocab)


def _family_held(word: str, vocab: set[str]) -> bool:
    """Whether the booklet holds a family `word` is a kind of ('fauteuils' where it writes
    'sièges' and 'meubles'; 'armchairs' read 'fauteuil'). Class: a list asked in everyday
    words, all unknown to the booklet ('qui retape des fauteuils ?'): the thing's family
    written is no evidence the booklet never touches it; which fiche states the kind asked
    is the list's own check. Mechanism: the booklet-level unknown-words refusal."""
    forms = [word, *(w for g in glossed_words(word) for w in g.french)]
    return any(
        all(t in vocab for t in analyze(family) if not t.isdigit())
        for form in forms
        for family in families_of(form)
    )


def _held_in_other_words(word: str, vocab: set[str]) -> bool:
    """Whether a fiche's words hold `word`, as typed or as one of its glossary synonyms.
    Class: a thing or period named in other words than the fiche's ('pendant le covid' where
    it says 'la crise sanitaire', 'des bicyclettes' where it says 'vélos')."""
    if all(t in vocab for t in analyze(word)):
        return True
    # a short synonym is an abbreviation of too many things ('auto' of 'voiture' is the
    # 'auto' of 'auto-entrepreneur'): only synonyms of five letters or more count
    return any(
        other != word
        and len(other) >= MIN_SYNONYM
        and all(t in vocab for t in analyze(other) if not t.isdigit())
        for other in same_words(word)
    )


def missing_together(
    question: str,
    fiche_vocabs: dict[str, set[str]],
    asks_structures: bool = True,
    complements: bool = True,
) -> list[str] | None:
    """For a French question asking whether such an initiative exists ('Y a-t-il une
    recyclerie de vélos à Lille ?'), or which ones do something ('Quelle structure fabrique
    du pain ?'): the things named that no single fiche holds together, or None when one fiche
    holds them all (or it is not such a question).

    In an existence question every word after the frame counts, the verb of a relative clause
    aside ('qui fabriquent' is phrased freely); in a list question only the nouns after a
    determiner do ('des meubles', 'du pain'), since its verb is phrased freely too."""
    folded = fold(question).strip()
    # 'est-ce qu'une structure …', 'le livret parle de …': the same question (stated_topic)
    body = EXISTENCE_FRAME.sub("", folded) if EXISTENCE_FRAME.match(folded) else None
    body = existence_body(question) if body is None else body
    if body is not None:
        body = re.sub(r"\b(qui|que|qu'|pour|afin de)\s+(ne\s+|n')?[^\W\d_]+", " ", body)
        words = [
            w
            for w in re.findall(r"[^\W\d_]{4,}", body)
            if analyze(w) and not _PRENOMINAL.fullmatch(w)
        ]
    elif asks_structures and LIST_FRAME.search(folded):
        words = [w for w in DETERMINED_NOUN.findall(folded) if len(w) >= 4 and analyze(w)]
        # a complement no fiche holds at all ('en monnaie locale'): the topic never mentioned;
        # one some fiche holds may be a place or a name ('l'asso de Mortemer'), left alone
        # (`complements` False: a question placed in a town it covers describes a thing there
        # in its own words — 'à Boulogne, … l'atelier de barquettes' — not an absent topic)
        words += [
            w
            for w in (noun_complements(folded) if complements else [])
            if w not in words and held_nowhere([w], fiche_vocabs)
        ]
    else:
        return None
    # people named in everyday words ('les gens', 'des personnes') are who it is for, no
    # thing a fiche must write: 'qui forme les gens à l'informatique ?' abstained on 'gens'
    words = [w for w in words if w not in GENERIC_COUNTED]
    # a tie or a vague thing ('un rapport avec', 'un soutien de', 'des trucs'): no thing a
    # fiche must write for the rest to qualify it (class: list questions in other words)
    words = [w for w in words if w not in NO_THING_NOUNS]
    if not words:
        return None
    best: list[str] | None = None
    for vocab in fiche_vocabs.values():
        unheld = [w for w in words if not _held_in_other_words(w, vocab)]
        missing = alternatives.unmet_of(folded, words, unheld)
        if best is None or len(missing) < len(best):
            best = missing
    return best or None


# A noun's complement right after it ('les paiements EN MONNAIE', 'la consigne DE
# BOUTEILLES', 'des ateliers DE CUISINE'), folded: the word that says which thing it is.
_COMPLEMENT = re.compile(r"\s+(?:(?:en|de|a|au|aux)\s+|d')(?:(?:la|le|les)\s+|l')?([^\W\d_]{4,})\b")


def noun_complements(folded: str) -> list[str]:
    """The complements of a list question's determined nouns ('qui accepte les paiements en
    monnaie locale ?' -> 'monnaie'). Class: a topic the booklet never mentions named as the
    complement of a word it writes everywhere ('paiements', 'consigne', 'ateliers'): the
    noun alone is held, and the structures holding it were listed as if they answered. A
    complement of the structures themselves ('les structures de l'Aisne') is where they
    stand, the place refusal's, and is not read. A complement's own complement is read too
    ('la vente en vrac de bouteilles' -> 'vrac', 'bouteilles')."""
    out = []
    for match in DETERMINED_NOUN.finditer(folded):
        if not analyze(match.group(1)):
            continue  # 'les structures de …', 'les initiatives en …': no thing of their own
        end = match.end()
        # a complement's own ('la vente en vrac de bouteilles'): each names the thing too
        while (after := _COMPLEMENT.match(folded, end)) and analyze(after.group(1)):
            if _INFINITIVE_AFTER_A.match(after.group(0)) and _OBJECT_NEXT.match(
                folded, after.end()
            ):
                break  # 'aide des femmes à retrouver un emploi': what it helps them do
            out.append(after.group(1))
            end = after.end()
    return out


# A verb in the infinitive right after a bare 'à' ('aide les femmes À RETROUVER un emploi',
# 'forme des jeunes à réparer des vélos'), folded: what the noun is helped or
# made to do, phrased freely, no thing that says which one it is (class: list questions
# asking who helps someone do something, `noun_complements`).
_INFINITIVE_AFTER_A = re.compile(r"\s+a\s+[^\W\d_]{2,}(?:er|ir|re)$")
# ... with its object after it ('retrouver UN emploi', 'réparer DES vélos'): a verb, where a
# noun's complement takes an adjective ('des logements à loyer modéré')
_OBJECT_NEXT = re.compile(r"\s+(?:un|une|des|les|le|la|du|leurs?|son|sa|ses|l'|d')\b")


def held_nowhere(words: list[str], fiche_vocabs: dict[str, set[str]]) -> bool:
    """Whether no fiche holds any of these words, as typed or in other words: the booklet
    never mentions them, rather than stating them apart ('la monnaie locale', 'la consigne')."""
    return all(not _held_in_other_words(w, vocab) for w in words for vocab in fiche_vocabs.values())
