"""What every answer must hold whatever the embedder: citations are exact spans of the source
with the right line numbers, and every structure's citation numbers point into the citation
list. Shared by the fast API and composer tests; works on `Answer.to_dict()` and on the JSON
the API returns (the same shape)."""

from __future__ import annotations

from typing import Any

from livret_qa.parsing.corpus import Corpus
from livret_qa.text import clean_inline


def line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def plain(markdown: str) -> str:
    """The plain text a quote shows for a span of markdown (as the sentence splitter does)."""
    return " ".join(clean_inline(markdown).split()).lstrip("#-*+ ").strip()


def check_citation(corpus: Corpus, c: dict[str, Any]) -> None:
    source = corpus.sources[c["source"]]
    fiche = corpus.fiche(c["fiche_id"])
    span = source[c["start"] : c["end"]]
    assert span and span == span.strip(), c
    assert fiche.span.start <= c["start"] < c["end"] <= fiche.span.end, c
    # The quote is the span as plain text (a key figure's quote leads with its label).
    assert plain(span) and " ".join(c["quote"].split()).endswith(plain(span)), (c["quote"], span)
    assert source[c["passage_start"] : c["passage_end"]] == c["passage"]
    assert c["passage_start"] <= c["start"] and c["end"] <= c["passage_end"]
    assert c["line_start"] == line_of(source, c["start"])
    assert c["line_end"] == line_of(source, c["end"])


def check_answer(corpus: Corpus, answer: dict[str, Any]) -> None:
    citations = answer["citations"]
    assert [c["n"] for c in citations] == list(range(1, len(citations) + 1))
    for c in citations:
        check_citation(corpus, c)
    named = {s["fiche_id"] for s in answer["structures"]}
    assert {c["fiche_id"] for c in citations} <= named
    for s in answer["structures"]:
        assert all(1 <= n <= len(citations) for n in s["citations"]), s
        assert all(citations[n - 1]["fiche_id"] == s["fiche_id"] for n in s["citations"]), s
    for n in range(1, len(citations) + 1):  # every citation is shown and marked in the text
        assert any(n in s["citations"] for s in answer["structures"]), n
        assert f"[{n}]" in answer["answer"], n
    plan = answer["plan"]
    # the plan reads the question with its chat spellings, clipped nouns and booklet towns
    # written out ('a amiens' -> 'à Amiens': the same letters, folded)
    import re

    from livret_qa import lexicon as lx
    from livret_qa.text import fold

    asked = lx.unabbreviated(" ".join(answer["question"].split()))

    def letters(text: str) -> str:
        return re.sub(r"[\s'’-]+", " ", fold(text)).strip()

    read = plan["question"] in (answer["question"], asked)
    assert (read or letters(plan["question"]) == letters(asked)) and plan["parts"]
    assert plan["parts"][0]["intent"] == answer["intent"]


def check_abstains_naming_the_nearest(engine: Any, question: str, fiche_id: str) -> None:
    """Asked of one structure what its fiche does not state: an abstention about that
    structure alone, exact citations, and the nearest fact it states quoted."""
    from livret_qa.answering.compose import ask

    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations, answer.answer


def check_answered_with(
    engine: Any, question: str, said: str, fiche_id: str = "", as_asked: bool = True
) -> None:
    """Answered (no abstention), saying `said`, and — when given — led by the structure whose
    id starts with `fiche_id`; with `as_asked`, its citations and plan checked too (a plan
    that drops the asker's own clauses reads another question than the one asked)."""
    from livret_qa.answering.compose import ask
    from livret_qa.text import fold

    answer = ask(engine, question)
    if as_asked:
        check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    if fiche_id:
        assert answer.structures[0].fiche_id.startswith(fiche_id), answer.answer
    assert fold(said) in fold(answer.answer), answer.answer
