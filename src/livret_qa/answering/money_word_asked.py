"""Whether a money word of a question asks an amount at all.

Class: a question about one structure that uses a word of money without asking an amount —
'When did the Thiérache grocery take on a paid manager?' (a date: 'un responsable est embauché
en 2018'), 'What did ADEME pay for?', 'à quoi a servi l'aide de l'ADEME ?' (the thing paid
for: 'une aide de l'ADEME lui permettant d'acquérir un équipement'). Read as a price or a
salary (`lexicon.UNSTATED`), they were refused 'the fiche gives no price / salary'. The
question's own frame says what is asked: a 'when' frame asks a date, 'what … pay for' asks
the thing paid for; the money word only qualifies it. A yes/no question whether someone is paid
('Do they pay their staff?', 'les salariés sont-ils rémunérés ?', 'est-ce que les encadrants
sont payés ?') asks whether the structure employs paid staff, which its staff figures answer."""

from __future__ import annotations

import re

# 'what did X pay for', 'what was the grant used for', 'à quoi a servi …', 'pour financer quoi'
THING_PAID_FOR = re.compile(
    r"\b(what|which)\b[^?]*\b(pa(y|ys|id|ying)|fund(s|ed|ing)?|financ\w*|used|spent)\s+for\b|"
    r"\ba quoi\b[^?]*\b(servi\w*|sert|servent|financ\w*|pa(ye|ie)\w*|utilise\w*)\b|"
    r"\b(financ\w*|pa(ye|ie)\w*|pay|paid)\s+quoi\b|"
    # ('qu'est-ce que l'ADEME a financé ?', 'what did the FDI fund?': not 'qu'est-ce qui
    # finance X', which asks the funders)
    r"\bqu.est-ce qu(e\b|')[^?]*\b(financ\w*|pa(ye|ie)\w*|subventionn\w*)\b|"
    r"\bwhat (did|does|do|has|have)\b[^?]*\b(fund|funded|finance|financed|subsidi[sz]ed?|"
    r"paid for|pay for)\b"
)
# a yes/no question about being paid, with no amount asked ('how much', 'combien', 'quel
# salaire' ask one)
_PEOPLE = (
    r"(staff|employees?|workers?|people|volunteers?|team|managers?|directors?|cooks?|interns?|"
    r"trainees?|anybody|anyone|someone|salaries?|employes?|benevoles?|encadrants?|personnes?|"
    r"equipes?|directeurs?|directrices?|stagiaires?|quelqu.un|animateurs?|animatrices?)"
)
_YES_NO_OPENER = re.compile(
    r"^(?:(?:and|et|so|alors|mais|but|ok)\W+)?(?:do|does|did|are|is|were|was|est-ce qu\w*|"
    r"(?:les |leurs? |ses |the |their )?[a-z-]+ (?:sont|est|etaient|etait)-(?:ils|elles|il|elle))\b"
)
_PEOPLE_PAID = re.compile(
    r"\bpa(?:y|ys|id)\s+(?:their |the |its |any |les |leurs? )?" + _PEOPLE + r"\b|"
    r"\b" + _PEOPLE + r"\b[^?]{0,40}\b(?:paid|remunere\w*|paye\w*|payes?)\b"
)


# people counted by whether they are paid ('how many paid staff', 'combien de personnes
# rémunérées'): a headcount asked, no amount
_PAID_COUNTED = re.compile(
    r"\b(?:how many|number of)\s+(?:paid|salaried)\s+" + _PEOPLE + r"\b|"
    r"\b(?:combien|nombre)\s+(?:de |d.)\s*" + _PEOPLE + r"\s+(?:remunere\w*|paye\w*|salarie\w*)"
)


def paid_or_not(folded: str) -> bool:
    """A yes/no question whether people are paid ('Do they pay their staff?', 'les salariés
    sont-ils rémunérés ?'), not whether a thing is paid for ('pay rent?')."""
    return bool(_YES_NO_OPENER.search(folded) and _PEOPLE_PAID.search(folded))


AMOUNT_ASKED = re.compile(
    r"\b(?:how much|combien|quel\w* (?:salaire|montant|somme)|what (?:salary|wage|amount))\b"
)
MONEY_KINDS = frozenset({"price", "salary"})


# class: how a thing is funded or its costs covered ('le compresseur il a été financé
# comment ?', 'how are their running costs covered?', 'comment sont payés les salaires ?'):
# the funders or the means, said in a sentence, no amount ('how much', 'combien' ask one)
FUNDING_MANNER = re.compile(
    # (passive only: 'how did X fund it?', 'comment VESTALI finance-t-elle …' ask its funders,
    # a part of its fiche)
    r"\bcomment\b[^?]*\b(?:financee?s?|payee?s?|couverte?s?|subventionnee?s?)\b|"
    r"\b(?:financee?s?|payee?s?|couverte?s?)\s+comment\b|"
    r"\bhow (?:is|are|was|were)\b[^?]*\b(?:funded|financed|paid for|covered|subsidi[sz]ed)\b"
)


def funding_manner(folded: str) -> bool:
    """Whether a question (folded) asks how something is funded, not how much."""
    return bool(FUNDING_MANNER.search(folded)) and not AMOUNT_ASKED.search(folded)


def thing_paid_for(folded: str) -> bool:
    """Whether a question (folded) asks what a funder paid for ('le FDI a financé quoi ?',
    'what did ADEME fund?'): the thing funded, a sentence, never the structure's budget."""
    return bool(THING_PAID_FOR.search(folded)) and not AMOUNT_ASKED.search(folded)


def not_an_amount(kind: str, folded: str, when: bool) -> bool:
    """Whether an unstated money kind read in a question (folded) asks no amount: a 'when'
    question, or the thing paid for asked."""
    if kind not in MONEY_KINDS:
        return False
    paid = paid_or_not(folded) and not AMOUNT_ASKED.search(folded)
    paid = paid or bool(_PAID_COUNTED.search(folded))
    return when or paid or bool(THING_PAID_FOR.search(folded))
