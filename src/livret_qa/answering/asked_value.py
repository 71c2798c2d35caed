"""A list of structures asked by the VALUE of what each states, not by its presence.

Classes of question served:
- a list by a field's value ('Quelles structures ont le code APE 9499Z ?', 'which ones have
  SIRET 123 456 789?'): the structures whose field states that value, not every structure
  that states the field (one whose code is 8559B is no answer);
- a list of a role's holders narrowed by their sex ('which structures have a woman as
  director?', 'lesquelles sont dirigées par un homme ?'): those whose contact card writes the
  role word in that gender ('Directrice', not 'Directeur'); an epicene word ('Chef de
  projet') before a bare name states no sex and does not qualify.

Pure: the question, the slot part and the filled value; compose.py applies it to a list's
targets."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.slots import Found
from livret_qa.text import fold

__all__ = ["asked_code", "asked_sex", "holds_asked", "narrows"]


def _squeezed(text: str) -> str:
    """Letters and digits only, folded: '94.99 Z' and '9499Z' compare equal."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


def asked_code(question: str) -> str:
    """The code a question asks as a value, squeezed ('9499z'), or '' when it asks none."""
    match = lx.ASKED_CODE.search(fold(question))
    return _squeezed(match.group(0)) if match else ""


def asked_sex(question: str) -> str:
    """'f' when the question asks for women, 'm' for men, '' for neither or both."""
    folded = fold(question)
    woman, man = bool(lx.ASKED_WOMAN.search(folded)), bool(lx.ASKED_MAN.search(folded))
    if woman == man:
        return ""
    return "f" if woman else "m"


def _role_sex(role_word: str, holder: str) -> str:
    """The sex a card states of a role's holder: by the gender its role word is written in
    ('Directrice'), else by a civility before the name ('Messieurs …'); '' when it says
    neither ('Chef de projet' before a name)."""
    folded, named = fold(role_word).strip(), fold(holder)
    if lx.FEMININE_ROLE.search(folded) or lx.WOMAN_CIVILITY.search(named):
        return "f"
    if lx.MASCULINE_ROLE.search(folded) or lx.MAN_CIVILITY.search(named):
        return "m"
    return ""


def narrows(question: str, attribute: str | None) -> bool:
    """Whether the question asks a value that keeps only some structures of a list."""
    if not attribute:
        return False
    if attribute.startswith("field:"):
        return bool(asked_code(question))
    if attribute.startswith("role:"):
        return bool(asked_sex(question))
    return False


def holds_asked(question: str, attribute: str | None, filled: object) -> bool:
    """Whether a structure's filled slot states the value asked: its field holds the code,
    its card states the holder's sex as asked (an epicene role word before a bare name
    states no sex, so it does not qualify)."""
    if not isinstance(filled, Found) or not attribute:
        return False
    if attribute.startswith("field:"):
        code = asked_code(question)
        return not code or code in _squeezed(filled.value)
    if attribute.startswith("role:"):
        sex = asked_sex(question)
        return not sex or _role_sex(filled.detail, filled.value) == sex
    return True
