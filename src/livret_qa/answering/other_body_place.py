"""Class: a follow-up asking which other body the one structure in focus deals with, where the
place it names qualifies that body, not the structure in focus ('which structure in the Aisne
did they learn from?', 'quelle association de l'Aisne les a inspirés ?', 'which association
in Lille do they work with?', 'avec quel partenaire de Calais travaillent-ils ?', 'which
university in Lille helps them?'). Read as a place filter, the turn narrowed the one in focus
('it is not in the Aisne') or listed the structures standing there; but the body asked is
the other party of a verb whose pronoun points at the one in focus ('they', 'them', 'les',
'leur', '-ils'), so the answer is the sentence of its fiche naming that body and place
(« l'association ADF 02 qui porte RecyclJouets dans l'Aisne »).

Guarded by evidence: the place must be written in the fiche in focus outside its card and
contact lines (where it says where it stands itself); a fiche naming no such place keeps the
place as a filter ('which structure in the Somme did they learn from?' stays refused).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from livret_qa.answering.plan import PlanPart, QuestionPlan
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import SectionKind
from livret_qa.text import fold

# the resolution of a plan reread so: the place names no filter on the one in focus
BODY_OF_PLACE = "refers to the previous answer, a body of the place asked"
STEM_LETTERS = 6  # 'associ' names 'association(s)', 'univer' 'université' and 'university'
# 'which structure', 'quelle association', 'avec quel partenaire', 'what other body': the
# interrogative and the kind of body asked (folded), singular or plural
_BODY_ASKED = re.compile(
    r"\b(?P<which>which|what|quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s)\s+"
    r"(?:(?:other|autres?|local|locale|big|grande?|petite?)\s+)?"
    r"(?P<noun>structure|association|asso|organisation|organization|organisme|organism|org|"
    r"partenaire|partner|entreprise|company|companie|firm|body|bodie|group|groupe|collectif|"
    r"collective|reseau|network|fondation|foundation|universite|university|ecole|school|"
    r"acteur|actor|initiative|projet|project|club|cooperative|ressourcerie|recyclerie|"
    r"commerce|shop|magasin|boutique|store|mairie|commune|town|council)(?P<plural>s|x)?\b"
)
# a pronoun pointing at the one in focus as the other party of the verb: English 'they' or
# 'them' (not 'like them', 'as them': a likeness asked); French 'ils'/'elles' as subject,
# inverted ('travaillent-ils') or not, and an object pronoun before a verb ('les a inspirés',
# 'leur a appris', 'l'a aidée', 'les accompagne' — a verb, no plural noun, after 'les')
_POINTER_EN = re.compile(r"(?<!like )(?<!as )(?<!than )\b(?:they|them)\b")
_POINTER_FR_SUBJECT = re.compile(r"(?:-|\b)(?:ils|elles)\b")
_AUXILIARY = r"(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\b"
_POINTER_FR_OBJECT = re.compile(
    rf"\b(?:les\s+(?:{_AUXILIARY}|[a-z]+(?:e|ent|it)\b)|leur\s+{_AUXILIARY}|l'{_AUXILIARY})"
)
# what ends the question about the body ('which structure in Lille, and what do they do?'):
# a comma, or a question word opening another question
_CLAUSE_END = re.compile(r"[,;]|\b(?:what|how|where|when|who|que|quoi|comment|ou|quand)\b")
# a preposition before the interrogative: the body is the verb's object ('avec quel
# partenaire travaillent-ils ?'), so a plural subject pronoun is not the body itself
_PREPOSITION_BEFORE = re.compile(r"\b(?:avec|aupres d[eu]|par|de|du|with|from|by|to|a)\s+$")


def points_at_other_body(question: str) -> bool:
    """Whether `question` asks which body the one in focus deals with, pointed at by a
    pronoun in the same clause ('which structure in the Aisne did they learn from?': yes;
    'which structures in the Aisne recycle toys?', 'lesquelles sont dans l'Aisne ?': no)."""
    folded = fold(question)
    asked = _BODY_ASKED.search(folded)
    if asked is None:
        return False
    rest = folded[asked.end() :]
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    if _POINTER_EN.search(clause) or _POINTER_FR_OBJECT.search(clause):
        return True
    # 'quelles associations du Nord sont-elles agréées ?': the body asked is the subject
    # itself; a singular body with a plural pronoun, or a body after a preposition, is not
    singular = asked.group("plural") is None and not asked.group("which").endswith("s")
    after_preposition = bool(_PREPOSITION_BEFORE.search(folded[: asked.start()]))
    return bool(_POINTER_FR_SUBJECT.search(clause)) and (singular or after_preposition)


def body_stem(question: str) -> str:
    """The first letters of the kind of body a question asks ('associ' of 'which association
    in Lille …'), folded, to find it named beside a place; '' when it asks none."""
    asked = _BODY_ASKED.search(fold(question))
    return asked.group("noun")[:STEM_LETTERS] if asked else ""


def written_beside(corpus: Corpus, fiche_id: str, place: str) -> bool:
    """Whether the fiche writes `place` in its text, outside its card and contact lines."""
    fiche = corpus.fiche(fiche_id)
    pattern = re.compile(rf"\b{re.escape(fold(place))}\b")
    return any(
        pattern.search(fold(s.text))
        for s in fiche.sections
        if s.kind not in (SectionKind.IDENTITY, SectionKind.CONTACT)
    )


def reread(corpus: Corpus, plan: QuestionPlan, focus: Callable[[], list[str]]) -> QuestionPlan:
    """The plan of a follow-up asking which body of a place the one in focus deals with: that
    structure's fiche, searched for the sentence naming the place (a list of one, as 'which
    association did they consult?' is), instead of the place filtering the structures; the
    plan unchanged for any other question, or when the fiche in focus writes no place asked."""
    places = [*plan.places, *(DEPARTEMENTS.get(code, "") for code in plan.departements)]
    if not places or plan.target_source == "named" or not points_at_other_body(plan.question):
        return plan
    one = focus()
    if len(one) != 1 or not all(p and written_beside(corpus, one[0], p) for p in places):
        return plan
    return replace(
        plan,
        targets=list(one),
        target_source="focus",
        departements=[],
        places=[p for p in places if p],
        narrow=False,
        among=[],
        followup=True,
        parts=[PlanPart(plan.question, "fact")],
        resolution=BODY_OF_PLACE,
    )
