"""Class: a near miss asking the name of a thing or a person the fiche mentions without
naming it ('comment s'appelle la tapissière ?', "what's the name of the retailer the wipes
were made for?", 'le bar-tabac de Carlepont, il s'appelle comment ?', "what's the
ambassador's name?").

The sentence found is about that thing but only mentions it, after an indefinite article and
with no name next to it ('une tapissière ayant commencé …', '… livrer à une enseigne 40 000
lingettes'). Quoting it answers what the booklet does not say: the answer says the fiche
mentions it without naming it, that sentence being the nearest fact.

Refused on positive evidence only: the noun asked (as typed, or its French words from the
glossary) stands in the sentence after 'un', 'une', 'a' with no name right after it, and no
sentence of the fiche writes it with one ('la SCIC CAP3C', 'un projet européen intitulé
« Flavour »', 'leur logiciel GDR'). A noun the sentence does not write decides nothing.
A party asked by 'which' with any verb ('Quel prestataire fabrique la soupe … ?',
'Which retail chain received the wipes?': lexicon WHICH_PARTY_ASKED) asks its name too; 'de
nombreuses enseignes' mentions them unnamed as 'une enseigne' does. Pure
functions over text; `compose._thing_unnamed` applies them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from livret_qa import lexicon as lx
from livret_qa.answering.yes_no import same_words
from livret_qa.glossary import ECONOMY, EN_FR, THINGS
from livret_qa.text import fold

_NOUN = r"(?P<noun>[a-z][a-z-]{2,})"
_DET_FR = r"(?:le |la |l.|les |leur |leurs |son |sa |ses |ce |cet |cette |ces )"
_DET_EN = r"(?:the |their |its |this |that |those |these )"


def name_asked(question: str) -> str | None:
    """The noun whose name the question asks ('comment s'appelle la tapissière ?':
    'tapissiere'; "what's the ambassador's name?": 'ambassador'), folded; None when it asks
    no name (lexicon NAME_ASKED)."""
    match = lx.NAME_ASKED.search(fold(question)) or lx.WHICH_PARTY_ASKED.search(fold(question))
    if match is None:
        return None
    noun = next((g for g in match.groups() if g), None)
    if noun is None or noun in lx.NAME_ASKED_NOT_THINGS:
        return None
    return noun


def which_noun(question: str) -> str | None:
    """Class: a thing of a kind asked by 'which/what/quel + NOUN' of one structure ('Which
    bank does VESTALI work with?', 'quelle monnaie locale acceptent …', 'leur assureur, c'est
    lequel ?'), any noun the glossary reads as a kind of body, object or scheme (its things
    and economy words, in English or French): the noun heading the which-phrase, folded.
    None when none, when it is a verb, a question word or an attribute the planner reads
    (lexicon WHICH_NOT_THINGS), or a word the glossary does not read ('quelle race', 'quelle
    distance', 'quelle autorisation': a property, which a fiche answers in other words). Of
    two words, English reads the last first ('local currency'), French the first ('monnaie
    locale'; 'cabinet comptable': the second, 'cabinet' being no kind it reads)."""
    match = lx.WHICH_THING_ASKED.search(fold(question))
    if match is None:
        return None
    if match.group("en1"):
        words, kinds = (match.group("en2"), match.group("en1")), _EN_KINDS
    else:
        words, kinds = (match.group("fr") or match.group("one"), match.group("fr2")), _FR_KINDS
    for noun in words:
        if noun and (noun in kinds or _singular(noun) in kinds) and not _not_a_thing(noun):
            return noun
    return None


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith(("s", "x")) and len(noun) > 3 else noun


# kinds of bodies, objects and schemes the glossary reads, in English and in French
_EN_KINDS = frozenset({*THINGS, *ECONOMY})
_FR_KINDS = frozenset(
    fold(w) for words in (*THINGS.values(), *ECONOMY.values()) for w in words if " " not in w
)


def _not_a_thing(noun: str) -> bool:
    return noun in lx.WHICH_NOT_THINGS or _singular(noun) in lx.WHICH_NOT_THINGS


def noun_stems(noun: str, glossed: bool = True, strict: bool = False) -> list[str]:
    """The stems a sentence writes the noun asked with: the noun itself and its French words
    from the glossary ('upholsterer': 'tapissier', 'tapisserie'), each cut of its ending so
    that 'tapissier' holds 'tapissière' and 'enseigne' holds 'enseignes'. A French noun is
    not glossed (`glossed` False: 'cabinet' is no English 'cabinet', a piece of furniture).
    `strict`: each word cut of its inflection only ('assureur' holds 'assureurs', not the
    verb 'assurent'), for a kind of thing asked by 'which' (`which_noun`)."""
    words = {noun, *(fold(w) for w in EN_FR.get(noun, ()) if " " not in w and glossed)}
    # the same thing in other French words ('la rando' where a fiche writes 'des ballades'):
    # the fiche naming it so does mention it (class: a thing's name asked in everyday words)
    words |= {w for w in same_words(noun) if " " not in w and len(w) >= 4}
    if noun.endswith("s") and glossed:
        words |= {fold(w) for w in EN_FR.get(noun[:-1], ()) if " " not in w}
    if strict:
        # ('loi' of 'law' stays: three letters)
        return sorted({re.sub(r"(?:es|e|s|x)$", "", w) if len(w) > 4 else w for w in words})
    return sorted({_stem(w) for w in words if len(w) >= 3})


def _stem(word: str) -> str:
    # six letters at least: 'commerce' cut to 'comme' would find the word 'comme' everywhere
    return word if len(word) <= 6 else word[: max(6, len(word) - 3)]


# what names a thing right after it: a capitalised word or an acronym, a quoted title, or a
# verb of naming ('intitulé', 'appelé', 'named')
# (past a colon, an article or a pronoun opens a label's text, no name: '**Processus de
# Production** : Les deux boutiques …' names no production 'Les'; 'Partenaire : INFORMA' does)
_NAMING = re.compile(
    r"^(?!\W*:\s*(?:Les|Le|La|L['’]|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|"
    r"Il|Elle|Ils|Elles|En|Dans|Pour|Avec|The|A|An|It|They)\b)"
    r"\W{0,3}(?:[A-ZÀ-Ý«\"“]|(?:intitul|nomm|appel|d[ée]nomm|baptis|called|named)\w*)"
)
# ('de nombreuses enseignes', 'plusieurs prestataires': many, none named, as 'une enseigne')
_INDEFINITE = re.compile(
    r"(?:\b(?:un|une|d.un|d.une|a|an|one|de nombreu(?:x|ses)|plusieurs|many|several)\s+)"
    r"(?:[a-z-]+\s+)?$"
)


def _folded_in_place(text: str) -> str:
    """`text` folded one character for one, so that a match in it points into `text`."""
    return "".join((fold(c) or c)[:1] for c in text)


def mentions_unnamed(sentence: str, stems: Iterable[str]) -> bool | None:
    """Whether `sentence` mentions the thing asked only without naming it: True when it
    writes it after an indefinite article and no mention of it has a name right after it
    (within two words); False otherwise; None when it does not write it."""
    found, named, indefinite = _mentions(sentence, stems)
    if not found:
        return None
    return indefinite and not named


def holds_a_name(sentence: str, question: str) -> bool:
    """Whether `sentence` writes a name the question does not already hold: a capitalised
    word past the sentence's first, an acronym or a quoted title. A name asked is answered
    only by a quote holding one ('un bar-tabac local situé à Carlepont' names the town the
    question gave, not the shop asked)."""
    known = set(re.findall(r"[a-z0-9]+", fold(question)))
    if re.search(r"[«\"“][^»\"”]{2,}[»\"”]", sentence):
        return True
    words = re.findall(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*", sentence.lstrip(' «"*-')[1:])
    return any(not set(re.findall(r"[a-z0-9]+", fold(w))) <= known | lx.STOPWORDS for w in words)


def writes_any(sentences: Iterable[str], stems: list[str]) -> bool:
    """Whether a sentence of the fiche writes the thing asked at all, named or not."""
    return any(_mentions(s, stems)[0] for s in sentences)


def names_it(sentence: str, stems: list[str]) -> bool:
    """Whether `sentence` writes the thing asked with a name right after it: then the fiche
    does name it, and a sentence found that does not is no evidence that it does not."""
    return _mentions(sentence, stems)[1]


def _mentions(sentence: str, stems: Iterable[str]) -> tuple[bool, bool, bool]:
    """Whether `sentence` writes the thing asked; whether with a name right after a mention;
    whether after an indefinite article."""
    found = named = indefinite = False
    folded = _folded_in_place(sentence)
    for stem in stems:
        for match in re.finditer(rf"\b{re.escape(stem)}[a-z-]*", folded):
            found = True
            after = sentence[match.end() :]
            # the noun then up to two lowercase words before a name ('un projet européen
            # intitulé « Flavour »')
            words = re.match(r"((?:\s+[a-zà-ÿ'-]+){0,2})", after)
            tail = after[words.end() :] if words else after
            if _NAMING.match(after.lstrip(" ,")) or _NAMING.match(tail.lstrip(" ,")):
                named = True
            if _INDEFINITE.search(folded[: match.start()]):
                indefinite = True
    return found, named, indefinite
