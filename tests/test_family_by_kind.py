"""'What tool does X use to track objects?' of a fiche writing 'le logiciel de traçabilité',
'quels outils ?' of 'un parc complet de machines': a family noun asked by 'which/what + noun'
of a fiche that never writes it but names a kind of it (glossary KINDS_FR) is answered by the
sentence naming the kind; it was refused as never mentioned. Class: a family asked, a kind
stated. A family none of whose kinds the fiche names stays refused."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.topic_words import kinds_of
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


def _writes(corpus: Corpus, fiche_id: str, words: tuple[str, ...]) -> bool:
    fiche = next(f for f in corpus.fiches if f.id == fiche_id)
    text = fold(corpus.sources[fiche.source][fiche.span.start : fiche.span.end])
    return any(re.search(rf"\b{re.escape(fold(w))}(s|x)?\b", text) for w in words)


def _fiches(corpus: Corpus, family: str, kinds_written: bool) -> list[str]:
    kinds = kinds_of(family)
    return [
        f.name
        for f in corpus.fiches
        if not _writes(corpus, f.id, (family,)) and _writes(corpus, f.id, kinds) == kinds_written
    ]


@pytest.mark.parametrize(
    "template",
    ["Which tool does {name} work with?", "quel outil utilise {name} ?"],
)
def test_a_family_asked_is_answered_by_a_kind_named(engine, corpus: Corpus, template: str) -> None:
    names = _fiches(corpus, "outil", kinds_written=True)
    assert names
    kinds = kinds_of("outil")
    for name in names:
        answer = ask(engine, template.format(name=name))
        assert not answer.abstained, answer.answer
        assert any(fold(k) in fold(answer.citations[0].quote) for k in kinds), answer.answer


def test_a_family_no_kind_of_which_is_named_stays_refused(engine, corpus: Corpus) -> None:
    names = _fiches(corpus, "outil", kinds_written=False)
    for name in names[:3]:
        assert ask(engine, f"quel outil utilise {name} ?").abstained
