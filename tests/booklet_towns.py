"""Towns of the real booklet that tests of described structures share."""

from __future__ import annotations

from livret_qa.answering.compose import stands_in
from livret_qa.retrieval.engine import Engine


def single_towns(engine: Engine) -> dict[str, str]:
    """Towns where exactly one structure stands, and that structure."""
    fiches = engine.corpus.fiches
    return {
        f.contact.town: f.id
        for f in fiches
        if sum(stands_in(g, [f.contact.town]) for g in fiches) == 1
    }
