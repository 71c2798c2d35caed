"""'à qui ?', 'où ?', 'to whom?', 'comment ça ?', 'pour qui ?' after an answer: a bare
question word asks that of what the last question asked ('Synapse 3i donne des ordinateurs ?'
then 'à qui ?' is 'à qui Synapse 3i donne des ordinateurs ?'). Read alone it had no word to
search ('la question n'a aucun mot'), or it inherited the last yes/no and answered 'Oui'
with any sentence. The last question is joined to the question word and planned in the
conversation before it."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# A pro-verb standing for what the last question said they do ('pourquoi ils ont fait ça ?',
# 'comment ils font ?', 'depuis quand ils font ça ?', 'why did they do that?', 'how do they do
# it?', 'since when have they done this?'): with it, a question word is a bare one still.
_PRO_VERB = (
    r"(?:(?:est-ce qu'?\s*)?(?:ils|elles|il|elle|on)\s+(?:l'?ont\s+|ont\s+|a\s+|l'a\s+)?"
    r"(?:fait|font|faire|fais)|(?:ont|font|a|fait)-(?:ils|elles|il|elle|on)(?:\s+fait)?|"
    r"(?:do|did|does|have|has)\s+(?:they|it|she|he)(?:\s+(?:do|done|doing))?)"
    r"(?:\s+(?:ca|cela|it|that|this|so))?"
)
# Class: a follow-up made of a question word only (its opener and a 'ça' / 'exactly' aside).
_BARE = re.compile(
    r"^\W*(?:(?:et|and|mais|but|ok|alors)\s+)?"
    r"(?P<wh>ou|ou ca|quand|comment|a qui|pour qui|avec qui|par qui|aupres de qui|pourquoi|"
    r"pour quelle raison|why|how come|"
    r"a quel prix|depuis quand|jusqu'a quand|"
    # a start year asked alone ('since what year?', 'depuis quelle année ?', 'from which
    # year?', 'à partir de quand ?'): 'since when' in other words, of the thing the last
    # question asked (its director, its network, its approval), not of the structure. ('en
    # quelle année ?' is a plain 'when', read with the last turn as it is: after a ranking
    # by creation it asks that year, not the ranking again)
    r"(?:depuis|a partir de) quelle (?:annee|date)|a partir de quand|"
    r"(?:since|from) (?:what|which) (?:year|date)|"
    r"where|when|how|to whom|for whom|with whom|by whom|who to|since when|until when|"
    r"at what price|for how much)"
    rf"(?:\s+{_PRO_VERB})?"
    r"(?:\s+(?:ca|cela|donc|exactement|exactly|then|so|precisement))?\s*[?!.]*\s*$"
)
_LIST_QUESTION = re.compile(
    r"\b(quelles|quels|lesquelles|lesquels|which|what) (structures?|initiatives?|assos?\w*|"
    r"ones|organi[sz]ations?)\b|\bqui (fait|font|vend|vendent|propose|proposent)\b"
)
_WORD = re.compile(r"[^\W\d_]{3,}")
# a question word opening the last question ('What', 'Que', 'Qu'est-ce que', 'Quoi', and
# any other one: 'When did …', 'Où se trouve …', 'Qui dirige …'), as typed; 'how many',
# 'how much', 'combien' ask a figure and stay (the thing counted is in them)
_OWN_WH = re.compile(
    r"^(?:what|which|que|qu'est-ce que|qu'est-ce qu'|qu'est ce que|quoi|qu'|"
    # (not 'who' / 'qui': 'Qui dirige X ?' then 'depuis quand ?' asks since when that person
    # runs it, the person kept)
    r"when|where|why|how(?!\s+(?:many|much|long|old|big|far)\b)|"
    r"quand|o[uù]|pourquoi|comment)(?![\w'’-])\s*",
    re.IGNORECASE,
)
# Class: a bare 'who' / 'qui' after a turn ('qui ?', 'and who?', 'who then?'), with its
# verb of being ('c'est qui ?', 'qui est-ce ?', 'who is it?', 'who's that?').
_WHO_ALONE = re.compile(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|so|donc)\s+)?(?:c'?est\s+)?(?P<who>qui|who)"
    r"(?:\s*(?:c'?est|est-ce|is (?:it|that|this)|'s (?:it|that|this)|s (?:it|that)))?"
    r"(?:\s+(?:ca|cela|donc|exactement|exactly|then|so|alors))?\s*[?!.]*\s*$"
)
# The indefinite a question asks about ('Quelqu'un a reçu un prix ?', 'Did anyone win …?',
# 'Is there an association that …?'): the one a bare 'who' then asks to be named.
_INDEFINITE = re.compile(
    r"^(?:(?:est-ce qu(?:e|')\s*|is there\s+|are there\s+|did\s+|does\s+|has\s+|have\s+|"
    r"y a-t-il\s+|il y a\s+)?)"
    r"(?:quelqu'un|quelqu.un|someone|somebody|anyone|anybody|"
    r"une (?:structure|association|asso|initiative)|"
    r"an? (?:structure|association|organi[sz]ation|initiative|group))\b"
    r"\s*(?:qui\s+|that\s+|who\s+)?",
    re.IGNORECASE,
)


ASKED_OF_LAST = "a question word asked of the previous question"


# A start year asked alone is 'since when' in other words: asked as 'depuis quand' is, so
# the last question is dated the same way whatever the wording (folded words).
_AS_WHEN = {
    "depuis quelle annee": "depuis quand",
    "depuis quelle date": "depuis quand",
    "a partir de quelle annee": "depuis quand",
    "a partir de quelle date": "depuis quand",
    "a partir de quand": "depuis quand",
}
_AS_WHEN_EN = re.compile(r"^(?:since|from) (?:what|which) (?:year|date)$")


def question_word(question: str) -> str:
    """The question word a bare follow-up asks, as typed ('à qui', 'since when'); a year or
    start asked alone reads as the 'since when' it stands for ('since what year' -> 'since
    when', 'depuis quelle année' -> 'depuis quand'); '' for any other question."""
    m = _BARE.match(fold(question))
    if m is None:
        return ""
    wh = m.group("wh")
    if wh in _AS_WHEN:
        return _AS_WHEN[wh]
    if _AS_WHEN_EN.match(wh):
        return "since when"
    words = question.strip().split()
    opener = words[0].lower() in ("et", "and", "mais", "but", "ok", "alors")
    n = len(m.group("wh").split())
    return " ".join(words[int(opener) : int(opener) + n]).rstrip("?!. ")


# A question word anywhere in a question ('Ils ont fait quoi comme séries ?'), folded.
_ANY_WH = re.compile(
    r"\b(quoi|que|quel(le)?s?|lequel|laquelle|qui|combien|comment|ou|quand|pourquoi|what|which|"
    r"who|how|where|when|why)\b"
)


def says_pro_verb(question: str) -> bool:
    """Whether a bare question word carries a pro-verb ('pourquoi ils ont fait ça ?')."""
    return bool(re.search(rf"\s{_PRO_VERB}\s*[?!.]*\s*$", fold(question)))


def joined(word: str, last_question: str, pro_verb: bool = False) -> str:
    """The last question asked with the question word ('à qui' + 'Synapse 3i donne des
    ordinateurs ?'); '' when the last question cannot take it (a list, a bare question).
    `pro_verb`: the word came with one ('depuis quand ils font ça ?'), which stands for a
    doing the last question stated, not for one it asked ('Ils ont fait quoi comme séries
    ?' then 'depuis quand ils font ça ?' dates the series, read by the focus)."""
    folded = fold(last_question)
    if _LIST_QUESTION.search(folded) or len(_WORD.findall(folded)) < 2:
        return ""
    if pro_verb and _ANY_WH.search(folded):
        return ""
    if _BARE.match(folded):
        return ""
    body = last_question.strip().rstrip("?!. ")
    # the last question's own question word gives way to the one asked ('What does X sell?'
    # then 'where?' is 'where does X sell?', not 'where what does X sell')
    own = _OWN_WH.match(body)
    if own is not None and len(_WORD.findall(body[own.end() :])) >= 2:
        body = body[own.end() :]
    if body[:1].isupper() and not body.split()[0].isupper() and len(body.split()[0]) > 1:
        first = body.split()[0]
        # ('Synapse 3i …', 'Le Panier …' keep their case: a name; 'Does it …' is a word)
        if fold(first) in ("does", "do", "did", "is", "are", "was", "were", "can", "has", "have"):
            body = first.lower() + body[len(first) :]
    return f"{word} {body} ?"


# The question word a piece asks by, with its preposition ('quand', 'par qui', 'since when'),
# folded: the place a second question word takes in a two-part question.
_HEAD_WH = re.compile(
    r"\b(?:(?:par|pour|avec|a|aupres de|depuis|jusqu'a|by|for|with|to|since|until)\s+)?"
    r"(?:qui|quand|ou|whom|who|when|where)\b"
)


_SUBJECT_WH = re.compile(r"^\W*(?:(?:et|and)\s+)?(?:qui|who)\b")
_YES_NO_OPENER = re.compile(r"^\s*est[- ]ce qu(?:e\s+|['’]\s*)", re.IGNORECASE)


def asked_alike(word: str, head: str) -> str:
    """The part of a two-part question made of a question word only, asked of the piece
    before it ('When was X founded and by whom?' -> 'by whom was X founded'; 'X transforme du
    poisson, pour qui et depuis quand ?' -> 'X transforme du poisson, depuis quand'): the
    head's own question word gives way to it, else the word is joined to the head. '' when
    the head cannot take it (a list, a bare question)."""
    head = _YES_NO_OPENER.sub("", head)  # 'Est-ce que X recycle … et comment ?'
    folded = fold(head)
    if _LIST_QUESTION.search(folded) or _BARE.match(folded) or _SUBJECT_WH.match(folded):
        return ""  # ('Qui récupère des jouets et depuis quand ?' finds, then asks of them)
    found = list(_HEAD_WH.finditer(folded))
    if found and len(fold(head)) == len(head):
        last = found[-1]
        return f"{head[: last.start()]}{word}{head[last.end() :]}".strip()
    return joined(word, head)


def asks_who_alone(text: str) -> bool:
    """Whether a question part is a bare 'who' once the structure it names is taken out
    ('Synapse 3i : qui et quand ?', 'VESTALI: who and where?'). Class: a two-part question in
    few words whose 'who' part asks the person of the structure named, as a bare 'who'
    follow-up asks it of the one in focus (`who_resolved`): who runs it."""
    # ('Who and when, X?': the name's comma is left once it is taken out)
    return _WHO_ALONE.match(fold(text).strip(" ,;:")) is not None


def who_resolved(question: str, last_question: str) -> str | None:
    """A bare 'who' ('qui ?', 'and who?') read against the last question; None for any other
    question. Class: a follow-up asking 'who' alone, which read alone has no word to search.
    - After a question about someone unnamed ('Quelqu'un a reçu le prix de l'innovation ?',
      'Did anyone win a prize?', 'Is there an association that repairs bikes?') it asks to
      name them: the last question with 'which structure' in place of the indefinite
      ('quelle structure a reçu le prix de l'innovation ?').
    - Otherwise ('Which structure sells fish?' answered 'Gamma, in Calais', 'What is the
      contact for Gamma?' answered with its street) it asks the person of the structure in
      focus: who runs it, as 'qui la dirige ?' asks.
    The language is the question's: 'qui' is French, 'who' English."""
    m = _WHO_ALONE.match(fold(question))
    if m is None:
        return None
    french = m.group("who") == "qui"
    body = " ".join(last_question.split()).rstrip("?!. ")
    if lx.AGGREGATE.search(fold(body)):
        return None  # 'combien de structures …?' then 'qui ?': those counted
    if any(lx.compiled(role.asked).search(fold(body)) for role in lx.ROLES):
        return None  # 'X a un trésorier ?' then 'qui ?': the holder of that role
    indefinite = _INDEFINITE.match(body)
    if indefinite is not None and len(_WORD.findall(body[indefinite.end() :])) >= 2:
        rest = body[indefinite.end() :]
        # (the booklet's someone is one of its structures: which one is asked)
        return f"{'quelle structure' if french else 'which structure'} {rest} ?"
    return "qui la dirige ?" if french else "who runs it?"
