"""Whether a body named in a question is stated in the booklet as a whole.

Class served: a body, programme, label or brand the booklet never mentions, asked inside an
ordinary question ('Which initiatives are funded by the Fondation de France?', 'Does any shop
stock Biocoop products?', 'le Crédit Mutuel finance qui ?', 'the Orange Foundation'). Its
generic words ('fondation', 'France', 'crédit') are written all over the booklet, so a search
finds structures sharing one of them and lists them as if they answered. A name is one
thing: it is stated only when its own words stand together in one clause of the booklet
('Fondation Jérôme Gayet', 'Fonds Social Européen' for 'European Social Fund'), read through
their French (the glossary), accents folded, as written (never stemmed: 'Suez' is not
'suivi'); a word naming the kind of body ('fondation', 'réseau', 'foundation', 'network')
must stand before them on the same line, as French writes it ('les fondations Anber,
Legallais et Brageac' holds 'the Legallais foundation'; 'Appui de France Active … puis de
fondations' holds no 'Fondation de France').

Names are capitalised runs ('Caisse des Dépôts', 'AG2R La Mondiale', 'IKEA') and a kind word
with what follows it ('la fondation de france'). What is not asked about is left: an aside in
parentheses ('European money (ESF, ERDF…)'), the sentence's first capital ('Greenpeace works
with …' is read without it), two names typed side by side ('Flavour du Panier de la Mer',
'ACI Pas-de-Calais': each is stated), an acronym of a name the booklet writes ('APVO')."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from livret_qa.answering.yes_no import same_words
from livret_qa.glossary import EN_FR
from livret_qa.lexicon import (
    ACRONYMS_EN,
    BODY_KIND_WORDS,
    BODY_NAME_LINKS,
    ENGLISH_FUNCTION_WORDS,
    FRENCH_FUNCTION_WORDS,
    LEVEL_ADJECTIVE,
    NOT_BODY_WORDS,
    NOT_NAMES,
)
from livret_qa.text import fold

_TOKEN = re.compile(r"[^\W_]+")
_PIECE = re.compile(r"[^\W\d_]+|\d+")  # 'CAP3C' and 'CAP 3C' alike: cap, 3, c
_CLAUSE = re.compile(r"[.;!?]+(?:\s|$)")
KIND_LINKS = frozenset({"de", "des", "du", "d", "of"})  # from a kind word to its name
_ASIDE = re.compile(r"\([^)]*\)?")
_PLACED = re.compile(
    r"\b(?:in|near|around|outside|à|en|près d[e']|autour d[e'])\s+(?:the\s+)?$", re.IGNORECASE
)
HEAD_REACH = 10  # words between a kind word and the name it introduces, on one line
COGNATE = "~"  # marks a form read as a cognate
COGNATE_SHARE = 0.65  # of the shorter word, at least, for a cognate
SLACK = 2  # other words a name's own words may be spread over in one clause


@dataclass(frozen=True)
class Named:
    typed: str  # as the question types it
    own: tuple[str, ...]  # its own words ('Caisse', 'Dépôts')
    kind: str  # the kind word introducing it, in French ('fondation'), or ''
    first: bool  # it opens the sentence: its first capital may be the sentence's
    english: bool = False  # asked in English: an untranslated word may be a French cognate
    titled: bool = False  # one word after a capitalised article inside the question: 'Le Relais'


def _capital(word: str) -> bool:
    return word[0].isupper() or (any(c.isupper() for c in word) and any(c.isdigit() for c in word))


def _is_kind(word: str) -> bool:
    return fold(word) in BODY_KIND_WORDS


def _no_name(word: str) -> bool:
    """A capitalised word naming nothing: a question word, a function word typed in
    capitals ('NOT'), a month or language, a two-letter abbreviation ('IT', 'EU')."""
    folded = fold(word)
    return (
        word in NOT_NAMES
        or folded in ENGLISH_FUNCTION_WORDS
        or folded in FRENCH_FUNCTION_WORDS
        or folded in NOT_BODY_WORDS
        or (word.isupper() and len(word) == 2)
    )


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether two words are one stretch of text: no comma, parenthesis or stop between."""
    return not re.search(r"[^\s'’-]", text[left.end() : right.start()])


def _capital_run(text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, list[str]]:
    """The capitalised words from `i` on, with the small words inside a name ('Caisse des
    Dépôts', 'AG2R La Mondiale'): the end index and the name's own words."""
    own: list[str] = []
    j = i
    while j < len(tokens) and (j == i or _joined(text, tokens[j - 1], tokens[j])):
        word = tokens[j].group()
        if fold(word) in BODY_NAME_LINKS and own:
            k = j
            while k < len(tokens) and fold(tokens[k].group()) in BODY_NAME_LINKS:
                k += 1  # 'Panier de la Mer': the small words go on to a capital
            if k == len(tokens) or not _capital(tokens[k].group()):
                break
            j = k
        elif fold(word) in BODY_NAME_LINKS:
            break  # 'L'APVO': the article is no word of the name
        elif _capital(word) and not _no_name(word) and not _is_kind(word):
            own.append(word)
            j += 1
        else:
            break
    return j, own


_TAIL_WORDS = 3  # lowercase words a name may go on with before its kind word


def _lowercase_tail(
    text: str, tokens: list[re.Match[str]], j: int, own: list[str]
) -> tuple[int, list[str]]:
    """A name going on in lower case up to the kind word after it ('the Territoires zéro
    chômeur programme'): those words are the name's own too, else 'Territoires' alone would
    be read as the everyday word the booklet writes. Only when the kind word closes them."""
    if not own:
        return j, own
    k = j
    while (
        k < len(tokens)
        and k - j < _TAIL_WORDS
        and _joined(text, tokens[k - 1], tokens[k])
        and tokens[k].group().isalpha()
        and tokens[k].group().islower()
        and not _is_kind(tokens[k].group())
        and tokens[k].group() not in ENGLISH_FUNCTION_WORDS | FRENCH_FUNCTION_WORDS
        # an English word or a level ('the Cocagne national network', 'the X training
        # programme') qualifies the kind, it names nothing
        and tokens[k].group() not in EN_FR
        and not LEVEL_ADJECTIVE.match(tokens[k].group())
    ):
        k += 1
    if k == j or k >= len(tokens) or not _joined(text, tokens[k - 1], tokens[k]):
        return j, own
    if not _is_kind(tokens[k].group()):
        return j, own
    return k, own + [t.group() for t in tokens[j:k]]


def named_bodies(question: str) -> list[Named]:
    """The names a question asks about, asides in parentheses left out."""
    text = _ASIDE.sub(lambda m: " " * len(m.group()), question)
    tokens = list(_TOKEN.finditer(text))
    out: list[Named] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        before = text[: tokens[i].start()]
        first = not re.search(r"[^\W_]", before) or bool(re.search(r"[.!?:]\s*$", before))
        kind, begin = "", i
        if _is_kind(word):  # 'la fondation de france', 'le réseau Cocagne'
            kind, i = BODY_KIND_WORDS[fold(word)], i + 1
            links = 0
            # 'réseau des AMAP', 'Foundation of …'; not an article ('the network the garden
            # partners with' names no network 'the Garden')
            while i < len(tokens) and fold(tokens[i].group()) in KIND_LINKS:
                i, links = i + 1, links + 1
            if i >= len(tokens) or not _joined(text, tokens[i - 1], tokens[i]):
                continue
            if not _capital(tokens[i].group()):
                # lowercase: one word after 'de' ('la fondation de france'); a programme's is
                # its kind ('un programme de fidélité'), no name
                if links and tokens[i].group().isalpha() and kind != "programme":
                    typed = text[tokens[begin].start() : tokens[i].end()]
                    out.append(Named(typed, (tokens[i].group(),), kind, False))
                i += 1
                continue
        elif not _capital(word) or _no_name(word) or fold(word) in BODY_NAME_LINKS:
            i += 1
            continue
        elif len(word) == 1 and not (i + 1 < len(tokens) and _capital(tokens[i + 1].group())):
            i += 1  # 'I', 'A': a letter alone, unless it starts a name ('B Corp')
            continue
        j, own = _capital_run(text, tokens, i)
        j, own = _lowercase_tail(text, tokens, j, own)
        after = j < len(tokens) and own and _joined(text, tokens[j - 1], tokens[j])
        if after and _is_kind(tokens[j].group()):
            kind, j = BODY_KIND_WORDS[fold(tokens[j].group())], j + 1  # 'the Orange Foundation'
        if own and not (first and len(own) < 2 and not kind):  # 'Greenpeace works with …'
            typed = text[tokens[begin].start() : tokens[j - 1].end()]
            titled = not kind and len(own) == 1 and _after_titled_article(text, tokens, begin)
            if titled:  # 'Le Relais': the article is typed as part of the name
                typed = text[tokens[begin - 1].start() : tokens[j - 1].end()]
            out.append(Named(typed, tuple(own), kind, first and begin == i, titled=titled))
        i = max(j, i + 1)
    return out


def _after_titled_article(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the word at `i` follows an article typed with a capital inside the question
    ('passe par Le Relais', 'works with La Poste'): the article opens a name."""
    if i < 2 or not _joined(text, tokens[i - 1], tokens[i]):
        return False
    article = tokens[i - 1].group()
    before = text[: tokens[i - 1].start()]
    return article in ("Le", "La", "Les", "L") and not re.search(r"[.!?:]\s*$", before)


def _forms(word: str, english: bool) -> set[str]:
    """A word folded as written, and its French translations ('Fund' → 'fonds', 'ESF' →
    'FSE')."""
    folded = fold(word)
    if re.fullmatch(r"[A-Z]{2,}s", word):  # 'TVs', 'PCs': an acronym's plural is its acronym
        folded = folded[:-1]
    french = [*EN_FR.get(folded, ()), *same_words(folded), ACRONYMS_EN.get(folded, folded)]
    forms = {folded, *(fold(f) for f in french if " " not in f)}
    # no translation: its French cognate may be the booklet's ('Valleys', 'Producers')
    return forms if len(forms) > 1 or not english else {folded, COGNATE + folded}


def _cognate(word: str, written: str) -> bool:
    """An English word and its French cognate, sharing most of a long beginning ('valleys'
    « vallées », 'producers' « producteurs », 'territories' « territoires »)."""
    shared = next(
        (k for k, (a, b) in enumerate(zip(word, written, strict=False)) if a != b),
        min(len(word), len(written)),
    )
    return shared >= 5 and shared >= COGNATE_SHARE * min(len(word), len(written))


def _same(form: str, written: str) -> bool:
    """A name's word as the booklet writes it, give or take an ending ('fondations',
    'Dépôts' for 'dépôt'): as written, never stemmed ('Suez' is not 'suivi')."""
    if form.startswith(COGNATE):
        return _cognate(form[1:], written)
    if form == written:
        return True
    short, long = sorted((form, written), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2


@dataclass(frozen=True)
class _Booklet:
    lines: tuple[tuple[tuple[str, ...], ...], ...]  # each line's clauses' folded words
    capitals: frozenset[str]  # the words it writes capitalised, inside a sentence
    initials: frozenset[str]  # the initials of its capitalised names ('apvo')
    name_words: frozenset[str]  # capitalised words outside all-capital headings ('LIEN AVEC')


@lru_cache(maxsize=4)
def _read(booklet: str) -> _Booklet:
    lines = []
    for line in fold(booklet).split("\n"):
        clauses = []
        for clause in _CLAUSE.split(line):
            words = tuple(
                p for w in _TOKEN.findall(clause) if w not in BODY_NAME_LINKS for p in _pieces(w)
            )
            if words:
                clauses.append(words)
        lines.append(tuple(clauses))
    capitals: set[str] = set()
    initials: set[str] = set()
    name_words: set[str] = set()
    for line in booklet.split("\n"):
        for sentence in re.split(r"[.!?:;]\s|\*\*|^\s*[-#]+", line):
            tokens = list(_TOKEN.finditer(sentence))
            capitals.update(
                fold(t.group())
                for n, t in enumerate(tokens)
                if _capital(t.group()) and (n or not t.group().istitle())
            )
            name_words.update(
                fold(t.group())
                for n, t in enumerate(tokens)
                if _capital(t.group())
                and (n or not t.group().istitle())
                and not _in_heading(tokens, n)
            )
            i = 0
            while i < len(tokens):
                j, own = _capital_run(sentence, tokens, i)
                letters = "".join(fold(w)[0] for w in own)
                initials.update(
                    letters[a:b] for a in range(len(letters)) for b in range(a + 3, a + 7)
                )
                i = max(j, i + 1)
    return _Booklet(tuple(lines), frozenset(capitals), frozenset(initials), frozenset(name_words))


def _in_heading(tokens: list[re.Match[str]], n: int) -> bool:
    """Whether a word is one of a run of words in capitals, a heading ('LIEN AVEC LE
    TERRITOIRE'), not a name ('VESTALI a été créé')."""
    word = tokens[n].group()

    def upper(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].group().isupper() and len(tokens[k].group()) > 1

    return word.isupper() and (upper(n - 1) or upper(n + 1))


def _pieces(word: str) -> list[str]:
    return _PIECE.findall(word) or [word]


def _holds(forms: set[str], written: str) -> bool:
    return any(_same(f, written) for f in forms)


def _stated_whole(own: tuple[str, ...], kind: str, book: _Booklet, english: bool = False) -> bool:
    """Its own words in one clause, within a few words of each other (any order: 'Mining
    Basin' is « Bassin minier »), after its kind word on the same line when one introduces
    it."""
    # a one-word name is a brand or label ('Qualiopi'), no cognate of a French word it begins
    # like (« qualité »): only a name of several words is read through cognates
    english = english and len(own) > 1
    wanted = [_forms(p, english) if p == w else {fold(p)} for w in own for p in _pieces(w)]
    if not wanted:
        return True
    span = len(wanted) + SLACK
    for clauses in book.lines:
        line = [w for c in clauses for w in c]
        offset = 0
        for clause in clauses:
            for start in range(len(clause)):
                window = clause[start : start + span]
                if not any(_holds(f, window[0]) for f in wanted):
                    continue
                if not all(any(_holds(f, w) for w in window) for f in wanted):
                    continue
                ahead = line[max(0, offset + start - HEAD_REACH) : offset + start]
                if not kind or any(_same(kind, w) for w in ahead):
                    return True
            offset += len(clause)
    return False


def _side_by_side(own: tuple[str, ...], book: _Booklet) -> bool:
    """Names typed one after the other ('Flavour du Panier de la Mer', 'ACI Pas-de-Calais',
    'Bois de Deux Mains ESUS'): each stated, each holding a word the booklet capitalises."""
    if len(own) < 2:
        return False
    for cut in range(1, len(own)):
        left, right = own[:cut], own[cut:]
        named = any(fold(w) in book.capitals for w in left)
        if named and _stated_whole(left, "", book):
            if _stated_whole(right, "", book) and any(fold(w) in book.capitals for w in right):
                return True
            if _side_by_side(right, book):
                return True
    return False


def _one_off(word: str, written: str) -> bool:
    """One letter typed wrong, missing, extra or swapped ('Vestaly', 'Cocagnes')."""
    if abs(len(word) - len(written)) > 1 or word == written:
        return False
    if len(word) == len(written):
        diff = [k for k, (a, b) in enumerate(zip(word, written, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == written[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == written[diff[0]])
    short, long = sorted((word, written), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _as_written(own: tuple[str, ...], book: _Booklet) -> tuple[str, ...]:
    """The name with each misspelt word of five letters or more put as the booklet
    capitalises it ('Vestaly' → 'vestali'): a typo is no other body."""
    out = []
    for word in own:
        folded = fold(word)
        near = [c for c in book.capitals if len(folded) >= 5 and _one_off(folded, c)]
        out.append(near[0] if len(near) == 1 else word)
    return tuple(out)


def stated(name: Named, booklet: str) -> bool:
    """Whether the booklet states the name (see the module's docstring)."""
    book = _read(booklet)
    return _stated(name, book) or _stated(replace(name, own=_as_written(name.own, book)), book)


def _stated(name: Named, book: _Booklet) -> bool:
    own = name.own
    if name.titled and fold(own[0]) not in book.capitals:
        # Class: a body named by an everyday word under a capitalised article ('Le Relais',
        # 'La Ruche'): the booklet writing the word only in lower case ('sert de relais')
        # does not state that body
        return False
    if _stated_whole(own, name.kind, book, name.english) or _initials_of_a_name(own, book):
        return True
    # 'Compare APVO and …', 'Au Panier de la Mer, …'; 'l'IBAN du Jardin de Cocagne': an
    # acronym asked of a body it states is the fiche's to state or not
    rest = own[1:] if name.first or own[0].isupper() else ()
    if name.first and not own[0].isupper() and not _a_name_written(rest, book):
        # 'Terre de Liens, ils apparaissent ?': an opening word joined to words the booklet
        # never capitalises is the name's own, no verb before a name ('Parle de VESTALI')
        rest = ()
    whole = _stated_whole(rest, name.kind, book, name.english) if rest else False
    if rest and (whole or _initials_of_a_name(rest, book)):
        return True
    return not name.kind and _side_by_side(own, book)


def _a_name_written(words: tuple[str, ...], book: _Booklet) -> bool:
    """Whether one of these words is written capitalised in the booklet's sentences, outside
    its headings in capitals, as typed ('Tisse un Lien' holds no 'Liens'): a name of its
    own, not an everyday word; or the initials of one ('APVO')."""
    return any(fold(w) in book.name_words for w in words) or _initials_of_a_name(words, book)


def _initials_of_a_name(own: tuple[str, ...], book: _Booklet) -> bool:
    """'APVO': the initials of a name the booklet writes (« Association des Producteurs des
    Vallées de l'Oise »), as people shorten it."""
    return len(own) == 1 and own[0].isupper() and fold(own[0]) in book.initials


def unstated_names(question: str, booklet: str, lang: str = "fr") -> list[str]:
    """The names a question asks about that the booklet never states as a whole; a place
    asked ('a project in Normandy', 'près de Rouen') is the place refusal's."""
    out = []
    for name in named_bodies(question):
        at = question.find(name.typed)
        if not name.kind and _PLACED.search(question[: max(at, 0)]):
            continue
        if not stated(replace(name, english=lang == "en"), booklet):
            out.append(name.typed)
    return out
