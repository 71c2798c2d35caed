"""Every French/English word list and question pattern, one table per class of words.

Patterns are regular expressions over *folded* text (`text.fold`: lowercase, no accents), so
'Créée', 'CREEE' and 'creee' read alike. Each table says which class of questions (or which
kind of booklet text) it recognises; `tests/test_lexicon.py` checks each table on synthetic
phrases of its class, never on one evaluation question. A second booklet that words things
differently extends these tables (or falls back on embedding similarity), not the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# -- language ---------------------------------------------------------------------------------
# Function words that tell French from English; names are capitalised and left out by the caller.
FRENCH_FUNCTION_WORDS = frozenset(
    """
    le la les des du de un une et est sont qui que quoi quel quelle quels quelles comment
    combien pourquoi ou où dans pour avec sur leur leurs il elle ils elles ce cette ces y
    a-t-il je veux voudrais on nous vous au aux son sa ses lesquelles lesquels quand
    tel tels telle telles
    qu en ne pas
    """.split()
)
# French prepositions of five letters or more: a word after a determined noun that is one of
# these opens a complement ('la DREETS parmi leurs financeurs', 'des jouets depuis 2020'), it
# qualifies no noun (class: lists by a body or a thing, `topic_words.french_qualifiers`).
FRENCH_LONG_PREPOSITIONS = frozenset(
    """
    parmi parmis entre depuis selon contre pendant avant apres aupres durant malgre envers
    comme outre hormis excepte suivant concernant
    """.split()
)
ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the a an and is are was were who what which whose how why where when does do did in for
    with on their they it its this that these those there of to i want would like we you any
    many much has have can could may might should will at from my me our your
    """.split()
)

# -- lexical analysis -------------------------------------------------------------------------
# English prepositions, adverbs and quantifiers that may stand where a noun would ('over the
# internet', 'for free', 'at all'): never a thing a yes/no question asks about.
ENGLISH_PARTICLES = frozenset(
    """
    over under into onto about through across along around after before during without
    within behind beyond near next free still ever even also already again just only very
    much many more most less least some every each other others another such same anyone
    anybody someone something anything nothing everything here there where then once ones
    your yours mine ours them they those these this that what which whom whose while
    """.split()
)
# Words that carry no topic for BM25: French and English function words, and the words every
# question about the booklet uses ('structure', 'initiative').
STOPWORDS = frozenset(
    """
    a ai au aux avec ce ces cet cette d dans de des du elle elles en et eux il ils je la le
    les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu
    que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y est sont ete etre
    avoir a ont sa ca cela ceci celle celui ceux dont quel quelle quels quelles comme plus
    tres aussi ainsi donc or ni car si tout tous toute toutes autre autres the of and or to
    in on for with by at from is are was were be been it its this that these those an as
    which who whom what whose does do did has have had their there they them he she his her
    how many much any some quoi
    sera seront serait fut avait avaient aura auront particular
    structure structures association associations initiative initiatives organisation
    organisations organization organizations livret booklet fiche fiches
    """.split()
)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# -- chat spellings ----------------------------------------------------------------------------
# Words as a chat box abbreviates them ('ki la dirige', 'kel budget', 'cb de salariés', 'ppl'):
# the question is read with the words written out. Whole words only, lowercase as typed.
CHAT_SPELLINGS: dict[str, str] = {
    "ki": "qui",
    "koi": "quoi",
    "kel": "quel",
    "kelle": "quelle",
    "kels": "quels",
    "kelles": "quelles",
    "keske": "qu'est-ce que",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "cb": "combien",
    "cmb": "combien",
    "qd": "quand",
    # the other chat spellings of 'quand', 'combien', 'comment' ('ça a commencé kan ?', 'kombien
    # de salariés', 'cmt les joindre'): read as written out (class: a noisy first question)
    "kan": "quand",
    "kand": "quand",
    "kombien": "combien",
    "cmt": "comment",
    "koment": "comment",
    "komment": "comment",
    "ds": "dans",
    "c": "c'est",  # 'c ou ?', 'c koi le budget', 'c qui le directeur'
    "jveux": "je veux",
    "ac": "avec",
    "ppl": "people",
    "u": "you",
    "ur": "your",
    "pls": "please",
    # an English question word typed without its apostrophe ('whats the budget of …')
    "whats": "what's",
    "wats": "what's",
    "wat": "what",
    "whos": "who's",
    "wheres": "where's",
    "hows": "how's",
}
# Greetings and courtesy a chat message opens or closes with ('slt c koi le budget', 'hi,
# who runs it? thx'): they ask nothing, so they never make a question long.
GREETINGS = frozenset(
    """slt salut bonjour bonsoir coucou hello hey hi merci thanks thank thx svp stp please
    plz cordialement""".split()
)
# Words that only acknowledge an answer ('ok merci', 'super, thanks', 'd'accord'): a turn made
# of these and greetings asks nothing (follow-ups after a count are not read as 'which ones').
ACKNOWLEDGEMENTS = frozenset(
    """ok okay oki daccord accord entendu parfait super top cool genial nickel bien tres
    great good nice perfect fine alright right got it noted understood sure yes oui yep""".split()
)
# A request to have the answer in a language, folded ('et en anglais ?', 'in English please',
# 'en français svp', 'translate into French'): group 'en' asks English, 'fr' French. Class:
# follow-ups asking the previous answer again in another language, nothing else.
LANGUAGE_ASKED = _rx(
    r"\b(?:(?:en|in|into|to) (?P<en>anglais|english)|(?:en|in|into|to) (?P<fr>francais|french))\b|"
    r"^(?P<en2>anglais|english)\b|^(?P<fr2>francais|french)\b"
)
# The words a language request may hold besides the language ('can you answer that in English
# please?', 'peux-tu répondre en anglais ?', 'traduis en français stp'): with greetings and
# acknowledgements, a turn made of these asks nothing else.
LANGUAGE_REQUEST_WORDS = frozenset(
    """et and ok alors now maintenant aussi also again encore same meme please pls plz svp stp
    sil vous te plait plaît can could would you tu vous peux pouvez pourriez peut je i we on
    answer reply respond responde say tell write give me moi nous it that this the la le l ca
    cela ceci reponse reponds repondre repondez repond redis redire dire ecris ecrire traduis
    traduire traduisez traduit traduction translate translated translation version a une un
    an the same thing question en in into to this""".split()
)
# The words of a follow-up that asks only which ones ('lesquelles ?', 'c'est qui ?', 'which
# ones?', 'who are they?', 'name them', 'donne les noms'): after a count, the structures
# counted, listed whole (follow-ups after counts).
WHICH_ONES_ONLY = frozenset(
    """lesquelles lesquels laquelle lequel quelles quels qui c ce est sont ces et alors donc
    elles ils les leurs noms nom donne donnez dis dites moi cite citez liste lister sont-ce
    which ones one who are is they them those these the their name names list tell me give
    and so then what""".split()
)
_CHAT_WORD = re.compile(rf"(?<![\w'’-])({'|'.join(CHAT_SPELLINGS)})(?![\w'’-])")
# Chat spellings of words opening with a vowel, typed after an elision too ("d'occaz").
CHAT_SPELLINGS_ELIDED: dict[str, str] = {"occaz": "occasion", "occas": "occasion"}
_CHAT_ELIDED = re.compile(rf"(?<![\w-])({'|'.join(CHAT_SPELLINGS_ELIDED)})(?![\w'’-])")

# Clipped French nouns, as spoken and typed in a chat box ('kel structure recycle les ordis ?',
# 'les assos du Nord', 'un resto solidaire'): the noun's head kept, its end dropped. A question
# naming a thing by its clipped form asks for the thing; read with the whole noun, singular or
# plural ('ordis' → 'ordinateurs': every noun here takes an -s). Only clippings that are no
# word of their own and no name of the booklet ('la fête de la Récup' stays as written).
CLIPPED_NOUNS: dict[str, str] = {
    "ordi": "ordinateur",
    "asso": "association",
    "resto": "restaurant",
    "appart": "appartement",
    "manif": "manifestation",
    "expo": "exposition",
    "ado": "adolescent",
    "frigo": "réfrigérateur",
    "compta": "comptabilité",
    "biblio": "bibliothèque",
    "coloc": "colocation",
    "covoit": "covoiturage",
    "proprio": "propriétaire",
}
_CLIPPED_NOUN = re.compile(rf"(?<![\w'’-])({'|'.join(CLIPPED_NOUNS)})(s?)(?![\w'’-])")


# 'there' typed for 'their' before the noun it owns ('who are there partners?', 'and there
# adress?'): a follow-up pointing at the structures in focus. Not before what 'there' starts
# or ends ('is there a …', 'there are', 'work there now', 'there?'), nor before a word that
# goes on the sentence, not a noun ('what do they sell there besides food?').
THERE_FOR_THEIR = re.compile(
    r"\bthere(?=\s+(?!(?:is|are|was|were|be|been|a|an|the|any|some|no|many|much|more|in|at|"
    r"on|to|for|from|with|and|or|but|now|too|also|today|yet|still|again|already|before|"
    r"after|anymore|though|then|so|besides|beside|except|apart|other|else|instead|exactly|"
    r"currently|usually|often|every|each|right|nearby|only|just|even|as|by|like|if|when|"
    r"since|during|until|anything|something|everything|anyone|someone|nowadays)\b)[a-z]{3,})",
    re.IGNORECASE,
)


# 'are there volunteers?' asks whether any exist: 'there' after a verb of being keeps its
# sense, unless a question word asks of the structures ('who are there partners?').
_BEING_BEFORE = re.compile(r"\b(is|are|was|were|isn't|aren't)\s+$", re.IGNORECASE)
_ASKING_BEFORE = re.compile(r"\b(who|what|where|which|how)\b[^.?!]*$", re.IGNORECASE)


def _their(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if _BEING_BEFORE.search(before) and not _ASKING_BEFORE.search(before):
        return m.group(0)
    return "their"


# Class: a question word mistyped ('wich ones recycle electronics', 'Whitch structures …',
# 'wat is the budget'): read as the word meant, whatever its case, so the question keeps its
# frame (a list, a figure). Only slips that are no English or French word of their own.
QUESTION_WORD_SLIPS: dict[str, str] = {
    "wich": "which",
    "whitch": "which",
    "whcih": "which",
    "wihch": "which",
    "whic": "which",
    "wat": "what",
    "wht": "what",
    "whta": "what",
    "whats": "what's",
    "wher": "where",
    "whos": "who's",
    "lesquel": "lesquels",
    "lesquele": "lesquelles",
    "lesquelle": "lesquelles",
    "quells": "quels",
    "quelels": "quelles",
}
_QUESTION_WORD_SLIP = re.compile(
    rf"(?<![\w'’-])({'|'.join(QUESTION_WORD_SLIPS)})(?![\w'’-])", re.IGNORECASE
)


def _slip(m: re.Match[str]) -> str:
    meant = QUESTION_WORD_SLIPS[m.group(1).lower()]
    return meant.capitalize() if m.group(1)[:1].isupper() else meant


def unabbreviated(question: str) -> str:
    """The question with its chat spellings and clipped nouns written out ('ki la dirige' ->
    'qui la dirige', 'les ordis' -> 'les ordinateurs'), and 'there' typed for 'their' read as
    'their' (THERE_FOR_THEIR), and a question word mistyped read as meant
    (QUESTION_WORD_SLIPS), and an acronym typed with dots read without ('les C.C.A.S.' ->
    'les CCAS': DOTTED_ACRONYM)."""
    question = DOTTED_ACRONYM.sub(lambda m: m.group(1).replace(".", ""), question)
    question = _CHAT_ELIDED.sub(lambda m: CHAT_SPELLINGS_ELIDED[m.group(1)], question)
    question = _CLIPPED_NOUN.sub(lambda m: CLIPPED_NOUNS[m.group(1)] + m.group(2), question)
    question = THERE_FOR_THEIR.sub(_their, question)
    question = _QUESTION_WORD_SLIP.sub(_slip, question)
    question = SPOKEN_WHO.sub("qui", question)
    question = _ROUND_BOUND_FR.sub(_round_bound, question)
    question = _ROUND_BOUND_EN.sub(_round_bound, question)
    return _CHAT_WORD.sub(lambda m: CHAT_SPELLINGS[m.group(1)], question)


# A bound given as a round number in words ('plus d'une centaine d'adhérents', 'more than a
# hundred members', 'moins d'une dizaine de salariés', 'at least a dozen'): the number itself,
# so that the bound reads as 'plus de 100 adhérents' does (class: list questions by a figure's
# bound, in spoken wording). Only after a comparison word: 'une centaine de producteurs'
# alone is no bound.
ROUND_NUMBERS: dict[str, int] = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "cinquantaine": 50,
    "centaine": 100,
    "millier": 1000,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
_ROUND_BOUND_FR = re.compile(
    r"(?<![\w-])(plus|moins|au moins|pas plus)\s+(?:d.\s?)?une?\s+"
    r"(dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine|millier)(?![\w-])"
    r"(\s+de\s+|\s+d['’]\s?)?",
    re.IGNORECASE,
)
_ROUND_BOUND_EN = re.compile(
    r"(?<![\w-])(more than|less than|fewer than|over|under|at least|at most)\s+a\s+"
    r"(dozen|hundred|thousand)(?![\w-])",
    re.IGNORECASE,
)


def _round_bound(m: re.Match[str]) -> str:
    number = ROUND_NUMBERS[m.group(2).lower()]
    if m.re is _ROUND_BOUND_FR:  # 'plus d'une centaine d'adhérents' -> 'plus de 100 adhérents'
        de = "" if m.group(1).lower() == "au moins" else " de"
        return f"{m.group(1)}{de} {number}{' ' if m.group(3) else ''}"
    return f"{m.group(1)} {number}"


# The spoken French doubled 'qui' ('c'est qui qui répare des vélos ?', 'y a qui qui est dans le
# 62 ?', 'c'est qui qui paye ?'): the plain 'qui' of the written question, read so that both
# wordings get one answer (class: list and role questions in spoken wording).
SPOKEN_WHO = re.compile(
    r"(?<![\w-])(c.est|c est|y.a|y a|ya|il y a)\s+qui\s+qui(?![\w'’-])", re.IGNORECASE
)


# Class: an English adjective of age or wear right before a thing ('my old clothes', 'old
# furniture', 'used toys', 'unwanted books'): it says the thing is second-hand, not a thing a
# fiche must name ('old' glossed 'ancien' held VESTALI, writing 'vêtements collectés', out
# of 'where can I give my old clothes?'). Alone or before people ('old people', 'for the
# old') it is a public and stays read.
WORN_ADJECTIVES = frozenset({"old", "used", "worn", "unwanted", "unused", "spare"})
# The people such an adjective may qualify instead ('old people', 'older women'): a public.
PERSON_NOUNS = frozenset(
    "people person folk man men woman women lady ladies resident citizen adult neighbour "
    "neighbor".split()
)


# -- question frames (which shape of answer) --------------------------------------------------
# A question asking for every structure that does something: 'quelles structures …',
# 'which initiatives …', 'qui propose …', 'y a-t-il des …', 'des structures qui …'.
_COLLECTIVE_NOUNS = (
    r"structures?|associations?|initiatives?|organi[sz]ations?|projets?|projects?|acteurs?|"
    r"actors?|ateliers?|workshops?|entreprises?|companies|enterprises?|ressourceries?|"
    r"recycleries?|epiceries?|jardins?|chantiers?|lieux|places|ones|groups?|charit(?:y|ies)|"
    r"organismes?|collectifs?|cooperatives?|services?|orgs?|assos?|shops?|stores?|"
    # the non-profit kind said as a noun ('Which nonprofits are in the Aisne?', 'which NGOs
    # …'): the structures, as 'associations' (class: lists by place or by activity)
    r"non-?profits?|not-for-profits?|ngos?|ong"
)
# A bare noun phrase naming the structures by their backer ('DREETS-funded structures?',
# 'ADEME-backed projects', 'structures funded by the Région?', 'structures financées par la
# DREETS ?'): the structures the body backs, a list, not their budget (folded). Class: lists
# by a body named, asked without a question word.
BACKED_STRUCTURES = _rx(
    rf"^(the\s+)?[\w'-]+-(funded|backed|supported|financed|sponsored|subsidi[sz]ed)\s+"
    rf"({_COLLECTIVE_NOUNS})\b|"
    rf"^({_COLLECTIVE_NOUNS})\s+(funded|backed|supported|financed|sponsored|"
    rf"financee?s|soutenue?s|aidee?s|subventionnee?s)\s+(by|par)\b"
)
LIST_FRAME = _rx(
    rf"\b(quel(le)?s?|lesquel(le)?s|which|what|any|all|other|autres)\s+(\w+\s+)?"
    rf"({_COLLECTIVE_NOUNS}|fiches?|entries)\b|"
    # a party's support asked with 'qui' as its object ('Pas-de-Calais Actif accompagne qui
    # ?', 'la Fondation X soutient qui ?', 'who does France Active support?'): the structures
    # it supports. Class: a list asked of a partner named as the subject
    r"\b(accompagne|accompagnent|soutient|soutiennent|finance|financent|aide|aident|appuie|"
    r"appuient|conseille|conseillent|suit|suivent|subventionne|subventionnent)\s+qui\b|"
    r"^who (does|do|did) ([\w'-]+ ){1,5}(support|fund|finance|help|back|advise|accompany|"
    r"subsidi[sz]e)\b|"
    # the same asked as a yes/no over them ('did credit agricole help any of them?', 'does
    # the ADEME fund some of these?'): which ones it backs, a list (class: lists by funder)
    r"^(did|does|do|has|have) ([\w'-]+ ){1,5}(support|fund|financ|help|back|advis|"
    r"accompan|subsidi[sz])\w* (any|some|one|either|all) of (them|those|these)\b|"
    r"\b(qui|who)\s+(fait|font|propose|proposent|a|ont|does|do|makes?|offers?|uses?|runs?|"
    r"collecte|collectent|recupere|recuperent|vend|vendent|travaille|travaillent|accompagne|"
    r"accompagnent|aide|aident|emploie|emploient|recycle|recyclent|repare|reparent|"
    r"collects?|recovers?|sells?|works?|helps?|employs?|recycles?|repairs?|trains?|forme|"
    r"forment|distribue|distribuent|distributes?|produit|produisent|produces?|grows?|"
    r"cultive|cultivent|accueille|accueillent|donne|donnent|gives?|lutte|luttent|fights?)\b|"
    r"\b(toutes les|tous les|all the|list|liste|lister|name the|name all|cite|citez|"
    r"enumere|show me the)\b|"
    r"\b(y a[- ]t[- ]il|existe[- ]t[- ]il|il existe|are there|is there)\b|"
    # whether the booklet has any: 'Does the booklet include a …', 'Le livret cite-t-il des …'
    r"^(does|do) (the booklet|any|anyone|some)\b|"
    r"^le livret (presente|cite|parle|mentionne|contient|decrit)[- ]t[- ]il\b|"
    rf"^(des|les|some)\s+({_COLLECTIVE_NOUNS})\b|"
    r"\b(ou peut[- ]on|ou puis[- ]je|where can (i|one|we|you)|where could (i|we))\b|"
    # Class: where to do a thing, asked in French by a bare infinitive opening the question
    # ('où acheter d'occasion ?', 'ou donner mes vieux vêtements', 'et où faire réparer un
    # vélo ?'): as 'où peut-on …', the places are the structures doing it. Not 'où se trouve
    # …', 'où est …' (the verb has a subject), nor 'ou' as 'or' inside a question.
    r"^((et|mais|alors|sinon)\s+)?ou\s+(est-ce qu.on\s+)?[a-z]{2,}(er|ir|re)\b(?<!\bou etre)|"
    # ('which of those …', 'which of these …' as 'which of them …': d30-182)
    r"\b(lesquel(le)?s|which ones|which of (them|those|these|the))\b|^(who|qui)\b|"
    # all of them asked at once ('elles sont toutes chantiers d'insertion ?', 'sont-elles
    # toutes des associations ?'), as 'are they all …?': those that are, and the others
    r"\b(elles|ils) sont (toutes|tous)\b|\bsont[- ](elles|ils) (toutes|tous)\b|"
    # a bare plural 'which' with a verb and no noun ('Of those, which are about reuse rather
    # than food?', 'and which have a shop?'): the structures, as 'lesquelles'; not a thing of
    # theirs ('which are their partners?', 'which do they sell?')
    r"^((and|so|but|then|now|ok|(of|among) (those|these|them))\W+)?which (are|were|do|have)\b"
    r"(?!\s+(the|their|its|his|her|these|those|they|we|you|i|it|a|an)\b)|"
    # 'et qui récupère des vêtements ?', 'and who sells fish?' after an answer about one
    # structure: who does a thing, a new list; not who holds a role there ('et qui s'en
    # occupe ?', 'and who is in charge?', 'and who runs it?', 'et qui contacter ?', 'and
    # who owns the building?': the structure in focus)
    r"^(et|and|mais|but|so|alors|ok|puis|then)\s+(who|qui)\s+"
    r"(?!(est|sont|etait|etaient|c.est|is|are|was|were|en|y|la|le|les|l|lui|leur)\b)"
    r"(?!s\s|s.(en|y)\b)\S+\s+(des|du|de la|de l'|d'|un|une|some|any|de (?=[a-z]{3,})|"
    r"(?!(it|them|this|that|these|those|him|her|us|me|you|i|we|they|there|here|the|its|their|"
    r"his|our|your|for|to|at|with|of|in|on|pour|avec|dans|chez|sur|par)\b)[a-z]{3,})|"
    # asked after the topic, as typed in a hurry: '… qui en a un', '… who does that'
    r"\bqui en (a|ont|fait|font|propose|proposent|vend|vendent)\b|"
    r"\bwho (has|have|does|do|offers?|sells?|makes?|runs?|gives?|provides?) "
    r"(one|it|that|this|them|these)\s*\??$|"
    # the topic typed first, then who: 'click & collect qui ?', 'bike repair, who?' (not
    # 'le directeur, c'est qui ?', which asks for a person; nor 'qui' after a preposition:
    # 'ils sont financés par qui ?', 'des aides de qui ?', 'avec qui ?' ask a party to what
    # the structures in focus do, not which structures do it)
    r"(?<!c'est )(?<!c est )(?<!is )(?<!par )(?<!de )(?<!\ba )(?<!avec )(?<!pour )"
    r"(?<!chez )(?<!by )(?<!from )(?<!with )(?<!\bto )\b(qui|who)\s*\??\s*$|"
    # Class: list questions in spoken wording, with no 'quelles structures' nor 'which' ('dans
    # l'Aisne y a quoi ?', 'anything in the Somme?', 'anyone doing repairs?', 'on peut
    # apprendre à cuisiner où ?'; the doubled 'qui qui' is read as 'qui' first: SPOKEN_WHO):
    # every structure that does it, as 'quelles structures …' asks. A structure named keeps
    # the question its own. ('anything for tourists?' after one structure asks of it.)
    r"\by.?\s?a\s+quoi\b|^(anyone|anybody)\b|^anything (in|around|near)\b|"
    # who stands in a place, spoken: 'y a qui dans l'Aisne ?', 'y a qui dans le Nord (59) ?'
    r"\by.?\s?a\s+qui\s+(dans|en|a|au|aux|vers|pres|sur|du cote|autour|hors|sauf)\b|"
    r"\b(on peut|peut[- ]on|je peux|puis[- ]je)\s[^?]*\sou\s*\??\s*$|"
    # a collective plural anywhere: 'initiatives in pas de calais', 'assos dans l'aisne'
    r"\b(structures|initiatives|organi[sz]ations|associations|assos|projets|projects|acteurs|"
    r"actors|ressourceries|recycleries|epiceries|orgs|groups|charities|companies|entreprises)\b"
)
# Asked which structures state a figure, not the figure of each ('Which structures give a
# number of volunteers?', 'Quelles fiches indiquent un chiffre d'affaires ?', 'which ones report
# their budget?'): a which-frame, a verb of stating, then the figure. 'Quel est le budget des
# structures du Nord ?' asks each one's budget.
# Where a list question names the structures it asks for: 'quelles structures', 'which
# ones', 'lesquelles', or a collective noun ('des initiatives', 'food initiatives'). A part of
# every fiche named before it ('les freins des structures …', 'qui finance les structures du
# Nord ?': 'qui' asks the funders there) is asked of each.
STRUCTURES_ASKED = _rx(
    rf"\b(lesquel(le)?s|which ones?)\b|\b({_COLLECTIVE_NOUNS}|fiches?|entries|entry)\b"
)
# Structures named in the plural ('des structures', 'food initiatives', 'les associations du
# Nord'), and one structure meant by a definite singular noun ('la ressourcerie de
# Villeneuve', 'the Boulogne fish charity', 'cette association'): whether a part of every
# fiche, or a figure, is asked of a scope or of one structure described.
PLURAL_STRUCTURES = _rx(
    r"\b(structures|associations|initiatives|organi[sz]ations|projets|projects|acteurs|actors|"
    r"ateliers|workshops|entreprises|companies|enterprises|ressourceries|recycleries|"
    r"epiceries|chantiers|organismes|collectifs|cooperatives|charities|orgs|assos|fiches|"
    r"toutes|all of them)\b"
)
# Words asking for a sum over several ('combined', 'altogether', 'cumulé', 'ensemble').
TOTAL = _rx(r"\b(combined|altogether|together|overall|cumul\w*|ensemble|additionn\w*|sum|somme)\b")
ONE_STRUCTURE_MEANT = _rx(
    r"(\b(la|le|cette|ce|cet|sa|son|the|this|that|its)\s+|\bl'\s*|\bl\s+)"
    # up to three words, as DESCRIBED_ONE: 'the Villeneuve toy reuse charity'
    r"([\w-]+\s+){0,3}(structure|association|initiative|organi[sz]ation|projet|project|atelier|"
    r"workshop|entreprise|company|ressourcerie|recyclerie|epicerie|jardin|chantier|boutique|"
    r"shop|magasin|store|organisme|collectif|cooperative|charity|asso)\b(?! (network|reseau))"
)
# Structures asked by an interrogative wherever it stands ('emmaus partnership which
# structures', 'partenaires ademe : quelles structures ?').
WHICH_STRUCTURES = _rx(
    rf"\b(which|what|quel(le)?s)\s+(\w+\s+)?({_COLLECTIVE_NOUNS}|fiches?)\b|"
    r"\b(lesquel(le)?s|which ones?)\b"
)
# The opening of a question picking among structures, after a follow-up's lead-in ('et parmi
# elles, lesquelles …', 'and which of them …', 'which of those …'): folded.
_PICKING = (
    r"^((et|and|mais|but|so|alors|puis)\s+)?((parmi (elles|eux|celles-ci|ceux-ci|ces structures)"
    r"|among (them|those|these)),?\s+)?"
)
_AMONG = r"((of|parmi|d.entre|among)\s+(them|those|these|elles|eux|celles-ci|ceux-ci)\s+)?"
# An English adverb or auxiliary before a list's verb ('which fiches ACTUALLY give …', 'which
# ones DO state …', 'which ones really have …'): it stresses the verb, it asks nothing else.
_STRESS = r"((actually|really|even|explicitly|clearly|specifically|do|does)\s+)?"
WHICH_STATE_FIGURE = _rx(
    rf"{_PICKING}(quel(le)?s|lesquel(le)?s|which|what)\s+{_AMONG}(\w+\s+)?"
    rf"({_COLLECTIVE_NOUNS}|fiches?|ones?)?\s*{_STRESS}"
    r"(donnent|indiquent|precisent|mentionnent|citent|communiquent|publient|affichent|"
    r"renseignent|chiffrent|give|gives|state|states|report|reports|mention|mentions|"
    r"list|lists|publish|publishes|provide|provides|disclose|discloses|show|shows)\b|"
    # asked with 'qui' / 'who' and a verb of saying ('qui donne des chiffres en tonnes ?',
    # 'who says how many tonnes they do?'). Class: which structures state a figure, in spoken
    # wording; only of a figure asked (`stating_list.asks_which_state`).
    rf"{_PICKING}(qui|who)\s+(donnent|donne|indiquent|indique|precisent|precise|mentionnent|"
    r"mentionne|disent|dit|communiquent|publient|gives?|states?|reports?|mentions?|says?|"
    r"tells?|publish(es)?|provides?|shows?)\b"
)
# The verbs of stating a figure ('which ones STATE a budget?', 'lesquelles DONNENT …'): what
# the list asks of each fiche, never a thing of its own the figure would be of. Folded.
STATING_VERBS = (
    r"\b(donnent|donne|indiquent|indique|precisent|precise|mentionnent|mentionne|citent|cite|"
    r"communiquent|publient|affichent|renseignent|chiffrent|give|gives|state|states|report|"
    r"reports|mention|mentions|list|lists|publish|publishes|provide|provides|disclose|"
    r"discloses|show|shows)\b"
)
# The verbs an amount is said to come to ('le budget, ça représente combien ?', 'ça s'élève à
# combien ?', 'what does it amount to?'): no thing the amount is of. Folded.
AMOUNT_VERBS = (
    r"\b(represente|representent|representait|eleve|elevent|atteint|atteignent|"
    r"amount|amounts|come|comes|total|totals)\b"
)
# A verb of stating before the figure it states ('il donne un budget ?', 'do they give their
# budget?'): the fiche asked to state it, no funder giving money. Folded.
GIVES_A_FIGURE = _rx(
    rf"{STATING_VERBS}\s+(un|une|le|la|l'|leur|leurs|son|sa|ses|a|an|its|their|the)\s+"
    r"(budget|chiffre|figure|montant|amount)\b"
)
# Class: which structures do NOT state a figure ('lesquelles ne donnent pas de nombre de
# bénévoles ?', 'lesquelles n'indiquent pas leur nombre total d'adhérents ?', 'which ones
# don't give a budget?'): the negation right after the question word; the list holds those
# whose fiche lacks it (stating_list.py). Folded.
NEGATED_STATING = _rx(
    rf"{_PICKING}(quel(le)?s|lesquel(le)?s|which|what)\s+{_AMONG}(\w+\s+)?"
    rf"({_COLLECTIVE_NOUNS}|fiches?|ones?)?\s*"
    r"(ne\s+|n'|don.?t\s+|do not\s+|does not\s+|doesn.?t\s+|never\s+)"
    rf"({STATING_VERBS}|ont\b|have\b|has\b|possedent\b|disposent\b)"
)
# Class: which structures do NOT do or are NOT something ('lesquelles ne vendent pas de
# nourriture ?', "which ones don't collect furniture?", 'quelles structures ne sont pas dans le
# Nord ?', 'which ones have no volunteers?'): a list question whose verb is negated. The list is
# the complement of the one asked without the negation (negated_list.py). Folded. Group
# `neg` is the negation before the verb, `verb` the verb, `after` the French closing word.
NEGATED_LIST = _rx(
    rf"{_PICKING}(quel(le)?s|lesquel(le)?s|which|what)\s+((sont|are)\s+(les|the)\s+)?"
    rf"{_AMONG}(\w+\s+)?"
    rf"({_COLLECTIVE_NOUNS}|fiches?|ones?)?\s*"
    # a place between the noun and the verb ('quelles structures du Nord ne …', 'which ones
    # in the Aisne don't …'), not a clause ('qui aident des gens qui n'ont pas …')
    r"((du|de|des|en|dans|in|from|of|l')\s*([\w'-]+\s+){1,2}){0,2}((qui|that|who)\s+)?"
    r"(?:(?P<neg>ne\s+|n'|don.?t\s+|do not\s+|does not\s+|doesn.?t\s+|did not\s+|didn.?t\s+|"
    r"never\s+)(?P<verb>(en\s+|y\s+|les\s+)?[a-z]+)(?P<after>\s+(pas|plus|jamais|aucun|aucune|"
    r"point)\b)?|(?P<be>are|is|were|was|have|has)(?P<not>\s+not\b|n.?t\b|\s+no\b))"
)
# Class: a list asking which structures have a thing ('which ones have volunteers?', 'quelles
# structures ont des bénévoles ?', 'lesquelles disposent d'un camion ?'): a verb of having
# followed by what is had, not an auxiliary before a participle ('ont mobilisé le FIDESS',
# 'have borrowed from', 'have been'). Folded.
THING_HAD = _rx(
    r"\b(ont|possedent|disposent|detiennent)\s+(des|un|une|du|de|d'|le|la|les|l'|leur|leurs)\b|"
    r"\b(have|has|own|owns|possess|possesses)\s+(?!been\b|got\b|gotten\b|done\b|made\b|"
    r"taken\b|given\b|run\b|seen\b|won\b|set\b|built\b|begun\b|grown\b|had\b|\w+ed\b)\w"
)
# Class: which structures state a figure or a card field, asked with a verb of having rather
# than of stating ('Which structures have a budget?', 'lesquelles possèdent un chiffre
# d'affaires ?', 'qui dispose d'un site internet ?', terse 'structures avec bénévoles
# chiffrés'): the list holds those whose fiche states it (`stating_list.asks_which_state`).
WHICH_HAVE = _rx(
    rf"{_PICKING}(quel(le)?s|lesquel(le)?s|which|what|qui|who)\s+{_AMONG}(\w+\s+)?"
    rf"({_COLLECTIVE_NOUNS}|fiches?|"
    rf"ones?)?\s*{_STRESS}(ont|possedent|possede|disposent|dispose|detiennent|have|has|own|owns|"
    # a value shared ('which structures share the APE code 9499Z?', 'partagent le code …')
    r"possess|possesses|got|share|partagent)\b|"
    # 'qui a un chiffre d'affaires ?': French 'a' after 'qui' only ('which of them give a …')
    rf"{_PICKING}qui\s+a\b|"
    rf"^(les\s+|the\s+)?({_COLLECTIVE_NOUNS}|fiches?)\s+(avec|with|having|ayant|qui ont|"
    r"that have|which have)\b"
)
# Words making a count of what is had ('un nombre de bénévoles', 'a number of members', 'des
# bénévoles chiffrés', 'a volunteer figure'): with a verb of having, a count of people is
# asked as a figure stated ('ont-elles des bénévoles ?' alone asks who has any).
QUANTITY_WORDS = _rx(
    r"\b(nombres?|numbers?|chiffres?|chiffree?s?|figures?|montants?|amounts?|counts?|"
    r"totals?|combien|how many)\b"
)
# Class: which structures mention a thing or people, no quantity asked ('which structures
# mention a shop?', 'lesquelles citent un atelier ?', 'quelles structures parlent de
# bénévoles ?', 'which ones talk about volunteers?'): a verb of mentioning over the thing
# itself asks who names it, a list of those whose text states it, not a figure of each
# (its number of sites); with a quantity word ('mention a number of volunteers') or a measure
# whose noun is a quantity ('mention their turnover') it still asks the figure.
WHICH_MENTION = _rx(
    rf"{_PICKING}(quel(le)?s|lesquel(le)?s|which|what|qui|who)\s+{_AMONG}(\w+\s+)?"
    # ('quelles structures du réemploi mentionnent …', 'which ones in the Nord mention …')
    rf"({_COLLECTIVE_NOUNS}|fiches?|ones?)?(\s+[\w'-]+){{0,4}}?\s*"
    r"(mentionnent|mentionne|citent|cite|evoquent|evoque|parlent|parle|"
    r"mention|mentions|cite|cites|refer|refers|talk|talks|speak|speaks)\b"
)
# Class: which structures have, employ or count a thing or people the fiches name, no quantity
# asked ('which structures have volunteers?', 'quelles structures de l'alimentation ont des
# bénévoles ?', 'qui a des salariés en insertion ?', 'which ones have a shop?', 'structures
# with greenhouses'): the noun after the verb of having is the whole condition, as after a verb
# of mentioning (`WHICH_MENTION`). The French verb needs its article ('qui a des …', not 'qui a
# créé …'), the English one no auxiliary use ('have been', 'have won an award'). Folded.
WHICH_HOLD_THING = _rx(
    # ('quelles structures du réemploi ont …', 'which food ones in the Nord have …')
    rf"{_PICKING}(((quel(le)?s|lesquel(le)?s|which|what|qui|who)\s+{_AMONG}"
    rf"([\w'-]+\s+){{0,5}}?{_STRESS}"
    r"((ont|a|possedent|possede|disposent|dispose|emploient|emploie|comptent|compte)\s+"
    r"(des|un|une|du|de la|de l'|d'|de|d)\b'?"
    r"|(have|has|own|owns|employ|employs|got)\s+((a|an|any|some|their own|its own)\s+|"
    r"(?!(been|done|not|no|to|they|it|the|more|less|over|under|at|\w+ed|won|got|made|had|"
    r"given|taken|built|begun|grown|become|seen|known|found|held|kept|brought|sold|bought|"
    r"lost|paid|told|met|chosen|spent|gone|put|set|run|left)\b)(?=[a-z]))))"
    rf"|(({_COLLECTIVE_NOUNS})\s+(with|having|avec)\s+((des|un|une|du|a|an|any|some)\s+)?))"
)
# Class: which structures have a difficulty, a lack or a need with something ('qui a des
# problèmes de locaux ?', 'quelles structures ont des difficultés de locaux ?', 'qui manque de
# bénévoles ?', 'which ones struggle to find premises?', 'which ones say they lack
# volunteers?'): the cue says where to look (the obstacles met, or a sentence stating a need
# or a search: `NEED_STATED`), the rest of the question what the difficulty is about. Folded.
DIFFICULTY_ASKED = _rx(
    # (a public 'en difficulté', 'in need' is whom a structure serves, no difficulty of its own)
    r"(?<!en )(?<!in )\b(problemes?|difficultes?|soucis?|ennuis?|galer\w*|du mal a|"
    r"de la peine a|manqu\w*|besoins?|cherch\w*|recherch\w*|trop (petit|exigu|cher)\w*|"
    r"problems?|difficult(y|ies)|troubles?|issues?|struggl\w*|lack\w*|short of|shortages?|"
    r"needs?|needing|looking for|searching for|search for|hard to (find|get|recruit))\b"
)
# A sentence stating a need, a lack or a search ('la recherche d'un nouveau local',
# 'Le local trop petit et coûteux', 'recherche donc de nouveaux bénévoles', 'pour trouver un
# bâtiment'): where a difficulty outside the obstacles section is written. Folded.
NEED_STATED = _rx(
    r"\b(recherch\w*|cherch\w*|manqu\w*|besoins?|trop (petit|cher|couteux|"
    r"exigu|faible|peu)\w*|insuffisan\w*|difficult\w*|amoindri\w*|trouver|exigus?|inadapte\w*)\b"
)
# Topics a difficulty is about, the stems a question writes them in and how a fiche's folded
# sentence names them: premises are 'local', 'locaux' after a determiner (not the adjective
# of 'produits locaux', 'collectivités locales'), 'bâtiment', 'entrepôt'; volunteers
# 'bénévoles', 'volontaires'.
DIFFICULTY_TOPICS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        frozenset({"local", "bat", "batiment", "entrepot", "premis"}),
        _rx(
            r"\b(un|le|du|des|les|ces|ses|leurs?|nouveaux?|nouvel|d'un|l'|grands?|petits?|"
            r"autres?)\s+((nouveaux?|nouvel|grands?|petits?|plus grands?)\s+)?(local|locaux)\b|"
            r"\bbatiments?\b|\bentrepots?\b"
        ),
    ),
    (
        frozenset({"benevol", "benevolat", "volontair", "volunteer", "volunte"}),
        _rx(r"\bbenevol\w*|\bvolontaires?\b"),
    ),
    # the Covid crisis as an obstacle ('which ones were hit hard by Covid?', 'lesquelles ont
    # souffert de la crise sanitaire ?'): the fiches write it 'crise sanitaire', 'pandémie',
    # 'coronavirus', 'confinement'
    (
        frozenset({"covid", "coronavirus", "pandem", "pandemic", "confin", "lockdown", "sanitair"}),
        _rx(
            r"\bcovid\w*|\bcoronavirus\b|\bpandemi\w*|\b(crise|contexte|periodes?) sanitaires?\b|"
            r"\bconfinement\w*"
        ),
    ),
)
# Class: a need asked with what the sought thing should be ('cherchent un nouveau local',
# 'de nouveaux bénévoles', 'un local plus grand', 'larger premises'): the qualifier says which
# one is sought, no topic of its own that the stating sentence must write too ('trouver un
# local adéquat'). Words, analyzed where read.
SOUGHT_QUALIFIERS = """
    nouveau nouveaux nouvel nouvelle nouvelles grand grands grande grandes plus adequat adequats
    adequate adequates adapte adaptes new larger bigger suitable more
"""
# Class: a structure hurt by an event asked as a difficulty of its own ('which ones were hit
# hard by Covid?', 'qui a été impacté par la crise sanitaire ?', 'lesquelles ont souffert du
# confinement ?', 'affected by the pandemic'): the verb of suffering is the cue only before
# the event, whose obstacles (DIFFICULTY_TOPICS) the list reads. Folded.
EVENT_HARDSHIP = _rx(
    r"\b(hit|affected|impacted|hurt|touched|struggled|struggling|suffered|suffering|"
    r"touchee?s?|impactee?s?|affectee?s?|souffert|souffrent|souffre|penalisee?s?|"
    r"fragilisee?s?|freinee?s?)\b(\s+\w+){0,3}?\s+(by|from|with|because of|during|par|de|"
    r"du|des|pendant|avec)\s+(the |la |le |l'|les )?(covid|coronavirus|pandemi\w*|"
    r"crises? sanitaires?|confinements?|lockdowns?)"
)
# Card fields a fiche states or leaves out, so that 'which structures have one?' lists those
# whose card gives it (not a status, an approval or a network, which all hold in some form).
STATED_FIELDS = frozenset({"website", "siret", "ape", "email", "phone", "social", "label"})
# Measures whose noun is itself a quantity ('un budget', 'a turnover', 'un tonnage', 'une
# surface'), or whose words are the key figure's own label ('des projets en étude de
# faisabilité'): had, they are stated. The others count things had ('des bénévoles', 'une
# boutique'), which a fiche may have with no figure.
# Parts of the fiche template a structure fills or leaves blank, so that 'which structures can
# be replicated?' lists those whose part says so (not a blank left by the template).
STATED_SUBPARTS = frozenset({"spread"})
QUANTITY_MEASURES = frozenset(
    {"budget", "chiffre_affaires", "resultat", "tonnage", "surface", "projets"}
)
# A result stated by its sign, with no amount (« Le résultat net de l'exercice 2019 est
# positif », « un résultat excédentaire », 'the accounts were in surplus'): the answer to a
# result asked as a figure (slots._result_by_sign). Folded.
RESULT_SIGN_STATED = _rx(
    r"\b(resultats?|benefices?|excedents?|deficits?|comptes?)\b[^.;]{0,60}?\b"
    r"(?P<sign>positifs?|negatifs?|excedentaires?|deficitaires?|a l.equilibre|equilibres?|"
    r"in surplus|in deficit|positive|negative|balanced)\b"
)
# Class: a structure's own costs kept down asked ('how do they keep costs down?', 'how do
# they keep their costs low?', 'comment réduisent-ils leurs dépenses ?', 'how do they cut
# costs?'): the costs it bears, lowered, which its sentences on its expenses answer ('Des
# dépenses réduites : un suivi précis des stocks …'), not a price it charges (dev29-123,
# dev30-141 were refused as 'no price'). Folded.
COSTS_LOWERED_ASKED = _rx(
    r"\b(keep\w*|kept|hold\w*|cut\w*|reduc\w*|lower\w*|limit\w*|control\w*|contain\w*|"
    r"minimi[sz]\w*|sav\w* on|reduire|reduis\w*|redui\w*|limit\w*|maitris\w*|baiss\w*|"
    r"comprim\w*|diminu\w*|contenir|contien\w*)(-t)?(-(il|elle|ils|elles|on))?\s+(\w+\s+){0,2}"
    r"(costs?|expenses?|spending|overheads?|couts?|depenses?|charges?|frais)\b|"
    # (the costs named as a plural noun: 'cost a low-income family' is a price asked)
    r"\b(costs|expenses|spending|overheads|couts|depenses|charges|frais)\s+"
    r"(\w+\s+){0,2}(down|low|under control|bas|faibles?|reduit\w*|limite\w*|maitrise\w*)"
    r"(?![\w-])"
)
# A prize won ('a-t-elle reçu un prix ?', 'has it won an award?'), not a price asked ('les prix
# des jouets').
PRIZE_WON = _rx(
    r"\b(recu|obtenu|gagne|remporte|decroche|remis|decerne|attribue)\w* ([\w']+ ){0,2}prix\b|"
    # a prize had ('il a eu quel prix ?', 'quel prix ont-ils eu ?'): a price is paid, not had
    r"\b(a|ont|avait|avaient) (\w+ )?eue?s? ([\w']+ ){0,2}prix\b|"
    r"\bprix (a|ont)[- ](t[- ])?(il|elle|ils|elles) eue?s?\b|"
    r"\bprix (a|ont|avait|avaient) eue?s?\b|"
    r"\b(premier|1er|\d+e|\d+eme) prix\b|\bprix (a |ont )?(recu|obtenu|gagne|remporte)|"
    r"\bprix (de l.|de la |du |d.)(innovation|initiative)|\bprizes?\b|"
    r"\bawards?\b|\bawarded\b|laureat\w*|trophee\w*|troph(y|ies)"
)
# A prize asked by winning alone, no prize named ('did they win anything?', 'ont-ils gagné
# quelque chose ?', 'won any competition?'): what a structure wins is a prize (prize_won.py).
# Folded.
WIN_ASKED = _rx(
    # ('anything they won't take?': 'won't' is 'will not', no win)
    r"(?<!-)\b(win|won|wins)\b(?!-|'t)|"
    r"\b(gagne|remporte)\w* (quelque chose|qqch|(un |des )?concours)"
)
# Kinds of what structures do or meet that a list question gathers in a word and the fiches
# write in several ('déchetteries', 'EU funds', 'lack of premises'; folded, FR and EN): a list
# asking for one holds the fiches writing one of its forms (`list_scope.topic_values`), those
# the search did not rank near the best included.
LIST_KINDS: dict[str, re.Pattern[str]] = {
    # collecting at municipal waste sites ('local tips' in British English)
    "decheterie": _rx(
        r"\bdech[e]?t+eries?\b|\b(household |municipal |local )?waste[- ]"
        r"(disposal[- ]|recycling[- ]|collection[- ])?(cent(re|er)s?|sites?|points?)\b|"
        r"\brecycling cent(re|er)s?\b|civic amenity sites?|"
        r"\b(local|council|municipal|household waste) tips?\b"
    ),
    # baskets of food sold cheaper to households on low incomes
    "paniers_solidaires": _rx(
        r"\bpaniers? (alimentaires? )?solidair(e|es)?\b|\bsolidarity (food |veg(etable)? )?"
        r"(baskets?|boxes)\b|\b(cheap|cheaper|affordable|inexpensive|reduced[- ]price|"
        r"low[- ]cost|discounted) "
        r"(food |veg(etable)? )?(baskets?|boxes)\b|"
        # the same baskets in everyday French ('des paniers pas chers', 'à petit prix')
        r"\bpaniers? (alimentaires? |de legumes )?(pas (trop )?chers?|moins chers?|bon marche|"
        r"a (tout )?petits? prix|a (prix )?(reduits?|bas prix)|a prix (reduits?|bas|casses?))\b"
    ),
    # the bodies running producers' take-back schemes
    "eco_organisme": _rx(
        r"\beco-? ?organismes?\b|\beco-? ?organi[sz]ations?\b|"
        r"\b(extended )?producer responsibility (organi[sz]ations?|schemes?)\b"
    ),
    # European funding, by any of its programmes
    "fonds_europeens": _rx(
        r"\bfonds? social europeen|\bfse\b|\bfeder\b|\binterreg\b|\bfonds? europeens?\b|"
        r"\bunion europeenne\b|\b(programme|projet)s? europeens?\b|"
        r"(financeurs?|financ\w+|partenaires financiers\W+)[^.]{0,40}\bl'europe\b|"
        r"\beuropean (social |regional development )?funds?\b|\besf\b|\berdf\b|"
        r"\beu (funds?|funding|money|grants?)\b|\beuropean (money|funding|grants?|union)\b|"
        # Europe named as the funder ('which ones get money from Europe?', 'funded by the EU',
        # 'de l'argent de l'Europe'). Class: a common-noun funder naming European funding
        r"\b(money|funding|funds?|grants?|subsid\w*|financ\w*|subventions?|aides?|argent|"
        r"soutiens?)\s+(from|of|de|par)\s+(the\s+|l')?(europe|eu)\b|"
        r"\b(funded|financed|backed|supported|paid|subsidi[sz]ed)\s+by\s+(the\s+)?(europe|eu)\b"
    ),
    # a prize or an award won ('1er prix de l'initiative', 'lauréate de …'), not a price
    "distinction": PRIZE_WON,
    # support from a foundation, corporate or not ('les fondations d'entreprise AG2R', 'la
    # Fondation Crédit Agricole', 'funded by foundations')
    "fondation": _rx(
        r"\bfondations?\b|\bfoundations?\b|\bfonds de dotation\b|\bendowment funds?\b"
    ),
    # a bank among the funders or lenders, asked by its common noun ('une banque', 'a bank',
    # 'un prêt bancaire'); the fiches name the banks themselves (LIST_KIND_MEMBERS)
    # (a food bank, 'banque alimentaire', is food aid, no lender)
    "banque": _rx(
        r"\bbanques?\b(?! alimentaires?)|(?<!food )\bbanks?\b|\bbancaires?\b|\bbanking\b"
    ),
    # premises lacking or too small
    "manque_locaux": _rx(
        r"\b(ateliers?|locaux|local|batiments?|entrepots?|boutiques?|magasins?)\b[^.]{0,130}"
        r"\b(trop (petit|petits|petites|exigus?)|exigus?|inadaptes?)\b|"
        r"\b(manqu|recherch|trouv|besoin|cherch)\w*\s+(de |d'|des |du |une? |d'une? )?"
        r"(nouveaux? |nouvel |autres? |plus grands? )?(locaux|local)\b|"
        r"\b(lack|lacks|lacking|shortage|need|needs|search|looking)\s+"
        r"(of |for )?(new |larger |bigger |suitable )?(premises|space|a building)\b|"
        r"premises (that are |are |were )?too small|(small|cramped) premises"
    ),
}
# Class: a kind asked by its common noun whose fiches write only its members' names ('which
# ones have a bank among their funders?' of fiches naming 'le Crédit Coopératif', 'Caisse
# d'Épargne'): the members count as forms of the kind in a fiche's text, never in a question
# (a bank named, 'did Crédit Agricole help any of them?', asks that bank, not every bank).
LIST_KIND_MEMBERS: dict[str, str] = {
    "banque": r"\bcredit (cooperatif|agricole|mutuel|municipal)\b|\bcaisses? d'epargne\b|"
    r"\bbnp\b|\bbpi\b|\bbanque populaire\b|\bsociete generale\b|\bla nef\b",
}
# The common nouns of a kind that a list question may write as a name ('financées par
# l'Europe', 'funded by the EU'): the kind, not a name of its own. A member named ('le FSE',
# 'du FEDER') stays a name, deciding its own narrower list. Folded.
LIST_KIND_COMMON_NAMES: dict[str, frozenset[str]] = {
    "fonds_europeens": frozenset({"europe", "eu", "ue", "union europeenne", "european union"}),
}
# How a fiche's folded text writes a kind of LIST_KINDS: its forms, and its members' names.
LIST_KINDS_IN_TEXT: dict[str, re.Pattern[str]] = {
    kind: _rx(rf"(?:{pattern.pattern})|(?:{LIST_KIND_MEMBERS[kind]})")
    if kind in LIST_KIND_MEMBERS
    else pattern
    for kind, pattern in LIST_KINDS.items()
}
# A founder describing a project, asking who does something alike.
# What one prepares that is no project of one's own: a meeting, a report, a talk ('je prépare
# une réunion : quelles structures …'). Class: a context given before a list, not a project.
_NOT_A_DOCUMENT = (
    r"(?! (une |un |la |le |ma |mon |notre |des |les )?(reunion|rapport|presentation|dossier|"
    r"note|article|expose|memoire|conference|comite|seance|synthese|cartographie|liste|"
    r"tableau|document|diaporama|intervention|visite|table ronde|webinaire|newsletter)\b)"
)
# A wish to know, not to build ('je voudrais savoir à quelle heure …', 'I'd like to know
# …', 'j'aimerais connaître …'): a question put politely, no project described. Class: a
# polite opening before a question about a structure. So is the wish of an answer's form ('je
# veux une liste avec chiffres', 'I'd like a table', 'je voudrais le détail'): a list asked
# with it ('lesquelles donnent leur tonnage ? je veux une liste') describes no project.
_WISH_TO_KNOW = (
    r"(?! (savoir|connaitre|demander|comprendre|verifier|know|ask|find out|understand|check|"
    r"learn|see)\b)"
    r"(?! (une |un |la |le |les |des |a |an |the |juste |just |only )?(liste|tableau|recap\w*|"
    r"resume|details?|chiffres|list|table|summary|breakdown|figures|numbers)\b)"
)
PROJECT_DESCRIPTION = _rx(
    r"\b(je (veux|voudrais|souhaite|compte|cherche a|pense|prevois|envisage|monte|lance)"
    rf"{_WISH_TO_KNOW}|"
    rf"j'(aimerais{_WISH_TO_KNOW}|envisage|ai (un|le) projet)|nous (voulons|voudrions|souhaitons|"
    r"envisageons|montons|lancons|creons|prevoyons)|on (veut|voudrait|aimerait|souhaite|"
    r"envisage|monte|lance)|mon projet|notre projet|projet similaire|comme (moi|le mien|"
    r"mon projet|notre projet)|"
    r"(i want to|i'd like to|i would like to|we want to|we'd like to|we would like to)"
    rf"{_WISH_TO_KNOW}|"
    r"we plan|i plan|we are (planning|setting up|starting|launching)|"
    # a wish or a dream said otherwise ('I'd love to open …', 'je rêve d'un atelier …')
    r"(i|we)('d| would) love to|(i|we) dream (of|about)|(my|our) dream|"
    r"(je|on) reve d|nous revons d|(mon|notre) reve|j'adorerais|on adorerait|"
    r"i am (planning|setting up|starting|launching)|i'm (planning|setting up|starting)|"
    r"my project|our project|like mine|similar|ressembl\w*|qui fait deja ca|"
    # drawing ideas from others ('peut-on s'inspirer de …', 'to get inspired'), not a
    # structure 'inspired by' a model
    r"(s'|m'|nous |me |se |t')inspir\w*|inspir\w* (me|us|moi|nous)\b|get inspired|"
    r"draw inspiration|"
    r"who (already )?(does|did|has done|is doing) (this|that|the same)|"
    r"nous (aimerions|souhaiterions|pensons|reflechissons|imaginons|preparons"
    rf"{_NOT_A_DOCUMENT})|"
    r"j'(imagine|reflechis|aimerai)|je (reflechis|prepare"
    rf"{_NOT_A_DOCUMENT}|suis en train de monter)|"
    r"mon idee|notre idee|l'idee (serait|est de)|^(un |mon |notre )?projet (de|d')|"
    r"my idea|our idea|(i|we)('m| am|'re| are) (thinking|hoping|looking) (of|about|to)|"
    r"(i|we) hope to|^(i|we) run (a|an)|(who|qui) (want|wants|veulent|voudraient|"
    r"souhaitent|aimeraient)|looking for (projects|initiatives|structures|examples)|"
    # 'on réfléchit à …', 'on a une idée', 'ça existe déjà ?', 'des structures font ça ?'
    r"on (reflechit|pense|imagine|prepare"
    rf"{_NOT_A_DOCUMENT}|prevoit|cree|cherche a)|"
    # a wish in the first person plural without its 'nous' ('Nous sommes des agriculteurs et
    # voulons vendre …'), and who does the same ('qui fait pareil ?', 'anyone doing the same?')
    r"\b(voulons|voudrions|souhaitons|souhaiterions|aimerions|envisageons|comptons)\b|"
    r"\bqui fait (pareil|la meme chose|de meme|comme (nous|moi))|"
    r"\b(anyone|anybody|who|someone) (is )?(doing|does) the same|"
    r"(on a|j'ai|nous avons) (une idee|un projet)|(ca|cela) existe(-t-il)? deja|"
    # a project told, then whether it rings a bell ('une conserverie solidaire …, ça vous
    # parle ?', 'does that ring a bell?', 'anything like that?'): the closest asked
    r"\b(ca|cela) (vous|te) (parle|dit quelque chose|evoque quelque chose)|"
    r"\brings? a bell|\b(sounds?|looks?) familiar|\banything like (this|that|it)\b|"
    # a model asked by its likeness to a project described after it ('anything like a repair
    # shop for toys?', 'which initiatives look like a food-aid project …', 'des structures
    # comme une épicerie de village ?', 'quelque chose du genre un drive fermier ?'); a
    # structure named there is a model named (SIMILAR_TO), 'comme des …' gives examples
    r"\b(anything|something|any (initiatives?|structures?|projects?|ones?|organi[sz]ations?)|"
    r"(which|what) (initiatives?|structures?|projects?|ones?|organi[sz]ations?) (look|looks|"
    r"sound|sounds|seem|seems|are|is)|quelque chose|(des|une?) (structures?|initiatives?|"
    r"projets?|assos?|associations?)) (like|comme|du genre|de ce genre|de ce type) (an?|une?)\b|"
    r"(structures?|initiatives?|associations?|assos?) (qui )?(font|fait) (deja )?(ca|cela)|"
    r"(does|do) (this|that|something like (this|that)) (already )?exist|"
    r"(anyone|anybody|someone) (already )?(doing|does) (this|that|something like)|"
    # an adviser describing a founder's project in the third person ('j'accompagne une
    # porteuse de projet qui veut …', 'I advise a founder who plans to …')
    r"\b(une?|mon|ma|mes|nos|notre) (jeunes? )?(porteur|porteuse|createur|creatrice|"
    r"entrepreneur|entrepreneuse|client|cliente)s?( de projets?)? qui (veu\w*|souhait\w*|"
    r"voudr\w*|envisag\w*|aimer\w*|cherch\w* a|pense|prevoi\w*|monte\w*|lance\w*)|"
    r"\b(an?|my|our) (young )?(founders?|entrepreneurs?|clients?) (who|that) (wants?|plans?|"
    r"hopes?|would like|is (planning|setting up|starting|launching|thinking))|"
    # a project typed as keywords, then who does it: 'projet épicerie solidaire rurale, qui
    # fait ça ?', 'village grocery project with local food, anyone doing it?' (without the
    # word project, 'repair of bikes, who does that?' asks for a list)
    r"(projet|project|idee|idea)\b[^?]*[,;:\-]\s*(qui|who|quelqu'un|anyone|anybody|someone)\b"
    r"[^,;:?]{0,25}\b(ca|cela|pareil|"
    r"this|that|it|the same)( (deja|already))?(?=\s*\??\s*$)|"
    r"something like (this|that|it)\??$|"
    # a description, then who stands close to it ('idea: a toy library …, who in the booklet
    # is close to that?', 'qui est proche de ça ?', 'anyone near this?'), or the idea labelled
    # first ('idée : une ludothèque …', 'project: …')
    r"\b(who|which|what|qui|lesquel\w*|quel\w*|anyone|anybody)\b[^?]{0,40}\b((is|are|comes?|"
    r"est|sont|serai\w*|se rapproche\w*) )?(the )?(close|closer|closest|near|nearer|nearest|"
    r"similar|proches?|semblables?|le plus proche|les plus proches)( (to|de|d'|a))? ?(that|this|"
    r"it|mine|ours|ca|cela|ce projet|mon projet|notre projet|my (idea|project)|our (idea|"
    r"project))\b|^(idea|idee|project|projet)\s*:\s*"
    r"(?!(quel\w*|combien|comment|qui|ou|what|which|how|who|where|when)\b)(?=\w)|"
    # the structures closest to what a founder does: 'closest to what we do', 'most like a
    # zero-waste grocery', 'des structures comparables' (not 'closest to Lille': a place)
    r"(closest|nearest|closer|most similar|most like|most alike) (to )?(what|mine|ours|my|our|"
    r"a|an|the (one|project|idea|activity) )|\b(le|la|les) plus proches? de (ce que|mon|"
    r"notre|nos|ce projet)|(structures?|initiatives?|projets?|associations?|assos?|actions?) "
    r"(comparables?|similaires?|semblables?|equivalentes?)|(comparable|similar) "
    r"(structures|initiatives|projects|organi[sz]ations)|"
    # after a description typed as a noun phrase ('An organic market garden employing …: is
    # there a model in the booklet?', '…. Which initiatives are closest?'): a model asked for
    r"(which|what) (initiatives?|structures?|projects?|ones?|organi[sz]ations?) (are|is) "
    r"(the )?(closest|nearest|most similar|most alike)(?=\s*[?.!]?\s*$| in the booklet)|"
    # (not a business model: 'un modèle économique', 'an economic model')
    r"(is there|are there|any) (a |an |any )?(model|example|precedent|equivalent)s?"
    r"(?! (econom|financ|of (funding|financing)))"
    # ('any examples of big orders?': instances of a thing asked, no model of a project)
    r"(?! of (?!(an? |the |such )?(structures?|initiatives?|projects?|organi[sz]ations?|"
    r"associations?|charit(y|ies)|places?|ones?|models?)\b))|"
    r"(y a-t-il|existe-t-il|il y a) (un |des )?(modeles?|exemples? a suivre|precedents?)"
    r"(?! (econom|financ)))\b"
)
# What happened in a year ('what happened to them in 2018?', 'que se passe-t-il en 2018 ?',
# 'what did they do in 2020?', "qu'ont-ils fait en 2019 ?"): an event asked by its year,
# answered by the fiche's sentence of that year (slots.SlotFiller.share_asked). Folded.
EVENT_OF_A_YEAR = _rx(
    r"\b(happen\w*|occur\w*|took place|take place|se pass\w*|s.est passe\w*|s.est-il passe|"
    r"arrive\w*|what did\b.{1,40}\bdo|qu.(a|ont)[- ]t?.?(il|elle|ils|elles)? ?fait|"
    r"(a|ont) fait quoi|quoi de neuf|what was new)\b"
)
# A price level, asked or stated: 'à prix bas', 'à moindre coût', 'pas cher', 'moins cher',
# 'à moitié prix', 'cheap', 'at a low price' (folded). Class: 'why' asked of an action done
# cheaply ('pourquoi vendent-ils à bas prix ?'), whose answer is the sentence stating that
# price level ('Ils sont vendus à prix bas afin d'être accessibles à tous').
PRICE_LEVEL = (
    r"\b((a|at) )?(petits?|bas|faibles?|moindres?|low|lower|cheap|affordable|reduced) "
    r"(prix|couts?|tarifs?|prices?|costs?)\b|\bprix (bas|reduits?|modiques|solidaires?|"
    r"abordables?)\b|\bpas (trop )?cher\w*|\bbon marche\b|\blow-?cost\b|\bcheap(ly|er)?\b|"
    r"\bmoins (cher|chers|chere|cheres|couteu\w*|eleve\w*)\b|\bmoitie prix\b|\bhalf[- ]price\b"
)
# How a project works, stated inside a description: a way of reaching or ordering
# ('commandés par téléphone', 'orders taken by phone', 'inscriptions par mail', 'sold via the
# internet') or a price level ('revendus à petits prix', 'pas cher', 'at low prices'): not a
# contact field or a price asked of a structure.
PROJECT_MANNER = _rx(
    r"\b(par|au|via|by|over the|through the|on the) (telephone|tel|phone|e-?mail|courriel|"
    r"mail|internet|site (web|internet)|website|web)\b|"
    r"\b((a|at) )?(petits?|bas|faibles?|moindres?|low|lower|cheap|affordable|reduced) "
    r"(prix|couts?|tarifs?|prices?|costs?)\b|\bprix (bas|reduits?|modiques|solidaires?|"
    r"abordables?)\b|\bpas (trop )?cher\w*|\bbon marche\b|\blow-?cost\b|\bcheap(ly)?\b"
)
# A project stated from its first word: an infinitive ('Réparer des vélos …', 'Lancer une
# brocante …') or 'to start/open/…' ('Open a repair café …').
PROJECT_OPENING = _rx(
    r"^(creer|lancer|ouvrir|monter|demarrer|developper|mettre en place|installer|fabriquer|"
    r"reparer|recuperer|collecter|vendre|proposer|organiser|transformer|cultiver|produire|"
    r"(to )?(start|open|launch|create|set up|build|run|make|repair|collect|sell|grow))\b"
)
# A clause where the asker tells about themselves before asking about a structure ('Je suis
# maraîchère dans l'Aisne.', 'I live in the Nord;', 'Nous sommes une association de Lille :'),
# folded, after any greeting: its places are the asker's, not a place asked (class: a
# founder's text that then asks one thing of a structure it names).
ASKER_CLAUSE = _rx(
    r"^((bonjour|hello|hi|salut|bonsoir)\W+)?(je|j'|nous|on|moi|i|i'm|we|we're|my|our|mon|ma|"
    r"mes|notre|nos)\b"
)
# The asker's own name, given when they introduce themselves or sign off ('je m'appelle
# Paul', 'moi c'est Léa', 'my name is Tom', "I'm Marie,", '… Merci, Julie'): a name the
# booklet need not know, never one asked about. Class: a founder's or a reader's text in
# the first person that then asks one thing (answering/abstention.py). Folded text right
# before the name; a sign-off is a name closing the text after a thanks.
ASKER_NAME_BEFORE = _rx(
    r"\b(je m.appelle|je me nomme|je me prenomme|mon (pre)?nom est|moi c.est|ici c.est|"
    r"je suis|my name is|my name.s|i am|i.m|this is)\s+$"
)
ASKER_SIGN_OFF = _rx(r"\b(merci|thanks|thank you|cordialement|bien a vous|regards|cheers|best)\W+$")
# Class: the asker's own context, then a question that stands alone ('I make surfboards from
# plastic bottles. Which structures work with wood?', 'Avec mon asso on recycle des pneus.
# Quelles structures fabriquent des meubles ?'): the things the context names are the asker's,
# not asked (answering/standalone_question.py). The context speaks in the first person (folded) …
ASKER_SPEAKS = _rx(
    r"\b(je|j'|moi|me|m'|mon|ma|mes|nous|notre|nos|on|i|i'm|i've|i'd|my|mine|we|we're|we've|"
    r"we'd|us|our|ours)\b"
)
# … and the question does not speak of the asker ('pour moi', 'should I', 'near us'; not the
# 'on' of 'où peut-on …', which is anyone) …
ASKER_IN_QUESTION = _rx(
    r"\b(je|j'|moi|me|m'|mon|ma|mes|nous|notre|nos|i|i'm|i've|i'd|my|mine|we|we're|we've|we'd|"
    r"us|our|ours)\b"
)
# … nor point back at what the context said ('qui fait ça ?', 'who does that?', 'des
# structures comparables ?', 'the closest ones?', 'qui en fait ?', 'something like it').
CONTEXT_POINTED_AT = _rx(
    r"\b(ca|cela|ceci|pareil\w*|meme(s)? chose|le meme|la meme|les memes|ce genre|ce type|"
    r"this|that|it|the same|such|this kind|that kind|this sort|"
    r"simil\w*|semblables?|comparables?|equivalent\w*|proches?|close|closer|closest|nearest|"
    r"inspir\w*|ressembl\w*|analogues?|alike)\b|"
    r"\ben (a|ont|fait|font|vend|vendent|propose|proposent|fabrique|fabriquent)\b"
)
# The place of the asker's own project, said in passing before asking about a structure
# named ('I'm looking at X as a model for a project in Normandy — what do they …', 'pour mon
# projet à Rouen, comment X a-t-elle …'): the place is the asker's, not asked of the
# structure (class: a founder's question naming their own project's place). Raw text: the
# possessive or 'for a project', nouns, the preposition; the place (capitalised) follows.
ASKER_PROJECT_PLACE = re.compile(
    r"(?i:\b(?:(?:my|our|mon|ma|mes|notre|nos)(?:\s+[^\W\d_]+){1,3}?|"
    r"(?:for|pour)\s+(?:a|an|un|une)\s+(?:[^\W\d_]+\s+)?(?:project|projet|idea|idee|idée))"
    r"\s+(?:in|en|à|a|au|aux|dans|near|around|près de|pres de|vers|sur)\s+)"
    r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,2}"
)
# A place word pointing back at the asker's own place ('ici', 'près de chez moi', 'near me'):
# the asker's place is then the place asked.
ASKER_PLACE_ASKED = _rx(
    r"\b(ici|la-bas|pres de chez (moi|nous)|chez (moi|nous)|dans (ma|notre) (ville|region|"
    r"commune|coin)|a cote|du coin|here|near me|near us|nearby|close to (me|us)|in my (town|"
    r"area|region)|around here)\b"
)
# The asker's request opening a question, which asks to be shown or told and names no topic
# ('je regarde les structures du Nord', "je m'intéresse aux initiatives de l'Aisne", 'peux-tu
# me lister les structures du 62', "I'm looking into initiatives in the Pas-de-Calais", 'give
# me the list of …'), folded. Class: a list of a place (or any list) opened by the asker's
# own words; those words are no thing the fiches must state (answering/request_opening.py).
# A modal or 'can you' first, then the verb of looking, knowing, showing or listing.
REQUEST_OPENING = _rx(
    r"^\W*(?:(?:bonjour|bonsoir|salut|hello|hi|hey)\W+)?"
    r"(?:(?:(?:est[- ]ce que )?(?:tu peux|vous pouvez|tu pourrais|vous pourriez|pourriez[- ]vous|"
    r"pouvez[- ]vous|peux[- ]tu|pourrais[- ]tu|can you|could you|would you|please)|"
    r"(?:je|j'|nous|on|i|we) (?:voudrais|voudrions|veux|voulons|souhaite|souhaitons|aimerais|"
    r"aimerions|would like to|.d like to|want to|wanna))\s+(?:me |nous |m'|bien )?)?"
    r"(?:(?:je|j'|nous|on) (?:regarde|regardons|cherche|cherchons|recherche|recherchons|"
    r"m.interesse|nous interessons|me renseigne|nous renseignons|jette un (?:oeil|coup d.oeil)|"
    r"explore|explorons)|(?:i.m|i am|we.re|we are) (?:looking|interested|reading|researching)|"
    r"(?:lister|listez|liste|list|la liste|the list|a list|connaitre|savoir|voir|see|know|"
    r"decouvrir|discover|explorer|explore|montrer|montrez|montre|show|donner|donnez|donne|give|"
    r"dire|dis|dites|tell)(?:[- ](?:moi|nous)|\s+(?:me|us))?)"
    r"(?:\s+(?:at|into|for|in|about|of|on|a|aux|au|sur|de|des|du|d'))?(?=\W|$)"
)
# A structure named as the model of a project: 'initiatives similaires à VESTALI', 'like the
# Panier de la Mer' (with a structure named, the question asks for the ones closest to it).
SIMILAR_TO = _rx(
    r"\b(similaires? a|semblables? a|proches? d[e']|comparables? a|qui ressemblent? a|"
    r"ressemblant a|du meme type que|comme|similar to|like|close to|comparable to|resembling|"
    # the verb with its article ('ressemblent au Panier'), a superlative ('closest to X')
    r"ressembl(e|ent|ant) (a|au|aux)|(closest|nearest|most similar) to)\b"
)
# 'comme'/'like' asking for a kind or a manner, not naming a model: 'X récupère quoi comme
# bois ?', 'qu'est-ce que X vend comme produits ?', 'I would like X's budget', 'what is X like?';
# 'like a toy library', 'comme une ludothèque': an indefinite article names a kind of thing,
# never one of the booklet's structures ('Does X lend toys like a toy library?' asks X).
KIND_NOT_MODEL = _rx(
    r"\b(quoi|qu'?est[- ]ce (que?|qu'))\b[^?]*\bcomme\b|"
    r"\b(would|'d|look|looks|feel|feels|be|is|was)\s+like\b|\blike\s*\??\s*$|"
    r"\b(like|comme) (a|an|un|une)\s"
)
# 'Pourquoi pas VESTALI ?' after a similar answer: why a structure ranks where it does.
WHY_NOT = _rx(
    r"^((et|and|mais|but|ok|d'accord)[ ,]+)?(pourquoi|why)\b.{0,80}\b(pas|not|n'est|isn't|"
    r"wasn't|aren't|plus bas|si bas|lower|so low|derriere|behind|absente?|missing|n'apparait|"
    r"ne figure|loin|far)\b|^((et|and)[ ,]+)?(pourquoi pas|why not)\b"
)
# A text that reads as a question, not as a description ('qui …', 'which …', a '?').
QUESTION_FORM = _rx(
    r"\?|^(qui|que|quoi|quel|quelle|quels|quelles|combien|comment|ou|quand|pourquoi|est-ce|"
    r"y a-t-il|existe-t-il|who|what|which|how|where|when|why|is|are|does|do|can|could|"
    r"list|liste|donne|give|show|montre|cite)\b|^(a|au|aux|en|dans|de|du|pour|avec|par|sur|depuis|"
    r"pendant|chez|in|of|for|from|with|by|to|at|during|since)\s+(qui|quoi|quel\w*|lequel\w*|"
    r"laquelle|combien|which|what|whom|whose|how|when|where)\b|-t-(il|elle|on)\b|\best-ce\b|"
    r"\b(quel|quelle|quels|quelles|lequel|laquelle|combien)\b|\b(livret|booklet|fiches?)\b|"
    r"\b(where|comment|how|when|who|what|quand|ou|pourquoi|qui|quoi)\s*$|"
    r"\b(who|qui) (\w+ ){0,2}(them|it|that|this|ca|cela)\s*$|"
    # 'c'est quoi …', as typed in a chat ('c koi les produits' is read 'c quoi')
    r"\b(c'?est|c|cest) quoi\b"
)
# Counts, totals, rankings and comparisons over structures: answered from the facts (#11).
AGGREGATE = _rx(
    r"\b(combien de (structures|associations|initiatives|fiches|projets)|how many "
    r"(structures|organi[sz]ations|initiatives|associations|projects)|au total|in total|"
    r"total|en tout|moyenne|average|le plus (de|grand|petit|ancien|recent)|la plus "
    r"(grande|petite|ancienne|recente)|the (most|largest|biggest|smallest|oldest|newest)|"
    # the superlatives of least ('the fewest members', 'le moins d'adhérents'): a ranking
    # too, which a pronoun opening it ('which one', 'laquelle') had read as pointing back
    r"the (fewest|least|lowest|youngest)|le moins de|le (plus|moins) d['’ ](?=[a-z])|"
    r"la moins (grande|ancienne)|"
    r"plus (de|que) \d|more than \d|fewer than \d|less than \d|moins de \d|classement|"
    r"rank|repartition|breakdown)\b"
)
# Class: a follow-up after a yes/no turn that asks how many or what share ('Does X have
# disabled employees?' then 'and how many come from priority neighbourhoods?', 'et quelle part
# sont des femmes ?'): it asks a value, no yes or no, whatever the turn before asked. A
# preposition may open it ('de combien ?', 'by how much?', 'pour combien ?', 'à hauteur de
# combien ?' after 'a-t-il reçu le fonds … ?'): the sum, with no stray 'Oui —'.
AMOUNT_ASKED_OPENING = _rx(
    r"^((et|and|mais|but|so|alors|ok)\s+)?(dont\s+|of which\s+|of whom\s+)?"
    r"((de|by|pour|for|a hauteur de|up to)\s+)?(combien|how many|"
    r"how much|what (share|proportion|percentage|part)|quel(le)? (part|proportion|pourcentage))\b"
)
# Class: a follow-up after a yes/no about a role ('a-t-il un trésorier ?', 'does it have a
# treasurer?') asking who holds it ('c'est qui ?', 'qui c'est ?', 'il s'appelle comment ?',
# 'who is it?', 'what's their name?'): a person asked, no yes or no — a sentence that only
# mentions the role names no one. Folded; the whole question but for an opener. The bare
# 'qui ?' / 'who?' too, when the last turn asked of a role (planner._asks_holder_of_last).
HOLDER_ASKED = _rx(
    r"^((et|and|mais|but|so|alors|ok|okay|d.accord)[\s,]+)*"
    r"(qui|who|c.est qui|qui c.est|qui est.ce|qui ca|c.est qui (lui|elle|ca)|"
    r"(il|elle) s.appelle comment|comment (il|elle) s.appelle|(son|leur) nom|"
    r"quel est (son|leur) nom|"
    r"who is (it|that|he|she|this)|who.s (that|he|she|it)|(what.s|what is) (their|his|her|the) "
    r"name|(their|his|her) name|name)\b[\s?!.]*$"
)
# A person asked by what the question describes of them ('c'est qui la maraîchère bio qui
# dépose chez eux ?', 'who is the farmer who supplies them?'): a question of its own, not the
# last one again; answered only by a sentence naming someone (lexicon PERSON_NAME), else the
# fiche mentions that person without naming them. Class: a who question answered with the
# last turn's field, or with a sentence naming no one. Folded.
# 'who buys, mostly?', 'et qui achète surtout ?', 'qui sont les acheteurs ?': who buys from
# the structure, asked with no thing bought named — a 'who' of the one in focus (its
# customers), not which structures of the booklet buy (who_of_focus.py). Folded.
BUYERS_ASKED = _rx(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|so|donc|bon)\W+)*(?:who|qui)\W+"
    r"(?:(?:mostly|mainly|usually|actually|really|en general|surtout|principalement)\W+)?"
    r"(?:buys?|purchases?|achetent|achete|acheter)\b(?:\W+(?:mostly|mainly|most|usually|"
    r"surtout|principalement|le plus|majoritairement|en general|chez eux|from them|there|"
    r"la-bas|la bas|leurs? produits|their (?:products|goods|stuff)|it|them))*\W*$"
)


PERSON_DESCRIBED_ASKED = _rx(
    r"^(?:(?:et|and|so|alors|mais|but)[\s,]+)?(?:c.est qui|qui est|qui sont|who is|who.s|"
    r"who are) (?:la|le|l.|les|the|their|leur|leurs|this|that|cette|ce|cet) ?[a-z]{3,}|"
    # the name asked of someone a question's first part described ('Which market gardener
    # works with X? What's her name?', '… elle s'appelle comment ?')
    r"^(?:(?:et|and|so|alors|mais|but)[\s,]+)?(?:what.s|what is) (?:her|his) name\b|"
    r"^(?:(?:et|and|so|alors|mais|but)[\s,]+)?(?:(?:elle|il) s.appelle comment|"
    r"comment (?:s.appelle-t-(?:elle|il)|(?:elle|il) s.appelle))"
)
# The name of a thing or person asked ('comment s'appelle la tapissière ?', 'le bar-tabac,
# il s'appelle comment ?', 'quel est le nom de l'enseigne ?', "what's the name of the
# upholsterer?", "what's the ambassador's name?", 'which retailer were they for?'): the noun
# named is the group that matched. Class: a near miss asking the name of what the fiche
# mentions without naming (answering/unnamed_thing.py). Folded.
_NAMED_NOUN = r"([a-z][a-z-]{2,})"
NAME_ASKED = _rx(
    # a head noun after words qualifying it ("what is the name of the bien-vivre alimentaire
    # AMBASSADOR hired with …"): the last word before a verb, a relative or a preposition,
    # maybe with no qualifier ('the name of the HOTEL for which …', not 'for')
    r"\b(?:what(?:.s| is| was)?|tell me|give me) (?:the |their |its )?name of (?:the |their |its )"
    r"(?:[a-z-]+ ){0,3}?" + _NAMED_NOUN + r"(?= (?:hired|employed|recruited|who|that|which|"
    r"whose|with|at|in|for|from|of|working|by)\b)|"
    r"\b(?:what(?:.s| is| was| are| were)?|tell me|give me) (?:the |their |its )?names? of "
    r"(?:the |their |its |"
    r"this |that |those |these )?" + _NAMED_NOUN + r"|"
    r"\b(?:the|their|its|this|that) " + _NAMED_NOUN + r".s name\b|"
    r"\bwhat(?:.s| is| was| are| were) (?:the |their |its |this |that )?"
    + _NAMED_NOUN
    + r" called\b|"
    r"^(?:(?:and|so|but) )?(?:which|what) (retailer|brand|shop|store|chain|supermarket|"
    r"company|firm|business)s? (?:was|were|is|are|did|does|do)\b|"
    r"\bcomment s.appel\w* (?:le |la |l.|les |leur |leurs |son |sa |ses |ce |cet |cette |"
    r"ces )?" + _NAMED_NOUN + r"|"
    r"\b(?:le |la |l.|les |leur |leurs |son |sa |ses |ce |cet |cette |ces )"
    + _NAMED_NOUN
    + r"\b[^?]{0,120}\bs.appel\w* comment\b|"
    # a description, then its name asked by a pronoun ('la personne embauchée chez VESTALI
    # pour l'étude, quel est son nom ?', 'the organic farmer they relay orders for, what is
    # she called?', '… give me her name'): the description's head noun is the thing named
    r"^(?:(?:et|and|so|mais|but) )?(?:who is |who.s |c.est qui )?"
    r"(?:le |la |l.|les |the |their |its |this |that )"
    r"(?:[a-z-]+(?:ic|al|ous|ive|ful|ern) )?" + _NAMED_NOUN + r"\b[^?]{0,120}(?:\?\s*)?"
    r"(?:\bquel (?:est|etait) (?:son|leur) nom\b|\b(?:son|leur) nom\s*\?|"
    r"\bwhat(?:.s| is| was) (?:she|he|it|they) called\b|"
    r"\b(?:what(?:.s| is| was)|give me|tell me) (?:her|his|its|their) names?\b)|"
    r"^(?:et )?(?:le )?nom (?:de la |du |de l.|des )" + _NAMED_NOUN + r"|"
    r"\bs.appel\w* comment (?:ce |cette |cet |ces |le |la |l.|les )" + _NAMED_NOUN + r"|"
    r"\b(?:quel (?:est|etait) )?le nom (?:de la |du |de l.|des |de leur |de son |de sa |"
    r"de cette |de cet |de ce )" + _NAMED_NOUN + r"|"
    r"^(?:et )?quel(?:le)?s? (enseigne|marque|chaine|societe|banque)s? |"
    # ('give me the name of the insurer', 'VESTALI bank name?')
    r"\b(?:give|tell|send|know)(?: me| us)? (?:the |their |its )?names? of (?:the |their |its )?"
    + _NAMED_NOUN
    + r"|\b"
    + _NAMED_NOUN
    + r" name\W*$"
)
# Nouns after a name frame that ask the structure's own name, or a field of its card, not a
# thing it mentions ('comment s'appelle l'association ?', 'le nom de l'entreprise'). Folded.
NAME_ASKED_NOT_THINGS = frozenset(
    {
        "structure", "association", "asso", "entreprise", "organisation", "organization",
        "organisme", "company", "charity", "site", "website", "etablissement", "establishment",
        "initiative", "ressourcerie", "epicerie", "jardin", "garden", "boutique",
        "contact", "first", "last", "full", "family", "their", "its", "the", "your", "user",
        "domain", "structure's", "organisation's",
        "she", "he", "it", "they", "elle", "il", "elles", "ils",
    }
)  # fmt: skip
# A question asking for a number: 'combien', 'how many', 'quel est le budget'.
FIGURE_FRAME = _rx(
    # (and typed short: 'nb de clients', 'cb de bénévoles', 'nbre d'adhérents')
    r"\b(combien|how many|how much|nombre|number of|montant|amount|chiffres? cles?|"
    r"(cb|cmb|nb|nbr|nbre) (de|d)\b|"
    # telegraphic, its noun right after ('ressourcerie montreuillois nb salaries etp')
    r"\b(nb|nbr|nbre) (?=[a-z]{3,})|"
    # a measure named, then whether one has its figure ('the budget in 2021 — do you have
    # that figure?', 'son CA 2020, vous avez le chiffre ?'): the figure asked
    r"(do|does) (you|the booklet|it) (have|know|give) (that|this|the) (figure|number|amount)|"
    r"(vous avez|tu as|on a|le livret (a|donne)) (ce|le) (chiffre|montant|nombre)|"
    r"key figures?|quel(le)? (est|sont|etait) (le|la|les) (budget|chiffre|tonnage|surface|"
    r"nombre|montant|surface|superficie|effectif)|"
    # the spoken 'c'est quoi leur budget', 'ça fait combien', 'c'était combien'
    r"\bc(.(est|etait))? (quoi|combien) (le|la|les|leur|leurs|son|sa|ses) (budget|chiffre|"
    r"tonnage|surface|superficie|effectif|nombre|montant|ca)|ca fait combien|"
    r"what('s| is| was| are) (the|its|their) "
    r"(\w+ )?(budget|turnover|revenue|tonnage|size|number|area|surface|floor area|headcount|"
    r"staff)|"
    # … or of a structure named in the possessive ("what is Il était deux fois's monthly
    # turnover?", "what was VESTALI's real budget?")
    r"what('s| is| was| are) [^?]{1,60}?.s (\w+ )?(budget|turnover|revenue|tonnage|floor area|"
    r"headcount)|"
    # the measure right after the interrogative ('quelle surface fait …', 'what size is …')
    r"quel(le)?s? (budget|chiffre d.affaires|tonnage|surface|superficie|effectif|taille|"
    r"resultat)|what (size|area|floor area|surface|budget|turnover|tonnage|profit|revenue)|"
    r"how (big|large))\b|"
    # the unit the figure is wanted in ('floor area of its premises in square metres?', 'sa
    # production en tonnes ?'): a figure asked, never a sentence merely naming the thing
    # (class: a near miss in another unit, '1 100 m3' quoted for square metres)
    r"\b(en|in) (m2|m²|metres? carres?|square met\w*|hectares?|tonnes?|tons?|kilos?|kg|"
    r"euros?|€)(?!\w)"
)
# A 'where' question: 'où est …', 'where is …'.
WHERE_FRAME = _rx(r"^(ou|where)\b")
# 'Where can one do X?' asked of no structure ('Où est-ce qu'on peut faire des ateliers de
# cuisine ?', 'où peut-on louer un vélo ?', 'where can I rent a bike?'): the structures doing
# it, a list, not one sentence placing a thing. Not of a structure's own things ('où peut-on
# acheter leurs paniers ?', 'where can I buy its products?'). Class: lists by an activity.
WHERE_CAN_ONE = _rx(
    r"^(ou|where)\b\W*(est-ce qu.|est ce qu.)?\W*(on|je|nous|peut-on|peut on|puis-je|"
    r"can (i|we|one|you|people)|could (i|we|one|you))\b(?!.*\b(leurs?|ses|son|sa|their|its|"
    r"his|her)\b)"
)
# A 'where' question about the structure itself ('où est-elle ?', 'where are they based?').
WHERE_IS = _rx(
    r"^(ou|where)\b.*\b(is|are|est|sont|se trouve\w*|se situe\w*|located|based|situated|"
    r"situee?s?|installee?s?|implantee?s?|work|works|bossent|travaillent|travaille|find)\b"
)
# Spoken French puts 'où' last: 'elle est où ?', 'c'est où ?', 'ils sont basés où ?'.
WHERE_LAST = _rx(
    r"\b(est|sont|c.est|se trouve\w*|se situe\w*|situee?s?|installee?s?|basee?s?|"
    # ('ils bossent où ?', 'elles travaillent où ?': where they work is where they are)
    r"implantee?s?|bossent|bosse|travaillent|travaille)\s+ou(\s+(exactement|precisement|donc|"
    # (a pointer left of a name typed after it: 'ils sont basés où ceux de synapse ?', 'elle
    # est implantée où l'asso des producteurs … ?')
    r"ca|deja|ceux|celles?|celui|eux|l.asso\w*|la structure|l.equipe))?\W*$"
)
# 'celle de Liévin', 'the one in Guise', 'l'asso d'Amiens': a structure picked by its town.
PICKED_BY_PLACE = _rx(
    r"\b(celle|celui|the one|l.asso|l.association|la structure|l.initiative|the organi[sz]ation)"
    r"\s+(de|d.|du|a|in|at|from|based in)\s*[^\W\d_]"
)
# A question asking when something happened (a year or a date), not when a place is open.
WHEN_FRAME = _rx(
    r"\b(quand|depuis quand|en quelle annee|quelle annee|de quand|when|since when|what year|"
    # (plural too, asked of several structures at once: 'dates de création ?', 'founding years?')
    r"which year|in what year|how long ago|dates? de|annees? de|"
    # ('the year of its founding', not a rate: 'how many tonnes per year of wood')
    r"(?<!per )(?<!a )(?<!each )(?<!every )years? of|"
    # ('et l'année du 4ème prix ?', 'la date du lancement ?': the year of the thing named)
    r"(?:l.|la |the )(?:annee|date|year) (?:du|des|d.)|"
    # the month of an event ('en quel mois ?', 'which month did it open?'): see MONTH_ASKED
    r"quels? mois|which month|what month|"
    # ... or its season ('à quelle saison ?', 'in which season and year?'): see SEASON_ASKED
    r"quelles? saisons?|which seasons?|what seasons?|what time of (the )?year|"
    # how long a structure has existed: 'how long has it been around', 'depuis combien de temps'
    r"how long (has|have|had|did)|depuis combien (de temps|d.annees|d.ans)|how old|quel age|"
    # ... as spoken ('ça fait combien de temps que X existe ?', 'il y a combien d'années
    # qu'elle a ouvert ?', 'since how long do they exist?', 'how many years ago …')
    r"(ca|cela) fait (depuis )?combien (de temps|d.annees|d.ans)|"
    r"il y a combien (de temps|d.annees|d.ans)|since how long|how many years ago|"
    # its age as a count of years: 'how many years has it existed?', 'combien d'années
    # d'existence ?', 'it is how many years old?'
    r"how many years (has|have|had|is|are|old|of existence|in (business|operation))|"
    r"combien d.annees (d.existence|d.activite|existe|a-t|ont-)|years old|"
    # the year or date named by its event, as typed in a hurry: 'opening year?', 'founding
    # date', 'year founded', 'start date'
    r"(opening|creation|founding|foundation|launch|launching|start|starting|inception) "
    r"(years?|dates?)|(year|date) (founded|created|opened|started|launched|established|set up)|"
    # an event's year or date by keywords only ('synapse merger year', 'date debut atelier',
    # 'annee creation'): the date of that event (class: a date asked without a question word)
    r"(merger|merging|closure|closing|birth) (years?|dates?)|"
    r"(dates?|annees?) (debut|demarrage|creation|lancement|ouverture|fusion|fermeture))\b"
)
# An event noun alone as a terse part of its own (class: a date asked by its event's noun only,
# a part of a two-part question in few words: 'Bois de Deux Mains : démarrage et effectif ?',
# 'VESTALI: founding and budget?', 'création et statut ?', 'son démarrage et son budget ?'):
# the date of that event, as 'date de démarrage' asks. The noun must stand alone after the
# name and its colon or comma, or make the whole part ('le démarrage de l'atelier' is a thing,
# its sentence asked). Not 'ouverture' / 'opening': alone they may ask opening hours. Folded.
EVENT_NOUN_ALONE = _rx(
    r"(?:^|[:,]\s*)(?:(?:et|and)\s+)?(?:(?:son|sa|leur|la|le|its|their|the)\s+|l')?"
    r"(demarrage|creation|lancement|fondation|naissance|founding|foundation|launch|start|"
    r"debut|inception)\s*[?!.]*\s*$"
)
EXACT_DATE_FRAME = _rx(
    r"\b(quelle date|a quelle date|quel jour|on what date|what date|which date|which day|"
    r"what day|date exacte|exact date|precise date|date precise|jour (et )?(le )?mois|"
    r"mois (et )?(le )?jour|day (and )?(the )?month|month (and )?(the )?day|jour exact|"
    r"exact day)\b|"
    r"\bdate\b[\w' ]{0,25}\b(exacte|precise)\b|"
    # the event named between ('the exact opening day', 'le jour exact de l'ouverture', 'quel
    # jour précis'): class, an exact day asked of an event dated by its month or year only
    r"\b(exact|precise) (\w+ ){0,2}(day|date)\b|\bjour (\w+ ){0,2}(exact|precis)\b"
)
# -- a date to come ---------------------------------------------------------------------------
# Class: a future completion, opening or reopening asked ('when will their second site be
# done?', 'la boutique rouvre quand ?', 'quand sera-t-il terminé ?'): only a sentence dating
# it to come answers (DATE_TO_COME_STATED); a fiche saying it is under way or closed gives no
# such date, and the date of another event (its start, its first opening) is the nearest
# fact (date_to_come.py). Folded.
DATE_TO_COME_ASKED = _rx(
    r"\bwhen will\b|\bwhen (?:is|are) (?:\w+ ){1,5}(?:due|expected|going to|set to|scheduled)\b|"
    r"\bre-?open\w*|\brouv(?:r|ert)\w*|\breouv\w*|"  # 'rouvre', 'a rouvert', 'réouverture'
    r"\bquand (?:sera|seront|va|vont|pourra|pourront)\b|"
    r"\b(?:sera|seront)(?:-t)?(?:-(?:il|elle|ils|elles))? (?:\w+ )?(?:termine|fini|acheve|pret|"
    r"livre|operationnel|ouvert|inaugure)e?s?\b|\bpour quand\b|\bfin des travaux\b"
)
# A sentence dating a thing to come: planned, due or lasting until ('prévue au 1er janvier
# 2022', 'qui durera jusqu'en septembre 2022', 'ouvrira en'). Class: a date to come asked
# (DATE_TO_COME_ASKED). Folded.
DATE_TO_COME_STATED = _rx(
    r"\bprevu\w*|\bdurera\b|\bjusqu.(?:en|au|a)\b|\bd.ici\b|\bdevr(?:ait|aient|a|ont)\b|"
    r"\b\w+(?:era|eront|ira|iront)\b|\ba l.horizon\b|\bprogramme\w*|\bplanned\b|\bdue\b|"
    r"\bwill\b|\buntil\b"
)
# A body pointed at as 'that association' ('when was that association founded?', 'et cette
# asso, elle date de quand ?') after a turn asking who runs the structure (RUNNER_ASKED): the
# body running it, not the structure. Class: the founding date of another body. Folded.
THAT_BODY = _rx(
    r"\b(?:that|this|the same) (?:association|organi[sz]ation|body|charity|group|network)\b|"
    r"\b(?:cette|la meme) (?:association|asso|organisation|federation|structure gestionnaire)\b|"
    r"\bcet organisme\b"
)
RUNNER_ASKED = _rx(
    r"\bwho (?:runs|manages|operates|is behind|carries|owns|leads)\b|\brun by\b|"
    r"\bmanaged by\b|\bqui (?:gere|porte|pilote|dirige|est derriere|s.occupe)\b|"
    r"\bgere par\b|\bporte par\b|\borganisme gestionnaire\b|\bstructure porteuse\b"
)
# A body named 'fondation' ('le 4e prix de la fondation Crédit Coopératif', 'la Fondation
# AG2R'): an organisation, not the founding of the structure. Class: the year of an event
# whose year is not given, asked with a body's name. Folded.
FOUNDATION_BODY = _rx(
    r"\b(?:prix|prize|award|soutien|support|aide|grant|subvention|laureat\w*|par|by)\b"
    r"(?: \w+){0,4} (?:la |the )?(?:fondation|foundation)\b(?: (?:du |de la |des |d.)?\w+)?|"
    r"\bfoundation(?:.s)? (?:prize|award|grant|fund)\b|"
    r"\bfondation (?!de\b|du\b|des\b|d.|en\b|a\b|ou\b|et\b|date\b)[a-z]\w+"
)
# Words that qualify the thing a 'when' question dates ('its new workshop', 'son nouvel
# atelier', 'the old shop'): no thing a sentence must name to tell the event (stems).
EVENT_QUALIFIERS = frozenset("new nouveau nouvel old ancien big grand small".split())
# The month of an event asked (class: 'en quel mois a-t-elle été créée ?', 'which month did
# they open?'): a date naming its month answers it ('en août 2020', '18 janvier 2021'); a year
# alone ('créée en 2015', 'au printemps 2019') is the nearest fact. Folded.
MONTH_ASKED = _rx(
    r"\b(quels? mois|which month|what month|the month (when|in which|of))\b|"
    # a follow-up after a year given ('et le mois ?', 'and the month?')
    r"^\W*(et|and) (le |the |quel |which |what )?(mois|month)\b"
)
# The season of an event asked (class: 'à quelle saison a-t-elle été créée ?', 'in which
# season and year did they set it up?', 'what time of year did it open?'): a date naming its
# season or its month answers it ('au printemps 2019', 'en avril 2021'); a year alone is the
# nearest fact. Folded.
SEASON_ASKED = _rx(
    r"\b(quelles? saisons?|which seasons?|what seasons?|what time of (the )?year)\b|"
    r"^\W*(et|and) (la |the |quelle |which |what )?(saison|season)\b"
)
SEASONS = r"printemps|automne|hiver|spring|summer|autumn|winter|(en|l.|d.|cet) ete"  # not "a ete"
MONTHS_EN = r"january|february|march|april|may|june|july|august|september|october|november|december"
# Opening times asked about: the hours of the day ('horaires', 'à quelle heure') …
TIMES_ASKED = (
    r"\b(horaires?|heures? d.ouverture|opening (hours|hrs|times)|open(ing)? (hours|hrs)|"
    r"what times?|"
    # ('il ouvre à quelles heures ?', 'what hours is it open?': the plural asks the same)
    r"a quel(le)?s? heures?|at what time|what hours|when does \w+( \w+){0,4} (open|close))\b|"
    # hours counted while open ('how many hours a week is it open?', 'combien d'heures par
    # semaine est-elle ouverte ?'): hours, which a number of days does not give
    r"\bhow many hours\b[^?]*\bopen|\bcombien d.heures\b[^?]*\bouverte?s?\b|"
    r"\bopen (for )?how many hours\b|\bouverte?s? combien d.heures\b"
)
# … or the days it is open ('ouvert le samedi ?', 'how many days a week is it open?').
DAYS_ASKED = (
    r"\b(quels jours|which days|what days|jours? d.ouverture|opening days|days a week|"
    r"jours par semaine|"
    # ('open to tourists', 'ouvert au public': to whom, not when — no days asked)
    r"\b(is|are)\b[^?]*\bopen\b(?! to\b)|est[- ](il|elle|ce) ouverte?s?(?! (a|au|aux)\b)|"
    r"ouvert(e|s)? (le|les) "
    r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-?end)|"
    r"open on (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|"
    r"weekends?))\b"
)
# Which days it opens ('quels jours ?', 'which days?'): only weekdays named answer it; a number
# of days ('3 jours d'ouverture') is the nearest fact.
WHICH_DAYS = _rx(r"\b(quels jours|which days|what days)\b")
# Opening hours or days asked about (present tense), as opposed to an opening that happened.
HOURS_FRAME = _rx(f"{TIMES_ASKED}|{DAYS_ASKED}")
# How a fiche states the days it opens ('3 jours d'ouverture hebdomadaire', 'le samedi').
# A sentence about the place that opens, its premises or who it welcomes ('sa boutique est un
# commerce de proximité ouvert à tous', 'les locaux mis à disposition'): the nearest fact to
# opening hours a fiche gives no days for (class of `Unstated.near_place`).
OPEN_PLACE_STATED = (
    r"\bouvert(e|s|es)?\b|\bouverture\b",  # what is open, first
    r"\b(boutique|magasin|epicerie|locaux|permanence)s?\b",
)
DAYS_STATED = (
    r"jours? d.ouverture|ouverture hebdomadaire|\d jours? par semaine|"
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b"
)
# A question about a place in France beyond the booklet's region ('au niveau national').
NATIONAL_SCOPE = _rx(
    r"\b(au niveau national|national(e|ement)?|nationwide|in france|en france|"
    r"dans toute la france|across france|france entiere)\b"
)
# 'national' naming a body, not a scope ('le réseau national', 'the national Cocagne
# network', 'l'appel à projets national'): a body the fiche names, asked of what it gives
# or does, is in the booklet; taken out before NATIONAL_SCOPE is read (folded). Class: a
# question naming a national body of a structure's own story.
NATIONAL_BODY = _rx(
    r"\b(reseau|federation|union|appel a projets?|dispositif|programme|fonds|label|"
    r"association|mouvement)(\s+[a-z]+)?\s+nationa(l|le|les|ux)\b|"
    r"\bnational\s+([a-z]+\s+)?(network|federation|union|scheme|programme|program|call|"
    r"fund|label|association|movement)s?\b"
)
# An amount asked of a network ('How much does the network chip in per basket?', 'combien le
# réseau verse-t-il par panier ?'): what it gives, a sentence's figure, not the card's line
# naming the networks; 'combien de réseaux' still counts them (folded).
AMOUNT_OF_A_NETWORK = _rx(
    r"\b(how much|combien)\b(?!\s+(de |d')?(reseaux|networks|federations))"
    r"[^?]*\b(reseaux?|networks?|federations?)\b|"
    r"\b(reseaux?|networks?|federations?)\b[^?]*\b(how much|combien)\b(?!\s+(de |d'))"
)
# Themes of the booklet, as a question names them.
THEME_WORDS: dict[str, re.Pattern[str]] = {
    "L'alimentation durable": _rx(
        r"\b(aliment\w*|alim|food|nourriture|bouffe|manger|circuits? courts?|agricult\w*|farm\w*|"
        r"producteurs?|legumes|fruits|paniers?|epicer\w*|grocer\w*)\b"
    ),
    "Le réemploi": _rx(
        r"\b(reemploi|re-?use|reutilis\w*|recycl\w*|ressourcer\w*|seconde main|second[- ]hand|"
        r"upcycl\w*|reparation|repair\w*|reconditionn\w*|refurbish\w*)\b"
    ),
}


# A question asking for what an identity card or contact block holds: their lines are then
# good evidence (otherwise a web address or a status line is poor evidence of what one does).
ASKS_CARD = _rx(
    r"contact|adresse|address|telephone|phone|e-?mail|courriel|\bsite\b|\bweb|statut|status|"
    r"siret|siren|\bape\b|agrement|label|reseau|network|dirige|directeur|directrice|"
    r"director|\bruns?\b|manager|responsable|\bou |where|situe|located|siege|"
    r"activite|activity"
)

# Acronyms of the sector, spelt out in the query so that the booklet's long forms match too
# ('ACI' = 'atelier chantier d'insertion').
ACRONYMS: dict[str, str] = {
    "aci": "atelier chantier d'insertion",
    "iae": "insertion par l'activité économique",
    "siae": "structure d'insertion par l'activité économique",
    "ess": "économie sociale et solidaire",
    "esus": "entreprise solidaire d'utilité sociale",
    "cddi": "contrat à durée déterminée d'insertion",
    "etp": "équivalent temps plein",
    "dla": "dispositif local d'accompagnement",
    "fse": "fonds social européen",
    "amap": "association pour le maintien d'une agriculture paysanne",
    "scic": "société coopérative d'intérêt collectif",
    "feder": "fonds européen de développement régional",
}
# The English names of these (an English question about a French booklet): the French acronym
# they stand for ('ESF' = 'FSE', 'European Regional Development Fund' = 'FEDER').
ACRONYMS_EN: dict[str, str] = {
    "esf": "fse",
    "european social fund": "fse",
    "erdf": "feder",
    "european regional development fund": "feder",
}

# -- conversation -----------------------------------------------------------------------------
# Pronouns and references to several structures of the previous answer.
PLURAL_REFERENCE = _rx(
    # '-elles', '-ils' of an inversion are subjects too ('combien en ont-elles produit ?')
    # 'ces' is demonstrative whatever its noun: 'ces études', 'ces ateliers' point back
    r"(?<!')\b(leurs?|ils|elles|eux|ces [^\W\d_]{3,}|celles-ci|ceux-ci|"
    r"les deux|toutes|they|their|theirs|them|these|those|both|each|chacune?|laquelle|"
    r"lequel|lesquel(?:le)?s|which one|which ones|which of them|all of them)\b|"
    # 'les' as an object pronoun before a verb of reaching them ('comment je peux les
    # contacter ?', 'on peut les visiter ?')
    r"\bles (contacter|joindre|appeler|rencontrer|visiter|trouver|voir|ecrire)\b|"
    # 'all three', 'les trois', 'the two of them', 'toutes les 3' (not 'les 3 plus gros')
    # (a digit only after 'all', 'toutes les': 'les 2 sites' counts sites)
    r"(?:\b(?:all|the|both|toutes? les|tous les|les|des|aux|ces)\s+(?:two|three|four|five|deux|"
    r"trois|quatre|cinq)|\b(?:all|toutes? les|tous les)\s+[2-5])\b"
    r"(?!\s+(?:plus|moins|premi\w*|derni\w*|meilleur\w*|most|least|top|first|last|"
    r"biggest|largest|smallest|oldest|youngest|[a-z]+est)\b)|"
    # 'seulement celles de l'alimentation', 'ceux qui recrutent', 'just the food ones'
    r"\b(?:celles|ceux)(?= (?:de|du|des|d'|qui|que|qu'|dans|en|a)\b)|"
    r"\b(?:the|those|these)(?: [a-z-]+)? ones\b|"
    # 'les' where a clitic stands ('qui les dirige', 'comment les contacter'), not an article
    r"\b(qui|que|qu'|comment|ou|quand|pourquoi|je|j'|on|nous|vous|ne|n'|peut-on|pour)\s*"
    r"les(?=\s+[a-z]+(er|ent|e|ez|ons|ait|aient)\b)"
)
# Pronouns and references to one structure; 'la', 'le', 'l'' only where a clitic stands
# ('qui la dirige'), not as articles ('dans l'Aisne'), nor the '-il' of an inversion.
SINGULAR_REFERENCE = _rx(
    r"(?<![-'])\b(lui|elle|il|celle-ci|celui-ci|son|sa|ses|it|its|she|he|her|him|this one|"
    # 'là-bas' typed without its accent or hyphen ('qui je contacte la bas ?'): the place
    # of the one in focus, as 'là-bas' is (class: follow-ups that lose the focus)
    r"that one|la[- ]?bas)\b|"
    # a demonstrative before a kind of structure ('cette association', 'this charity')
    r"\b(cette|cet|this|that) (structure|association|asso|entreprise|initiative|organi[sz]ation|"
    r"charity|company|enterprise|business|cooperative|nonprofit|non-profit|ngo)\b|"
    # 'there' points at a place in focus, not in 'is there …?' / 'there are …'
    r"(?<!is )(?<!are )(?<!was )(?<!were )\bthere\b(?! (is|are|was|were)\b)|"
    r"\b(qui|que|qu'|comment|ou|quand|pourquoi|je|j'|on|nous|vous|ne|n'|peut-on|pour)\s*"
    r"(la|le|l')(?=\s|\w)"
)
# Class: a first question whose subject is a thing described, taken up by its own pronoun
# or followed by its verb ('quand le drive fermier a-t-il ouvert ?', 'le drive fermier, il a
# ouvert quand ?', 'quand le café du bricolage a ouvert ?'): the pronoun's antecedent is in the
# question, so it points at nothing before it. Folded. Group 'np': the subject's words; a
# generic noun of structure or a position ('la structure', 'la deuxième') still points back.
SUBJECT_BEFORE_PRONOUN = _rx(
    r"\b(le|la|l')\s*(?P<np>(?!(structure|association|asso|entreprise|initiative|organisation|"
    r"organisme|premiere|deuxieme|seconde|troisieme|derniere|autre|meme)\b)[a-z][\w-]*"
    r"(\s+(?!(il|elle|a|est|ont|sont|etait|sera|va|fait)\b)[a-z][\w'-]*){0,3}?)"
    r"(\s*,\s*(il|elle)\b|-t-(il|elle)\b|-(il|elle)\b|\s+(a|est|etait|sera|va|fait)\b)"
)
# The first or last few of the previous answer: 'les trois dernières', 'the first two', 'les 2
# premières', 'the last 3' (group 'n': how many, 'end': which end).
FIRST_OR_LAST_FEW = _rx(
    r"\b(?:les|the)\s+(?P<n>deux|trois|quatre|two|three|four|[2-4])\s+"
    r"(?P<end>premi\w*|derni\w*|first|last)\b|"
    r"\b(?:the\s+)?(?P<end2>first|last)\s+(?P<n2>two|three|four|[2-4])\b"
)
# One structure pointed at by where it stands next to the one the last turn picked from a
# list ('la deuxième, …' then 'et celle d'avant ?', 'the last one' then 'and the one before?'):
# group 'before' the previous one of that list, 'after' the next one.
RELATIVE_ORDINAL = _rx(
    r"\b(?P<before>(celle|celui) d.avant|la precedente|le precedent|the previous one|"
    r"the one before|l.avant[- ]derniere?|the one above)|"
    r"(?P<after>(celle|celui) d.apres|la suivante|le suivant|the next one|the one after|"
    r"the one below)\b"
)
# (typed as numbers too: '1ere', '1ère', '2nde', '3ème', '4eme' — class: pointers typed short)
ORDINALS: tuple[tuple[int, str], ...] = (
    (0, r"premi[eè]re?|first|1st|1re|1er|1[eè]re"),
    (1, r"deuxi[eè]me|second|seconde|2nd|2nde|2e|2[eè]me"),
    (2, r"troisi[eè]me|third|3rd|3e|3[eè]me"),
    (3, r"quatri[eè]me|fourth|4th|4e|4[eè]me"),
    (-1, r"derni[eè]re?|last|(?<=the )latter"),
    (0, r"(?<=the )former"),
)
# An ordinal word inside a set phrase ('second-hand toys', 'seconde main', 'une seconde vie',
# 'last year', 'l'an dernier', 'for the first time'): it qualifies a thing or a time and points
# at no structure of the previous answer; read out before ORDINALS are looked for.
ORDINAL_IN_A_PHRASE = _rx(
    r"\b(second|seconde|deuxieme)[- ](hand|main|vie|life|chance)\b|"
    r"\b(last|first) (year|month|week|time)s?\b|\b(premiere|derniere) (fois|annee)s?\b|"
    r"\b(an|mois|annee|semaine) derni(er|ere)\b|\bderni(er|ere)s? (mois|annees?)\b|"
    # a rank in a prize or a contest ('le 4e prix', 'first prize', 'a second award'), no pick
    r"\b(premi[eè]re?|1er|1re|deuxieme|2e|second|troisieme|3e|quatrieme|4e|first|second|third|"
    r"fourth|1st|2nd|3rd|4th) (prix|prize|place|award|laureat\w*|rang|edition)s?\b"
)
# A question opening with a frame of its own that asks what a thing is or how it works
# ('qu'est-ce que …', 'c'est quoi …', 'what is …', 'comment fonctionne …'): followed by a thing
# named, it is no ellipsis of the previous question (follow-ups that change the subject).
OWN_QUESTION_FRAME = _rx(
    r"^(qu.est[- ]ce (que|qu.|qui)|c.est quoi|what (is|are)|what.s|"
    r"comment (fonctionne|marche|fonctionnent|marchent)|how (does|do) |"
    # what the one in focus does, its pronoun kept after the frame ('what do they do with
    # wood offcuts?', 'ils font quoi avec les chutes ?', 'que font-ils des invendus ?'): a
    # question of its own about that structure, not the previous one asked again
    r"what (do|does|did) (?=(they|it|she|he) do (with|about|to)\b)|(?=(ils|elles|il|elle) "
    r"(font|fait|faisait|faisaient) quoi (avec|de|des|du|d')\b)|"
    r"que (font|fait)[- ](?=(ils|elles|il|elle) (avec|de|des|du|d')\b))"
)
# Openers of an elliptic follow-up: 'et …', 'and …', 'what about …'; the previous question
# asked again by saying so ('same question for X', 'même question pour X', 'pareil pour X',
# 'same thing with X', 'likewise for X').
ELLIPSIS_OPENER = _rx(
    r"^(et|and|what about|how about|puis|aussi|also|or|ou|same for|idem|"
    r"(the )?same (question|thing|one|again)|(la )?meme (question|chose)|pareil|likewise|ditto|"
    r"same goes for|ask the same)\b"
)
# Class: a count narrowed to a part of the ones just counted ('et parmi eux, combien en
# insertion ?', 'how many of those are permanent?', 'd'entre eux, combien de CDI ?'): the words
# pointing back at them, which name no measure of their own (a pattern, folded).
AMONG_THOSE = (
    r"(parmi (eux|elles|ceux-ci|celles-ci|ces salaries|ce total)|d'entre (eux|elles)|"
    r"(among|of|out of) (them|those|these)( employees| staff| people)?|sur (eux|elles|ce total))"
)
# Class: an elliptic follow-up switching the source of the figure asked before ('How much fish
# did they collect?' then 'And from companies?', 'et de la part des entreprises ?', 'et
# venant des particuliers ?'): the same figure, from that source, of the structure in focus;
# the plural noun after the preposition is a source, no list of structures. Folded.
SOURCE_SWITCH = _rx(
    r"^(?:(?:and|et|but|mais|what about|how about|and what about|et pour|et cote)\s+)?"
    # the gift named before its source ('what about donations from businesses?', 'et les
    # dons venant des particuliers ?')
    r"(?:(?:the |les |des )?(?:donations?|gifts?|dons|apports)\s+)?"
    r"(?:from|coming from|donated by|given by|de la part (?:des?|du|d)|venant (?:des?|du|d)|"
    r"provenant (?:des?|du|d)|issus? (?:des?|du|d)|issues? (?:des?|du|d)|aupres (?:des?|du|d)|"
    r"en provenance (?:des?|du|d))\b"
)
# An English definite plural ('the studies', 'the workshops'): after an answer naming several
# structures, a question about 'the <things>' that names no topic of its own ('what projects
# were the studies on') asks about theirs, as 'those studies' does. English only: a French
# definite article is also generic ('quelles structures vendent les vêtements').
DEFINITE_PLURAL = _rx(r"\bthe (?!most\b|least\b)[a-z]{3,}s\b")
# A definite reference ('the shop', 'la boutique') that may point at the structure in focus.
DEFINITE_REFERENCE = _rx(r"\b(the|this|that|le|la|les|ce|cette|ces)\b")
# A demonstrative naming a thing ('that scheme', 'this fund', 'ce dispositif', 'cette aide',
# 'those workshops'): it points back at the thing the last turn spoke of, not at any thing of
# the kind (class: a follow-up asking more of the thing the last turn was about — 'what's the
# name of that scheme?', 'c'était quand, cette collecte ?', 'how much was this grant?').
# Not a relative or a conjunction: 'ce que', 'ce qui', 'that they', 'that is'.
DEMONSTRATIVE_THING = _rx(
    r"\b(?:this|that|these|those|ce|cet|cette|ces)\s+(?!(?:que|qui|qu|dont|sont|soit|it|is|"
    r"was|they|he|she|we|you|i|the|a|an|one|ones|does|do|did|has|have|can|will|would)\b)"
    r"[a-z][a-z-]{2,}"
)
# An answer in the conversation that says nothing qualifies ('Non, le livret n'en présente
# pas.', 'Aucune.', 'No, the booklet has none.', 'Le livret ne le dit pas'): whoever wrote it,
# it puts no structure in focus, and a question that follows asks afresh ('et des meubles ?').
# An English 'no' opening a noun phrase ('No funded working hours, workshops too small …')
# lists what a structure lacks: an answer about it, not a refusal (class: the focus lost after
# an answer written by someone else).
NO_ANSWER = _rx(
    r"^\W*(non|nope|no(?=\W*$|\s*[^\w\s]|\s+(?:the|there|it|its|they|i|we|that|this|but|"
    r"sorry|none|nothing|not|such|idea|mention|match)\b)|"
    r"aucune?|none|nothing|nobody|rien|pas de\b|pas d'|not in the|"
    r"there (is|are) (no|none)|the booklet (does not|doesn.t|has no|gives no|names no|never)|"
    r"le livret (ne|n')|il n'y (a|en a) (pas|aucune?)|no (structure|organi[sz]ation|one)|"
    # an assistant's own abstention ('I couldn't find that in the booklet', 'Désolé, je ne
    # trouve pas de réponse'): class: the structure in focus after an abstention (none)
    r"(?:(?:sorry|desolee?)\W+)?(?:i|we) (?:couldn.t|could not|can.t|cannot|did not|didn.t|"
    r"don.t|do not) (?:find|see|have|know)|"
    r"(?:(?:sorry|desolee?)\W+)?je ne (?:trouve|vois|sais|connais) pas|"
    r"(?:(?:sorry|desolee?)\W+)?je n.ai (?:rien trouve|pas trouve|pas (?:d.|cette )information))\b"
)
# A question that says it changes the subject ('Autre question : qui vend du poisson ?',
# 'Other question: …', 'new topic -'): it inherits nothing from the conversation unless it
# points back ('autre question : ils ont un site ?'); the marker is no part of what it asks.
# Group 'aside': a conversational opener that moves on without leaving the structures in focus
# ('sinon, elle a combien de salariés ?', 'by the way, how many volunteers do they have?',
# 'au fait, …', 'anyway, …'): only the marker is dropped, the conversation is kept.
TOPIC_SWITCH = _rx(
    r"^\s*(?:(?:une |an? )?(?:autre|nouvelle|other|another|new|different|separate|unrelated)\s+"
    r"(?:question|sujet|topic|subject|chose|thing)|changement de sujet|change of (?:topic|"
    r"subject)|changing (?:the )?(?:topic|subject)|rien a voir|sans rapport|unrelated|"
    r"(?P<aside>sinon|by the way|btw|au fait|otherwise|anyway|d.ailleurs|incidentally))"
    r"\b\s*[:,;.!-]*\s*"
)
# Class: a follow-up opened by an acknowledgement of the last answer ('ok et sur l'année ça
# fait combien de clients ?', 'd'accord, et leur budget ?', 'great, and who runs it?'): the
# acknowledgement asks nothing, the question is what follows it ('et' kept: an ellipsis). The
# words that are also adjectives ('super', 'top', 'great') count only before punctuation.
# An interjection or filler opens it the same way ('Hm, and who's its chair?', 'euh et leur
# budget ?', 'Ah d'accord, …', 'Bon, et qui la dirige ?'): 'bon', 'well', 'right' only
# before punctuation ('bon plan', 'well known' are words of the question).
# Class: a closing sentence that only says in what form the answer is wanted ('How many
# members do they have? I only need the headcount.', '… ? Just the number, please.', '… ?
# Juste le chiffre svp', '… ? Le nombre suffit.', '… ? A figure is enough.'): it asks
# nothing of its own ('headcount' there is the count asked, not the staff). Folded; from
# the punctuation closing the question to the end.
ANSWER_FORM_TAIL = _rx(
    r"[?.!;,]\s*((i|we) (only|just) (need|want)|(i.d|we.d) like( only| just)?|"
    r"give me( only| just)?|(donne|donnez)[- ]moi( juste| seulement| uniquement)?|"
    r"(only|just)|je (veux|voudrais|souhaite)( juste| seulement| uniquement)?|"
    r"j.ai (juste |seulement )?besoin d[eu']?|(juste|seulement|uniquement)( donne[- ]moi)?)?\s*"
    r"(the |le |la |l.|un |une |a |du )?(bare |exact |simple )?(headcount|number|figure|count|"
    r"chiffre|nombre|effectif|montant|amount|"
    # ('… ? je veux une liste avec chiffres', '… ? I'd like a table with the figures')
    r"(liste|tableau|list|table)( (avec|with) (les |leurs |the |their )?(chiffres|figures|"
    r"numbers|montants|amounts|valeurs|values))?)( exact| brut)?"
    r"( (suffit|suffira|is enough|will do|is fine|only))?"
    r"(\W+(please|pls|thanks|thank you|svp|stp|s.il (te|vous) plait|merci))?\W*$"
)
ACKNOWLEDGEMENT_OPENER = _rx(
    r"^\s*(?:(?:ok|okay|oki|d.accord|merci|thanks|thank you|h?m{2,}|hm+|euh+|ah+|oh+|bah|"
    r"ben)\b[\s,;.!:-]*|"
    r"(?:parfait|super|top|cool|great|nice|perfect|alright|entendu|nickel|genial|bon|bien|well|"
    r"right|"
    # a turn moving on ('à part ça, le Bois a quel budget ?', 'by the way, who runs it?'):
    # no word of it is a thing the fiche must state (class: a follow-up refused for a word
    # read as a thing asked, 'ne mentionne nulle part « part »')
    r"a part (?:ca|cela)|en dehors de (?:ca|cela)|sinon|au fait|d.ailleurs|autre chose|bref|"
    r"by the way|btw|apart from that|other than that|aside from that|besides that|anyway|"
    r"also|otherwise|"
    # a yes answering the assistant's own question ('Vous visez un département ?' then 'oui,
    # lesquelles sont dans le Pas-de-Calais ?'): no word of the question asked
    r"oui|yes|yeah|yep)\s*[,;.!:-]+\s*)+"
    r"(?=[^\W\d_])"
)
# 'who are the partners?', 'qui sont les financeurs ?', 'and who's the contact?': 'who' asking
# the holders of an attribute of the structure in focus, not which structures do something.
WHO_IS_THE = _rx(
    r"^((et|and|alors|so|ok|mais|but)\s+)?(who|qui)\s+(is|are|were|was|s|est|sont|c.est|"
    r"etaient|etait)\s+(the|its|their|le|la|les|l'|ses|son|sa|leurs?)\b"
)
# Two structures pointed at together ('laquelle des deux …', 'which of the two …', 'both',
# 'les deux'): after two turns about one structure each, the pair of them (follow-ups
# comparing the two in focus).
THE_TWO = _rx(
    r"\b(des deux|les deux|entre les deux|tous les deux|toutes les deux|(of|between) the two|"
    r"the two( of them)?|both( of them)?|l.une? ou l.autre|either( one| of them)?)\b"
)
# One structure pointed at as the other one of a pair ('et l'autre ?', 'the other one?'): with
# OTHERS ('les autres', 'the others'), what the previous list held but the last turn left out.
OTHER_ONE = _rx(r"\b(l.autre|the other one|the other|l.autre structure|l.autre asso\w*)\b")
# One structure of the previous answer pointed at by what it does or its theme: 'the toy one',
# 'the food one', 'celle qui fait des jouets', 'celle des jouets', 'the one that sells fish'.
# Group 'what': the words that tell it apart (a place is PICKED_BY_PLACE's).
# Class: a pick by a relative clause or a participle, whatever its verb ('celle qui retape des
# jouets', 'celui qui fabrique des meubles', 'the one making furniture'): the clause's form
# says a structure is described, not its verb (a list of verbs left 'retape', 'trie', 'livre'
# unread, and the follow-up stayed on the structure in focus). Only 'être' and 'avoir' (a
# place, a rank, a date: 'celle qui est à Guise', 'celle qui a le plus …', 'celle qui a
# démarré en 2019', read by their own rules) and a negation are left out.
PICKED_BY_THING = _rx(
    r"\bthe (?P<what>(?!other\b|same\b|first\b|last\b|second\b|third\b|next\b|right\b|only\b)"
    r"[a-z-]{3,}(?: [a-z-]{3,})?) one\b(?!s)|"
    r"\bthe one (?:(?:that|which|who|doing|working on|with|about|for) |(?=[a-z]{3,}ing\b))"
    r"(?P<what2>[^,?;.]{3,40})|"
    r"\b(?:celle|celui) (?:qui (?:s.|se )?(?!(?:a|as|ont|est|sont|etait|etaient|avait|avaient|"
    r"sera|seront|serait|aurait|ne|n|y|en)\b)[a-z]{2,}\w* |des |du |de la |"
    r"de l.|d.|"
    r"sur (?:les? |la |l.)?|pour (?:les? |la |l.)?|avec (?:les? |la |l.)?)(?P<what3>[^,?;.]{3,40})"
)
# One structure described in a follow-up by its kind and what sets it apart ('what about the
# fish charity?', 'and the Amiens computer people?', 'same for the wood workshop', "et l'asso
# qui retape des meubles ?", 'les gens du drive fermier'), folded. Group 'np': the words that
# describe it, its kind among them ('kind'); a generic kind tells none apart (GENERIC_KIND).
# A demonstrative ('this shop', 'cette asso') points at the one in focus and is no description.
# Class: a follow-up switching to a structure described.
FOLLOWUP_DESCRIBED = _rx(
    r"(?:\bl'|\b(?:le|la|les|the)\s+)(?P<np>(?:[\w-]+\s+){0,3}"
    r"(?P<kind>association|asso|structure|ressourcerie|recyclerie|epicerie|boutique|magasin|"
    r"jardin|drive|atelier|charity|organi[sz]ation|org|shop|store|garden|workshop|initiative|"
    r"entreprise|company|business|ferme|farm|chantier|grocery|group|groupe|collectif|"
    r"cooperative|scic|people|folks|guys|team|gens|equipe|projet|project|menuiserie)\b"
    r"(?:\s+(?:de|du|des|d'|en|a|au|aux|in|at|from|of|qui|that|which|who|doing|making|selling|"
    r"with|avec|pour|for)\b[^,?;.!:]{2,50}|(?:\s+[\w-]+){0,2}))"
)
# Kinds of FOLLOWUP_DESCRIBED that every structure may be ('the association', 'the people'):
# they tell none apart. The others ('the grocery', 'la ressourcerie', 'the garden') tell apart
# the structures in focus when they are several (a pick among them, not a switch).
GENERIC_KIND = frozenset(
    """association asso structure charity organisation organization org initiative entreprise
    company business group groupe collectif cooperative people folks guys team gens equipe
    projet project""".split()
)
# A pick set apart at the head of a follow-up ('the grocery: what's its turnover?', 'celle-là,
# la menuiserie, elle est où ?'), folded; group 'what': the words that pick.
APPOSITION_PICK = _rx(
    r"^(?:(?:and|et|ok|so|alors|bon)\s+)?(?:(?:celle|celui)[- ]la|that one|this one)?[\s,]*"
    r"(?:the|la|le|l')\s*(?P<what>[\w-]{3,}(?:\s+[\w-]{3,}){0,2})\s*[,:—-]"
)
# An answer written by someone else that tells of one structure ('A work-integration joinery
# near Soissons.', "It's an association of farmers in the Oise", "C'est une épicerie à
# Guise", 'Oui, une asso à Villeneuve-d'Ascq …'), folded: its opening is singular, and it
# counts no several. Class: the structure in focus after a hand-written answer describing one.
ONE_TOLD = _rx(
    r"^(?:(?:yes|yeah|yep|sure|ok|oui|bien sur|tout a fait)\b[\s,!.:;—-]*)?"
    r"(?:a|an|one|it|it's|its|that's|that is|this is|there's|there is|this one|that one|"
    r"c'est|c est|il s'agit d'une?|une?|l'|la|le|celle|celui|elle|il)\b"
)
SEVERAL_TOLD = _rx(
    r"\b(several|two|three|four|five|both|plusieurs|deux|trois|quatre|cinq|les deux|"
    r"structures|associations|organisations|organizations|charities|initiatives|ones)\b"
)
# The whole region again, after a question asked of one place ('et dans toute la région ?',
# 'and in the whole region?', 'partout ?', 'everywhere?'): the previous question, unplaced.
WHOLE_REGION = _rx(
    r"\b(dans toute la region|toute la region|(dans )?tous les departements|sur tout le territoire|"
    r"l.ensemble (de la region|du territoire|des departements|des hauts[- ]de[- ]france)|"
    r"(in|across|throughout) the (entire|whole) (region|area|booklet)|"
    r"(dans )?(tous les|all) (hauts[- ]de[- ]france|hdf)|(in|across|throughout) the whole region|"
    r"the whole region|(in|across|throughout) the region|region[- ]?wide|all (the )?departements|"
    r"all over the region|partout|everywhere|sans (filtre|restriction) de lieu|"
    r"(in|across) (all of )?hauts[- ]de[- ]france)\b"
)

# -- conjunctions that join two questions -----------------------------------------------------
# 'Quand a été créée VESTALI et qui la dirige ?': a second question starts after the joint.
# One structure described, not named, by a definite article and what it is ('l'épicerie de
# Guise', 'the fish charity in Boulogne', 'the Amiens computer charity', 'la ressourcerie de
# Campigneulles'), folded. Class: a question about one structure described. Its words may
# hold an apostrophe ('the Villeneuve d'Ascq toy shop', 'the women's textile workshop') and
# a possessive may open it ('Anthony Grossot's association').
DESCRIBED_ONE = _rx(
    r"(?:\bl'|\b(?:le|la|the|this|that|cette|cet|ce)\s+|"
    r"\b(?!(?:what|who|that|it|there|here|where|how|when|which|let|he|she)'s)[\w-]+'s\s+)"
    r"(?:[\w'-]+\s+){0,3}?"
    r"(association|asso|structure|ressourcerie|recyclerie|epicerie|boutique|magasin|jardin|"
    r"drive|atelier|charity|organi[sz]ation|org|shop|store|garden|workshop|place|initiative|"
    r"entreprise|company|business|ferme|farm|chantier|grocery|group|groupe|collectif|"
    r"cooperative|cooperative|scic|banque|bank|one|"
    # the everyday names of a kind of structure ('the Lille-area toy recycler', 'la
    # menuiserie solidaire', 'le truc avec les palettes à Pommiers')
    r"recycler|recycleur|menuiserie|ecole|school|centre|center|cafe|plateforme|platform|"
    r"enterprise|nonprofit|ngo|organisme|truc)\b(?!s)"
)
# The nouns a description of one structure names its kind by, folded (DESCRIBED_ONE's, and
# trades asked as kinds: 'the bakery in Guise', 'le garage solidaire d'Amiens'); of them, the
# generic ones every structure is ('association', 'charity', 'the one'). Class: a structure
# described by its kind and place (described_by_card.py): a specific kind must be stated.
STRUCTURE_KINDS_FR = frozenset(
    """association asso structure ressourcerie recyclerie epicerie boutique magasin jardin drive
    atelier initiative entreprise ferme chantier groupe collectif cooperative scic banque
    recycleur menuiserie ecole centre cafe plateforme organisme truc boulangerie garage
    restaurant potager ebenisterie""".split()
)
STRUCTURE_KINDS_EN = frozenset(
    """charity organisation organization org shop store garden workshop place initiative
    company business farm grocery group bank one recycler school center platform enterprise
    nonprofit ngo woodshop bakery joinery garage restaurant cafe""".split()
)
STRUCTURE_KINDS = STRUCTURE_KINDS_FR | STRUCTURE_KINDS_EN
GENERIC_KINDS = frozenset(
    """association asso structure charity organisation organization org place initiative
    entreprise company business group groupe collectif cooperative one enterprise nonprofit
    ngo organisme truc centre center""".split()
)
# The demonstrative opening a structure described ('this shop', 'cette association'): it
# points back at the one in focus. Class: yes/no of one structure described, not named.
DEMONSTRATIVE = _rx(r"(this|that|these|those|cette|cet|ce|ces)\b")
# The subject of a yes/no question that asks whether any structure does something ('Does any
# structure deliver to homes?', 'Y a-t-il une structure qui …', 'est-ce qu'une association …',
# 'anyone'), folded: no one structure is asked, so the best found is not held to its fiche's
# words. Class: yes/no of one structure described, not named.
ANY_SUBJECT = _rx(
    r"\b(any|anyone|anybody|anything|some|y a[- ]t[- ]il|il y a|existe|exist|exists|une structure|"
    r"une association|une initiative|des structures|des associations|quelqu'un|quelque chose|"
    r"une des|one of|l'une des|certaines?|plusieurs|several)\b"
)
# A question whose subject is any structure, not one in focus ('Est-ce qu'une structure vend
# des jouets d'occasion ?', 'Does any organisation repair bikes?', 'quelqu'un fait du
# compost ?', 'Is there an association that …'): a new topic after turns about one. Folded.
INDEFINITE_SUBJECT = _rx(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|so|sinon|otherwise)[\s,]+)?"
    r"(?:(?:est[- ]ce qu.|is there|are there|y a[- ]t[- ]il|il y a|does|do|did|has|have|"
    r"can)\s*)?"
    r"(?:une? (?:structure|association|asso|initiative|organisme|organisation|entreprise)|"
    r"quelqu.un|(?:any|an?) (?:structures?|organi[sz]ations?|initiatives?|associations?|"
    r"charit(?:y|ies)|projects?|ones?)|anyone|anybody|someone|somebody)\b"
)
# '+' and '&' between spaces join attributes typed in a hurry ('budget + salariés + adresse').
# 'also' / 'aussi' right after a verb ('sont aussi des organismes de formation', 'are also
# members of …') says the structures are that too: an adverb, no joint.
QUESTION_JOINT = _rx(
    r"\s*(?:\?|;|\s[+&]\s|,?\s+(?:et|and|puis|ainsi que)\s+|"
    r"(?<!\bsont)(?<!\best)(?<!\bare)(?<!\bis)(?<!\bwere)(?<!\bwas)(?<!\bont)(?<!\bhave)"
    r"(?<!\bhas)(?<!\bfont)(?<!\bdo)(?<!\bdoes)(?<!\betaient)(?<!\bsont-elles)"
    r",?\s+(?:also|aussi)\s+)\s*"
)
# A comma opening a question of its own after one already asked ('Où est Synapse 3i, qui la
# dirige et combien a-t-elle de salariés ?', 'Where is VESTALI, who runs it and …'): a wh-word
# that cannot open a relative clause there. French 'qui' is relative after a comma ('les
# structures du Nord, qui font du réemploi') unless an object pronoun follows ('qui la
# dirige'). Folded.
COMMA_QUESTION = _rx(
    r"^(combien|comment|pourquoi|quand|ou|quel(le)?s?|que|quoi|how|why|when|where|what|who|"
    r"qui (la|le|les|l')|c.est qui|est-ce|"
    # a time asked with its preposition ('…, since when does it exist and …')
    r"since (when|what year)|depuis (quand|combien|quelle annee)|(in|from) (what|which) year|"
    r"en quelle annee)\b"
)
# Two question words sharing one question ('Quand et par qui a été créé X ?', 'When and by
# whom was X founded?', 'où et quand …'): each asks the rest of the question. Folded.
_WH = r"quand|ou|qui|par qui|comment|pourquoi|combien|when|where|who|by whom|how|why"
PAIRED_OPENERS = _rx(rf"^\s*(?P<a>{_WH})\s*,?\s+(et|and)\s+(?P<b>{_WH})\b\s*")
QUESTION_OPENER = _rx(
    r"^(qui|que|quoi|quel(le)?s?|combien|comment|pourquoi|quand|ou|est-ce|who|what|which|"
    r"how|why|when|where|is|are|does|do|did|can)\b"
)

# Words of a structure's name that any question may use ('Il *était* deux fois'): unique to one
# fiche or not, alone they never name it (analyzed forms).
WEAK_NAME_TOKENS = frozenset(
    """
    etait etaient sera seront avait avaient fait font deux trois fois mer main mains bois
    jardin panier remis copain association producteur vallee haut born
    """.split()
)

# -- names ------------------------------------------------------------------------------------
# Capitalised words that are not names of places or organisations.
NOT_NAMES = frozenset(
    """
    Quel Quelle Quels Quelles Comment Combien Pourquoi Qui Que Quoi Est Sont Le La Les Des
    Une Un Et Ou Dans Pour Avec What Which Who How Why Where When Does Do Is Are The And Or
    In For With There Their They This That These Those Yes No Oui Non Can Could Would Should
    Please Merci Thanks Thank Bonjour Hello ESS Tell Give List Show Name Et And Also Aussi
    Depuis Quand Since Any Are Was Were Has Have Had Did Will Its Their Her His She He It
    """.split()
)
# Capitalised names of a period or an event, after 'in', 'during', 'pendant' ('in the middle
# of Covid', 'pendant le Covid-19', 'at Christmas'): a time, no place the booklet lacks (class:
# a first question refused as 'no structure in that place (Covid)', d28-092). Folded, the
# part before a hyphen ('covid-19' reads 'covid').
PERIOD_NAMES = frozenset(
    "covid coronavirus confinement lockdown christmas noel easter paques brexit ramadan".split()
)
# -- a fact asked OF a name with no fiche (answering/unfiched.py) -----------------------------
# Class: a figure, person, contact or date asked of a partner, network or funder the booklet
# names without a fiche of its own ('le budget de la DRAAF', 'qui dirige l'ADEME', 'when was
# INFORMA founded?'). The words binding the name to the fact asked, read on the folded
# question: right before the name ('… de la', '… of the', 'qui dirige', 'chez', 'compte la') …
FACT_HOLDER_BEFORE = re.compile(
    r"(?:\b(?:de|du|of|chez|at)\s+|\bd')(?:la\s+|le\s+|les\s+|l'|the\s+)?$|"
    r"\b(?:dirige|gere|preside|anime|cree|creee|fonde|fondee|compte|a|possede|emploie|runs|"
    r"heads|manages|leads|directs|founded|created|employs)\s+"
    r"(?:la\s+|le\s+|les\s+|l'|the\s+)?$|"
    # an English auxiliary before the holder: 'how many volunteers does the Gamma have?',
    # 'where is the Gamma office?', 'when was the Gamma founded?'
    r"\b(?:does|do|did|is|was|has)\s+(?:the\s+)?$"
)
# What follows a word asked OF something else ('the SIRET of the sewing school', 'le SIRET du
# projet'), folded: the word names the fact asked, not a partner holding it (unfiched.py).
# A noun may stand between ('the APE code of the garden').
NAME_OF_ANOTHER = re.compile(r"(?:\s+(?:code|number|numero))?(?:\s+(?:of|for|de|du|des)\s+|\s+d')")
# The noun a count asks ('how many members', 'combien de membres'): what is counted, not a
# relation of the name to the structures (PARTNER_RELATION reads the rest).
COUNTED_NOUN_ASKED = re.compile(r"\b(?:how many|combien d[e']|nombre d[e'])\s*[\w-]+")
# The common noun heading an organisation's name ('la fondation Vinci', 'le réseau des AMAP',
# 'la Caisse d'Épargne', 'the Gamma foundation' is not read): class 'a fact of a partner',
# where the holder words stand before the head, not the name ('qui dirige la fondation Vinci ?',
# 'combien de salariés compte la Fondation Jérôme Gayet ?'). Folded; the head may be followed
# by 'de', 'du', 'des', "d'" ('le réseau des AMAP').
ORGANISATION_HEAD_BEFORE = re.compile(
    r"\b(?:fondations?|reseaux?|federations?|caisses?|mutualites?|mutuelles?|associations?|"
    r"unions?|syndicats?|chambres?|clubs?|comites?|conseils?|offices?|agences?|banques?|"
    r"groupes?|groupements?|societes?|entreprises?|ministeres?|collectifs?|cooperatives?|"
    r"organismes?|instituts?|centres?|foundations?|networks?|federations?|banks?|agency|"
    r"agencies|ministry|company|companies|group|trust|charity)\s+"
    r"(?:(?:de|du|des|of)\s+(?:la\s+|le\s+|l'|the\s+)?|d')?$"
)
# The common noun heading the name of a network, federation or territory a structure belongs
# to ('le Réseau Cocagne', 'la fédération nationale des Paniers de la Mer', 'le Pays de Sources
# et Vallées'), read on the folded question. Class: a fact asked of the umbrella a structure
# belongs to, named with words of the structure's own name (answering/umbrella_name.py).
UMBRELLA_HEAD = re.compile(
    r"\b(?:reseaux?|federations?(?:\s+(?:nationale|regionale|departementale)s?)?|pays|"
    r"fondations?|unions?|networks?|foundations?)\s+"
)
# … or right after it ("Coorace's budget", 'INFORMA a été créé', 'was INFORMA founded').
FACT_HOLDER_AFTER = re.compile(
    r"'s\b|\s+(?:a ete|a-t-(?:il|elle) ete|est|was|has been)?\s*"
    r"(?:cree|creee|fonde|fondee|founded|created|established|set up|launched)\b"
)
# A name put first and taken up by a subject pronoun ('et Emmaüs Connect, ils ont combien de
# salariés ?', "l'APEI, elle a été créée quand ?", 'Label Emmaüs, who runs it?'), folded: the
# name holds the fact asked (class: a fact of another body than the fiche's, asked as people
# speak). A sum given or lent ('il a donné combien ?', 'they put in how much?') is a tie to
# the structure, which its fiche may state: not read so.
FACT_HOLDER_DISLOCATED = re.compile(
    r"\s*,\s*(?:(?:et|and|so|alors)\s+)?(?:il|elle|ils|elles|they|it|he|she)\s+"
    r"(?!(?:leur\s+|lui\s+|nous\s+)?(?:a|ont|have|has)?\s*(?:donne|prete|verse|apporte|finance|mis|"
    r"accorde|gave|given|lent|paid|put|funded|donated)\b)"
)
# An action verb whose object is the holder asked ('qui dirige l'APEI du Boulonnais ?', 'who
# runs the Usine 3D of Lille?'): the name is the holder even when a place follows it.
FACT_HOLDER_VERB_BEFORE = re.compile(
    r"\b(?:dirige|gere|preside|anime|runs|heads|manages|leads|directs|chairs)\s+"
    r"(?:la\s+|le\s+|les\s+|l'|the\s+)?$"
)
# Words relating a partner to the structures: the booklet answers such a question ('quelles
# structures travaillent avec la DRAAF ?', 'le budget des structures soutenues par l'ADEME',
# 'is COORACE a partner of Vestali?'), so a name in it is never the holder of the fact.
PARTNER_RELATION = re.compile(
    r"\b(?:avec|with|partenaires?|partners?|partenariats?|partnerships?|soutenu\w*|soutien\w*|"
    r"support\w*|financ\w*|funded|funders?|funds?|membres?|members?|adherente?s? (?:a|au|du|de)|"
    r"structures?|initiatives?|ones|those|celles?|ceux|lesquel\w*|travaill\w*|works?|working|"
    r"accompagn\w*|aide\w*|helped|helps?)\b"
)
# Words tying structures to a body named in a list question ('le soutien d'AG2R', 'soutenues
# par la DREETS', 'un coup de main ou des sous de Pas de Calais Actif', 'among their backers'),
# folded: the tie, not a thing the fiches must write (class: lists by a named body,
# `body_list.ties`).
BODY_TIE = _rx(
    r"\b(soutien\w*|soutenu\w*|soutien(t|nent)|support\w*|financ\w*|cofinanc\w*|fund\w*|"
    r"backe\w*|backing|sponsor\w*|subventionn?\w*|aide\w*|aid|aids|help\w*|appui\w*|"
    r"accompagn\w*|partenai\w*|partners?|partnerships?|mecen\w*|argent|money|sous|fric|"
    r"coups? de (main|pouce)|(a|ont) eu|recu|got|gets?|received?)\b"
)
# A negation before a name in a list question ('not the departmental DDEETS', 'pas la DDEETS',
# 'sauf Nord Actif', 'other than', 'excluding'), folded, read at the end of the text before
# the name (class: lists by a named body, `body_list.set_aside`).
BODY_SET_ASIDE = _rx(
    r"\b(not|pas|non|sauf|hors|excluding|except|other than|a part|autre que|plutot que|"
    r"rather than|ni)\s+(\S+\s+){0,3}$"
)
# A preposition of place before a capitalised name: 'à Lille', 'près de Caen', 'in Amiens'.
PLACE_BEFORE_NAME = re.compile(
    # ('the one from Liévin' picks a structure by its town; 'from' alone names donors, funders)
    r"(?:\bd'|\b(?:à|au|en|dans|de|près de|pres de|vers|sur|in|at|near|around|outside|of|"
    r"one from)\s+)"
    r"((?:[A-ZÉÈÀÂ][\w'’-]+)(?:[\s-]+(?:[dD][eu']\s*|[sS]ur[\s-]+|[lL]es?[\s-]+)?[A-ZÉÈÀÂ][\w'’-]+)*)"
)
# A part of a town named after it ('à Villeneuve d'Ascq, quartier de la Haute Borne', 'à Amiens,
# quartier nord', 'in Lille (Wazemmes district)', 'in Roubaix, the Epeule neighbourhood'): the
# booklet places structures by town, so a list asked of it is of the town; the part names no
# structure (a quarter may share a structure's name), no département ('quartier nord') and no
# topic. Only after a comma or a bracket, so 'les familles de mon quartier' stays what it says.
_CAP = r"[A-ZÉÈÀÂÎÔ][\w'’-]*"
SUB_TOWN = re.compile(
    r"\s*[,(]\s*(?:(?:dans|in)\s+)?(?:(?:le|au|the)\s+)?"
    rf"(?:(?:quartier|secteur|faubourg|hameau|lieu-dit|zone|parc|cité)\s+"
    rf"(?:(?:de la|du|des|de l['’]|d['’]|de)\s*)?"
    rf"(?:{_CAP}(?:[\s-]+{_CAP})*|nord|sud|est|ouest|centre)"
    rf"|(?:{_CAP}\s+|north\s+|south\s+|east\s+|west\s+|old\s+)+"
    r"(?:district|neighbou?rhood|quarter|estate))\)?"
)
# Class: the structure in focus after an answer quoting an address. A street, a quarter or a
# site named in an answer ('5 rue Héloïse, quartier de la Haute Borne', '150 avenue Harrison',
# 'site Damaflor', 'the Haute Borne district'): a place, whose words may be those of another
# structure's name (a garden named after its quarter), so no mention of that structure.
ADDRESS_PLACE = re.compile(
    r"\b(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Rr]oute|[Qq]uai|"
    r"[Pp]lace|[Qq]uartier|[Ss]ecteur|[Ff]aubourg|[Hh]ameau|[Ll]ieu-dit|[Zz]one|[Ss]ite|"
    r"[Ss]treet|[Rr]oad)\s+"
    r"(?:(?:de la|du|des|de l['’]|d['’]|de|of the|of)\s*)?"
    rf"{_CAP}(?:[\s-]+(?:(?:de la|du|des|de l['’]|d['’]|de)\s*)?{_CAP})*"
    rf"|(?:the\s+)?(?:{_CAP}\s+)+(?:district|neighbou?rhood|quarter|estate)\b"
)
# A question asking where structures ARE ('installées à Calais', 'based in Compiègne', 'ont
# leur siège à …'), not where they act or whom they know: a place their fiche only mentions (a
# partner's town, a university) does not place them there.
LOCATION_ASKED = _rx(
    r"\b(installee?s?|situee?s?|basee?s?|implantee?s?|localisee?s?|domiciliee?s?|"
    r"se trouv\w*|sieges?|headquarter\w*|located|based|situated|premises|"
    r"(leur|leurs|son|ses|their|its) (locaux|local|adresse|address))\b"
)
# Words that make a town named after them part of another place's or body's name, not where
# a structure is: a street ('route de Compiègne', 'rue de Lille'), an area or institution
# ('Métropole Européenne de Lille', 'Université de Lille', 'Pas de Calais'). Class: a town
# asked, written in a fiche inside another name (`list_scope.names_place`).
STREET_WORDS = _rx(
    r"\b(rue|route|avenue|av|boulevard|bd|chemin|allee|impasse|quai|place|square|cours|"
    r"faubourg|street|road|lane)$"
)
# An acronym written with dots between its letters ('les C.C.A.S.', 'le P.L.I.E de Lens',
# 'S.L.A.I'), as typed: the same name as 'CCAS', 'PLIE'. Class: lists picking structures by a
# named entity, its spelling variants (`list_scope.undotted`).
DOTTED_ACRONYM = re.compile(r"(?<![\w.])((?:[A-ZÀ-Ý]\.){1,}[A-ZÀ-Ý])\.?(?![\w])")
# A list question asking which structures mention, cite or name something ('Quelles structures
# mentionnent des ressourceries ?', 'lesquelles citent l'ADEME ?', 'Which initiatives mention
# the FIDESS fund?', 'qui parle de …'), folded: asked what the fiches write, those naming it
# in passing (a partner list, a project) belong to the list as much as those that are it.
# Not a verb opening the question ('Cite les structures …': an imperative asking for a list),
# nor a noun after an article ('la cité', 'des cités': folded like 'cite').
# Class: lists picking structures by a named entity (`Composer.central`).
MENTION_ASKED = _rx(
    r"(?<!^)(?<!\bla )(?<!\bune )(?<!\bsa )(?<!\bma )(?<!\bdes )(?<!\bles )(?<!\bcette )"
    r"\b(mentionn(e|ent)|cit(e|ent)|parl(e|ent) (de|d'|du|des)|"
    r"evoqu(e|ent)|fon?t (etat|mention) d\w*|mentions?|mentioned|cites?|refers? to|"
    r"talks? about|speaks? (of|about))\b"
)
# Words right before an area's name that make it a body related to, not where structures are
# ('mentionnent la Métropole Européenne de Lille', 'ont pour partenaire la MEL', 'travaillent
# avec la MEL', 'financées par la MEL', 'in partnership with the MEL'), folded, read at the end
# of the text before the name. 'dans la MEL', 'in the MEL' stay places. Class: lists picking
# structures by a named entity that is also an area (`list_scope.area_asked`).
AREA_AS_BODY_BEFORE = _rx(
    r"\b(mentionn\w*|cit(e|ent)|parl(e|ent) d\w*|evoqu\w*|mentions?|cites?|"
    r"refers? to|partenaires?|partners?|partenariats?|partnerships?|pour partenaire|avec|with|"
    r"par|by|aupres d\w*|financ\w*|subventionn\w*|soutenu\w*|funded|financed|supported|backed|"
    r"lien avec|liens avec|links? with|relation avec|membres? d\w*|members? of)\s+"
    r"((de|du|des|d'|of)\s+)?(la|le|l'|les|the)?\s*$"
)
# A preposition of relation just before a noun ('transmis à des Ressourceries locales', 'avec
# des associations', 'auprès des entreprises', 'to local charities'), folded: the noun names
# another party the structure deals with, not what it is or does. Class: central vs in passing
# in a list (`list_scope.passing_holders`).
OTHER_PARTY = _rx(
    r"\b(a|au|aux|avec|par|aupres|chez|entre|with|to|by|from|among)\s+"
    r"((des|les|la|le|l'|d'|de|du|the|an?|some|other|autres?|d'autres)\s+)*$"
)
# A kind of structure asked as a party a structure deals with, not as what it is or runs
# ('qui travaille avec un repair café ?', 'qui donne à une ressourcerie ?', 'partners of a
# ressourcerie', 'which ones are members of a network of …'), folded. Class: a kind no
# structure is, only names as another party (`kind_aside`): asked as a party, those fiches
# are the answer.
KIND_AS_PARTY = _rx(
    r"\b(avec|aupres|a destination|partenaires?|partners?|reseaux?|networks?|federations?|"
    r"membres?|members?|with|donne\w*|transmet\w*|confie\w*|envoie\w*|gives?|sends?|"
    r"passes? on|cite\w*|mentionne\w*|nomme\w*|mentions?|names?|refers?|cites?)\b"
)
# The same, said by a preposition right before the kind and its article ('… passe des jouets
# à un repair café', 'passes toys on to a repair café'), folded, the article taken off first
# (`ARTICLE_AT_END`): 'is there a repair café' has an article there, no preposition.
PARTY_PREPOSITION_AT_END = _rx(r"\b(a|au|aux|avec|aupres de|chez|vers|to|with|from|by)\s*$")
ARTICLE_AT_END = _rx(r"\b(un|une|des|les|le|la|l'|d'un|d'une|a|an|the|some|any)\s*$")
# The labels under which a fiche tells its action ('Objectif de l'action', 'Descriptif de
# l'action', misspelt 'DESSCRIPTIF'), folded: where a value read once is what it does.
ACTION_TOLD_LABEL = _rx(r"^(objectifs?|des+criptifs?|description)\b")
# The labels of a fiche's characteristics that tell what is yet to come or others' doing
# (research and development, replication by others, solidarity finance), folded: a value read
# there is a project or a partner's, not what the structure does. Class: central vs in
# passing in a list (`list_scope.passing_holders`).
PROSPECT_LABEL = _rx(r"^(recherche|possibilite|essaimage|mobilisation|partenaires?)\b")
# Words by which a sentence of a fiche's story makes the structure its subject ('elle
# distribue', 'l'association collecte', 'ses ateliers', 'en son sein, elles trient'),
# folded: a value read after one is something the structure does, even once; a sentence
# whose subject is another ('de nombreuses enseignes cherchent … les circuits courts') is
# a statement about others. Class: stated once as its own doing, in a list.
SELF_SUBJECT = _rx(
    r"\b(elle|elles|il|ils|l'association|la structure|l'entreprise|son|sa|ses|"
    r"it|its|they|their)\b"
)
# The labels of a fiche's fields naming its partners or funders ('PARTENAIRES TECHNIQUES
# MOBILISÉS', 'PARTENAIRES FINANCIERS'), folded; the levels a field is split into under them
# ('Local', 'Régional' …) are `SCOPE_LABEL`: a sentence there names others. Class: the quote of
# a list's structure (what it does, not a partner line).
PARTNER_FIELD_LABEL = _rx(r"^(partenaires?|financeurs?|partners?|funders?)\b")
# Subjects that are others at large, opening a clause ('de nombreuses enseignes cherchent …',
# 'beaucoup de ménages', 'certains producteurs', 'd'autres structures', 'many shops want'),
# folded: a value read after one states the context, not the structure's doing, even in the
# description of its action. Class: stated once as its own doing, in a list.
OTHERS_SUBJECT = _rx(
    r"(^|[,(])\s*(de (nombreu(x|ses)|plus en plus de)|"
    r"beaucoup d(e|')|plusieurs|certain(e)?s|d'autres|les autres|la plupart des|"
    r"(so )?many|several|most|other|some)\s+\w"
)
# A field's label of what a structure plans or could pass on, not what it does ('Recherche &
# développement :', 'POSSIBILITÉ D'ESSAIMAGE :', 'PROJETS EN ÉTUDE'), folded: an open question's
# frame ('how does it sell?') is not stated by a plan ('Recherche de nouveaux points de
# distribution'). Class: open questions on how a structure works.
PLANS_LABEL = _rx(r"^(recherche|possibilite|essaimage|nb projets|projets en etude)")
# Words that only say where a structure is ('basées', 'located'): no topic of their own.
LOCATED_WORDS = frozenset(
    """
    base basee basees bases situe situee situees situes implante implantee implantees
    installe installee installees located based situated found trouve trouvent est sont
    depart department vill town city region zon secteur territoir
    premis headquarter sieg domicilie localise adress address
    exist existent existant existants existe existing
    """.split()
)
# Labels of a fiche's field that says where a structure acts ('PÉRIMÈTRE DE L'ACTION : Le
# territoire de la Métropole Européenne de Lille'; folded): with its address, town and head
# office, where a list asked of a place looks for it — not any passing mention of the place.
WHERE_ACTING_LABEL = _rx(
    r"\b(perimetre|territoire d'(intervention|action)|zone (d'intervention|d'action|"
    r"geographique|de chalandise)|aire d'intervention|area of (action|operation)|"
    r"where (it|we) (acts?|works?|operates?))\b"
)
# Function words inside a spelt-out name ("Fonds d'Investissement pour le Développement de
# l'Entrepreneuriat Social et Solidaire" = FIDESS): skipped when its initials are read.
NAME_CONNECTORS = frozenset(
    "d de du des l la le les pour et en a au aux sur of the for and".split()
)
# The structures named by the kind every fiche is (an association: 'Which charities are in
# the Aisne?', 'which non-profits are in the Nord?', 'les associations caritatives du 62'),
# folded: no topic of their own, a list of a place alone (class: lists by place).
STRUCTURES_AS_CHARITIES = _rx(
    r"\b(non[- ]?profits?|not[- ]for[- ]profits?|ngos?|ong|charit(y|ies)|charitable|"
    r"caritatives?|humanitaires?)\b"
)
# Words a list question uses to ask which structures there are, with no topic of their own
# ('Les structures dans l'Oise, c'est lesquelles ?', 'Which projects are located in the Aisne?',
# 'Name the initiatives you have in Amiens'; analyzed forms): a list asked with only these and a
# place lists every structure of that place.
LIST_ONLY_WORDS = frozenset(
    """
    lesquel lequel laquel project projet list nam nom cit show montr you avez connaiss know
    giv donn tell dit exist existent ya her ici voir see find trouv exempl exampl present kind
    typ sort genr all cherch about concern concernent port portent thing asso assos org orgs
    fait font fair do doing work working travaill oeuvr
    anything something anyon someon qqch quelqu chos quoi what els else autr other
    one ones
    autour around domain them
    """.split()
)
# ('autour de', 'around', 'dans le domaine de', 'sur le thème de' only frame a theme or topic:
# 'y a quoi comme projets autour de l'alimentation durable ?'. Class: list questions in
# spoken wording.)
# Names of periods and events ('during the Covid crisis', 'pendant le confinement'): the time
# a question sets, never the thing it asks about, nor a name structures must hold.
EVENT_NAMES = frozenset(
    """
    covid coronavirus pandem pandemic confin lockdown cris sanitair
    """.split()
)
# A booklet theme named as such ('les structures du réemploi', 're-use structures', 'about
# sustainable food'): a list asked of a theme alone holds every structure of that theme. Only
# the theme's own name and its translations; a topic inside a theme ('recycler des vélos')
# stays a topic.
# The article a booklet theme's heading opens with ('L'alimentation durable', 'Le réemploi'),
# left out when the theme is named inside a question (follow-ups moving to another theme).
THEME_HEADING_ARTICLE = _rx(r"^(l'|l’|le |la |les |the )")
THEME_NAMES: dict[str, re.Pattern[str]] = {
    "L'alimentation durable": _rx(
        # 'la bouffe locale': the theme in everyday words (class: a theme not named as
        # the booklet's heading names it)
        # 'sustainable-food initiatives': a compound typed with a hyphen names it too
        r"\b((sustainable|durable|responsible|local)[ -])?"
        r"(alimentation|food|nourriture|alim|bouffe)"
        r"([ -](durable|sustainable|responsable|locale))?\b"
    ),
    # re-use as the booklet defines it: giving things a second life
    "Le réemploi": _rx(
        r"\b(reemploi|re-?use|reutilisation|reemployer)\b|"
        r"\b((donn\w*|redonn\w*|offr\w*|give|gives|giving|gave)\s+)?"
        r"((aux|a des|des|les) (objets|choses)\s+|(objects|things|items|goods)\s+)?"
        r"(une|a)\s+(seconde|second|deuxieme|nouvelle|new)\s+(vie|life)"
        r"(\s+(aux|a des|a leurs|to) (objets|choses|objects|things|items|goods))?\b"
    ),
}
# A part of the booklet named as such ('la partie alimentation durable du livret', 'the food
# part of the booklet', 'the re-use section', 'les fiches du chapitre réemploi'), folded: where
# the fiches are filed, no topic (class: lists of one part of the booklet, `booklet_part`).
BOOKLET_PART = _rx(
    r"\b(parties|partie|parts?|sections?|chapitres?|chapters?|volets?|rubriques?|"
    r"themes?|thematiques?)\b(\s+(du|de ce|de la|of the|of this|in the)\s+"
    r"(livret|booklet|guide|document|brochure|recueil))?|"
    r"\b(du|de ce|dans le|of the|of this|in the)\s+(livret|booklet|guide|brochure|recueil)\b"
)
# What a part of the booklet holds, said around it ('font partie de', 'les fiches de',
# 'covers', 'contains', 'figurent dans'), folded; read only beside a part named.
BOOKLET_PART_FRAME = _rx(
    r"\b(font partie|fait partie|fiches?|cover\w*|couvr\w*|contain\w*|conti\w*|inclu\w*|"
    r"figur\w*|appear\w*|listed|regroup\w*|belong\w*)\b"
)
# A French noun after its determiner ('des meubles', 'du pain', "d'occasion"): what a list
# question names, whatever verb it is asked with.
# A few adjectives stand before the noun and only stress it ('un vrai magasin', 'une véritable
# boutique', 'de vrais ateliers'): the noun after them is the thing named. The asker's own
# things after a possessive are named the same way ('mes jouets', 'ma vieille télé', 'nos
# meubles', 'où donner mes vieux vêtements ?').
# The adjectives French puts before the noun (age, beauty, goodness, size), folded: 'les
# vieux ordinateurs', 'de beaux meubles', 'des anciens jouets' name the noun after them; the
# adjective is no thing a structure must hold (class: a thing asked with a quality before it,
# refused as 'no structure brings together « vieux » …').
PRENOMINAL_ADJECTIVES = (
    r"vieux|vieil|vieille|vieilles|ancien|anciens|ancienne|anciennes|nouveau|nouvel|"
    r"nouvelle|nouveaux|nouvelles|beau|bel|belle|beaux|belles|bon|bons|bonne|bonnes|gros|"
    r"grosse|grosses|jeune|jeunes|joli|jolie|jolis|jolies|mauvais|mauvaise|mauvaises"
)
# A noun after 'd'un', 'd'une' ('le prix d'un vélo', 'le coût d'une visite'), which
# DETERMINED_NOUN reads as the noun 'un': the thing a price is asked of (priced_thing.py).
INDEFINITE_NOUN = re.compile(r"\bd'une?\s+([^\W\d_]+)")
# Class: an object pronoun before an infinitive ('pour LES remettre au travail', 'afin de LES
# former'): 'les' then a singular word ending like an infinitive is no determiner and its
# noun (a plural noun after 'les' ends in -s or -x), so it names no thing a fiche must write.
_LES_CLITIC = r"les(?!\s+[^\W\d_]{2,}(?:er|ir|re|oir)\b)"
DETERMINED_NOUN = re.compile(
    r"\b(?:(?:des|du|de la|" + _LES_CLITIC + r"|le|la|un|une|aux|au|mes|mon|ma|tes|ton|ta|nos|"
    r"vos|notre|votre)"
    r"\s+|(?:de l'|d'|l'))"
    r"(?:(?:vrai|vraie|vrais|vraies|veritable|veritables|reel|reelle|reels|reelles|"
    r"authentique|authentiques|propre|propres|grand|grande|grands|grandes|petit|petite|"
    r"petits|petites|" + PRENOMINAL_ADJECTIVES + r")\s+)?([^\W\d_]+)"
)
# Class: a list asked around a town ('près de Lens', 'autour de Boulogne', 'around Lens',
# 'near Soissons'): the words right before the town (folded) that widen it to its area, so
# the structures of the area the facets' table puts it in are those asked.
_NEAR = (
    r"\b(pres de|autour de|aux alentours de|aux environs de|du cote de|dans le coin de|"
    r"dans la region de|dans le secteur de|vers|around|near|close to|nearby|in the area of|"
    r"in the vicinity of|not far from|pas loin de|"
    # a town's metropolitan area ('la métropole de Lille', 'the metro area of Lens'): around it too
    r"(la |l')?(metropole|agglomeration|agglo) de|the (metropolitan|metro) area of)"
)
NEAR_WORDS = _rx(_NEAR)
NEAR_PLACE = _rx(rf"{_NEAR}\s+$")
# … or the word right after the town, in an English compound ('the Lille-area toy recycler',
# 'the Lens area sewing school'). Folded, read from the end of the town.
NEAR_AFTER = _rx(
    r"^[\s-]*(area|region|zone|surroundings|metropolis|metropolitan area|metro area|"
    r"conurbation|agglomeration)\b"
)
# Class: a town written as an English compound before what it describes ('an Amiens-based
# charity'): a place asked, as 'in Amiens' is ('the Soissons-area woodshop' is no place its
# fiche must name: its area, NEAR_AFTER, read by list_scope.area_asked when asked around).
# Read as written (not folded); a town of the region only (the planner checks it). Group 1:
# the town.
TOWN_COMPOUND = re.compile(
    r"\b((?:[A-ZÉÈÀÂ][\w'’]+)(?:[\s-]+(?:[sS]ur[\s-]+|[dD]e[\s-]+)?[A-ZÉÈÀÂ][\w'’]+)*)"
    r"-based\b"
)
# Class: lists by place asked of a former region of Hauts-de-France ('en Picardie', 'in
# Picardy', 'dans le Nord-Pas-de-Calais'): its départements, each (folded patterns -> codes).
# Picardie only after a preposition of place, since bodies bear its name ('la MSA de
# Picardie', 'Synapse Picardie').
FORMER_REGIONS: dict[str, tuple[str, ...]] = {
    r"(?:\ben|\bdans (?:la |l'ancienne |l'ex-? ?)?|\bin|\bacross|\bthroughout)\s*"
    r"(?:(?:l'|the )?(?:ancienne |former |ex-? ?))?(?:picardie|picardy)\b": ("02", "60", "80"),
    r"\bnord[\s-]+pas[\s-]+de[\s-]+calais\b|\bnpdc\b": ("59", "62"),
}
# A noun of relation right before 'de' / 'of' and a name ('partenaires d'Emmaüs', 'members
# of Coorace', 'les clients de …'): the name is the body related to, not a place. Folded,
# read at the end of the text before the preposition. A verb of mentioning too ('lesquelles
# parlent d'Emmaüs ?', 'font mention de …', 'any mention of …'): what the fiches write is
# asked, a name, not where they are (class: lists picking structures by a named entity).
RELATION_OF = _rx(
    r"\b(partenaires?|partners?|partenariats?|partnerships?|membres?|members?|adherents?|"
    r"clients?|customers?|financeurs?|funders?|fournisseurs?|suppliers?|soutiens?|"
    r"filiales?|antennes?|branches?|parl(e|ent|er)|(font|fait|faire) (etat|mention)|"
    # a relation said by a participle before 'à' / 'to' ('des structures liées à Emmaüs',
    # 'affiliated to Coorace', 'rattachées à …'): the body related to, not a place
    r"li(e|ee|es|ees)|rattache(e|es|s)?|affilie(e|es|s)?|adosse(e|es|s)?|associe(e|es|s)?|"
    r"linked|affiliated|attached|tied|connected|related|"
    r"mentions?)\s*$"
)
# An English preposition of place right before a name: 'in Rouen', 'near Caen', 'around Lille'.
# An organisation a fact is asked of, in English: 'does Oxfam have', 'was Oxfam founded',
# "Decathlon's budget" (no article before it: 'the European Social Fund' translates a thing).
OWNER_BEFORE_EN = _rx(r"\b(does|do|did|is|was|has|had)\s+$")
OWNER_AFTER_EN = _rx(r"['’]s\b")
PLACE_PREPOSITION_EN = _rx(r"\b(in|at|near|around|from|to|outside|inside|of)\s+(the\s+)?$")
# A determiner naming one site ('la boutique', 'the shop', 'son magasin', 'this store'), right
# before the site word (folded): the question asks about that site ('que vend la boutique de
# Guise ?', 'what happened to the shop in Hirson?', 'pourquoi le magasin d'Hirson est fermé
# ?'), not how many sites there are. Class: a structure's site named as one.
ONE_SITE_BEFORE = _rx(
    r"\b(la|le|l'|sa|son|leur|the|its|their|this|that|cette|ce|cet)\s*([\w-]+\s+)?$"
)
ONE_SITE_WORD = _rx(r"(boutique|magasin|shop|store|antenne|branch|outlet)")
# A question asking whether the booklet gives something a fiche or a page of its own ('Y
# a-t-il une fiche sur Emmaüs ?', 'Does the booklet have a page about Ecologic?', 'Coorace a
# sa propre fiche ?', "is there an entry for Dons Solidaires?"), folded: answered by the
# fiches' own names, never by a fiche that names it in passing (compose._fiche_of_unfiched).
FICHE_ASKED = _rx(
    r"\b(une|sa|son|leur|la|a|an|its|their|own|propre)\s+(fiche|page|entry|entree)\b"
    r"(?!\s+(facebook|web|internet|instagram|linkedin))"
)
# The noun of a structure's own site, placed in a town by its fiche ('la boutique d'Hirson',
# 'un point de distribution à Compiègne'): a site, never a body of its own without a fiche
# (answering/unfiched.named_in_passing). Folded.
SITE_NOUN = _rx(
    r"boutiques?|magasins?|antennes?|sites?|locaux|local|entrepots?|depots?|points?|sieges?|"
    r"etablissements?"
)
# A site of a structure asked about ('the Saint-Gobain pick-up point', 'le point de
# distribution de Compiègne', 'la boutique de Guise', 'the Hirson shop'), folded: a date asked
# of it, naming its place, is answered only by a dated sentence naming that place. Class: the
# date of one site or sub-event named by its place.
SITE_ASKED = _rx(
    r"\bsites?\b|boutiques?|magasins?|\bshops?\b|\bstores?\b|antennes?|\bbranch(es)?\b|"
    r"outlets?|(drop-?off|collection|pick-?up|distribution|delivery|sales) points?|"
    r"points? (de|d.) ?(vente|depot|distribution|collecte|retrait|livraison)|\blocal\b|"
    r"\blocaux\b|ateliers?|workshops?|entrepots?|warehouses?|premises"
)
# A sentence naming one of a structure's sites (folded): 'Un deuxième site voit le jour … à
# Hirson', 'La boutique située à Hirson a été cambriolée', 'une antenne à Calais'. Class: a
# yes/no whether a structure is (still) at a place its fiche names as one of its sites.
# 'still' asked of a place ('are they still in Hirson?', 'sont-ils toujours à Hirson ?'):
# whether it still operates there, which the sentence naming the site tells (no plain yes).
STILL_THERE_ASKED = _rx(r"\b(still|anymore|no longer|toujours|encore|plus)\b")
# The kind of site a question names, and how a sentence names one of that kind: 'does it run
# a shop in Calais?' is not met by 'l'atelier de la citoyenneté à Calais' (folded).
SITE_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        _rx(r"\b(shops?|stores?|boutiques?|magasins?|epiceries?|grocer\w*|commerces?)\b"),
        _rx(r"\b(boutiques?|magasins?|epiceries?|commerces?)\b"),
    ),
    (_rx(r"\b(workshops?|ateliers?)\b"), _rx(r"\bateliers?\b")),
    (_rx(r"\b(warehouses?|entrepots?|depots?)\b"), _rx(r"\b(entrepots?|depots?)\b")),
)
SITE_SENTENCE = _rx(
    r"\b(sites?|boutiques?|magasins?|antennes?|epiceries?|locals?|locaux|ateliers?|"
    r"points? de (vente|retrait|collecte|distribution)|depots?|entrepots?|implant\w*|"
    r"etablissements?)\b"
)
# Class: a yes/no whether a structure has a site in a town ('ils ont une antenne à Calais
# aussi ?', 'do they have a branch in Calais too?', 'y a-t-il une boutique à Lille ?'): only a
# sentence naming a site of it there answers yes; a fiche naming the town for anything else
# ('l'atelier de la citoyenneté à Calais a sollicité …') gives no site there. Folded; a
# question asking how many or which is no yes/no (lexicon OPEN_QUESTION_WORD).
SITE_THERE_ASKED = _rx(
    r"\b(ont|a|a-t-il|a-t-elle|ont-ils|ont-elles|avez|have|has|got|y a-t-il|y a|is there|"
    r"are there|possede\w*|dispose\w*)\b[^?]{0,30}?\b(une?|a|an|des|any|another|other|"
    r"d.autres?|aussi (une?|des))\s+(\w+\s+)?(antennes?|sites?|boutiques?|magasins?|locaux|"
    r"local|agences?|branch(es)?|offices?|shops?|stores?|outlets?|ateliers?|workshops?|"
    r"epiceries?|points? de vente|premises|locations?|implantations?|etablissements?)\b"
    r"[^?]{0,20}?\b(a|au|en|in|at)\b"
)
# A site of the structure's own, stated (SITE_SENTENCE but for 'atelier': 'l'atelier de la
# citoyenneté à Calais' is another body, 'un atelier de production' an activity; a workshop
# asked by its kind is still read by SITE_KINDS). Folded.
OWN_SITE_STATED = _rx(
    r"\b(sites?|boutiques?|magasins?|antennes?|epiceries?|locals?|locaux|"
    r"points? de (vente|retrait|collecte|distribution)|depots?|entrepots?|implant\w*|"
    r"etablissements?)\b"
)
# The booklet itself asked about, as a whole: what it is, what it covers, its themes, its
# title ('de quoi parle le livret ?', 'what is the booklet about?', 'quels thèmes couvre le
# livret ?', 'what does this booklet cover?'), folded. Answered from the booklet's own cover
# title and theme headings, with the structures under each (answering/booklet_about.py).
# Class: a question about the booklet itself.
BOOKLET_ASKED = _rx(
    r"\b(de|sur) quoi (parle|traite|porte)\w*[- ]?(t[- ]il |il )?(le|ce) (livret|document)\b|"
    r"\b(de|sur) quoi (le|ce) (livret|document) (parle|traite|porte)\w*\b|"
    r"\b(le|ce) (livret|document) (parle|traite|porte) (de|sur) quoi\b|"
    r"\bc.est quoi (le|ce) (livret|document)\b|\bqu.est[- ]ce que (le|ce) livret\b|"
    r"\b(themes?|thematiques?|sujets?|titre|objet|contenu) (du|de ce) livret\b|"
    r"\bque (presente|couvre|contient|aborde) (le|ce) livret\b|"
    r"\bquel(le)?s? (themes?|thematiques?|sujets?|domaines?) (couvre|presente|aborde|traite)\w* "
    r"(le|ce) livret\b|"
    r"\bwhat (is|does) (the|this) (booklet|document) (about|cover|deal with|contain)\b|"
    r"\bwhat.s (the|this) (booklet|document) about\b|"
    r"\b(themes?|topics?|title|subject|contents?) of (the|this) booklet\b|"
    r"\bbooklet.s (themes?|topics?|title|subject)\b|"
    r"\bwhat (themes?|topics?|subjects?|areas?) (does|do) (the|this) booklet (cover|address)\b"
)
# An opening turn saying only that the asker reads the booklet ('je regarde le livret ESS
# Hauts-de-France', "I'm looking at the Hauts-de-France ESS booklet", "j'ai sous les yeux votre
# livret"): the reading verb, then the booklet's name (BOOKLET_NAME_WORDS around 'livret').
BOOKLET_OPENING = _rx(
    r"^(?:(?:bonjour|salut|hello|hi|hey|coucou|ok|alors)\W+)*"
    r"(?:je (?:suis en train de |viens de )?(?:regarde|regarder|lis|lire|consulte|consulter|"
    r"parcours|parcourir|feuillette|feuilleter|decouvre|decouvrir|ouvre|ouvrir)|"
    r"j.?(?:ai (?:lu|recu|ouvert|parcouru|consulte|sous les yeux|entre les mains)|epluche)|"
    r"i.?m (?:just )?(?:looking at|looking through|reading|going through|browsing|checking out)|"
    r"i am (?:just )?(?:looking at|looking through|reading|going through|browsing|checking out)|"
    r"i (?:just )?(?:have|got|read|opened|received))\s+"
    r"(?:le|ce|votre|ton|un|the|this|your|a)\s+(?P<name>[\w' -]*?)\b(?:livret|booklet|brochure)\b"
    r"(?P<rest>[\w' -]*)[\s.!,;:]*$"
)
# The words a booklet's name is made of, the only ones an opening (BOOKLET_OPENING) may add.
BOOKLET_NAME_WORDS = frozenset(
    "ess hauts de france hdf hauts-de-france l d economie sociale et solidaire social solidarity "
    "economy sur en du des la le les region regional the on in about of and initiatives "
    "initiative inspirantes inspiring transition ecologique ecological".split()
)
# A French existence question: 'Y a-t-il une recyclerie de vélos à Lille ?'
EXISTENCE_FRAME = _rx(
    r"^(y a[- ]t[- ]il|existe[- ]t[- ]il|il existe|le livret (presente|cite|parle)[- ]t[- ]il)"
)
# 'Y a-t-il un café dans la boutique de VESTALI ?', 'Is there a shop at Synapse 3i?': asked of
# one structure named, whether it has a thing (a yes/no question, not a search for structures);
# 'other' ones asked are a search still (class: a yes/no asked with an existence frame).
HAS_IT_FRAME = _rx(r"^(y a[- ]t[- ]il|il y a|existe[- ]t[- ]il|is there|are there)\b")
OTHER_ONES = _rx(r"\b(autres?|other|others|another|aussi|also|too)\b")
# An English existence question: 'Is there a bakery that…', 'Does any initiative repair…'.
EXISTENCE_FRAME_EN = _rx(
    r"^(is there|are there|does (any|a|an|one|some)|do (any|some)|has (any|anyone)|have any|"
    r"can (i|we|you) find|is (any|anyone|someone)|does (the )?booklet (feature|mention|include|"
    r"present|have|list|describe|show))\b"
)
# Words of the glossary every English question about the booklet may use ('which structures
# in the booklet'): never a topic, so never required to be there or together.
GENERIC_TOPIC_EN = frozenset(
    """
    structure initiative organisation organization booklet project group company association
    thing people person place area region local one kind type example latter former
    """.split()
)
# Words of a 'when' question that name no thing it dates ('when did it first do it', 'en
# quelle année a-t-elle commencé à …'): what is left names the object of the event.
# 'Quand a eu lieu le rachat ?', 'when did it take place': the verb of happening, no thing
# dated (class: a 'when' question about an event the fiche never tells).
# Where a story goes on past a dated clause (class: an attribute asked of a sub-thing,
# 'et la boutique, elle a ouvert quand ?'): 'En janvier 2021, l'association embauche …, puis
# … lance quelques mois plus tard … la boutique' dates the hiring, not the shop. Folded.
# 'quand exactement ?', 'when precisely?': a thing told in a sequel clause of a dated sentence
# ('… quelques mois plus tard … la boutique') is dated by its year only, not exactly. Folded.
EXACTLY_ASKED = _rx(r"\b(exactement|precisement|exactly|precisely|exact|precise)\b")
SEQUEL_CLAUSE = _rx(r";|\bpuis\b|\bplus tard\b|\bensuite\b|\bpar la suite\b|\bthen\b|\blater\b")
# Words picking one of a structure's several sites or things (class: an attribute asked of a
# sub-thing, 'le deuxième il est où ?', 'where is its other shop?'): its main address is then
# no answer. Folded.
SITE_PICK_WORDS = frozenset(
    """
    deuxieme second seconde troisieme autre autres other another third nouveau nouvelle
    nouvel new dernier derniere last
    """.split()
)
# The words of a 'where' frame (class: an attribute asked of a sub-thing): no thing asked in
# 'where are its vetibox located?', 'où se trouvent ses points de dépôt ?'. The kind of place
# asked is no thing either (class: the town asked in other words than 'where', 'which town is
# VESTALI in?', 'c'est dans quelle commune ?', 'what's its hometown?'). Folded.
WHERE_FRAME_WORDS = frozenset(
    """
    where located situated based find found address adresse ou trouve trouvent situe situee
    situes situees localise localises implante implantee installe installee est sont lieu
    lieux emplacement emplacements location locations exactement exactly donc serait
    seraient sera seront would will siege social sociale head office headquarters registered
    etablissement establishment
    ville villes town towns city cities commune communes village villages localite
    municipality hometown
    """.split()
)
# Whether a structure pays staff, asked yes or no (class: 'do they pay their staff?', 'does X
# have employees?', 'are the people there paid?', 'est-ce qu'elle paie des salariés ?', 'ils
# sont rémunérés ?'): the staff figure of the card answers (its EFFECTIF SALARIAL line), not
# any sentence naming 'salariés' (a customer line, 'les salariés des entreprises'). A staff
# of a kind asked ('des salariés en insertion', 'volunteers', 'disabled employees') is its own
# measure or thing: only the words of asking stand between the verb and the staff. Folded.
PAID_STAFF_ASKED = _rx(
    r"\b(pay|pays|paid|employ|employs|have|has|hire|hires)\b"
    r"( (any|some|paid|salaried|their|its|own|real|actual|the|a))* (staff|employees|"
    r"workers|personnel|salaried \w+|paid \w+|wage earners)\b|"
    r"\b(employ|employs|hire|hires)\b (anyone|anybody|someone|people)\b|"
    r"\b(are|is) (the )?(people|staff|workers|they|team|employees)\b( \w+){0,8} paid\b|"
    r"\b(paie|paye|paient|payent|remunere|remunerent|emploie|emploient|ont|a)\b"
    r"([- ](t|il|ils|elle|elles|on|vraiment|bien|elle-meme))* (des |de |du )?"
    r"(salaries|employes|personnel)\b|"
    r"\b(sont|est|etes)[- ]?(ils|elles|on|ce)? (payes?|remuneres?|salaries)\b"
)
PAID_STAFF_OF_A_KIND = _rx(
    r"insertion|integration|benevol|volunt|adherent|member|cdi\b|cdd|"
    # people of a kind ('employ people from priority neighbourhoods', 'des salariés issus de
    # …', 'workers with disabilities'): a share or a thing of the staff, not whether any
    r"\b(from|with|who|qui|issus?|issues?|handicap\w*|disab\w*|women|femmes|quartiers?|"
    r"neighbou?rhoods?|jeunes|young|seniors?)\b"
)
# The head office asked, apart from the place the structure works at (class: 'where is the
# head office of X?', 'où est son siège social ?', 'X is headquartered where?', 'l'adresse du
# siège ?'): a card with a head-office line answers from it, not from the establishment's
# address (the garden's runs from Lille, its field is in Villeneuve d'Ascq). Folded.
HEAD_OFFICE_ASKED = _rx(
    r"\b(siege( social)?|head ?offices?|headquarter(s|ed)?|hq|registered office|"
    r"main office)\b"
)
# A status asked as one planned or to come, not the one held (class: an attribute asked of a
# planned change, 'which new legal status is it considering?', 'vers quel statut veut-elle
# évoluer ?'): the card's status is the current one, no answer. Folded.
NEW_STATUS_ASKED = _rx(
    r"\b(new|nouveau|nouvel|nouvelle|future?|other|autre|planned|envisag\w*|consider\w*|"
    r"prevu\w*|vise\w*|souhait\w*|switch\w*|chang\w*|evolu\w*|pass(er|e) (en|a)|"
    r"devenir|become|move to|adopt\w*)\b"
)
# A 'where' asked of anything, the word first or last (class: an attribute asked of a
# sub-thing, 'where are its 25 drop-off points?', 'elle veut ouvrir une ressourcerie, ce
# serait où ?'). Folded: 'ou' stands for 'où' only first or last.
WHERE_ASKED = _rx(
    r"^((et|and|mais|but) )?(where (is|are|would|will)|ou (est|sont|serai\w*|se trouv\w*|"
    r"se situ\w*))\b|\b(est|sont|serai\w*|sera|seront|se trouv\w*|se situ\w*) ou\W*$"
)
# Verbs framing a budget or a figure of the structure itself (class: an attribute asked of a
# sub-thing): 'il tourne avec quel budget ?', 'what does it run on?' name no thing. Folded.
ATTRIBUTE_FRAME_VERBS = frozenset(
    """
    tourne tournent tourner fonctionne fonctionnent fonctionner run runs running operate
    operates dispose disposent total totale global globale annuel annuelle annual yearly
    """.split()
)
# A thing asked as one the structure plans or wants (class: an attribute asked of a sub-thing,
# 'Synapse veut ouvrir une ressourcerie, ce serait où ?'): even its premises' words name a
# thing other than the structure's present site. Folded.
PLANNED_THING_ASKED = _rx(
    r"\b(veu[tx]|veulent|voudrai\w*|souhait\w*|wants?|planned|plans?|envisag\w*|futur\w*|"
    r"prevu\w*|en projet)\b"
)
# A place stated in a sentence, as the booklet writes it (raw text): 'à Hirson', 'sur Guise'.
PLACE_STATED = _rx(r"\b(?:à|a|au|aux|sur|en|dans|de|d')\s?[A-ZÉÈ][\w'-]{2,}")
HAPPENED = _rx(r"\b(eu|avoir|aura|auront|aurait) lieu\b|\btak(e|es|en|ing) place\b|\btook place\b")
EVENT_FRAME = frozenset(
    """
    year annee years annees date exactly exactement precisement did
    does was were has have had been its their leur leurs son sa ses quelle quel which what
    run runs running since depuis quand when long how ago time temps existe exist exists
    etait etaient
    """.split()
)
# Which one of its things a 'when' question dates ('its first shop', 'sa deuxième boutique'):
# English ordinals in the booklet's French.
ORDINALS_EN_FR: dict[str, tuple[str, ...]] = {
    "first": ("premier", "première"),
    "second": ("deuxième", "second", "seconde"),
    "third": ("troisième",),
    "new": ("nouveau", "nouvelle", "nouvel"),
    "last": ("dernier", "dernière"),
}
# A sentence telling a thing as planned or studied, not done ('le projet d'un magasin est à
# l'étude', 'envisage d'ouvrir', 'va prochainement permettre'): its year dates no event of it.
NOT_YET_DONE = _rx(
    r"\ba l.etude\b|\b(le|un|leur|son|du) projet d.(un|une)\b|\bprojet de (creer|creation|"
    r"ouvr\w*|lancer|lancement)\b|\benvisag\w*|\ben reflexion\b|\breflexion (sur|pour)\b|"
    r"\bprevu\w*|\bprochainement\b|\bva (bientot )?(ouvrir|creer|lancer|permettre)\b|"
    r"\bdevrai(t|ent)\b|\ba terme\b|\beventuellement\b|\ben cours de (creation|construction)\b"
)
# Objects too general to pick a dated sentence by ('the association', 'l'activité').
# A possessive determiner: what follows is a thing of the structure's own ('its shop', 'sa
# boutique', 'VESTALI's website').
POSSESSIVE = _rx(r"\b(its|their|sa|son|ses|leur|leurs)\b|\w's\b")
GENERIC_EVENT_OBJECTS = frozenset(
    """
    association structure activite activity action projet initiative organisme entreprise
    genre sorte type kind
    """.split()
)
# What any structure of the booklet is, in French ('l'asso des producteurs'): no thing a
# yes/no question asks it to have.
GENERIC_STRUCTURE_FR = frozenset(
    "asso assos association associations structure structures organisme organismes".split()
)
MONTHS = r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
YEAR = _rx(r"\b(19[5-9]\d|20[0-4]\d)\b")
DAY_DATE = _rx(rf"\b\d{{1,2}}(er)? ({MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b")


# -- attributes: what a question may ask of a structure, and how the booklet states it ---------
@dataclass(frozen=True)
class Measure:
    """A quantity a fiche may state ('bénévoles'): `asked` recognises it in a question,
    `stated` in a key figure's label and value or in a sentence holding a number."""

    name: str
    family: str  # measures of one family stand in for each other as 'the nearest fact'
    label_fr: str
    label_en: str
    asked: str
    stated: str
    # A measure of a thing, not of the structure: a surface is of a building, a shop or a
    # field, so a question naming the thing ('la surface de la boutique') is answered only by
    # a figure about that thing. A tonnage is of a matter: 'combien de tonnes de verre ?' is
    # not answered by '45 tonnes d'objets' (class: a measure stated of another thing).
    of_thing: bool = False


# Families whose measures a key figure's value names in words ('le chiffre d'affaires … a
# atteint', '15 adhérents dont 3 bénévoles'): a value naming another one of the family and
# not the one its label files it under gives that other measure.
NAMED_IN_VALUE_FAMILIES = frozenset({"money", "people"})


@dataclass(frozen=True)
class Qualifier:
    """A kind of a measure's count that the booklet states apart from it, by its own
    participle ('281 personnes initiées et formées' beside '450 personnes accompagnées'):
    asked, only a count stating it answers, never the measure's other figure."""

    measure: str
    label_fr: str
    label_en: str
    asked: str  # on the folded question
    stated: str  # on a folded sentence, right after its number (a few words between)


# Class: a count of people asked by what was done for them, narrower than the measure filed
# for it ('combien de personnes formées', 'how many people were trained' vs the figure of
# people supported): 'people supported' is the nearest fact, not the answer.
QUALIFIERS: tuple[Qualifier, ...] = (
    Qualifier(
        "beneficiaires",
        "personnes formées",
        "people trained",
        r"\bformee?s?\b|\bformer\b|\bforme(nt|rons|ra)\b|\binitiee?s\b|\btrain(ed|s)?\b|"
        r"\btaught\b|\bstagiaires?\b|\btrainees?\b",
        r"\b(formee?s|initiee?s|stagiaires)\b(?:\s+(?:et|and)\s+(?:formee?s|initiee?s)\b)?",
    ),
    # Class: a part of the staff asked by its contract or its people ('combien de permanents ?',
    # 'dont combien en CDI ?', 'how many apprentices?', 'how many women?'), alone or after the
    # headcount was asked: the staff field states parts ('7 salariés permanents', '3 contrats
    # en alternance', 'dont 42 femmes'); the whole headcount is the nearest fact, not the
    # answer. Work-integration staff and ETP are measures of their own (MEASURES).
    Qualifier(
        "salaries",
        "salariés permanents",
        "permanent staff",
        r"\bpermanente?s?\b|\bcdi\b|open[- ]ended (contracts?|jobs?)",
        r"\b(permanents?|(?:en )?cdi)\b",
    ),
    Qualifier(
        "salaries",
        "apprentis et alternants",
        "apprentices and work-study contracts",
        r"\bapprenti\w*|\balternan\w*|\bapprentice\w*|work[- ]study|sandwich course",
        r"\b(apprenti\w*|(?:en )?alternance)\b",
    ),
    Qualifier(
        "salaries",
        "femmes",
        "women",
        r"\bfemmes?\b|\bwom[ae]n\b|\bfemales?\b",
        r"\bfemmes\b",
    ),
    Qualifier(
        "salaries", "salariés hommes", "men", r"\bhommes\b|\bmen\b|\bmales?\b", r"\bhommes\b"
    ),
    # Class: a sub-group of any count of people asked by its sex or age ('et combien sont des
    # femmes ?' after the members, 'how many young people does it employ?', 'combien de
    # jeunes bénévoles ?'): only a count naming that group answers; the whole count (members,
    # volunteers, staff) is the nearest fact.
    *(
        Qualifier(measure, fr, en, asked, stated)
        for measure in ("salaries", "adherents", "benevoles", "beneficiaires")
        for fr, en, asked, stated in (
            (
                "jeunes",
                "young people",
                r"\bjeunes\b|\byoung (?:people|persons?|adults?|ones)\b|\byouths?\b",
                r"\bjeunes\b",
            ),
            ("femmes", "women", r"\bfemmes?\b|\bwom[ae]n\b|\bfemales?\b", r"\bfemmes\b"),
            ("hommes", "men", r"\bhommes\b|\bmen\b|\bmales?\b", r"\bhommes\b"),
            # a sub-group by disability ('combien de personnes handicapées travaillent au
            # Bois ?', 'how many disabled people does it employ?'): only a count or share
            # naming the disability answers ('6% des salariés sont en situation de handicap')
            (
                "personnes en situation de handicap",
                "people with disabilities",
                r"\bhandicap\w*|\bdisabled\b|\bdisabilit(?:y|ies)\b|\bhandicapped\b",
                r"\bhandicap\w*",
            ),
        )
        if measure != "salaries" or fr in ("jeunes", "personnes en situation de handicap")
    ),
)
# French words naming what a question asks (a measure, a card field, a role), folded: a word
# of a French question typed one letter off one of these ('budjet', 'adrese', 'telephonne',
# 'salariers') is read as it, as `planner.respelt` reads English slips (class: terse and
# misspelt questions and follow-ups, 'et sont budjet ?').
FRENCH_ASKED_WORDS = frozenset(
    """budget adresse telephone salaries salarie benevoles benevole adherents adherent
    directeur directrice president presidente tresorier tresoriere effectif partenaires
    financeurs creation fondateur fondatrice courriel tonnage""".split()
)
# Nouns a count question may use for the structure's people whatever the measure ('combien de
# personnes travaillent', 'how many people does it employ'): the measure word after them says
# what is counted. Any other noun counted is counted itself ('combien de producteurs
# travaillent avec …' counts producers, not employees; class: a count asked of another noun
# than the measure named next to it).
# A verb of working a staff measure reads ('travaillent', 'bossent', 'emploient'), folded:
# before another noun counted ('ils travaillent avec combien de producteurs ?') it says what
# they do with what is counted (class: a count asked of another noun than the measure's verb).
WORKING_VERB = _rx(r"travaill\w*|bossent|emploi(e|ent)|employs?|employing|work(s|ing)?")
# The asker's own sum of the last answer, to check ('ça fait 350 en tout donc ?', 'so 30
# in total?', 'that makes 120 members altogether?', 'soit 38 salariés au total ?'), folded:
# a number with a word of totalling, no structures named as its scope (class: a figure
# checked against the answer just given, not a total over the booklet).
FIGURE_CHECKED = _rx(
    r"^\W*(?:(?:donc|so|ok|alors|et|and)\s+)?(?:ca fait|cela fait|ca nous fait|ca donne|soit|"
    r"donc|so|that makes|that's|thats|which makes|that gives|so that's)\s+(?:\w+\s+)?"
    r"\d[\d  .,]*\s*(?:[^\W\d]+\s+){0,2}(?:en tout|au total|in total|altogether|total|overall|"
    r"au global|en cumule)\b(?!.*\b(structures?|initiatives?|livret|booklet)\b)"
)
# The asker's own figure set against the last answer, to check it ('Is that right? I thought
# it was 2016.', 't'es sûr ? je croyais que c'était 2016', 'are you sure? not 2014?', 'c'est
# pas plutôt 25 salariés ?'), folded: a doubt or a belief, then a number (class: a check of
# the previous answer against the user's own figure — what the fiche states of it, asked
# again, the figure being no filter of the fiche).
OWN_FIGURE_DOUBTED = _rx(
    r"\b(is that right|is this right|is that correct|are you sure|you sure|sure about that|"
    r"really|t.es sur|tu es sur|vous etes sur|c.est sur|vraiment|i thought|i believed|"
    r"i heard|i read|i was told|je croyais|je pensais|j.aurais dit|on m.a dit|j.ai lu|"
    r"pas plutot|not rather|wasn.t it|isn.t it|c.etait pas|ce n.etait pas|c.est pas)\b"
    r"[^\d]{0,60}\b\d[\d  .,]*\b"
)
# People counted in everyday words as well as the booklet's ('des gens', 'folks'), folded.
_PEOPLE_FR = r"(personnes|gens)"
_PEOPLE_EN = r"(people|folks?|persons|individuals)"
GENERIC_COUNTED = frozenset(
    "personnes personne gens people persons person individus individuals folks folk".split()
)
# Nouns that name no thing of their own: the tie between a structure and the rest of the
# question ('un rapport avec le vélo', 'un soutien du FIDESS', 'un lien avec Emmaüs', 'de
# l'argent de la Région': who funds is the name, not the word 'argent'; 'un coup de main',
# 'un coup de pouce': help, in everyday words) or a
# thing left vague ('des trucs à la déchetterie', 'des choses en bois'), or a generic place
# standing for the structures asked ('des endroits qui ont un rapport avec le vélo', 'des
# lieux où …': the structures are the places). Class: list questions
# in other words than the booklet's; a fiche need not write them for the rest to qualify it,
# so their absence is no evidence that what is asked is missing. Folded.
# The words of a tie itself ('un lien avec', 'une relation avec', 'un rapport avec'): what
# they tie is the name or thing after them, in a list question as in a yes/no one. Folded.
TIE_NOUNS = frozenset("rapport lien liens relation relations".split())
# Money in general ('de l'argent de l'Europe', 'des financements', 'du fric'): who or what
# gives it is the thing asked, as the glossary reads 'money', 'funding', 'grant' in English
# (no thing of their own). Class: a yes/no question refused in French ('a-t-il eu de
# l'argent de l'Europe ?': « argent » unmentioned) but answered in English. Folded.
MONEY_NOUNS = frozenset(
    "argent financement financements subvention subventions fric pognon thune thunes".split()
)
# Money asked of a giver in a yes/no question, in either language ('a-t-il eu de l'argent de
# l'Europe ?', 'did it get European money?', 'des subventions de la CAF ?'). The giver is the
# thing asked; it must be named where the fiche says who funds it (`FUNDING_STATED`), not in
# passing ('la Métropole Européenne de Lille' is no European money). Folded.
MONEY_ASKED_OF_GIVER = _rx(
    r"\b(argent|financements?|subventions?|fric|pognon|thunes?|money|funding|funds?|grants?|"
    r"cash|subsid(y|ies)|financee?s?|subventionnee?s?|funded|financed|subsidi[sz]ed)\b|"
    # funds in general ('des fonds européens'), not one fund named ('le fonds UrgencESS')
    r"\b(des|de|aux) fonds\b"
)
# A sentence stating money given ('Le fond social européen depuis 2020', 'les fondations
# Anber …', 'aide de l'ADEME', 'prêt du club CIGALES', '1 500€'). Folded.
FUNDING_STATED = _rx(
    r"\bfinanc\w*|\bcofinanc\w*|\bsubvention\w*|\bfonds?\b|\bfondations?\b|\bmecenat\b|"
    r"\bprets?\b|\bdotation\b|\bdons?\b|\baides?\b|\bappuis? financ\w*|\bfeder\b|\bfse\b|"
    r"\binterreg\b|\bsoutenu\w*|€|\beuros?\b"
)
NO_THING_NOUNS = (
    TIE_NOUNS
    | MONEY_NOUNS
    | frozenset(
        """
    rapports soutien soutiens appui appuis partenariat
    partenariats trucs truc choses chose machins machin bidules bidule
    coup coups pouce
    endroits endroit coins coin lieux lieu
    """.split()
    )
)
# Units a quantity is counted in ('combien de mètres carrés de serres', 'how many kilos of
# toys'): the thing measured follows them, so a count in another unit, or of the thing
# named after, is no count of another thing (class: a count of something not counted).
UNIT_COUNTED = frozenset(
    """
    metre metres metres2 m2 kilo kilos kg kilogramme kilogrammes tonne tonnes litre litres
    hectare hectares ha heure heures hour hours euro euros km kilometre kilometres meter
    meters square
    """.split()
)
# The sex of the holder a list of a role asks ('which structures have a WOMAN as director?',
# 'dirigées par une FEMME', 'run by men'): the role word the contact card writes says it
# ('Directrice', 'Président'), so the list keeps those whose role word has that gender
# (class: a list of a role's holders narrowed by their sex; answering/asked_value.py).
ASKED_WOMAN = _rx(
    r"\b(femmes?|woman|women|female|feminine|feminin\w*)\b|"
    # a role asked in its feminine form ('dirigées par une directrice', 'une présidente'):
    # French writes the generic role masculine, so the feminine asks for a woman
    r"\b(une|la|des|les|leurs?|sa) (directrices?|presidentes?|gerantes?|coordinatrices?|"
    r"fondatrices?|tresorieres?|secretaires generales|animatrices?|responsables femmes?)\b|"
    r"\b(chairwom[ae]n|businesswom[ae]n)\b"
)
ASKED_MAN = _rx(r"\b(hommes?|man|men|male|masculin\w*)\b")
# A role word's gender as a card writes it: feminine -rice/-ente/-ante/-iere/-euse/-esse
# ('Directrice', 'Présidente', 'Gérante', 'Trésorière', 'Animatrice'); masculine -eur/-ent/
# -ant/-ier ('Directeur', 'Président'); an epicene word ('Responsable') says neither.
FEMININE_ROLE = _rx(r"(rice|ente|ante|iere|euse|esse)s?\b")
MASCULINE_ROLE = _rx(r"(eur|ent|ant|ier)s?\b")
# The civility a card or a question may write before a person's names ('Messieurs Pillot et
# Labarre', 'Mme Maréchal', 'Mrs Cousin', 'Ms Roy', 'Mr Grossot'), folded.
WOMAN_CIVILITY = _rx(r"\b(mme|mmes|madame|mesdames|mlle|mademoiselle|mrs|ms|miss)\b")
MAN_CIVILITY = _rx(r"\b(mr|monsieur|messieurs|mister)\b")
# A title of either sex before a surname ('Dr Renard', 'Docteur Motte', 'Pr Roy'): no more a
# name word than a civility.
PERSON_TITLE = _rx(r"\b(dr|docteur|doctor|pr|professeur|professor|maitre)\b")


def is_civility(folded_word: str) -> bool:
    """Whether a folded word is a civility or title read before a person's surname ('mme',
    'monsieur', 'mrs', 'dr'): part of how a person is named, never a name of its own."""
    return any(rx.fullmatch(folded_word) for rx in (WOMAN_CIVILITY, MAN_CIVILITY, PERSON_TITLE))


# A code asked as a value ('le code APE 9499Z', 'SIRET 123 456 789', 'code postal 59650'):
# digits, maybe spaced or dotted, and a trailing letter (class: a list by a field's value —
# the structures whose field states that value, not every structure stating the field).
ASKED_CODE = _rx(r"(?<![\w.])\d[\d .]*\d(?: ?[a-z])?(?![\w])")

# Listed most specific first: 'salariés en insertion' before 'salariés', 'ETP' before both.
# 'shop' as a noun ('their shops', 'the Hirson shop'), not as a verb after a modal, 'to' or
# who does it ('who can shop at …?', 'to shop there', 'people shop'): class, a site counted
# where the question asks who may buy. Folded.
_SHOP_NOUN = (
    r"(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bto )(?<!\bwho )(?<!\bpeople )(?<!\byou )"
    r"(?<!\bwe )(?<!\bthey )(?<!\bi )(?<!\bone )(?<!\bcustomers )(?<!\bclients )\bshops?\b"
)
MEASURES: tuple[Measure, ...] = (
    Measure(
        "etp",
        "people",
        "nombre d'ETP",
        "full-time equivalents",
        r"\betps?\b|equivalents? temps plein|full[- ]time equivalents?|\bftes?\b|"
        # staff time ('combien de temps de salarié le Pays met à dispo ?', 'how much staff
        # time'): a time of work is stated in full-time equivalents ('0,5 ETP'), not a headcount
        r"\btemps (de )?(salaries?|salarie\w*|travail salarie|personnel)\b|"
        r"\b(staff|employee|paid) time\b|"
        # full-time staff in everyday words (class: a measure asked without its label: 'how
        # many full-time staff?', 'combien de salariés à temps plein ?')
        r"full[- ]time (staff|employees|workers|jobs|posts|positions|people)|"
        r"(salaries|postes|emplois|personnes) (a|en) temps plein|combien de temps pleins?\b",
        r"\betp\b|equivalents? temps plein",
    ),
    Measure(
        "insertion",
        "people",
        "nombre de salariés en insertion",
        "people in work-integration jobs",
        # (the preposition left out as notes and search boxes do: 'nb salaries insertion')
        r"(salaries|personnes|postes|contrats?|gens|employes|people|workers|employees|jobs|"
        r"staff|places)\s+((en|d.|in|on)\s+)?(contrats? d.)?(insertion|integration|reinsertion)|"
        r"(insertion|integration|reinsertion) (jobs|contracts|workers|employees|posts|places|"
        r"staff|people|hires|salaries)",
        r"insertion|integration",
    ),
    Measure(
        "benevoles",
        "people",
        "nombre de bénévoles",
        "number of volunteers",
        r"benevol\w*|volunteer\w*",
        r"benevol\w*",
    ),
    Measure(
        "adherents",
        "people",
        "nombre d'adhérents",
        "number of members",
        # 'membres du réseau COORACE', 'members of the X network': a membership, no count
        r"adherent\w*\b(?! (a|au|du|de|d'|of) (la |l'|the )?(reseau|network|federation))|"
        r"\bmembres?\b(?! (du |de |d'|de la |of |of the )?(quel\w* )?(reseau|network|federation))|"
        r"\bmembers?\b(?! (of )?(the )?(\w+ )?(network|federation))|membership|cotisants?|"
        r"sociétaires|societaires",
        r"adherent\w*|\bmembres?\b|cotisant",
    ),
    Measure(
        "salaries",
        "people",
        "nombre de salariés",
        "number of employees",
        # (a job found by the people helped is no job of its own: 'how many people did X
        # help find a job?', 'aidées à trouver un emploi', 'accompagnées vers l'emploi')
        r"salaries\b|salarie\b|employes?\b|employees?|\bstaff\b|"
        r"(?<!\bfind a )(?<!\bget a )(?<!\bland a )(?<!\btrouver un )(?<!\bretrouver un )"
        r"(?<!\bvers l')(?<!\bvers un )(?<!\bback to )\b(emplois?|jobs?)\b|"
        r"\bemploi(e|ent)\b|\bemployers?\b|\bemploys?\b|\bemploying\b|workforce|"
        r"\bemployeurs?\b|"
        # 'bossent': 'travaillent' as typed in a chat ('combien de gens bossent au jardin ?');
        # working WITH whom asks its partners, no headcount ('emmaus ils bossent avec qui ?',
        # 'ils travaillent avec qui chez VESTALI ?'; class: a tie read as a count)
        r"(travaillent|\bbossent\b)(?!\s+avec\s+(qui|quel|lesquel))|"
        r"\bworkers?\b|\bpersonnel\b|effectifs?|headcount|"
        rf"{_PEOPLE_EN} (work|are employed)|"
        # the size of its team ('how big is the team', 'taille de l'équipe', 'on the team')
        r"\bteams?\b|\bequipes?\b",
        r"salarie|employe|\bpostes?\b|effectif",
    ),
    Measure(
        "beneficiaires",
        "people",
        "nombre de personnes accompagnées",
        "people supported",
        # people named in everyday words ('combien de gens suivis ?', 'how many folks did it
        # accompany?') are the people asked (class: a count of people refused as 'pas de gens')
        rf"how many {_PEOPLE_EN} (did|does|do|has|have|were|are) .*\b(support|help|train|"
        r"accompan|assist|reach|welcom|follow)\w*|"
        rf"combien (de |d')?{_PEOPLE_FR} .*\b(accompagn|aid|form|accueill|suiv|soutenu)\w*|"
        r"beneficiaires?|beneficiar\w*|"
        rf"{_PEOPLE_FR} (accompagnee?s|aidee?s|accueillie?s|formee?s|suivie?s|soutenue?s)|"
        rf"{_PEOPLE_EN} (supported|helped|trained|accompanied|assisted|reached)|"
        r"familles (aidees|accompagnees)|families (helped|supported)",
        r"accompagn\w*|beneficiaire|personnes aidees|accueilli",
    ),
    Measure(
        "chiffre_affaires",
        "money",
        "chiffre d'affaires",
        "turnover",
        # 'CA' after a determiner or before a year only: folded, 'ça tourne' reads 'ca' too
        # ('ça dure combien ?', 'ça en fait combien' are no CA: an elision, a year after it)
        r"chiffre d.affaires?|\b(le|du|son|leur|mon|un|quel) ca\b|"
        r"\bca (annuel|de |d['’]|en (19|20)\d\d)|"
        # a bare 'CA' by its year or in English ('CA 2020 ?', 'the CA of …', 'its CA in
        # 2019'): an abbreviation, never 'ça' (class: a measure asked by its abbreviation)
        r"\bca (19|20)\d\d\b|\b(the|its|their|what) ca\b|\bca (of|in|for) \w|"
        r"turnover|revenues?|sales (figure|revenue)|recettes?|\bearn(s|ed)?\b|"
        # what a structure makes from its sales ('how much did they make?', 'combien ça
        # rapporte ?'): its turnover, not its budget; the structure's name between ('how
        # much money did Les Copains de Thiérache make in 2020?')
        r"\bhow much (money )?(do|does|did) (they|it|[\w'-]+( [\w'-]+){0,6}) make\b|"
        r"\b(ca|ils|elles?) rapporte|"
        # what it sells, in money ('elle a vendu pour combien en 2021 ?', 'how much does it
        # sell in a year, in euros?'). Class: a turnover asked without its label.
        r"\bvendu(es)? pour combien\b|\bvend(ent)? pour combien\b|"
        r"\bhow much (do|does|did) [\w' ]{1,40}?\bsell\b[^?]*\b(euros?|money|in sales)\b|"
        # what its sales were worth ('what were sales worth at … in 2020?', 'the value of its
        # sales', 'total sales'): a turnover in other words, not the shops the sales were in
        r"\bsales (were |was |are |is )?worth\b|\b(value|worth) of (the |its |their )?sales\b|"
        r"\btotal sales\b|"
        # sales named by their year, as typed in a hurry ('copains sales 2020', 'their 2019
        # sales'), and takings: a turnover (class: a measure asked by keywords only)
        r"\bsales (in |for |of )?(19|20)\d\d\b|\b(19|20)\d\d sales\b|\btakings\b",
        r"chiffre d.affaires|\bca\b|recettes",
    ),
    # A payroll or wage bill: what no budget, staff or turnover line gives (class: another
    # measure than the one stated; 'what's their monthly payroll?' of a fiche giving a budget
    # and a headcount). A share of staff costs covered ('couvrent 92 % des charges de
    # personnel') is no payroll.
    Measure(
        "masse_salariale",
        "money",
        "masse salariale",
        "payroll",
        r"masse salariale|\bpayroll\b|wage bill|salary bill|total (des )?salaires|"
        r"total (wages|salaries)",
        r"masse salariale",
    ),
    # A net result or profit: what no budget or turnover line gives ('résultat net positif').
    Measure(
        "resultat",
        "money",
        "résultat net",
        "net result",
        r"resultat (net|d.exploitation|comptable|de l.exercice)|\bbenefices?\b|\bprofits?\b|"
        r"\bdeficits?\b|\bexcedents?\b|net (income|result|profit|loss)|\bsurplus\b|"
        r"\bearnings\b|"
        # a structure's own result, asked by its possessive or as financial ('et leur
        # résultat ?', 'son résultat en 2020', 'résultat financier'), not the result of a thing
        # ('le résultat de l'étude')
        r"\b(leur|son) resultat\b(?! (de|d'|du|des)\b)|"
        r"\bresultats? (financiers?|annuels?|de l.annee|en (19|20)\d\d)\b",
        r"resultat|benefice|excedent|deficit",
    ),
    Measure(
        "budget",
        "money",
        "budget",
        "budget",
        r"budget\w*|financial size|taille financiere|how much money|spen[dt]\w*|depens\w*|"
        # 'qui finance …', 'who funds …' ask who the funders are, not an amount
        r"(?<!who )(?<!qui )(?<!qui la )(?<!qui le )(?<!qui les )\bfund(ed|ing)\b|"
        r"(?<!who )(?<!qui )(?<!qui la )(?<!qui le )(?<!qui les )\bfinanc(ee?s?|ement)\b|"
        r"\bdotee?s?\b|moyens financiers|"
        # the money a structure runs on, in everyday words (class: a budget asked without the
        # word 'budget': 'elle a combien de sous ?', 'ça tourne avec combien de fric ?', 'how
        # much cash do they have?'); 'argent'/'money' alone stays a topic ('de l'argent de
        # l'ADEME' asks a funder, not an amount)
        r"combien (d.|de )(argent|sous|fric|thunes?|pognon|oseille)(?![\w-])|"
        r"how much (cash|dough|dosh)\b",
        r"budget",
    ),
    Measure(
        "tonnage",
        "quantity",
        "tonnage",
        "tonnage",
        r"tonnes?|tonnage|\btons?\b|kilo(?:s|grammes?)?\b|\bkg\b|quantite|quantity|volume|"
        r"\bweight|\bpoids\b",
        r"tonnes?|tonnage|\bkg\b|kilos",
        of_thing=True,
    ),
    Measure(
        "surface",
        "size",
        "surface",
        "floor area",
        r"surface|superficie|\bm2\b|m²|square met\w*|metres? carres?|hectares?|\bha\b|"
        r"how (big|large)|taille|"
        r"\bsize\b|floor area|"
        # land counted ('cherche combien de terres en plus ?', 'how much more land'): land
        # is measured by its area ('2 hectares de terre'), never counted in units
        r"\b(combien|how much)( more)? (de |d')?(terres?|terrains?|foncier|land)\b",
        r"\dm2\b|\bm2\b|m²|\bm3\b|\dm3\b|hectare|\bha\b|surface",
        of_thing=True,
    ),
    # (one site named, 'la boutique de Guise', 'the Hirson shop', 'son magasin', asks about
    # that site, not how many there are: see ONE_SITE_BEFORE)
    Measure(
        "sites",
        "size",
        "nombre de sites",
        "number of sites",
        r"\bsites?\b|\blieux\b|locaux|boutiques?|magasins?|\bstores?\b|premises|"
        # 'shop' as a verb ('who can shop there?', 'people who shop at …') is no site
        + _SHOP_NOUN
        + r"|"
        r"(drop-?off|collection|pick-?up|distribution|delivery) points?|outlets?|"
        r"points? de (vente|depot|distribution|collecte|retrait)|antennes?|branches?|"
        # (the French 'location' is a rental: 'la location d'un vélo', 'vélos en location')
        r"(?<!\ben )(?<!\bla )(?<!\bune )(?<!\bsa )(?<!\bleur )locations?\b(?! (de|du|des)\b)"
        r"(?! d')|"
        # the English compound read the other way ('points of sale', 'sales points')
        r"points? of (sales?|distribution|collection|pick-?up|drop-?off)|(sales?|selling) points?|"
        # a point named by what it serves a few words after it ('how many points does it
        # have for drop-off?'): a site, never a loyalty or a score point
        r"\bpoints?\b(?: \w+){0,4} (?:of|for) (?:sale|drop-?off|collection|pick-?up|"
        r"distribution|delivery|deposit)\b",
        r"\bsites?\b|\blieux\b|boutique|magasin|points? de (vente|depot|distribution)|local",
    ),
    Measure(
        "projets",
        "size",
        "nombre de projets en étude",
        "projects under study",
        r"projets? (en|a l.) ?etude|feasibility|faisabilite|projects? (under|in) (study|"
        r"consideration)|"
        # the projects counted in other words ('how many projects is the drive studying?',
        # 'projects in the pipeline', 'combien de projets à l'étude ?'): the one count of
        # projects a fiche states (class: a key figure asked with another word for it)
        r"\bprojects? (\w+ ){0,4}(studying|being studied|in the pipeline|under review)\b|"
        r"\b(how many|number of) projects\b|\b(combien|nombre) de projets\b",
        r"projets? en etude|faisabilite",
    ),
)


@dataclass(frozen=True)
class Role:
    """A role a question may ask who holds ('la directrice'), and how a contact line says it.
    `leadership` roles answer 'qui dirige ?' when the fiche names no one with a stricter title."""

    name: str
    label_fr: str
    label_en: str
    asked: str
    stated: str
    leadership: bool = False


# A sentence of the history whose subject creates the structure ('un collectif d'habitants
# crée l'association', '8 agriculteurs … créent au printemps 2019 l'Association'): its subject
# is who founded it, a group as well as a person (class: a founder told in a sentence, not on
# the contact card). Active verbs only: 'l'association est créée en 2020' names no one.
FOUNDED_BY_TEXT = (
    r"\b(cree|creent|fonde|fondent|a (cree|fonde)|ont (cree|fonde)) ([\w'-]+ ){0,4}"
    r"l.(association|entreprise|structure)\b"
)
FOUNDED_BY = _rx(FOUNDED_BY_TEXT)

# A post named by the function it serves, in French or English, folded: a head noun of a post
# ('responsable', 'chargé(e)', 'directeur', 'manager', 'officer', 'head' …) before or after the
# function ('responsable des ressources humaines', 'chargée de la communication', 'en charge
# de la com', 'HR manager', 'head of communications'). `{0}` is the function's words.
# ('chargés' folds as 'charges', the costs: 'charges de personnel' is no post; 'le
# responsable embauché en 2018' is someone hired, no recruitment post)
_POST_HEAD_FR = (
    r"(responsables?|chargee?s?(?<!charges)|direct(eur|rice)s?|chef(fe)?s?|gestionnaires?)"
)
_POST_HEAD_EN = r"(managers?|officers?|directors?|heads?|coordinators?|chiefs?|lead)"
_FUNCTION_POST = (
    r"\b" + _POST_HEAD_FR + r" (de |du |des |de la |de l.|d.|(?!(embauche|recrute|engage|"
    r"nomme)e?s?\b))({0})\b|"
    r"\b({0}) " + _POST_HEAD_EN + r"\b|\b" + _POST_HEAD_EN + r" of (the )?({0})\b"
)


POST_ROLE = "post_"  # the name of a duty's post as a role: 'post_communication'


@dataclass(frozen=True)
class Duty:
    """A duty of a structure's life whose doer a founder asks ('who handles communication at
    X?', 'qui s'occupe de la compta ?'), or whose post ('the communications officer', 'le
    responsable RH'): how it is asked and how a fiche states it, folded, French and English.
    `label` names the duty in a refusal; `post_fr` / `post_en` the post, as a role."""

    name: str
    label: str
    post_fr: str
    post_en: str
    asked: str
    stated: str


# Class: who does a duty (answering/unit_head.py) and who holds its post (ROLES below). The
# contact card's director does not do it unless a sentence or role says so.
DUTIES: tuple[Duty, ...] = (
    Duty(
        "communication",
        "communication",
        "responsable de la communication",
        "communications officer",
        r"\bcom\b|\bcomm\b|communications?|social media|reseaux sociaux|marketing|\bpub\b|"
        r"\bpress\b|\bpresse\b|public relations|\bpr\b",
        r"communication|reseaux sociaux|social media|marketing",
    ),
    Duty(
        "accounting",
        "comptabilité",
        "responsable de la comptabilité",
        "head of accounting",
        r"accounting|accounts|bookkeeping|\bbooks\b|comptabilite|\bcompta\b",
        # (not 'l'exercice comptable': the year of the accounts, no one keeping them)
        r"comptabilite|expertise comptable|experts?[- ]comptables?|cabinet comptable|"
        r"accounting|accountants?",
    ),
    Duty(
        "logistics",
        "logistique",
        "responsable logistique",
        "logistics manager",
        r"logisti\w*|\btransport\w*|deliver\w*|livraisons?",
        r"logisti\w*|transport\w*|livr\w*",
    ),
    Duty(
        "website",
        "site web",
        "responsable du site web",
        "website manager",
        r"website|web ?site|site (?:web|internet)",
        r"site (?:web|internet)|website",
    ),
    Duty(
        "recruitment",
        "recrutement",
        "responsable du recrutement",
        "recruitment officer",
        r"recruit\w*|\bhiring\b|recrut\w*|embauch\w*",
        r"recrut\w*|embauch\w*|recruit\w*",
    ),
    Duty(
        "fundraising",
        "recherche de financements",
        "responsable de la recherche de financements",
        "fundraising officer",
        r"fundrais\w*|levee de fonds|recherche de (?:financements|fonds)|grant applications?",
        r"financement|levee de fonds|appels? a projets|mecenat|fundrais\w*",
    ),
    Duty(
        "human_resources",
        "ressources humaines",
        "responsable des ressources humaines",
        "HR manager",
        r"\brh\b|\bdrh\b|ressources humaines|\bhr\b|human resources?|\bpersonnel\b",
        r"ressources humaines|\brh\b",
    ),
    Duty(
        "finance",
        "finances",
        "responsable financier",
        "finance officer",
        r"\bfinances?\b|\bfinancier\b|\bfinanciere\b|\bfinancial\b",
        r"\bfinances?\b|\bfinancier\b|\bfinanciere\b",
    ),
)

ROLES: tuple[Role, ...] = (
    # A deputy ('le directeur adjoint', 'son adjointe', 'the deputy director') before the role
    # it deputises: a contact card naming a director names no deputy (class: a role nobody
    # holds, next to one somebody does).
    Role(
        "deputy",
        "responsable adjoint(e)",
        "deputy",
        r"\badjointe?s?\b|\bdeputy\b|\bassistant (director|manager|head)\b|\bsecond in command\b",
        r"\badjointe?\b|\bdeputy\b",
    ),
    Role(
        "vice_president",
        "vice-président(e)",
        "vice-chair",
        r"vice[- ]?presid\w*|vice[- ]?chair\w*",
        r"vice[- ]?presid",
    ),
    Role(
        "secretary",
        "secrétaire",
        "secretary",
        r"secretai?r\w*",
        r"secretai?r",
    ),
    Role(
        "president",
        "président(e)",
        "chair",
        r"\bpresid\w*|who chairs|\bchair(man|woman|person)?\b",
        r"presiden",
    ),
    Role(
        "treasurer",
        "trésorier(ère)",
        "treasurer",
        r"tresori\w*|treasurer",
        r"tresori",
    ),
    Role(
        "founder",
        "fondateur(rice)",
        "founder",
        # 'advice for project founders', 'help new founders': founders in general, whom
        # a structure may help — no role asked of it
        r"fondat(eur|rice)s?|(?<!project )(?<!new )(?<!young )(?<!aspiring )(?<!future )"
        r"founders?|who (founded|created|started|set up)|"
        r"qui (l.)?(a|ont) (fonde|cree|lance|monte)|\b(cree|fonde|lance)\w* par qui\b|"
        # the passive: 'par qui a été créée X ?', 'by whom was X founded?', 'founded by whom?'
        r"par qui (a|ont) ete (fonde|cree|lance|monte)|by whom (was|were) .{0,40}?"
        r"(founded|created|started|set up)|\b(founded|created|started|set up) by whom\b|"
        # asked indirectly ('I'd like to know by whom X was founded', 'savoir par qui X a
        # été créée'), as a two-part question's second part is ('when was X founded and by
        # whom?' asks 'by whom X was founded')
        r"\bby whom .{0,40}?\b(was|were) (founded|created|started|set up)\b|"
        r"\bpar qui .{0,40}?\b(a|ont) ete (fonde|cree|lance|monte)|"
        # whose idea it was ('whose idea was it?', 'c'était l'idée de qui ?', 'qui a eu l'idée
        # ?', 'who came up with it?', 'qui est à l'origine du projet ?'): its initiator, asked
        # as its founder (class: a structure's origin asked as an idea, often as a follow-up)
        r"\bwhose idea\b|\bidee de qui\b|\bqui (en )?a eu l.idee\b|\bwho (had|came up with) "
        r"(the|this|that) idea\b|\bwho came up with (it|this|that|the (idea|project))\b|"
        r"\bqui est a l.origine\b|\bwho was behind (it|this|the (idea|project))\b",
        # the history may say who founded it in a sentence rather than on the contact card:
        # 'X, initiatrice du projet', 'un collectif d'habitants crée l'association'
        r"fondat(eur|rice)|fonde par|cree par|initiat(eur|rice)s? du projet|" + FOUNDED_BY_TEXT,
    ),
    # Class: a role tied to one function of the structure ('le responsable RH', 'who is the HR
    # manager?', 'la chargée de communication', 'the communications officer', 'le comptable',
    # 'the sales manager'): a post of its own, not whoever leads it. Read as the leader
    # ('manager', 'responsable') it was answered with the director; a card naming a director
    # names no HR manager. Stated only where the fiche names that post; else the refusal
    # names who the fiche does name (the card's contact, in their role). Before 'director':
    # 'the communications director' holds the function, not the direction.
    *(
        Role(
            f"{POST_ROLE}{d.name}",
            d.post_fr,
            d.post_en,
            _FUNCTION_POST.format(d.asked),
            _FUNCTION_POST.format(d.stated),
        )
        for d in DUTIES
    ),
    Role(
        "director",
        "directeur(rice)",
        "director",
        # ('le dirlo', 'la dirlo': the director in slang, as typed in SMS style)
        # ('head office', 'headquarters' ask a place, no person)
        r"direct(eur|rice|or)s?|\bdg\b|general manager|\bceo\b|\bhead\b(?! ?(office|quarter))|"
        r"\bdirlos?\b",
        r"direct(eur|rice)|dirigeant|\bdg\b",
        leadership=True,
    ),
    Role(
        "project_lead",
        "chef de projet",
        "project manager",
        # 'project officer': the English for 'chargé(e) de mission' (class: a contact field
        # asked of a role the card's contact does not hold, 'the e-mail of the project officer')
        r"chef de projet|charge\w* de (mission|projet)|project (manager|lead\w*|officers?)|"
        r"coordinat\w*",
        r"chef de projet|charge\w* de (mission|projet)|coordinat",
        leadership=True,
    ),
    Role(
        "leader",
        "responsable",
        "person in charge",
        # 'qui anime des ateliers ?', 'who runs workshops?', 'who runs a repair café?': a verb
        # of leading with an indefinite object asks which structures do that, not who leads
        # one (class: list questions); 'qui la dirige ?', 'who runs the shop?' ask a person
        # 'qui les dirige ?' of the ones in focus asks their leaders, as 'qui la dirige ?'
        r"qui (la |le |les |l.)?(dirige|gere|pilote|anime|porte)\b(?! (des|d'|de|du|un|une)\b)|"
        r"dirigeant\w*|responsables?|"
        # who looks after it, or after a part of the one pointed at ('et qui s'en occupe ?',
        # 'qui s'occupe des ateliers cuisine là-bas ?'): a person; 'qui s'occupe des
        # personnes âgées ?' with no pointer asks which structures do
        r"\bqui s.(en|y) occupe\b|\bqui s.occupe (des|du|de la|de l.|d.)[^?]{2,40}?"
        r"\b(la-bas|la bas|chez (eux|elles?|lui)|dans (cette|leur|son|sa) \w+)\W*$|"
        r"who (runs?|leads?|manages?|heads?|directs?|is in charge)\b(?! (a|an|some|any)\b)"
        r"(?! (?!(it|its|this|that|these|those|the|their|them|his|her|les|la|le|l)\b)"
        r"([a-z-]+ )?[a-z-]+s\b)|in charge|gerant\w*|manager|"
        # 'boss' and 'patron' as nouns: 'bosse', 'bossent' (French for 'work') ask no one
        # ('combien de gens bossent au jardin ?', 'bosse-t-il avec des personnes handicapées ?')
        r"qui est a la tete|a la tete de|leader|\bboss(es)?\b|\bpatron(ne)?s?\b|"
        # the same asked in the passive ('elle est dirigée par qui ?', 'run by whom?', 'who
        # is it run by?'): who leads the one asked of (class: a person asked in the passive;
        # unread, a follow-up so asked kept the last turn's ask)
        r"\b(dirigee?s?|geree?s?|pilotee?s?|tenue?s?) par qui\b|"
        r"\b(run|led|headed|managed|directed) by whom\b|"
        r"\bwho (is|are|was) (it|they|this|that|she|he)( \w+)? "
        r"(run|led|headed|managed|directed) by\b|"
        # 'le chef', 'la cheffe' as a user says the boss ('c'est qui le chef au jardin ?'),
        # not a project lead nor a cook (class: a person asked by an everyday word for the
        # role the card names, refused as a person mentioned unnamed)
        r"\bchef(fe)?s?\b(?! (de projet|cuisinier|de cuisine))|"
        # led by a woman or a man ('dirigées par une femme', 'run by men'): who leads, by
        # sex (class: a list of a role's holders narrowed by their sex; asked_value.py)
        r"\b(dirigee?s?|gerees?|pilotees?|tenues?|animees?) par (une?|des) "
        r"(femmes?|hommes?)\b|"
        # the sex asked at the head ('une femme à leur direction', 'un homme à la tête', 'a
        # woman at the helm', 'women-led', 'directed by women'): the same list (class: a
        # list of a role's holders narrowed by their sex, d26-109)
        r"\b(une?|des) (femmes?|hommes?) (a|en) (la|leur|sa|son) (direction|tete)\b|"
        r"\b(run|led|headed|managed|directed) by (a |an )?(women|woman|men|man|"
        r"females?|males?)\b|\b(wom[ae]n|m[ae]n|female|male)[ -]led\b|"
        r"\b(a |an )?(wom[ae]n|m[ae]n|female|male) (at the (head|helm|top)|in charge)\b",
        r"direct(eur|rice)|dirigeant|chef de projet|responsable|gerant|coordinat|fondat",
        leadership=True,
    ),
    Role(
        "contact",
        "personne à contacter",
        "contact person",
        r"qui contacter|contact(er|s)?\b|interlocut\w*|referent\w*|who (should|can|do) (i|we) "
        r"(contact|call|talk|speak|write)|whom to contact|contact person|point of contact|"
        # the asker's own contacting, its object asked ('je contacte qui ?', 'qui je
        # contacte ?', 'qui dois-je contacter ?'; class: a contact asked as a follow-up)
        r"\b(je|j.|on) (dois |peux |vais )?(les |le |la |l.)?contact\w* qui\b|"
        r"\bqui (est-ce qu.)?(je|j.|on) (dois |peux |vais )?(les |le |la |l.)?contact\w*|"
        r"\bqui (dois|peux)[ -]je (les |le |la |l.)?contacter\b",
        r".",
    ),
)


# Platforms an account may be asked on; a fiche states one only by naming it.
# An account's audience, counted ('2500 personnes sur facebook', '1 200 abonnés'), folded:
# what answers a count asked of an account ('how many Facebook followers?'); a bare link does
# not (class: a count of a noun the fiche never counts, asked of a field).
AUDIENCE_STATED = _rx(
    r"\d[\d  .,]*\s*(k\s+)?(personnes|abonne\w*|followers?|fans?|membres|likes?|j.aime|"
    r"people|members|subscribers?|vues|views|visiteurs|visitors)\b"
)
SOCIAL_NETWORKS = _rx(
    r"\b(instagram|insta|facebook|linkedin|twitter|tiktok|youtube|snapchat|pinterest|"
    r"mastodon|bluesky|threads)\b"
)


@dataclass(frozen=True)
class Field:
    """A field of the identity card or the contact block ('SIRET', 'e-mail')."""

    name: str
    label_fr: str
    label_en: str
    asked: str


# Class: a mobile phone asked, in French or English ('her mobile number?', 'le numéro de
# portable ?', 'son portable ?'): a phone of one kind (answering/mobile_number.py). 'portable'
# after a computer is a laptop ('ordinateurs portables'); 'atelier mobile' is no phone. Folded.
MOBILE_ASKED = re.compile(
    r"\bmobile (?:phone|number|no)\b|\bcell ?(?:phone|number)\b|\bcellphone\b|\bgsm\b|"
    r"\b(?:numero|num|son|sa|leur|le|her|his|their|its) (?:de |du )?(?:mobile|portable)\b|"
    r"\bportable (?:de|du|d'|of)\b"
)
FIELDS: tuple[Field, ...] = (
    # ('adresse électronique', 'adresse mél', 'electronic address': an e-mail, not a street)
    Field(
        "email",
        "adresse e-mail",
        "e-mail address",
        r"e-?mail|courriel|adresse mail|\bmail\b|adresses? (electronique|mel)\b|\bmel\b|"
        r"electronic (mail )?address",
    ),
    Field(
        "phone",
        "numéro de téléphone",
        "phone number",
        # (phones in the plural are things handled: 'does it repair phones?', 'des
        # téléphones reconditionnés')
        r"telephone(?!s\b)|\bphone(?!s\b)|\btel\b|numero de tel|appeler|\bcall\b|\bring\b|"
        # how to reach someone asks how to call them ('how can I reach her?', 'comment la
        # joindre ?', 'comment contacter X ?'); 'qui contacter ?' asks who (ROLES' contact)
        r"\bjoindre\b|\breach (her|him|them|it|out|the\b)|\bget in touch\b|"
        r"\b(comment|how (do|can|could|should) (i|we|one)) (les |la |le |l')?contact\w*|"
        # the asker said ('comment je les contacte ?', 'comment on peut les joindre ?', 'how
        # can I reach Synapse 3i?'): how to reach them, whoever follows
        r"\bcomment (je|j'|on|nous|vous|peut-on|puis-je|faire pour) (peux |peut |pourrais )?"
        r"(les |la |le |l')?(contact\w*|joindre|appeler)\b|"
        r"\bhow (do|can|could|should|would) (i|we|one) (reach|contact|call)\b|"
        r"\bcontact (details|info\w*|number)|\bcoordonnees\b(?! bancaires)|"
        # a person's or structure's number, said alone ('et son numéro ?', 'her number?'):
        # a phone; a number OF something ('le numéro SIRET', 'the number of staff') is not
        r"\b(son|sa|leur|ton|votre|his|her|their|its) (numero|number|num)\b"
        r"(?! ?(de|d'|of|siret|ape))|" + MOBILE_ASKED.pattern,
    ),
    # An account on a named platform ('VESTALI est sur Instagram ?', 'their LinkedIn page'):
    # stated only where the fiche names that platform; a website is the nearest fact, not it.
    Field(
        "social",
        "compte sur les réseaux sociaux",
        "social media account",
        SOCIAL_NETWORKS.pattern + r"|reseaux? sociaux|social (media|network)s?",
    ),
    Field(
        "website",
        "site web",
        "website",
        # plural too: 'leurs sites web ?' asks each one's website, not how many sites
        r"sites? (web|internet)|website|web ?site|\burl\b|pages? (web|facebook)|internet",
    ),
    Field("siret", "numéro SIRET", "SIRET number", r"\bsire[tn]\b"),
    Field("ape", "code APE", "APE code", r"\b(code )?(ape|naf)\b|activity code"),
    Field(
        "legal_status",
        "statut juridique",
        "legal status",
        r"statut|\bstatus\b|legal (status|form|structure|entity)|(forme|structure) juridique|"
        r"type de structure|what kind of (organi[sz]ation|structure|entity)|"
        r"quel type d.(organisme|association)",
    ),
    Field(
        "agrements",
        "agréments",
        "approvals",
        # ('agréé(e)(s)' folded; the English verb 'agree to / with / on' is no approval:
        # 'how many baskets did they agree to make accessible?' asks a number)
        r"agrement|agree[es]?\b(?!\s+(?:to|with|on|upon|that)\b)|approv(?!ision)\w*|"
        r"accredit\w*|certifi\w*|\blabel\w*",
    ),
    # the card's LABEL line, apart from its AGRÉMENT line as the booklet writes them: read
    # after 'agrements' (a structure's labels asked are its approvals too), it is what a list
    # of the structures having a label asks (`stating_list.label_line_asked`)
    Field("label", "label", "label", r"\blabels?\b|labellis\w*|label(l)?ed\b"),
    Field(
        "networks",
        "réseaux",
        "networks",
        r"reseaux?|networks?|federation|affili\w*|membre de quel|member of which",
    ),
    Field(
        "address",
        "adresse",
        "address",
        r"adresse|address|ou se (trouve|situe)|ou est(-elle|-il)? (situe|installe|implante|"
        r"base)|where (is|are) (it|they|\w+( \w+){0,5}) (located|based|situated)|located|"
        r"situee?s?|siege|head office|headquarters|localisation|quelle (ville|commune|localite)|"
        r"(which|what) (town|city|village|municipality)|home ?town|where .* based|"
        # the postcode is written in the address ('le code postal du jardin ?', 'zip code')
        r"code postal|\bcp\b(?= (de|du|d'))|post ?code|postal code|zip ?code|"
        # asked of a structure in focus, nothing else: 'et où est-elle ?', 'où sont-elles ?'
        r"^((et|and) )?(ou (est|sont)[- ]?(elle|il|elles|ils|ce)|where (is|are) (it|they))"
        r"( (donc|exactement|exactly))?\s*\??$",
    ),
    Field(
        "departement",
        "département",
        "département",
        r"quel departement|which (departement|department|county)|what (departement|department)",
    ),
    # the card's ACTIVITÉ line, asked by its noun alone after the name or another field
    # ('VESTALI : statut et activité ?', 'Panier de la Mer 62, activité ?', 'status and
    # activity?'). Class: a two-part question in few words, whose bare second noun joined the
    # first field and went unanswered. A qualified activity ('l'activité de retouche', 'une
    # activité de soudure') is a thing of the fiche's text, not this line.
    Field(
        "activity",
        "activité",
        "activity",
        r"(^|[,:;]\s*|\b(son|sa|leur|its|their|l')\s*|\w.s\s+)(activites?|activit(y|ies)|"
        r"secteur d.activite|sector of activity|line of business|main activity|"
        r"activite principale)\W*$|"
        # the sector a structure works in, asked of it ('What sector is VESTALI in?', 'what
        # field does Synapse 3i work in?', 'what industry is X in?', 'dans quel domaine
        # travaille VESTALI ?', 'quel est le secteur d'activité de X ?'). Class: the card's
        # activity asked with another word for it, answered by any sentence holding
        # 'secteur' or refused as an unmentioned 'industry'.
        r"\b(what|which) (sector|industry|field|line of (business|work)|area of activity)"
        r"( of activity)? (is|are|does|do)\b|"
        r"\bdans quel (domaine|secteur)( d.activite)? (travaill\w+|intervien\w+|oper\w+|"
        r"evolu\w+|est|sont|se situe\w*)\b|"
        r"\bquel est (le |son |leur )(secteur|domaine)( d.activite)?\b|"
        r"\bsecteur d.activite (de|du|des|d.)\b",
    ),
)


@dataclass(frozen=True)
class LegalForm:
    """A legal form or sector status a structure may be asked to be ('VESTALI est-elle une SCIC
    ?', 'Is it a non-profit?', 'which ones are chantiers d'insertion?'): answered from the
    status line of its identity card (with its agréments and label when `approval`), yes when
    `stated` reads there, else no with the status the card does give. `fact`: the word a
    facts-store condition looks for in the `field` it names."""

    name: str
    label_fr: str
    label_en: str
    asked: str
    stated: str
    fact: str
    field: str = "statut"
    approval: bool = False  # an agrément or label, not a legal form
    # Kinds of one family exclude each other: a structure approved as one kind of insertion
    # structure (an ACI) is no other kind (no 'entreprise d'insertion', no 'entreprise
    # adaptée'), so the kind its card states answers no. '' for a legal form, or for an
    # approval held beside any other (ESUS, training body).
    family: str = ""
    # An approval held beside others (ESUS): a card that does not list it does not say that
    # the structure lacks it; the booklet does not say, the approvals it lists are nearest.
    beside: bool = False


# Class: a list by legal form or approval asked with words that qualify the form, not ask
# anything else ('Quelles structures sont aussi des organismes de formation agréés ?', 'which
# are officially recognised training bodies?', 'which structures are cooperatives (SCIC)?'):
# folded, FR and EN; the list is still the structures whose card states the form.
STATUS_QUALIFIERS = frozenset(
    """aussi egalement also too agree agrees agreee agreees approved accredited registered
    certifie certifies certifiee certifiees certified reconnu reconnus reconnue reconnues
    recognised recognized officiel officiels officielle officielles officially official
    vraiment really actually agrement agrements approval approvals accreditation""".split()
)

LEGAL_FORMS: tuple[LegalForm, ...] = (
    LegalForm(
        "scic",
        "SCIC",
        "SCIC (cooperative)",
        r"\bscics?\b|(societe )?cooperative d.interet collectif",
        r"\bscic\b|cooperative d.interet collectif",
        "scic",
    ),
    LegalForm(
        "scop",
        "SCOP",
        "SCOP (worker cooperative)",
        r"\bscops?\b|(societe )?cooperative (ouvriere|participative)|worker.? co-?op\w*",
        r"\bscop\b|cooperative (ouvriere|participative)",
        "scop",
    ),
    LegalForm(
        "cooperative",
        "coopérative",
        "cooperative",
        r"\bcoop(erative)?s?\b|\bco-op(erative)?s?\b",
        r"\bcoop\w*|\bscic\b|\bscop\b",
        "cooperative",
    ),
    LegalForm(
        "public_utility",
        "association reconnue d'utilité publique",
        "recognised public-interest association",
        r"utilite publique|public (utility|interest)",
        r"utilite publique",
        "utilite publique",
    ),
    LegalForm(
        "association",
        "association",
        "association (non-profit)",
        r"\bassociations?\b|\bassos?\b|non-?profits?|not-for-profit|\bloi (de )?1901\b|"
        r"\bcharit(y|ies)\b|\bngos?\b",
        r"association|loi 1901",
        "association",
    ),
    LegalForm(
        "insertion_enterprise",
        "entreprise d'insertion",
        "work-integration enterprise (EI)",
        # also the everyday English for it ('an insertion company', 'an integration firm')
        r"entreprises? d.insertion|(work.?)?(integration|insertion) "
        r"(enterprises?|compan(y|ies)|business(es)?|firms?)\b",
        r"entreprise d.insertion|\bei\b",
        "entreprise d'insertion",
        "agrement",
        approval=True,
        family="insertion",
    ),
    LegalForm(
        "aci",
        "atelier chantier d'insertion (ACI)",
        "work-integration workshop (ACI)",
        r"(ateliers? )?chantiers? d.insertion|ateliers? d.insertion|\baci\b|"
        r"(work.?)?integration (work)?(site|workshop)s?",
        r"chantiers? d.insertion|\baci\b|a\.c\.i",
        "aci",
        "agrement",
        approval=True,
        family="insertion",
    ),
    # Class: an approval of the solidarity economy or of sheltered work asked ('est-elle
    # agréée ESUS ?', 'is it ESUS-approved?', 'une entreprise adaptée ?', 'is it a sheltered
    # workshop (ESAT)?'): read where the card gives its agréments, as ACI is.
    LegalForm(
        "esus",
        "agrément ESUS",
        "ESUS approval",
        r"\besus\b|entreprises? solidaires? d.utilite sociale|"
        r"solidarity (enterprise|company|business)",
        r"\besus\b|entreprise solidaire d.utilite sociale",
        "esus",
        "agrement",
        approval=True,
        beside=True,
    ),
    LegalForm(
        "adapted_enterprise",
        "entreprise adaptée ou ESAT",
        "adapted enterprise or sheltered workshop (EA, ESAT)",
        r"entreprises? adaptees?|\besats?\b|adapted (enterprise|company|business)|"
        r"sheltered (workshop|employment|work)",
        r"entreprise adaptee|\besat\b",
        "entreprise adaptee",
        "agrement",
        approval=True,
        family="insertion",
    ),
    LegalForm(
        "training_body",
        "organisme de formation",
        "training body",
        r"organismes? de formation|"
        r"training (bodies|body|organi[sz]ations?|providers?|centres?|centers?)",
        r"organisme de formation",
        "organisme de formation",
        "agrement",
        approval=True,
    ),
    LegalForm(
        "company",
        "société commerciale",
        "company",
        r"\bcompan(y|ies)\b|\bbusiness(es)?\b|\bfirms?\b|for-profit|\bsocietes?( commerciales?)?\b|"
        r"\bentreprises?( commerciales?| privees?)?\b|\bsarl\b|\bsas\b|\beurl\b|"
        # a company in everyday words: 'une boîte privée', 'a private firm'
        r"\bboites? (privees?|commerciales?)\b|\bprivate (firm|business|company)\b|"
        r"\blimited (liability )?compan(y|ies)\b|\bltd\b|\bplcs?\b",
        r"\bsarl\b|\bsas\b|\beurl\b|\bsocietes?\b|entreprise commerciale",
        "societe",
    ),
    LegalForm(
        "foundation",
        "fondation",
        "foundation",
        r"\bfondations?\b|\bfoundations?\b",
        r"\bfondation",
        "fondation",
    ),
)
# The identity card's line giving the legal status ('STATUT DE L'ÉTABLISSEMENT : association'),
# folded: what a list by a status no structure has quotes as the statuses stated.
STATUS_LABEL = _rx(r"\bstatut (de l'etablissement|juridique)\b|\bforme juridique\b|\bstatut\b")
# 'est-elle une SCIC ?', 'is it a company?', 'sont-elles des associations ?', 'c'est une asso
# ?': being of a kind, not having or doing something ('travaille avec une association').
STATUS_BEING = _rx(
    r"\b((est(?![- ]ce qu)|is|etait|was|s.agit[- ]il|c.est|it.s)([- ](t[- ])?(elle|il|ce|ca))?"
    r"\b(\s+[^\s?]+){0,8}?\s+(une?|a|an|registered as( an?)?|constituee?s? en|run as( an?)?)|"
    # a plural needs no article in English ('which are chantiers d'insertion?')
    r"(sont|are|were|ce sont|they.re)([- ](t[- ])?(elles|ils))?\b(\s+[^\s?]+){0,8}?"
    r"(\s+(des|registered as|constituees? en|run as))?|"
    # an approval held ('agréées organisme de formation', 'ont un agrément ACI', 'have an
    # approval as a training body'): the form is what the card's agréments state
    r"\b(agreee?s?|approved|accredited|certifiee?s?)(\s+(comme|en tant que|as|en))?"
    r"(\s+(une?|an?|des))?|"
    r"\b(ont|a|have|has|hold|detiennent|possedent)\s+(un|une|l.|the|an?|leur|their|des)?\s*"
    r"(agrements?|approvals?|accreditations?)(\s+(de|d.|as|of|en tant que|comme))?"
    r"(\s+(une?|an?))?)\s+([^\W\d_]+\s+)?$"
)
# Class: an approval named before the word saying it is held ('Is it ESUS-approved?', 'are
# they ACI-certified?', 'does it have the ESUS approval?', 'a-t-elle l'agrément ESUS ?' reads
# the other way): `APPROVAL_AFTER` follows the form, `APPROVAL_HELD` precedes it. Folded.
APPROVAL_AFTER = _rx(
    r"^[- ]?(approved|certified|accredited|labell?ed|agreee?s?|certifiee?s?|labellisee?s?|"
    r"approvals?|accreditations?|certifications?|agrements?|labels?)\b"
)
APPROVAL_HELD = _rx(
    r"\b(is|are|est|sont|have|has|hold|holds|a[- ]t[- ](elle|il)|ont[- ](elles|ils)|ont|"
    r"possede\w*|detien\w*)\b"
)
# Words between a verb of being and a form that make the form a partner, not what the
# structure is ('est-ce qu'elle travaille avec une association', 'is it working with a firm').
STATUS_RELATION = _rx(
    r"\b(avec|with|pour|for|by|par|from|chez|aupres|to|partner\w*|work(s|ing|ed)?|travaill\w*|help\w*|"
    r"aid\w*|vend\w*|sell\w*|financ\w*|fund\w*|accompagn\w*|support\w*|collabor\w*|"
    r"membres?|members?|part of|cree\w*|created|founded|fonde\w*)\b|"
    # 'qui sont les associations partenaires ?': which ones of a group, not being one
    r"\b(les|the|leurs?|their|ses|its|nos|our|ces|these|those)\s+$|"
    # 'what are the levers of Association des …': a name's word, in a complement
    r"\b(of|de|du|d'|l')\s*$"
)


@dataclass(frozen=True)
class Event:
    """Something that happened to a structure ('sa création'), asked with 'quand ?'; a
    sentence states it when it holds one of `stated` and a year."""

    name: str
    label_fr: str
    label_en: str
    asked: str
    stated: str


# Events a sentence tells only by their name ('obtient l'agrément', 'labellisé', 'le 1er prix'):
# a dated sentence naming the thing asked but not the event ('Dès sa création en 2002' for 'le
# label ESS 62, obtenu quand ?') dates something else. Class: the date of an approval, a label
# or a prize the fiche does not give (compose._date_unsettled).
EVENTS_TOLD_BY_NAME = frozenset({"approval", "award"})
EVENTS: tuple[Event, ...] = (
    # Class: a ceremony or gathering held for an opening or a founding ('When was the official
    # opening ceremony?', 'quand a eu lieu l'inauguration ?', 'the ribbon-cutting', 'la soirée
    # de lancement', 'their first general assembly'): an event of its own, dated only by a
    # sentence naming it; the opening or creation date is the nearest fact, not the answer
    # ('when did it open?' stays an opening). First: 'cérémonie d'ouverture' is no opening.
    Event(
        "ceremony",
        "cérémonie (inauguration)",
        "ceremony (inauguration)",
        r"\binaugur\w*|\bceremon\w*|\bribbon\b|\bruban\b|\bcremaillere\b|\bhousewarming\b|"
        r"\b(launch|opening|inaugural|founding) (party|parties|event|celebration|reception|"
        r"gala|evening)\b|\bgrand opening\b|"
        r"\b(soiree|fete|reception|cocktail) (de lancement|d'ouverture|d ouverture|"
        r"d'inauguration|d inauguration)\b|"
        r"\b(premiere|1ere) assemblee generale\b|\bassemblee (generale )?constitutive\b|"
        r"\b(first|1st|founding|inaugural) (general|annual general) (assembl\w*|meeting)|"
        r"\b(first|1st|founding) agm\b",
        r"inaugur|ceremon|\bruban\b|cremaillere|soiree de lancement|fete de lancement|"
        r"assemblee (generale )?constitutive|premiere assemblee generale",
    ),
    # Class: when a site or an activity stopped ('When did the Hirson shop close?', 'la
    # boutique d'Hirson a fermé en quelle année ?'): the dated sentence of its closing
    # ('… à Hirson dont l'activité a cessé temporairement en début d'année 2021'), not its
    # opening or another year of the same site. Before 'creation': 'depuis quand est-elle
    # fermée ?' dates a closing. The noun 'ferme' (a farm) is no closing stated.
    Event(
        "closure",
        "fermeture",
        "closure",
        r"\bferm(e|ee|es|ees|er|ent|eture|etures)\b|\bclos(e|ed|es|ing|ure)\b|\bshut\w*|"
        r"\bcess(e|ee|er|ent|ation)\b|\barret(e|ee|er|ent)\b|\bstop(s|ped|ping)?\b|"
        r"\bsuspend\w*|\bwound up\b|\bceased?\b",
        r"\bfermeture|\bfermee?s?\b|\b(a|ont|est|sont|ete) ferme\b|\bcess(e|ee|ation)\b|"
        r"\ba cesse|\barret\w*|\bsuspend\w*|temporairement",
    ),
    # Class: when a project or a scheme ends ('il se termine quand ?', 'jusqu'à quand dure le
    # projet Flavour ?', 'when does the programme end?'): the sentence dating its end ('qui
    # durera jusqu'en septembre 2022'), not its start.
    Event(
        "end",
        "fin",
        "end",
        r"\btermin\w*|\bfini(r|t|ssent|ra)?\b|s.acheve\w*|prend\w*(-(il|elle|ils|elles))? fin|"
        r"\bends?\b|\bended\b|\bending\b|\bfinish\w*|jusqu.a quand|until when|"
        r"(run|runs|last|lasts) until|wrap\w* up|(date|annee) de fin|end (date|year)",
        r"jusqu.(en|au|a)\b|prend(ra)? fin|\btermin|\bs.achev|\buntil\b|\bends?\b",
    ),
    # Class: when structures merged ('When did Synapse Picardie and Synapse Insertion
    # merge?', 'la fusion a eu lieu quand ?'): the dated sentence of the merger, not the
    # creation of one of them.
    Event(
        "merger",
        "fusion",
        "merger",
        r"\bfusion\w*|\bmerg(e|ed|er|ers|ing)\b|\bamalgamat\w*|\bcame together\b",
        r"\bfusion\w*|\bregroup\w*",
    ),
    Event(
        "creation",
        "création",
        "creation",
        r"cre(e|ee|es|ees|ation|ated?|ate)\b|fond(e|ee|es|ees|ation)\b|found(ed|ation|ing)|"
        r"establish\w*|set up|started|naissance|\bnee?\b|how old|years old|quel age|"
        r"existe depuis|"
        r"exists? since|depuis quand|\bexists?\b|existed|existing|been around|"
        r"in (business|operation|existence)|depuis combien (de temps|d.annees)|existe\w*|"
        # a founding said by an idiom ('VESTALI a vu le jour quand ?', 'when did it see the
        # light of day?', 'when did it come into being?', 'when was it born?'). Class: a
        # creation date asked in other words, refused as an unstated 'jour' / 'light'
        r"\b(vu|voir|voit|vit|virent|ont vu) le jour\b|\b(see|saw|seen|sees) the light of day\b|"
        r"\b(come|came|comes|coming) into (being|existence)\b|\bborn\b|\bbirth\b",
        r"cre(e|ee|es|ees|ation)|fond(e|ee|ation)|naissance|voit le jour|nait|est ne|"
        r"s.est constitue|depuis|lance",
    ),
    Event(
        "opening",
        "ouverture",
        "opening",
        r"ouv(ert|erte|erts|ertes|rir|re|ert ses portes|erture)|open(ed|ing)?\b|inaugur\w*|"
        r"\bdoors?\b|\bportes?\b",
        r"ouv(ert|erte|erture|re)|inaugur|voit le jour|ses portes",  # not 'elle porte'
    ),
    Event(
        "launch",
        "lancement",
        "launch",
        r"lanc(e|ee|ement)|launch\w*|demarr\w*|commenc\w*|debut\w*|began|begin|start\w*|"
        r"mis(e)? en place|introduc\w*|kick(ed|s|ing)? off|"
        r"(get|gets|got|getting) (going|under way)",
        r"lanc|demarr|commenc|debut|mis(e)? en place|depuis",
    ),
    Event(
        "approval",
        "agrément",
        "approval",
        r"agree(e|s)?|agrement|approv\w*|accredit\w*|label\w*|certifi\w*",
        r"agre|label|certifi",
    ),
    # A prize or an award won ('1er prix de l'initiative', 'lauréate du trophée').
    Event(
        "award",
        "prix obtenu",
        "award",
        r"\bprix (de|du|d.)|\bprize\w*|awards?\b|awarded|laureat\w*|trophee\w*|trophy|"
        r"(recu|obtenu|gagne|remporte|decroche)\w* (un |le |des |les |\w+ )?prix|"
        r"recompens\w*|\bwon\b|\bwin\b|\bwinn(?:er|ers|ing)\b|\bgagne\w*|remporte\w*|distingue\w*",
        # 'prix' of a prize ('1er prix de l'initiative'), not of a price ('à prix bas')
        r"\bprix (de|du|d.)|\d(er|e|eme|nd) prix|premier prix|laureat|trophee|recompens|"
        r"distingue|concours",
    ),
    Event(
        "hiring",
        "embauche",
        "hiring",
        r"embauch\w*|recrut\w*|hired?|employ(ed|ing)|engage\w*",
        r"embauch|recrut",
    ),
    Event(
        "move",
        "déménagement",
        "move",
        r"demenag\w*|moved?\b|relocat\w*|install(e|ee|ation)|s.install\w*",
        r"demenag|install|s.install",
    ),
)


# The key-figures section named as where a figure is stated ('Which structures give tonnage
# figures in their key figures?', 'dans leurs chiffres clés'): a part of the fiche, not a
# thing the figure measures (class: a list of the structures stating a figure, d26-032).
KEY_FIGURES_SECTION = _rx(
    r"\b(chiffres? cles?|key (figures?|numbers?|stats?|statistics|indicators?|data))\b"
)


# A fiche's key figures asked as a whole, no measure named ('les chiffres clés de X ?', 'key
# figures of X', 'X: key figures', 'ses principaux chiffres'): the section, every line of it,
# not the first figure found. A count asked ('combien …') is a figure. Folded.
KEY_FIGURES_ASKED = _rx(
    r"^(?!.*\b(combien|how (many|much)|nombre de|number of)\b).*"
    r"\b(chiffres? cles?|key (figures?|numbers?|stats?|statistics|indicators?|data)|"
    r"(principaux|grands|main|headline) (chiffres|figures|numbers)|"
    r"(ses|leurs|its|their) (chiffres|figures|numbers|stats|statistics|indicateurs|"
    r"indicators))\b"
)


@dataclass(frozen=True)
class SectionAsked:
    """A section of every fiche a question may ask about ('ses freins', 'its levers')."""

    name: str  # the SectionKind value
    label_fr: str
    label_en: str
    asked: str


SECTIONS_ASKED: tuple[SectionAsked, ...] = (
    SectionAsked(
        "obstacles",
        "freins rencontrés",
        "obstacles",
        # ('what problem does it solve?' asks its purpose, not what holds it back)
        r"\bfreins?\b|obstacles?|difficult\w*|barriers?|hurdles?|"
        # everyday words for what held it back ('c quoi leurs galères ?', 'any setbacks?',
        # 'their main headaches'): the section asked in the asker's words
        r"\bgaleres?\b|\bsetbacks?\b|\bheadaches?\b|\bstumbling blocks?\b|"
        r"\bsoucis\b|\bennuis\b|\bpepins?\b|\bglitch(es)?\b|\bsnags?\b|"
        r"problem\w*(?!.{0,60}?\b(solv|address|tackl|resou|resol|repond|regl)\w*)|"
        r"what (holds|held) \w+ back|ce qui (bloque|freine)|"
        # the section named by what it did to the structure, the structure's name between
        # ('what held La Remise Enjouée back?', 'what stood in Vestali's way?', 'qu'est-ce
        # qui a freiné X ?', 'what slowed them down?'). Class: a section asked by a paraphrase
        r"\bwhat (holds|held|is holding|has held|has been holding|kept|keeps|slowed|slows|"
        r"is slowing|has slowed) ([\w'-]+ ){1,6}(back|down)\b|"
        # (the particle before the structure: 'what held back X?', 'what has slowed down X?')
        r"\bwhat (holds|held|is holding|has held|has been holding|slowed|slows|is slowing|"
        r"has slowed) (back|down)\b|"
        r"\bwhat (kept|keeps|has kept|prevented|prevents|has prevented|stopped|stops) "
        r"([\w'-]+ ){1,6}from\b|"
        r"\b(stood|stands|stand|got|gets|get|came|comes|was|were|is|are) in (the|their|its|"
        r"[\w'-]+.s) way\b|\bin the way (of|for)\b|"
        r"\bqui (l.|les |leur )?(a|ont) (freine|bloque|gene|ralenti|handicape)\b|"
        r"\bqui (la |le |les )?(freine|bloque|gene|ralentit|handicape)\b|"
        # what went badly, asked plainly: 'what went wrong?', 'qu'est-ce qui n'a pas marché ?'
        r"what (went|goes|has gone) (wrong|badly)|(n.a|n.ont) pas (marche|fonctionne)|"
        r"ce qui (a coince|a pose probleme|n.a pas marche)|"
        # challenges met, not the challenge it sets itself ('what challenges does X face')
        r"challenges? (\w+ ){0,4}fac(e|es|ed|ing)\b|fac(e|es|ed|ing) (\w+ ){0,3}challenges?|"
        r"defis? (\w+ ){0,3}rencontr\w*|rencontr\w* (\w+ ){0,3}defis?",
    ),
    SectionAsked(
        "levers",
        "leviers activés",
        "levers",
        r"\bleviers?\b|\blevers?\b|ce qui a (aide|permis)|what (helped|made it work)|"
        # the section named by what it did, the structure's name between ('what made the
        # drive fermier work?', 'what made X a success?', 'the keys to their success', 'la
        # clé de leur réussite'). Class: a section asked by a paraphrase
        r"\bwhat (made|makes) ([\w'-]+ ){1,6}(work|succeed|a success|successful|possible)\b|"
        r"\b(keys?|secrets?) (to|of|behind) ([\w'-]+ ){0,5}success\b|"
        r"\b(cles?|secrets?) (de|du) (la |sa |leur |son )?(succes|reussite)\b|"
        r"success factors?|facteurs de (succes|reussite)|atouts?|strengths?|"
        # how the obstacles were overcome ('and how did they fix them?', 'comment ils s'en
        # sont sortis ?', 'comment elle a surmonté ça ?'): the levers are what the booklet
        # sets against them. Class: a section asked by a paraphrase
        r"\bhow (did|do|does|have|has|were|was) (they|it|she|he|[\w'-]+) "
        r"(manage to )?(fix|fixed|solve|solved|overcome|get past|got past|get around|got "
        r"around|deal with|dealt with|tackle|tackled|cope with|coped with|handle|handled|"
        r"work around|worked around)\b|"
        r"\bcomment (ils|elles|elle|il|[\w'-]+) (ont|a|s.en sont|s.en est|s.y sont|s.y est) "
        r"(elles |ils )?(surmonte|resolu|regle|depasse|contourne|fait face|sortie?s?|pris)\w*|"
        # the same with an object pronoun or inverted ('comment les ont-ils surmontés ?',
        # 'comment l'a-t-elle dépassé ?', 'qu'est-ce qui les a aidés ?', 'how did they get
        # through it?')
        r"\bcomment (les |l.)?(ont|a)(-t)?-(ils|elles|il|elle) (surmonte|resolu|regle|depasse|"
        r"contourne)\w*|\bcomment (ils|elles|il|elle) (ont|a) (fait|reussi) (pour|a) "
        r"(les |l.)?(surmonter|resoudre|regler|depasser|contourner)\b|"
        r"\b(qu.est[- ]ce )?qui (les |l.|leur |lui )a (aide|permis|servi)\w*|"
        r"\bhow (did|do|does) (they|it|she|he|[\w'-]+) get (through|over) (it|them|this|that)\b",
    ),
    # the structure's story asked as such ('how did X get started?', 'tell me its history',
    # 'raconte-moi les débuts de X', 'comment a démarré X ?'): the OBJET & HISTORIQUE
    # section, not a sentence sharing the verb 'démarrer'. A date asked ('when did X start?')
    # or why it was created ('pourquoi a-t-elle été créée ?') is read before. Class: a
    # section asked by a paraphrase
    SectionAsked(
        "history",
        "objet et historique",
        "history",
        r"\bhistor(y|ique|ies)\b|\bhistoire (de|du|des|d')\b|\b(son|leur|sa) histoire\b|"
        r"\bbackstory\b|\bstory (of|behind)\b|\b(its|their|the) (early )?(story|origins?|"
        r"beginnings?|early days)\b|"
        r"\bhow (did|was|were|has|have) ([\w'-]+ ){1,6}(get|got|gotten|get going|start|started|"
        r"begin|began|begun|come about|come to be|born)\b|"
        r"\bhow (it|they|she|he) (all )?(started|began|came about|came to be|got started)\b|"
        r"\bhow (?!many|much|long|often|far|old|big|soon)([\w'-]+ ){1,6}(got started|got going|"
        r"started out|began|came about|came to be|was born|were born)\b|"
        r"\b(ses|leurs|les) (debuts|origines)\b|\bgenese\b|"
        r"\bcomment (a|ont|est|sont) (demarre|commence|debute|nee?s?)\b|"
        r"\bcomment ([\w'-]+ ){1,6}(a|ont|est|sont|s'est|se sont) (demarre|commence|debute|"
        r"nee?s?|lancee?s?|cree?e?s?)\b|"
        r"\bcomment (ca|c'est|tout) (a )?(commence|demarre|debute)\b",
    ),
    SectionAsked(
        "challenge",
        "défi",
        "challenge",
        r"\bdefis?\b|\bchallenges?\b|\benjeux?\b|what (is|was) (its|their) (goal|aim)",
    ),
)


@dataclass(frozen=True)
class SubpartAsked:
    """A labelled part of a section that every fiche fills in ('PARTENAIRES FINANCIERS
    MOBILISÉS', 'BÉNÉFICIAIRES'), asked about one structure: 'qui finance X ?', 'who are its
    partners?'. `heading` matches the part's label (folded) or a label above it."""

    name: str
    label_fr: str
    label_en: str
    asked: str
    heading: str


# 'Que fait VESTALI ?', 'What does Synapse 3i do?', 'C'est quoi …', 'Présente-moi …': a
# structure asked about as a whole, answered by what it is and does (its activity, its
# challenge, the objective of its action), when nothing else is asked beside its name.
OVERVIEW_FRAME = _rx(
    # whether one knows it or can talk about it ('tu connais VESTALI ?', 'what do you know
    # about X?', 'vous pouvez me parler de X ?', 'can you tell me about X?'): what it is
    r"^((what )?do you know( anything)?( about)?|(est-ce que )?(tu connais|vous connaissez)|"
    r"connais[- ]tu|connaissez[- ]vous|(vous pouvez|tu peux|tu pourrais|vous pourriez|"
    r"pourriez[- ]vous|peux[- ]tu|pouvez[- ]vous|can you|could you) (me |nous )?(parler|"
    r"presenter|decrire|tell (me|us) (more )?about|describe|present)( (de|du|des|d.))?|"
    r"que (fait|font)|qu.est[- ]ce que( c.est)?|c.est quoi|what (is|are|does|do)|"
    r"who (is|are)|qui (est|sont)|tell me (more )?about|describe|"
    r"presente[rz]?([- ](moi|nous))?|parle[rz]?[- ](moi|nous)( (de|du|des|d.))?|"
    r"en quoi consiste|"
    # a founder opening on a structure with nothing asked yet ('je regarde le panier de la
    # mer 62', "je m'intéresse à VESTALI", "I'm looking at Synapse 3i"): what it is
    r"je (regarde|m.interesse a|me renseigne sur|voudrais des infos sur)|"
    r"(i.m|i am) (looking (at|into)|interested in|reading about)|infos? (sur|on|about)|"
    # more of one asked ('dis-m'en plus sur la deuxième', 'more about the first one')
    r"dis[- ]?m.en (plus|davantage)|(j.aimerais |je voudrais )?en savoir plus|"
    r"(give me |tell me )?more (about|on)|(plus de )?details? (sur|on|about)|"
    # two structures set side by side with nothing asked ('Compare VESTALI and Synapse 3i',
    # 'quelle différence entre X et Y ?'): what each one is
    r"compare[rz]?|comparaison|quelles? (est la |sont les )?differences? entre|"
    r"(what is |what.s )?the differences? between|difference entre)\b"
)
# The same frame typed last, after the names ('Le panier de la mer, c'est quoi ?', 'VESTALI,
# what is it?').
OVERVIEW_LAST = _rx(
    r"(c.est quoi|c.est qui|qu.est[- ]ce que c.est|ca fait quoi|what is (it|that|this)|"
    r"(ca|cela) (vous|te) (dit quelque chose|parle)|(do )?you know (it|them)|"
    r"what do(es)? (it|they) do|"
    # a pronoun for the structure in focus ('et la deuxième, elle fait quoi ?')
    r"(elle|il|elles|ils) (fait|font) quoi|qu.est[- ]ce qu.(elle|il|elles|ils) (fait|font))\W*$"
)
# The words around a partner kind's adjective in a follow-up ('and the financial ones?',
# 'et les techniques alors ?'): the adjective alone says which partners are asked.
PARTNER_KIND_FILLER = frozenset(
    "the those ones one only just please then what about les le la ceux celles seulement "
    "alors uniquement stp svp quels quelles sont are".split()
)
# A subject pronoun standing for the structure(s) in focus, elided too ('qu'elle fait').
SUBJECT_PRONOUN = _rx(r"\b(elle|il|elles|ils|it|they)\b")
# A follow-up that first points at one structure of the list answered, by its rank or a
# pronoun, then asks ('and the first one, where is it?', 'et la deuxième : elle fait quoi ?',
# 'the last one - its budget?'). Class: pointed follow-ups; what follows the pointer is asked.
POINTER_OPENER = _rx(
    r"^\W*((and|et|ok|so|alors|what about|and what about)\s+)?"
    r"(the |la |le |l')?(premi[eè]re?|first|deuxi[eè]me|second|seconde|troisi[eè]me|third|"
    r"quatri[eè]me|fourth|derni[eè]re?|last)( one| structure| association| initiative)?"
    r"\s*[,:;-]\s*(?=\w)"
)
OVERVIEW_FILLER = frozenset(
    """quoi fait font faire does exactly exactement concretement briefly bref structure
    association organisation organization initiative projet project please stp like entre
    between with avec difference differences about more plus sur on one""".split()
)
OVERVIEW_LABELS = _rx(r"activite|objectif de l.action")


# The scope labels the booklet writes under a list of partners ('Local :', 'Régional :').
SCOPE_LABEL = _rx(r"local|regional|national|europe\w*|international|departemental|autres?")
# A scope asked of a part the booklet lists by scope ('ses partenaires locaux', 'et au niveau
# national ?', 'the regional funders'), folded, and the label of its lines ('Local :',
# 'Régional :', 'National :', 'Européen :'). Class: a scope asked of a labelled list (partners,
# funders) keeps that scope's lines; asked after another scope, it follows the conversation.
SCOPES_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("local", _rx(r"\b(locale?s?|locaux|locally)\b"), _rx(r"^\W*local\w*\s*:")),
    (
        "regional",
        _rx(r"\b(regionale?s?|regionaux|regionally|au niveau de la region|region level)\b"),
        _rx(r"^\W*regional\w*\s*:"),
    ),
    (
        "national",
        # France as a whole is the national level ('what about partners across France?',
        # 'et dans toute la France ?'): its lines answer, not 'nothing nationwide'
        _rx(
            r"\b(nationale?s?|nationaux|nationally|nationwide|across france|all over france|"
            r"dans toute la france|partout en france|france entiere)\b"
        ),
        _rx(r"^\W*national\w*\s*:"),
    ),
    ("europe", _rx(r"\b(europe\w*|european)\b"), _rx(r"^\W*europe\w*\s*:")),
    (
        "departemental",
        _rx(r"\b(departementa(le?s?|ux)|departmental|county|au niveau du departement)\b"),
        _rx(r"^\W*departement\w*\s*:"),
    ),
)
# Class: a level the fiche gives no line of its own ('au niveau départemental ?' where the
# département stands among its 'Local :' partners): the lines naming a body of that level.
SCOPE_BODIES: dict[str, re.Pattern[str]] = {
    "departemental": _rx(r"\b(departement\w*|conseil general)\b"),
    # 'Autres : Le fonds social européen (FSE)'; the 'Métropole Européenne de Lille' is local
    "europe": _rx(r"(?<!metropole )\b(europe\w*|fse|feder|feader|union europeenne)\b"),
    "regional": _rx(r"\b(region|regional\w*|hauts[- ]de[- ]france)\b"),
    "national": _rx(r"\b(etat|ministere\w*|nationa\w*)\b"),
}
# A name the question places something in or near ('the Montreuil area ressourcerie', 'la
# ressourcerie du côté de Montreuil', 'near Montreuil'): a place, not an organisation with
# no fiche (class: a town the booklet names in passing, read as a partner). Folded; the
# name is matched between `PLACE_MARK_BEFORE` and `PLACE_MARK_AFTER`.
PLACE_MARK_BEFORE = _rx(
    r"\b(near|around|nearby|close to|in the|du cote d[eu']|pres d[eu']|vers|a cote d[eu']|"
    r"la region d[eu']|le coin d[eu']|le secteur d[eu']|the [\w-]+ in)\s*$"
)
PLACE_MARK_AFTER = _rx(r"^\s*(area|region|district|neighbou?rhood|side)\b")
# The endings French place names take as their area or people ('le Montreuillois', 'le
# territoire amiénois', 'le Soissonnais'): a name the booklet also writes with one is a place.
PLACE_ENDINGS = ("ois", "oise", "ais", "aise")
# A tie stated in a sentence of its own, outside the lists of partners by level ('Un
# partenariat avec la branche française du Réseau Européen de lutte contre la pauvreté'):
# a partner of the level asked all the same. Folded.
TIE_STATED = _rx(r"\bpartenariats?\b|\bpartenaires?\b|\ben lien avec\b|\bcooper\w*")
# The words a refusal names a level in, by language.
SCOPE_NAMES: dict[str, dict[str, str]] = {
    "local": {"fr": "local", "en": "local"},
    "regional": {"fr": "régional", "en": "regional"},
    "national": {"fr": "national", "en": "national"},
    "europe": {"fr": "européen", "en": "European"},
    "departemental": {"fr": "départemental", "en": "departmental"},
}

# Class: a level asked ('and at European level?', 'au niveau Régional ?'): its adjective,
# capitalised or not, names a scope of partners or funders, never a place.
LEVEL_ADJECTIVE = _rx(
    r"^(europe(an|en|enne|ens|ennes)|national(e|es|ux)?|r[eé]gional(e|es|aux)?|"
    r"d[eé]partement(al|ale|ales|aux)|departmental|local(e|es|aux)?|international(e|es|aux)?)$"
)

# Aid in general, no giver named, folded words of a yes/no about funding ('ont-ils eu des
# aides ?', 'did they get grants?'): any financial partner the fiche lists answers it.
GENERIC_AID = re.compile(
    r"aides?|subventions?|subventionnee?s?|financements?|financee?s?|publi(c|cs|que|ques)|"
    r"financieres?|grants?|subsid(y|ies)|funding|funded|public|money|eu|obtenu|recu|touche|"
    r"percu|beneficie|got|get|gets|received?|receives|obtained|any|some"
)
SUBPARTS_ASKED: tuple[SubpartAsked, ...] = (
    # Who pays: 'qui finance X', 'par qui est-elle financée', 'ses financeurs', 'who funds it',
    # 'funded by whom', 'its financial partners'. 'Le financement' alone stays the budget.
    SubpartAsked(
        "funders",
        "partenaires financiers",
        "financial partners",
        r"\bqui (la |le |les |l')?(finance|financent|subventionne\w*|paie|paye)\b|"
        r"par qui\b.*\b(financ|subventionn|pay)\w*|financeurs?|partenaires? financ\w*|"
        # the asked person last: 'elle est financée par qui ?', 'subventionnés par qui ?'
        r"\b(financ|subventionn|pay)\w* (par|de la part de) qui\b|"
        r"soutiens? financ\w*|bailleurs? de fonds|"
        r"\bwho (funds|finances|financially|pays|sponsors|subsidi[sz]es|bankrolls)\b|"
        # ('mostly funded by grants?' asks what its money is made of: its economic model)
        r"\bfunders?\b|(?<!mostly )(?<!mainly )(?<!largely )(?<!primarily )(?<!chiefly )"
        r"(funded|financed) by|financial (partners?|backers?|support\w*)|"
        # 'how is it funded?', 'comment est-elle financée ?': where its money comes from
        r"\bhow (is|are|was|were) ([\w'-]+ ){1,5}(funded|financed)\b|"
        r"\bcomment (est[- ](elle|il)|sont[- ](elles|ils)|(elle|il) est|(elles|ils) sont) "
        r"financ\w*|"
        # public money named as such: 'elle touche des subventions ?', 'any grants?', 'des
        # aides publiques ?' (the financial partners give it)
        # (received: '70% subsidies' describes a funding model, it asks no funders)
        r"\b(touche\w*|recoi\w*|recev\w*|percoi\w*|obtien\w*|beneficie\w*|a|ont) (des |de |d')"
        r"(subventions?|aides? (financi\w*|publiques?)|financements? publics?)\b|"
        r"\b(gets?|receives?|has|have|got|obtains?) (any |some )?(grants?|subsid(y|ies)|"
        r"public (funding|money))\b|"
        r"\bsponsors?\b|"
        # aid said to have been had ('ils ont eu des aides ?', 'elle a obtenu des
        # subventions ?', 'how did they fund it?'); food aid is none. Class: a subpart asked
        # by a paraphrase
        r"\b(eu|obtenu|recu|touche|percu|beneficie) (des |de |d'|quelques )?(aides?|"
        r"subventions?|financements?)\b(?! alimentaire)|"
        # ('how do they fund themselves?' asks how they live on their own: the economic model)
        r"\bhow (did|do|does) ([\w'-]+ ){1,4}(fund|finance|pay for)\b(?! (themselves|itself))|"
        # aid asked of whom it came from ('et ils ont eu des aides de qui ?', 'aidés
        # financièrement par qui ?'). Class: a subpart asked by a paraphrase
        r"\baides? (de|par) qui\b|\baidee?s? financierement\b|"
        # aid a giver gave, asked by what it was ('quelles aides la région a-t-elle données à
        # X ?', 'what aid did the region give X?'); food aid is none. Class: a subpart asked
        # by a paraphrase
        r"\b(quelles?|les) (aides?|subventions?)\b(?! alimentaire) ([\w'-]+ ){0,6}(donne\w*|"
        r"accorde\w*|verse\w*|attribue\w*|octroye\w*)\b|"
        r"\bwhat (aid|grants?|subsid(y|ies)|funding|financial support) (did|does|has|have) "
        r"([\w'-]+ ){0,5}(give|given|grant|granted|award|awarded|provide|provided)\b|"
        # who gave it money, the structure's name between ('who gave Il était deux fois
        # money?', 'who put money into X?', 'qui a donné de l'argent à X ?', 'qui leur
        # verse des fonds ?'). Class: a subpart asked by a paraphrase
        r"\bwho (gave|gives|give|has given|provided|provides|put|puts|lent|lends) "
        r"([\w'-]+ ){0,6}(money|funds|funding|cash|grants?)\b|"
        r"\bqui (leur |lui )?(a|ont)? ?(donne|verse|prete|apporte|accorde)\w* "
        r"([\w'-]+ ){0,4}(l.|d.)?(argent|fonds|subventions?|financements?)\b|"
        # where the money comes from ('il vient d'où cet argent ?', 'd'où vient leur
        # argent ?', 'where does their money come from?'). Class: a subpart by a paraphrase
        # (where its money in general comes from is its economic model: 'economic_model')
        r"\b(d.ou|where) (vient|viennent|venait|does|do|did) ([\w'-]+ ){0,3}(funds?|grants?|"
        r"aides?|subventions?|financements?)\b|"
        r"\b(financements?|funding)\b([\w' -]{0,20})\b(vient|viennent|provient|proviennent|"
        r"comes?) (d.ou|from where)\b",
        r"partenaires? financ",
    ),
    # Who helps without paying: 'ses partenaires techniques', 'qui l'accompagne'.
    SubpartAsked(
        "technical_partners",
        "partenaires techniques",
        "technical partners",
        # ('qui accompagne …' is left out: it is as often a relative clause, 'la chargée de
        # mission qui accompagne le drive', read as a part of its own)
        r"partenaires? techniques?|technical (partners?|support\w*)|"
        r"accompagnement technique|technical (help|assistance)",
        r"partenaires? techniques?",
    ),
    # Partners of any kind: 'avec qui travaille X', 'who are its partners'.
    SubpartAsked(
        "partners",
        "partenaires",
        "partners",
        r"\bpartenaires?\b|\bpartners?\b|partenariats?|partnerships?|"
        r"avec qui (travaille|collabore)\w*|works? with whom|who (does|do) \w+ work with|"
        # partners of a kind asked ('travaille avec quelles entreprises ?', 'which companies
        # does X work with?'): the partners' lines, where the kind is written. Class: a
        # subpart asked by a paraphrase
        r"\b(travaill\w*|collabor\w*) avec quel(le)?s \w+|"
        r"\b(which|what) (companies|businesses|firms|associations|charities|"
        r"organi[sz]ations|local authorities|councils) (does|do|did) ([\w'-]+ ){1,6}"
        r"(work|partner|collaborate)\w* with\b",
        r"partenaires?",
    ),
    # How it makes ends meet: 'son modèle économique', 'is it viable?', 'revenue streams'.
    SubpartAsked(
        "economic_model",
        "modèle économique",
        "economic model",
        r"modeles? economiques?|business model|economic model|viabilite|\bviable\b|"
        r"sources? de (recettes|revenus)|revenue (sources?|streams?)|income sources?|"
        r"how (does|do) \w+ (make money|earn|pay (its|their) way|finance (itself|themselves))|"
        # the structure financing itself, or earning its living: 'comment se finance X',
        # 'comment ils gagnent de l'argent', 'how do they fund themselves' ask where its
        # money comes from, which its economic model says ('comment est-elle financée ?'
        # and 'who funds it?' stay its funders)
        r"\bse financ\w*|\b(fund|finance)s? (itself|themselves)\b|"
        r"\bgagn\w*(-\w+){0,2} (de l.|leur |sa |son )?(argent|vie)\b|"
        r"\bmakes? (its |their )?(money|living)\b|"
        # where its money comes from, the structure's name between ('where does the money
        # of X come from?', "where does X's money come from?", "d'où vient l'argent de X ?",
        # "d'où viennent ses ressources ?"). Class: a subpart asked by a paraphrase
        r"\bwhere (does|do) ([\w'-]+ ){0,6}(money|income|revenue|funding|resources) "
        r"([\w'-]+ ){0,4}come from\b|"
        r"\bd.ou (vient|viennent|provient|proviennent) (l.argent|leur argent|son argent|"
        r"cet argent|(ses|leurs|les) (ressources|recettes|revenus|financements))\b|"
        # the same put after its subject ('il vient d'où cet argent ?', 'cet argent vient
        # d'où ?')
        r"\bvien\w* d.ou (cet|l.|leur|son|ce) ?argent\b|\bargent (vient|provient) d.ou\b|"
        # what its sales or revenue are made of ('leurs ventes viennent de quoi ?', 'where
        # do its sales come from?', 'la répartition de ses recettes', 'revenue breakdown'):
        # the shares its model states, no turnover amount. Class: a follow-up asking the
        # source of a figure rather than the figure
        r"\b(ventes|recettes|revenus|ressources|sales|revenues?|income)\b ([\w'-]+ ){0,2}"
        r"(viennent|vient|proviennent|provient|come|comes|coming) (de quoi|d.ou|from)\b|"
        r"\b(de quoi|d.ou) (viennent|proviennent) (ses|leurs|les) (ventes|recettes)\b|"
        r"\b(repartition|ventilation|composition) (de |des |du )?(ses |leurs )?"
        r"(ventes|recettes|revenus|chiffre d.affaires)\b|"
        r"\b(revenue|sales|income) (breakdown|mix)\b|"
        r"\bbreakdown of (its |their |the )?(sales|revenues?|income)\b|"
        # what its money is mostly made of ('et le financement, c'est surtout des
        # subventions ?', 'is it mostly funded by grants?', 'ses ressources sont surtout
        # publiques ?'): the shares its model states (d28-120), no amount nor funder named
        r"\b(financ\w*|ressources|recettes|revenus|fund(ed|ing)|income|revenues?)\b"
        r"[\w' ,-]{0,40}\b(surtout|principalement|majoritairement|essentiellement|"
        r"en majorite|mostly|mainly|largely|primarily|chiefly)\b|"
        r"\b(surtout|principalement|majoritairement|essentiellement|mostly|mainly|largely|"
        r"primarily|chiefly) (financ\w*|fund(ed|s)|paid for)\b",
        r"viabilite economique|modele economique",
    ),
    # What is new in it: 'son innovation', 'qu'a-t-elle d'innovant', 'what is innovative'.
    SubpartAsked(
        "innovation",
        "innovation",
        "innovation",
        r"\binnovations?\b|\binnovant\w*|\binnovative\b|what('s| is) (new|innovative)",
        r"innovation",
    ),
    # Whether it can be copied: 'essaimer', 'reproductible', 'can it be replicated'.
    SubpartAsked(
        "spread",
        "possibilité d'essaimage",
        "possibility of replication",
        r"essaim\w*|reproductib\w*|reproducib\w*|replica\w*|replicat\w*|dupliqu\w*|"
        r"be (copied|reproduced|duplicated)|transposab\w*|scal(e|ing) up|"
        # passing its model on to other founders, as the template's essaimage line asks
        r"transmettre (son|leur|sa) (modele|experience|savoir-faire|demarche)|"
        r"pass(es|ing)? on (its|their) (model|experience|know-how|approach)",
        r"essaimage",
    ),
    # What it plans: 'quels sont ses projets ?', 'ses perspectives', 'what are its plans for
    # the future?', 'what's next for them?': its projects under study (a key figure's label),
    # else a sentence saying what it will do or wishes to. Also asked plainly: 'what are their
    # plans?', 'what does it plan to do?', 'que prévoit-elle ?', 'ses prochains projets'. The
    # 'plan' a fiche names ('Plan de relance', 'Plan Alimentaire Territorial') is no plan of
    # its own: only plans it has or makes are asked.
    SubpartAsked(
        "plans",
        "projets et perspectives",
        "plans",
        r"\bperspectives?\b|\b(ses|leurs|son|leur) (futurs? )?projets\b(?! de)|"
        r"^\W*(quels sont )?les projets (de|du|des|d.)|"
        r"projets? (futurs?|d.avenir|a venir|de developpement)|pour l.avenir|a l.avenir|"
        r"\b(its|their) (future )?plans\b|plans? for the future|future (plans?|projects?)|"
        r"what.s next|what (comes|is) next|next steps?|prochaines? etapes?|"
        r"developpements? (futurs?|a venir)|future developments?|"
        r"\b(the|any|next) plans\b|\bplan(s|ning)? to\b|\bplans? ahead\b|"
        # what it plans, the structure's name or a place between ('what are they planning at
        # X?', 'what is X planning?', 'what does X have in the pipeline?')
        r"\bwhat (are|is) ([\w'-]+ ){1,6}planning\b|\bin the pipeline\b|"
        r"\b(futurs?|prochains?) projets?\b|\bprevoi\w*|\benvisag\w*",
        r"projets? en etude|faisabilite|\bprochaine?(ment)?\b|\bsouhaite\w*|en perspective|"
        r"\ba terme\b|envisag\w*|a (un|pour) projet|se donne pour projet",
    ),
    # What it handles: 'quelles matières', 'what materials', 'quels produits vend-elle', and
    # what it sells asked by the verb alone ('que vendent-ils ?', 'what do they sell there
    # besides food?'): the list of goods is the fiche's 'matières concernées'.
    SubpartAsked(
        "materials",
        "matières concernées",
        "materials",
        r"\bmatieres?\b|\bmateriaux\b|\bmaterials?\b|"
        r"\bquel(le)?s? (objets|produits|dechets|articles)\b|"
        r"\bwhat (items|goods|objects|products|waste|articles)\b|"
        r"^((et|and|so|alors)\s+)?(que|qu'est[- ]ce qu'(il|elle)s?|qu'(il|elle)s?) vend(ent)?\b|"
        # (bare 'what do they sell' after a project told reads against the project instead)
        r"^((and|so)\s+)?what (else )?(do|does|did|can) ([\w'-]+ ){1,5}sell\b(?=\W+\w)|"
        # what one finds or buys there, its goods named by any word ('qu'est-ce qu'on trouve
        # comme bouffe chez X ?', 'what food does X sell?', 'what can you buy at X?')
        r"^((et|alors)\s+)?(qu'est[- ]ce qu'on|qu'est[- ]ce que l'on) (y )?(trouve|achete)\b|"
        r"^((and|so)\s+)?what (\w+ )?can (you|i|one|we) (buy|find|get)\b|"
        r"^((and|so)\s+)?what ((kinds?|sorts?) of )?"
        r"(food|produce|goods|stuff|things|products|items) (do|does|did|can) "
        r"([\w'-]+ ){1,5}(sell|offer|stock)\b|"
        # what it takes in or turns away ('anything they won't take?', 'what does X not
        # accept?', 'les objets qu'ils refusent', 'qu'est-ce qu'ils prennent ?'): the same
        # list, whose 'sauf …' says what is refused
        r"\b(won't|wont|will not|don't|dont|do not|doesn't|does not|can't|cannot|not) "
        r"(take|accept|collect)\b|"
        r"\bwhat (do|does|will|can) ([\w'-]+ ){1,4}(take|accept|collect) ?(in)?\W*$|"
        r"\bwhat (won't|wont|don't|dont|doesn't|can't) ([\w'-]+ ){1,4}(take|accept|collect)\b|"
        r"\b(objets?|choses?|trucs?|quoi) ([\w'-]+ ){0,4}(refus\w*|n'accept\w* pas|"
        r"ne (prend|prennent|recupere|recuperent) pas)\b|"
        r"^((et|alors)\s+)?(qu'est[- ]ce qu'(il|elle)s?|que) (accepte|acceptent|prend|"
        r"prennent|recupere|recuperent)\b|"
        # (the same asked with its refusal first: 'X refuse quoi comme dons ?', 'qu'est-ce
        # que X n'accepte pas ?', 'ce qu'ils ne prennent pas')
        r"\brefus\w* (quoi|quel\w*|quels? (objets|dons|produits|articles))\b|"
        r"\brefus\w*(-t-(il|elle)s?)? (anything|something|any \w+|des (objets|dons|choses)|"
        r"certain\w* (objets|dons|choses))\b|"
        r"\b(qu'est[- ]ce qu[e'] ?|ce qu[e'] ?)([\w'-]+ ){0,5}(n'accept\w*|ne (prend|prennent|"
        r"recupere\w*|collecte\w*)) pas\b|\bqu'est[- ]ce qu[e'] ?([\w'-]+ ){0,5}refus\w*",
        r"matieres? concernees|materiau initial",
    ),
    # Where it acts: 'son périmètre', 'sa zone d'action', 'what area does it cover'.
    SubpartAsked(
        "perimeter",
        "périmètre de l'action",
        "area covered",
        r"perimetre|zone (d.action|d.intervention|couverte|geographique)|territoire couvert|"
        r"rayon d.action|area (covered|served)|catchment|"
        # a radius asked ('il agit dans quel rayon ?', 'within what radius?'), no shelf
        r"\b(dans|sur|within|in) (quel|un|what|which|a) (rayon|radius)\b|"
        r"\bhow (big|wide|large) (is )?(the |its |their )?(radius|area)\b|\bradius\b|"
        r"what area does \w+ (cover|serve)|where does \w+ (operate|work|act)\b",
        r"perimetre",
    ),
    # Who it serves: 'ses bénéficiaires', 'pour qui', 'who benefits', 'its target public'.
    SubpartAsked(
        "beneficiaries",
        "bénéficiaires",
        "beneficiaries",
        r"beneficiaires?|beneficiar\w+|\bwho benefits\b|qui (en )?(beneficie|profite)\w*|"
        r"\bwho (does|do) ([\w'-]+ ){1,6}(help|serve|benefit)\b|"
        r"public (vise|cible|concerne)|target (group|audience|public)|\bfor whom\b|"
        r"\busagers?\b|\bclients? (de|of)\b|who (are|is) (its|their) (users|clients|customers)|"
        # a terse noun alone, the structure's own ('Panier de la Mer 62 : public et
        # partenaires ?', 'VESTALI: customers and budget?', 'son public ?'). Class: a
        # two-part question in few words whose bare noun was glued to the other part.
        r"(^|[,:;]\s*|\b(son|sa|ses|leur|leurs|its|their)\s+)(public|publics|cibles?|"
        r"clients|clientele|customers|users|audience)\W*$",
        r"beneficiaires?|usagers?",
    ),
)


# An activity the question says does not happen ('les jouets qu'elle ne peut pas remettre en
# vente', 'objects it can't reuse', 'ce qui n'est plus vendu'): what becomes of things is asked,
# so a sentence doing that activity is no answer. The words of the negation and the three after
# it. Folded.
NEGATED_ACTIVITY = _rx(
    r"\b(?:ne|n.)\s*(?:[^\W\d_]+\s+){0,2}?(?:pas|plus|jamais)(?:\s+[^\W\d_]+){0,3}|"
    r"\b(?:can.?t|cannot|can not|could not|couldn.?t|won.?t|doesn.?t|don.?t|not|unable to|"
    r"no longer)(?:\s+[^\W\d_]+){1,3}"
)


# A sentence whose subject is a pronoun, after at most a short lead-in ('Ils sont triés …
# puis nettoyés', 'En son sein, elles trient …', 'It sells …'), folded: it goes on about what
# the sentence before it named, so an open question's things named there are its things too.
# Class: open questions whose answer's subject is a pronoun ('how are the toys cleaned?').
PRONOUN_SUBJECT = _rx(r"^(?:[^,.;:]{1,40},\s*)?(?:il|elle|ils|elles|it|they)\b")


# Why a structure exists or acts: 'pourquoi X a-t-elle été créée ?', 'why did it start?',
# 'what problem does it solve?', 'dans quel but ?', 'pk ils font ça' (folded). Class: open
# questions asking a reason or a purpose (answering/reasons.py).
REASON_ASKED = _rx(
    r"\b(pourquoi|pq|pk|pkoi|why|wherefore)\b|\bpour quoi faire\b|\bpour quelles? raisons?\b|"
    r"\bdans quel but\b|\ba quoi (sert|servent)\b|\braison d.etre\b|\bfor what (reason|purpose)\b|"
    r"\bwhat (is|was) (the |its |their )?(purpose|aim|reason|point)\b|\bwhat for\b|"
    r"\bwhat (problems?|needs?|issues?) .{0,60}?\b(solv|address|tackl|answer|meet|fix)\w*|"
    r"\bquels? (problemes?|besoins?) .{0,60}?\b(resou|resol|repond|regl|trait)\w*"
)
# A question opening by asking a reason ('why did the Hirson shop stop?', 'pourquoi le
# magasin a fermé ?', 'and why were the sites cut?', 'how come the budget fell?'): it asks a
# sentence giving the reason, never the figure a noun of it names ('shop', 'sites', 'budget')
# (folded). Class: open questions asking a reason.
REASON_OPENS = _rx(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|so|donc)\W+)?"
    r"(?:pourquoi|why|how come|pour quelles? raisons?|for what reason)\b"
)
# The structure's reason for being asked, with no birth named: 'what problem does X solve?',
# 'quel problème résout X ?', 'à quoi sert X ?', 'what is its purpose?', 'what need does it
# meet?', 'sa raison d'être' (folded). Class: why a structure exists (answering/reasons.py).
PURPOSE_ASKED = _rx(
    r"\ba quoi (sert|servent)\b|\braison d.etre\b|\bfor what purpose\b|"
    r"\bwhat (is|was) (the |its |their )?(purpose|aim|point)\b|"
    r"\bwhat (problems?|needs?|issues?) .{0,60}?\b(solv|address|tackl|answer|meet|fix)\w*|"
    r"\bquels? (problemes?|besoins?) .{0,60}?\b(resou|resol|repond|regl|trait)\w*"
)
# The words by which a fiche gives a reason or a purpose: 'avec pour objectif', 'afin de',
# 'permettant de', 'motivés par', 'suite à une étude', 'face à une demande', 'constatant',
# 'œuvre pour', 'la solution la plus pragmatique' (folded).
PURPOSE_STATED = (
    r"\bobjectifs?\b|\bpour objet\b|\bafin (de|d.)|\bpermet\w* (de |d.|aux? )|\bpermettant\b|"
    r"\bmotive\w* par\b|\bsuite (a|au|aux) |\bface (a|au|aux) |\bconstat\w*|\ben reponse\b|"
    r"(?<!\w)(oe|œ)uvre\w* pour\b|\bsolutions?\b|\bdu fait (de|d.|du|des)\b|\bvis(e|ent|ant)\b|"
    r"\bau profit\b|"
    r"\bdans le but\b|\bau service\b|\bpour (repondre|limiter|reduire|lutter|favoriser|faciliter|"
    r"contribuer|permettre|inserer|aider|developper|valoriser)\b"
)
# A sentence explaining the one before it: 'Ce choix de production est plus adapté …', 'Cette
# décision …', 'C'est pourquoi …', 'En effet, …' (folded, at its start). Class: 'why' asked
# of an action ('pourquoi produit-elle en séries ?'), whose reason the next sentence gives.
REASON_FOLLOWS = _rx(
    r"^(ce|cette|ces) (choix|decision|option|orientation|strategie|changement)\b|"
    r"^(c.est (pourquoi|pour cela)|en effet|car)\b"
)
# A sentence stating why its actor does something, with a causal or final shape: 'la solution
# la plus pragmatique', 'dans l'objectif d'auto-financer ce projet', 'afin de', 'car', 'parce
# que', 'plus adapté à' (folded). Narrower than PURPOSE_STATED ('suite à', 'face à' date a
# step more than they explain it). Class: 'why' asked of an action.
CAUSE_STATED = _rx(
    r"\b(la|une) solution\b|\bapparai\w* comme\b|\bdans l.objectif\b|\bafin (de|d.)|"
    r"\bcar\b|\bparce qu|\ben raison d|\bc.est pourquoi\b|\b(plus|mieux) adapte|"
    r"\bpour (le |la |les )?(perenniser|auto-?financer)\b|\bavec pour objectif\b"
)
# A sentence telling a structure's birth: 'est créée', 'crée l'association', 'naît', 'fusionnent
# … et donnent naissance', 'voit le jour' (folded). Class: why a structure was created.
CREATION_STATED = _rx(
    r"\bcre(e|ee|es|ees|ent|er|ation)\b|\bfond(e|ee|es|ees|ent|ation)\b|\bnait\b|"
    r"\bnaissance\b|\b(voit|vu) le jour\b"
)
# A structure's start asked (besides CREATION_WORDS): 'why did it start?', 'pourquoi a-t-elle
# démarré ?', 'why was it set up / launched?' (folded).
STARTED_ASKED = _rx(
    r"\b(start(ed)?|begin|began|begun|launch(ed)?|set up|come about|exist|existe)\b|"
    r"\b(demarre|lance|monte)e?s?\b"
)


# Someone asking how to give the structure something: 'comment donner des jouets à X ?', 'how
# can I donate toys?', 'je veux donner des vêtements', 'where can I drop off furniture?'
# (folded). Class: open questions on how donations reach a structure (collection points,
# deposits, pick-up), answered by the donation frame of `OPEN_FRAMES`.
DONATION_ASKED = _rx(
    r"\b(comment|how|ou|where|can i|could i|can we|puis-je|peut-on|on peut|je (veux|voudrais|"
    r"souhaite)|i (want|would like|.d like))\b.{0,50}?\b(donn(er|e|ez)|fai\w* (un )?dons?|"
    r"donat\w*|give|giving|drop(ping)? off|depos(er|e)|apport(er|e))\b|"
    r"\b(faire|make) (un |a )?(dons?|donations?)\b"
)
# The verbs of that giving, the asker's act and not the structure's ('elle leur donne un
# ordinateur' is the reverse way): no activity of it to look for (folded).
GIVING_VERB = _rx(r"(donn|dons?$|give|giv|gave|donat|drop|depos|apport|bring)\w*")


# What a question asking who buys from a structure says (the frames 'buyers' and 'sold_to'
# below): 'qui achète ses meubles', 'à qui vend-elle', 'who are its customers', 'who can shop
# there'. Folded.
_BUYERS_ASKED = (
    r"\bqui (achete|achetent|consomme)\w*|\ba qui .{0,40}?vend\w*|\bclients?\b|"
    r"\bclienteles?\b|\bacheteurs?\b|\bwho (buys|purchases|buy)\b|\bcustomers?\b|"
    r"\bbuyers?\b|\bclients?\b|\bwho (does|do) .{1,60}? sell to\b|"
    # who may buy there ('who can shop at …?', 'qui peut acheter à l'épicerie ?')
    r"\bwho (can|could|may|is allowed to) (shop|buy|purchase)\b|"
    r"\bqui (peut|peuvent|a le droit d|ont le droit d)\w* "
    r"(acheter|consommer|faire ses courses)"
)


@dataclass(frozen=True)
class OpenFrame:
    """What an open question about how a structure works asks, beyond its things and verb
    ('d'où viennent ses jouets ?' asks a provenance, 'who buys its furniture?' its buyers,
    'what happens to the fish it collects?' what becomes of it): `asked` reads the frame in
    the folded question (FR and EN), `stated` the words a sentence answering it uses (folded).
    A sentence of the fiche saying so is preferred to one that only shares the thing's name."""

    name: str
    asked: str
    stated: str


OPEN_FRAMES: tuple[OpenFrame, ...] = (
    # Where things come from: 'd'où viennent les jouets', 'comment récupère-t-il son bois',
    # 'where does it get its textiles from', 'how does it source its wood'.
    OpenFrame(
        "provenance",
        r"\bd.ou (vien|provien|arriv)\w*|\bprovenance\b|\borigine (de|des|du)\b|"
        r"\bcomment .{0,50}?\b(recupere|obtient|trouve|collecte|se procure|s.approvisionne)\w*|"
        r"\bwhere (does|do) .{1,60}? (get|source|obtain|find|collect)\b|"
        r"\bwhere .{1,60}? comes? from\b|\bhow (does|do) .{1,60}? (get|obtain|source|collect)\b|"
        r"\b(comes?|coming) from\b|\bsupplie(s|d|rs?)\b|\bfournisseurs?\b|\bqui fournit\b",
        r"\bcollect(?!iv)\w*|\bdons?\b|\bdonateurs?\b|\bprovien\w*|\bissu(e|s|es)? de|\brecup\w*|"
        r"\bdepos\w*|\bgisement|\bfourni\w*|\bapports?\b|\bva chercher\b|\baupres d|\bapres d",
    ),
    # Who buys: 'qui achète ses meubles', 'à qui vend-elle', 'who are its customers'.
    OpenFrame(
        "buyers",
        _BUYERS_ASKED,
        # (the card's line first: 'pouvoir d'achat de ses clients' names no buyer)
        r"\busagers? clients?\b|\bclient\w*|(?<!pouvoir d.)\bachat\w*|\bachet\w*|"
        r"\bconsommateurs?\b",
    ),
    # ... and a sale to someone names who buys, a frame of its own so that it counts beside
    # the buyers' words ('vend 250 paniers … à divers adhérents-consommateurs et … à des
    # personnes en précarité' over 'des engagements d'achats des adhérents clients'; 'vendus
    # à des entreprises', 'sold to local firms')
    OpenFrame(
        "sold_to",
        _BUYERS_ASKED,
        r"\b(re)?vend(s|ent|ons|u|us|ue|ues)?\b[^.;]{0,90}?\b(a|aux|aupres d\w*) "
        r"(?!\d)(des?\b|d.|divers\w*|les?\b|la\b|l.|\w+s\b)|"
        r"\bsold to\b|\bsells? ([\w'-]+ ){0,6}to\b",
    ),
    # What becomes of things: 'que deviennent les jouets abîmés', 'que fait-il des invendus',
    # 'what happens to the fish', 'what does it do with objects it cannot reuse'.
    OpenFrame(
        "fate",
        r"\bque deviennent\b|\bque devient\b|\bque fai\w*[- ].{0,60}?\b(de|des|du|avec)\b|"
        r"\bwhat happens to\b|\bwhat (does|do) .{1,60}? do with\b|\bwhere (does|do) .{1,60}? go\b|"
        r"\bou (vont|va|partent)\b",
        r"\btransform\w*|\bredistribu\w*|\bdistribu\w*|\bdestin\w*|\brecycl\w*|\brevend\w*|"
        r"\breutilis\w*|\bvaloris\w*|\bdemont\w*|\btransmis\w*|\bapporte\w*|\bservent\b|"
        r"\bdetrui\w*|\bdetruit\w*",
    ),
    # How people get what it offers: 'comment les clients récupèrent leurs commandes', 'how do
    # customers get their baskets', 'where can people pick up'.
    OpenFrame(
        "pickup",
        r"\bhow (do|does|can) .{0,40}?\b(get|receive|collect|pick up|obtain)\b|"
        r"\bpick(ed)? up\b|\bcomment .{0,40}?\b(recuperent|obtiennent|recoivent|retirent|"
        r"ont acces)\b|\bou (recuperer|retirer|chercher)\b",
        r"\bviennent chercher\b|\bretir\w*|\blivr\w*|\bpoints? de (distribution|depot|retrait)|"
        r"\bclick and collect\b|\bdistribu\w*",
    ),
    # How it pays its way: 'comment financent-ils leur activité', 'how is it funded'.
    OpenFrame(
        "funding",
        r"\bcomment .{0,60}?\bfinanc\w*|\bhow (is|are|does|do) .{1,60}? (funded|financed|fund|"
        r"finance|paid for)\b|\bse financ\w*|"
        r"\bgagn\w*(-\w+){0,2} (de l.|leur |sa |son )?(argent|vie)\b|"
        r"\bmakes? (its |their )?(money|living)\b",
        r"(?<!non )\bfinanc\w*|\bsubvention\w*|\brecettes?\b|\bressources?\b|\badhesions?\b|"
        r"\bmecenat\b",
    ),
    # Where and how it sells: 'how does X sell its products?', 'comment vendent-ils ?', 'où
    # vend-elle ?', 'where can I buy their jam?' — the sentence naming its shop, its website,
    # its markets or pick-up points, not one about its sales figures.
    OpenFrame(
        "channels",
        r"\bhow (does|do|can|is|are) .{1,60}?\b(sell|sells|sold|market|marketed)\b|"
        r"\bcomment .{0,60}?\bvend\w*|\bou .{0,40}?\b(vend|vendent|achete\w*|acheter)\b|"
        r"\bwhere (can|do|does|could) .{1,60}?\b(buy|sell|sells|purchase)\b",
        r"\bboutiques?\b|\bmagasins?\b|\ben ligne\b|\binternet\b|\bclick and collect\b|"
        r"\bmarches\b|\bpoints? de (vente|distribution|depot)\b|\blivraisons?\b|\bdrive\b|"
        r"\bshowroom\b|\bcatalogue\b|\bsite (web|internet)\b|\bepiceries?\b",
    ),
    # How donations reach it: 'comment donner des vêtements à X ?', 'how can I donate toys?' —
    # the sentence on collection points, deposits or pick-up, not its objective.
    OpenFrame(
        "donation",
        DONATION_ASKED.pattern,
        # (what the structure does with things once given, 'collecte', 'récupère', is its
        # provenance, not how to give)
        r"\bdepos\w*|\bdonateurs?\b|\bdons?\b|\bpoints? (de )?(collecte|depot|apport|relais?)\b|"
        r"\bva chercher\b|\bse deplace\w*|\bbennes?\b|\bprovien\w*|\bparticuliers\b",
    ),
    # Why: 'pourquoi ont-ils créé un drive ?', 'what problem does it solve?', 'why do they
    # sell baskets cheaply?' — the sentence giving the reason or the purpose.
    OpenFrame("reason", REASON_ASKED.pattern, PURPOSE_STATED),
    # What it sells or makes: 'que vendent-ils ?', 'what do they sell / grow / make?'.
    OpenFrame(
        "goods",
        r"\bque (vend|produi|propos|fabriqu|cultiv|confectionn)\w*|\bquels? (produits|articles)\b|"
        r"\bwhat (do|does) .{1,60}? (sell|produce|make|grow|offer)\b|\bwhat (products|goods)\b",
        r"\bmatieres? concernees\b|\bproduits?\b|\bvente de\b|\barticles?\b",
    ),
    # How it is organised: 'comment est organisée X', 'how is it organised / structured'.
    OpenFrame(
        "organisation",
        r"\bcomment .{0,40}?\b(organise|structure|fonctionne)\w*|\bhow (is|are|does|do) .{1,60}?"
        r"\b(organi[sz]ed|structured|run|work)\b|\borgani[sz]ation\b",
        r"\bpoles?\b|\bcompose\w*|\bateliers?\b|\bequipes?\b|\bservices?\b",
    ),
)


# The words for a person by their role or tie to a structure ('le directeur', 'the founder',
# 'les salariés'), as an age question asks them (Unstated 'person_age'). Folded.
PERSON_ROLE_WORDS = (
    r"directeur|directrice|president\w*|fondat(eur|rice)s?|dirigeant\w*|responsable|gerant\w*|"
    r"salarie\w*|benevole\w*|chef de projet|coordinat\w+|director|founders?|manager|"
    r"head(?! office)|chair\w*|ceo|employees?|volunteers?|staff|workers?|boss"
)

# Who leads a structure, as a question names them ('le parcours de la directrice', "the
# founder's background"): a leader's own past, never the staff's ('le parcours des salariés
# en insertion' is the structure's insertion pathway, which fiches do tell). Folded.
LEADER_ROLE_WORDS = (
    r"directeur|directrice|president\w*|fondat(eur|rice)s?|dirigeant\w*|responsable|gerant\w*|"
    r"chef de projet|coordinat\w+|initiat(eur|rice)s?|director|founders?|manager|"
    r"head(?! office)|chair\w*|ceo|boss"
)
# A person's background asked (class: 'quel est le parcours du directeur ?', 'qu'a fait
# Christelle Cousin avant de créer l'association ?', "what's the founder's background?",
# 'what did he do before founding it?'): the cards name people and roles, never a career, a
# degree or a former job. What the person did before is asked of the person ('qu'a fait
# … avant', 'what did she do before'): 'before launching the shop' alone is the structure's
# own story, which fiches tell ('what studies before launching?'). Asked of a role
# (`UNSTATED` 'person_background') or of a person the cards name (the planner's
# `_detail_of_a_person`). Folded.
BACKGROUND_ASKED = (
    r"\bparcours\b|\bcv\b|curriculum|\bdiplome\w*|\bformation (initiale|d.origine)\b|"
    r"\b(ses|leurs) etudes\b|\betudes\b[^?]{0,30}\b(faites|suivies)\b|"
    r"\bancien(ne)? (metier|emploi|poste|travail)\b|\bmetier d.origine\b|"
    r"\bexperience\w* (professionnel\w*|passee\w*|anterieure\w*)|\bfai(t|sait|saient) avant\b|"
    r"\bqu.a[- ]t[- ](il|elle) fait\b[^?]{0,40}\bavant\b|\bqu.a fait\b[^?]{0,40}\bavant\b|"
    r"\bbackground\b|\bcareers?\b|\bdegrees? (in|from)\b|"
    r"\bprevious (job|work|career|experience|position)\b|\b(do|did|doing) before\b|"
    r"\bwhat did (he|she)\b[^?]{0,40}\bbefore\b|\bused to (do|work)\b"
)


@dataclass(frozen=True)
class Unstated:
    """A kind of fact the booklet's fiches do not hold as a field (prices, opening hours);
    asked for, it is answered only if some sentence of the fiche states it."""

    name: str
    label_fr: str
    label_en: str
    asked: str
    stated: str
    # What a sentence says that comes nearest without stating it ('3 jours d'ouverture' for
    # the hours, 'vendus à petits prix' for a price): the nearest fact, when no value is given.
    near: str = ""
    # Asked of a day ('ouvert le samedi ?', 'open on Sundays?'), only a sentence naming that
    # day states it; '3 jours d'ouverture' is then the nearest fact.
    by_day: bool = False
    # What a sentence must also hold to give the value asked, not only name the thing (class:
    # a salary asked, met by 'pour les salaires des personnes en contrats aidés', a funder's
    # purpose that gives no salary): that sentence is then the nearest fact. A yes/no
    # question ('paie-t-elle des salaires ?') needs no value, nor one asking who pays or
    # funds it (`value_unless`: 'qui finance les salaires ?' is answered by that line).
    value: str = ""
    value_unless: str = ""
    # A yes/no question needs the value too ('Does a basket cost more than 20 euros?' is not
    # answered by a sentence naming a price), unless `value_unless` says otherwise.
    yes_no_needs_value: bool = False
    # What comes nearest when not even `near` is stated: the place the kind is asked of
    # (class: opening hours asked of a structure whose fiche gives no days either, 'et leurs
    # horaires ?', 'when is their shop open?', 'à quelle heure ouvre l'épicerie ?': the
    # sentence saying what is open to whom, its shop, its premises, not an unrelated one).
    near_place: tuple[str, ...] = ()


# Days of the week as a question may name them (folded, FR and EN) -> the booklet's word.
WEEKDAYS: dict[str, str] = {
    "lundi": "lundi",
    "mardi": "mardi",
    "mercredi": "mercredi",
    "jeudi": "jeudi",
    "vendredi": "vendredi",
    "samedi": "samedi",
    "dimanche": "dimanche",
    "monday": "lundi",
    "tuesday": "mardi",
    "wednesday": "mercredi",
    "thursday": "jeudi",
    "friday": "vendredi",
    "saturday": "samedi",
    "sunday": "dimanche",
}


# The words of price itself, left out of the thing a price question names (answering/
# priced_thing.py). Class: the price of one thing ('le prix de l'éco-pâturage').
# The frame's verbs too: 'how much does it charge for …' names no 'charge' thing.
PRICE_WORDS = (
    "prix cout couts tarif tarifs price prices cost costs montant charge charges charged "
    "charging payer paye payes pay pays paid paying facture factures"
)
# What a price is asked of, as the question's syntax binds it (folded): after 'le prix de',
# 'the cost of', or the subject of 'combien coûte X', 'how much does X cost' ('how much do
# the solidarity ones cost the families?': the ones, not the families). Class: the price of
# one thing (answering/priced_thing.py).
PRICED_OBJECT = (
    re.compile(
        r"\b(prix|tarifs?|couts?|prices?|costs?|fees?)\s+(?P<thing>(de|du|des|d'|of|for)\b[^?]+)"
    ),
    # 'combien paient les familles pour leur panier ?': French inverts the payer after the
    # verb; the thing paid for follows 'pour' (class: a price asked as what a payer pays)
    re.compile(
        r"\bcombien\b[^?]*\b(paient|payent|paie|paye|payez)\b[^?]*?\bpour\s+(?P<thing>[^?]+)"
    ),
    re.compile(r"\bcombien (coute|coutent|coutait|coutaient|vaut|valent) (?P<thing>[^?]+)"),
    # 'Do people pay for the cooking workshops?', 'faut-il payer les ateliers ?'
    re.compile(
        r"\b(pay|pays|paid|payer|paient|payent)\s+(?P<thing>(for|pour|les|le|la|l'|des|du)\b[^?]+)"
    ),
    # 'how much do families pay?' names the payer, no thing priced: it binds none (class: a
    # price answered as unstated for want of the payer in the sentence giving the amount)
    re.compile(
        r"\bhow much (is|are|was|were|does|do|did|would|will) (?![^?]*\bpay\b)"
        r"(?P<thing>[^?]+?)\s*(\bcosts?\b|\bcharge\b|\?|$)"
    ),
)
# A yes/no question asking whether a cost is paid at all ('Do they pay rent for their
# shops?', 'paient-ils un loyer ?'), not an amount or a level (folded).
WHETHER_PAID = re.compile(
    r"^(?![^?]*(\d|\bcher|expensive|cheap|\bmore\b|\bless\b|\bplus\b|\bmoins\b|combien|"
    r"how much))[^?]*\b(pay|pays|paid|paying|payer|paie\w*|paient|payent|rent|loyers?)\b"
)
# A sentence saying a thing is given or lent at no cost (folded). Class: whether a cost is
# paid, answered no ('mises à disposition gratuite des locaux', 'free of charge').
FREE_STATED = re.compile(
    r"\bgratui\w*|\b(sans|pas de|aucuns?) (loyer|frais|contrepartie)\b|\ba titre gracieux\b|"
    r"\bfree of charge\b"
)

UNSTATED: tuple[Unstated, ...] = (
    Unstated(
        "hours",
        "horaires d'ouverture",
        "opening hours",
        TIMES_ASKED,
        r"\b\d{1,2} ?h( ?\d{2})?\b|\b\d{1,2}:\d{2}\b",
        DAYS_STATED,
        by_day=True,
        near_place=OPEN_PLACE_STATED,
    ),
    Unstated(
        "opening_days",
        "jours d'ouverture",
        "opening days",
        DAYS_ASKED,
        DAYS_STATED,
        DAYS_STATED,
        by_day=True,
    ),
    # Class: what it costs to start such a structure ('combien ça coûte de démarrer ?', 'how
    # much does it cost to set one up?', 'il a fallu combien pour se lancer ?'): no fiche
    # states a start-up cost; its budget, investments and start-up funding come nearest
    # (not a 'price', nor a sentence about costly premises).
    Unstated(
        "startup_cost",
        "coût de démarrage",
        "start-up cost",
        # (a money word before the start: 'combien de personnes pour démarrer ?' counts people)
        r"\b(cout(?!ur|um)\w*|cost\w*|argent|money|fonds|capital|budget|investissement|investment|"
        r"(besoin de|fallu|faut|falloir) combien|combien (ca|il (a )?fau\w*|d'argent)|"
        r"how much (money|cash|funding|did it take|does it take|do you need|is needed))\b"
        r"[^?]{0,40}\b(demarr\w*|se lancer|lancer|lancement|monter|ouvrir|start(ing)?"
        r"( (up|one|it|a))?|set(ting)? (it |one )?up|launch(ing)?|open(ing)? (one|it|a))\b|"
        r"\b(budget|investissement|capital|apport)s? (de depart|initial|de demarrage)|"
        r"\bstart-?up (costs?|capital|budget|funding)|\binitial (investment|costs?|capital)",
        r"\d[\d  .,]*\s?(€|euros?)[^.]{0,60}\b(demarrage|lancement|creation|investi\w*)\b|"
        r"\b(demarrage|lancement|investissement)\b[^.]{0,60}\d[\d  .,]*\s?(€|euros?)",
        # its budget line: what it lives on, nearest
        r"\bbudget (global|de fonctionnement|previsionnel)",
    ),
    Unstated(
        "price",
        "prix",
        "price",
        # 'how much does it cost', 'how much is a basket'; 'how much does it sell' is a quantity
        # 'how much does it charge for …': a price (French 'charges' are costs, not asked so)
        r"\bprix\b|\bcoute?n?t?\b|\bcout\b|tarifs?|\bprices?|\bcosts?\b|how much (is|are)\b|"
        r"\bhow much (does|do|did|would|will)\b[^?]{0,60}\bcharge\b|"
        # ('pay with a local currency', 'payer par carte': a means of payment, no price)
        r"\bfees?\b|cotisation|montant de l.adhesion|\bpay\b(?! (with|by|using|in)\b)|"
        r"payer(?! (en|par|avec)\b)|"
        # whether a cost is paid, said with the conjugated verb or the rent ('paient-ils un
        # loyer ?', 'est-ce qu'ils payent leurs locaux ?'): priced_thing.py answers it
        r"\bpa(ie|ye)nt\b|\bloyers?\b",
        # an amount (`value`), or a sentence naming a fee or who bears the costs
        r"\d[\d  .,]*\s?(€|euros?)\s*(l[ae] |par |/ ?|le )?(kilo|kg|piece|panier|colis|an|mois|"
        r"adhesion|cotisation)|prix de \d|cotisation de \d|adhesion (annuelle )?(de|a) \d|"
        r"\bde \d+ (a|-) \d+ ?(€|euros)|"
        r"\bfrais\b|\bcotisations?\b|\badhesions?\b|\bpayant\w*|\bpaie\w*|\bpaient\b|\bpayer\b|"
        r"\bpris\w* en charge\b",
        r"\bprix\b|tarif|\bcout|gratuit|payant|moitie prix|bon marche",
        value=r"\d[\d  .,]*\s?(€|euros?)\s*(l[ae] |par |/ ?|le )?(kilo|kg|piece|panier|colis|an|"
        r"mois|adhesion|cotisation)|prix de \d|cotisation de \d|adhesion (annuelle )?(de|a) \d|"
        r"\bde \d+ (a|-) \d+ ?(€|euros)",
        # Class: who pays the costs ('Who pays the running costs of X?', 'qui paie les frais
        # de …'), or whether a fee is paid at all ('Do the members pay a fee?', 'faut-il payer
        # une cotisation ?'): a sentence saying who bears them or that a fee is paid answers,
        # with no amount. An amount or a level asked ('more than 20 €', 'cher') needs one.
        value_unless=r"\b(qui|who|whom)\b[^?]*\b(pai\w*|pay\w*|financ\w*|prend\w* en charge|"
        r"covers?|bears?|funds?)\b|"
        r"^(do|does|did|est-ce qu\w*|faut-il|doit-on|doivent-ils|y a-t-il|is there|are there)\b"
        r"(?![^?]*(\d|\bcher|expensive|cheap|\bmore\b|\bless\b|\bplus\b|\bmoins\b|combien|"
        r"how much))[^?]*\b(fees?|cotisations?|frais|dues|subscriptions?|membership|adhesions?)\b|"
        # Class: how the costs are met ('How are the running costs paid for?', 'comment sont
        # financés les frais ?'): asks who or what bears them, as 'who pays' does; 'how much
        # is paid' asks an amount.
        r"\b(how|comment)\b(?! much)[^?]*\b(paid|covered|funded|financed|met|pa(ye|ie)s?|"
        r"couverts?|couvre\w*|financ\w*|pris\w* en charge)\b",
        yes_no_needs_value=True,
    ),
    Unstated(
        "salary",
        "salaire",
        "salary",
        # 'earn' is a wage when people earn it ('what do the employees earn'); a structure
        # that earns has a turnover (the measure 'chiffre_affaires')
        # 'how is X paid for?' asks who bears a cost, not a wage (class: how costs are met)
        r"salaires?|salary|salaries paid|wages?|remuneration|\bpaid\b(?! for)|"
        r"\b(employees?|staff|workers?|people|volunteers?|salaries|salarie|employes?|"
        r"directors?|directrice|directeur|boss|managers?|president|head|chair\w*|he|she|they|"
        r"someone|everyone|each)\s+"
        r"(\S+\s+){0,6}earn(s|ing)?\b|"
        r"combien gagne|gagne combien|\bremunere|"
        # a person paid ('la directrice, elle est payée combien ?', 'combien est payé
        # l'ambassadeur ?'): a wage asked; the payer who 'paye combien pour un panier'
        # asks a price
        r"\b(est|sont|etait|etaient|sera|seront)\s+payee?s? combien\b|"
        r"\bcombien (est |sont )payee?s?\b",
        r"salaire|remuner|smic",
        near=r"salaire|remuner",
        value=r"\d|\bsmic\b",
        value_unless=r"\b(qui|who|whom)\b|financ|\bfund|\bpa(ys|id) for\b",
    ),
    Unstated("vat", "TVA", "VAT", r"\btva\b|\bvat\b", r"\btva\b"),
    # Class: a person's past ('What was her job before?', 'elle faisait quoi avant ?', 'son
    # ancien métier ?') after a turn naming them: the fiches tell what people do for the
    # structure, seldom what they did before; only a sentence saying so answers, else the
    # fiche's sentence about that person is the nearest fact (not a headcount of jobs).
    Unstated(
        "person_past",
        "parcours antérieur",
        "past career",
        r"\b(her|his) (job|career|work|profession|occupation|background|line of work)\b[^?]{0,20}"
        r"\b(before|previously|earlier|prior)\b|"
        r"\bwhat (did|was) (she|he) (do|doing|working as)\b[^?]{0,30}\bbefore\b|"
        r"\bwhat did (she|he) do (for a living )?before\b|"
        r"\b(elle|il) (faisait|travaillait|bossait) (quoi|ou|dans quoi)?\s*(avant|auparavant)\b|"
        r"\b(que|qu.est-ce qu.)\s*(faisait|elle faisait|il faisait)[ -]?(elle|il)? (avant|"
        r"auparavant)\b|\b(son|sa) (ancien|ancienne|precedent|precedente) (metier|emploi|poste|"
        r"travail|job|carriere)\b|\b(son|sa) (metier|emploi|poste|travail|job|parcours|"
        r"carriere) (d.)?(avant|auparavant|precedent)\b",
        r"\bauparavant\b|\bprecedemment\b|\bformerly\b|\bpreviously\b|"
        r"\bancien(ne)? (salarie|directeur|directrice|cadre|enseignant|educat\w*|chef)\w*",
        near=r"\binitiat\w*|\bfondat\w*|\bembauche\w*|\bcree\w*",
    ),
    # Class: a person's age ('quel âge a le directeur ?', "the founder's age", 'how old is
    # the director?'): the contact cards name people and roles, never an age; the structure's
    # own age is its creation date (EVENTS 'creation'), asked without a person. A person named
    # ('how old is Matthieu Renard?') is read by the planner (`_detail_of_a_person`).
    Unstated(
        "person_age",
        "mention d'âge",
        "age",
        rf"\b(quel age|l.age|how old|the age|age|date de naissance|birth\w*|born)\b[^?]{{0,30}}"
        rf"\b({PERSON_ROLE_WORDS})\b|"
        rf"\b({PERSON_ROLE_WORDS})('s| s)? age\b|"
        rf"\b({PERSON_ROLE_WORDS})\b[^?]{{0,20}}\b(born|birthday)\b|"
        # the people named first, their age asked after ('les salariés en insertion du
        # Jardin ont quel âge en moyenne ?', 'the volunteers there, how old are they?')
        rf"\b({PERSON_ROLE_WORDS})\b[^?]{{0,60}}\b(quel age|how old|age moyen|average age)\b|"
        # a person pointed at by an English pronoun ('and how old is she?', 'what's his age?'
        # after 'who runs it?'): a structure is 'it' or 'they', never 'she' or 'he'
        r"\bhow old (is|was) (she|he)\b|\b(her|his) age\b|\bwhen was (she|he) born\b|"
        r"\bwhat age is (she|he)\b",
        r"\b\d{2} ans\b|\bage de \d|\baged? \d|\b\d{2} years old\b",
        r"\b(directeur|directrice|dirige\w*|fondat(eur|rice)s?|president\w*|chef de projet|"
        r"initiat(eur|rice)s?)\b",
    ),
    Unstated(
        "person_background",
        "parcours de la personne",
        "background",
        rf"(?:{BACKGROUND_ASKED})[^?]{{0,40}}\b({LEADER_ROLE_WORDS})\b|"
        rf"\b({LEADER_ROLE_WORDS})('s| s)?\b[^?]{{0,40}}(?:{BACKGROUND_ASKED})",
        r"\bancien(ne)?s? (directeur|directrice|cadre|enseignant\w*|ingenieur\w*|salarie\w* de)\b|"
        r"\bdiplomee? (de|d.|en)\b",
        r"\b(directeur|directrice|dirige\w*|fondat(eur|rice)s?|president\w*|chef de projet|"
        r"initiat(eur|rice)s?)\b",
    ),
    Unstated("fax", "numéro de fax", "fax number", r"\bfax\b|telecopi\w*", r"\bfax\b|telecopi"),
    Unstated(
        "capacity",
        "capacité d'accueil",
        "capacity",
        r"capacite d.accueil|how many (people|visitors) can|places disponibles",
        r"capacite|places",
    ),
    # Class: a detail of the identity card the booklet's cards do not carry (its bank details,
    # its share capital): answered only where a sentence states one ('IBAN FR76 …', 'au
    # capital de 5 000 €').
    Unstated(
        "bank_details",
        "coordonnées bancaires",
        "bank details",
        r"\biban\b|\brib\b|coordonnees bancaires|bank (details|account)|\bbic\b|swift",
        r"\biban\b|\brib\b|\bfr\d{2} ?\d{4}",
    ),
    Unstated(
        "share_capital",
        "capital social",
        "share capital",
        r"capital social|share capital|au capital de|montant du capital",
        r"\bcapital (social )?(de )?\d|\bau capital de\b",
    ),
    # Class: the name a structure bore before ('X s'appelait comment avant ?', 'quel était son
    # ancien nom ?', 'what was it called before?', 'was it formerly known as something
    # else?'): answered only where its story states a change of name or a merger giving
    # birth to it ('fusionnent en 2018 et donnent naissance à Synapse 3i'); else its founding
    # is the nearest fact.
    Unstated(
        "former_name",
        "ancien nom",
        "former name",
        r"\bs.appel\w* comment avant\b|\bcomment (s.appel\w*|se nomm\w*) (il|elle|ils|elles|"
        r"[a-z0-9' -]{2,40}) avant\b|\bancien(s)? noms?\b|\bnom d.avant\b|\bavant de s.appeler\b|"
        r"\bformer names?\b|\bprevious names?\b|\bold name\b|\bformerly (called|known|named)\b|"
        r"\b(called|named) before\b|\bused to be called\b|\bun autre nom\b|"
        r"\b(another|other|different) name\b",
        r"\banciennement\b|\bancien nom\b|\brenomm\w*|\brebaptis\w*|\bprend le nom\b|"
        r"\bchange\w* de nom\b|\bdonnent naissance\b|\bdevient\b|\bdevenue?s?\b|\bfusionn\w*",
        # its founding, as the story tells it ('a été créé en 1997', 'voit le jour')
        r"\b(cree|creee|crees|creees|fonde|fondee|fondes|fondees) en \d{4}\b|\bnait\b|"
        r"\bvoit le jour\b|\bdonnent naissance\b",
    ),
)


# -- what a stated fact covers, against what was asked -------------------------------------------
# A figure that covers part of a year only ('de janvier à fin juin 2021', 'sur 7,5 mois',
# 'au premier semestre'): it answers a question about the whole year only in part.
PARTIAL_YEAR = _rx(
    rf"\b(de|d.|from) ({MONTHS}|january|february|march|april|may|june|july|august|september|"
    rf"october|november|december) (a|au|to|until|till) (la )?(fin |end of )?({MONTHS}|january|"
    rf"february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bsur \d+(,\d+)? mois\b|\bover \d+(\.\d+)? months\b|\b(premier|second|1er|2e|"
    r"deuxieme) (semestre|trimestre)\b|\b(first|second) (half|quarter)\b"
)
# A question asking for a whole year ('sur toute l'année 2021', 'over the whole of 2021',
# 'chaque année', 'per year').
WHOLE_YEAR_ASKED = _rx(
    r"\b(whole|entire|full year|toute l.annee|l.annee entiere|annee complete|annee pleine|"
    r"sur l.annee|sur (toute|l.ensemble de) l.annee|over the year|all of|all year|annuel\w*|"
    r"annual\w*|par an|per year|a year|each year|every year|chaque annee|yearly|"
    # 'sur une année entière', 'toute une année', 'sur 12 mois', 'over twelve months'
    r"(une|toute une) annee( (entiere|complete|pleine))?|(sur|en|over|in) (12|douze|twelve) "
    r"(mois|months))\b"
)

# A rate asked per month, week or day (class: a figure per period the fiche does not give,
# 'combien de tonnes par mois ?', 'how many boxes a week?', 'monthly turnover'), keyed by the
# period; each pattern, folded, is both how a question asks that rate and how a figure states
# it ('350 paniers hebdomadaires', 'chiffre d'affaires mensuel', '3 jours par semaine'). A
# year is left out: key figures are yearly totals whatever they say.
RATE_PERIODS: dict[str, re.Pattern[str]] = {
    "month": _rx(
        r"\b(par|per|a|each|every|chaque|le|/) ?(mois|month)\b|\bmensuel\w*|\bmonthly\b|"
        r"\b(une|1) fois par mois\b"
    ),
    "week": _rx(r"\b(par|per|a|each|every|chaque|la|/) ?(semaine|week)\b|\bhebdo\w*|\bweekly\b"),
    "day": _rx(r"\b(par|per|a|each|every|chaque|/) ?(jour|day)\b|\bquotidien\w*|\bdaily\b"),
}

# How often something happens, asked ('combien de fois par mois', 'how many times a week', 'how
# often', 'à quelle fréquence'), and stated ('deux fois par mois', 'once a week', 'tous les
# jeudis', 'hebdomadaire'): class: a frequency asked, answered by the sentence stating one.
FREQUENCY_ASKED = _rx(
    r"\bcombien de fois\b|\bhow many times\b|\bhow often\b|\bhow frequently\b|"
    r"\b(a |à )?quelle frequence\b|\btous les combien\b|\bat what frequency\b"
)
FREQUENCY_STATED = _rx(
    r"\b(\d+|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|once|twice|two|three|four)"
    r" (fois|times) (par|a|per|chaque|each|every|/) ?(jour|semaine|mois|an|annee|day|week|month|"
    r"year)\b|\btous les (jours|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|"
    r"mois|ans)\b|\bhebdomadaire\w*|\bmensuel\w*|\bquotidien\w*|\bweekly\b|\bmonthly\b|\bdaily\b"
)

# A forecast against an actual figure (class: 'le budget réalisé, pas le prévisionnel', 'the
# actual budget', 'what was the final turnover?' asked of a figure the booklet gives as a
# forecast; 'le budget prévisionnel', 'the forecast budget' asked of one it gives as spent).
# How a figure says it is a forecast ('budget prévisionnel 2021'); a question asking the actual
# one, or negating the forecast ('not the forecast'), asks the actual figure. 'Effectif' is a
# headcount in French, never 'actual'. Folded.
FORECAST_STATED = r"\bprevisionnel\w*|\bprevu\w*|\bforecast\w*|\bprojected\b|\bestimated\b"
ACTUAL_ASKED = (
    # spending asked in the past ('what did they actually spend by the end of the year?',
    # 'how much have they spent?'): what was spent, not a forecast
    r"\b(did|have|has) (they|it|she|he|we) (actually |really |finally )?spen[dt]\b|"
    r"\bspen[dt] by the end of\b|\bactually spen[dt]\w*|"
    r"\b(realise\w*|reel\w*|effectivement|definiti\w*|constate\w*|actual|actually spent|"
    r"real|final|outturn)\b|\b(pas|non|hors) (le |du |un |de )?(budget |chiffre )?"
    r"(previsionnel|prevu)|\bnot (the |a )?(forecast|projected|planned|estimated)\b"
)
# A target ('OBJECTIF DE L'ACTION : … atteindre un chiffre d'affaires mensuel de 10 000€') is
# no figure reached ('a atteint 160 000 €' is): asked what it makes, not what it aims at, the
# target is the nearest fact. A question asking the aim ('quel CA vise-t-elle ?', 'what revenue
# is it aiming for?', 'son objectif de CA') is answered by it.
# (a count aimed at, said by 'visant' and the act counted: 'le défi national … de 2022 visant
# la distribution de 100 000 paniers solidaires' states a target, no baskets handed out;
# 'visant des personnes …' aims at a public, no number)
TARGET_STATED = (
    r"\bobjectifs?\b|\batteindre\b|\bobjectives?\b|\btargets?\b|\baims? (to|at)\b|"
    r"\bvis(ant|e|ent|ait)\W+(?:la |le |l'|les |une? )?[^\W\d_]+ (?:de |d')\W*\d"
)
TARGET_ASKED = (
    r"\bvis(e|ent|er|ait|aient)\b|\bobjectifs?\b|\bambition\w*|\bcibl\w*|\baim\w*|"
    r"\btarget\w*|\bgoals?\b|\bobjectives?\b|\bhop(e|es|ing) to\b|\bespere\w*|\bsouhait\w*|"
    r"\batteindre\b|\bveu(t|lent|lait) (atteindre|realiser|faire)\b|\bintend\w*|"
    r"\bwant\w* to (reach|make|achieve|hit|earn)\b|\bplan\w* to\b|"
    # a plan asked in the future ('how many jobs will it create?', 'combien va-t-elle créer')
    r"\bwill\b|\bgoing to\b|\bva(-t-(il|elle))? (creer|ouvrir|embaucher|recruter|produire)\b|"
    r"\bvont (creer|ouvrir|embaucher|recruter|produire)\b|\bprevoi\w*"
)
# The forecast asked in any form, verbs too ('what budget did it plan for 2021?', 'quel
# budget a-t-elle prévu ?', 'its planned budget'): a qualifier of the figure asked, never a
# thing of the structure the figure would be of (class: a budget of a sub-thing, slots).
FORECAST_WORDS = (
    r"\b(plan|plans|planned|planning|prevu\w*|prevoi\w*|prevoy\w*|previsionnel\w*|"
    r"forecast\w*|projected|expected|anticipated|estimated|budgeted|budgete\w*)\b"
)
FORECAST_ASKED = (
    r"\bprevisionnel\w*|\b(budget|chiffre d.affaires) prevu\b|\bforecast\w*|"
    r"\bprojected\b|\b(planned|estimated) (budget|turnover|revenue)\b"
)
# Class: the status of a figure asked, both kinds as alternatives ('is that the real figure
# or a forecast?', 'c'est un prévisionnel ou du réalisé ?', 'actual or projected?'): which one
# it is, answered by the figure with its qualifier (forecast.asks_which_kind). Folded.
_FIGURE_KINDS = (
    r"(?:previsionnel\w*|prevu\w*|forecast\w*|projected|estimated|estimate|planned|"
    r"realise\w*|reel\w*|actual|real|definiti\w*|final)"
)
FIGURE_KIND_EITHER = _rx(
    rf"\b{_FIGURE_KINDS}\b(?: \w+){{0,3}} (?:ou|or) (?:\w+ ){{0,3}}{_FIGURE_KINDS}\b"
)


# A thing a question names as the structure's own ('sa deuxième boutique', 'leur nouveau
# site'): the noun after a possessive and an ordinal or 'nouveau' (folded).
POSSESSED_THING = _rx(
    r"\b(?:sa|son|ses|leurs?)\s+(?:(?:premiere?|deuxieme|seconde?|troisieme|nouvelle?|nouveau|"
    r"autres?|\d+e)\s+)?([a-z]{4,})"
)
# Words for a structure's own premises or grounds ('la taille de l'exploitation', 'the surface
# of its shops'): a surface its key figures or its history give for the structure itself
# (its sites, 'ses 4 ha') is the surface of these, not of another building.
OWN_PREMISES = frozenset(
    """
    boutique boutiques magasin magasins shop shops store stores atelier ateliers workshop
    workshops local locaux premises site sites exploitation exploitations ferme farm jardin
    garden terrain land grounds epicerie epiceries grocery ressourcerie
    """.split()
)
# A structure's building asked by its size ('How big is their building?', 'quelle est la
# taille de leur bâtiment ?'): the building is its own premises, so the size its key figures
# give for its sites ('1 local de 1100 m3') is the building's. Only the size of a thing
# reads these as premises (slots, a measure of a thing); 'building' stays a thing elsewhere.
BUILDING_WORDS = frozenset(
    """
    building buildings batiment batiments immeuble immeubles
    """.split()
)
# An area asked in its own unit ('in square metres?', 'combien de m2 ?', 'floor area') and a
# figure stating only a volume ('1 local de 1100 m3'): a volume is no area, so the area is
# not stated — the volume is the nearest fact. 'How big' and 'taille' ask any size, which a
# volume gives (class: a size asked of a building, BUILDING_WORDS). Folded.
AREA_UNIT_ASKED = _rx(r"\bm2\b|m²|square met\w*|metres? carres?|floor area|\bhectares?\b")
VOLUME_STATED = _rx(r"\dm3\b|\bm3\b|m³")
AREA_STATED = _rx(r"\dm2\b|\bm2\b|m²|\bha\b|hectare")
# the two units of area, as asked and as stated: an area asked in one is not given by a
# figure in the other alone ('How many hectares?' of '1 atelier de 1.500m2')
HECTARES_ASKED = _rx(r"\bhectares?\b|\d\s*ha\b")
HECTARES_STATED = _rx(r"\d\s*ha\b|\bhectares?\b")
SQUARE_METRES_ASKED = _rx(r"\bm2\b|m²|square met\w*|metres? carres?|\bsq\.? ?m\b")
SQUARE_METRES_STATED = _rx(r"\dm2\b|\bm2\b|m²|metres? carres?|\dm<sup>2")
# A person named in a sentence: a civility then a capitalised word ('M. Dupont', 'Mme Roy'),
# or a capitalised first name then a capitalised surname ('Jean Pierre Motte'); matched on
# the sentence as written (case kept), near the role it holds.
PERSON_NAME = re.compile(
    r"\b(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur|Dr\.?)\s+[A-ZÀ-Ý]|"
    r"\b(?!(?:Le|La|Les|Un|Une|Des|Du|De|Ce|Cette|Ces|Son|Sa|Ses|Leur|En|Au|Aux|Dans|Pour|"
    r"Par|Avec|The|An|Its|Their|In|For|With)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][A-Za-zà-ÿ]+(?:[- ][A-ZÀ-Ý]\w+)?"
)
PERSON_NEAR_ROLE = 40  # characters between a role word and the name of who holds it

# -- facts: how the booklet words a number and what qualifies it ---------------------------------
# Approximate counts ('une dizaine de bénévoles'): the number they stand for.
NUMBER_WORD_VALUES: dict[str, float] = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "centaine": 100,
    "millier": 1000,
}
# A figure of what a structure seeks or plans ('recherche 2 hectares supplémentaires', 'achat en
# cours'), not of what it has: it answers a question about what it has only as the nearest fact.
PROJECTED = r"\ben cours\b|\brecherche\b|\ben projet\b|\bsupplementaires?\b"
# A figure asked of what a structure plans ('la surface du futur bâtiment', 'its planned
# site', 'the new building it is buying'): what it seeks or builds answers it.
PROJECTED_ASKED = (
    r"\bfutur\w*|\bfuture\b|\bprevu\w*|\bplanned\b|\ben projet\b|\ba venir\b|\bupcoming\b|"
    r"\ben cours\b|\bbeing (built|bought)\b|\bwill (have|be)\b|\b(re)?cherch\w*|\bseek\w*|"
    # a future asked ('how big will its building be?', 'quelle surface fera …', 'il mesurera')
    r"\bwill( [\w'’]+){1,3} (be|have|measure|cover)\b|\b(fera|feront|sera|seront|aura|auront|"
    r"mesurera|mesureront)\b|\b(va|vont) (faire|etre|avoir|mesurer)\b|"
    r"\blooking for\b|"
    # a thing being bought or built, said in the present ('le bâtiment que VESTALI achète',
    # 'the building they are buying', 'le local en construction')
    r"\b(achete|achetent|acheter|achat|rachete\w*|buying|buys|acquiring|purchasing)\b|"
    r"\ben (construction|travaux)\b|\bunder construction\b|\bbeing (built|bought|renovated)\b"
)
# Words that qualify a stated figure (folded pattern, label shown with the value).
FIGURE_QUALIFIERS: tuple[tuple[str, str], ...] = (
    (r"previsionnel", "prévisionnel"),
    (r"\benviron\b|\bpres de\b|\bune? (dizaine|vingtaine|trentaine|centaine|millier)", "environ"),
    (r"\bplus de\b|\bau moins\b", "au moins"),
    (r"\bde fonctionnement\b", "budget de fonctionnement"),
    (r"\bsur \d+(,\d+)? mois\b", "sur une partie de l'année"),
    (r"\ben construction\b", "en construction"),
    (PROJECTED, "en projet"),
    (r"\bpar an\b|/an\b|\bannuel", "par an"),
    (r"\bhebdomadaire|par semaine", "par semaine"),
    (r"\bchaque quinzaine\b", "par quinzaine"),
    (r"\bfile active\b", "en file active"),
    (r"\bchiffre d.affaires\b", "chiffre d'affaires"),
)
# The qualifiers' labels in English: an English answer quotes the booklet's French value
# ('prévisionnel 2021, environ 800 000 €') and says what its qualifiers mean beside it.
FIGURE_QUALIFIERS_EN: dict[str, str] = {
    "prévisionnel": "forecast",
    "environ": "approximate",
    "au moins": "at least",
    "budget de fonctionnement": "operating budget",
    "sur une partie de l'année": "over part of the year",
    "en construction": "under construction",
    "en projet": "planned",
    "par an": "per year",
    "par semaine": "per week",
    "par quinzaine": "per fortnight",
    "en file active": "active caseload",
    "chiffre d'affaires": "turnover",
}
# A measure stated by a number and the noun right after it, in any sentence of a fiche.
SENTENCE_MEASURES: tuple[tuple[str, str], ...] = (
    ("etp", r"etp\b|equivalents? temps plein"),
    (
        "insertion",
        r"(salarie\S*|personnes?|postes?|contrats?) (salariees? )?(en|d.) ?(contrats? )?"
        r"(d.)?insertion|cddi",
    ),
    ("benevoles", r"benevoles"),
    ("adherents", r"adherents"),
    ("salaries", r"salarie\S*s\b|salaries\b"),
    ("tonnage", r"tonnes?\b"),
    ("surface", r"m2\b|m²|hectares?\b|ha\b"),
)
# The whole a count is taken from ('Parmi les adhérents, une dizaine sont des bénévoles'):
# the number counts the part named after it, not the whole named here (folded; 'parmis' as
# the booklet misspells it).
PARTITIVE = r"\b(parmis?|among)\s+(les|ses|leurs|nos|des|its|their|the)?\s*[^,;:]{0,40}?,"
# How a component of the 'EFFECTIF SALARIAL MOBILISÉ' field counts: its words after the number.
STAFF_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("etp", r"^(etp\b|equivalents? temps plein)"),
    ("volunteer", r"volontaire|benevole|service civique|stagiaire"),
    ("insertion", r"insertion|\bcddi\b"),
    (
        "headcount",
        r"salari|permanent|\bcdi\b|\bcdd\b|personne|contrat|alternance|apprenti|"
        r"employe|poste",
    ),
)
# Surfaces and weights in one unit each, so that totals add like with like.
UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "m2": ("m²", 1.0),
    "m²": ("m²", 1.0),
    "ha": ("m²", 10_000.0),
    "hectare": ("m²", 10_000.0),
    "hectares": ("m²", 10_000.0),
    "m3": ("m³", 1.0),
    "tonne": ("t", 1.0),
    "tonnes": ("t", 1.0),
    "kg": ("t", 0.001),
    "kilos": ("t", 0.001),
}

# The one unit each measure is totalled in ('' for a count of people or things).
MEASURE_UNITS: dict[str, str] = {
    "budget": "€",
    "chiffre_affaires": "€",
    "tonnage": "t",
    "surface": "m²",
    "etp": "ETP",
    "annee_creation": "année",
    "demarrage_action": "année",
}


# -- aggregate questions: counts, totals, rankings, thresholds over structures ----------------
_NUM = r"\d[\d  .,]*\d|\d"
NUMBER_WORDS_Q: dict[str, int] = {
    "un": 1,
    "une": 1,
    "one": 1,
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
    "sept": 7,
    "seven": 7,
    "huit": 8,
    "eight": 8,
    "dix": 10,
    "ten": 10,
}
_K = r"\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|dix|two|three|four|five|six|seven|eight|ten"
GROUP_FRAME = _rx(
    r"\b(par|per|by|selon|for each|pour chaque|chaque|each)\s+(departements?|depts?|dpts?|themes?|"
    r"thematiques?|"
    r"villes?|towns?|cit(y|ies)|territoires?|secteurs?|sectors?|areas?)\b|"
    # (not the retail trade nor handing out: 'la grande distribution', 'food distribution',
    # 'distribution alimentaire', 'points de distribution')
    r"\b(repartition|reparti(e|es|s)?|breakdown|(?<!grande )(?<!food )(?<!de )distribution"
    r"(?! (alimentaire|de|des|du|d.|points?|centres?|network|of food))|distributed|ventil\w*|"
    r"split|spread)\b"
)
# 'Classement des structures par budget', 'rank them by members': every structure, in order.
RANKING_FRAME = _rx(
    r"\b(classement|classe[rz]?|rank(ing|ed)?|order(ed)? by|tri(e|ee|es|ees|er)? par|sorted by|"
    r"sort(ed)? by|du plus (gros|grand|petit)|from (largest|biggest|smallest|highest))\b"
)
# 'dans les années 2010', 'in the 2010s': a decade of years. In English only with its 's':
# 'and the 2020 net result?' asks a figure of one year (class: another year than the stated
# one, in a follow-up; dev26-138), no structure created in the 2020s.
DECADE = _rx(
    r"\b(?:(?:des |les )?annees\s+(?=(?:19|20)\d0\b)|(?:in )?the\s+(?=(?:19|20)\d0'?s\b))"
    r"((?:19|20)\d)0'?s?\b"
)
GROUP_KEYS: tuple[tuple[str, str], ...] = (
    ("ville", r"\b(villes?|towns?|cit(y|ies)|communes?)\b"),
    ("theme", r"\b(themes?|thematiques?|secteurs?|sectors?|domaines?|fields?)\b"),
    ("departement", r"\b(departements?|depts?|dpts?|geograph\w*|territoires?|areas?|places?)\b"),
)
# 'les 3 structures avec les budgets les plus importants', 'which two structures …': a count
# of structures asked before a superlative.
TOP_K = _rx(
    rf"\b(?:top|les|des|the|which|quelles|lesquelles|quels|donne[- ]moi les|give me the|name "
    rf"the)\s+({_K})\s+(?:[^\W\d_]+\s+){{0,6}}?(?:{_COLLECTIVE_NOUNS}|plus|moins|most|least|"
    r"premier\w*|first|[a-z]+est)\b"
)
# A superlative picking one of the structures in focus ('the youngest one, when was it
# created?', 'la plus ancienne, …'): it ranks the focus, it describes no structure by what it
# does (class: a superlative follow-up, not one structure described). Folded.
RANKING_PICK = _rx(
    r"\b(youngest|oldest|biggest|largest|smallest|newest|latest|earliest|richest|poorest)\b|"
    r"\b(la|le|les|the) (plus|moins|most|least) \w+"
)
TOP_FRAME = _rx(
    rf"\b(?:top|les|the|quels sont les|quelles sont les)\s+({_K})\s+(?:premi\w+\s+|first\s+)?"
    r"(?:structures?\s+|associations?\s+|initiatives?\s+)?(?:les |the )?"
    r"(plus|moins|most|least|largest|biggest|smallest|highest|lowest|oldest|newest|youngest|"
    r"greatest|fewest|gros|grands?|grandes|petits?|petites|anciennes?|anciens?|recentes?|"
    r"recents?|older|largest)\b|\btop\s*(\d{1,2})\b"
)
COMPARE_FRAME = _rx(
    r"\b(plus|moins|more|less|fewer|bigger|larger|smaller|greater|higher|lower|older|younger|"
    r"newer|ancienne?|recente?|compare\w*|versus|vs|entre|between|ou|or)\b"
)
# Superlatives: (pattern, direction). 'max' wants the largest number, 'min' the smallest;
# for a year, 'the oldest' is the smallest year.
SUPERLATIVES: tuple[tuple[str, str], ...] = (
    # 'la moins ancienne' is the youngest: a negated superlative of age, read first
    (r"\b(la|le|les) moins (ancien\w*|vieux|vieille)|\bleast old\b", "max_year"),
    (r"\b(la|le|les) moins (recente?s?|jeunes?)|\bleast recent\w*", "min_year"),
    (
        r"\b(le|la|les|the) plus (ancien\w*|vieux|vieille)|\boldest\b|\ble plus tot\b|"
        r"\bearliest\b|\bfirst (to be )?(created|founded)|\bdoyen(ne)?\b|"
        r"\b(cree\w*|fonde\w*|created|founded|established|set up|nee?s?|born) (en )?(premier|"
        r"premiere|first)\b|longest[- ](established|standing|running)|"
        r"(around|existed|existing|exists?) (the )?longest|depuis le plus longtemps|"
        # 'which of the two is older?': a comparative of two is their superlative (not 'older
        # than 2010', a threshold, nor 'older people', a public)
        r"\bolder\b(?! than| (people|persons?|women|men|adults|workers|employees|public))",
        "min_year",
    ),
    (
        r"\b(le|la|les) plus (recente?s?|jeunes?|recemment|tard)|\b(newest|youngest|most recent\w*|"
        r"latest)\b|\bmost recently\b|\bbenjamin(e)?\b|\bcadette?\b|"
        r"\b(younger|newer|more recent)\b(?! than| (people|persons?|women|men|adults|public))",
        "max_year",
    ),
    (
        r"\b(le|la|les|l') ?(moins|plus petite?s?|plus faibles?|plus bas(se)?|plus modestes?|"
        r"plus reduite?s?)\b|\bfewest\b|^(\w+\W+){0,4}?plus (petite?s?|faibles?|bas)\b|"
        r"\b(smallest|lowest|least|minimum|minimal)\b",
        "min",
    ),
    (
        r"\b(le|la|les) plus (d'|(de|gros(se)?|grande?s?|eleve\w*|important\w*|haut\w*|fort\w*)"
        r"\b)|(^|[:?!,;]\s*|\b(quel|quelle|qui a|a le|ont le)\s+(le |la )?)plus "
        r"(gros(se)?|grande?s?|eleve\w*|important\w*)\b(?! que)|"
        r"\b(the )?most\b|\b(largest|biggest|highest|greatest|maximum|maximal)\b|"
        r"\bplus (grand|gros|eleve)\b .*\bdu livret\b",
        "max",
    ),
)
# The middle value asked ('le budget médian', 'median number of employees'): an adviser's
# statistic that one large structure does not pull up as it does an average.
MEDIAN_FRAME = _rx(r"\b(medianes?|median|mediane?)\b")
AVERAGE_FRAME = _rx(r"\b(moyen(ne)?s?(?! financ)|average|avg|moy|mean|en moyenne|on average)\b")
SUM_FRAME = _rx(
    r"\b(total\w*|au total|en tout|cumul\w*|somme|combined|altogether|overall|in all|"
    r"all together|together|ensemble|confondu\w*|additionn\w*|sum|a (elles|eux) (deux|trois)|"
    r"add(s)? up|s.elevent|reunies?)\b"
)
# A share of the structures ('what share of structures are in the food theme?', 'quelle
# proportion des structures est dans le Nord ?'): a count, said against all of them.
# Class: how much a figure changed, asked of one structure ('By how much did its sales revenue
# grow in 2019?', 'de combien ont progressé ses recettes ?', 'how much higher was it than in
# 2018?'), folded: answered by a sentence stating the change with its amount ('Les recettes …
# ont progressé de 5,54 % en 2019 par rapport à 2018'), not by the figure itself, nor refused
# because the fiche gives no value of that measure (answering/change_asked.py).
CHANGE_ASKED = _rx(
    r"\bde combien\b[^?]*\b(augment|progress|baiss|diminu|recul|chut|grimp|evolu|cru\b|monte)|"
    r"\b(augment|progress|baiss|diminu|recul|chut|grimp|evolu)\w*\b[^?]*\bde combien\b|"
    r"\b(quelle?|quels|quelles) (est |a ete |etait |fut )?(la |l')?(hausse|baisse|progression|"
    r"augmentation|evolution|croissance|diminution)\b|\bcombien de (plus|moins)\b|"
    r"\bby how much\b|\bhow much (more|less|higher|lower|bigger|smaller)\b|"
    r"\bhow much (did|has|have|had|does|do|was|were|is|are)\b[^?]*\b(grow|grew|grown|rise|rose|"
    r"risen|increased?|decreased?|fall|fell|fallen|drop|dropped|go up|went up|gone up|"
    r"go down|went down|climb\w*|improved?|progress\w*)\b|"
    r"\b(what|how big|how large) (was|is|were) the (growth|increase|rise|decrease|drop|fall)\b|"
    r"\b(growth|increase|rise|decrease|drop|fall) (of|in) (its|their|the)\b|"
    r"\b(up|down) (on|from|compared (to|with)|over) (19|20)\d\d\b|"
    # keywords only, a money measure beside its change ('vestali revenue growth 2019',
    # 'progression CA 2019', 'hausse des recettes'): the change asked, not the figure
    r"\b(revenues?|sales|turnover|takings|income|ca|chiffre d.affaires|recettes|ventes|budget) "
    r"(growth|increase|rise|progression|hausse|evolution|croissance|augmentation)\b|"
    r"\b(growth|progression|hausse|evolution|croissance|augmentation) (du |des |de |d.|of |in )?"
    r"(revenues?|sales|turnover|takings|income|ca|chiffre d.affaires|recettes|ventes|budget)\b"
)
# How a sentence states a change (folded): 'ont progressé de 5,54 %', 'en hausse', '4 points
# de plus que celui de 2018', 'multiplier par dix'.
CHANGE_STATED = _rx(
    r"\b(progress\w*|augment\w*|hausse\w*|croissance|accroiss\w*|baiss\w*|diminu\w*|"
    r"recul\w*|multipli\w*|de plus que|de moins que|par rapport a)\b"
)
# A part of a place asked where something stands ('in which part of Boulogne is it based?',
# 'what part of town is the shop in?'): a district, never a share (class: a where question
# refused as 'no share or percentage'). Folded; the question ends on where it stands.
_PLACE_PART = r"(?! of [^?]*\b(in|based|located|situated|found|sits|stands)\s*\??\s*$)"
# How many more of a thing ('combien d'arbres en plus ?', 'how many more trees?'): a growth,
# which a sentence may state by a multiplier ('multipliant par dix le nombre d'arbres'), or
# by new ones counted ('4 nouveaux postes'), folded. Class: a growth asked, refused as 'no
# number of trees'; a change stated answers, else the figure asked is read as before.
MORE_OF_ASKED = _rx(
    r"\bcombien (de |d')[a-z]+( [a-z]+)? (en plus|de plus|supplementaires?)\b|"
    r"\bhow many (more|extra|additional)\b"
)
# A change stated by a multiplier in words ('en multipliant par dix le nombre d'arbres',
# 'doubler sa production'), folded: an amount of change, as '+5,54 %' is.
MULTIPLIER_STATED = _rx(
    r"\bmultipli\w* par (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|\d+)\b|"
    r"\b(doubl|tripl|quadrupl)(er|ant|e|ee|ent)\b"
)
SHARE_FRAME = _rx(
    r"\b(what|which|quel(le)?)\s+(share|proportion|percentage|fraction|part" + _PLACE_PART + r"|"
    r"pourcentage)\b|"
    r"\b(share|proportion|percentage|pourcentage|fraction) (of|de|des|d')\b|\b% (of|des?)\b|"
    # how much of a total ('ça représente combien des ventes ?', 'how much of the sales?')
    r"\brepresent\w* combien (des|du|de la)\b|"
    r"\bhow much of (the |its |their )?(sales|turnover|revenues?|income)\b|"
    # the share asked with a verb between ('quelle est la part des ventes ?', 'what is the
    # share of subsidies?'), or named before the money it is taken of ('la part des ventes
    # dans le budget', 'the share of sales in the income')
    r"\b(quel(le)?|what) (est|is|was|etait) (la |the )?(share|proportion|percentage|fraction|"
    r"part|pourcentage) (of|de|des|du|d')\b|"
    r"\b(la |the )?(part|share|proportion|pourcentage|percentage) (des?|du|de la|d'|of( the)?) "
    r"[\w' -]{1,40}\b(dans|in|of) (le |la |les |leur |leurs |son |sa |ses |its |their |the )?"
    r"(budget|recettes|ressources|revenus?|financements?|chiffre d'affaires|income|revenues?|"
    r"resources|turnover|funding)\b"
)
# A name written in mixed case ('UrgencESS', 'CamelCase', 'iPhone', 'ESSor'): a capital after a
# small letter, or capitals then small letters, in one word. Neither a capitalised word nor an
# acronym, it is still a name (class: a sum asked from a named partner, 'how much did it get
# from UrgencESS?', whose partner must be recognised to abstain with the sentence naming it).
MIXED_CASE_NAME = re.compile(
    r"(?<![\w-])([^\W\d_]*[a-zà-ÿ][A-ZÀ-Þ][\w-]*|[A-ZÀ-Þ]{2,}[a-zà-ÿ][\w-]*)(?![\w-])"
)
# A rate asked as a percentage ('quel taux de sorties positives ?', 'le taux d'insertion',
# 'what is the positive exit rate?', 'its recycling rate'), folded: answered like a share, by
# a sentence giving a percentage about that thing, or abstains with the nearest fact (class:
# a rate or percentage asked of one structure). A price per hour ('hourly rate') is no such
# rate.
RATE_ASKED = _rx(
    r"\btaux (de |d'|d )|"
    r"\b(exit|success|placement|employment|insertion|integration|return|recycling|reuse|"
    r"re-?use|growth|occupancy|attendance|retention|drop-?out|completion|turnover|outcome|"
    r"satisfaction|sorting|diversion|recovery|repair|access|uptake|take-?up)s? rates?\b|"
    r"\b(what|which) (is the |are the |was the )?rates? of\b"
)
# The words a rate or share is asked by, never the thing it is of ('taux', 'rate').
RATE_WORDS = frozenset("taux rate rates pourcentage percentage proportion".split())
# Class: costs covered asked ('do its own revenues cover staff costs?', 'ses recettes
# couvrent-elles les charges ?', 'does it cover its costs?', 'couvrir ses coûts'): a share of
# its charges that its resources cover, which a sentence may state ('couvrent 92 % des
# charges de personnel'), never a price.
COSTS_COVERED_ASKED = _rx(
    # ('WHO covers its running expenses?', 'qui couvre les frais ?' asks who pays them: no share)
    r"(?<!who )(?<!qui )\b(cover\w*|covered|couvr\w*|couvert\w*)\b[^?.]{0,40}\b"
    r"(costs?|charges?|expenses?|depenses?|couts?|salaires?|salaries|wages?|payroll)\b|"
    r"\b(costs?|charges?|expenses?|depenses?|couts?)\b[^?.]{0,30}\b(covered|couvert\w*)\b|"
    # the costs first, then what covers them ('how much of its staff costs do its revenues
    # cover?', 'quelle part des charges ses ventes couvrent-elles ?')
    r"\b(how much|what (share|part|proportion|percentage)|quelle (part|proportion)|combien)\b"
    r"[^?.]{0,50}\b(costs?|charges?|expenses?|depenses?|couts?)\b[^?.]{0,40}\b(cover|couvr\w*)\b|"
    r"\b(pay|pays|paying) for (itself|themselves)\b|\bautofinanc\w*|\bself[- ]financ\w*"
)
# The charges a sentence says are covered ('couvrent 92 % des charges de personnel', '70 %
# des charges d'exploitation sont couvertes'), folded: what answers costs covered asked.
CHARGES_STATED = _rx(r"\b(charges?|couts?|depenses?|frais)\b")
# ... and that they are covered or by which resources ('couvrent', 'sont couvertes', '70 % de
# recettes'): a breakdown of its expenses alone ('dépenses à 70 % des charges de personnel')
# says nothing of what covers them.
COVERING_STATED = _rx(r"\b(couvr\w*|couvert\w*|recettes?|ressources?|autofinanc\w*)\b")
# People counted asked ('how many people came', 'combien de visiteurs', 'number of
# participants'), folded: a count an online audience does not give (unstated_kind.py).
PEOPLE_COUNTED_ASKED = _rx(
    r"\b(how many|combien|number of|nombre de|nb de)\b[^?]{0,30}\b(people|persons|personnes|"
    r"visitors?|visiteurs?|participants?|attendees?|gens|habitants|came|venu\w*|attend\w*)\b"
)
# Class: a weight in a total, said figuratively ('les particuliers, ça pèse combien dans les
# ventes ?', 'what weight do companies carry in its turnover?'): a share of that total, which
# only a sentence stating a share answers; never a weight in kilos. Folded.
WEIGHT_IN_A_TOTAL = _rx(
    r"\b(pes\w*|weigh\w*)\b[^?.]{0,25}\b(dans|sur|parmi|in|among)\s+"
    r"(le |la |les |l'|l |leur |leurs |son |sa |ses |their |its |the )?"
    r"(ventes?|chiffre|ca|budget|recettes?|ressources?|financements?|activite|revenus?|achats?|"
    r"sales|revenues?|turnover|income|funding|business|activity|total)\b"
)
# How a sentence states a share ('couvrent 92 % des charges', 'un tiers sont dédiés', 'la
# moitié'): what answers a share asked of one structure (class: 'what share of its costs do
# its sales cover?' is answered by such a sentence or abstains, never by another fact).
# A percentage or a rate asked in other words than SHARE_FRAME and RATE_ASKED ('en
# pourcentage', 'in percent', 'the value-added rate', 'quel %'): only a sentence stating a
# share (SHARE_STATED) answers it (answering/unstated_kind.py). Folded.
PERCENT_ASKED = _rx(
    r"\b(?:en|in) (?:pour ?cent(?:age)?|percent(?:age)?s?)\b|\bpourcentages?\b|"
    r"\bpercentages?\b|\bquel(?:le)? %|\bwhat %|"
    # an elliptic share after a figure ('et en % ?', 'what share is that?', 'what proportion
    # was it?'): the share of that figure (class: a share asked of the figure before)
    r"\b(?:en|in) %|\bwhat (?:share|proportion|fraction|part) (?:is|was) (?:that|it|this)\b|"
    # a weight in a total said figuratively ('ça pèse combien dans les ventes ?')
    + WEIGHT_IN_A_TOTAL.pattern
    + "|"
    r"^(?:(?:and|so) )?what(?:.s| is| was| were| are) (?:the |their |its )?(?:[a-z0-9]+.s )?"
    r"[a-z]+(?:-[a-z]+)? rates?\b(?! of pay)"
)
SHARE_STATED = _rx(
    r"\d\s*%|\bpour ?cent\b|\bpercent\b|\b(un|deux) tiers\b|\bla moitie\b|\bmoitie d|"
    r"\b(un|trois) quarts?\b|\b\d+ sur \d+\b"
)
COUNT_FRAME = _rx(
    rf"\b(combien|cb|cmb|how many|(nombre|nb|nbre) (de |d'|d )?\s*([^\W\d_]+\s+)?"
    rf"({_COLLECTIVE_NOUNS})|"
    rf"number of ([^\W\d_]+\s+)?({_COLLECTIVE_NOUNS})|"
    # 'count' asks a count, not 'count X among their funders' / 'count X as a partner': that
    # verb says X is one of them (a list of those that include X)
    r"count(?!\s+(?:[\w'-]+\s+){1,5}?(?:among|amongst|as (?:a|an|one|their|its)\b)))\b|"
    r"\b(what|which|quel(le)?)\s+(share|proportion|percentage|fraction|part|pourcentage)\b|"
    r"\b(share|proportion|percentage|pourcentage|fraction) (of|de|des|d')\b"
)
# A count of the structures in focus said by a partitive pronoun, not by a noun ('combien
# d'entre elles ont plus de 10 salariés ?', 'how many of those have volunteers?', 'combien
# parmi eux sont dans le Nord ?'): what is counted is the structures of the last answer, each
# kept by the condition that follows, never a noun 'entre' or a figure summed over them
# (class: a count with a condition asked after a list; aggregate_plan._counts_structures).
COUNT_OF_THEM = _rx(
    r"\b(combien|cb|cmb|how many)\s+(d.entre|parmi|among|of)\s+"
    r"(elles|eux|celles-ci|ceux-ci|celles-la|ceux-la|them|those|these)\b"
)
# The noun a count asks for, with the noun compounded with it up to a function word
# ('combien de VISITEURS sur le site', 'how many WEBSITE VISITORS does …'): its head (the
# first word in French, the last in English) is what is counted. A contact field (website,
# address …) answers a count only of itself ('combien de sites internet', 'how many phone
# numbers'), never of another noun near it (class: 'combien de visiteurs sur le site ?' met
# by the site's address; slots.SlotFiller.field).
_COUNT_STOP = (
    r"(?:does|do|did|is|are|was|were|has|have|had|in|on|at|of|for|per|the|there|an?|sur|le|"
    r"la|les|du|de|des|au|aux|dans|chez|par|ont|sont|y)\b"
)
# ('the phone number of X's contact', 'the SIRET number of …': a number naming, no count)
_NAMING_NUMBER = r"(?<!phone )(?<!mobile )(?<!contact )(?<!cell )(?<!siret )(?<!registration )"
COUNTED_PHRASE = _rx(
    r"\b(?:combien|cb|cmb|how many|nombre|nbre|nb|" + _NAMING_NUMBER + r"number)\s+"
    r"(?:de\s+|d'|d\s+|des\s+|of\s+)?"
    rf"((?!{_COUNT_STOP})[^\W\d_]+(?:\s+(?!{_COUNT_STOP})[^\W\d_]+)?)"
)
# A bound on a number: (pattern ending where the number starts, op).
BOUNDS: tuple[tuple[str, str], ...] = (
    (
        r"\b(au moins|at least|minimum( de)?|a partir de|no less than|not less than|"
        r"superieure?s? ou egale?s? a|greater than or equal to|or more than)\s*$|>=\s*$|≥\s*$",
        "gte",
    ),
    (
        r"\b(au plus|at most|maximum( de)?|jusqu.a|up to|no more than|not more than|"
        r"inferieure?s? ou egale?s? a|less than or equal to|ne depasse(nt)? pas|"
        r"does not exceed|do not exceed|doesn.t exceed|don.t exceed|not exceeding)\s*$|"
        r"<=\s*$|≤\s*$",
        "lte",
    ),
    (
        r"\b(plus de|more than|over|above|superieure?s? a|greater than|exceeding|depass\w*|"
        r"exceeds?|higher than|larger than|bigger than|au-?dela de|beyond|au-? ?dessus de|"
        r"upwards of|>)\s*$",
        "gt",
    ),
    # An exact count asked ('exactement 2 sites', 'exactly two shops', 'pile 3 salariés'):
    # the structures whose figure equals it, not all those stating the measure (class: a
    # list by an exact number).
    (r"\b(exactement|exactly|precisement|precisely|pile|tout juste|just)\s*$|=\s*$", "eq"),
    (r"(?<![\w>])>\s*$", "gt"),
    (r"(?<![\w<])<\s*$", "lt"),
    (
        r"\b(moins de|fewer than|less than|under|below|inferieure?s? a|lower than|smaller than|"
        r"sous (les |la barre des )?|en dessous de|en-dessous de|n.atteint pas|n.atteignent pas|"
        r"does not reach|do not reach|doesn.t reach|don.t reach|"
        r"<)\s*$",
        "lt",
    ),
    (r"\b(depuis|since|from|a partir de|starting)\s*$", "gte_year"),
    # an age compared with a year ('older than 2010', 'plus anciennes que 2005', 'newer than
    # 2015'): created before or after it (class: a list by creation year said as an age)
    (
        r"\b(apres|after|later than|posterieure?s? a|younger than|newer than|"
        r"more recent than|plus recente?s? que|plus jeunes? que)\s*$",
        "gt_year",
    ),
    (
        r"\b(avant|before|earlier than|prior to|anterieure?s? a|older than|"
        r"plus ancien(ne)?s? que|plus vieux que|plus vieilles? que)\s*$",
        "lt_year",
    ),
    (r"\b(en|in)\s*$", "eq_year"),
)
BETWEEN = _rx(
    rf"\b(?:entre|between|compris entre|de|from)\s+[€$]?\s*({_NUM})\s*"
    r"(?:€|euros?|k€|k|t|tonnes?|m2|m²)?\s*"
    rf"(?:et|and|a|to|-|–|—)\s*[€$]?\s*({_NUM})"
)
QUESTION_NUMBER = _rx(
    rf"({_NUM})\s*(k€|k|millions?|m€|mio|mn\b|m\b|€|euros?|tonnes?|t\b|m2|m²|ha\b|hectares?)?"
)
NUMBER_UNITS: dict[str, tuple[str, float]] = {
    "k": ("budget", 1_000.0),
    "k€": ("budget", 1_000.0),
    "million": ("budget", 1_000_000.0),
    "millions": ("budget", 1_000_000.0),
    "m€": ("budget", 1_000_000.0),
    "mio": ("budget", 1_000_000.0),
    "mn": ("budget", 1_000_000.0),
    "m": ("budget", 1_000_000.0),
    "€": ("budget", 1.0),
    "euro": ("budget", 1.0),
    "euros": ("budget", 1.0),
    "tonne": ("tonnage", 1.0),
    "tonnes": ("tonnage", 1.0),
    "t": ("tonnage", 1.0),
    "m2": ("surface", 1.0),
    "m²": ("surface", 1.0),
    "ha": ("surface", 10_000.0),
    "hectare": ("surface", 10_000.0),
    "hectares": ("surface", 10_000.0),
}
# Words of a year question about a structure's birth ('créée', 'founded', 'la plus ancienne').
CREATION_WORDS = _rx(
    r"\b(cre(e|ee|es|ees|ation|ated?)|fond(e|ee|es|ees|ation)|found(ed|ation)|establish\w*|"
    r"set up|ancienne?s?|anciens?|recente?s?|recemment|jeunes?|older|oldest|newest|youngest|"
    r"newer|age|years? old|naissance|nee?s?|born|vieux|vieille|old|doyen(ne)?|benjamine?|"
    r"vu le jour|voit le jour|verr?a le jour|came into being|came into existence)\b"
)
# A place left out: 'hors du Nord', 'outside the Pas-de-Calais' (checked before its name).
NEGATED_PLACE = _rx(
    r"\b(hors|outside( of)?|en dehors d(u|e la|e l'|es|e)|sauf|except( in| for)?|not in|"
    r"pas dans|ailleurs que|other than|excluding|a l'exception d(u|e la|e l'|e)|autres? que)\s*"
    r"(le |la |les |l'|du |de la |the |dans le |in the )?$"
)
# Text fields a question may ask a structure to have, or not ('sans agrément', 'a network').
FIELD_WORDS: dict[str, str] = {
    # ('approvisionner', 'approvisionnement' name a supply, not an approval)
    "agrement": r"\bagrements?\b|\bagree(e|s|es)?\b|\bapprov(?!ision)\w*|\baccredit\w*",
    "reseau": r"\breseaux?\b|\bnetworks?\b|\bfederations?\b",
    "label": r"\blabels?\b|\blabelise\w*",
    "statut": r"\bstatuts?\b|\bstatus\b|forme juridique|legal (form|status)|\brun as\b|"
    r"constituee?s? en|registered as|sous (la )?forme",
}
ABSENCE = _rx(
    r"(n't|n’t|\bnot\b|\bno\b|\bsans\b|\baucune?\b|\bpas\b|\bni\b|\bwithout\b|\black\w*)"
    r"[^.?!,;]{0,25}$"
)
# 'with 40 to 80 employees': a range with no 'between', read when a measure follows it.
BARE_RANGE = _rx(rf"(?<![\d,.])({_NUM})\s*(?:to|a|-|–|—)\s*({_NUM})\b")
# Words of a field's values that name no particular value ('Réseau', 'national').
GENERIC_VALUE_WORDS = frozenset(
    "reseau reseaux national nationale regional regionale federation union syndicat hdf "
    "hauts france et des de du la le les l d".split()
)
# 'un seul site', 'a single site': one of the noun that follows.
SINGLE = _rx(r"\b(un seul|une seule|a single|only one|one single|single|unique)\s+([^\W\d_]+)")
# 'dans chacune', 'for each of them': one value per structure, not a total.
EACH = _rx(
    r"\b(chacune?|each( one| of them)?|par structure|per (structure|organi[sz]ation|org)|"
    r"respectivement|respectively|individuellement|individually)\b"
)
# Every structure named as such ('chaque structure', 'each initiative', 'all structures with
# their budgets', 'toutes les structures avec leur nombre de bénévoles'): a figure asked of
# them is each one's value, listed, not a total.
EVERY_STRUCTURE = _rx(
    rf"\b(chaque|each|every|all( the| of the)?|toutes( les)?|tous( les)?)\s+"
    rf"({_COLLECTIVE_NOUNS}|fiches?)\b"
)
# 'cela représente combien ?', 'that makes how many?': the previous answer, pointed at.
POINTING_BACK = _rx(r"\b(cela|ceci|ca|that|this|those|these|du coup)\b")
# Numbers written as words, read as digits before bounds are looked for ('three or more').
NUMBER_WORD_DIGITS: dict[str, str] = {
    "deux": "2",
    "two": "2",
    "trois": "3",
    "three": "3",
    "quatre": "4",
    "four": "4",
    "cinq": "5",
    "five": "5",
    "six": "6",
    "sept": "7",
    "seven": "7",
    "huit": "8",
    "eight": "8",
    "neuf": "9",
    "nine": "9",
    "dix": "10",
    "ten": "10",
    "vingt": "20",
    "twenty": "20",
    "cent": "100",
    "hundred": "100",
}
# Amounts said in words rather than digits ('plus d'un demi-million d'euros', 'over half a
# million euros', 'un quart de million'): the amount in digits, so a bound reads it.
AMOUNT_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"(d'un |de |d'|un |a )?(demi[- ]millions?|half[- ]a[- ]million|half[- ]million)",
        "500 000 €",
    ),
    (
        r"(d'un |de |d'|un |a )?(quart de million|quarter of a million|quarter[- ]million)",
        "250 000 €",
    ),
    # 'plus d'un million', 'over a million euros': one million, said with its article
    (r"(d'un |un |a |one )(million)(?! de (tonnes|personnes|objets))", "1 000 000 €"),
)
# Class: a threshold said in words before a counted noun ('lesquelles ont plusieurs sites ?',
# 'plus d'un site', 'which ones have more than one site?', 'several sites'): the bound in
# digits, so that a measure's condition reads it (not a list of fiches sharing the noun:
# 'site' is also the 'site internet' of every card). Folded text; an amount ('plus d'un
# million') keeps its words.
_COUNTED_AFTER = r"(?=\s+(?!millions?\b|milliards?\b|demi|quart|tiers|half|quarter)[a-z])"
BOUNDS_IN_WORDS: tuple[tuple[str, str], ...] = (
    (rf"\bplus d'une?{_COUNTED_AFTER}", "plus de 1"),
    (rf"\bmore than (one|a single){_COUNTED_AFTER}", "more than 1"),
    (rf"\bplusieurs{_COUNTED_AFTER}", "au moins 2"),
    (rf"\b(several|multiple){_COUNTED_AFTER}", "at least 2"),
)
# 'les autres structures', 'the other ones': all but those in focus.
# An answer saying other structures of the booklet stand in the same place as the one it is
# about (class: said_place.py — "D'autres structures du livret sont aussi dans ce département.",
# 'Il y a une autre structure dans la même ville.', 'Two other projects are in the same
# département.', 'another one is also in this town'). Groups dep/dep2/dep3: the place's noun.
_PLACE_NOUN = r"departements?|department|county|ville|commune|town|city"
OTHERS_IN_SAME_PLACE = _rx(
    r"\b(autres?|others?|another)\b[^.?!]{0,60}?"
    rf"(\b(meme|same)\s+(?P<dep>{_PLACE_NOUN})\b|"
    rf"\b(aussi|egalement|also|too)\b[^.?!]{{0,30}}?\b(ce|cet|cette|this|that)\s+(?P<dep2>{_PLACE_NOUN})\b|"
    rf"\b(ce|cet|cette|this|that)\s+(?P<dep3>{_PLACE_NOUN})\b)"
)
OTHERS = _rx(
    # (not after a possessive: 'et leurs autres ateliers ?', 'its other sites' ask more of
    # the structure in focus, not the other structures)
    r"(?<!\bleurs )(?<!\bleur )(?<!\bses )(?<!\bsa )(?<!\bson )(?<!\btheir )(?<!\bits )"
    r"\b(les |des |the )?(autres|other|others|remaining|restantes?)\b|"
    r"\b(the rest|le reste|the remaining ones?)\b|"
    # the same said by setting the ones named aside ('et à part eux ?', 'en dehors d'elle ?',
    # 'besides them?', 'who else?', 'anyone else?'): the others of the list
    r"\b(a part|en dehors d.|hormis|besides|apart from|other than) ?(eux|elles?|lui|celle-ci|"
    r"celui-ci|ceux-ci|celles-ci|ca|them|it|that one|this one|those)\b|"
    r"\b(who|anyone|anybody|someone) else\b|\bqui d.autre\b"
)
# The rest of a list, said by denying what it asked with a pro-form only ('et celles qui n'en
# sont pas ?', 'celles qui ne le font pas', 'and the ones that don't?', 'those that aren't?'),
# folded: the structures the list left out, as 'et les autres ?' (class: follow-ups asking
# the complement of a list). A denial with words of its own ('celles qui ne vendent pas en
# ligne') asks a list of its own.
NEGATED_REST = _rx(
    r"(\b(celles?|ceux|celui|les autres)\s+qui|\blesquel\w*)\s+"
    r"(n'en|ne l'|ne (le|la|les|font|sont))\s*(\w+\s+)?pas(\s+(ca|cela))?\s*[?!.]*$|"
    r"(\b(the ones?|those|the others?|the rest)\s+(that|which|who)|\bwhich( ones?)?)\s+"
    r"(don'?t|do not|doesn'?t|does not|aren'?t|are not|isn'?t|is not|haven'?t|have not|"
    r"hasn'?t|has not|can'?t|cannot|won'?t)(\s+(do|have|be|one|any|it|that|so))*\s*[?!.]*$"
)
# A bound stated after the number: '3 sites ou plus', '50 or more members', '100+'.
AFTER_BOUND: tuple[tuple[str, str], ...] = (
    (
        r"^\s*(\+|ou plus|et plus|or more|and more|and above|and over|or above|ou davantage|"
        r"au minimum|minimum|at minimum)(?!\w)",
        "gte",
    ),
    (
        r"^\s*(ou moins|et moins|or less|or fewer|and below|and under|au maximum|maximum|"
        r"at most)(?!\w)",
        "lte",
    ),
)
# An exact count stated after its noun ('2 sites exactement', 'deux sites pile', 'two sites
# exactly'): the structures whose figure equals it (class: a list by an exact number, the word
# after the count as well as before it, `BOUNDS`' 'exactement 2 sites').
EXACT_AFTER = _rx(
    r"^\s*(?:[^\W\d_]+[\s,]+){0,2}?(?:exactement|exactly|pile|precisement|precisely|"
    r"tout juste)(?!\w)"
)
# A year bound stated after the year: '2015 ou après', '2010 or earlier'.
YEAR_AFTER_BOUND: tuple[tuple[str, str], ...] = (
    (
        r"^\s*(ou apres|ou plus tard|et apres|or later|or after|and after|onwards|et au-?dela)\b",
        "gte",
    ),
    (r"^\s*(ou avant|ou plus tot|et avant|or earlier|or before|and before)\b", "lte"),
)
# The order a ranking asks for, said outright: (pattern, order).
ORDER_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"\bdu plus (gros|grand|eleve|important|ancien)|\bfrom (the )?(largest|biggest|highest|"
        r"most)|\bdecroissant|\bdescending",
        "desc",
    ),
    (
        r"\bdu plus (petit|faible|bas|recent)|\bfrom (the )?(smallest|lowest|least|fewest)|"
        r"\bcroissant|\bascending",
        "asc",
    ),
)
# The start of an action, as the fiche's 'DATE DE DÉMARRAGE' states it, in everyday words
# too ('which actions kicked off in 2021?', 'qui a commencé en 2021 ?'). Class: a list or a
# date by the start of the action.
START_WORDS = _rx(
    r"\b(demarr\w*|lancement|lance\w*|launch\w*|started|starts|start date|debut|"
    r"kick(ed|s)? off|(get|gets|got|getting) (going|started|under way)|commence\w*|began|begun)\b"
)
# A network's membership is not a count of members ('membres du réseau COORACE').
NETWORK_MEMBERSHIP = _rx(
    r"\b(membres?|members?|adherente?s?|part)\s+(du|de la|of|of the|d'un|a|au|in the)\s+"
    r"(reseau|federation|network|collectif)|\b(belong|appartien\w*|affilie\w*)"
)
# A superlative in the plural ('les plus anciennes', 'the oldest ones'), folded: beside a bound
# ('créées avant 2005') it asks the structures within the bound, a list, not the one extreme
# (class: lists by a threshold on a year or a figure).
PLURAL_SUPERLATIVE = _rx(
    r"\bles (plus|moins) [a-z]+(es|s|x)\b|"
    r"\bthe [a-z]+est (ones|structures|initiatives|organi[sz]ations|projects)\b"
)
# Words an aggregate question uses to frame its ask; left over after them, a word is a topic
# only the search can answer ('combien de structures récupèrent des invendus ?').
# ("y en a combien dans le 62 et c'est lesquels ?": the count and which ones, no topic.)
AGGREGATE_FRAME_WORDS = frozenset(
    """combien many much nombre number total totaux totale au tout en cumul cumule cumulee somme
    moyenne moyen average mean structure structures association associations initiative
    initiatives fiche fiches organisation organisations organization organizations organisme
    organismes livret booklet projet projets project projects acteur acteurs entreprise
    entreprises count sont est ont compte comptent compter figurent figure presentes presente
    listees listed located situees situee situe situes based implantees implantee there are is
    have has does do exist existe existent sum combined altogether overall all ensemble
    confondues confondu relevent releve relever belong concern concerned concernees parmi among
    les des aux chacune each per par repartition breakdown distribution quelle quelles quel
    quels which what who qui plus moins more less fewer most least highest lowest largest
    biggest smallest recorded hold holds held theme themes thematique departement departements
    ville villes town towns city cities region territoire indiquent indique state states give
    gives dans within inside from registered enregistrees have has between entre than que give
    me list liste tell rank ranking classement classe order ordre top first premiers premieres
    them elles eux ils they their leur leurs of them d'entre installees installee installes
    installed implantee implantees sited outside hors dehors sauf except excluding run
    rattachees rattachee rattaches rattache thematique thematiques reunies reunis recense
    recensees recenses represente representent featured feature features address adresse
    fall falls under appear appears mentioned mentionnees citees cite decrites described
    section sections durable reuse cela ceci that this those these fait font make makes
    makes donne
    lesquels lesquelles lequel laquelle ones""".split()
)


# -- yes/no questions -------------------------------------------------------------------------
# A question answered by yes or no about one structure: 'VESTALI emploie-t-elle des femmes ?',
# 'Est-ce que la ressourcerie livre à domicile ?', 'Does Synapse 3i repair phones?', 'Is it an
# association?'. Whether the booklet has any such structure ('Y a-t-il …', 'Is there …', 'Does
# any …') is a list question (EXISTENCE_FRAME, LIST_FRAME), not one of these.
# Class: a question opened by asking for a yes or no ('yes or no: are they still in Hirson?',
# 'oui ou non, est-elle ouverte ?'): the opener is how to answer, the question follows it.
YES_NO_OPENER = _rx(r"^\s*(yes or no|yes/no|oui ou non|oui/non)\s*[:,?-]*\s*")
YES_NO_FRAME = _rx(
    r"^((et|and|mais|but|so|alors|ok)\s+)?(est[- ]ce qu|est[- ]ce que|on peut|peut[- ]on|"
    r"je peux|puis[- ]je|c.est possible de|est[- ]il possible de|"
    r"does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\b|"
    r"^[^?]{0,80}?\b[^\W\d_]+-(t-)?(il|elle|ils|elles|on)\b|"
    # typed without hyphens: 'est elle financée …', 'ont ils un site'
    r"^[^?]{0,80}?\b(est|a|ont|sont|fait|font|peut|peuvent|propose|proposent|vend|vendent|"
    r"emploie|emploient|accueille|accueillent|organise|organisent|travaille|travaillent)"
    r"\s+(t\s+)?(il|elle|ils|elles)\b"
)
# A yes/no frame that asks for something else: a 'wh' word, or an existence or list frame.
NOT_YES_NO = _rx(
    r"^((et|and|mais|but|alors|so)\s+)?([^\s]+\s+){0,2}(qui|que|quoi|quel(le)?s?|lequel|laquelle|"
    r"lesquel(le)?s|combien|comment|quand|pourquoi|who|whom|whose|what|which|where|when|why|"
    r"how)\b|^((et|and|mais|alors)\s+)?(ou|d'ou)\b|"
    # 'que' elided ("qu'a fait … ?", "qu'ont-ils vendu ?"): a 'what', whatever follows
    r"^((et|and|mais|alors)\s+)?qu'(?!est-ce|est ce)|"
    # spoken French puts 'où' last: 'elles sont où ?', 'c'est où ?'
    r"\bou(\s+(exactement|precisement|donc|ca|deja))?\W*$|"
    r"^(y a[- ]t[- ]il|existe[- ]t[- ]il|il existe|is there|are there|does (any|a|an|one|some)\b|"
    r"do (any|some)\b|has (any|anyone)|have any|(does|do) (the )?booklet)|"
    r"^le livret \w+[- ]t[- ]il|"
    # a question put through a polite frame ('Could you tell me who runs X?', 'do you know
    # the budget of X?', 'pouvez-vous me dire le budget …', 'tu connais le directeur ?'): the
    # value after it is asked, not whether one can tell ('… if X has a shop?' stays yes/no)
    r"^((et|and)\s+)?((could|can|would) you (please )?(tell|show|give) (me|us)|(do|did) you "
    r"(happen to )?know|(pouvez|pourriez|peux|pourrais)[- ](vous|tu) (me |nous )?(dire|"
    r"indiquer|donner|preciser)|tu sais|vous savez|savez[- ]vous|sais[- ]tu|tu connais|"
    r"vous connaissez|connaissez[- ]vous|connais[- ]tu)\s+(?!(if|whether|si|s'il|s'ils|s'elle|"
    r"s'elles)\b)|"
    # a topic set before the question, then a wh-word ('Les structures du Nord, depuis quand
    # existent-elles ?', 'VESTALI, combien a-t-elle de salariés ?')
    r",\s*((depuis|par|pour|avec|en|de|a|since|for|by|with|in|from)\s+)?(qui|que|quoi|"
    r"quel(le)?s?|lequel|laquelle|lesquel(le)?s|combien|comment|quand|pourquoi|ou|who|whom|"
    r"whose|what|which|where|when|why|how)\b"
)
# Words of a yes/no question that ask nothing of their own: the verbs of its frame and what
# one says of any structure ('Does it have …', 'Propose-t-elle …', 'Is it a …'), and the
# spoken markers around it ('du coup', 'au final', 'anyway'). The things left are what the
# fiche must mention for the answer to be yes.
YES_NO_FRAME_WORDS = (
    frozenset(
        """
    est-ce est ce que qu does do did is are was were has have had can could will would should
    get got offer offers provide provides run runs make makes use uses take takes
    have having be being been yes oui non no actually really also still already ever
    avoir etre fait faire propose possede dispose offre peut peuvent
    chose choses truc trucs thing things stuff something quelque
    utilise utilisent utiliser utilisez
    link links relationship relationships connexion connexions connection connections tie ties
    pendant durant depuis avant apres lors during since before after while
    coup final finalement anyway basically
    """.split()
    )
    | TIE_NOUNS
)
# Words that qualify the thing a yes/no question asks about rather than name it: its age or
# wear ('des vieux meubles', 'an old TV', 'second-hand clothes', 'usagés'), its size ('grands',
# 'small'), its being real ('an actual shop', 'une vraie boutique', 'a physical shop') and
# the adverbs of degree or time and the particles of talk that only stress the question
# ('vraiment', 'encore', 'really', 'still'; 'ils louent des vélos alors ?', 'donc ils
# recyclent ?'). A fiche
# need not repeat them for the thing to be stated: the fiche says 'meubles', not 'vieux
# meubles'. Folded, FR and EN.
QUALIFYING_WORDS = frozenset(
    """
    vieux vieil vieille vieilles ancien anciens ancienne anciennes usage usages usagee usagees
    usee usees abime abimes abimee abimees occasion occase occaz seconde-main
    old older worn used pre-owned preowned second-hand secondhand vintage
    grand grands grande grandes petit petits petite petites gros grosse grosses
    big bigger large larger small smaller little tiny huge
    vraiment encore toujours aussi deja tres bien really still also already very actually even
    premier premiere deuxieme second seconde troisieme first third
    real actual genuine proper true vrai vraie vrais vraies veritable veritables reel reelle
    physical physique physiques bricks-and-mortar brick-and-mortar
    alors donc hein then anyway
    """.split()
)
# Words for a shop, and the stems of selling: asked with a channel ('an online shop', 'une
# boutique en ligne'), a shop is stated by selling through that channel too ('la vente en
# ligne', "l'espace vente de son site web"). Folded.
SHOP_WORDS = frozenset("shop store boutique magasin commerce e-shop eshop webshop".split())
# ('un site internet marchand' is a shop online: 'marchand' says the site sells)
SELLING_WORDS = ("vente", "vendre", "vend", "vendu", "ventes", "marchand", "marchande")
# A French question asked by intonation only, its structure first and a verb after it ('Le
# Panier de la Mer récupère du poisson ?', 'VESTALI a une boutique ?', 'ils louent des vélos
# ?'): the verbs of the third person present such questions use, besides the conjugated forms
# of the glossary's activities (planner.declarative_verb). Folded.
DECLARATIVE_VERBS_FR = frozenset(
    """
    a ont est sont fait font peut peuvent doit doivent va vont prend prennent reprend
    reprennent vend vendent revend revendent met mettent offre offrent recoit recoivent
    accueille accueillent emploie emploient produit produisent construit construisent
    transforme transforment fabrique fabriquent possede possedent dispose disposent
    propose proposent travaille travaillent fonctionne fonctionnent existe existent
    ouvre ouvrent ferme ferment loue louent donne donnent recupere recuperent
    collecte collectent recycle recyclent repare reparent forme forment cuisine cuisinent
    cultive cultivent livre livrent embauche embauchent organise organisent aide aident
    accepte acceptent prete pretent garde gardent connait connaissent sert servent
    """.split()
)
# The same in English, typed without its auxiliary ('synapse 3i refurbish laptops?', 'vestali
# sells clothes?'): base or third-person forms of everyday verbs, besides the glossary's
# activities. Folded.
DECLARATIVE_VERBS_EN = frozenset(
    """
    has have sells sell takes take makes make offers offer accepts accept employs employ
    runs run owns own rents rent lends lend gives give repairs repair fixes fix
    """.split()
)
# Whether a structure or one of its places still operates, has opened or has stopped ('is the
# Hirson shop still open?', 'la boutique fonctionne toujours ?', 'has it closed?', 'le projet
# est-il terminé ?', 'open yet?'): answered by the dated sentence that states an opening, a
# closure or a pause, not by opening days nor by a plain yes. Folded.
# A yes/no question asking whether an activity goes on ('fabrique encore des masques ?', 'do
# they still make masks?', 'vend-elle toujours en ligne ?'): the booklet speaks of its own
# date, so the sentence dating the activity answers it. Folded.
STILL_ASKED = _rx(r"\b(encore|toujours|still|anymore|any more|nowadays|these days|de nos jours)\b")
# A line that is only a link ('Cf https://…', 'www.…'): it names a thing of its address, it
# states nothing the structure does. Folded.
LINK_ONLY = _rx(r"(cf\.?\s*|voir\s*|see\s*)?(https?://|www\.)\S+")
# A sentence stating a thing as a plan, not as done ('il s'agit maintenant de développer sa
# clientèle en créant son site internet marchand', 'un projet de ressourcerie', 'va
# prochainement permettre'): a yes/no it answers is "not yet, planned", not "yes". Folded.
PLANNED_STATED = _rx(
    r"\bil s.agit maintenant de\b|\ben projet\b|\bun projet (de|du|des|d.)|\bprojette\w*|"
    r"\benvisag\w*|"
    r"\bprevoi\w*|\bprevue?s?\b|\ba l.etude\b|\bprochainement\b|\bsouhaite\w*|"
    r"\breflexion sur\b|\ben cours de (creation|conception|construction|reflexion)\b"
)
# Words before a kind of LIST_KINDS stating it as an aim or a step still to take, not done
# ('se donne pour objectif de se rapprocher des déchetteries', 'un partenariat se dessine
# avec l'éco-organisme', 'en cours de réflexion, la MEL via leurs déchetteries'), ending at
# the kind (no sentence end between). Class: lists by an activity (answering/kind_stated.py).
# Folded.
KIND_AIMED = _rx(
    r"(\bobjectifs? (de|d.)|\bse rapproch\w*|\bse dessine\w*|\ben cours de reflexion\b|"
    r"\ben projet\b|\bprojette\w*|\benvisag\w*|\bsouhait\w*|\bprevoi\w*|\bvis(e|ent) a\b|"
    r"\baims? (to|at)\b|\bplans? to\b|"
    # a future that the kind will bring ('son activation favorisera … l'appui d'un
    # éco-organisme', 'va permettre'), not a partnership of today
    r"\b\w{3,}(era|eront|iront)\b|\bva (bientot )?\w+er\b|\bwill\b)[^.;!?]*$"
)
# A kind of structure a fiche names as its own project, right before the kind ('la structure
# a un projet de ressourcerie', 'le projet d'une école de confection'): no structure of that
# kind yet. Class: a kind of structure asked in a place whose one structure only plans it
# (answering/kind_aside.py). Folded, read on the words before the kind.
KIND_PROJECTED = _rx(r"\bprojets? (de |d.|d.un |d.une )(\w+ ){0,2}$")
# A list asking for those that only aim at the activity too ('ou comptent le faire', 'or
# plan to', 'or want to partner with', 'même en projet'): a kind stated as an aim counts
# (KIND_AIMED). Class: lists by an activity. Folded.
AIM_ASKED = _rx(
    r"\bou (compte|comptent|veut|veulent|souhaitent|prevoient|envisagent|projettent|visent)\b|"
    r"\b(ou|meme) en projet\b|\bou (le )?(projettent|prevoient)\b|"
    r"\bor (plan|plans|planning|intend|intends|want|wants|aim|aims|hope|hopes) to\b|"
    r"\b(or|even) (planned|intended)\b"
)
OPERATING_ASKED = _rx(
    r"\bstill (open|running|active|operating|going|working|in business|around|exist\w*)\b|"
    r"\bopen(ed)? yet\b|\b(yet|already) open(ed)?\b|\bno longer\b|\banymore\b|"
    r"\b(closed|shut( down)?|stopped|ceased|ended|finished|suspended|paused|reopened)\b|"
    r"\b(toujours|encore) (ouverte?s?|active?s?|en (activite|service|fonctionnement|marche))\b|"
    r"\b(fonctionne|fonctionnent|existe|existent|tourne|tournent) (toujours|encore)\b|"
    r"\b(fermee?s?|cesse|arretee?s?|terminee?s?|finie?s?|suspendue?s?|rouverte?s?)\b|"
    r"\b(n.existe|ne fonctionne|n.est) plus\b|\bdeja ouverte?s?\b"
)
# How a fiche states that something opened, paused, stopped or is still to come ('dont
# l'activité a cessé temporairement en début d'année 2021', 'qui durera jusqu'en septembre
# 2022', 'le projet d'un magasin est à l'étude', 'voit le jour en fin d'année 2019'). Folded.
OPERATING_STATED = _rx(
    r"\b(cesse|ferme|fermeture|arret|suspend\w*|temporairement|cambriol\w*|durera|jusqu.(en|au|a)|"
    r"remettre en activite|reouv\w*|ouvre|ouvert\w*|ouverture|voit le jour|demarr\w*|lance\w*|"
    r"a l.etude|en cours|en projet|projet d.un|inaugur\w*|creee?s?|naissance)\b"
)
# Things that say through what channel another thing is ('online', 'en ligne', 'web',
# 'numérique', 'app'): asked with another thing ('an online shop', 'une boutique en ligne'),
# they make one compound thing, which a fiche states only by naming both in one clause (a shop
# in one sentence and a website in another is no online shop). Folded, FR and EN.
CHANNEL_WORDS = frozenset(
    """
    online internet web ligne numerique digital app apps application applications e-shop
    eshop ecommerce e-commerce webshop
    """.split()
)
# A thing asked inside another ('un café dans la boutique', 'a café inside the shop', 'des
# ateliers au sein du magasin'): both make one thing, named in one clause. Folded.
CONTAINED_IN = _rx(
    r"\b(dans (la|le|les|sa|son|ses|leur|leurs)|au sein d|a l.interieur d|inside|within|"
    r"in (the|its|their|her|his))\b"
)
# What a structure turns away, asked of its materials ('what won't they take?', 'X refuse
# quoi comme dons ?', 'qu'est-ce qu'elle n'accepte pas ?'): answered only by a line of what it
# handles that names an exclusion (`EXCLUSION`); a list with none states no refusal. Folded.
REFUSED_ASKED = _rx(
    r"\b(won't|wont|will not|don't|dont|do not|doesn't|does not|can't|cannot|not) "
    r"(take|accept|collect)\b|\b(won't|wont|don't|dont|doesn't|can't) ([\w'-]+ ){1,4}"
    r"(take|accept|collect)\b|\b(refus\w*|reject\w*|turn\w* away|exclu\w*)\b|"
    r"\bn'accept\w* pas\b|\bne (prend|prennent|recupere\w*|collecte\w*) pas\b|"
    r"\bpas accept\w*"
)
# A cost borne by the structure itself, asked with a pronoun standing for it ('ça leur coûte
# combien ?', 'combien ça lui coûte par an ?', 'how much does it cost them to run?'): what it
# spends (its budget), not a price it charges. Folded.
COST_BORNE = _rx(
    r"\b(leur|lui) (coute\w*|a coute|ont coute|revien\w*|a couté)\b|"
    r"\bcost(s|ed)? (them|it|the (association|structure|organi[sz]ation|charity))\b"
    r"(?! (\w+ )?(per|for|a|an|each) )|"
    r"\bcost (\w+ ){0,4}to run\b"
)
# Words after which a sentence lists what a structure does NOT take or do ('sauf les cassettes
# VHS, le gros électroménager … et les téléviseurs', 'except clothes'): a thing named only
# there is stated as excluded, and the answer is no. Folded.
EXCLUSION = _rx(
    r"\b(sauf|excepte|hormis|a l.exception d\w*|a part|en dehors d\w*|except|excluding|"
    r"apart from|other than|but not)\b"
)
# The words leaving out the structures named after them in a request for more ('d'autres à
# part la Remise Enjouée ?', 'any others besides VESTALI?', 'encore, sauf Synapse 3i ?'),
# folded (class: more of a list, the named ones left out; more_of_list.py).
MORE_EXCLUDING = _rx(
    r"\b(sauf|excepte|hormis|a l.exception d\w*|a part|en dehors d\w*|hors|except( for)?|"
    r"excluding|apart from|other than|besides|but not|not counting|leaving out)\b"
)
# A follow-up leaving out structures it names from the list or total just given ('sans compter
# Synapse 3i ?', 'à part VESTALI ?', 'excluding Synapse 3i?', 'et sans VESTALI ?'): the
# structures in focus but those (class: a follow-up after a list or an aggregate). Folded, at
# the start of the question.
LEAVES_OUT = _rx(
    r"^((et|and|mais|but|ok|alors|so)\s+)?(sans( compter| parler d\w*)?|sauf|a part|hormis|"
    r"excepte|en dehors d\w*|hors|except( for)?|excluding|without|apart from|other than|"
    r"not counting|leaving out|besides|minus|moins|"
    # an order to drop them ('vire VESTALI, entre les deux autres ?', 'enlève Synapse 3i',
    # 'remove VESTALI', 'drop the Lille one'; d28-149)
    # (the imperative only: 'retirer les paniers où ?' picks up; nor 'drop-off points')
    r"virez?|enlevez?|retirez?|remove|drop(?![- ]off)|take out|leave out)\b"
)
# A question about the next occurrence of something ('la prochaine fête de la récup', 'the
# next open day', 'when will it open its new shop'), or about an opening to come ('when will
# the Hirson shop reopen?', 'quand va-t-elle rouvrir ?'): only a date to come answers it, not
# the year of a past event.
NEXT_OCCURRENCE = _rx(
    r"\b(prochaine?s?|next|upcoming|a venir|aura lieu|auront lieu|will (take place|be held|"
    r"happen|open|start|be)|is (planned|scheduled) for)\b|"
    r"\bwill\b[^?.]{0,40}\b(reopen|open|start|launch|resume|restart)\b|"
    r"\b(rouvrir|rouvrira\w*|reouvrir|reouvrira\w*|ouvrira\w*|reopen\w*|reouverture)\b|"
    r"\b(va|vont)(-t-(il|elle|ils|elles))? (r|re)?ouvrir\b"
)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A pattern of a table below, compiled once."""
    return re.compile(pattern)


# -- blanks left in a booklet ---------------------------------------------------------------
# A booklet drafted from a form keeps some of the form's queries unanswered: a placeholder
# ('de xxxxxx le premier prix'), a bracketed query ('(quelle année)', '(sur quoi en quelle
# année ?)'), a trailing one ('Aide au démarrage … par qui ?') or the form's own question to the
# structure ('Seriez-vous dans la possibilité d'essaimer ?'). Each says what it leaves blank:
# a question asking that very thing is not answered by the sentence. Folded.
BLANKS = {
    "name": _rx(r"\bx{3,}\b|\bpar qui\s*\?|\b(de|a) qui\s*\?"),
    "year": _rx(r"\(\s*(en )?quelle? (annee|date)|en quelle? (annee|date)\s*\?"),
    "object": _rx(r"\(\s*sur quoi\b|\bsur quoi\s*\?"),
    "form": _rx(r"\b(seriez|pourriez|avez|etes|pouvez)[- ]vous\b[^.?!]*\?"),
}
# A label of the fiche template left with no value ('BÉNÉFICIAIRES :', 'PARTENAIRES
# FINANCIERS MOBILISÉS :'): the label in capitals and its colon, nothing after. As written.
EMPTY_LABEL = re.compile(r"^[^a-z\n]{3,}:\s*$")
# What a question asks, by the blank that would leave it unanswered: who (a name: 'qui a
# décerné …', 'who gave …', 'par qui …', 'which foundation …'), when ('en quelle année',
# 'when', 'what year'), on what ('sur quoi', 'for what', 'on what'). Folded.
ASKS_BLANK = {
    "name": _rx(
        r"^\W*(qui|who)\b|\b(par|de|a) qui\b|\bby whom\b|\bfrom whom\b|"
        r"\b(quel(le)?s?|which|what) (organisme|organisation|organization|fondation|"
        r"foundation|financeur|funder|jury|body)\b"
    ),
    "year": _rx(r"\b(quand|when|quelle? (annee|date)|what (year|date)|depuis quand|since when)\b"),
    "object": _rx(r"\b(sur quoi|pour quoi faire|on what|for what|what for)\b"),
}
# A sum of money asked ('le montant de la subvention', 'how much money', 'combien d'euros'):
# only a figure in euros answers it, not a line naming the funder. Folded.
MONEY_ASKED = _rx(
    r"\b(montant|somme|combien d.(argent|euros?)|how much money|amount|how many euros)\b|"
    # class: a follow-up switching the unit to money ('et en euros ?', 'and in euros?' after a
    # tonnage or a count: a sum is asked, unit_switch.py)
    r"^((et|and|mais|but|ok|alors|so) )?(en|in) (euros?|argent|money)\W*$"
)
# A sum received from, or given by, a partner named (class: 'combien a-t-elle reçu de la
# DREETS ?', 'how much did the CIGALES club lend it?', 'le montant du prêt des CIGALES'):
# only a sentence naming that partner with an amount answers it, not the budget nor a line
# naming the partner without a sum. 'Combien de salariés financés par …' counts people, not
# money. Folded.
MONEY_FROM_ASKED = _rx(
    r"\bhow much\b[^?]*\b(get|got|gets|receiv\w*|lend|lent|lends|give|gave|gives|given|"
    r"borrow\w*|"
    r"grant\w*|loan\w*|donat\w*|provid\w*|fund\w*|contribut\w*|award\w*|pa(y|id|ys))\b|"
    r"\b(montant|somme|amount|sum|combien d.(argent|euros?))\b[^?]*\b(subvention\w*|pret\w*|"
    r"dons?|aides?|financement\w*|apport\w*|grants?|loans?|donations?|funding|contribution\w*|"
    r"recu|touche\w*|obtenu|percu|verse\w*|donne\w*|prete\w*|accorde\w*|get|got|receiv\w*|"
    r"emprunt\w*)\b|"
    # ('combien ils en donnent ?': 'en' stands for the things in focus, a count of them)
    r"\bcombien\b(?! (de|d.) ?[a-z])[^?]*(?<!\ben )\b(recu|recoit|touche\w*|obtenu|obtient|"
    r"percu|verse\w*|donne\w*|prete\w*|accorde\w*|apporte\w*|emprunte\w*|"
    # money put in ('combien le FDI 62 a mis pour le compresseur ?', 'combien a investi …')
    r"mis|mettent|investi\w*|injecte\w*)\b|"
    # the verb first, as spoken ('elle a touché combien avec UrgencESS ?', 'ils ont reçu
    # combien de la Région ?')
    r"\b(recu|touche|obtenu|percu|eu)\s+combien\b(?!\s+d(e\s+|.)(?!la\b|l.|les\b|argent|euro)[a-z])"
)
# Money meant by a sum asked of a funder: a money word, or 'how much' / 'combien' with no
# thing counted after it ('how much did they get from X?', 'a reçu combien de la Région ?');
# 'how much fish does it get from the auctions?' asks a quantity of fish. Folded.
MONEY_MEANT = _rx(
    r"\b(money|argent|euros?|funding|financements?|subventions?|grants?|loans?|prets?|"
    r"aides?|dons?|donations?|sum|somme|montant|amount)\b|"
    r"\bhow much (did|does|do|has|have|had|was|were|will|is|are)\b|"
    r"\bcombien\b(?!\s+d(e\s+|.)(?!la\b|l.|les\b|argent|euro)[a-z])"
)
# What one funder gives ('la subvention de la Région', 'how much does the Region give it'):
# a part of the budget the booklet does not break down, not the budget. Folded.
GRANT_ASKED = _rx(
    r"\b(subventions?|grants?|subsid(y|ies)|donne(nt)?|verse(nt)?|gives?|given|paid)\b"
)

# What is done to the things a figure counts, asked and stated (class: a count bound to
# another verb than the one asked: 'how many toys do they sell?' of '3,5 tonnes de jouets
# collectés', 'combien d'ordinateurs vendus ?' of '1200 ordinateurs sont donnés'), keyed by
# the act: (how a question asks it, folded; how a French figure states it, folded; its label
# fr; its label en). 'donnees' (data) and 'vendredi' are no such verbs.
# A count asked ('how many', 'combien', 'the number of'), folded: only a count is bound to an
# act ('which fiches give a tonnage figure?' asks no count given away).
COUNT_ASKED = _rx(r"\b(how many|how much|combien|number of|nombre d|nb d)")
# A measure bound to an act by its own words ('leur tonnage collecté', 'les tonnes vendues',
# 'the tonnage they collect', 'collected tonnage'): a count of that act asked, as 'combien'
# asks one (class: a list of the structures stating a figure of an act, 'lesquelles donnent
# leur tonnage collecté ?', where a tonnage produced and sold is no tonnage collected). Folded.
ACT_QUALIFIED_MEASURE = _rx(
    r"\b(tonnages?|tonnes?|volumes?|quantites?|quantit(y|ies)|weights?)\s+"
    r"((qu.?|that |which )?(ils |elles |they |it |elle |il )?(ont |have |has )?)?"
    r"(collect\w*|recuper\w*|gather\w*|(re)?vend\w*|sold|sells?|resold|donn[ee]\w*|given|gives?)\b|"
    r"\b(collected|gathered|sold|resold|given away|donated)\s+(tonnages?|tonnes?|volumes?|"
    r"quantit(y|ies)|weights?)\b"
)
COUNTED_ACTS: dict[str, tuple[re.Pattern[str], re.Pattern[str], str, str]] = {
    "sold": (
        _rx(
            r"\b(sell|sells|selling|sold|resell\w*|(re)?vend(s|u|ue|us|ues|re|ent|ons|ez|ait|"
            r"aient|ra|ront)?|ventes?)\b"
        ),
        _rx(r"\b(re)?vend(s|u|ue|us|ues|re|ent|ons|ait|aient|ra|ront)?\b|\bventes?\b"),
        "vendus",
        "sold",
    ),
    "given": (
        _rx(
            r"\b(give|gives|giving|given|gave|donates?|donated|donating|give away|"
            r"donn(e|es|ee|ent|er|ons|ez|ait|aient|era|eront))\b"
        ),
        _rx(r"\bdonn(e|es|ee|ent|er|ons|ait|aient|era|eront)\b"),
        "donnés",
        "given away",
    ),
    "collected": (
        _rx(r"\b(collect\w*|recuper\w*|gather\w*)\b"),
        _rx(r"\b(collect\w*|recuper\w*)\b"),
        "collectés",
        "collected",
    ),
    # 'distribués' says neither sold nor given ('100 paniers solidaires distribués' are paid
    # for, '1500 ordinateurs … distribués' mostly given): asked of a sale, it is another act
    "distributed": (
        _rx(r"\b(distribut(e|es|ed|ing)|distribu(e|es|ee|ees|ent|er|ons|ez|ait|aient))\b"),
        _rx(r"\bdistribu(e|es|ee|ees|ent|er|ait|aient|ant)\b"),
        "distribués",
        "distributed",
    ),
    "bought": (
        _rx(r"\b(buy|buys|buying|bought|purchas\w*|achet\w*|achats?)\b"),
        _rx(r"\b(achet\w*|achats?)\b"),
        "achetés",
        "bought",
    ),
}

# The holders of a founding role asked by its noun ('c'est qui les fondateurs ?', 'who are
# the founders?', 'la fondatrice'), not by its verb ('qui l'a créée ?'): persons are asked,
# and a group that founded it ('un collectif d'habitants') names none (class: a person asked
# where the fiche names no person).
ROLE_NOUN_ASKED = _rx(r"\b(co-?)?(fondat(eur|rice)s?|founders?)\b")

# What a role does, asked of the role, not who holds it ('le trésorier, il fait quoi ?', 'que
# fait le trésorier ?', 'à quoi sert son trésorier ?', 'What does the treasurer do?', "what is
# the treasurer's job?"): a sentence saying what the role does answers, named or not (class: a
# role the fiche mentions without a name, asked what it does). Who holds it ('who has the
# treasurer role?', 'qui fait office de trésorier ?') is no duty asked. Folded.
ROLE_DUTY_ASKED = _rx(
    r"^(?![^?]*\b(qui|who|whom|whose)\b)[^?]*?(?:"
    r"\b(fait|font|faisait) quoi\b|\bque (fait|font|faisait)\b|\bqu.est-ce qu.(il|elle)s? fon?t\b|"
    r"\ba quoi (sert|servent)\b|\bson role\b|\bleur role\b|\bses (missions|taches|fonctions)\b|"
    r"\bwhat (does|do|did) (the|their|its|his|her)\b[^?]*\bdo\b|"
    r"\b(role|job|duties|tasks|responsibilities)\b)"
)

# A count of part of a population the question itself states ('Of the Jardin's 400 members,
# how many are students?', 'Sur les 400 adhérents, combien sont étudiants ?', 'Parmi ses 85
# salariés en insertion, combien de femmes ?'): the population is given, not asked; the part
# is the count asked (class: a sub-count of a stated count). Folded; group 'part' is what
# follows the count's words.
SUBCOUNT_FRAME = _rx(
    r"^\W*(of|out of|among(st)?|sur|parmi)\b[^?]{0,80}?\d[^?]{0,60}?[,:;]?\s*"
    r"(how many|combien)\b(?P<part>[^?]*)"
)
# The count's words before the part counted ('how many are', 'how many of them are',
# 'combien sont des', "combien d'entre eux sont", 'combien de'), folded.
SUBCOUNT_OPENING = _rx(
    r"^\s*(of them\s+|d.entre (eux|elles)\s+)?(are|were|is|sont|est|ont|have)?\s*"
    r"(des\s+|d'|de\s+|du\s+|les\s+)?"
)

# Words read as the noun a figure counts that point back instead ('combien chacune ?', 'how
# many each?'): a follow-up so worded asks the previous figure again (class: a count of
# another noun than the figure in focus, whose noun these are not). Folded.
COUNT_POINTERS = frozenset(
    "chacun chacune chacuns chacunes each eux elles ils them they it that this ca cela "
    "celle celles celui ceux one ones".split()
)

# What a share asked says of the part of a population it counts ('what share of its
# insertion workers are women?', 'quelle part des salariés sont des femmes ?', 'what
# percentage of members have a disability?'): the words after the verb. A share stated of
# another part ('50 % des salariés en insertion sont issus des quartiers prioritaires') does
# not answer it (class: a share of a sub-population not stated). Folded; group 'part'.
SHARE_QUALIFIER = _rx(
    r"\b(are|is|were|sont|est|etaient|ont|have|has)\s+(?P<part>[^?]{3,60}?)\s*\??\s*$"
)

# -- outcomes asked of what a fiche states as only requested -----------------------------------
# Class: a yes/no question asking whether something came about — was obtained, granted,
# received, adopted ('did they get it?', 'Did it eventually adopt the software?', 'a fini par
# toucher la prime ?', 'l'agrément a-t-il été accordé ?'): answered yes only by a sentence
# stating it done, not by one stating it requested, pending or hoped for. Folded.
_OUTCOME_DONE_ASKED = _rx(
    r"\b(eventually|finally|in the end|ultimately|end(?:ed)? up|at last)\b|"
    r"\bdid (?:it|they|she|he|the \w+|\w+) (?:ever |actually |really )?"
    r"(?:get|obtain|receive|win|secure|land|adopt|manage|succeed)\b|"
    r"\b(?:was|were|has|have) (?:it|they|she|he|the \w+|\w+) (?:been |ever been )?"
    r"(?:granted|approved|accepted|awarded|obtained|received|given|got|gotten)\b|"
    r"\bdid (?:it|that|this) (?:work out|go through|come through|pan out|happen)\b|"
    r"\b(?:a|ont)(?:-t)?(?:-(?:elle|il|ils|elles))? (?:fini|finalement) par\b|"
    r"\bfinalement\b|\bau final\b|\ben fin de compte\b|\bfinir par\b|"
    r"\b(?:a|ont)(?:-t)?-(?:elle|il|ils|elles) (?:bien |finalement )?"
    r"(?:obtenu|recu|eu|touche|decroche|adopte)\b|"
    r"\b(?:l.|les )?(?:a|ont) (?:bien |finalement )?(?:obtenu|recu|eu|touche|decroche)\b|"
    r"\b(?:a|ont)(?:-t-(?:elle|il|ils|elles))? (?:bien )?ete (?:accorde|obtenu|attribue|valide|"
    r"verse|delivre)e?s?\b|\b(?:ca|cela) a (?:abouti|marche)\b"
)
# Whether a thing was needed ('ils ont eu besoin d'une autorisation pour … ?', 'did they
# need an approval to …?', 'fallait-il un agrément ?'): the need, not whether it was granted —
# a sentence saying they applied for it answers yes. Class: outcomes asked (OUTCOME_ASKED),
# a yes/no on a requested authorisation. Folded.
NEED_ASKED = _rx(
    r"\b(besoin d|need|needs|needed|require|requires|required|fallait|faut.il|falloir|"
    r"necessaires?|obligatoires?|oblige\w*)\b"
)
# 'Bénéficiaire(s)' after the verb 'être' with no 'de' after it: in profit, not the public
# served ('ont-ils été bénéficiaires en 2021 ?', 'l'épicerie est-elle bénéficiaire ?'). Class:
# a word with two senses (word_sense.py). Folded.
PROFIT_SENSE = _rx(
    r"\b(?P<verb>ete|etre|est|sont|etait|etaient|sera|seront|serait|seraient)"
    r"(?:-(?:elle|il|ils|elles))?"
    r"(?: (?:deja|bien|enfin|vraiment))? (?P<word>beneficiaires?)\b(?! (?:de|du|des|d)\b)"
)
# Outcomes reached, beside those obtained (class: a yes/no answered "oui" with a plan, a
# reflection or a target: 'a-t-elle atteint ses 10 000 € de CA ?', 'have they put in any
# vending machines yet?', 'ont-ils été rentables en 2021 ?'). Folded; joined to OUTCOME_ASKED.
_REACHED_ASKED = (
    r"\b(?:a|ont)(?:-t)?(?:-(?:elle|il|ils|elles))? (?:bien |deja |enfin |finalement )?"
    r"(?:atteint|installe|mis en place|realise)\b|\b(?:a|ont)(?:-t)?-(?:elle|il|ils|elles) deja\b|"
    r"\b(?:has|have|did) (?:it|they|she|he|the \w+|\w+) (?:ever |actually |already |yet )?"
    r"(?:reach(?:ed)?|hit|achieved?|met|meet|install(?:ed)?|put in|set up)\b|\byet\s*\W*$|"
    # the thing reached is left to be read ('rentables', 'a profit'): only the frame matches
    r"\b(?:ete|etaient|etait|was|were)(?= (?:\w+ )?(?:rentables?|excedentaires?|profitable|"
    r"in profit|in the black)\b)|\b(?:made|make|turn(?:ed)?)(?= a profit\b)|"
    r"\b(?:a|ont)(?:-t)?(?:-(?:elle|il|ils|elles))? (?:fait|eu|degage)(?= (?:un |des )?"
    r"(?:benefices?|resultats? positifs?|excedents?)\b)|"
    # a status now asked of a thing ('is the café open yet?', 'up and running now?', 'est-il
    # déjà ouvert ?', 'fonctionne-t-il maintenant ?'): of a thing the fiche states only as
    # coming or planned, it does not say (class: a status now the booklet does not date)
    r"\b(?:already|now|yet|currently) (?:open|opened|running|operating|operational|in place|"
    r"up and running|working|in service)\b|\b(?:open|opened|running|operating|operational|"
    r"in place|working|in service) (?:yet|now|already|today)\b|"
    r"\b(?:deja|maintenant|desormais|aujourd.hui) (?:ouverte?s?|en (?:service|place|activite|"
    r"fonctionnement|route)|operationnel\w*|lancee?s?)\b|\b(?:ouverte?s?|en (?:service|place|"
    r"activite|fonctionnement|route)|operationnel\w*|lancee?s?|fonctionne(?:-t-(?:il|elle))?) "
    r"(?:maintenant|aujourd.hui|deja|desormais)\b"
)
OUTCOME_ASKED = _rx(_OUTCOME_DONE_ASKED.pattern + "|" + _REACHED_ASKED)
# A word asking what, which, how much, who, when or why: an open question, no yes/no.
# Class: outcomes asked (OUTCOME_ASKED). Folded.
# The results asked of a thing ('Quels résultats a eu l'ambassadeur ?', 'What results did
# the new hire bring?', 'qu'a donné le recrutement ?'): an outcome asked openly. Of a thing
# the fiche states only as planned or to be funded, the fiche does not say (class: the
# results of a planned hire or action; outcome.py). Folded.
RESULTS_ASKED = _rx(
    r"\bquels? (?:ont ete |sont |etaient )?(?:les |ses |leurs )?(?:resultats?|effets?|retombees)\b|"
    r"\bqu.(?:a|ont) (?:donne|apporte|produit)\b|\bquel (?:bilan|impact)\b|"
    r"\bwhat (?:results?|outcomes?|impact|effects?|difference)\b|"
    r"\bwhat did (?:it|they|she|he|the \w+|\w+)(?: \w+){0,6} (?:achieve|accomplish|bring)\b|"
    r"\bhow did (?:it|they|she|he|the \w+|\w+)(?: \w+){0,6} (?:turn out|work out|go)\b"
)
OPEN_QUESTION_WORD = _rx(
    r"\b(?:quel|quelle|quels|quelles|combien|qui|quoi|quand|comment|pourquoi|lequel|"
    r"laquelle|lesquels|lesquelles|what|which|how|who|whom|when|why|where)\b"
)
# A sentence stating a thing as asked for, pending, hoped or planned, not done ('elle a
# sollicité un agrément sanitaire', 'est en attente d'une proposition', 'espère recevoir la
# prime', 's'est rapprochée de la SCIC … pour se munir de leur logiciel'). Class: outcomes
# asked (OUTCOME_ASKED). Folded.
PENDING_STATED = _rx(
    r"\bsollicit\w*|\ben attente\b|\bespere\w*|\bespoir\b|\brapproch\w*|\bobjectif\b|"
    r"\bprojet\w*|\benvisag\w*|\bsouhait\w*|\bprevoi\w*|\bprevue?s?\b|\ben cours\b|"
    r"\bcandidat\w*|\bpostul\w*|\bnecessit\w*|\b(?:a |ont )?demande (?:un|une|des|le|la|l.)\b|"
    r"\bpour (?:se munir|obtenir|recevoir|beneficier)\b|"
    # an aim, a search, a reflection, a step still needed ('vise un résultat positif',
    # 'recherche 2 hectares', 'Réflexion sur l'installation', 'le temps nécessaire pour
    # accéder à', 'atteindre un chiffre d'affaires'): class, outcomes reached (_REACHED_ASKED)
    r"\bvis(?:e|ent|ait|aient)\b|\brecherch\w*|\bcherch\w*|\breflexion\b|\breflechi\w*|"
    r"\bnecessaire pour\b|\batteindre\b|"
    # a thing stated as coming ('va prochainement permettre', 'bientôt', 'à venir', 'futur'):
    # class, a status now of a thing the fiche states only as coming
    r"\bprochainement\b|\bbientot\b|\ba venir\b|\bfutur\w*"
)
# A sentence stating a thing done ('agrément … obtenu', 'obtient l'agrément', 'a reçu',
# 'lauréate'): it answers an outcome asked, whatever plan it also names. Folded.
DONE_STATED = _rx(
    r"\bobten(?:u|ue|us|ues)\b|\bobtient\b|\bobtenait\b|\ba recu\b|\brecue?s?\b|"
    r"\blaureat\w*|\ba ete (?:accorde|attribue|valide|retenu)e?s?\b|\bbeneficie d\w*"
)


# -- the other side of a comparison ------------------------------------------------------------
# Class: a comparison with an organisation the booklet has no fiche for ('How does VESTALI's
# tonnage compare with Le Relais?', 'Synapse 3i traite plus de matos qu'Emmaüs Connect ?'): a
# comparison needs both sides stated. The words right before the other side's name. Folded.
COMPARED_WITH = _rx(
    r"\b(?:compared?\s+(?:with|to|against)|comparison\s+(?:with|to)|than|versus|vs\.?|"
    r"par rapport (?:a|aux?)|compar\w*\s+(?:a|aux?|avec)|face aux?|que|qu')"
    r"\s*(?:(?:chez|dans|at|in|for|a|au)\s+)?"
)
# A comparative word: 'que'/'qu'' opens a compared side only after one ('plus de … qu'Emmaüs');
# a comparison between structures in focus ('which of them has more members?', planner) and a
# comparison read by the aggregate planner. (One definition: an earlier, narrower one listing
# 'greater', 'older', 'younger', 'newer' was overridden by this one, so never in effect.)
COMPARATIVE = _rx(
    r"\b(?:plus|moins|autant|aussi|mieux|davantage|more|less|fewer|bigger|larger|smaller|"
    r"higher|lower|compare\w*|versus|vs)\b"
)
# A list follow-up narrowing the previous answer rather than switching what it asked
# (class: 'only those working with Coorace?', 'seulement celles avec le Coorace ?',
# 'lesquelles parmi elles citent Emmaüs ?', 'which of them mention the CRESS?'), against
# 'et avec Valdelia ?', 'and which mention Emmaüs?', 'et celles qui citent Emmaüs ?',
# which ask the booklet anew.
NARROWING_FOLLOWUP = _rx(
    r"\b(only|just|seulement|uniquement|parmi (elles|eux|celles-ci|ceux-ci|ces)|"
    r"among (them|those|these)|(of|from) (them|those|these)|d'entre (elles|eux)|"
    r"de (celles|ceux)-ci|lesquel(le)?s? d'entre|which of)\b"
)
# A follow-up asking which of the list just given a name concerns, as a yes/no over them or
# with an interrogative pronoun ('did the ADEME help any of them?', 'does Coorace work with
# one of those?', 'le Crédit Agricole a aidé lesquelles ?', 'l'ADEME finance-t-elle l'une
# d'entre elles ?'): the structures of the list naming it (class: a name asked among a list;
# list_followups._named_list_followup). Folded.
ANY_OF_THE_LIST = _rx(
    r"\b(any|one|some|either|all) of (them|those|these)\b|"
    r"\b(l'une|une|certaines?|aucune|l'un|un|certains?|aucun) d'(entre )?(elles|eux)\b|"
    r"\blesquel(le)?s?\s*[?!.]*$"
)
# A bound a list question sets on a figure or a year (class: a list follow-up switching
# the bound, 'et après 2018 ?' after 'créées avant 2010', 'which of these have exactly
# two?' after 'more than one site', 'et plus de 20 salariés ?', 'what about before 2000?').
BOUND_PHRASE = _rx(
    r"\b(plus de|moins de|au moins|au plus|exactement|pile|avant|apres|depuis|"
    r"more than|less than|fewer than|at least|at most|exactly|before|after|since|"
    r"over|under|above|below)\s+(l'an\s+|en\s+|in\s+)?"
    # an amount may carry its currency and a thousand or million ('less than €300k')
    r"(€\s*|\$\s*)?(\d+(?:\s\d{3})*(?:[.,]\d+)?(?:\s*(?:k|m)\b)?(?:\s*(?:€|euros?))?|"
    + "|".join(sorted(NUMBER_WORDS_Q, key=len, reverse=True))
    + r")\b"
)
# The words around a switched bound that ask nothing of their own ('et', 'which of these
# have', 'lesquelles en ont', 'what about'): the follow-up asks the last list anew.
BOUND_FILLER = frozenset(
    """et and ou or alors so ok okay what about how which of these those them ones have has
    had ont a en y qui parmi elles eux celles ceux ci lesquelles lesquels laquelle only
    seulement uniquement the les le la des de d l then et puis sinon""".split()
) | frozenset(
    # how a budget is lived on, by the year ('which ones run on less than €300k a year?',
    # 'celles qui tournent avec moins de 300 000 € par an ?'): the same measure, said so
    """run runs on operate operates with avec tourne tournent fonctionne fonctionnent vivent
    vit per par an year yearly annual annuel annuellement""".split()
)
# Other structures asked with a topic of their own (class: 'd'autres structures du livret
# collectent des livres ?', 'any other initiatives that repair bikes?' after a turn about one
# structure): the list of the topic, the one in focus left out.
OTHER_STRUCTURES = _rx(
    r"\b(d'autres|autres|other|another|any other)\s+(structures?|initiatives?|assos?|"
    r"associations?|acteurs?|organi[sz]ations?|projets?|projects?)\b|"
    # … or with a pro-form and a relative ('y en a d'autres qui récupèrent des livres ?',
    # 'anyone else who repairs bikes?', 'are there others that sell online?')
    r"\b(d'autres|others|any ?one else|any ?body else|some ?one else)\s+(qui|that|who|which)\b|"
    # … or 'who else' / "qui d'autre" asking it ('who else recycles clothes?', "qui d'autre
    # recycle des vêtements ?", 'anyone else in the Aisne?'); 'what else' asks more of the one
    r"^\W*(?:(?:et|and|so|ok|alors)\W+)?(?:who|qui) (?:else|d.autre)\b|"
    r"\b(?:any ?one|any ?body|some ?one|quelqu.un) (?:else|d.autre)\b"
)
# A list follow-up counting the structures it picks among (class: 'which of the four
# distribute baskets?', 'parmi les quatre, lesquelles …', 'among the five', 'des trois,
# laquelle …'): the list of that many, which may be an earlier answer than the last one.
AMONG_THE_N = _rx(
    r"\b(of the|among the|from the|parmi les|d'entre les|des|lesquel(le)?s? des)\s+"
    r"(?P<n>deux|trois|quatre|cinq|six|sept|huit|two|three|four|five|six|seven|eight|\d)\b"
)


# -- a kind of value asked that the quoted sentence does not hold ------------------------------
# Class: a question asking, of one structure, a kind of value its fiche does not state, most
# often as a follow-up ('et combien ça leur rapporte ?', 'le prêt, il était de combien ?',
# 'ça fait combien à l'unité ?', 'why not clothes?'): the sentence quoted before, or the
# nearest one, holds no value of that kind; the answer says so and quotes it as the nearest
# fact (answering/unstated_kind.py). All folded.
#
# A sum of money asked by its verb, not by 'montant' ('combien ça leur rapporte ?', 'ils
# donnent combien ?', 'vendu pour combien ?', 'le prêt était de combien ?', 'how much do they
# earn from it?', 'how much did they lend?'). 'combien de …' counts things, not money.
SUM_ASKED = _rx(
    r"\bpour combien\b|\ba hauteur de combien\b|"
    # ('ils en donnent combien ?': 'en' stands for the things in focus, a count of them)
    r"\b(rapport\w*|financ\w*|(?<!\ben )donn\w*|verse\w*|pret\w*|subvention\w*|"
    r"cout(?!ur|um)\w*|vaut|valent|gagn\w*|touch\w*|recu|recoi\w*|percoi\w*)\b"
    r"[^?]{0,50}\bcombien\b(?! d)|"
    r"\bcombien\b(?! d)[^?]{0,30}\b(rapport\w*|financ\w*|(?<!\ben )donn\w*|verse\w*|"
    r"cout(?!ur|um)\w*|gagn\w*|"
    r"touch\w*|pret\w*|subvention\w*)\b|"
    r"\bhow much (money|funding|revenue|income|cash)\b|"
    r"\bhow much\b[^?]{0,30}\b(loans?|grants?|funding|subsid\w*|sponsorship)\b|"
    r"\bhow much\b[^?]{0,40}\b(earn\w*|make|makes|made|bring in|brings in|brought in|cost\w*|"
    r"worth|sold for|sell for|lend|lent|give|gave|gives|pay|paid|pays|fund\w*|raise\w*)\b"
)
# Revenue asked ('combien ça leur rapporte ?', 'how much do they earn?', 'what income …'):
# a price or a budget is no revenue; only a sentence naming takings answers it.
REVENUE_ASKED = _rx(
    # ('par rapport à 2018' compares, it earns nothing)
    r"(?<!\bpar )\brapport\w*\b|\brecettes?\b|\brevenues?\b|(?<!low-)(?<!low )\bincome\b|"
    r"\bturnover\b|\bearn\w*|\bbring in\b|\bbrings in\b|\bbrought in\b|\bchiffre d.affaires\b"
)
# A price asked ('how much does a basket cost?', 'combien coûte …', 'à quel prix'): a price
# stated answers it, whatever else the question names ('a low-income family').
# 'cout' is the stem of coût/coûter, never of couture nor coutume, here and in every cost
# pattern (class: a figure asked of a part named by such a word, 'le budget de l'atelier
# couture': read as a price word, the part was dropped and the whole structure's budget given)
PRICE_ASKED = _rx(r"\bcost\w*|\bcout(?!ur|um)\w*|\bprix\b|\bprices?\b|\btarifs?\b|\bpa(y|ys|id)\b")
REVENUE_STATED = _rx(
    r"\bchiffre d.affaires\b|\bca\b|\brecettes?\b|\brevenus?\b|\bturnover\b|\bincome\b|"
    r"\bproduits? (d.exploitation|des ventes)\b|\bventes?\b[^.;]{0,40}\d[\d  .,]*\s*(€|euros?|k€)"
)
# A count asked in units of a thing the fiche may weigh ('ça fait combien de jouets à
# l'unité ?', 'how many individual items is that?'): a weight does not answer it.
UNITS_ASKED = _rx(
    r"\ba l.unite\b|\ben unites?\b|\bpar unite\b|\bin units\b|\bby the (piece|unit)\b|"
    r"\bindividual(ly)?\b|\bhow many (single |separate )?(items|pieces|units|objects)\b|"
    r"\bcombien d.(unites|pieces)\b|\ben nombre\b|\bas a count\b"
)
# A count of things asked one by one ('how many objects did they collect?', 'combien d'objets
# ont-ils collectés ?'): the noun counted is the group 'noun' (English) or 'noun2' (French).
# Class: a count asked where a weight is stated (answering/unstated_kind.py). Folded.
ITEMS_COUNTED_ASKED = _rx(
    r"\bhow many (?P<noun>[a-z]{3,})\b|"
    r"\b(?:combien|cb|nombre) d(?:e |.)(?P<noun2>[a-z]{3,})\b"
)
# Units of weight, volume, surface or time: counted by them, a thing is measured, not counted.
MEASURE_UNIT_WORD = _rx(
    r"(?:tonnes?|tons?|kilos?|kilogram\w*|kg|grammes?|grams?|pounds?|litres?|liters?|metres?|"
    r"meters?|m2|m3|hectares?|ha|heures?|hours?|jours?|days?|mois|months?|annees?|years?|"
    r"semaines?|weeks?|euros?|palettes?)"
)
# Class: a distance asked between places ('how far is X from Boulogne?', 'à quelle distance
# de Lille ?', "c'est à combien de km d'Amiens ?", 'km entre Guise et Hirson', "c'est loin de
# Montreuil ?"): only a sentence stating a length in km, kilomètres or metres answers it; an
# address or a town's name is no distance (answering/unstated_kind.py). Folded.
DISTANCE_ASKED = _rx(
    # (square metres are a surface: 'combien de mètres carrés de serres ?')
    r"\bhow far\b|\bdistances?\b|\bcombien de (km|kilometres?|metres?(?! carres?)|bornes)\b|"
    r"\bhow many (km|kms|kilomet\w*|miles|meters(?! squared)|metres(?! squared))\b|"
    r"\bkm (de|d.|du|from|entre|between|to)\b|"
    r"\b(c.est|est[- ]ce|est[- ]il|est[- ]elle|is it|is that|is this)( \w+){0,2} (loin|far)\b|"
    r"\bfar (away )?from\b|(?<!pas )(?<!not )\bloin (de|d.|du)\b[^?]{0,40}\?|"
    r"\bkilometres? (de|d.|from|entre|between)\b"
)
DISTANCE_STATED = _rx(
    r"\b(km|kms|kilometres?|kilometers?|miles?)\b|\d\s*(m|metres?|meters?)\b(?! ?(2|carres?|²))"
)
WEIGHT_STATED = _rx(r"\d[\d  .,]*\s*(tonnes?|tons?|t|kg|kilos?|kilogrammes?)\b")
# Class: a near miss asking the weight of one thing ('quel est le poids d'un colis ?', 'how
# heavy is a basket?', 'un panier pèse combien ?'): a count of them is no weight; only a
# sentence with a weight unit answers it (answering/unstated_kind.py).
WEIGHT_ASKED = _rx(r"\b(poids|pese\w*|weigh\w*|heavy|heaviness|combien de (kilos|kg|grammes))\b")
# Class: a near miss asking what someone paid for a thing ('combien le Palais a-t-il payé
# les chaises ?', 'how much did the hotel pay for the headboards?'): a count of the things
# sold is no sum paid; only a sentence with a sum answers it (answering/unstated_kind.py).
PAID_ASKED = _rx(
    r"\bcombien\b(?! d)[^?]{0,60}\b(paye\w*|paie\w*|payer|achete\w*|depense\w*)\b|"
    r"\bhow much\b[^?]{0,60}\b(paid|pay|pays|spent|spend)\b"
)
# Jobs created asked ('ça a créé combien d'emplois ?', 'how many jobs did that create?'): a
# headcount is not the jobs a change created; only a sentence stating a creation answers it.
JOBS_CREATED_ASKED = _rx(
    r"\b(cre\w*|creat\w*|genere\w*|generat\w*)\b[^?]{0,30}\b(emplois?|jobs?|postes?)\b|"
    r"\b(emplois?|jobs?|postes?)\b[^?]{0,20}\b(crees?|creer|create|created|generated|"
    r"generate|generes?)\b"
)
# A creation a sentence states for jobs asked ('créé', 'création', 'generated'), folded.
JOBS_CREATION_STATED = _rx(r"\bcre(e|ee|es|ees|er|ation\w*)\b|\bcreat\w*|\bgenere\w*|\bgenerat\w*")
# The reason of a refusal or an absence asked ('why not clothes?', 'pourquoi pas les
# vêtements ?', 'pourquoi ils ne prennent pas …'): the sentence stating the exclusion is the
# nearest fact, not the reason, unless it gives a cause.
NEGATED_WHY = _rx(
    r"\bwhy (not|no|don.t|doesn.t|didn.t|aren.t|isn.t|won.t|can.t|do not|does not)\b|"
    r"\bpourquoi (pas|ne|n.)\b|\bpourquoi\b[^?]{0,40}\b(pas|jamais)\b"
)
CAUSE_GIVEN = _rx(
    r"\bcar\b|\bparce qu|\ben raison d|\bfaute d|\bpour des raisons\b|\bc.est pourquoi\b|"
    r"\bbecause\b|\bdue to\b|\bsince\b|\bafin (de|d.)|\bdans l.objectif\b|"
    # a cause or an outcome said by a connective or a verb of causing ('Du fait des impacts de
    # la crise …', '… internalise la soudure permettant une plus-value', 'les confinements
    # n'ont pas permis l'inauguration et ont entraîné …'): the why asked is stated (class: a
    # reason refused because the fiche does not write 'car' or 'parce que')
    r"\bdu fait d|\ba cause d|\bgrace a\b|\bsuite a(ux?)?\b|\bpermett\w*|\bpermis\b|"
    r"\bentrain(e|ent|ant|ee?s?)\b|\bin order to\b|\bso (as to|that)\b"
)
# A loan, a grant or a funding asked as a sum ('le prêt était de combien ?', 'il était financé
# à hauteur de combien ?', 'how much was the grant?'), and stated: the structure's budget is
# no such sum; only a sentence naming the loan or funding with an amount answers it.
FUNDING_ASKED = _rx(
    r"\bpret\w*|\bsubvention\w*|\bfinanc\w*|\bmecen\w*|\bloans?\b|\blend|\blent\b|\bgrants?\b|"
    r"\bborrow\w*|\bemprunt\w*|"
    r"\bfund\w*|\bsponsor\w*"
)
# The year of the figure just given, asked alone ('c'est quelle année ?', 'de quelle année ?',
# 'c'est pour quelle année ?', 'which year is that?', 'for what year?', 'what year is that
# from?'): the year that figure is stated for, not any date of the fiche. Folded; the whole
# question but for an opener and a closing word. Class: a near miss (unstated_kind.py) —
# the figure's sentence may give no year.
YEAR_OF_LAST_ASKED = _rx(
    r"^((et|and|ok|mais|but|so|alors)[ ,]+)*(c.est |ca date |it.s |is that |is it |that.s )?"
    r"((de|en|pour|in|for|from|of) )?(quelle|which|what) (annee|year)( (is|was) (that|it|this))?"
    r"( (from|for|la|ca|ce chiffre|this figure|that figure))?\s*\??\s*$|"
    # the date asked by 'quand' of the figure itself ('c'est de quand ce chiffre ?', 'ça date
    # de quand ?', 'ce chiffre date de quand ?', 'when is that figure from?')
    r"^((et|and|ok|mais|but|so|alors)[ ,]+)*(c.est de quand|ca date de quand|de quand date|"
    r"(ce chiffre|cette donnee|ce nombre) (date|est) de quand|when is (that|this|the) "
    r"(figure|number|data) from|how (old|recent) is (that|this|the) (figure|number|data))"
    r"( (ce chiffre|cette donnee|ce nombre|ca))?\s*\??\s*$"
)
# A total asked of the one structure in focus ('et combien d'adhérents en tout ?', 'how many
# members in total?' after a turn about one structure): the words saying 'in all', which make
# an aggregate over the booklet of a question naming no structure. Class: a near miss in a
# conversation — its own figure (said missing when its fiche gives none), not a sum over all.
IN_ALL = _rx(r"\b(en tout|au total|in total|in all|altogether|overall|total)\b")
# Class: one site of a structure named by its town, in English with the town before the noun
# ('is the Hirson one still open?', 'the Guise shop', 'the Liévin workshop'): the capitalised
# words before a noun of a site (or 'one'), read as written (not folded); a town of the region
# only (answering/site_asked.py checks it), so 'the Emmaüs shop' names no place. After an
# owner too ("Synapse 3i's Lille office", 'its Roubaix branch'): a site of that structure in a
# town it may not have (class: a contact or fact asked of a site the booklet never mentions).
TOWN_BEFORE_SITE = re.compile(
    r"(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir|['’]s?)"
    r"\s+((?:[A-ZÉÈÀÂ][\w-]+(?:['’][\w-]+)*)"
    r"(?:[\s-]+(?:[sS]ur[\s-]+|[dD]e[\s-]+)?[A-ZÉÈÀÂ][\w-]+(?:['’][\w-]+)*)*)"
    r"\s+(?:one|shop|store|site|branch|outlet|workshop|boutique|premises|location|grocery|"
    r"warehouse|depot|office|agency|antenna)s?\b"
)
# Class: a follow-up switching the unit of a figure to a count of things ('et en ordis,
# Synapse ?', 'and in computers?', 'et en nombre de jouets ?' after a tonnage): 'en' / 'in'
# and a plural noun, alone (a name after a comma aside), folded (answering/unit_switch.py).
UNIT_SWITCH = _rx(
    r"^(?:(?:et|and|mais|but|ok|alors|so|what about|and what about)\s+)?(?:en|in|as)\s+"
    r"(?:(?:nombre|number)\s+(?:d'|de\s+|of\s+))?(?P<noun>[a-z][a-z-]*[sx])\s*(?:,[^?]*)?[?!.\s]*$"
)
# Class: a follow-up counting another noun after a count, the noun alone ('et d'alternants ?',
# 'et de formateurs ?', 'and apprentices?' after the volunteers): a count of those, not the
# figure before again (answering/unit_switch.py). A plural noun, bare ('and the others?'
# has an article, 'and in 2019?' no noun), folded.
NOUN_SWITCH = _rx(
    r"^(?:(?:et|and|ok|alors|so|what about|and what about)\s+)(?:de\s+|d')?"
    r"(?P<noun>[a-z][a-z-]{2,}[sx])\s*[?!.\s]*$"
)
# Units of a figure that are no things counted: a weight, money, a share, time (a conversion
# or another kind of value, read by their own classes).
UNIT_WORDS_NOT_COUNTED = frozenset(
    """
    tonnes tons kilos kgs kilogrammes grammes euros dollars pourcentages percentages heures
    hours jours days mois months semaines weeks annees years ans
    """.split()
)
# Class: where the things of a structure are ('ils sont où les magasins ?', 'où sont ses
# boutiques ?', 'where are their shops?', 'where are the vetibox?'): the plural noun asked,
# folded (answering/where_things.py); the structure itself asked ('où sont-ils ?') is not.
WHERE_THINGS = (
    # a compound the glossary knows ('where are the pick-up points?', 'where are their
    # collection points?'), tried first (where_things.things_asked keeps it only if known)
    _rx(
        r"\bwhere (?:are|were|can i find|do i find|can we find) (?:the|their|its|those|these)\s+"
        r"(?P<noun>[a-z][a-z-]+ [a-z][a-z-]+[sx])\b"
    ),
    _rx(
        r"\bou (?:sont|se trouvent|se situent|trouver)\s+(?:les|ses|leurs|ces)\s+"
        r"(?P<noun>[a-z][a-z-]+[sx])\b"
    ),
    _rx(
        r"\b(?:sont|se trouvent|se situent)[- ](?:ils|elles)?\s*ou\W*\s*(?:les|ses|leurs|ces)\s+"
        r"(?P<noun>[a-z][a-z-]+[sx])\b"
    ),
    _rx(
        r"\b(?:les|ses|leurs|ces) (?P<noun>[a-z][a-z-]+[sx])\b,? (?:ils |elles )?"
        r"(?:sont|se trouvent) ou\b"
    ),
    _rx(
        r"\bwhere (?:are|were|can i find|do i find|can we find) (?:the|their|its|those|these)\s+"
        r"(?P<noun>[a-z][a-z-]+[sx])\b"
    ),
)
# Nouns that name the structure itself, not things of it: 'où sont les locaux de l'asso' is
# its address (folded).
WHERE_THINGS_NOT = frozenset(
    """
    structures structure associations association assos initiatives organisations
    organizations locaux premises offices bureaux siege headquarters gens people contacts
    ones others autres premiers premieres derniers dernieres deux trois quatre cinq six dix
    """.split()
)
# Class: one site named by its town (answering/site_asked.py): a site noun in the singular,
# after a definite or possessive determiner, before the town's preposition ('la boutique
# d'…', 'the shop in …', 'son atelier de …'), folded; the town follows.
ONE_SITE_OF_TOWN = _rx(
    r"\b(?:the|la|le|l'|sa|son|its|their)\s*(?:boutique|magasin|epicerie|site|atelier|antenne|"
    r"local|depot|entrepot|shop|store|branch|outlet|workshop|grocery|warehouse)\s+"
    r"(?:de |d'|du |a |au |in |at |from |based in )\s*$"
)

# -- an amount asked of the aid, grant or profit the previous turn was about -----------------
# Class: a bare amount asked as a follow-up ('how much?', 'How much did they get?', 'By how
# much, in euros?', 'combien ?', 'de combien ?', 'ils ont touché combien ?', 'c'était combien
# ?') after a turn about an aid, a grant, a loan or a profit ('Did Synapse get help from
# ADEME?', 'VESTALI a fait un bénéfice en 2019 ?'): the sum of that aid or profit is asked;
# a sentence naming it with no sum (or the structure's budget) does not answer it
# (answering/amount_of_last.py). Folded; the whole question but for an opener and a tail.
BARE_AMOUNT_ASKED = _rx(
    r"^\W*((et|and|mais|but|ok|okay|alors|so|hm+|ah|oh|bon|d.accord|right)\W+)*"
    r"(((by|for) )?how much( money)?"
    r"( (did|do|does|was|were|is|are) (they|it|she|he|that|this|she|the \w+)"
    r"( (get|gets|got|receive|received|make|made|earn|earned|obtain|obtained|win|won))?)?"
    r"|(what|which) amount|(quel|le|et le) montant"
    r"|((de|pour|a|a hauteur de) )?combien"
    r"( (ils|elles?|il|on) (ont|a|l.ont|l.a) (eu|recu|touche|obtenu|gagne|percu))?"
    r"|(ils|elles?|il) (ont|a|l.ont|l.a) (eu|recu|touche|obtenu|gagne|percu) combien"
    r"|(c.|ca )(etait|est|fait|faisait) (de )?combien)"
    r"(\W+(in euros|en euros|exactly|exactement|then|alors|donc|au juste|ca|cela))*\W*$"
)
# What the turn before was about when a bare amount follows it: an aid, a grant, a loan, a
# prize, a fund or a profit (folded). 'help' counts: 'did they get help from ADEME?'. Gifts
# ('des dons') are not: gifts in kind are counted in tonnes, not euros.
AID_OR_PROFIT_NAMED = _rx(
    r"\b(aides?|aid|help|helped|subventions?|subventionn\w*|grants?|subsid\w*|prets?|loans?|"
    r"fonds?|funds?|funding|funded|financ\w*|primes?|bonus|benefices?|profits?|excedents?|"
    r"surplus|resultats? nets?|net (result|income)|mecenat|sponsor\w*|"
    r"dotations?|awards?|recompenses?|laureats?)\b"
)

# -- years named relative to the last answer ----------------------------------------------------
# A follow-up naming a year by its place next to the one just answered ('et l'année d'après ?',
# 'and the year after that?', 'what about the previous year?'). Class: relative-year follow-ups;
# read as the year itself ('et en 2021 ?') so the dated-figure checks that serve 'et en 2021 ?'
# serve them too. Folded. The sign says which way: +1 after, -1 before.
RELATIVE_YEAR_FR = (
    (re.compile(r"\bl.(annee|an) (d.apres|suivante?|d.ensuite|qui suit)\b"), 1),
    (re.compile(r"\bl.(annee|an) (d.avant|precedente?|qui precede)\b"), -1),
)
RELATIVE_YEAR_EN = (
    (re.compile(r"\b(the )?(year after( that)?|next year|following year|subsequent year)\b"), 1),
    (re.compile(r"\b(the )?(year before( that)?|previous year|prior year|preceding year)\b"), -1),
)


# -- a state asked by yes or no (answering/property_asked.py) --------------------------------
# Class: a yes/no asking a state of the structure or its people that only its own words settle
# ('sont-ils rentables ?', 'are its volunteers paid?'): a sentence sharing the topic word
# ('bénévoles', 'BÉNÉFICIAIRES') is no yes. Each state: the words asking it (folded question)
# and the words a sentence settling it holds (folded sentence).
PROPERTIES_ASKED: dict[str, tuple[str, str]] = {
    # a profit: 'rentable', 'profitable', 'make a profit', 'en déficit'
    "profit": (
        r"\b(?:rentables?|rentabilite|profitables?|profitability|(?:make|makes|making|turn|"
        r"turns) a profit|in (?:the )?(?:black|profit)|deficitaires?|en deficit|"
        r"(?:lose|loses|losing) money|"
        # 'font-ils des bénéfices ?', 'dégage-t-elle un excédent ?', 'make money'
        r"(?:fai\w*|font|realis\w*|degag\w*|dégag\w*) (?:des |un |de )?(?:benefices?|excedents?)|"
        r"(?:make|makes|making) money)\b",
        r"\b(?:resultat (?:net )?(?:de l'exercice \w+ )?(?:de \d{4} )?(?:est )?positif|"
        r"benefices?\b|excedent\w*|rentab\w*|deficit\w*|pertes?\b)",
    ),
    # a pay for people the fiche names as giving their time: 'les bénévoles sont-ils payés ?'
    "paid": (
        r"\b(?:payes?|payees?|remuneres?|remunerees?|paid|pays?|paient|payent|indemnises?|"
        r"salaried)\b.{0,60}\b(?:benevoles?|volunteers?|volontaires?)\b|"
        r"\b(?:benevoles?|volunteers?|volontaires?)\b.{0,60}\b(?:payes?|payees?|remuneres?|"
        r"remunerees?|paid|indemnises?|salaried)\b",
        r"\b(?:remunere\w*|remuneration|indemni\w*|defraye\w*|salaires? (?:des|de ses) "
        r"benevoles|benevoles? (?:sont )?(?:payes|remuneres))",
    ),
}


# -- a first name asked of people named by title and surname (answering/first_names.py) ------
# Class: 'quels sont leurs prénoms ?', 'what are their first names?' of a contact the fiche
# names only as 'Messieurs Pillot et Labarre': the surnames are the nearest fact, not the
# answer.
FIRST_NAME_ASKED = re.compile(
    r"\b(?:prenoms?|first[- ]names?|given names?|christian names?|forenames?)\b"
)
# A person named by a title and surnames only ('Messieurs Pillot et Labarre', 'M. Dupont').
TITLE_ONLY_NAME = re.compile(
    r"^(?:messieurs|monsieur|mesdames|madame|mesdemoiselles|mademoiselle|m\.|mme|mm\.|"
    r"mr\.?|mrs\.?|ms\.?)\s"
)


# -- a figure found by meaning (answering/stated_passage.py) -------------------------------------
# Class: a figure asked of one structure in words no table maps ('How much fish does the
# Boulogne food bank get from the fish auctions?'). A sentence found by meaning answers only
# when it holds the answer type the question's frame asks; these read that frame. Folded.
# The thing counted or measured, right after the count word ('how many toys', 'combien de
# femmes', 'how much fish'), up to the verb, a determiner or a preposition that ends it.
COUNTED_THING = _rx(
    r"\b(?P<frame>how many|how much|combien (de |d')|nombre (de |d')|nb (de |d')|number of)"
    r"\s*(?P<thing>[a-z' -]+?)"
    r"(?=\s+(do|does|did|is|are|was|were|have|has|had|can|could|will|would|get|got|"
    r"le|la|les|l'|un|une|des|du|ils?|elles?|ont|a|sont|est|en|au|aux|par|per|each|every|"
    r"in|at|for|from|on|by|of|parmi|among|chez|pour|dans|avec|with|the|their|its|it|they)\b"
    r"|\s*[?,.!]|$)"
)
# Money asked with no thing counted ('how much did it get from the fund?', 'combien paie une
# famille ?', 'le FDI leur a donné combien ?'): an amount in euros answers, nothing else.
MONEY_FRAME = _rx(
    r"\b(pa(y|ys|id|ying)|costs?|charge[sd]?|earn\w*|receiv\w*|get|got|gets|grant\w*|"
    r"pai\w*|pay\w*|cout(?!ur|um)\w*|touch\w*|recu|recoit|recoivent|donne\w*|versee?s?|"
    r"rapport\w*|gagn\w*|make|made|revenues?|incomes?|turnover|chiffre d.affaires|recettes?|"
    r"money|argent|montant|amount|euros?|subvention\w*|financ\w*|budget\w*)\b"
)
# A size asked with no thing counted ('how big is the workshop?', 'quelle surface ?'): an
# area answers ('1.500m²', '4 ha').
SIZE_FRAME = _rx(r"\b(how (big|large)|surface|superficie|taille|size|area|grand\w*)\b")
AMOUNT_STATED = _rx(r"\d\s?(€|euros?\b)")
AREA_FIGURE = _rx(r"\d\s?(m2|m²|m<sup>2</sup>|ha\b|hectares?\b)")
# A word holding a digit that is no quantity ('Synapse 3i', 'CAP3C', 'D3E'), unlike a unit
# glued to its number ('500m2', '1100 m3'). Folded.
DIGIT_IN_NAME = _rx(r"\b(?!\d+(m2|m3|m²|kg|km|ha|h|e)\b)(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]+\b")
# A number that is only a date ('en 2020', '(2019)', '18 janvier 2021'): no quantity.
YEAR_ONLY = _rx(rf"\b(\d{{1,2}} (1er )?({MONTHS}) )?(19|20)\d\d\b|\b\d{{1,2}} ({MONTHS})\b")


# -- qualifiers a figure's sentence must bind (answering/bound_qualifiers.py) -----------------
# Class: a near miss about one structure answered with a neighbouring fact ('how many kilos
# of fish per week?' answered by a yearly tonnage, 'combien de UrgencESS ?' by a sentence
# with no amount, 'how much do those councils give?' by the turnover). All folded.
# A quantity asked ('combien', 'how many', 'how much', 'quel montant').
QUANTITY_ASKED = _rx(
    r"\bcombien\b|\bcb\b|\bhow (many|much)\b|\bquel(le)?s? (montant|somme|nombre|quantite)\b|"
    r"\bwhat (amount|sum|number|quantity)\b"
)
# A duration asked ('depuis combien de temps', 'how long'): a date answers it, no quantity.
DURATION_ASKED = _rx(
    r"\bcombien de (temps|mois|annees?|ans|jours|semaines|heures)\b|\bhow (long|many "
    r"(years|months|weeks|days|hours))\b|\bcombien de fois\b|\bhow many times\b|\bhow often\b"
)
# A quantity said in words ('une dizaine', 'deux fois', 'a hundred', 'gratuit', 'aucun').
QUANTITY_STATED_WORDS = _rx(
    r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
    r"quarante|cinquante|soixante|cent|cents|mille|millions?|milliers?|dizaines?|douzaines?|"
    r"vingtaines?|centaines?|moitie|tiers|quart|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|hundreds?|thousands?|dozens?|half|gratuit\w*|free|aucune?|none|zero|"
    r"seule?s?|only one|single)\b"
)
# Money given or received by someone ('how much do those councils give?', 'combien la région
# verse ?', 'ils ont mis combien ?', 'a reçu combien de UrgencESS ?').
GIVEN_ASKED = _rx(
    r"\b(give|gives|gave|given|donate\w*|contribut\w*|grant\w*|subsidi[sz]\w*|fund\w*|"
    r"receiv\w*|get from|got from|gets from|put in|borrow\w*|lend|lent)\b|"
    r"\b(donne\w*|verse\w*|vers[eé]|emprunt\w*|prete\w*|"
    r"contribu\w*|financ\w*|subventionn\w*|touch\w*|recu|recoi\w*|recev\w*|mis|mettent|"
    r"met|apport\w*|alloue\w*|accorde\w*)\b"
)
# A sentence stating money given (a grant, a fund, an aid, a partner financing).
GRANT_STATED = _rx(
    r"\bfinanc\w*|\bcofinanc\w*|\bsubvention\w*|\bfonds?\b|\bfondations?\b|\bmecenat\b|"
    r"\bprets?\b|\bdotation\b|\bdons?\b|\baides?\b|\bprimes?\b|\babond\w*|\bappuis?\b|"
    r"\bsoutien\w*|\bgrants?\b|\bsubsid\w*|\bdonations?\b|\bfunding\b|"
    # a body's share of a price it pays ('le Réseau Cocagne participe à hauteur de 4 € le
    # panier vendu')
    r"\bparticip\w* a hauteur\b"
)
# The price of a thing sold asked by its sale ('vend ses chaises combien ?', 'sells them for
# how much?', 'à combien'); not what was sold in all ('ont vendu pour combien en 2020 ?').
SOLD_FOR_ASKED = _rx(
    r"\bvend(s|ent|re)?\b.*\bcombien\b(?! d)|\ba combien\b.*\bvend(s|ent|re)?\b|"
    r"\b(a|au) quel prix\b|"
    r"\bprix\b.*\bvend\w*|\bvend\w*\b.*\bprix\b|\bsel(l|ls|ling|ld)\b.*\bfor how much\b|"
    r"\bhow much\b.*\bsel(l|ls|ling)\b.*\bfor\W*$|\bat what price\b|"
    r"\bprice\w*\b.*\bsel(l|ls|ling|ld)\b|\bsel(l|ls|ling|ld)\b.*\bprice|\bcharge\w*\b"
)
# One thing priced ('combien coûte UN jouet ?', 'how much for a chair?', 'per basket'): not
# the cost of a whole project, which is its budget.
ONE_THING_PRICED = _rx(r"\b(un|une|a|an|each|chaque|per|par|l'unite|la piece|piece|unit)\b")
# Nouns of money counted ('combien d'euros', 'combien d'argent'): money given, not things.
MONEY_COUNTED = frozenset("argent euros euro sous fric financement financements subvention".split())
# A sentence stating a price ('paniers de 10 à 18 €', 'à hauteur de 2 €', 'prix', 'tarif').
PRICE_STATED = _rx(
    r"\bprix\b|\btarif\w*|\bcout(?!ur|um)\w*|\bprice\w*|\ba hauteur de\b|\bpaye\w*|\bpaie\w*"
)
# An amount named as a total of the structure, not a price (a budget, a turnover, a grant).
TOTAL_MONEY_STATED = _rx(
    r"\bbudget\w*|\bchiffre d.affaires\b|\bca\b|\brecettes?\b|\bsubvention\w*|\bfonds?\b|"
    r"\bvalorisation\b|\bturnover\b"
)
# Words after 'combien de' that open where the money comes from, not a thing counted
# ('reçoivent combien de la commune ?').
NOT_A_NOUN_COUNTED = frozenset("la le les l leur leurs ce cette ces son sa ses du des".split())
# Numbers of a card that are no quantity: a postcode, a phone number, a street number
# ('24 rue Camille Desmoulins 02120 Guise', '03 23 …').
CARD_NUMBERS = _rx(
    r"\b\d{5}\b|\b0\d([ .]?\d\d){4}\b|\b\d+( ?(bis|ter))?,? (rue|avenue|av|route|chemin|place|"
    r"boulevard|bd|impasse|allee|quai|square|cours|zone|za|zi)\b|"
    # an activity code ('CODES APE : 8810 C … 0113Z') or a SIRET number
    r"\bapes?\W{1,4}\d{2}\.?\d{2} ?[a-z]\b|\b\d{4}[a-z]\b|"
    r"\b\d{3} ?\d{3} ?\d{3} ?(\d{3} ?\d{2}|\d{5})\b|\b\d{14}\b"
)
# People placed in work asked ('how many found a job?', 'helped back into work', 'combien
# ont retrouvé un emploi ?', 'taux de sortie'), and the sentence stating it ('80% de sorties
# positives'): a count of people employed in insertion is no count of those placed.
JOB_OUTCOME_ASKED = _rx(
    r"\b(found|find|finds|get|got|gets|landed|land) (a |an )?(new |permanent |stable |real )?"
    r"(jobs?|work|employment)\b|\bback (into|to) (work|employment)\b|"
    r"\binto (work|employment|jobs?)\b|\bjob placements?\b|"
    # placed in work ('how many people did it place in jobs?', 'combien placées en emploi ?')
    r"\bplaced?s? ([\w'-]+ ){0,4}in (a |an )?(new |permanent |stable )?(jobs?|work|employment)\b|"
    r"\bplace(e|es|s)? ([\w'-]+ ){0,4}(en|dans (un|l.)) ?(emploi|entreprises?|travail)\b|"
    r"\b(exit|placement|employment) rates?\b|\bpositive (exits?|outcomes?)\b|"
    r"\b(trouve|retrouve)\w* (un |du |leur )?(emploi|travail|job|boulot|cdi)\b|"
    r"\bsorties? (positives?|dynamiques?|vers l.emploi)\b|\bretour a l.emploi\b|"
    r"\btaux (de sortie|d.insertion|de retour)\b|"
    # leaving with a job ('how many leave with a job?', 'combien en sortent avec un CDI ?')
    r"\b(leave|leaves|left|leaving|exit|exits|go|goes|went) ([\w'-]+ ){0,6}with (a |an )?"
    r"(new |permanent |stable |real )?(jobs?|work|employment|contract)\b|"
    r"\b(sortent|sort|sortir|sortis|sorties|partent|repartent|quittent) ([\w'-]+ ){0,3}"
    r"avec (un |une |du )?(emploi|travail|job|boulot|cdi|contrat)\b"
)
JOB_OUTCOME_STATED = _rx(
    r"\bsorties?\b|\bretour a l.emploi\b|\b(trouve|retrouve)\w* (un )?(emploi|travail)\b|"
    r"\bemploi durable\b|\btaux (de sortie|d.insertion|de retour)\b|\bplaced\b|\bexits?\b"
)
# Sales as takings, in English ('their sales in 2019'): not a sales channel or outlet.
SALES_TAKINGS = _rx(
    r"\bsales\b(?! (channels?|points?|outlets?|networks?|staff|teams?|floors?|areas?|spaces?))"
)
# Help into work asked ('how many has it helped into jobs?', 'combien accompagnées vers
# l'emploi ?'): people accompanied towards work answer it ('236 personnes accompagnées vers
# l'emploi'), not a count of those who found a job.
HELPED_INTO_ASKED = _rx(r"\b(help\w*|assist\w*|support\w*|accompagn\w*|aid\w*)\b")
ACCOMPANIED_STATED = _rx(r"\baccompagn\w* (vers|dans|jusqu.a) (l.emploi|un emploi|le retour)")
# Words after 'how much' that name no thing weighed or counted: money itself, or the verb
# that follows ('how much do they give?', 'how much money did the Region give?').
HOW_MUCH_NOT_A_THING = frozenset(
    """do does did is are was were has have had will would can could money funding funds cash
    grant grants subsidy aid support euros financing""".split()
)

# Phrases that only tie the question to its topic and are no topic themselves ('des structures
# qui ont quelque chose à voir avec le vélo ?', 'anything to do with bikes?', 'related to
# computers', "qui a financé au niveau de l'Europe ?"), folded: the topic is what follows.
# Class: a question refused or sent elsewhere on a filler word (filler_phrases.py).
FILLER_PHRASES = _rx(
    r"\b(?:(?:quelque chose|qqch|rien|un (?:quelconque )?rapport|un lien|a) (?:a )?voir avec|"
    r"(?:ont|a|avoir|ayant) (?:un |quelque )?(?:rapport|lien) avec|en (?:rapport|lien) avec|"
    r"au niveau (?:de|du|des|d')|du cote (?:de|du|des|d')|en termes? (?:de|d')|"
    r"(?:anything|something|nothing) (?:to do )?with|(?:have|has|having) to do with|"
    r"(?:related|relating|linked|connected) to|in terms of|when it comes to)(?=\W)"
)

# -- a body named whole (answering/stated_name.py) ----------------------------------------------
# Class: a body, programme or brand the booklet never mentions, asked in an ordinary question
# ('la Fondation de France', 'the Orange Foundation', 'le réseau France Nature Environnement').
# The words naming the KIND of body, folded, each to its French word: the name after them (or
# before, in English) must be stated with that word ahead of it on the booklet's line ('les
# fondations Anber, …'), not after another kind ('le réseau Bio … Hauts de France').
BODY_KIND_WORDS = {
    **dict.fromkeys("fondation fondations foundation foundations".split(), "fondation"),
    **dict.fromkeys("reseau reseaux network networks".split(), "reseau"),
    # a funding programme named ('LEADER programme', 'le programme LEADER'): its name may be
    # a common word in capitals, which the glossary would read as that word ('leader')
    **dict.fromkeys("programme programmes program programs".split(), "programme"),
}
# Capitalised by grammar or for emphasis, no name ('in English', 'from 1 January', 'NOT in',
# 'on Saturdays').
NOT_BODY_WORDS = frozenset(
    f"not non pas english french anglais francais {MONTHS_EN.replace('|', ' ')} "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays weekend weekends "
    # English abbreviations of a measure or role, no body ('how many FTEs', 'the CEO')
    "fte ftes ceo ceos hq ngo ngos sme smes diy".split()
)
# The small words inside a name as typed ('Caisse des Dépôts', 'AG2R La Mondiale', 'Bank of
# …'); not 'et', 'and', 'pour': 'Veolia and Suez' are two names (NAME_CONNECTORS reads initials).
BODY_NAME_LINKS = frozenset("de des du d la le les l of the".split())

# -- a figure bound to its thing in other words (answering/unit_binding.py) ---------------------
# Class: a price, share or pay asked of a thing the fiche names in other words. The words of
# accounts that name the same figure ('quelle part des dépenses ?' « 70 % des charges … »),
# folded; each group strict: what is spent, what comes in.
FIGURE_SAME_THING_FR: tuple[frozenset[str], ...] = (
    frozenset("depense depenses charge charges frais cout couts".split()),
    frozenset("recette recettes ressource ressources revenu revenus".split()),
)
# The verbs tying a share to its thing and its source ('les ventes paient quelle part des
# dépenses', 'what share of its costs do sales cover', 'quelle part vient des particuliers'):
# no thing of the question, folded stems' words.
SHARE_TIES = frozenset(
    """
    couvre couvrent couvert couverte couverts couvertes couvrir paie paient payer paye payent
    finance financent financer vient viennent provient proviennent va vont represente
    representent cover covers covered pay pays paid come comes came go goes went make makes
    made represent represents fund funds funded account accounts
    """.split()
)
# A means of payment asked ('payer avec quoi comme titres ?', 'can you pay by card?', 'on peut
# payer en chèque ?'), folded: answered only by a sentence naming a means of payment, never by
# a price. Class: a question on paying that asks with what, not how much.
MEANS_OF_PAYMENT_ASKED = _rx(
    r"\b(payer|paient|payent|paie|paye|regler|donner|pay|paid|give|donate)\b[^?]{0,40}"
    r"\b(avec quoi|avec quel\w*|comme titres?|comme moyens?|en cheques?|en especes|en liquide|"
    r"par cheques?|par cartes?|en cartes?|with what|by (?:credit |bank )?cards?|by cheques?|"
    r"by checks?|in cash|with (?:meal )?vouchers?|with (?:a |bank |credit )?cards?|"
    r"avec des (?:tickets?|titres?|cheques?|cartes?|bons?)\b[^?]*)|"
    r"\b(moyens? de paiement|modes? de (?:paiement|reglement)|payment methods?|"
    r"means of payment|ways? to pay)\b"
)
# How a sentence names a means of payment, folded.
MEANS_OF_PAYMENT_STATED = _rx(
    r"\b(tickets?|titres?)[ -]restaura\w*|\bcheques?\b|\bcartes? (bancaires?|bleues?|de credit)\b|"
    r"\ben especes\b|\bvirements?\b|\bprelevements?\b|\bmonnaies? locales?\b|\bbons? d.achat\b"
)

# What a count of people asks done to them, and the words a figure's clause states it with
# (counted_head.py): 'how many people do they feed?' is not answered by '366 personnes …
# clientes de la prestation traiteur'. Asked (folded, either language), then stated.
# Then what is asked, in French and in English.
COUNTED_PEOPLE_ACTS: dict[str, tuple[re.Pattern[str], re.Pattern[str], str, str]] = {
    "fed": (
        _rx(r"\b(feeds?|fed|feeding|nourri(r|t|s|e|es|ssent|ssons)?|meals?|repas)\b"),
        _rx(r"\b(nourri\w*|alimentaire\w*|aliment\w*|repas|plats?)\b"),
        "personnes nourries",
        "people fed",
    ),
    "housed": (
        _rx(r"\b(hous(e|es|ed|ing)|shelter\w*|lodg\w*|log(e|es|ee|ees|er)|heberg\w*)\b"),
        _rx(r"\b(log(e|es|ee|ees|er|ement|ements)|heberg\w*)\b"),
        "personnes logées",
        "people housed",
    ),
}

# 'Quel prestataire fabrique la soupe … ?', 'Which retail chain received the wipes?', 'quel
# éco-organisme s'occupe de … ?': a party asked by 'which', a modifier before it, any verb
# after it (unnamed_thing.py: named by the fiche, or only mentioned after 'un', 'une'). Folded.
WHICH_PARTY_ASKED = _rx(
    r"^(?:(?:et|and|so|but) )?(?:quel(?:le)?s?|which) (?:[a-z]+ )?(prestataire|fournisseur|"
    r"sous-traitant|eco-organisme|supplier|retailer|chain|supermarket|subcontractor|"
    r"contractor|provider|manufacturer|maker)s? (?!de |of )[a-z]+"
)

# 'Which bank does … work with?', 'avec quelle banque …', 'quelle monnaie locale …', 'what
# local currency …', 'leur assureur, c'est lequel ?', 'en monnaie locale ? laquelle ?': a thing
# of a kind asked by 'which' + any noun (groups: French noun; English first and second word;
# noun before 'lequel'). Class: a kind of thing the fiche never writes, refused
# (unnamed_thing.which_noun). Folded.
WHICH_THING_ASKED = _rx(
    r"\bquel(?:le)?s? (?P<fr>[a-z][a-z-]{2,})(?: (?P<fr2>[a-z][a-z-]{2,}))?|"
    r"\b(?:which|what) (?P<en1>[a-z][a-z-]{2,})(?: (?P<en2>[a-z][a-z-]{2,}))?|"
    r"\b(?:en|le|la|l.|les|leur|leurs|son|sa|ses|un|une|des|their|its|the) (?P<one>[a-z][a-z-]{2,})"
    r"(?: [a-z-]+)?\W+(?:(?:c.est|ce serait|it is|it.s) )?(?:lequel|laquelle|lesquel(?:le)?s|"
    r"which one)\b"
)
# Words after 'quel', 'which' that ask no thing of a kind (a verb, 'kind', 'one') or that name
# an attribute the planner reads or a figure (partners, activities, products, public, towns,
# materials, services, sectors, years, roles, prizes …): those keep their answers. Folded,
# singular (a final 's' or 'x' is dropped before looking).
WHICH_NOT_THINGS = frozenset(
    {
        # verbs and question words
        "est", "sont", "etait", "etaient", "sera", "serait", "seront", "fut", "furent",
        "does", "did", "are", "was", "were", "has", "have", "had", "will", "would", "can",
        "could", "should", "about", "else", "other", "others", "autre", "one", "ones",
        "kind", "type", "sort", "genre", "sorte", "forme", "form", "style", "way", "means",
        "moyen", "facon", "maniere", "thing", "chose", "stuff", "part", "partie", "exactly",
        # attributes the planner reads
        "partenaire", "partner", "partenariat", "partnership", "activite", "activity",
        "activitie", "produit", "product", "public", "commune", "town", "ville", "city",
        "citie", "localite", "village", "territoire", "territory", "region", "departement",
        "department", "zone", "area", "quartier", "secteur", "sector", "domaine", "field",
        "filiere", "matiere", "material", "materiau", "materiaux", "service", "annee", "year",
        "date", "jour", "day", "moi", "month", "saison", "season", "heure", "hour", "horaire",
        "time", "periode",
        "period", "role", "job", "metier", "emploi", "poste", "personne", "person", "people",
        "gen", "beneficiaire", "beneficiary", "beneficiarie", "usager", "user", "client",
        "customer", "cible", "target", "objectif", "goal", "aim", "objective", "but",
        "mission", "objet", "purpose", "action", "projet", "project", "initiative", "idee",
        "idea", "probleme", "problem", "frein", "difficulte", "difficulty", "difficultie",
        "obstacle", "levier", "lever", "resultat", "result", "impact", "chiffre", "figure",
        "number", "nombre", "numero", "montant", "amount", "budget", "prix", "price",
        "prize", "award", "recompense", "distinction", "trophee", "cout", "cost", "somme",
        "sum", "quantite", "quantity", "volume", "taille", "size", "surface", "pourcentage",
        "percentage", "share", "taux", "rate", "poid", "weight", "age", "niveau", "level",
        "capacite", "capacity", "duree", "duration", "lieu", "place", "site", "adresse",
        "address", "endroit", "location", "statut", "status", "langue", "language",
        "contact", "mail", "email", "telephone", "phone", "theme", "sujet", "topic",
        "subject", "question", "info", "information", "detail", "fiche", "page", "livret",
        "booklet", "formation", "training", "valeur", "value", "histoire", "history",
        "origine", "origin", "evenement", "event", "agrement", "approval", "reseau",
        "network", "structure", "association", "asso", "entreprise", "organisation",
        "organization", "organisme", "company", "charity", "etablissement",
        "establishment", "ressourcerie", "epicerie", "jardin", "garden", "boutique",
        "aide", "aid", "help", "support", "soutien", "subvention", "grant", "funding",
        "financement", "financeur", "funder", "modele", "model", "innovation", "effet",
        "effect", "benefice", "benefit", "avantage", "advantage", "condition", "critere",
        "criterion", "step", "etape", "besoin", "need", "tache", "task",
        # what the structure does, answered by its activities ('genre quelles commandes ?')
        "commande", "order", "chantier", "realisation", "production", "prestation",
        "creation", "vente", "sale", "proportion", "ratio",
        # umbrella kinds whose instances a fiche names without the kind word ('la démarche
        # « Je shop'in … »' for a programme, 'le Département' for a local authority)
        "programme", "program", "dispositif", "demarche", "plan", "operation", "scheme",
        "collectivite", "institution", "administration", "acteur", "actor", "authority",
        "autorite", "operateur", "operator", "elu", "body", "agence", "agency", "ministere",
        "ministry", "etat", "state", "gouvernement", "government", "societe", "firm",
        "business", "compagnie", "groupe", "group", "collectif", "collective",
    }
)  # fmt: skip


# --- a measure of a matter, restricted to the matter asked ------------------------------
# Class: a ranking, a total or a bound of a quantity of matter asked OF a thing ('qui collecte
# le plus de tonnes de bois ?', 'which structure handles the biggest tonnage of textile?',
# 'structures qui traitent plus de 40 t de poisson', 'how many tonnes of fish in all?',
# 'the largest wood tonnage'): only the figures of that matter count (aggregate_plan.py,
# facts/query.py). The measures whose figures are of a matter:
MATTER_MEASURES = frozenset({"tonnage"})
# the matter, after the measure's noun ('tonnes de bois', 'tonnage of fish') or, in English,
# before it ('wood tonnage')
MATTER_ASKED = re.compile(
    r"\b(?:tonnes?|tonnages?|tons?|t|kilos?|kg)\s+(?:de |d'|du |des |of (?:the )?)"
    r"([^\W\d_]{3,})"
    r"|\b([^\W\d_]{3,})(?=\s+(?:tonnages?|tonnes?|tons)\b)"
)
# words before or after the measure's noun that name no matter: frames of a ranking or a
# total ('the most tonnes', 'le plus gros tonnage', 'tonnes par an')
NOT_A_MATTER = frozenset(
    """plus moins gros grand grande petit petite fort forte haut faible most least biggest
    largest highest greatest smallest lowest fewest total totale totaux many much metric annual
    yearly collected processed handled treated collectees collectes traitees recuperees
    nombre quantite quantity volume tonnage tonnes tons kilos chaque each every larger bigger
    higher greater smaller lower heavier overall combined average moyen moyenne
    material materials matter matiere matieres materiaux materiau stuff""".split()
)
# the booklet's label of the matters a structure handles (« MATIÈRES CONCERNÉES : Tissus,
# vêtements »): what a figure naming no matter (« TONNAGES CONCERNÉS : 50 tonnes ») is of
MATTER_FIELD = re.compile(r"\bmatieres?\s+concernees?\b\W*(.*)")
