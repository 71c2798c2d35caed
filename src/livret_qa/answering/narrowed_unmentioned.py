"""A follow-up narrowing a previous list by a thing the booklet never mentions.

Class served: 'Which of them sells flowers?', 'lesquelles vendent des fleurs ?' after a list
of food sellers. Asked alone ('Which structures sell flowers?') the booklet's refusal says it
never mentions flowers; narrowing a list asked the same thing of fewer structures, yet the
refusal was skipped and the previous list came back whole. None of them qualifies: abstain,
saying the thing is never mentioned. Things the booklet holds ('Which of them sells beer?')
are left to the list's own selection. Pure: words and the booklet's vocabulary in, the
things never mentioned out.
"""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.answering import topic_words


def absent_things(question: str, lang: str, vocab: set[str]) -> list[str]:
    """The things a narrowing question names that the booklet never mentions, as shown in a
    refusal ('« flowers » (fleur, floral)'); [] when it names none or the booklet holds them."""
    if lang == "en":
        words = topic_words.topic_words(question, lx.GENERIC_TOPIC_EN)
        absent = topic_words.never_mentioned(words, vocab)
        return [f"« {g.word} » ({', '.join(g.french[:3])})" for g in absent[:3]]
    things = topic_words.french_things(question)
    return [f"« {g.word} »" for g in things if g.thing and not g.held_by(vocab)][:3]
