"""Fill an engine's lazy caches behind a server that already answers /health.

What only some questions need is built on first use: the facts store (a DuckDB file beside the
index, opened and checked), the facts vocabulary of the planner, and every fiche's facets for
similar initiatives (~1 s of CPU). Building them before the server is ready would delay every
start; leaving them to the first question would make that question slow. So the server starts
first, then one background thread builds them while nobody is asking yet. A question that
arrives earlier builds what it needs itself (each cache is filled once, under its own lock).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from livret_qa.retrieval.engine import Engine

log = logging.getLogger(__name__)


def warm_caches(engine: Engine) -> float:
    """Build the engine's lazy caches now; returns the seconds it took."""
    from livret_qa.answering.aggregate_answer import vocabulary_for
    from livret_qa.answering.compose import ask
    from livret_qa.answering.similarity import facets_for

    started = time.perf_counter()
    vocabulary_for(engine)  # opens (or builds) the facts store too
    facets_for(engine)
    ask(engine, "initiatives du livret")  # the planner's and the composer's own first use
    return time.perf_counter() - started


def warm_in_background(engine: Engine) -> threading.Thread:
    """`warm_caches` in a daemon thread; a failure is logged, never raised: the question that
    needs the cache will build it (and report what is wrong) itself."""

    def run() -> None:
        try:
            log.info("Caches warmed in %.1f s", warm_caches(engine))
        except Exception:
            log.warning("Warming the caches failed; questions will build them", exc_info=True)

    thread = threading.Thread(target=run, name="livret-qa-warm-caches", daemon=True)
    thread.start()
    return thread
