"""'où c'est écrit ?', 'where is that written?', 'source ?', 'which section says that?':
a follow-up asking where the booklet states the last answer. It asks nothing new: the last
question, of the same structures, answered again with its quotes and their places. Read as
a question of its own it was an address ('where …') or a search for the word 'source'."""

from __future__ import annotations

import copy
import re

from livret_qa.answering.evidence import Citation
from livret_qa.answering.plan import QuestionPlan

# Class: asking the source of the last answer, folded (no accents, lower case).
SOURCE_ASKED = re.compile(
    r"\bou (est[- ]ce que )?(c'est|c est|est[- ]ce|cest|ca|cela|tu (l')?as|l'as[- ]tu|"
    r"vous (l')?avez|est ce)\s*(qu'?)?(ecrit|dit|marque|indique|note|mentionne|lu|vu|trouve)\b|"
    r"\b(c'est|est) (ecrit|dit|marque|indique|mentionne) ou\b|"
    r"\bd'ou (tu sors|vous sortez|vient|viennent|tiens|tenez|sort)\b|"
    r"^\W*(et )?(la |ta |vos |tes |les |une |your |the |what(')?s the |any )?sources?\W*$|"
    r"\b(quelle|quelles|ta|tes|vos|votre) sources?\b|"
    r"\bdans quel(le)?s? (partie|section|page|rubrique|passage|endroit)\b|"
    r"\b(cite|citez|citer|montre|montrez|montrer|donne|donnez|donner)(-moi|-nous| moi| nous)? "
    r"(le |la |les |l')?(passage|extrait|phrase|texte|source|citation)s?\b|"
    r"\bwhere (is|was|'s) (that|this|it) (written|stated|said|mentioned|from|in the booklet)\b|"
    r"\bwhere does (it|that|the booklet|the fiche|the brochure) (say|state|mention)\b|"
    r"\bwhere did you (get|find|read|see) (that|this|it)\b|"
    r"\b(what|which) (is |'s )?(the |your )?sources?\b|"
    r"\bwhich (section|part|page|passage)\b|"
    r"\b(can you |could you )?(quote|cite) (it|that|this|the passage|the text|the source|me)\b|"
    r"\bshow me (the |that )?(passage|quote|text|source)\b"
)


def asks_source(folded: str) -> bool:
    return bool(SOURCE_ASKED.search(folded))


SOURCE_OF_LAST = "where the booklet states the previous answer"


def source_of_last(plan: QuestionPlan, last: QuestionPlan, focus: list[str]) -> QuestionPlan:
    """The last question again, of the structures it answered, in the new question's words
    and language: its answer quotes the booklet and says where."""
    again = copy.deepcopy(last)
    again.question, again.lang = plan.question, plan.lang
    if focus and again.target_source != "any":
        again.targets = list(focus)
    again.followup, again.resolution = True, SOURCE_OF_LAST
    return again


def sources_block(citations: list[Citation], lang: str) -> str:
    """Where each quote of the answer stands: fiche, section and lines of the booklet."""
    head = "Où le livret le dit :" if lang == "fr" else "Where the booklet says it:"
    lines = [head]
    for c in citations:
        section = c.section_title or c.section
        span = f"{c.line_start}" if c.line_end == c.line_start else f"{c.line_start}–{c.line_end}"
        plural = "s" if c.line_end != c.line_start else ""
        where = (
            f"fiche {c.fiche_name}, section « {section} », ligne{plural} {span}"
            if lang == "fr"
            else f"fiche {c.fiche_name}, section “{section}”, line{plural} {span}"
        )
        lines.append(f"[{c.n}] « {c.quote} » — {where}")
    return "\n".join(lines)
