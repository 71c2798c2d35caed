"""Class: a follow-up opened by words moving the conversation on ('à part ça, …', 'sinon, …',
'au fait, …', 'by the way, …', 'apart from that, …'): they ask nothing, and read as words of
the question they were a thing the fiche must state ('ne mentionne nulle part « part »'), so
the question was refused. Read without them, as an acknowledgement opening a turn is. Near
miss: 'et à part ça ?' alone still asks something (the opener is kept when nothing follows)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange as _h
from tests.conversations import named as _named

BOIS, VESTALI, COPAINS = "le-bois-de-deux-mains", "vestali", "les-copains-de-thierache"

AISNE = _h("Des structures dans l'Aisne ?", "Oui, Le Bois de Deux Mains à Pommiers.")
VESTALI_FR = _h("Parle-moi de VESTALI.", "Une association de Liévin qui recycle le textile.")
COPAINS_EN = _h("Tell me about Les Copains de Thiérache.", "A local produce shop in Guise.")

MOVED_ON = [
    (AISNE, "à part ça, le Bois de Deux Mains a quel budget ?", BOIS, "575"),
    (AISNE, "au fait, le Bois de Deux Mains a été créé quand ?", BOIS, "2015"),
    (VESTALI_FR, "sinon, qui la dirige ?", VESTALI, "Marechal"),
    (VESTALI_FR, "d'ailleurs, elle a été créée quand ?", VESTALI, "1997"),
    (COPAINS_EN, "by the way, when was it founded?", COPAINS, "2015"),
    (COPAINS_EN, "apart from that, what's their turnover?", COPAINS, "160"),
]


@pytest.mark.parametrize(("history", "question", "fiche", "word"), MOVED_ON)
def test_a_turn_moving_on_is_read_without_its_opener(
    engine: Engine, history: list[dict[str, str]], question: str, fiche: str, word: str
) -> None:
    answer = ask(engine, question, history)
    assert _named(answer) == [fiche]
    assert word in answer.answer
