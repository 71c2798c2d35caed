"""A list asked as a request or with a trailing 'which ones?' ('Fais-moi la liste des
structures qui emploient des salariés en insertion', 'Y a-t-il des structures qui font de la
sensibilisation ? Lesquelles ?', 'Give me a list of the associations that …').

Class: list questions in a user's own wording. The request's words were read as things asked
('liste', 'lesquelles') that no fiche writes, and the list was refused. Read as the plain list
question it means ('Quelles structures qui emploient …', 'Y a-t-il des structures qui font …'),
the same checks decide it. Only the frame is taken out; what is asked is left as typed."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

_LIST_OF = re.compile(
    r"^\s*(?:(?:fais|faites|donne|donnez|envoie|envoyez|file|filez)[- ]moi|"
    r"(?:je veux|je voudrais|j'aimerais|j’aimerais|il me faut|peux-tu me donner|"
    r"pouvez-vous me donner|tu peux me donner)(?: avoir)?)\s+"
    r"(?:la liste|une liste|la liste compl[eè]te|les noms|le nom)\s+(?:de toutes |de tous )?"
    r"(?:des|de|d'|d’)\s*(?:les\s+)?",
    re.IGNORECASE,
)
_LIST_OF_EN = re.compile(
    r"^\s*(?:(?:can|could) you\s+)?(?:give me|get me|send me|i need|i want|i'd like|"
    r"i would like|show me)\s+(?:a|the)\s+(?:full\s+|complete\s+)?(?:list|names)\s+of\s+"
    r"(?:all\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# a request verb before the structures asked ('Name every initiative that …', 'List all the
# structures in …', 'Tell me the associations that …')
_NAME_EVERY = re.compile(
    r"^\s*(?:please\s+)?(?:name|list|tell me|show me|give me|cite)\s+"
    r"(?:every|each|all(?: of)?(?: the)?|the)\s+(?=(?:\w+\s+)?(?:structures?|initiatives?|"
    r"associations?|organi[sz]ations?|fiches?|projects?|groups?|ones?)\b)",
    re.IGNORECASE,
)
# a 'which ones?' tag closing a question that already asks for them
_WHICH_TAG = re.compile(
    r"[?,.;:]\s*(?:et\s+|and\s+)?(?:lesquel(?:le)?s|lesquels|which ones|which)\s*\?*\s*$",
    re.IGNORECASE,
)


def plain_list_question(question: str) -> str:
    """The plain list question a request means; `question` as typed when it is none."""
    text = question
    french = _LIST_OF.match(text)
    if french is not None:
        text = "Quelles " + text[french.end() :]
    else:
        english = _LIST_OF_EN.match(text) or _NAME_EVERY.match(text)
        if english is not None:
            text = "Which " + text[english.end() :]
    tag = _WHICH_TAG.search(text)
    # only a tag repeating what the rest asks: 'financées par la DREETS, lesquelles ?' is a
    # list by its tag alone, kept
    if tag is not None and lx.LIST_FRAME.search(fold(text[: tag.start()])):
        text = text[: tag.start()].rstrip(" ?,") + " ?"
    return text
