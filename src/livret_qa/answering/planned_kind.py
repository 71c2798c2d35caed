"""A list asking which structures only PLAN a thing, and the fiches that state it as a plan.

Class served: lists by a project or a plan, not by what structures do today ('qui a un projet
de ressourcerie ?', 'which structures plan to open a shop?', 'quelles structures envisagent
un pôle textile ?', 'who is planning to launch a workshop?'). A structure belongs in such a
list when its fiche writes the thing as its project ('la structure a un projet de
ressourcerie et d'un pôle textile', 'son projet de création d'un atelier'); one that already
is or does the thing ('l'association qui portera la ressourcerie', a ressourcerie of today)
does not. A list asking for those who do it 'or plan to' is not this class (`AIM_ASKED`):
there an aim counts beside what is done.

Pure: the question and the fiches' folded texts.
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

__all__ = ["planned_thing", "planning_fiches"]

# The question asks for a plan of a thing: the words right after name the thing. Folded.
_PLAN_ASKED = re.compile(
    r"\b(?:(?:a|ont|avec|have|has|with)\s+(?:un|une|des|leur|son|a|an)?\s*"
    r"(?:projets?|projects?)\s+(?:de\s+creation\s+d.\s*(?:un|une)?\s*|d.\s*(?:un|une)?\s*|de\s+|of\s+|for\s+)"
    r"(?:(?:un|une|a|an)\s+)?|"
    r"(?:envisagent|envisage|prevoient|prevoit|projettent|projette|comptent|compte)\s+"
    r"(?:de\s+|d.)?(?:ouvrir|creer|lancer|monter|installer)?\s*(?:un|une|des|d.un|d.une)?\s*|"
    r"(?:plans?|planning|intends?|intending)\s+(?:to|on)\s+(?:open|opening|create|creating|"
    r"launch|launching|start|starting|set up|setting up|build|building|run|running|add|"
    r"adding|develop|developing|extend\w* \w+ \w+ to)\s+(?:(?:a|an|its|their)\s+)?)"
    r"(?P<thing>[a-z][a-z'-]+(?:\s+(?!de\b|du\b|des\b|dans\b|en\b|in\b|a\b|au\b|aux\b|"
    r"et\b|and\b|or\b|ou\b|with\b|avec\b|pour\b|for\b)[a-z][a-z'-]+)?)"
)
# A mention of the thing written as a project: 'un projet de X', 'son projet de création
# d'un X', 'en projet', 'envisage', 'prévoit' before it within its sentence.
_PLANNED_BEFORE = re.compile(
    r"(?:\bprojets?\s+(?:de|d.|pour)\b|\ben projet\b|\benvisag\w*|\bprevoi\w*|\bprojette\w*|"
    r"\bplans? to\b|\bplanning to\b)[^.;!?]{0,60}$"
)
_REACH = 120


def planned_thing(question: str) -> str | None:
    """The thing a list asks the plan of, folded ('qui a un projet de ressourcerie ?' →
    'ressourcerie'), or None when the question does not ask for a plan alone."""
    folded = fold(question).replace("’", "'")
    if lx.AIM_ASKED.search(folded):
        return None  # 'or plan to': what is done counts too
    match = _PLAN_ASKED.search(folded)
    if match is None:
        return None
    return match.group("thing").strip() or None


def _pattern(thing: str) -> re.Pattern[str]:
    """The thing's words, each a stem allowing a plural or an ending ('pole textile' →
    pôle(s) textile(s); 'shop' → shops)."""
    words = [w[:-1] if len(w) > 4 and w.endswith("s") else w for w in thing.split()]
    return re.compile(r"\b" + r"\w*\s+".join(re.escape(w) for w in words) + r"\w*")


def planning_fiches(folded_texts: dict[str, str], thing: str) -> list[str]:
    """The fiches writing the thing as a project of theirs: a mention preceded, within its
    sentence, by 'projet de', 'en projet', 'envisage', 'prévoit', 'plan to'."""
    pattern = _pattern(thing)
    out: list[str] = []
    for fiche_id, text in folded_texts.items():
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - _REACH) : match.start()]
            if _PLANNED_BEFORE.search(before):
                out.append(fiche_id)
                break
    return out
