"""Why a structure was created: 'pourquoi VESTALI a-t-elle été créée ?', 'why did Synapse 3i
start?', 'why was it set up?'. The answer is the sentence of its story that tells its birth
together with a reason or a purpose ('créée en 2009 avec pour objectif la réduction de la
fracture numérique'), the first such sentence: the founding is told first, a later 'création'
is of something else (a school, a workshop). Without one, its first sentence telling a birth,
else its story's first sentence. A question naming another thing created ('pourquoi ont-ils
créé un drive ?') asks the reason for that thing, which the open question's reason frame
finds (`lx.OPEN_FRAMES`); `reason_index` then looks beside the sentence naming that action for
the one giving its reason."""

from __future__ import annotations

from collections.abc import Iterable

from livret_qa import lexicon as lx
from livret_qa.answering.plan import PlanPart
from livret_qa.text import fold

STORY = "history"  # the section that tells a structure's birth (OBJET & HISTORIQUE)


def asks_founding(part: PlanPart, things_asked: int) -> bool:
    """A plain open question asking why the structure itself was created or started, or what
    it is for ('what problem does it solve?', 'à quoi sert X ?'), naming no other thing."""
    folded = fold(part.text)
    plain = part.intent == "fact" and not part.attribute and not part.yes_no
    born = lx.CREATION_WORDS.search(folded) or lx.STARTED_ASKED.search(folded)
    why = bool(lx.REASON_ASKED.search(folded) and born) or asks_purpose(part)
    return plain and not things_asked and why


def asks_purpose(part: PlanPart) -> bool:
    """What the structure is for, its birth unnamed ('quel problème résout X ?')."""
    return bool(lx.PURPOSE_ASKED.search(fold(part.text)))


def founding_index(story: Iterable[str], born: bool = True) -> int | None:
    """Which of a story's sentences (in the booklet's order) tells the birth with a reason;
    not `born` (what it is for): the first giving a purpose, told with the birth or not."""
    texts = [fold(t) for t in story]
    if not texts:
        return None
    purpose = lx.compiled(lx.PURPOSE_STATED)
    told = [i for i, t in enumerate(texts) if lx.CREATION_STATED.search(t)]
    reasoned = [i for i in told if purpose.search(texts[i])]
    purposed = [] if born else [i for i, t in enumerate(texts) if purpose.search(t)]
    return (reasoned or purposed or told or [0])[0]


def reason_index(
    texts: list[str], at: int, names_asked: list[bool], same_step: list[bool]
) -> int | None:
    """Which of a fiche's sentences (booklet order) gives the reason for the action told at
    `at`, when that sentence gives none itself: the next sentence when it explains the one
    before ('Ce choix de production est plus adapté à ses équipes'), else the nearest
    sentence of the same section (`same_step`) that names what is asked (`names_asked`) with
    a causal shape ('l'idée de créer un drive leur apparaît comme la solution la plus
    pragmatique'). None when the sentence states its reason, or none beside it does."""
    folded = [fold(t).strip() for t in texts]
    if lx.CAUSE_STATED.search(folded[at]):
        return None
    if at + 1 < len(folded) and lx.REASON_FOLLOWS.search(folded[at + 1]):
        return at + 1
    for i in sorted(range(len(folded)), key=lambda i: abs(i - at)):
        if i != at and same_step[i] and names_asked[i] and lx.CAUSE_STATED.search(folded[i]):
            return i
    return None
