"""Plans of questions in a conversation, with the facts store in memory (no model): what the
aggregate tests read of a question's plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from livret_qa.answering.aggregate_plan import FactsVocabulary
from livret_qa.answering.planner import plan_question
from livret_qa.facts.query import FactQueries, FactQuery
from livret_qa.facts.store import FactStore
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.mentions import MentionDetector


def facts_query_planner(corpus: Corpus) -> Callable[..., dict[str, Any] | None]:
    """A function planning a question after user/assistant turns, giving its facts query."""
    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    detector = MentionDetector(corpus.fiches, texts)
    queries = FactQueries(FactStore.in_memory(corpus))
    rows = queries.store.query(
        "SELECT name, list(DISTINCT text) AS v FROM facts WHERE number IS NULL GROUP BY name"
    )
    vocab = FactsVocabulary(
        {r["name"]: list(r["v"]) for r in rows},
        set(queries.measures),
        selected=lambda q: queries.run(FactQuery(**q)).selected,
    )

    def make(question: str, *turns: str) -> dict[str, Any] | None:
        history = [
            {"role": "user" if n % 2 == 0 else "assistant", "content": t}
            for n, t in enumerate(turns)
        ]
        found = plan_question(question, history, detector, len(corpus.fiches), vocab=vocab)
        return found.facts_query

    return make
