"""Class: a question offering paid and voluntary work as alternatives ('Is anybody paid to help
them run the drive, or is it all volunteer work?', 'c'est des salariés ou des bénévoles qui
font tourner la boutique ?', 'is the work paid or voluntary?', 'volunteers or paid staff?',
'quelqu'un est payé, ou c'est du bénévolat ?'). It asks whether the structure employs paid
staff, which its staff line answers (« 0,5 ETP au sein du Pays … », « 14 salariés »): the words
of both alternatives are no thing to find ('the fiche never mentions « paid volunteers »'),
no salary (an amount) is asked, and the ', ou c'est …' after a comma is no second question
('où c'est ?'). The planner reads the whole question as the staff measure asked; a fiche
stating no staff line gives its nearest fact, as any staff question does. Pure: text in."""

from __future__ import annotations

import re

from livret_qa.text import fold

# being paid, or paid people: 'paid', 'payé', 'rémunérés', 'salaried', 'des salariés', 'staff'
_PAID = (
    r"(?:paid|pay|salaried|salaries|salary|wages?|employees?|staff|employ(?:s|ed)|"
    # the verb too ('ils paient quelqu'un ou c'est que des bénévoles ?')
    r"payee?s?|payes?|paient|payent|paie|remuner\w*|salariee?s?|employee?s?|embauche\w*)"
)
# voluntary work: 'volunteer(s)', 'voluntary', 'unpaid', 'bénévole(s)', 'bénévolat'
_VOLUNTARY = r"(?:volunteer\w*|voluntar\w*|unpaid|benevol\w*|non remuneree?s?|non payee?s?)"
# the two joined by 'or' / 'ou' (and what stands between them in the same sentence), in
# either order
_OFFERED = re.compile(
    rf"\b{_PAID}\b[^?.!]*?\b(?:or|ou)\b[^?.!]*?\b{_VOLUNTARY}|"
    rf"\b{_VOLUNTARY}[^?.!]*?\b(?:or|ou)\b[^?.!]*?\b{_PAID}\b"
)
# an amount asked ('how much are the paid staff paid, or is it volunteer work?') asks a salary
_AMOUNT = re.compile(r"\b(?:how much|combien|quel\w* (?:salaire|montant)|what (?:salary|wage))\b")


def offered(text: str) -> bool:
    """Whether `text` asks whether work is paid or voluntary ('is anybody paid …, or is it all
    volunteer work?': yes; 'combien de salariés et de bénévoles ?', 'how much are they
    paid?': no)."""
    folded = fold(text)
    return bool(_OFFERED.search(folded)) and not _AMOUNT.search(folded)
