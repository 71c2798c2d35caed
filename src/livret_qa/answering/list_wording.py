"""List questions in a user's own sentence shapes, read as the plain list question they mean.

Class: list questions asked in a user's own words. Three shapes were read as something else:
- a statement of what is sought ("I'm after groups that give away food", "je cherche des
  structures qui récupèrent des jouets") was read as a project to compare, or its frame's
  words ('after', 'looking') as things asked;
- a contrast ("cooperatives rather than associations", "plutôt que des associations") named
  the form set aside as a second condition, or as a thing asked;
- two words joined by a hyphen ('sustainable-food initiatives') were read as one word no
  theme or facet writes;
- a chat verb ('qui bossent avec …') was not read as the booklet's 'travaillent';
- a legal form asked with a verb of running ("are run as cooperatives", "operate as
  non-profits") left the verb as a word the status list does not know, and the form was
  looked for in the text (a 'Crédit Coopératif' among funders) instead of the card.
Only the frame is rewritten; what is asked is left as typed."""

from __future__ import annotations

import re

from livret_qa.glossary import EN_FR

_SOUGHT = (
    r"(?:groups?|structures?|associations?|assos?|initiatives?|organi[sz]ations?|orgs?|"
    r"places?|projects?|projets?|ones|outfits|charities|entreprises?|collectifs?)"
)
# 'I'm after groups that …', 'looking for structures which …', 'je cherche des structures qui …'
_STATEMENT_EN = re.compile(
    r"^\s*(?:hi[,!]?\s+|hello[,!]?\s+)?(?:i'?m|i am|we'?re|we are)?\s*"
    r"(?:after|looking for|searching for|trying to find|interested in)\s+"
    r"(?:some\s+|any\s+|the\s+)?(?P<noun>" + _SOUGHT + r")\s+(?:that|which|who)\s+",
    re.IGNORECASE,
)
_STATEMENT_FR = re.compile(
    r"^\s*(?:bonjour[,!]?\s+)?(?:je|on|nous)\s+(?:cherche|recherche|cherchons|recherchons)\s+"
    r"(?:des|les)\s+(?P<noun>" + _SOUGHT + r")\s+qui\s+",
    re.IGNORECASE,
)
# a project to compare, not a list: 'structures like mine', 'similar to my project'
_PROJECT = re.compile(
    r"\b(?:my|our|mon|notre|ma)\s+(?:project|projet|idea|id[ée]e|business|asso\w*|structure)\b|"
    r"\b(?:similar|like mine|comme (?:le|la) mien|proches? de)\b",
    re.IGNORECASE,
)
# the side set aside by a contrast, to the end of its clause
_CONTRAST = re.compile(
    r"\s*,?\s*\b(?:rather than|instead of|as opposed to|plut[ôo]t que|au lieu d[e'’])"
    r"[^?.!;,]*",
    re.IGNORECASE,
)
# 'are run as cooperatives', 'operate as non-profits', 'fonctionnent en coopérative'
_RUN_AS = re.compile(
    r"\b(?:run|operated|organi[sz]ed|structured|set up|incorporated|established|operating)"
    r"\s+as\b",
    re.IGNORECASE,
)
_OPERATE_AS = re.compile(r"\b(?:operate|work|function)\s+as\b", re.IGNORECASE)
# a yes/no over the whole set: 'Any of them working with …?', 'Y en a qui …?'
_ANY_EN = re.compile(
    r"^\s*(?:are there\s+)?any\s+(?P<set>of\s+(?:them|these|those)(?:\s+"
    + _SOUGHT
    + r")?|"
    + _SOUGHT
    + r")\s+(?:that\s+|which\s+|who\s+)?(?P<rest>(?!(?:in|at|on|near|from|with|around|"
    r"based|located|of|for|the|an?|there|here|else|other|more|left|at all)\b)[a-z].*)$",
    re.IGNORECASE,
)
_ANY_FR = re.compile(
    r"^\s*(?:est-ce qu.)?(?:il\s+)?y\s+en\s+a(?:-t-il)?\s+qui\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# two lowercase words joined by a hyphen ('sustainable-food initiatives'): the words apart,
# as the themes and facets are written; short prefixes stay joined ('re-use', 'non-profit')
_JOINED_WORDS = re.compile(r"\b([a-zà-ÿ]{4,})-([a-zà-ÿ]{4,})\b")
# a chat verb for working, read as the booklet's ('qui bossent avec des étudiants')
_CHAT_WORK = re.compile(r"\bboss(ent|e)\b", re.IGNORECASE)
_LIST_WORD = re.compile(
    r"\b(?:which|any|show|list|name|give me|tell me|quel(?:le)?s|lesquel(?:le)?s|y en a|"
    r"y a-t-il|donne|montre)\b",
    re.IGNORECASE,
)


def as_list_question(question: str) -> str:
    """The plain list question a statement, a contrast or a verb of running means; the
    question as typed when it is none of them."""
    text = _stated_as_question(question)
    if not _LIST_WORD.search(text):
        return text
    contrast = _CONTRAST.search(text)
    if contrast is not None and contrast.start() > 0:
        text = text[: contrast.start()] + text[contrast.end() :]
    text = _OPERATE_AS.sub("are", _RUN_AS.sub("", text))
    text = _CHAT_WORK.sub(lambda m: "travaill" + m.group(1), text)
    text = _JOINED_WORDS.sub(_apart, text)
    return text if text == question else re.sub(r"\s{2,}", " ", text).strip()


def _apart(m: re.Match[str]) -> str:
    """The two words of a compound apart, unless the glossary reads it whole ('second-hand')."""
    return m.group(0) if m.group(0).lower() in EN_FR else f"{m.group(1)} {m.group(2)}"


def _stated_as_question(question: str) -> str:
    """'I'm after groups that give away food.' -> 'Which groups give away food?'; 'Any of
    them working with students?' -> 'Which of them are working with students?'; 'Y en a qui
    vendent des jouets ?' -> 'Lesquelles vendent des jouets ?'"""
    if _PROJECT.search(question):
        return question
    any_en = _ANY_EN.match(question)
    if any_en is not None:
        rest = any_en.group("rest").rstrip(" .!?")
        being = "are " if re.match(r"[a-z]+ing\b", rest, re.IGNORECASE) else ""
        return f"Which {any_en.group('set').lower()} {being}{rest}?"
    any_fr = _ANY_FR.match(question)
    if any_fr is not None:
        rest = any_fr.group("rest").rstrip(" .!?")
        return f"Lesquelles {rest} ?"
    english = _STATEMENT_EN.match(question)
    if english is not None:
        rest = question[english.end() :].rstrip(" .!?")
        return f"Which {english.group('noun').lower()} {rest}?"
    french = _STATEMENT_FR.match(question)
    if french is not None:
        rest = question[french.end() :].rstrip(" .!?")
        return f"Quelles {french.group('noun').lower()} {rest} ?"
    return question
