"""A word with two senses read in the sense its frame gives it (class: a yes/no answered with
the other sense of a word, 'ont-ils été bénéficiaires en 2021 ?').

'Bénéficiaires' is the public a structure serves ('ses bénéficiaires', 'bénéficiaires de
l'aide alimentaire') and, after the verb 'être' with no complement, being in profit ('ils ont
été bénéficiaires en 2021'). Read as its public, the question is answered "oui" with the
fiche's list of users; read as profit, it asks a result the fiche may state, or only aim at.
The question is reworded in its profit sense ('rentables') before it is planned."""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.text import fold


def in_its_sense(question: str) -> str:
    """The question with 'être bénéficiaire(s)' (no 'de' after it) written in its profit
    sense ('ont-ils eu un résultat positif', 'est-elle rentable'), not the public it serves
    (lexicon PROFIT_SENSE). Unchanged when no such frame, or when folding moved the offsets
    (the rewording needs them)."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    out, end = [], 0
    for m in lx.PROFIT_SENSE.finditer(folded):
        if m.group("verb") == "ete":  # 'ont-ils été bénéficiaires ?': a result they had
            out += [question[end : m.start()], "eu un résultat positif"]
        else:  # 'est-elle bénéficiaire ?'
            word = m.group("word")
            out += [question[end : m.start("word")], "rentable" + "s" * word.endswith("s")]
        end = m.end()
    return "".join(out) + question[end:] if out else question
