"""'Lesquels ?', 'où ça ?' after a count of things of one structure ('VESTALI a combien de
sites ?' → 4): the things just counted are asked, what they are or where they are.

Class: a bare which-or-where follow-up after a count of a thing. Read as a question of its own,
'lesquels ?' became a list of structures and 'où ça ?' the count again; the fiche's line that
counts them often names them (« 4 sites (atelier couture repassage ; … ; boutique solidaire) »)
and a sentence places them (« ses deux boutiques … à Guise et d'Hirson »). The follow-up is
asked as the things with the one structure's possessive ('quels sont ses sites ?', 'où sont
ses boutiques ?'), which the focus resolves. A count of structures ('combien de structures
… ?') is a list, which 'lesquelles ?' narrows as before; a count of people is left as typed
(the booklet names few of them). Pure functions.
"""

from __future__ import annotations

import re

from livret_qa.text import fold

# The bare follow-ups, folded: which ones, or where.
_WHICH = re.compile(
    r"^\W*(?:et |ok |and |so )?(?:lesquel(?:le)?s|quels sont[- ]ils|quelles sont[- ]elles|"
    r"c.est lesquel(?:le)?s|lesquel(?:le)?s c.est|which ones|what are they|which are they|"
    r"like what|such as)\W*$"
)
_WHERE = re.compile(
    r"^\W*(?:et |ok |and |so )?(?:ou ca|ou|c.est ou|ils sont ou|elles sont ou|ou sont[- ]ils|"
    r"ou sont[- ]elles|where|where are they|where is that)\W*$"
)
# A count of a noun: 'combien de sites', 'how many shops', 'nombre de boutiques'.
_COUNTED = re.compile(
    r"\b(?:combien (?:de |d')|how many |nombre (?:de |d')|number of |nb (?:de |d')?)"
    r"(?P<noun>[a-z][a-z-]+)"
)
# Nouns a count may hold that name structures (a list) or people (rarely named): left as typed.
_NOT_THINGS = frozenset(
    """structures structure associations initiatives organisations organizations fiches
    entreprises acteurs ones charities groups companies personnes gens salaries
    benevoles adherents membres employes employees volunteers members people staff workers
    participants beneficiaires beneficiaries clients customers producteurs producers
    stagiaires""".split()
)


def _last_user_turn(history: list[dict[str, str]]) -> str:
    return next((t.get("content", "") for t in reversed(history) if t.get("role") == "user"), "")


def counted_noun(question: str) -> str:
    """The plural noun a question counts ('combien de sites' -> 'sites'), '' when none or
    one naming structures or people."""
    m = _COUNTED.search(fold(question))
    if m is None:
        return ""
    noun = m.group("noun")
    return "" if noun in _NOT_THINGS else noun


def asks_which_or_where(question: str) -> bool:
    """Whether a question is a bare which-or-where follow-up ('lesquels ?', 'où ça ?')."""
    folded = fold(question)
    return bool(_WHICH.match(folded) or _WHERE.match(folded))


def resolved(question: str, history: list[dict[str, str]], names_one: bool) -> str | None:
    """The follow-up asked as the things just counted, with the one structure's possessive;
    None when it is no bare which-or-where follow-up, or the last question counted no thing
    of one structure (`names_one`: whether the conversation is about one structure)."""
    where = _WHERE.match(fold(question))
    if not asks_which_or_where(question) or not names_one:
        return None
    last = _last_user_turn(history)
    noun = counted_noun(last)
    if not noun:
        return None
    english = bool(re.search(r"\b(how many|number of)\b", fold(last)))
    if english:
        return f"where are its {noun}?" if where else f"what are its {noun}?"
    return f"où sont ses {noun} ?" if where else f"quels sont ses {noun} ?"
