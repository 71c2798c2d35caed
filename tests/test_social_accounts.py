"""An account on a named platform is stated only where the fiche names that platform: its
website is the nearest fact, not the account (fast tier, every fiche, synthetic questions)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

PLATFORMS = ("instagram", "linkedin", "tiktok", "facebook")
TEMPLATES = (
    "What's the {platform} account of {name}?",
    "le compte {platform} de {name} ?",
    "{name} has a {platform} page?",
)


def fiche_text(engine: Engine, fiche_id: str) -> str:
    fiche = engine.corpus.fiche(fiche_id)
    return fold(engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("platform", PLATFORMS)
def test_an_account_is_answered_only_where_the_fiche_names_its_platform(
    fake_engine: Engine, template: str, platform: str
) -> None:
    for fiche in fake_engine.corpus.fiches:
        answer = ask(fake_engine, template.format(platform=platform.title(), name=fiche.name))
        check_answer(fake_engine.corpus, answer.to_dict())
        assert answer.structures and answer.structures[0].fiche_id == fiche.id
        named = platform in fiche_text(fake_engine, fiche.id)
        assert answer.abstained is not named, answer.answer
        if named:
            assert platform in fold(answer.citations[0].quote)
        elif fiche.identity.website:
            assert "site" in fold(answer.citations[0].quote), answer.answer
