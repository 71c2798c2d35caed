"""A follow-up pointing at the body the previous answer gave, when that body has no fiche
(class: a fact asked of an entity just answered that the booklet cites only in passing:
'Which structure inspired X?' → 'ADF 02, which runs RecyclJouets.' → 'and what's the
budget of that one?'; 'Qui finance Y ?' → 'Le Fonds Social Européen.' → 'et leur adresse
mail ?'; 'Who advised them?' → 'Coorace.' → 'who runs it?').

The previous question asked WHICH body or WHO, so its answer is the new focus of the
conversation, and the pointer ('that one', 'their', 'celle-ci') names it; the booklet
describes its own structures only, so the fact is asked of that name, as if the chat had
just begun, and refused by what the booklet states (unfiched.py) or answered as written.
An answer naming a structure of the booklet leaves the conversation as it is."""

from __future__ import annotations

import re

from livret_qa.text import fold

# A previous question asking an entity: 'which structure …', 'who …', 'quelle association
# …', 'qui …', 'by whom …', 'par qui …' (folded).
_ASKS_AN_ENTITY = re.compile(
    r"^\s*(?:(?:and|et|so|alors|ok)\b[\s,]*)?(?:"
    r"which (?:structure|organi[sz]ation|association|body|partner|network|company|one)s?"
    r"|what (?:structure|organi[sz]ation|association|body|partner|network|company)s?"
    r"|who(?:m)?\b|by whom\b"
    r"|quel(?:le)?s? (?:structure|association|organisme|organisation|partenaire|reseau|"
    r"entreprise)s?|qui\b|par qui\b|(?:c'est |c )?qui\b)"
)

# The pointer at the body just answered, replaced by its name (folded forms matched on the
# typed question, case-insensitively).
_WHOLE_POINTERS = re.compile(
    r"(?i)\b(?:that one|this one|that (?:structure|organi[sz]ation|association|body|group)|"
    r"this (?:structure|organi[sz]ation|association|body|group)|them|it|"
    r"celle-ci|celle-la|celle-là|celui-ci|celui-là|celui-la|cette (?:structure|association|"
    r"organisation)|cet organisme|elle|eux|lui)\b"
)
_OWNER_EN = re.compile(r"(?i)\b(?:their|its)\s+([\w'-]+(?:\s+(?:address|number|site))?)")
_OWNER_FR = re.compile(r"(?i)\b(?:son|sa|ses|leur|leurs)\s+([\w'-]+(?:\s+(?:mail|e-mail))?)")


def asks_an_entity(previous_question: str) -> bool:
    """Whether the previous question asked which body or who ('Which structure inspired
    it?', 'Qui finance le drive ?'), so that its answer is what a pointer next names."""
    return bool(_ASKS_AN_ENTITY.match(fold(previous_question).replace("’", "'")))


def asked_of(question: str, name: str, lang: str) -> str | None:
    """The follow-up with its pointer replaced by the name ('and what's the budget of that
    one?' → "and what's the budget of ADF 02?", 'et leur mail ?' → 'et mail de ADF 02 ?');
    None when it holds no pointer."""
    owner = _OWNER_EN if lang == "en" else _OWNER_FR
    replaced, n = owner.subn(
        (lambda m: f"the {m.group(1)} of {name}")
        if lang == "en"
        else (lambda m: f"{m.group(1)} de {name}"),
        question,
        count=1,
    )
    if n:
        return replaced
    replaced, n = _WHOLE_POINTERS.subn(name, question, count=1)
    return replaced if n else None


# What may open an answer before the body it gives ('The', 'Among others, the', "L'", 'Le').
_ANSWER_LEAD = re.compile(
    r"(?i)^\s*(?:(?:among others|entre autres|notamment|mainly|surtout)\s*,?\s*)?"
    r"(?:(?:the|le|la|les|l'|l’|un|une|an|a)\s+|l'|l’)?"
)


def opening_name(answer: str, names: list[str]) -> str | None:
    """The name the previous answer opens with ('ADF 02, which runs RecyclJouets.' → 'ADF 02',
    'The European Social Fund.' → 'European Social Fund'), among the names without fiche
    it gives; None when it opens with anything else (a person of a fiche: 'Jean-Louis
    Poillon, directeur')."""
    rest = answer[_ANSWER_LEAD.match(answer).end() :]  # type: ignore[union-attr]
    for name in names:
        # with the capitalised words and numbers that follow it ('ADF 02', 'European Social
        # Fund'), as the booklet writes the whole name
        whole = re.match(rf"{re.escape(name)}(?![\w-])(?:\s+(?:\d+\b|[A-ZÉÈ][\w'’-]*))*", rest)
        if whole:
            return whole.group(0)
    return None
