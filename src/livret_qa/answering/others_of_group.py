"""'The others' after a turn about a group of people of one structure (class: 'Synapse 3i,
combien d'ordis ils donnent ?' → '… donnés aux personnes formées' then 'et les autres ils
paient combien ?'; 'what do families in need pay?' then 'and the other customers, what do
they pay?'; 'les particuliers font 50 % des ventes' then 'et les autres clients ?').

After a fact told of some people of the one structure in focus (those trained, families in
need, private buyers), others named as people — by a noun of people ('les autres clients'), a
pronoun taking them up ('les autres, ils …') or a verb only people do ('what do the others
pay?') — are the rest of that structure's people, not the other structures of the booklet:
the question is its own, asked of the one in focus, with 'the others' left aside."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# people a turn may be about, folded ('personnes formées', 'les familles', 'the customers')
_PEOPLE = (
    r"personnes?|gens|familles?|menages?|foyers?|particuliers?|clients?|clientes?|acheteurs?|"
    r"beneficiaires?|adherents?|habitants?|usagers?|publics?|jeunes|stagiaires?|apprenants?|"
    r"consommateurs?|salaries?|benevoles?|people|persons?|famil(?:y|ies)|households?|"
    r"customers?|clients?|buyers?|members?|residents?|users?|trainees?|learners?|"
    r"individuals?|consumers?|volunteers?|employees?|staff"
)
_PEOPLE_WORD = re.compile(rf"\b({_PEOPLE})\b")
# the others named as people: a noun of people after 'autres' ('les autres clients', 'the other
# buyers'), a pronoun taking them up ('les autres, ils paient …', 'the others, do they …'), or
# a verb only people do with them ('what do the others pay?', 'les autres achètent quoi ?')
_OTHERS_AS_PEOPLE = re.compile(
    rf"\b(autres|other|others)\s+({_PEOPLE})\b|"
    r"\b(les autres|the others|the rest|le reste)\W+(ils|elles|they|eux)\b|"
    r"\b(les autres|the others|the rest|le reste)\b[^?]{0,30}\b(paient|payent|paye|payer|"
    r"achetent|acheter|recoivent|beneficient|pay|paying|buy|buying|receive|get|getting)\b|"
    r"\b(do|does|did)\s+(the others|the rest)\s+(pay|buy|get|receive)\b"
)


def asks_others_of_group(question: str, last_turn: str) -> bool:
    """Whether a question asks the others of a group of people the last turn (its question
    and answer) was about, as people ('et les autres ils paient combien ?')."""
    folded = fold(question)
    if not lx.OTHERS.search(folded) or not _OTHERS_AS_PEOPLE.search(folded):
        return False
    if re.search(rf"\b(autres|other|others)\s+({lx._COLLECTIVE_NOUNS})\b", folded):
        return False  # 'les autres structures, elles paient combien ?': other structures
    return bool(_PEOPLE_WORD.search(fold(last_turn)))


def without_others(question: str) -> str:
    """The question with 'the others' left aside, what is asked of the one in focus: 'les
    autres clients' -> 'les clients', 'les autres, ils paient …' -> 'ils paient …', 'what do
    the others pay?' -> 'what do they pay?'."""
    text = re.sub(rf"(?i)\b(autres|other)\s+(?=(?:{_PEOPLE})\b)", "", question)
    text = re.sub(
        r"(?i)\b(les autres|the others|the rest|le reste)\W+(?=(ils|elles|they)\b)", "", text
    )
    text = re.sub(r"(?i)\b(les autres|le reste)\b", "ils", text)
    text = re.sub(r"(?i)\b(the others|the rest)\b", "they", text)
    return re.sub(r"\s{2,}", " ", text).strip()
