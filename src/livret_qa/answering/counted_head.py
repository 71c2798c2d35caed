"""The things a count asks, by their head nouns, held by the figure that answers it.

Class served: a near-miss unanswerable count ('How many fruit trees are there in the
orchard?', 'How many e-bikes and scooters has it refurbished so far?') answered with the
fiche's figure of a neighbouring thing ('60 tonnes de légumes et fruits', '1500 ordinateurs
reconditionnés'): the qualifier ('fruit') or the act ('refurbished') matched, the thing
counted did not. A French count is headed by the noun after its 'de' ('combien de stagiaires
formés'), read with the glossary's synonyms; an English noun phrase after 'how many' is
headed by its last noun ('fruit trees': trees), each conjunct by its own ('e-bikes and
scooters'); a figure whose clause holds none of those heads (in the glossary's French words)
counts something else: the fiche does not give the count asked, and that figure is the
nearest fact. Likewise a count of people asked for what is done to them ('how many people do
they feed?', 'combien de personnes nourries ?'), the figure counting people for another act
('personnes … clientes de la prestation traiteur'): the acts are the lexicon's
`COUNTED_PEOPLE_ACTS`.

Left alone: heads the glossary does not translate (nothing to look for), generic counted
nouns and units ('people', 'tonnes of …': other checks read them), and heads the clause
holds. Pure over the question part and the sentences the filler gives."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering import yes_no
from livret_qa.answering.counted_complement import mentioned_uncounted
from livret_qa.answering.plan import PlanPart
from livret_qa.answering.slots import Filled, Found, Missing, SlotFiller
from livret_qa.answering.topic_words import Glossed, glossed_words
from livret_qa.text import fold

# 'how many fruit trees are there', 'how many e-bikes and scooters has it …': the noun phrase
# counted, up to the first word that is no part of it (a verb, a pronoun, a preposition).
_COUNTED = re.compile(r"\bhow many\s+((?:[a-z][a-z'-]*\s*){1,6})")
_ENDS_PHRASE = frozenset(
    """
    are is was were be been do does did done have has had will would can could should may
    might there they it he she we you i of in at for on per by from to with this that these
    those the a an each every so far now currently today still already altogether overall
    in total
    """.split()
)
_JOINS = frozenset({"and", "or", "&"})
# a figure in digits: 'multiplier par dix le nombre d'arbres' counts no trees
_DIGITS = re.compile(r"\d")


def counted_phrases(text: str) -> list[str]:
    """The noun phrases an English question counts, one per conjunct ('fruit trees' of 'how
    many fruit trees are there'; 'e-bikes', 'scooters' of 'how many e-bikes and scooters has
    …'); [] when it counts no noun phrase."""
    match = _COUNTED.search(fold(text))
    if match is None:
        return []
    phrases: list[list[str]] = [[]]
    for word in match.group(1).split():
        if word in _ENDS_PHRASE:
            break
        if word in _JOINS:
            phrases.append([])
        else:
            phrases[-1].append(word)
    return [" ".join(p) for p in phrases if p]


def counted_heads(text: str) -> list[str]:
    """The head nouns of what an English question counts: each phrase's last word ('trees'
    of 'how many fruit trees are there')."""
    return [p.split()[-1] for p in counted_phrases(text)]


# 'combien de stagiaires', "combien d'arbres fruitiers": a French count is headed by the
# noun right after its 'de' (its complements and adjectives follow it)
_COUNTED_FR = re.compile(r"\bcombien (?:de |d')([a-z][a-z-]{2,})\b")


def french_counted_heads(text: str) -> list[str]:
    """The head noun of what a French question counts ('stagiaires' of 'combien de
    stagiaires formés …'); [] when it counts no noun."""
    return _COUNTED_FR.findall(fold(text))[:1]


def _plain_heads(heads: list[str]) -> list[str]:
    """The heads naming a thing of their own: no unit, generic noun or pointer ('people',
    'tonnes', 'ones')."""
    excluded = lx.STOPWORDS | lx.GENERIC_COUNTED | lx.UNIT_COUNTED | lx.COUNT_POINTERS
    return [h for h in heads if h not in excluded and h.rstrip("s") not in excluded]


def _glossed_phrases(phrases: list[str]) -> list[Glossed]:
    """Each phrase's head as the glossary reads it, within its compound when the glossary
    has one ('veg boxes': « panier »; 'fruit trees': trees, « arbre »). A head left
    untranslated has nothing to judge it by: the others are judged."""
    out = []
    for phrase in phrases:
        head = phrase.split()[-1]
        if not _plain_heads([head]):
            continue  # a unit, people, a pointer: other checks read them
        glossed = [g for g in glossed_words(phrase) if g.thing and fold(g.word).endswith(head)]
        out += glossed[:1]
    return out


def unheld_count(text: str, lang: str, clause: str) -> list[str]:
    """The heads of what a question part counts, when the figure's clause holds none of them
    ('trees' asked, '60 tonnes de légumes et fruits' stated); [] when it holds one, or when
    the count asks no thing the glossary knows."""
    glossed = _asked_things(text, lang)
    if not glossed or holds_asked(glossed, clause):
        return []
    return [g.word for g in glossed]


def _asked_things(text: str, lang: str) -> list[Glossed]:
    """The heads of what a question part counts, read as the glossary reads them."""
    if lang == "fr":
        heads = _plain_heads(french_counted_heads(text))
        return [g for h in heads for g in yes_no.predicate(f"des {h}", "fr").things[:1]]
    return _glossed_phrases(counted_phrases(text))


def holds_asked(glossed: list[Glossed], clause: str) -> bool:
    """Whether a clause holds one of the things counted."""
    return bool(yes_no.held_in(yes_no.Predicate(tuple(glossed), (), ()), clause))


# 'how many people', 'combien de personnes', 'combien de gens' counted
_PEOPLE_COUNTED = re.compile(
    r"\b(?:how many (?:people|persons|individuals)|"
    r"combien (?:de |d')(?:personnes|gens|individus))\b"
)


def people_act_unstated(text: str, clause: str) -> str:
    """The act a count of people asks done to them ('fed' of 'how many people do they feed
    each year?', 'combien de personnes nourries ?') that the figure's clause does not state,
    else ''."""
    asked, stated = fold(text), fold(clause)
    if not _PEOPLE_COUNTED.search(asked):
        return ""
    for act, (ask_rx, state_rx, _, _) in lx.COUNTED_PEOPLE_ACTS.items():
        if ask_rx.search(asked) and not state_rx.search(stated):
            return act
    return ""


def bound(filler: SlotFiller, part: PlanPart, filled: Filled, lang: str) -> Filled:
    """A figure found for a count whose things its sentence never names: the fiche's closest
    sentence holding a number and one of those things answers ('250 paniers classiques
    hebdomadaires' for 'veg boxes'); none does, the fiche does not give that count ('gives
    no fruit trees'), the figure found is the nearest fact."""
    if part.intent != "figure" or part.yes_no or not isinstance(filled, Found):
        return filled
    if part.attribute:  # a measure the lexicon reads ('shops': the sites), its own figure
        return filled
    clause = f"{filled.value} {filled.citation.quote}"
    act = people_act_unstated(part.text, clause)
    if act:  # people counted for another act ('clientes de la prestation traiteur')
        _, _, fr, en = lx.COUNTED_PEOPLE_ACTS[act]
        return Missing(filled.fiche_id, "attribute", filled, "noun:" + (en if lang == "en" else fr))
    unheld = unheld_count(part.text, lang, clause)
    asked = _asked_things(part.text, lang)
    if (
        not unheld
        and asked
        and _noun_phrase(part.text, lang)
        and mentioned_uncounted(asked, clause)
    ):
        # named, not counted ('40 têtes de lit pour hôtel' for 'how many hotels?'): its
        # number counts another thing (counted_complement.py)
        unheld = [g.word for g in asked]
    if not unheld:
        return filled
    ev = filler.best_sentence(
        filled.fiche_id,
        lambda t: (
            bool(_DIGITS.search(t)) and holds_asked(asked, t) and not mentioned_uncounted(asked, t)
        ),
    )
    if ev is not None:
        return filler.found(ev)
    return Missing(filled.fiche_id, "attribute", filled, "noun:" + joined(unheld, lang))


def _noun_phrase(text: str, lang: str) -> bool:
    """Whether what a part counts is one plain noun phrase ('hotels', 'fruit trees', French
    'combien de <noun>'), not a unit with its complement ('kilometres around its garden': the
    garden is what the kilometres are around, no thing counted)."""
    return lang == "fr" or all(len(p.split()) <= 2 for p in counted_phrases(text))


def joined(words: list[str], lang: str) -> str:
    """'e-bikes and scooters', 'trees'."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {'and' if lang == 'en' else 'et'} {words[-1]}"
