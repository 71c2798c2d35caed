"""The start date of a thing of a structure, not of the structure itself.

Class: a near miss — a start date asked of one thing a structure has or does ('le site
internet de VESTALI c'est depuis quand ?', 'depuis quand les Copains louent des vélos ?',
'since when has it had its Facebook page?') answered with the structure's own creation
('VESTALI a été créé en 1997'). The creation sentence dates the structure; it dates the thing
only when it names it. A sentence naming the thing with a year answers; none: the fiche does
not date it, the creation being the nearest fact.

The things are the nouns the question determines ('le site', 'des vélos') and the English
things of the glossary, less the structure's own names and the words naming a structure
('l'association', 'the charity'), which ask the creation itself. Pure functions over text.
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.priced_thing import asked_things
from livret_qa.answering.topic_words import Glossed
from livret_qa.glossary import EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

_YEAR = re.compile(r"\b(19|20)\d\d\b")
# words a question names the structure by: its creation is asked ('l'asso existe depuis quand')
# a unit of time or the structure's birth itself ("combien d'années d'existence ?"): its age or
# its creation is asked, no thing of it
_CREATION = next(e for e in lx.EVENTS if e.name == "creation")
_TIME_OR_BIRTH = re.compile(
    rf"(temps|mois|annees?|ans|jours|semaines|heures|saisons?|years?|months?|weeks?|days?|"
    rf"seasons?|ages?|old)|"
    rf"(\w*({_CREATION.asked})\w*)"
)
# Class: the year a structure took on a status or joined something ('When did it become a
# training centre?', 'en quelle année est-elle devenue organisme de formation ?', 'depuis
# quand ont-ils rejoint X ?'): what follows the verb is the thing dated, whatever its words.
_BECOME = re.compile(
    r"\b(?:devenu\w*|devien\w*|deven\w*|become|became|becoming|turned into|turn into|"
    r"transforme\w* en|rejoint|rejoindre|joined|join|adhere\w* a)\s+(?P<thing>[^?.!,;]+)"
)
# Words saying of what kind a thing is ('du genre', 'de ce type', 'of that kind'): no thing.
_KIND_WORDS = frozenset("genre sorte type types kind kinds sort".split())
_STRUCTURE_WORD = re.compile(rf"({lx._COLLECTIVE_NOUNS}|assos?|asbl|charity|charities|club)")


def things_dated(question: str, fiche_name: str) -> list[Glossed]:
    """The things a start date is asked of, other than the structure: 'le site internet de
    vestali c'est depuis quand ?' -> 'site', 'internet'; 'quand VESTALI a-t-elle été créée ?'
    -> none."""
    words = re.findall(r"[^\W\d_]+", question)
    if any(_STRUCTURE_WORD.fullmatch(fold(w)) for w in words):
        return []  # 'when was the toy association set up?': the structure, described
    typed = {fold(w): w for w in words}
    idiom = _idiom_words(question)
    # a thing is a common noun: a name or an acronym ('le FSE', "Villeneuve d'Ascq") is a
    # body or a place, dated otherwise
    return [
        g
        for g in asked_things(question, fiche_name)
        if typed.get(fold(g.word), g.word).islower()
        and not g.word.isdigit()
        and not _TIME_OR_BIRTH.fullmatch(fold(g.word))
        # ('le premier programme du genre': 'genre' says of what kind, no thing dated)
        and fold(g.word) not in _KIND_WORDS
        and fold(g.word) not in idiom
    ]


# an event said in several words ('vu le jour', 'see the light of day', 'came into being'):
# its words say the event, none of them is a thing dated
_EVENT_ASKED = [lx.compiled(e.asked) for e in lx.EVENTS]


def _idiom_words(question: str) -> set[str]:
    """The words of an event phrase of two words or more in the question (class: a creation
    or a start asked by an idiom, 'VESTALI a vu le jour quand ?', refused as 'jour' undated)."""
    folded = fold(question)
    words: set[str] = set()
    for pattern in _EVENT_ASKED:
        for match in pattern.finditer(folded):
            said = re.findall(r"[^\W\d_]+", match.group(0))
            if len(said) > 1:
                words |= set(said)
    return words


# Words for one place of a structure: a shop asked ('la boutique d'Hirson') is the site the
# booklet names in that town ('un deuxième site voit le jour … à Hirson'). Stems.
_SITE_WORDS = frozenset(
    analyze("boutique boutiques magasin magasins site sites local locaux antenne antennes épicerie")
) | frozenset(analyze("shop shops store stores branch branches"))


def names_all(sentence: str, things: list[Glossed]) -> bool:
    """Whether a sentence names every thing asked ('le site internet': 'site' and 'internet';
    'via internet' alone names no website). A word for a site is named by any other ('la
    boutique d'Hirson' by « un deuxième site … à Hirson ») when another thing asked (its town)
    is named too."""
    vocab = set(analyze(sentence))
    words = {fold(g.word) for g in things}

    def named(w: str) -> bool:
        return any(g.held_by(vocab) for g in things if fold(g.word) == w)

    sited = bool(vocab & _SITE_WORDS) and len(words) > 1
    return all(
        named(w)
        or (sited and set(analyze(w)) <= _SITE_WORDS and any(named(o) for o in words - {w}))
        for w in words
    )


# Where one clause of a sentence may end and another start: a year inside one dates that one.
_CLAUSE_JOINT = re.compile(r"[,;:()]|\s(?:et|puis|ou|mais|and|then|or|but)(?=\s)")
# a joint before one of these goes on listing things ('le démantèlement, le reconditionnement
# et le réemploi des ordinateurs'), it opens no clause
_LISTING = frozenset(
    "le la les l un une des du de d son sa ses leur leurs ce cet cette ces the a an its their "
    "this these those".split()
)
# a year opening the sentence ('En 2020, …', 'Depuis 2019, …', 'In 2021, …') dates it whole
_OPENING_YEAR = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,3}(?:19|20)\d\d\b")


def _clauses(sentence: str) -> list[str]:
    """The sentence cut where a clause opens: at a semicolon, or at a comma or a conjunction
    not followed by an article (which goes on listing)."""
    out, start = [], 0
    for m in _CLAUSE_JOINT.finditer(sentence):
        after = re.match(r"\s*([^\W\d_]+)", sentence[m.end() :])
        if m.group(0) != ";" and after and fold(after.group(1)) in _LISTING:
            continue
        out.append(sentence[start : m.start()])
        start = m.end()
    return [*out, sentence[start:]]


def dates_thing(sentence: str, things: list[Glossed]) -> bool:
    """Whether a sentence names the things asked with a year bound to them: the year opens
    the sentence, or stands in the clause naming them. Class: a year of another clause ('…
    à partir de tissus recyclés et organisent les ventes … depuis début 2021 via internet')
    dates no recycling."""
    if not (_YEAR.search(sentence) and names_all(sentence, things)):
        return False
    if _OPENING_YEAR.search(sentence):
        return True
    return any(_YEAR.search(clause) and names_all(clause, things) for clause in _clauses(sentence))


def things_become(question: str, fiche_name: str) -> list[Glossed]:
    """The things a structure is asked to have become or joined ('When did Synapse 3i become
    a training centre?' -> 'training' (formation), 'centre'), less its own names; none when
    the question has no such verb or names only the structure ('devenue Synapse 3i')."""
    m = _BECOME.search(fold(question))
    if m is None:
        return []
    name = set(analyze(fiche_name))
    english = m.group(0).startswith(("bec", "turn", "join"))  # French words are not glossed
    out: list[Glossed] = []
    for word in re.findall(r"[^\W\d_]{3,}", m.group("thing")):
        french = EN_FR.get(word, ()) if english else ()
        stems = frozenset(analyze(" ".join((word, *french))))
        if stems and not stems & name and all(g.stems != stems for g in out):
            out.append(Glossed(word, word, tuple(french), stems, True))
    return out


def dated_by_its_paragraph(source: str, dated: tuple[int, int], told: tuple[int, int]) -> bool:
    """Class: a thing the structure does, told undated in the paragraph a dated sentence
    opens ('Dès sa création en 2002, l'association … met en œuvre des partenariats … il
    récupère leurs invendus de poissons', 'VESTALI a été créé en 1997 … En son sein, elles
    trient et recyclent des textiles'): asked since when ('depuis quand ils récupèrent le
    poisson ?', 'since when do they recycle textiles?'), it is done since that date. Whether
    the sentence at `told` (character offsets in `source`) follows the one at `dated` in the
    same paragraph (no line break between them), with no year between them nor of its own."""
    start, end = dated
    if told[0] < end or start >= told[0]:
        return False
    between = source[end : told[1]]
    return "\n" not in source[end : told[0]] and not _YEAR.search(between)
