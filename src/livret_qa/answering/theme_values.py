"""The facet values a booklet's own theme headings name ('Le réemploi' names the activity
re-use), and the fiches the booklet files under each heading.

Why: a fiche filed under the heading 'Le réemploi' is a re-use structure by the booklet's own
label, whatever words its text uses (washing and selling collected clothes, 'remise à neuf',
'relookage': none of the facet table's re-use forms). Read from the text alone, such a
fiche falls out of every list asking for second-hand goods. The heading is the booklet's
label, so the signal holds on any booklet whose themes name an activity.
"""

from __future__ import annotations

import threading
import weakref
from functools import lru_cache

from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine

_CACHE: weakref.WeakKeyDictionary[Engine, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _themes(engine: Engine) -> dict[str, frozenset[str]]:
    """Each theme heading of the booklet with the fiches filed under it, read once."""
    with _LOCK:
        found = _CACHE.get(engine)
    if found is None:
        themes: dict[str, set[str]] = {}
        for fiche in engine.corpus.fiches:
            if fiche.theme:
                themes.setdefault(fiche.theme, set()).add(fiche.id)
        found = {heading: frozenset(ids) for heading, ids in themes.items()}
        with _LOCK:
            _CACHE[engine] = found
    return found


@lru_cache(maxsize=256)
def _named(heading: str, facets: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    return frozenset((m.facet, m.value) for m in match_words(heading, facets))


def theme_holders(
    engine: Engine, value: tuple[str, str], facets: tuple[str, ...]
) -> frozenset[str]:
    """The fiches filed under a theme heading naming this facet value (one of `facets`).
    A heading naming no value ('L'alimentation durable' names a field, not one activity)
    adds nothing."""
    out: set[str] = set()
    for heading, fiche_ids in _themes(engine).items():
        if value in _named(heading, facets):
            out |= fiche_ids
    return frozenset(out)
