"""Which structures a question names ('le budget de VESTALI', 'il etait 2 fois'), learnt from
the corpus itself: no list of names is written down anywhere.

A name token is *strong* when no other fiche's text contains it ('vestal', 'thierach'); one
strong token names its structure, otherwise two of its name tokens are needed, standing
together as a name does ('panier de la mer', not 'le panier moyen des producteurs de la mer'),
so that 'paniers solidaires' does not name 'Le Panier de la Mer 62'.

A name is recognised however a user writes it: translated ('the sea basket', 'the wood with two
hands': English words read in French through the glossary), misspelt ('vestaly', 'copins de
tierache': a word the booklet does not hold, one or two letters off a name's word), or cut
short to its capitalised head ('la Remise', 'les Copains': an everyday word written as a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from livret_qa.glossary import EN_FR, NAME_WORDS
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    STOPWORDS,
    WEAK_NAME_TOKENS,
    is_civility,
)
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

_CONNECTORS = {"le", "la", "les", "l", "de", "des", "du", "d", "et", "the", "of", "l'", "d'"}
# Words that may stand between two words of one name as users write it, in French or in
# translation ('Bois de 2 Mains', 'the wood with two hands', 'the sea basket of Boulogne').
_NAME_GLUE = _CONNECTORS | {
    "with",
    "a",
    "an",
    "s",
    "at",
    "upon",
    "in",
    "on",
    "en",
    "au",
    "aux",
}
_ARTICLES = {"le", "la", "les", "l", "the"}
# Articles joined to a preposition ('du Bois' = 'de le Bois', 'des Copains', 'au Jardin'): a
# name's head after them is the name cut short as after 'le' / 'les'. 'des' is also the
# indefinite plural ('avec des copains'): it reads a head only when the head is capitalised.
_JOINED_ARTICLES = {"du", "au", "aux"}
_JOINED_PLURAL = "des"
# Numbers that count a structure's things before its head ('the two Copains shops').
_SMALL_NUMBERS = {"two", "three", "four", "deux", "trois", "quatre"}
_OPENERS = {"et", "and", "mais", "but", "alors", "so"}  # words a follow-up opens with
FUZZY_MIN = 5  # letters: a shorter word one letter off a name's word is met by chance
FUZZY_TWO = 8  # letters from which a word may be two letters off ('coquagne' for 'cocagne')
TITLE_CASE_SHARE = 0.6  # a question mostly capitalised tells no name by its capitals


def _english_forms(word: str) -> list[str]:
    """The word and its singular, as the glossary lists it: 'hands' -> 'hand', 'valleys' ->
    'valley', 'producers'' -> 'producer'."""
    w = word.lower().strip("'’")
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 2:
        out.append(w[:-1])
    return out


def _glosses(word: str) -> tuple[str, ...]:
    """The French words of an English word of a name ('basket' -> 'panier')."""
    for form in _english_forms(word):
        french = NAME_WORDS.get(form, ()) + EN_FR.get(form, ())
        if french:
            return french
    return ()


# French words the glossary knows as glosses ('compagne', 'campagne'): a word a user types on
# purpose, never a name misspelt, even one letter off a name's word ('compagne' / 'cocagne').
_FRENCH_WORDS = {
    fold(w) for glosses in (*EN_FR.values(), *NAME_WORDS.values()) for w in glosses if " " not in w
}


def _inflected(word: str, written: str) -> bool:
    """Whether two folded words differ only by a gender or number ending ('enjoue',
    'enjouee'; 'copain', 'copains')."""
    return word.rstrip("es") == written.rstrip("es")


TOWN_FUZZY_MIN = 5  # letters: a shorter place one letter off a town is met by chance


def _town_key(text: str) -> str:
    """A town's name folded, its hyphens and apostrophes as spaces ('Villeneuve-d'Ascq' ->
    'villeneuve d ascq')."""
    return re.sub(r"[\s'’-]+", " ", fold(text)).strip()


def _edits_at_most(a: str, b: str, limit: int) -> bool:
    """Whether `a` becomes `b` by at most `limit` letters added, dropped or replaced, or two
    neighbouring letters swapped ('cocange' for 'cocagne', 'vestlai' for 'vestali': the
    commonest typing slip counts as one edit, not two)."""
    if abs(len(a) - len(b)) > limit:
        return False
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit and min(previous) > limit:
            return False
        before, previous = previous, current
    return previous[-1] <= limit


@dataclass
class _Name:
    fiche_id: str
    tokens: set[str]
    strong: set[str]
    words: set[str] = field(default_factory=set)  # folded words of the names as written
    head: set[str] = field(default_factory=set)  # tokens of its first word ('remis', 'copain')


INITIALISM_MIN = 3  # letters: 'CT' or 'PM' would be met by chance


def initialism(name: str) -> str:
    """The first letters of a name's words, its articles and prepositions aside, folded:
    'Association des Producteurs des Vallées de l'Oise' -> 'apvo'."""
    words = re.findall(r"[^\W\d_]+", fold(name))
    return "".join(w[0] for w in words if w not in _CONNECTORS and len(w) > 1)


def _stands_apart(text: str, readings: list[tuple[re.Match[str], set[str]]], n: int) -> bool:
    """Whether the word at `n`, after its article, opens the question ('les copains, ils …',
    'et le jardin ?'), ends it ('combien de sites pour les copains ?') or is followed by a
    comma: where a user puts the structure a question is about."""
    first = 1 + (readings[0][0].group(0).lower() in _OPENERS)
    if n == first:
        return True
    after = text[readings[n][0].end() :].lstrip()
    # or stands as the subject of the question's verb ('combien de paniers les copains ont
    # distribué ?', 'les copains ils vendent quoi ?')
    subject = _SUBJECT_OF.match(after) is not None
    return n == len(readings) - 1 or after.startswith(",") or subject


# The words right after a structure's head that make it the subject: an auxiliary, or the
# pronoun a spoken question repeats it with ('les copains ONT distribué', 'les copains ILS …').
_SUBJECT_OF = re.compile(r"(?i)(ont|sont|avaient|etaient|étaient|ils|elles|have|are)\b")


# Words before an article that say where ('à la remise', 'chez les copains', 'at the bois')
_AT = {"a", "à", "chez", "at"}


def _place_at_the_end(readings: list[tuple[re.Match[str], set[str]]], n: int) -> bool:
    """Whether the word at `n` ends the question where a user puts the structure they ask
    about, after 'à' and its article ('y a des benevoles a la remise ?', "leur site il a été
    lancé quand a la remise", 'what do they do at the bois?'). There a name's head in lower case
    names its structure even when other fiches write the everyday word ('la remise à la
    disposition'), which stands inside a clause, before its complement. Class: lower-case
    or accent-less names inside a sentence."""
    if n != len(readings) - 1 or n < 1:
        return False
    # ('au bois' and 'du bois' are left to capitals: 'du' is also partitive, 'qui collecte du
    # bois ?', and 'et au panier ?' opening a chat points at nothing)
    article = readings[n - 1][0].group(0).lower()
    return n >= 2 and article in _ARTICLES and readings[n - 2][0].group(0).lower() in _AT


def _counts_before_a_head(word: str) -> bool:
    """Whether a word standing before a name's head is a small number ('two', 'deux', '2')."""
    return word.isdigit() or word in _SMALL_NUMBERS


class MentionDetector:
    def __init__(self, fiches: list[Fiche], fiche_texts: dict[str, str]):
        vocab = {fid: set(analyze(text)) for fid, text in fiche_texts.items()}
        self.vocab = vocab  # analyzed tokens of each fiche's whole text
        booklet_of = {f.id: f.booklet for f in fiches}
        self._by_booklet: dict[str, list[set[str]]] = {}
        for fid, held in vocab.items():
            self._by_booklet.setdefault(booklet_of.get(fid, ""), []).append(held)
        self._names: list[_Name] = []
        places = {t for name in DEPARTEMENTS.values() for t in analyze(name)}
        for fiche in fiches:
            tokens: set[str] = set()
            for name in (fiche.name, fiche.identity.legal_name, fiche.identity.establishment_name):
                tokens |= {t for t in analyze(name) if len(t) >= 3 and not t.isdigit()}
            strong = {
                t
                for t in tokens
                if not any(t in v for fid, v in vocab.items() if fid != fiche.id)
                and t not in WEAK_NAME_TOKENS
                and t not in places  # 'Oise' in a name is also a département
            }
            written = {
                fold(w)
                for name in (fiche.name, fiche.identity.legal_name)
                for w in re.findall(r"[^\W_]+", name)
                if len(w) > 1 and w.lower() not in _CONNECTORS
            }
            head = next(
                (
                    heads
                    for w in re.findall(r"[^\W\d_]+", fiche.name)
                    if w.lower() not in _CONNECTORS and (heads := set(analyze(w)) & tokens)
                ),
                set(),
            )
            self._names.append(_Name(fiche.id, tokens, strong, written, head))
        # 'l'APVO' for 'Association des Producteurs des Vallées de l'Oise': the initials of a
        # name's words, as users abbreviate a long name the booklet never abbreviates.
        # An initialism another structure shares, or that is a word of the booklet, names none.
        every_word = set().union(*vocab.values()) if vocab else set()
        initials: dict[str, set[str]] = {}
        for fiche in fiches:
            for name in (fiche.name, fiche.identity.legal_name):
                letters = initialism(name)
                if len(letters) >= INITIALISM_MIN and letters not in every_word:
                    initials.setdefault(letters, set()).add(fiche.id)
        self._initials = {k: next(iter(v)) for k, v in initials.items() if len(v) == 1}
        self._names_by_id = {n.fiche_id: n for n in self._names}
        # the words of the booklet as written (folded): a word among them is no misspelling
        self._booklet_words = {
            w for text in fiche_texts.values() for w in re.findall(r"[^\W\d_]+", fold(text))
        }
        self._places = places
        # each fiche's text, folded: whether the booklet writes a phrase as it stands
        # hyphens as spaces: the booklet writes 'Pas de Calais Actif' and 'Pas-de-Calais-Actif'
        self._folded_texts = [_unhyphened(text) for text in fiche_texts.values()]
        # the towns of the contact cards, by their folded key ('villeneuve d ascq')
        self._towns = {_town_key(f.contact.town): f.contact.town for f in fiches if f.contact.town}
        # the words of the people the contact cards name ('Matthieu Renard'): a capitalised
        # name made of them after 'de' ('le rôle de Matthieu Renard') is a person, not a place
        self._person_words = {
            fold(w)
            for fiche in fiches
            for person in fiche.contact.persons
            for w in re.findall(r"[^\W\d_]{3,}", person.name)
        }
        # each structure's contact people, as the folded words of each one's name
        self._card_people = {
            fiche.id: [
                {fold(w) for w in re.findall(r"[^\W\d_]{3,}", person.name)}
                for person in fiche.contact.persons
            ]
            for fiche in fiches
        }
        self._name_token_set = (
            set().union(*(n.tokens for n in self._names)) if self._names else set()
        )
        # the written words of every name, with their tokens: what a misspelt word is met against
        self._written_words = sorted({w for n in self._names for w in n.words if w.isalpha()})
        self._written_tokens = {w: set(analyze(w)) for w in self._written_words}

    def town_spelt(self, place: str) -> str | None:
        """The booklet's town a place name misspells ('Amien', 'Guisse', 'Villeneuve d'Asq'):
        one letter added, dropped, replaced or two swapped, in a name of TOWN_FUZZY_MIN letters
        or more, read from the contact cards; None for a town as written or any other place
        ('Arras', 'Roubaix'), which stays a place the booklet may lack."""
        asked = _town_key(place)
        if len(asked.replace(" ", "")) < TOWN_FUZZY_MIN or asked in self._towns:
            return None
        near = {town for key, town in self._towns.items() if _edits_at_most(asked, key, 1)}
        return next(iter(near)) if len(near) == 1 else None

    def town_written(self, place: str) -> str | None:
        """The booklet's town a place is, however cased ('amiens', 'GUISE', 'villeneuve
        d'ascq'), or None."""
        return self._towns.get(_town_key(place))

    def town_opened(self, place: str) -> str | None:
        """The booklet's town whose name opens with a place as a word of its own ('Boulogne'
        for 'Boulogne sur Mer', 'Villeneuve' for 'Villeneuve d'Ascq'), or the town it is
        whole; None when no town, or several, open so."""
        asked = _town_key(place)
        if not asked:
            return None
        near = {t for k, t in self._towns.items() if k == asked or k.startswith(asked + " ")}
        return next(iter(near)) if len(near) == 1 else None

    def writes(self, phrase: str) -> bool:
        """Whether some fiche writes this phrase as it stands (folded, spaces aside): 'Pays
        de Sources et Vallées' is one name of the booklet, not two things joined by 'et'."""
        key = _unhyphened(phrase)
        return bool(key) and any(key in text for text in self._folded_texts)

    def names_person(self, name: str) -> bool:
        """Whether a capitalised name is one of the booklet's contact people ('Matthieu
        Renard', 'Mme Cousin'): every word of three letters or more is a word of their names."""
        words = [fold(w) for w in re.findall(r"[^\W\d_]{3,}", name)]
        # a civility or title before the name ('Monsieur Pillot', 'Mrs Cousin', 'Dr Renard')
        # is no word of it
        words = [w for w in words if not is_civility(w)]
        return bool(words) and all(w in self._person_words for w in words)

    def person_fiches(self, name: str) -> list[str]:
        """The structures whose contact card names this person: every word of three letters or
        more of the name, a civility or title left out ('Mme Maréchal', 'Mr Grossot',
        'Christelle Cousin'), is a word of one of the card's people."""
        words = [fold(w) for w in re.findall(r"[^\W\d_]{3,}", name)]
        words = [w for w in words if not is_civility(w)]
        if not words:
            return []
        return [
            fiche_id
            for fiche_id, people in self._card_people.items()
            if any(all(w in person for w in words) for person in people)
        ]

    def name_tokens(self, fiche_id: str) -> set[str]:
        """The analyzed words of a structure's names."""
        return next((n.tokens for n in self._names if n.fiche_id == fiche_id), set())

    def without_names(self, text: str, fiche_ids: list[str]) -> str:
        """`text` with the names of these structures taken out ('Que fait Le Bois de Deux
        Mains des copeaux de bois ?' -> 'Que fait des copeaux de bois ?'): inside one
        structure's fiche, its name tells nothing, and pulls evidence towards name lines.
        A run of name words is taken out when it holds a strong token or two name words."""
        names = [n for n in self._names if n.fiche_id in fiche_ids]
        if not names:
            return text
        tokens = set().union(*(n.tokens for n in names))
        strong = set().union(*(n.strong for n in names))
        # a name cut to its head ('les copains vendent …', 'la Remise, …') goes as a whole
        # name, there only ('Que fait le Bois … des copeaux de bois ?' keeps its 'bois')
        head_spans: list[tuple[str, int, int]] = []
        self._capitalised_heads(text, self._readings(text), head_spans)
        heads = {(a, b) for fid, a, b in head_spans if fid in fiche_ids}
        raw = set().union(*(n.words for n in names))
        # an English possessive is no part of the name ('Synapse 3i's budget': its '3' is
        # no figure the question gives)
        words = list(re.finditer(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)?", text))
        kinds = []
        for w in words:
            analyzed = self._word_tokens(w.group(0))
            # 'What is the APVO?': a structure's initials name it as strongly as its words
            initials = self._initials.get(fold(w.group(0))) in fiche_ids
            if analyzed & strong or (w.start(), w.end()) in heads or initials:
                kinds.append("strong")
            elif analyzed & tokens or fold(w.group(0)) in raw:
                kinds.append("name")
            elif w.group(0).lower() in _CONNECTORS:
                kinds.append("connector")
            else:
                kinds.append("")
        cut: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if not kinds[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(words) and kinds[j + 1]:
                j += 1
            end = j
            while kinds[j] == "connector" and j > i:  # 'Le Bois de Deux Mains des copeaux'
                j -= 1
            run = kinds[i : j + 1]
            if "strong" in run or run.count("name") >= 2:
                cut.append((words[i].start(), words[j].end()))
            i = end + 1
        out = text
        for start, end in reversed(cut):
            out = out[:start] + out[end:]
        return " ".join(out.split())

    def _fuzzy_tokens(self, word: str) -> set[str]:
        """The name tokens a misspelt name word stands for ('vestaly' -> 'vestal', 'tierache'
        -> 'thierach'): a word of FUZZY_MIN letters or more that the booklet does not hold and
        no glossary reads, one letter off a name's written word (two from FUZZY_TWO letters)."""
        folded = fold(word)
        if len(folded) < FUZZY_MIN or not folded.isalpha():
            return set()
        if folded in STOPWORDS or folded in ENGLISH_FUNCTION_WORDS:
            return set()
        if any(f in EN_FR or f in NAME_WORDS for f in (folded, folded.removesuffix("s"))):
            return set()  # an English word the glossary reads

        if folded in self._booklet_words:
            return set()
        limit = 2 if len(folded) >= FUZZY_TWO else 1
        # 'ma compagne' is a word the glossary knows, no 'Cocagne' misspelt; only the name
        # word's own form it is ('enjoué' for 'Enjouée': gender or number dropped)
        known = folded in _FRENCH_WORDS
        return {
            t
            for written in self._written_words
            if len(written) >= FUZZY_MIN
            and _edits_at_most(folded, written, limit)
            and (not known or _inflected(folded, written))
            for t in self._written_tokens[written]
        }

    def _glossed_tokens(self, word: str) -> set[str]:
        """The name tokens of an English word's French glosses ('basket' -> 'pani'), a gloss
        one letter off a name's written word counting as that word ('enjoué', 'enjouée')."""
        tokens: set[str] = set()
        for french in _glosses(word):
            tokens |= {t for t in analyze(french) if not t.isdigit()}
            for piece in fold(french).split():
                tokens |= {
                    t
                    for written in self._written_words
                    if len(piece) >= FUZZY_MIN and _edits_at_most(piece, written, 1)
                    for t in self._written_tokens[written]
                }
        return tokens

    def _word_tokens(self, word: str) -> set[str]:
        """What one word may stand for in a name: its analyzed tokens, else those of its
        French glosses (an English word) or of the name word it misspells."""
        tokens = set(analyze(word))
        if not tokens & self._name_token_set:
            last = re.split(r"['’]", word)[-1]
            tokens |= self._glossed_tokens(last) or self._fuzzy_tokens(last)
        return tokens

    def _readings(self, text: str) -> list[tuple[re.Match[str], set[str]]]:
        """Each word of `text` with the tokens it may stand for in a name: its own analyzed
        tokens, those of its French glosses (an English word), or those of the name word it
        misspells."""
        out = []
        for match in re.finditer(r"[^\W_]+", text):
            out.append((match, self._word_tokens(match.group(0))))
        return out

    def _capitalised_heads(
        self,
        text: str,
        readings: list[tuple[re.Match[str], set[str]]],
        spans: list[tuple[str, int, int]] | None = None,
    ) -> dict[str, set[str]]:
        """A name cut short to its head, capitalised after an article ('la Remise', 'les
        Copains', 'le Bois', joined to a preposition: 'des Copains', 'du Bois'), or in lower
        case in a question typed so when no other fiche writes the word: its first word, that
        no other structure's name holds, names it though alone the everyday word would not.
        Not in a question written mostly in capitals, not a word joined to the next by a
        hyphen (a place: 'la Haute-Somme'), not a word read as a misspelling ('The Premise'),
        never a place ('l'Oise')."""
        capitals = sum(m.group(0)[:1].isupper() for m, _ in readings)
        if not readings or capitals > TITLE_CASE_SHARE * len(readings):
            return {}
        # typed all in lower case ('les copains, ils ont combien de sites ?'), a question's
        # capitals tell nothing: a head still names its structure when it is written in no
        # other fiche (elsewhere 'la remise' may be 'la remise en état') and stands apart as
        # a name does, not inside a clause ('monter une asso avec les copains pour …')
        lower_case = not any(m.group(0)[:1].isupper() for m, _ in readings[1:])
        out: dict[str, set[str]] = {}
        for n, (match, tokens) in enumerate(readings):
            capitalised = match.group(0)[:1].isupper() and not match.group(0).isupper()
            if n == 0 or not (capitalised or lower_case):
                continue
            article = readings[n - 1][0].group(0).lower()
            if capitalised and n >= 2 and _counts_before_a_head(article):
                # 'the two Copains shops', 'les deux Copains': a number between the article
                # and the head counts the structure's things, the head still names it
                article = readings[n - 2][0].group(0).lower()
            joined = article in _JOINED_ARTICLES or (article == _JOINED_PLURAL and capitalised)
            if article not in _ARTICLES and not joined:
                continue
            if text[match.end() : match.end() + 1] == "-":
                continue
            word = match.group(0)
            read = (set(analyze(word)) | self._glossed_tokens(word)) & tokens
            for token in read - self._places:
                holders = [name.fiche_id for name in self._names if token in name.tokens]
                if len(holders) != 1 or token not in self._names_by_id[holders[0]].head:
                    continue
                if not capitalised and not (
                    (self.holders(token) == 1 or _place_at_the_end(readings, n))
                    and _stands_apart(text, readings, n)
                ):
                    continue
                out.setdefault(holders[0], set()).add(token)
                if spans is not None:  # where the head stands, for `without_names`
                    spans.append((holders[0], match.start(), match.end()))
        return out

    def name_word_holders(self, word: str) -> set[str]:
        """The structures one word of whose name `word` is, as written, translated ('wood' for
        'Le Bois de Deux Mains', 'resource' for 'Ressourcerie Il était deux fois') or
        misspelt: a word of one structure's name only, places aside."""
        tokens = self._word_tokens(word) - self._places
        holders = {t: {name.fiche_id for name in self._names if t in name.tokens} for t in tokens}
        return {next(iter(h)) for h in holders.values() if len(h) == 1}

    def head_of(self, word: str) -> tuple[str, int] | None:
        """The structure whose name opens with `word` ('copains', 'bois', 'panier', misspelt
        or translated as a name word is), no other name holding it; with how many fiches write
        the word. None: the word heads no name, or heads several, or is a place."""
        tokens = self._word_tokens(word) - self._places
        for name in self._names:
            own = tokens & name.head
            if own and not any(own & n.tokens for n in self._names if n is not name):
                return name.fiche_id, max(self.holders(t) for t in own)
        return None

    def mentioned(self, text: str) -> list[str]:
        """Fiche ids named in `text`, in the order they first appear in it."""
        readings = self._readings(text)
        heads = self._capitalised_heads(text, readings)
        matches: list[tuple[_Name, set[str], int]] = []
        for name in self._names:
            at = [n for n, (_, tokens) in enumerate(readings) if tokens & name.strong]
            at += [
                n
                for n, (_, tokens) in enumerate(readings)
                if tokens & heads.get(name.fiche_id, set())
            ]
            if at:
                shared = set().union(*(tokens & name.tokens for _, tokens in readings))
                matches.append((name, shared, min(at)))
                continue
            run = self._best_run(readings, name)
            if run is not None:
                matches.append((name, *run))
        found: list[tuple[int, str]] = []
        for n, (match, _) in enumerate(readings):
            fiche_id = self._initials.get(fold(match.group(0)))
            if fiche_id:  # 'APVO', 'apvo'
                found.append((n, fiche_id))
        strong_ids = {
            n.fiche_id for n, _, _ in matches if n.strong & set().union(*(t for _, t in readings))
        }
        for name, shared, first in matches:
            # A name met only through words of a better-matched name ('Quel était le budget
            # du Bois de Deux Mains' shares 'était' and 'deux' with 'Il était deux fois', but
            # 'deux' is the other name's) is not named.
            others = set().union(
                *(s for n, s, _ in matches if n is not name and len(s) > len(shared))
            )
            own = shared - others
            named_outright = name.fiche_id in strong_ids or name.fiche_id in heads
            if not named_outright and len(own) < min(2, len(name.tokens)):
                continue
            found.append((first, name.fiche_id))
        ordered: list[str] = []
        for _, fid in sorted(found):
            if fid not in ordered:
                ordered.append(fid)
        return ordered

    @staticmethod
    def _best_run(
        readings: list[tuple[re.Match[str], set[str]]], name: _Name
    ) -> tuple[set[str], int] | None:
        """The name's tokens met in one run of words, as a name is written: its words with
        only articles, prepositions or numbers between them ('Bois de 2 Mains', 'the wood with
        two hands'), when the run holds enough of them to name it (two, or all of a shorter
        name) in as many words ('twice' reads 'deux fois', yet alone names no 'Il était deux
        fois': 'twice a month'); with where the run starts."""
        need = min(2, len(name.tokens))
        best: tuple[set[str], int] | None = None
        n = 0
        while n < len(readings):
            if not readings[n][1] & name.tokens:
                n += 1
                continue
            start, shared, j = n, set(readings[n][1] & name.tokens), n + 1
            words = 1
            while j < len(readings):
                word, tokens = readings[j][0].group(0), readings[j][1]
                if tokens & name.tokens:
                    shared |= tokens & name.tokens
                    words += 1
                elif not (word.lower() in _NAME_GLUE or word.isdigit()):
                    break
                j += 1
            enough = len(shared) >= need and words >= need
            if enough and (best is None or len(shared) > len(best[0])):
                best = (shared, start)
            n = j
        return best

    def holders(self, term: str) -> int:
        """How many fiches hold `term`, in the booklet where most do: how rare a term is is
        read inside one booklet, so that loading ten booklets that each name CAP3C twice does
        not turn 'cap3c' into a common word (and a list of its users into a list of 9)."""
        return max(
            (sum(term in v for v in group) for group in self._by_booklet.values()), default=0
        )

    def rare_terms(self, text: str, max_fiches: int = 3) -> dict[str, set[str]]:
        """Query terms found in only a few fiches of a booklet ('emmau', 'fidess', 'cap'): for
        each fiche, the ones it contains. Such a term is specific evidence of what is asked."""
        terms = {t for t in analyze(text) if not t.isdigit() and len(t) >= 3}
        rare = {t for t in terms if 1 <= self.holders(t) <= max_fiches}
        return {fid: rare & v for fid, v in self.vocab.items() if rare & v}


def _unhyphened(text: str) -> str:
    """Folded, hyphens read as spaces and spaces collapsed: a name written 'Pas-de-Calais
    Actif' in a question is the booklet's 'Pas de Calais Actif'."""
    return " ".join(fold(text).replace("-", " ").split())
