"""A question that first finds structures, then asks something of them: 'Qui récupère des
jouets et qui la finance ?', 'Which structure sells fish and how many employees does it have?',
'Quelles structures sont dans l'Aisne et quel est leur budget ?'.

Read as one question, the attribute asked blurs the search of the first part (the budget words
pull the Aisne list down to one structure) and a figure asked of 'it' reads as a total over the
booklet. Asked as a user would in two turns, each half is one the engine answers well: the
finding part alone, then the rest as its follow-up, whose pronoun points at what was found.
This module decides when a question is of that shape (pure) and joins the two answers."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from livret_qa import lexicon as lx
from livret_qa.answering.answers import Answer, StructureAnswer
from livret_qa.answering.evidence import Citation
from livret_qa.answering.planner import plan_part, split_parts
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold

# Words of a later part pointing back at the structures the first part finds, folded: a
# subject or possessive pronoun ('elle', 'ils', 'its', 'their', 'a-t-elle'), an object
# pronoun before a verb ('qui la finance', 'who runs them'), the clitic 'en' of a count
# ('combien en a-t-elle'). Class: the second half of a find-then-ask question.
BACK_POINTER = re.compile(
    r"\b(elle|elles|il|ils|son|sa|ses|leurs?|eux|celle-ci|celui-ci|celles-ci|ceux-ci|"
    r"it|its|they|their|them|she|her|he|his)\b|"
    # each one found ('what is the address of each?', 'le téléphone de chacune'): a
    # distributive points back at all of them
    r"\b(each|chacune?|respectivement|respectively)\b|"
    r"\b(qui|que|qu'|comment|ou)\s*(la|le|les|l')\s*[a-z]|"
    r"\ben\s+(a|ont|as|avez|compte|comptent|emploie|emploient|accueille|accueillent|"
    r"produit|produisent|vend|vendent|collecte|collectent|traite|traitent)\b"
)
# A later part that asks a bare wh-word of what the first part found ('… et depuis quand ?',
# '… and where?'): nothing else to ask it of. Folded.
BARE_WH = re.compile(
    r"^(et |and )?(depuis quand|since when|ou|where|quand|when|comment|how|pourquoi|why|"
    r"a quelle adresse|at what address)\s*\??$"
)
# A later part picking among what was found ('… et lesquelles vendent en ligne ?', 'which of
# them …') narrows a list: one list question, not a question asked of each.
_PICKS = re.compile(r"\b(lesquel\w*|laquelle|lequel|which|parmi|among)\b")


def finding_and_rest(question: str, detector: MentionDetector) -> tuple[str, str] | None:
    """The finding part of `question` and what it then asks of the structures found, or None
    when the question is not of that shape: it names a structure (its parts are asked of that
    one), its first part does not ask for structures, or a later part points at none."""
    if detector.mentioned(question):
        return None
    told = project_and_asks(question)
    if told is not None:
        return told
    pieces = split_parts(question)
    if len(pieces) < 2 or plan_part(pieces[0], False).intent != "list":
        return None
    if lx.AGGREGATE.search(fold(pieces[0])):
        return None  # 'la plus ancienne, et qui la dirige ?': the facts store selects it
    later = pieces[1:]
    for piece in later:
        folded = fold(piece)
        if _PICKS.search(folded) or not (BACK_POINTER.search(folded) or BARE_WH.match(folded)):
            return None
    first = pieces[0].rstrip(" ?") + " ?"
    rest = " ; ".join(p.rstrip(" ?") for p in later) + " ?"
    return first, rest


def _renumbered(text: str, shift: int) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", text)


def _shifted_facts(facts: dict[str, Any] | None, shift: int) -> dict[str, Any] | None:
    if facts is None:
        return None
    rows = [
        r | ({"citation": r["citation"] + shift} if isinstance(r.get("citation"), int) else {})
        for r in facts.get("rows", [])
    ]
    return facts | {"rows": rows} if "rows" in facts else facts


def joined(question: str, first: Answer, then: Answer) -> Answer:
    """One answer of the two turns: the first's text, then the second's, its citations
    numbered on after the first's; each structure once, with the citations of both."""
    shift = len(first.citations)
    citations: list[Citation] = [
        *first.citations,
        *(replace(c, n=c.n + shift) for c in then.citations),
    ]
    structures: dict[str, StructureAnswer] = {s.fiche_id: s for s in first.structures}
    for s in then.structures:
        numbers = [n + shift for n in s.citations]
        if s.fiche_id in structures:
            held = structures[s.fiche_id]
            structures[s.fiche_id] = replace(held, citations=[*held.citations, *numbers])
        else:
            structures[s.fiche_id] = replace(s, citations=numbers)
    plan = first.plan | {
        "question": question,
        "parts": [*first.plan.get("parts", []), *then.plan.get("parts", [])],
        "then": then.plan,
    }
    return replace(
        first,
        question=question,
        answer=f"{first.answer}\n\n{_renumbered(then.answer, shift)}",
        structures=list(structures.values()),
        citations=citations,
        plan=plan,
        warnings=[*first.warnings, *then.warnings],
        facts=first.facts or _shifted_facts(then.facts, shift),
    )


_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=\S)")


def project_and_asks(question: str) -> tuple[str, str] | None:
    """A project told, then asked of those already doing it ('Je veux lancer une ressourcerie
    en milieu rural. Qui fait déjà ça et quel est leur budget ?', '… Quelles difficultés ont
    rencontré ceux qui l'ont fait ?'): the description (with any ask that points at nobody,
    'qui fait déjà ça'), then the asks pointing at the structures it finds, as a follow-up."""
    sentences = _SENTENCE_END.split(question.strip())
    if len(sentences) < 2:
        return None
    told, asked = " ".join(sentences[:-1]), sentences[-1]
    pieces = split_parts(asked)
    pointing = [p for p in pieces if BACK_POINTER.search(fold(p)) and not _PICKS.search(fold(p))]
    if not pointing or pointing != pieces[len(pieces) - len(pointing) :]:
        return None  # asks pointing back come last, after any that finds
    kept = [p.rstrip(" ?") + " ?" for p in pieces[: len(pieces) - len(pointing)]]
    first = " ".join([told, *kept])
    if plan_part(first, False, statement="?" not in first).intent != "similar":
        return None
    return first, " ; ".join(p.rstrip(" ?") for p in pointing) + " ?"
