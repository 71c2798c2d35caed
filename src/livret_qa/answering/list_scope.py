"""What a list question asks, read from its own words, beyond what the search ranks: a place
alone ('Les structures dans l'Oise, c'est lesquelles ?'), a theme alone ('Which re-use
structures are in the Pas-de-Calais?'), or names the booklet holds ('financées par la DREETS',
'members of the COORACE network'). Each is a constraint a structure's fiche states or not, so
the list holds exactly the structures that state it, whatever their sentences' cosines.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from livret_qa import facet_words as fw
from livret_qa import lexicon as lx
from livret_qa.answering import body_list, booklet_part, distributed_name, topic_words
from livret_qa.answering.kind_stated import states_kind
from livret_qa.answering.partial_name import partial_name_holders
from livret_qa.answering.similarity import facets_for
from livret_qa.answering.theme_values import theme_holders
from livret_qa.answering.typed_names import typed_names
from livret_qa.facts.facets import FacetEvidence, Match, folded_with_offsets, match_words
from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche, SectionKind
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.place_bodies import PlaceBody, place_bodies
from livret_qa.retrieval.places import without_former_regions
from livret_qa.text import fold

MIN_SQUEEZED = 5  # a name this long is found with its spaces and hyphens aside ('Eco-mobilier')
_CAPITAL = r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]*"
# Capitalised words joined by spaces or a connector ('Fondation de France', 'Crédit Agricole'),
# an elided one too ('Comité Communal d'Action Sociale').
_NAME_RUN = re.compile(
    rf"{_CAPITAL}(?:\s+(?:(?:de|du|des|de la|d'|of|the|for)\s+|(?:de l|d|l)['’])?{_CAPITAL})*"
)


@dataclass(frozen=True)
class AskedName:
    """A name a question writes (an acronym, a capitalised name inside the sentence, or a
    sector acronym's spelt-out form) and the fiches whose text names it."""

    text: str
    holders: frozenset[str]
    body: PlaceBody | None = None  # a public body named after a place, written many ways
    # its other forms the booklet gives ('MEL' for 'Métropole Européenne de Lille (MEL)')
    forms: tuple[str, ...] = ()


def plain(text: str) -> str:
    """Folded words only, apostrophes and hyphens as spaces ('d accompagnement' as typed)."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def topic_residue(query: str, places: list[str]) -> set[str]:
    """The analyzed words of a list question that say what the structures do: without the
    places named, the words that only say where, and those that only ask which ones."""
    folded = fold(query)
    area = area_asked(query, places)  # 'dans la Métropole Européenne de Lille': where too
    if area is not None:
        folded = re.sub(rf"(?<![\w-])(?:{area})(?![\w])", " ", folded)
        folded = lx.NEAR_WORDS.sub(" ", folded)  # 'près de', 'around'

    for name in [*places, *DEPARTEMENTS.values()]:
        folded = re.sub(rf"\b{re.escape(fold(name))}\b", " ", folded)
    folded = without_former_regions(folded)
    folded = lx.STRUCTURES_AS_CHARITIES.sub(" ", folded)  # 'which charities …': structures
    no_topic = _no_topic_words()
    return {t for t in analyze(folded) if not t.isdigit() and t not in no_topic}


@lru_cache(maxsize=1)
def _no_topic_words() -> frozenset[str]:
    """The lexicon's words that say where or ask which ones, as written and as analyzed, and
    the courtesy a message closes with ('… please', 'svp'): it asks for no topic."""
    words = lx.LOCATED_WORDS | lx.LIST_ONLY_WORDS | lx.GREETINGS
    return frozenset(words | {t for w in words for t in analyze(w)})


def theme_named(question: str) -> str:
    """The one booklet theme a question names by its name ('re-use', 'alimentation durable'),
    or '': a topic inside a theme ('les paniers') names none."""
    folded = fold(question)
    hits = [theme for theme, pattern in lx.THEME_NAMES.items() if pattern.search(folded)]
    return hits[0] if len(hits) == 1 else ""


def theme_alone(query: str, places: list[str]) -> str:
    """The booklet theme a list question asks for and nothing else ('les structures du
    réemploi dans le Nord', 'which initiatives are about sustainable food?'), or ''."""
    theme = theme_named(query)
    if not theme:
        return ""
    rest = lx.THEME_NAMES[theme].sub(" ", fold(query))
    rest = booklet_part.without_part_words(rest)  # 'la partie … du livret': where it is filed
    return theme if not topic_residue(rest, places) else ""


# A second list asked in the same question ('qui a un atelier d'ébénisterie et qui a un atelier
# couture ?', 'which sell food, and which repair bikes?'), folded.
_SECOND_LIST = re.compile(
    r"(?:\bet|\band|,)\s+(?:qui|who|which|lesquel(?:le)?s?|laquelle|lequel|quel(?:le)?s?)\b"
)


def asks_two_lists(question: str) -> bool:
    """Whether a question asks a second list after the first: what each asks is held apart,
    a structure of one list need not hold what the other asks."""
    return bool(_SECOND_LIST.search(fold(question)))


_EITHER = re.compile(r"\b(?:ou|or|ou bien|either)\b")


def themes_alone(query: str, places: list[str]) -> list[str]:
    """The booklet themes a list question offers as alternatives and asks nothing else of
    ('Quelles structures font du réemploi ou de l'alimentation dans l'Aisne ?', 'which ones
    do re-use or sustainable food?'): each of several themes named, joined by 'ou' / 'or',
    the rest no topic; empty otherwise. Class: a list of several things of the booklet asked
    as either, where one theme alone (`theme_alone`) read none and the search kept one."""
    folded = fold(query)
    named = [theme for theme, pattern in lx.THEME_NAMES.items() if pattern.search(folded)]
    if len(named) < 2 or not _EITHER.search(folded):
        return []
    rest = folded
    for theme in named:
        rest = lx.THEME_NAMES[theme].sub(" ", rest)
    rest = booklet_part.without_part_words(rest)
    return [] if topic_residue(rest, places) else named


def fiche_text(engine: Engine, fiche: Fiche) -> str:
    return fold(engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])


@dataclass(frozen=True)
class FicheTexts:
    """Every fiche's text folded, and squeezed (letters and digits only): what names are
    looked for in. Made once per engine, not per question: folding every fiche was most of a
    list question's time, and grows with the booklets loaded."""

    folded: dict[str, str]
    squeezed: dict[str, str]
    plain: dict[str, str]  # folded words only, hyphens and apostrophes as spaces (`plain`)
    initials: dict[str, list[str]]  # of each run of capitalised words (`initials_runs`)
    acronyms: frozenset[str]  # words the booklet writes in capitals, never in lowercase
    aliases: dict[str, tuple[str, ...]]  # a name's other forms (`booklet_aliases`), squeezed
    compounds: frozenset[str]  # capitalised words, hyphens aside (`booklet_compounds`)
    raw: dict[str, str]  # each fiche's text as written: acronyms in their capitals


_TEXTS: weakref.WeakKeyDictionary[Engine, FicheTexts] = weakref.WeakKeyDictionary()
_TEXTS_LOCK = threading.Lock()


def fiche_texts(engine: Engine) -> FicheTexts:
    with _TEXTS_LOCK:
        texts = _TEXTS.get(engine)
        if texts is None:
            fiches = engine.corpus.fiches
            folded = {f.id: fiche_text(engine, f) for f in fiches}
            squeezed = {fid: re.sub(r"[^a-z0-9]", "", t) for fid, t in folded.items()}
            initials = {
                f.id: initials_runs(engine.corpus.sources[f.source][f.span.start : f.span.end])
                for f in fiches
            }
            raw = [engine.corpus.sources[f.source][f.span.start : f.span.end] for f in fiches]
            plains = {fid: plain(t) for fid, t in folded.items()}
            acronyms = booklet_acronyms(raw)
            aliases = booklet_aliases(raw)
            compounds = booklet_compounds(raw)
            texts = _TEXTS[engine] = FicheTexts(
                folded,
                squeezed,
                plains,
                initials,
                acronyms,
                aliases,
                compounds,
                {f.id: t for f, t in zip(fiches, raw, strict=True)},
            )
        return texts


def booklet_acronyms(texts: list[str]) -> frozenset[str]:
    """The words (folded) the texts write in capitals ('DREETS', 'COORACE') and never all in
    lowercase: names, which a question typed in lowercase ('dreets financeur liste') still
    asks about. Words of labels and headings (in bold, after '#') do not count."""
    upper: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for word in re.findall(r"[^\W\d_]{3,}", text):
            if word.islower():
                lower.add(fold(word))
        # labels and headings ('**NOM DES RÉSEAUX D'APPARTENANCE** :') are no names
        said = re.sub(r"\*\*[^*\n]+\*\*|^#.*$", " ", text, flags=re.MULTILINE)
        upper |= {fold(w) for w in re.findall(r"[^\W\d_]{3,}", said) if w.isupper()}
    return frozenset(upper - lower)


def squeeze(text: str) -> str:
    """Folded letters and digits only: 'Eco-mobilier', 'Eco mobilier' -> 'ecomobilier'."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


def undotted(text: str) -> str:
    """`text` with its acronyms written with dots written without ('les C.C.A.S.' -> 'les
    CCAS', 'P.L.I.E' -> 'PLIE'), as the planner reads a question (`lx.unabbreviated`); a
    name asked read here whatever text it is given. Class: lists picking structures by a
    named entity."""
    return lx.DOTTED_ACRONYM.sub(lambda m: m.group(1).replace(".", ""), text)


_ALIAS = re.compile(r"\(\s*((?:[A-ZÀ-Ý]\.?){2,10})\s*\)")
_ALIAS_WORD = re.compile(r"[^\W\d_]+")


def booklet_aliases(texts: list[str]) -> dict[str, tuple[str, ...]]:
    """The names the texts give with their acronym in brackets after them ('la Métropole
    Européenne de Lille (MEL)', 'Comité Communal d'Action Sociale (CCAS)'): each a form of the
    other, so that a list asking one names the fiches writing either ('la MEL' alone, 'le
    Comité Communal d'Action Sociale de Villeneuve d'Ascq'). The acronym's letters must be the
    initials of the words before the bracket, connectors aside; keyed by squeezed form.
    Class: lists picking structures by a named entity."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for m in _ALIAS.finditer(text):
            acronym = m.group(1).replace(".", "")
            line_start = text.rfind("\n", 0, m.start()) + 1
            words = list(_ALIAS_WORD.finditer(text[line_start : m.start()]))
            kept = [w for w in words if fold(w.group(0)) not in lx.NAME_CONNECTORS]
            if len(kept) < len(acronym):
                continue
            first = kept[-len(acronym)]
            initials = "".join(fold(w.group(0))[0] for w in kept[-len(acronym) :])
            if initials != fold(acronym):
                continue
            long = text[line_start + first.start() : m.start()].strip()
            out.setdefault(squeeze(long), set()).add(acronym)
            out.setdefault(squeeze(acronym), set()).add(long)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def initials_forms(name: str, aliases: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The acronym a name asked in full shares with a name the booklet gives with it in
    brackets, and that name ('Projet Alimentaire Territorial' → 'PAT', 'Plan Alimentaire
    Territorial' of '… Territorial (PAT)'), when the two names share most of their words:
    fiches writing the acronym alone ('s'inscrit dans ce PAT') or the other name hold it.
    Class: lists picking structures by a named entity, spelt out otherwise."""
    words = [fold(w) for w in _ALIAS_WORD.findall(name) if fold(w) not in lx.NAME_CONNECTORS]
    if len(words) < 2:
        return ()
    initials = "".join(w[0] for w in words)
    longs = [a for a in aliases.get(initials, ()) if squeeze(a) != initials]
    own = set(words)
    shared = [
        long
        for long in longs
        if 2 * len(own & {fold(w) for w in _ALIAS_WORD.findall(long)}) >= len(own)
    ]
    return (initials.upper(), *shared) if shared else ()


def booklet_compounds(texts: list[str]) -> frozenset[str]:
    """The names the texts write as one word, capitalised and never in lowercase
    ('Ecomobilier'), or hyphenated, each part capitalised ('Saint-Gobain'), squeezed: a name a
    question may split or hyphenate otherwise ('Eco mobilier', 'éco-mobilier')."""
    upper: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
            parts = word.split("-")
            if all(p[:1].isupper() for p in parts):
                upper.add(squeeze(word))
            elif len(parts) == 1:
                lower.add(squeeze(word))
    return frozenset(upper - lower)


def joined_names(question: str, compounds: frozenset[str]) -> list[str]:
    """The words of a question that, joined, make one capitalised word of the booklet ('Eco
    mobilier', 'eco mobilier', 'éco-mobilier' for 'Ecomobilier'): a name split or hyphenated
    as typed, found whatever its case. Two words at least, each of two letters or more."""
    words = list(re.finditer(r"[^\W\d_]{2,}", question))
    out: list[str] = []
    for first, second in pairwise(words):
        if question[first.end() : second.start()] not in (" ", "-"):
            continue
        joined = squeeze(first.group(0) + second.group(0))
        if len(joined) >= MIN_SQUEEZED and joined in compounds:
            out.append(question[first.start() : second.end()])
    return out


@lru_cache(maxsize=4096)
def _token_stream(text: str) -> tuple[str, ...]:
    return tuple(analyze(text))


def spells_out(text: str, long: str) -> bool:
    """Whether `text` holds a spelt-out form, its words in order, one word between them at
    most ('ateliers et chantiers d'insertion' spells 'atelier chantier d'insertion')."""
    wanted = analyze(long)
    stream = _token_stream(text)
    if not wanted:
        return False
    for start, token in enumerate(stream):
        if token != wanted[0]:
            continue
        at, ok = start, True
        for word in wanted[1:]:
            window = stream[at + 1 : at + 3]
            if word not in window:
                ok = False
                break
            at = at + 1 + window.index(word)
        if ok:
            return True
    return False


def names_it(folded_text: str, squeezed_text: str, vocab: set[str], name: str) -> bool:
    """Whether a fiche's folded text names `name`: as a word when short ('ACI' is not inside
    'social'), however dotted ('CCAS' in 'les C.C.A.S.'), with spaces and hyphens aside when
    long ('Ecomobilier' = 'Eco-mobilier'), and in the singular or the plural ('CIGALES',
    'Cigale'; 'les Missions Locales', 'la Mission Locale')."""
    folded = fold(name)
    squeezed = re.sub(r"[^a-z0-9]", "", folded)
    if len(squeezed) >= MIN_SQUEEZED:
        tokens = set(analyze(name))
        one_word = len(folded.split()) == 1 and bool(tokens) and tokens <= vocab
        return squeezed in squeezed_text or one_word or _numberless(folded, squeezed_text)
    if folded.isalpha():  # an acronym however dotted: 'CCAS' in 'les c.c.a.s.'
        spelt = r"\.?".join(folded) + r"\.?"
        return re.search(rf"(?<![a-z0-9.]){spelt}(?![a-z0-9])", folded_text) is not None
    return re.search(rf"(?<![a-z0-9]){re.escape(folded)}(?![a-z0-9])", folded_text) is not None


def _numberless(folded: str, squeezed_text: str) -> bool:
    """Whether a squeezed text writes a name of several words in the singular or the plural,
    whichever the question used ('les Missions Locales' for 'la Mission Locale', 'Réseaux
    des Ressourceries'): each word of three letters or more may end with 's' or 'x' or not."""
    words = re.findall(r"[a-z0-9]+", folded)
    if len(words) < 2:
        return False
    parts = []
    for word in words:
        stem = word[:-1] if len(word) > 3 and word[-1] in "sx" else word
        parts.append(re.escape(stem) + ("[sx]?" if len(stem) >= 3 else ""))
    return re.search("".join(parts), squeezed_text) is not None


def names_form(raw_text: str, folded_text: str, squeezed_text: str, form: str) -> bool:
    """Whether a fiche names one of a name's other forms (`booklet_aliases`): an acronym in
    capitals as the booklet writes it, dotted or not ('MEL', not the 'Mél :' of an e-mail
    line); a name in full as `names_it` finds it."""
    if _acronym(form) and form.isalpha():
        spelt = r"\.?".join(map(re.escape, form)) + r"\.?"
        return re.search(rf"(?<![\w.]){spelt}(?![\w])", raw_text) is not None
    return names_it(folded_text, squeezed_text, set(), form)


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(word) >= 3 and len(letters) >= 2 and all(c.isupper() for c in letters)


def _written_names(question: str) -> list[str]:
    """Acronyms ('FIDESS', 'CAP3C') and runs of capitalised words inside a sentence ('Crédit
    Agricole', 'Fondation de France'). In a run of acronyms the last is the name, the others
    its kind ('la SCIC CAP3C'). A sentence's first word (unless an acronym) and the
    capitalised function words of `NOT_NAMES` are no names; two-letter acronyms are too often
    words ('EU' is French 'eu')."""
    names: list[str] = []
    for m in _NAME_RUN.finditer(question):
        words = m.group(0).split()
        before = question[: m.start()].rstrip()
        opener = (not before or before[-1] in ".?!:;") and not _acronym(words[0])
        if opener and not _opens_a_name(words):
            words = words[1:]  # a sentence opener is capitalised whatever it is
        while words and (words[0] in lx.NOT_NAMES or not words[0][:1].isupper()):
            words = words[1:]
        while words and not words[-1][:1].isupper():
            words = words[:-1]
        words = [w.strip("'’-") for w in words]
        if not words or (len(words) == 1 and len(words[0]) < 2):
            continue
        if all(_acronym(w) for w in words):
            names.append(words[-1])
        elif len(words) == 1 and words[0].isupper() and not _acronym(words[0]):
            continue
        else:
            names.append(" ".join(words))
    return names


_QUESTION_OPENERS = frozenset(
    "quel quels quelle quelles qui que quoi ou quand comment combien pourquoi est y existe "
    "which who what where when how why does do did is are was were can could any list name "
    "show give tell".split()
)


def _opens_a_name(words: list[str]) -> bool:
    """Whether a sentence's capitalised first word begins a name of several capitalised words
    ('Pas-de-Calais Actif accompagne qui ?', 'France Active soutient qui ?', 'Crédit Agricole
    finance quelles structures ?'): a question word or a function word opening it does not."""
    first = fold(words[0]).strip("'’-")
    return (
        len(words) > 1
        and first not in _QUESTION_OPENERS
        and words[0] not in lx.NOT_NAMES
        and all(w[:1].isupper() for w in words[:2])
    )


def asked_names(engine: Engine, question: str, places: list[str]) -> list[AskedName]:
    """The names a list question asks about that the booklet holds, with their holders; not a
    structure's name, a place, an event ('Covid'), nor a name every fiche holds. A name is
    read in the spellings the booklet uses: dotted ('les C.C.A.S.'), split or hyphenated ('Eco
    mobilier' for 'Ecomobilier'), or by the acronym the booklet gives it in brackets ('la MEL'
    for 'Métropole Européenne de Lille (MEL)')."""
    fiches = engine.corpus.fiches
    cached = fiche_texts(engine)
    texts, squeezed = cached.folded, cached.squeezed
    vocab = engine.mentions.vocab
    question = undotted(question)
    folded_question = plain(question)
    written = [
        lx.ACRONYMS_EN.get(fold(n), fold(n)).upper() if fold(n) in lx.ACRONYMS_EN else n
        for n in _written_names(question)
    ]
    for joined in joined_names(question, cached.compounds):  # 'Eco mobilier', not 'Eco'
        if _area_of(joined) is not None:
            continue  # 'Lens Liévin': a place
        written = [w for w in written if fold(w) not in fold(joined)] + [joined]
    written = [_name_going_on(question, w, cached.raw.values()) for w in written]
    for word in re.findall(r"[^\W\d_]{3,}", question):  # a name typed in lowercase: 'dreets'
        if fold(word) in cached.acronyms and word.upper() not in written and word not in written:
            written.append(word.upper())
    towns = {plain(f.contact.town) for f in fiches} | {
        plain(f.identity.head_office) for f in fiches
    }
    picks = re.search(r"\b(qui|who|whom|which|quel(le)?s|lesquel(le)?s)\b", fold(question))
    # picked as a yes/no over them ('did credit agricole help any of them?'): as 'which'
    picks = picks or lx.ANY_OF_THE_LIST.search(fold(question))
    typed = typed_names(question, tuple(cached.raw.values())) if picks else []
    for name in typed:  # 'le credit agricole finance qui ?' (not 'adresse de la msa': a fact)
        if any(plain(name) in t.split() or plain(name) == t for t in towns if t):
            continue  # 'l'asso de mortemer': a structure's own town is where it is
        if not any(fold(name) in fold(w) or fold(w) in fold(name) for w in written):
            written.append(name)
    for m in re.finditer(r"\b([A-Z]{2,6})\s+(\d{2,3})\b", question):
        numbered = f"{m.group(1)} {m.group(2)}"  # 'le label ESS 62', 'ADF 02': a name of its own
        if numbered not in written:
            written = [w for w in written if w != m.group(1)] + [numbered]
    for english, french in lx.ACRONYMS_EN.items():  # 'the European Social Fund' = 'FSE'
        if re.search(rf"\b{english}\b", folded_question) and french.upper() not in written:
            written.append(french.upper())
    for short, long in lx.ACRONYMS.items():  # a sector acronym, written or spelt out
        if f" {plain(long)} " in f" {folded_question} " and short.upper() not in written:
            written.append(short.upper())
    spelt = [fold(lx.ACRONYMS[fold(w)]) for w in written if fold(w) in lx.ACRONYMS]
    where = {fold(p) for p in [*places, *DEPARTEMENTS.values()]}
    # one capitalised word inside a kind the lexicon gathers ('European funding', 'EU funds')
    # qualifies the kind, and names no body ('the European Anti Poverty Network')
    kinds = " ".join(
        m.group(0) for k in lx.LIST_KINDS.values() for m in k.finditer(plain(question))
    )
    written = [w for w in written if " " in w or _acronym(w) or plain(w) not in kinds.split()]
    out: list[AskedName] = []
    bodies = place_bodies(question)
    for body in bodies:  # 'le Conseil départemental de l'Aisne', 'la Région HDF'
        holders = frozenset(fid for fid in texts if body.named_in(texts[fid]))
        if holders and len(holders) < len(fiches):
            out.append(AskedName(body.text, holders, body))
    for name in written:
        folded = fold(name)
        if any(fold(name) in fold(b.text) or fold(b.text) in fold(name) for b in bodies):
            continue  # the body's own words, read above
        tokens = set(analyze(name))
        if area_asked(question, []) is not None and _area_of(name) is not None:
            continue  # 'dans la Métropole Européenne de Lille': an area asked, a place
        if (
            folded in where
            or any(folded in p or (p in folded and not _beyond_place(name, p)) for p in where)
            or tokens & lx.EVENT_NAMES
            or engine.mentions.mentioned(name)
            or any(folded in long for long in spelt)  # 'le Fonds social européen (FSE)'
        ):
            continue
        long = lx.ACRONYMS.get(folded, "")
        forms = cached.aliases.get(squeeze(name), ()) or initials_forms(name, cached.aliases)
        holders = frozenset(
            fid
            for fid in texts
            if names_it(texts[fid], squeezed[fid], vocab.get(fid, set()), name)
            or (long and spells_out(texts[fid], long))
            or (_acronym(name) and spells_initials(cached.initials[fid], name))
            or any(names_form(cached.raw[fid], texts[fid], squeezed[fid], f) for f in forms)
            or distributed_name.distributes(texts[fid], name)  # 'Fondations AG2R et …'
        )
        partial = partial_name_holders(cached.raw, name)
        if partial is not None:  # 'Actif' of 'Nord Actif': not 'des bénévoles actifs'
            holders &= partial
        if holders and len(holders) < len(fiches):
            out.append(AskedName(name, holders, forms=forms))
    return body_list.kept(question, out)  # not those set aside or spelt out ('not the DDEETS')


def _name_going_on(question: str, name: str, raw: Iterable[str]) -> str:
    """A capitalised word asked with the rest of its name in lowercase ('Which structures work
    with Pôle emploi?', 'la Mission locale'): the name as far as the booklet writes it as a
    name, its later words capitalised in a fiche ('Pôle Emploi'), not its first word alone
    ('Pôle' is also the 'Pôle d'Équilibre Territorial'). Class: a partner's name typed with
    its later words in lowercase."""
    if " " in name or not name[:1].isupper():
        return name
    m = re.search(rf"\b{re.escape(name)}((?:\s+[a-zà-ÿ][\w'’-]*){{1,2}})", question)
    if m is None:
        return name
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        rest = words[:n]
        if fold(rest[-1]) in lx.STOPWORDS:
            continue
        titled = re.compile(
            rf"\b{re.escape(name)}\s+"
            + r"\s+".join(re.escape(w.capitalize()) for w in rest)
            + r"\b"
        )
        if any(titled.search(text) or _written_so(text, [name, *rest]) for text in raw):
            return " ".join([name, *rest])
    return name


def _written_so(text: str, words: list[str]) -> bool:
    """Whether a fiche writes a name's words as the question does, its first capitalised and
    the others in lowercase ('le réseau Chantier école'), or all in capitals as a card's line
    does ('CHANTIER ECOLE'): a name the booklet holds in that form, not a capitalised word
    that a common noun follows ('Pôle' before 'd'Équilibre')."""
    spaced = r"\s+"
    as_asked = re.compile(rf"\b{spaced.join(map(re.escape, words))}\b")
    capitals = re.compile(rf"\b{spaced.join(re.escape(fold(w).upper()) for w in words)}\b")
    return bool(as_asked.search(text) or capitals.search(_unaccented(text)))


def _unaccented(text: str) -> str:
    """The text with its accents aside and its case kept ('ÉCOLE' -> 'ECOLE')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _beyond_place(name: str, place: str) -> bool:
    """Whether a name holding a place goes on with a capitalised word of its own ('Nord
    Actif', 'Pas de Calais Actif': a funder named after its département), not a place with
    its kind ('le département du Nord')."""
    spaced = name.replace("-", " ")  # 'Pas-de-Calais-Actif', hyphened as one word
    rest = re.sub(re.escape(place.replace("-", " ")), " ", fold(spaced), flags=re.I)
    kept = [w for w in spaced.split() if fold(w) in rest.split()]
    return any(w[:1].isupper() and w not in lx.NOT_NAMES for w in kept)


def name_words(names: list[AskedName]) -> set[str]:
    """The analyzed words of the names and of the acronyms' spelt-out forms: a noun of these
    is a name's kind or part ('la SCIC …', 'société coopérative'), not a thing asked."""
    words: set[str] = set()
    for n in names:
        words |= set(analyze(n.text))
        words |= set(analyze(lx.ACRONYMS.get(fold(n.text), "")))
        for form in n.forms:  # its long form the booklet gives ('FIDESS': 'fonds … social')
            words |= set(analyze(form))
    return words


# -- initials: an acronym the fiche writes in full ----------------------------------------------
MIN_INITIALS = 4  # an acronym this long is looked for in the initials of a name in full
_RUN_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s'’-]|\d+")


def initials_runs(text: str) -> list[str]:
    """The initials of each run of capitalised words in `text`, connectors skipped: 'le Fonds
    d'Investissement pour le Développement de L'Entrepreneuriat Social et Solidaire' gives
    'fidess'. A lowercase word other than a connector, a digit or a punctuation mark ends a
    run."""
    runs: list[str] = []
    current: list[str] = []
    for token in _RUN_TOKEN.findall(text):
        if fold(token) in lx.NAME_CONNECTORS:
            continue
        if token[:1].isalpha() and token[:1].isupper():
            current.append(fold(token)[0])
            continue
        if len(current) >= 2:
            runs.append("".join(current))
        current = []
    if len(current) >= 2:
        runs.append("".join(current))
    return runs


def spells_initials(runs: list[str], acronym: str) -> bool:
    """Whether one of a fiche's runs of capitalised words (`initials_runs`) spells `acronym`
    ('FIDESS' = 'Fonds d'Investissement pour le Développement de l'Entrepreneuriat Social et
    Solidaire'). Only capitalised words count, so that ordinary words never spell a name by
    chance; an acronym of under MIN_INITIALS letters is spelt by chance too often ('CAP' by
    'Conseil de l'Aisne, Picardie'): the sector's short ones are in the lexicon's table."""
    letters = "".join(c for c in fold(acronym) if c.isalpha())
    if len(letters) < MIN_INITIALS or len(letters) != len(acronym):
        return False
    return any(letters in run for run in runs)


# -- where a structure is --------------------------------------------------------------------
def place_mentions(engine: Engine, fiche_id: str, places: list[str]) -> int:
    """How many times a fiche names one of these towns as a place of its own
    (`town_mentions`)."""
    fiche = engine.corpus.fiche(fiche_id)
    return town_mentions(
        engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end], places
    )


def sited_in(engine: Engine, fiche_id: str, places: list[str]) -> bool:
    """Whether a fiche places a site or point of its own in one of these towns, in so many
    words ('un bar-tabac local situé à Carlepont devient le premier point de distribution',
    'la boutique située à Hirson'): a town it may name only once, yet its own."""
    fiche = engine.corpus.fiche(fiche_id)
    folded = fold(engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])
    return any(
        re.search(
            rf"\b(?:situee?s?|implantee?s?|installee?s?) (?:a|au|en) {re.escape(plain(p))}\b",
            folded,
        )
        for p in places
        if plain(p)
    )


MIN_AREA_STEM = 5  # a town this long may name its area by a suffix; 'Guise' is no 'guisard'
AREA_SUFFIX = "(?:ois|oise|ais|aise|is)"


def town_mentions(raw: str, places: list[str]) -> int:
    """How many times `raw` names one of these towns as a place ('sa boutique de Guise', 'un
    deuxième site à Hirson'), however hyphens are written, as whole words ('Arras' is not in
    'débarras'); not inside another name: a département ('Pas de Calais' holds no Calais), a
    street ('route de Compiègne'), or a body or area named after the town, a capitalised word
    before 'de' ('Métropole Européenne de Lille', 'Université de Lille')."""
    folded, offsets = folded_with_offsets(raw)
    count = 0
    for place in places:
        words = plain(place).split()
        if not words:
            continue
        pattern = r"(?<![a-z0-9])" + r"[\W_]+".join(map(re.escape, words)) + r"(?![a-z0-9])"
        if len(words) == 1 and len(words[0]) >= MIN_AREA_STEM:
            # the area named after the town ('le Montreuillois', 'l'Amiénois', 'le Calaisis'):
            # a fiche acting there names the town as its own
            stem = re.escape(words[0].rstrip("se") or words[0])
            pattern += rf"|(?<![a-z0-9]){stem}[a-z]{{0,2}}{AREA_SUFFIX}(?![a-z0-9])"
        for m in re.finditer(pattern, folded):
            before = raw[max(0, offsets[m.start()] - 60) : offsets[m.start()]]
            owner = re.search(r"([^\s'’-]+)[\s-]+(?:de|du|des|d['’]|of)[\s-]*$", before)
            if owner and (
                owner.group(1)[:1].isupper() or lx.STREET_WORDS.search(fold(owner.group(1)))
            ):
                continue
            count += 1
    return count


def where_texts(fiche: Fiche) -> list[str]:
    """What says where a structure is or acts: its town, postcode, address, head office and
    establishment, and the field that gives where it acts (WHERE_ACTING_LABEL)."""
    contact, identity = fiche.contact, fiche.identity
    texts = [contact.town, contact.postcode, *contact.address, identity.head_office]
    texts.append(identity.establishment_name)
    for section in fiche.sections:
        texts += [p.value for p in section.subparts if lx.WHERE_ACTING_LABEL.search(fold(p.label))]
    return [t for t in texts if t and t.strip()]


def _area_of(place: str) -> str | None:
    """The pattern of the area of the region a place belongs to ('Lille', 'la MEL' →
    métropole lilloise), from the facets' table of areas; None for a place it does not list."""
    folded = fold(place)
    for pattern in fw.AREAS:
        if re.search(rf"(?<![\w-])(?:{pattern})(?![\w])", folded):
            return pattern
    return None


def area_asked(question: str, places: list[str]) -> str | None:
    """The area of the region a list is asked of, as the facets' table of areas writes it: an
    area named as such ('la Métropole Européenne de Lille', 'le Boulonnais', 'en Thiérache'),
    or the area of a town asked around ('près de Lens', 'around Soissons'). None for a town
    asked as itself ('à Lille': the structures standing in Lille), or for an area named as a
    body the structures relate to ('Lesquelles mentionnent la Métropole Européenne de
    Lille ?', 'partenaires de la MEL': `lx.AREA_AS_BODY_BEFORE`), a name asked
    (`asked_names`). Class: lists by place; lists picking structures by a named entity."""
    folded = fold(question)
    towns = {re.sub(r"[\s-]+", " ", t) for t in fw.TOWNS}
    for place in places:
        at = folded.find(fold(place))
        area = _area_of(place)
        after = folded[at + len(fold(place)) :]
        near = lx.NEAR_PLACE.search(folded[:at]) or lx.NEAR_AFTER.match(after)
        if at >= 0 and area is not None and near:
            return area
    for pattern in fw.AREAS:
        for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w])", folded):
            if lx.AREA_AS_BODY_BEFORE.search(folded[: m.start()]):
                continue  # 'mentionnent la MEL', 'partenaires de la MEL': a body, no place
            if re.sub(r"[\s-]+", " ", m.group(0)) not in towns:
                return pattern
    return None


def in_area(fiche: Fiche, area: str) -> bool:
    """Whether a structure stands or acts in an area of the facets' table: its town, head
    office, or the field saying where it acts ('bassin d'emploi soissonnais', 'la MEL'); not
    a street named after a town ('150, route de Compiègne' is in Pommiers)."""
    street = set(fiche.contact.address)
    where = fold(" ".join(t for t in where_texts(fiche) if t not in street))
    return re.search(rf"(?<![\w-])(?:{area})(?![\w])", where) is not None


def departement_of(place: str) -> str:
    """The département code of a town or area of the region ('Lille' → '59'), or ''."""
    key = re.sub(r"[\s-]+", " ", fold(place.replace("’", "'"))).strip()
    for town, code in fw.TOWNS.items():
        if re.sub(r"[\s-]+", " ", town) == key:
            return code
    area = _area_of(place)
    return fw.AREAS[area][1] if area is not None else ""


# -- keywords for a list -----------------------------------------------------------------------
def keywords_of_shared_property(
    engine: Engine, question: str, qualifying: list[str], max_holders: int
) -> bool:
    """Keywords only, no question form ('membres reseau coorace', 'members coorace network',
    'reseau chantier ecole'): when two structures or more that the search qualified, the
    best one among them, hold a term of the question that few fiches hold (2 to
    `max_holders`), the keywords name a property several structures share, and ask for
    them all, as the full question does ('Quelles structures sont membres du réseau
    COORACE ?')."""
    folded = fold(question)
    if lx.QUESTION_FORM.search(folded) or len(qualifying) < 2:
        return False
    rare = engine.mentions.rare_terms(question, max_fiches=max_holders)
    fiches = engine.corpus.fiches
    where = {t for f in fiches for w in where_texts(f) for t in analyze(w)}
    # a town typed shares no property, nor a word of a structure's name ('freins remise
    # enjoue' asks about one structure, its name misspelt)
    named = {t for f in fiches for t in engine.mentions.name_tokens(f.id)}
    top = rare.get(qualifying[0], set()) - where - named
    shared = {t for t in top if engine.mentions.holders(t) >= 2}
    return any(sum(t in rare.get(f, set()) for f in qualifying) >= 2 for t in shared)


# -- what a topic names, read through the facet tables ------------------------------------------
TOPIC_FACETS = ("sector", "activity", "public")  # what structures do, with what, for whom
KIND = "kind"  # a kind of the lexicon's LIST_KINDS, held by the fiches writing one of its forms
PASSING = 0.4  # the salience of a value read once, outside where a fiche says what it is
CENTRAL = 0.8  # read where the fiche says what the structure is, or three times or more
MAX_KIND_SHARE = 2 / 3  # a kind more fiches of a booklet hold than this tells none apart


def value_holders(engine: Engine, value: tuple[str, str], aimed: bool = False) -> frozenset[str]:
    """The fiches holding a facet value (stated even in passing), or a kind of LIST_KINDS
    (one of its forms written in their text as done, not only as an aim: `kind_stated`;
    with `aimed`, an aim counts too: 'which ones collect there, or plan to?')."""
    facet, name = value
    if facet == KIND:
        pattern = lx.LIST_KINDS_IN_TEXT[name]
        return frozenset(
            f
            for f, text in fiche_texts(engine).folded.items()
            if (pattern.search(text) if aimed else states_kind(text, pattern))
        )
    fiches = facets_for(engine).fiches
    stated = frozenset(f for f, ff in fiches.items() if ff.salience(facet, name) > 0)
    return stated | labelled(engine, value)


def labelled(engine: Engine, value: tuple[str, str]) -> frozenset[str]:
    """The fiches the booklet files under a theme heading naming this value (`theme_values`):
    a re-use structure by the booklet's own label, whatever words its fiche uses."""
    return theme_holders(engine, value, TOPIC_FACETS) if value[0] != KIND else frozenset()


def topic_values(
    engine: Engine,
    topic: str,
    max_holders: int | None = None,
    stating: bool = False,
    labels: bool = True,
    stating_share: float = 0.0,
) -> list[tuple[str, str]]:
    """The values of the facet tables a list question's topic names ('recycleries' → sector
    'objets', 'food aid' → activity 'aide_alimentaire'), French or English, synonyms
    included: those some fiches of the booklet hold and others not (at most `max_holders`
    when given). A value every fiche holds ('vente' for 'shops') or none holds tells no
    structure apart. The kinds of the lexicon's LIST_KINDS it names too ('déchetteries',
    'EU funds', 'lack of premises'), held by up to MAX_KIND_SHARE of the fiches: forms a
    list gathers on purpose, where a table's value may be any passing word. With `stating`,
    a value more fiches name than `max_holders` counts those stating it as what they do
    (`stating_holders`): the structures a list of it may add. A value a theme heading of the
    booklet names ('Le réemploi': 'seconde main', 'd'occasion', 'used goods') is bound as a
    kind is (`labelled`). A value is not bound so for being named by a phrase of several
    words: 'people on low incomes', 'produits locaux' are phrases of values held by five
    fiches, in passing by some, and binding them narrowed lists and their follow-ups.
    `labels`=False leaves the headings out. `stating_share`: with `stating`, a value up to
    this share of the fiches states as what they do counts too: a kind of activity many
    structures have ('sensibilisation', 'collecte', 'vegetables'), whose list holds those
    stating it, not those whose best sentence only shares a word (vague activity lists)."""
    total = len(engine.corpus.fiches)
    most = total - 1 if max_holders is None else max_holders
    named = [(m.facet, m.value) for m in match_words(topic, TOPIC_FACETS)]
    folded = fold(topic)
    kinds = [(KIND, k) for k, pattern in lx.LIST_KINDS.items() if pattern.search(folded)]
    out: list[tuple[str, str]] = []
    for value in dict.fromkeys([*named, *kinds]):
        held = len(value_holders(engine, value))
        # a kind, or a value a theme heading of the booklet names ('Le réemploi': second-hand
        # goods, 'd'occasion'), is a class the booklet sorts structures by: it decides a list
        # held by up to two thirds of the fiches
        classed = value[0] == KIND or (labels and bool(labelled(engine, value)))
        bound = total * MAX_KIND_SHARE if classed else most
        if stating and value[0] != KIND and held > bound:
            # few structures do it, though more name it aside: 'bois' is what three
            # structures work, a fourth names 'ameublement' once among its textiles
            held = len(stating_holders(engine, value))
            bound = max(bound, total * stating_share)
        if 0 < held <= bound:
            out.append(value)
    return out


def stating_holders(engine: Engine, value: tuple[str, str]) -> frozenset[str]:
    """The fiches stating a value of the facet tables as what the structure is or does: where
    the fiche says what it is or three times or more (`CENTRAL`, `FicheFacets.salience`), or
    in the action the fiche zooms on, as its own doing (`_own_action`); not those naming it
    once aside (a partner, a project, a list of articles): how many structures a value tells
    apart. A fiche filed under a theme heading naming the value states it too (`labelled`)."""
    facet, name = value
    out: set[str] = set()
    for fiche_id, ff in facets_for(engine).fiches.items():
        if ff.salience(facet, name) >= CENTRAL or any(
            _own_action(engine, e) for e in ff.of(facet).get(name, [])
        ):
            out.add(fiche_id)
    return frozenset(out) | labelled(engine, value)


def own_statements(
    engine: Engine, fiche_id: str, values: list[tuple[str, str]]
) -> list[FacetEvidence]:
    """The passages of a fiche stating one of these facet values as the structure's own doing
    (`_own_action`): the sentence a list decided by the value quotes for it, rather than a
    partner line naming it ('habilitation nationale de l'aide alimentaire')."""
    ff = facets_for(engine).fiches.get(fiche_id)
    if ff is None:
        return []
    return [
        e
        for facet, name in values
        if facet != KIND
        for e in ff.of(facet).get(name, [])
        if _own_action(engine, e)
    ]


def partner_spans(fiche: Fiche) -> list[tuple[int, int]]:
    """The spans of a fiche's fields naming its partners or funders, with the levels they are
    split into ('PARTENAIRES FINANCIERS MOBILISÉS' then 'Local', 'Régional', 'National'):
    parsed labels, `lx.PARTNER_FIELD_LABEL` and `lx.SCOPE_LABEL`."""
    spans: list[tuple[int, int]] = []
    for section in fiche.sections:
        inside = False
        for part in section.subparts:
            label = fold(part.label).strip(" :*")
            if lx.PARTNER_FIELD_LABEL.match(label):
                inside = True
            elif not (inside and lx.SCOPE_LABEL.fullmatch(label)):
                inside = False
            if inside:
                spans.append((part.span.start, part.span.end))
    return spans


def partner_lines(engine: Engine, fiche_id: str) -> frozenset[str]:
    """The texts of a fiche's indexed sentences lying in a field naming its partners or
    funders (`partner_spans`): what a list asking what structures do does not quote as why
    one is listed ('Pour l'insertion professionnelle : le département du Nord, …')."""
    spans = partner_spans(engine.corpus.fiche(fiche_id))
    return frozenset(
        s.text
        for s in engine.sentences
        if engine.chunks[s.chunk].fiche_id == fiche_id and any(a <= s.start < b for a, b in spans)
    )


def quotes_one(sentence: str, passages: list[FacetEvidence]) -> bool:
    """Whether a sentence of the index is one of these passages (`quoting`)."""
    return quoting(passages)(sentence)


def quoting(passages: list[FacetEvidence]) -> Callable[[str], bool]:
    """What tells a sentence of the index that is one of these passages: the words matched
    in it, and the same text as far as the shorter of the two goes (sentences and passages
    are cut from the same source, not always at the same places). The passages are folded
    once: the test runs on every sentence of a fiche."""
    folded = [(fold(e.text), " ".join(fold(e.quote).split())) for e in passages]

    def quotes(sentence: str) -> bool:
        said = " ".join(fold(sentence).split())
        for words, quote in folded:
            head = min(len(said), len(quote), 40)
            if words in said and (said[:head] in quote or quote[:head] in said):
                return True
        return False

    return quotes


def holds_values(engine: Engine, fiche_id: str, values: list[tuple[str, str]]) -> bool:
    """Whether a fiche states each of these values, even in passing."""
    return all(fiche_id in value_holders(engine, value) for value in values)


# 'online or via click and collect', 'des jouets ou des livres': the words naming values a
# question joins by 'ou' / 'or' (and/or) are asked one or the other.
_ALTERNATIVE = re.compile(
    r"^\W*(ou|or|and/or|et/ou|ou bien|or else)\W+((via|par|en|by|through|des|du|de la|de|"
    r"d'|les|the|a|an)\W+)?$"
)
Group = list[frozenset[tuple[str, str]]]  # alternatives, each the values one span names


def value_groups(topic: str, values: list[tuple[str, str]]) -> list[Group]:
    """The values of a list question as what a fiche must hold: each group once, a group being
    the values one word names ('jouets': toys, household goods) or several such words offered
    as alternatives ('des jouets ou des livres'). A value no word names (a kind) is a group
    of its own. Class: lists asking for one thing or another."""
    spans: dict[tuple[int, int], set[tuple[str, str]]] = {}
    for m in match_words(topic, TOPIC_FACETS):
        if (m.facet, m.value) in values:
            spans.setdefault((m.start, m.end), set()).add((m.facet, m.value))
    ordered = sorted(spans)
    groups: list[Group] = []
    for n, span in enumerate(ordered):
        between = topic[ordered[n - 1][1] : span[0]] if n else ""
        joined = n and ordered[n - 1][1] <= span[0] and _ALTERNATIVE.match(fold(between))
        if joined and groups:
            groups[-1].append(frozenset(spans[span]))
        else:
            groups.append([frozenset(spans[span])])
    named = {v for vs in spans.values() for v in vs}
    groups += [[frozenset([v])] for v in values if v not in named]
    return groups


def holds_groups(
    engine: Engine,
    fiche_id: str,
    groups: list[Group],
    holders: Callable[[Engine, tuple[str, str]], frozenset[str]] = value_holders,
) -> bool:
    """Whether a fiche holds one alternative of each group (`holders` reads who holds a
    value: anyone naming it, by default)."""
    return all(
        any(all(fiche_id in holders(engine, v) for v in alternative) for alternative in group)
        for group in groups
    )


def worded_as_asked(engine: Engine, topic: str, values: list[tuple[str, str]]) -> set[str]:
    """The fiches stating a value in the very words the question binds together, when it
    names it by a phrase ('des paniers solidaires' for food aid: not a fiche saying 'aide
    alimentaire'); empty when the question names each value by one word or no fiche words
    it so. A fiche's own name does not count ('Le panier de la mer' holds no basket)."""
    fiches = facets_for(engine).fiches
    out: set[str] = set()
    for m in match_words(topic, TOPIC_FACETS):
        asked = _phrase_slots(m.text)
        if (m.facet, m.value) not in values or len(asked) < 2:
            continue
        word = fw.word(m.facet, m.value)
        if plain(m.text) in {plain(word.fr), plain(word.en)}:
            continue  # named by its own name ('aide alimentaire', 'food aid'): any wording says it
        for fiche_id, ff in fiches.items():
            evidence = ff.of(m.facet).get(m.value, [])
            if any(_fills(asked, analyze(e.text)) for e in evidence):
                out.add(fiche_id)
    return out


def _phrase_slots(phrase: str) -> list[frozenset[str]]:
    """Each word of a phrase as the forms that say it: its analyzed form, and for an English
    phrase the glossary's French ones ('solidarity baskets' → {solidair…}, {pani…})."""
    words = analyze(phrase)
    glossed = topic_words.glossed_words(phrase)
    if glossed and len(glossed) == len(words):  # English, every word in the glossary
        return [g.stems for g in glossed]
    return [frozenset([w]) for w in words]


def _fills(slots: list[frozenset[str]], tokens: list[str]) -> bool:
    """Whether these words say the phrase: as many, each filling its own slot, any order
    ('panier solidaire' fills 'solidarity basket')."""
    if len(tokens) != len(slots):
        return False
    free = list(slots)
    for token in tokens:
        slot = next((s for s in free if token in s), None)
        if slot is None:
            return False
        free.remove(slot)
    return True


def keywords_of_shared_value(engine: Engine, question: str, max_holders: int) -> bool:
    """Keywords only, no question form ('click and collect ?', 'paniers solidaires',
    'upholstery workshops'): they name a kind of activity, sector or public that several
    structures share (2 to `max_holders` fiches hold a value the facet tables read in them),
    and ask for them all, as 'Quelles structures font du click and collect ?' does. A
    question mark alone after them makes no question form."""
    if lx.QUESTION_FORM.search(fold(question).rstrip(" ?")):
        return False
    # a theme named by its own name is where the thing is asked, not the thing ('les emails
    # des structures en réemploi': a field of each re-use structure, not a list of them)
    labels = not theme_named(question)
    values = topic_values(engine, question, max_holders=max_holders, labels=labels)
    return any(len(value_holders(engine, value)) >= 2 for value in values)


def value_words(topic: str, values: list[tuple[str, str]]) -> str:
    """The words of a question that name these values (folded, joined): 'household waste
    centres' for déchetteries. A thing named inside them is that value, not another one."""
    folded = fold(topic)
    found = [m.text for m in match_words(topic, TOPIC_FACETS) if (m.facet, m.value) in values]
    for facet, name in values:
        if facet == KIND:
            found += [m.group(0) for m in lx.LIST_KINDS[name].finditer(folded)]
    return " | ".join(fold(text) for text in found)


# -- central or in passing ---------------------------------------------------------------------
KIND_FACET = "kind"  # the kind of structure ('ressourcerie', 'épicerie'): held only where named
NAMED_FACETS = ("sector", "activity", KIND_FACET)  # what a list's structures are or do


def passing_holders(engine: Engine, topic: str, fiche_ids: list[str]) -> set[str]:
    """Of these fiches, those that state what a list asks for only in passing, while another
    structure of the booklet states it centrally ('which structures are ressourceries?': one
    is, a partner list and a project name the word elsewhere; 'qui fait de la couture ?': a
    line on making cleaning products names 'confection' once). A value is central where the
    fiche says what the structure is (its activity field, défi, objective, matters, first
    history sentence) or when read three times or more (`FicheFacets.salience`); read once
    elsewhere, in passing, unless the action the fiche zooms on does it (`_own_action`).

    A kind of structure asked ('une épicerie', 'a grocery') decides alone: a fiche not naming
    it, or only in passing, is not of that kind, unless it does what the kind's own words
    name ('aide alimentaire', a form of the food bank: a fiche distributing solidarity food
    baskets; `_kind_activities`). Otherwise a fiche is passing when every sector and
    activity asked that it states at all, it states in passing ('réemploi de meubles': a
    fiche naming furniture again and again and re-use once is kept), or when it states the
    things asked (sectors) only in passing, whatever it does ('qui fabrique des meubles ?':
    a fiche making textiles names 'ameublement' once). Whom a
    structure works for is not judged: a fiche says it once ('6 % des salariés sont en
    situation de handicap') as often as not; nor a value no fiche states centrally, or all."""
    fiches = facets_for(engine).fiches
    matches = match_words(topic, NAMED_FACETS)
    named = {(m.facet, m.value) for m in matches}
    telling = []
    for facet, value in named:
        held = {f: ff.salience(facet, value) for f, ff in fiches.items()}
        central = {f for f, s in held.items() if s >= CENTRAL}
        if central and len(central) < len(fiches):
            telling.append((facet, value, held))
    kinds = [t for t in telling if t[0] == KIND_FACET]
    doing = [t for t in telling if (t[0], t[1]) in _kind_activities(matches)]

    def aside(fiche_id: str, facet: str, value: str, salience: float) -> bool:
        evidence = fiches[fiche_id].of(facet).get(value, [])
        return salience <= PASSING and not any(_own_action(engine, e) for e in evidence)

    out: set[str] = set()
    for fiche_id in fiche_ids:
        judged = [(f, v, h.get(fiche_id, 0.0)) for f, v, h in kinds or telling]
        if kinds:  # of that kind, or doing what the kind's own words name
            does = [(f, v, h.get(fiche_id, 0.0)) for f, v, h in doing]
            if all(s == 0 or aside(fiche_id, f, v, s) for f, v, s in judged) and not (
                does and all(s > 0 and not aside(fiche_id, f, v, s) for f, v, s in does)
            ):
                out.add(fiche_id)
            continue
        stated = [(f, v, s) for f, v, s in judged if s > 0]
        if stated and all(aside(fiche_id, f, v, s) for f, v, s in stated):
            out.add(fiche_id)
        things = [(f, v, s) for f, v, s in stated if f == "sector" and v not in _umbrellas()]
        if things and all(aside(fiche_id, f, v, s) for f, v, s in things):
            out.add(fiche_id)  # the thing worked, named aside: 'fabrique … d'ameublement' once
    return out


@lru_cache(maxsize=1)
def _umbrellas() -> frozenset[str]:
    """The sectors other sectors imply ('objets': toys and books are household goods): a
    question naming one ('réparent des objets') names things at large, which a structure
    working one kind of them (furniture, computers) works too."""
    return frozenset(v for w in fw.SECTOR for v in w.implies)


def _kind_activities(matches: list[Match]) -> set[tuple[str, str]]:
    """The activities a kind of structure asked is named by, by the activity's own name
    ('aide alimentaire', 'food aid': forms of the food bank and what a structure does): a
    structure stating that activity as what it does is of the kind as the question means it,
    though it never writes the kind's name ('distribue des paniers solidaires alimentaires').
    A kind named otherwise is a kind of place ('a farm', 'a re-use centre', 'une banque
    alimentaire'), more than what is done there."""
    spans = [(m.start, m.end) for m in matches if m.facet == KIND_FACET]
    out: set[tuple[str, str]] = set()
    for m in matches:
        if m.facet != "activity" or (m.start, m.end) not in spans:
            continue
        word = fw.word(m.facet, m.value)
        if plain(m.text) in {plain(word.fr), plain(word.en)}:
            out.add((m.facet, m.value))
    return out


STORY_SECTIONS = (SectionKind.ACTION, SectionKind.HISTORY, SectionKind.CHARACTERISTICS)


def _names_itself(fiche: Fiche, folded: str) -> bool:
    """Whether folded text names the structure by its name (its subject, as often as not)."""
    names = {fold(n) for n in (fiche.name, fiche.identity.legal_name) if len(n) > 3}
    return any(n in folded for n in names)


def _said_of_others(said: str) -> bool:
    """Whether the clause leading to a value (folded, from the sentence's start) has others at
    large for its subject ('D'une part, de nombreuses enseignes cherchent des ateliers … et
    les circuits courts', 'many shops want …'): a statement of the context, wherever it is
    told, not the structure's doing. The clause is what follows the last colon or semicolon;
    one naming the structure again after them ('… : elle vend …') is its own."""
    clause = re.split(r"[:;]", said)[-1]
    return bool(lx.OTHERS_SUBJECT.search(clause)) and not lx.SELF_SUBJECT.search(clause)


def _own_action(engine: Engine, evidence: FacetEvidence) -> bool:
    """Whether a value is read in the action a fiche zooms on, as what the structure does
    ('elle … distribue des paniers solidaires'): in its objective or description
    (`lx.ACTION_TOLD_LABEL`), not in the card's other fields (where it acts, with whom, for
    whom); in its story or characteristics, in a sentence making the structure its subject
    ('Elles … organisent les ventes … via internet': `lx.SELF_SUBJECT`, its name), not under
    a label of projects or others (`lx.PROSPECT_LABEL`); never as another party it deals
    with ('sont transmis à des Ressourceries locales', 'avec des associations':
    `lx.OTHER_PARTY`), nor inside a capitalised name
    written mid-sentence (a network's, a programme's: 'les objectifs du Réseau pour Eviter
    le Gaspillage ALimentaire', 'au Secours Catholique')."""
    fiche = engine.corpus.fiche(evidence.fiche_id)
    at = evidence.match_start
    section = next((x for x in fiche.sections if x.span.start <= at < x.span.end), None)
    if section is None or section.kind not in STORY_SECTIONS:
        return False
    labels = [fold(p.label) for p in section.subparts if p.span.start <= at < p.span.end]
    source = engine.corpus.sources[evidence.source]
    said = fold(source[evidence.start : evidence.match_start])
    if _said_of_others(said):
        return False  # 'de nombreuses enseignes cherchent … les circuits courts'
    if section.kind == SectionKind.ACTION:
        if labels and not any(lx.ACTION_TOLD_LABEL.match(label) for label in labels):
            return False  # a field of the action's card: its territory, partners, beneficiaries
    else:  # its story or characteristics: said of itself, not of a project or of others
        if any(lx.PROSPECT_LABEL.match(label) for label in labels):
            return False
        if not (lx.SELF_SUBJECT.search(said) or _names_itself(fiche, said)):
            return False
    if evidence.text[:1].isupper() and evidence.match_start > evidence.start:
        return False  # inside a name, another body's ('du Réseau pour Eviter le Gaspillage')
    before = fold(source[max(0, evidence.match_start - 40) : evidence.match_start])
    return not lx.OTHER_PARTY.search(before)


def kind_holders(engine: Engine, topic: str, most: int) -> set[str]:
    """The fiches that are of a kind of structure a list names ('ressourceries', 'a grocery',
    'caterers'): those naming it where they say what they are, or again and again
    (`CENTRAL`), when at most `most` fiches are (a kind most are tells none apart)."""
    fiches = facets_for(engine).fiches
    out: set[str] = set()
    for m in match_words(topic, (KIND_FACET,)):
        held = {f for f, ff in fiches.items() if ff.salience(KIND_FACET, m.value) >= CENTRAL}
        if len(held) <= most:
            out |= held
    return out
