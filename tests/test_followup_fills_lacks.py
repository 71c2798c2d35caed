"""Follow-ups read against the conversation state, filling only what they lack (synthetic
questions, FR and EN):

- a new thing named in the follow-up replaces the attribute asked before ('and how many tonnes
  of fish?' after the budget): it is asked, the old attribute is not kept;
- 'en' standing for the thing in focus ('combien ils en donnent ?' after a turn about
  computers): a count of that thing, not a sum of money;
- 'valeur ajoutée' / 'added value': a rate the fiche may state, no price;
- a person's past ('what was her job before?') the fiche does not tell: abstain;
- the head of a part of the structure ('qui s'occupe des ateliers cuisine ?') nobody named:
  abstain, not the director nor a list;
- 'je contacte qui ?', 'who buys, mostly?' after turns about one structure: that structure's
  contact and customers, not a list of every structure;
- a correction refusing one structure then naming the other by a word of its name ('non,
  pas celle de Guise, celle du bois'): the last question, of the one meant;
- a previous list narrowed by a thing the booklet never mentions ('Which of them sells
  flowers?'): none qualifies, abstain;
- what was actually spent, after a forecast budget: abstain (the forecast is the nearest);
- 'Which companies buy the dismantled parts?' after turns about one structure: of that one;
- a year narrowing a previous count ('et en 2021 ?' after the 2020 masks): the count of that
  year or an abstention, not another figure of the year.

Must not change: plain follow-ups ('et leur budget ?', 'and VESTALI?', 'how many employees
there?', 'et son mail ?', 'when was it created?').
"""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import asked_before

ABSTAIN = ""

PROBES = [
    # a new thing replaces the attribute asked before
    (
        ["Tell me about the food bank in Boulogne", "What's their budget?"],
        "And how many tonnes of fish did they collect?",
        "le-panier-de-la-mer-62",
        "51",
    ),
    (
        ["c'est quoi le panier de la mer 62 ?", "c'est quoi leur budget ?"],
        "et combien de tonnes de poisson ils collectent ?",
        "le-panier-de-la-mer-62",
        "51",
    ),
    (
        ["What does Synapse 3i do?", "What's their budget?"],
        "and how many computers do they give away each year?",
        "synapse-3i",
        "1200",
    ),
    (
        ["Parle-moi du panier de la mer", "quel budget ?"],
        "And how much fish did they collect?",
        "le-panier-de-la-mer-62",
        "51",
    ),
    (
        ["c'est quoi le panier de la mer 62 ?", "c'est quoi leur budget ?"],
        "et combien de poisson ils récupèrent ?",
        "le-panier-de-la-mer-62",
        "51",
    ),
    # 'en': the thing in focus
    (
        ["qui reconditionne des ordinateurs en picardie ?", "c'est dans quelle rue ?"],
        "et combien ils en donnent par an ?",
        "synapse-3i",
        "1200",
    ),
    (
        ["Synapse 3i donne des ordinateurs ?"],
        "ils en donnent combien chaque année ?",
        "synapse-3i",
        "1200",
    ),
    # added value: a rate
    (
        ["VESTALI coûte plus cher qu'elle ne rapporte ?"],
        "et leur valeur ajoutée ?",
        "vestali",
        "36,6",
    ),
    (
        ["Does VESTALI cost society more than it brings in?"],
        "and what about their added value?",
        "vestali",
        "36,6",
    ),
    # a person's past
    (["Who founded La Remise Enjouée?"], "What was her job before?", ABSTAIN, ""),
    (["Qui a fondé La Remise Enjouée ?"], "elle faisait quoi avant ?", ABSTAIN, ""),
    # the head of a part nobody named
    (
        ["les copains de thierache ils font quoi à part la boutique ?"],
        "et qui s'occupe des ateliers cuisine là-bas ?",
        ABSTAIN,
        "",
    ),
    (
        ["What do Les Copains de Thiérache do besides the shops?"],
        "who runs the cooking workshops there?",
        ABSTAIN,
        "",
    ),
    # the contact and the customers of the one in focus
    (["le bois de deux mains c'est où ?"], "je contacte qui ?", "le-bois-de-deux-mains", ""),
    (["Where is VESTALI?"], "who do I contact?", "vestali", ""),
    (
        ["How is the Pommiers workshop funded?", "What makes up those sales?"],
        "Who buys, mostly?",
        "le-bois-de-deux-mains",
        "50",
    ),
    (
        ["Comment est financé Le Bois de Deux Mains ?"],
        "et qui achète surtout ?",
        "le-bois-de-deux-mains",
        "50",
    ),
    # a correction naming the other structure by a word of its name
    (
        ["c'est quoi le siret de l'asso de l'aisne ?"],
        "non, pas celle de Guise, celle du bois",
        "le-bois-de-deux-mains",
        "81322907700025",
    ),
    (
        ["c'est quoi le siret de l'asso de l'aisne ?"],
        "non, celle du bois",
        "le-bois-de-deux-mains",
        "81322907700025",
    ),
    (
        ["what's the SIRET of the Aisne association?"],
        "no, not the Guise one, the wood one",
        "le-bois-de-deux-mains",
        "81322907700025",
    ),
    (["Qui dirige VESTALI ?"], "et qui s'en occupe ?", "vestali", "Marechal"),
    (["Qui dirige VESTALI ?"], "et son ancien métier ?", ABSTAIN, ""),
    # narrowing a list by a thing the booklet never mentions: none qualifies
    (
        ["Which structures sell local produce directly to the public?"],
        "Which of them sells flowers?",
        ABSTAIN,
        "",
    ),
    (
        ["Quelles structures vendent des produits locaux ?"],
        "lesquelles vendent des fleurs ?",
        ABSTAIN,
        "",
    ),
    (
        ["Which structures sell local produce directly to the public?"],
        "Which of them sells beer?",
        "les-copains-de-thierache",
        "",
    ),
    # what was spent, after a forecast budget: the forecast is no answer
    (
        ["What's the toy shop's budget?"],
        "And what did they actually spend by the end of the year?",
        ABSTAIN,
        "",
    ),
    (["What's the budget of VESTALI?"], "and what did they actually spend?", "vestali", "878"),
    # the companies a structure deals with, asked after turns about it
    (
        ["How does Synapse 3i recycle computers?"],
        "Which companies buy the dismantled parts?",
        "synapse-3i",
        "",
    ),
    # a year narrowing a count
    (["les masques de synapse en 2020 c'etait combien ?"], "et en 2021 ?", ABSTAIN, ""),
    (["How many masks did Synapse 3i make in 2020?"], "and in 2021?", ABSTAIN, ""),
    (["les ordinateurs donnés par synapse c'est combien ?"], "et en 2020 ?", "synapse-3i", "1500"),
    (["Combien de salariés chez VESTALI ?"], "et en 2021 ?", "vestali", "13"),
    # near misses: plain follow-ups that must not change
    (["c'est quoi VESTALI ?"], "et leur budget ?", "vestali", ""),
    (["What does Synapse 3i do?"], "and VESTALI?", "vestali", ""),
    (["Tell me about Synapse 3i"], "how many employees there?", "synapse-3i", ""),
    (["Qui est le directeur de Synapse 3i ?"], "et son mail ?", "synapse-3i", ""),
    (["Who founded La Remise Enjouée?"], "When was it created?", "la-remise-enjouee", "2020"),
    (
        ["c'est quoi le panier de la mer ?"],
        "ils ont combien de salariés ?",
        "le-panier-de-la-mer-62",
        "",
    ),
    (["What's the budget of VESTALI?"], "and how many employees?", "vestali", ""),
    (["Where is Le Bois de Deux Mains?"], "and Synapse?", "synapse-3i", ""),
    (["Synapse 3i c'est quoi ?"], "ils ont combien de bénévoles ?", ABSTAIN, ""),  # none given
    (["le panier de la mer, ils font quoi ?"], "et leur budget ?", "le-panier-de-la-mer-62", "608"),
    (["What's the budget of Il était deux fois?"], "and the turnover?", "il-etait-deux-fois", ""),
    (["Qui est le directeur de VESTALI ?"], "et son téléphone ?", "vestali", ""),
    (["Where is VESTALI?"], "who runs it?", "vestali", ""),
    (
        ["Tell me about Le Bois de Deux Mains"],
        "who are their customers?",
        "le-bois-de-deux-mains",
        "",
    ),
]


@pytest.mark.parametrize(("before", "question", "fiche", "said"), PROBES)
def test_a_followup_fills_only_what_it_lacks(
    engine: Engine, before: list[str], question: str, fiche: str, said: str
) -> None:
    answer = ask(engine, question, asked_before(before, "(reply)"))
    if not fiche:
        assert answer.abstained, answer.answer
        return
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche, answer.answer
    assert said.replace(" ", "") in answer.answer.replace(" ", "").replace("\u202f", ""), (
        answer.answer
    )
