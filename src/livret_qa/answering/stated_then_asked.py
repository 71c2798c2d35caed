"""A topic stated first, then a short question whose pronoun stands for it: 'Need VESTALI's
overall budget for 2021 for a funding comparison — what was it?', 'Le bâtiment que Vestali
achète à Liévin, il coûte combien ?'.

Class served: near-miss unanswerables put as a statement ending with a question. Read as they
stand, the statement was asked on its own (its '2021' found a sentence of that year, its
'300 m2' a surface) and the pronoun question was asked of nothing: the year or the price not
stated was answered with a neighbouring fact. Read as the one question they make ('what was
VESTALI's overall budget for 2021?', 'combien coûte le bâtiment … ?'), the checks of a figure
of another year or of a price not given apply. A purpose tacked on the topic ('for a funding
comparison') is why the asker asks, no part of what is asked, and is left out. Pure over the
question text."""

from __future__ import annotations

import re

# the topic, a dash or a comma, a question of a pronoun ('— what was it?', ', what is it?')
_EN = re.compile(
    r"^\s*(?:(?:hi|hello)\W+)?(?:(?:i|we)\s+)?(?:need|want|am looking for|'m looking for|"
    r"are looking for|looking for|would like|'d like)?\s*(?P<topic>[^—?,;]{6,160}?)\s*"
    r"(?:—|–|--| - |,|;)\s*(?P<ask>what|how much|when|where|who)\s+"
    r"(?P<verb>was|is|were|are)\s+(?:it|they|that)\s*\?*\s*$",
    re.I,
)
# a purpose after the topic: 'for a funding comparison', 'for our report' (not 'for 2021')
_PURPOSE = re.compile(r"\s+for\s+(?:a|an|my|our|the|their)\s+[^\d]*$", re.I)
# 'le bâtiment …, il coûte combien ?', 'la location, elle coûte combien ?'
_FR = re.compile(
    r"^\s*(?P<topic>(?:le|la|les|l')\s*[^?,;]{4,160}?)\s*,\s*(?:il|elle|ils|elles|ca|ça)\s+"
    r"(?P<verb>coute|coûte|coutent|coûtent|vaut|valent)\s+combien\s*\?*\s*$",
    re.I,
)


def one_question(question: str) -> str | None:
    """The one question a stated topic and its pronoun question make, or None when the
    question is not so put."""
    match = _EN.match(question)
    if match is not None:
        topic = _PURPOSE.sub("", match.group("topic")).strip()
        if len(topic.split()) < 2:
            return None
        return f"{match.group('ask').capitalize()} {match.group('verb').lower()} {topic}?"
    match = _FR.match(question)
    if match is not None:
        topic = match.group("topic").strip()
        topic = topic[:1].lower() + topic[1:]
        return f"Combien {match.group('verb').lower()} {topic} ?"
    return None
