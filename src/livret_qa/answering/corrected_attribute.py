"""Class: a follow-up correcting what was asked, not which structure — 'non je voulais dire
le budget, pas le CA', 'sorry, I meant the budget, not the staff', 'non, plutôt leur adresse'.

The words of the correction ('non', 'je voulais dire', 'I meant') are no words asked: read
with them, a short question ('non je voulais dire le budget') was too long to ask its measure
alone and fell back on the last question's (the turnover refused); and the thing refused ('pas
le CA') is no thing asked either. The attribute is read from what the asker says they meant.
The same when the refusal comes first ('non, pas celle de Guise, celle du bois'). Pure: text
in, text out."""

from __future__ import annotations

import re

# an apology, a denial, then the words saying what was meant; each optional, at least one
_OPENER = re.compile(
    r"^\W*(?:(?:sorry|d[ée]sol[ée]e?|pardon|oups?|oops|my bad|excuse[sz]?[- ]moi)\W+)?"
    r"(?:(?:non|nan|no|nope|actually|en fait)\W+)?"
    r"(?:je (?:voulais dire|parlais d[eu']?|pensais [àa]|demandais)|"
    r"i (?:meant|mean|was (?:talking|asking) about)|plut[ôo]t|rather)\b\W*",
    re.IGNORECASE,
)
# the thing refused: ', pas le CA', ', not the staff', 'rather than the budget'
_REFUSED = re.compile(
    r",?\s*\b(?:and |et )?(?:not|pas|non pas|rather than|instead of|plut[ôo]t que)\s+"
    r"(?:the|that|this|its|their|celle|celui|cette|ce|cet|le|la|les|l['’]|du|de la|des|"
    r"de l['’]|leur|leurs|son|sa|ses)[^,;?!]*",
    re.IGNORECASE,
)


def meant_text(text: str) -> str:
    """The words of a correction saying what was meant ('non je voulais dire le budget, pas
    le CA' -> 'le budget'); `text` as it is when it opens with no correction or says nothing
    else."""
    opener = _OPENER.match(text)
    if opener is None or opener.end() == 0:
        return text
    rest = text[opener.end() :]
    refused = _REFUSED.search(rest)
    if refused is not None and rest[: refused.start()].strip(" ,"):
        rest = rest[: refused.start()] + rest[refused.end() :]
    rest = rest.strip(" ,")
    return rest if re.search(r"[^\W\d_]{2,}", rest) else text


def without_refused(text: str) -> str:
    """A correction without the thing it refuses ('non je voulais dire le budget, pas le CA'
    -> 'non je voulais dire le budget'): the refused thing is no second question."""
    opener = _OPENER.match(text)
    if opener is None or opener.end() == 0:
        return text
    rest = text[opener.end() :]
    refused = _REFUSED.search(rest)
    if refused is None or not rest[: refused.start()].strip(" ,"):
        return text
    return (text[: opener.end()] + rest[: refused.start()] + rest[refused.end() :]).strip()


# 'non, pas celle de Guise, celle du bois', 'no, not the Guise one, the wood one': the
# denial, the one refused first, then the one meant after a comma
_REFUSED_FIRST = re.compile(
    r"^(?P<denial>\W*(?:non|nan|no|nope)\W+)(?:pas|not|non pas)\s+(?:celle|celui|ceux|celles|"
    r"the|that|this|le|la|les|l['’])[^,;?!]*[,;]\s*(?P<meant>\S.*)$",
    re.IGNORECASE,
)


def without_refused_first(text: str) -> str:
    """A correction refusing one thing before saying the one meant ('non, pas celle de Guise,
    celle du bois' -> 'non, celle du bois'): what it refuses is no thing asked (class: a
    correction naming the other structure by a word of its name). `text` as it is else."""
    m = _REFUSED_FIRST.match(text)
    if m is None:
        return text
    return f"{m.group('denial').strip()}, {m.group('meant')}".strip()
