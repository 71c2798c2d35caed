"""'what's her mobile number?', 'le numéro de portable de la directrice ?', 'a cell phone to
text them?': a mobile number asked is a phone number of one kind. In France a mobile number
starts 06 or 07 (+33 6 / +33 7); a fixed line (03 …, 09 …) is the nearest fact, not it. Read
as an open question, such a question quoted any sentence with 'mobilisation' in it."""

from __future__ import annotations

import re

from livret_qa.lexicon import MOBILE_ASKED
from livret_qa.text import fold

# a French mobile number ('06 27 27 11 50', '07.12…', '+33 6 …'), spaces and dots aside
_MOBILE = re.compile(r"^(?:\+33|0033|0)\s?[67]")


def asked(question: str) -> bool:
    """Whether a question asks a mobile phone number."""
    return bool(MOBILE_ASKED.search(fold(question).replace("’", "'")))


def mobiles(numbers: list[str]) -> list[str]:
    """The mobile numbers among phone numbers."""
    return [n for n in numbers if _MOBILE.match(n.strip())]
