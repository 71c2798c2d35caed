"""Whether a structure sells online, asked of it ('vend-il en ligne ?', 'does it sell
online?'): a website is no online sale, a sentence selling through the internet is. Pure."""

from __future__ import annotations

import re

from livret_qa import facet_words as fw
from livret_qa.text import fold

_SELLING = re.compile(r"\b(vend\w*|ventes?|sell\w*|sold|achet\w*|buy\w*|command\w*|order\w*)\b")
# selling on its own website ('l'espace vente de son site web', 'vend sur son site')
_ON_ITS_SITE = re.compile(
    r"\b(vente\w*|vend\w*|sell\w*)\b[\w' ]{0,20}\b(site|website)\b|\bsite (internet |web )?marchand"
)
_ONLINE_ASKED = re.compile(r"\b(en ligne|online|internet|web|e-?commerce|e-?shop)\b")


def _stated() -> re.Pattern[str]:
    return fw.compiled(fw.word("activity", "vente_en_ligne").pattern)


def asks_online_sales(question: str) -> bool:
    folded = fold(question)
    return bool(_SELLING.search(folded) and _ONLINE_ASKED.search(folded))


def states_online_sales(sentence: str) -> bool:
    """Selling through the internet ('les ventes … via internet', 'la vente en ligne'), or
    click and collect, which is one way of it; a website line alone states neither."""
    folded = fold(sentence)
    click = fw.compiled(fw.word("activity", "click_collect").pattern)
    return bool(_stated().search(folded) or click.search(folded) or _ON_ITS_SITE.search(folded))
