"""Answers on the real booklet: citations exact, follow-ups, abstention (slow tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.errors import QueryError
from livret_qa.evaluation.gold import load_gold

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_every_citation_of_every_dev_answer_is_exact_and_in_its_structure(engine) -> None:
    questions = load_gold(ROOT / "eval" / "questions.jsonl", engine.corpus)
    checked = 0
    for q in questions:
        answer = ask(engine, q.question, q.history)
        named = {s.fiche_id for s in answer.structures}
        for c in answer.citations:
            source = engine.corpus.sources[c.source]
            fiche = engine.corpus.fiche(c.fiche_id)
            assert fiche.span.start <= c.start < c.end <= fiche.span.end
            assert source[c.start : c.end].strip() == source[c.start : c.end]
            assert source[c.passage_start : c.passage_end] == c.passage
            assert c.passage_start <= c.start and c.end <= c.passage_end
            assert c.line_start == source.count("\n", 0, c.start) + 1
            assert c.fiche_id in named
            checked += 1
        for s in answer.structures:
            assert s.citations and all(1 <= n <= len(answer.citations) for n in s.citations)
    assert checked > 150


def test_list_then_plural_follow_up(engine) -> None:
    first = ask(engine, "Quelles structures utilisent le logiciel CAP3C ?")
    assert {s.fiche_id for s in first.structures} == {"il-etait-deux-fois", "synapse-3i"}
    history = [
        {"role": "user", "content": first.question},
        {"role": "assistant", "content": first.answer},
    ]
    second = ask(engine, "et leur budget ?", history)
    assert second.followup
    assert "316 000 €" in second.answer and "2 037 760€" in second.answer
    assert {c.section for c in second.citations} == {"key_figures"}


def test_english_question_gets_an_english_frame_and_french_quotes(engine) -> None:
    answer = ask(engine, "Which structures refurbish computers?")
    assert answer.lang == "en"
    assert answer.answer.startswith(
        ("One structure matches", "2 structures match", "3 structures match")
    )
    assert "synapse-3i" in {s.fiche_id for s in answer.structures}


def test_abstains_when_the_fiche_lacks_the_attribute(engine) -> None:
    answer = ask(
        engine, "Quel est le numéro SIRET de l'Association des Producteurs des Vallées de l'Oise ?"
    )
    assert answer.abstained and "SIRET" in answer.abstain_reason
    assert answer.answer.startswith("La fiche de **Association Des Producteurs")
    # …and the nearest fact it does state, cited inside that fiche
    assert "plus proche" in answer.answer
    assert {c.fiche_id for c in answer.citations} == {
        "association-des-producteurs-des-vallees-de-l-oise"
    }


def test_abstains_on_places_the_booklet_never_mentions(engine) -> None:
    answer = ask(engine, "Y a-t-il une ressourcerie à Strasbourg ?")
    assert answer.abstained and "Strasbourg" in answer.abstain_reason


def test_answers_when_the_fiche_states_the_attribute(engine) -> None:
    answer = ask(engine, "Quel est le numéro SIRET de VESTALI ?")
    assert not answer.abstained
    assert (
        "418 889 549 000 71"
        in engine.corpus.sources[answer.citations[0].source][
            answer.citations[0].start : answer.citations[0].end
        ]
    )


def test_history_limits(engine) -> None:
    turns = [{"role": "user", "content": "a"}] * 21
    with pytest.raises(QueryError, match="21 turns; the limit is 20"):
        ask(engine, "et alors ?", turns)
    with pytest.raises(QueryError, match="characters; the limit is 20000"):
        ask(engine, "et alors ?", [{"role": "user", "content": "x" * 20_001}])


def test_existence_question_needs_one_structure_holding_everything_asked(engine) -> None:
    assert not ask(engine, "Y a-t-il une épicerie à Guise ?").abstained
    apart = ask(engine, "Y a-t-il une ressourcerie à Guise ?")
    assert apart.abstained
    reason = apart.abstain_reason.lower()
    assert "guise" in reason or "ressourcerie" in reason


# -- answers filled from the plan, by class of question (synthetic questions) -----------------


def _quoted(engine, answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [engine.corpus.sources[c.source][c.start : c.end] for c in answer.citations]


@pytest.mark.parametrize(
    ("question", "fiche", "expected"),
    [
        ("Combien de bénévoles compte Le Bois de Deux Mains ?", "le-bois-de-deux-mains", "30"),
        ("What is VESTALI's overall budget?", "vestali", "878 296"),
        ("Combien d'adhérents a La Remise Enjouée ?", "la-remise-enjouee", "50"),
        ("How many people on integration contracts work at Synapse 3i?", "synapse-3i", "salari"),
    ],
)
def test_a_stated_figure_is_answered_plainly_then_quoted(engine, question, fiche, expected):  # type: ignore[no-untyped-def]
    answer = ask(engine, question)
    assert not answer.abstained and answer.structures[0].fiche_id == fiche
    first_line = answer.answer.splitlines()[0]
    assert expected in first_line and "[1]" in first_line
    assert any(expected in q for q in _quoted(engine, answer))


@pytest.mark.parametrize(
    ("question", "missing", "nearest"),
    [
        # another measure than the one stated
        ("Combien d'adhérents compte Le Bois de Deux Mains ?", "adhérents", "bénévoles"),
        # another year than the one stated
        ("Quel était le budget de VESTALI en 2022 ?", "2022", "878 296"),
        # a role the fiche does not name
        ("Qui est le président de La Remise Enjouée ?", "président", "COUSIN"),
        # a precise date where the fiche gives a year
        ("À quelle date exacte VESTALI a-t-elle été créée ?", "date exacte", "1997"),
        # beyond the booklet's region
        (
            "Combien de tonnes de jouets La Remise Enjouée collecte-t-elle au niveau national ?",
            "national",
            "3,5",
        ),
    ],
)
def test_what_is_not_stated_abstains_with_the_nearest_stated_fact(
    engine, question, missing, nearest
):  # type: ignore[no-untyped-def]
    answer = ask(engine, question)
    assert answer.abstained
    assert missing in answer.answer
    assert answer.citations and any(nearest in q for q in _quoted(engine, answer))


def test_a_person_with_the_role_asked(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, "Who is the director of VESTALI?")
    assert not answer.abstained and "Hélène Marechal" in answer.answer.splitlines()[0]
    assert answer.plan["parts"][0]["attribute"] == "role:director"


def test_when_something_happened_is_not_opening_hours(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, "Quand Les Copains de Thiérache ont-ils ouvert leur première boutique ?")
    assert not answer.abstained and "2016" in answer.answer.splitlines()[0]
    hours = ask(engine, "Quels sont les horaires d'ouverture de VESTALI ?")
    assert hours.abstained and "horaires" in hours.abstain_reason


def test_a_question_asking_two_things_answers_both(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, "Quand VESTALI a-t-elle été créée et qui la dirige ?")
    assert [p["intent"] for p in answer.plan["parts"]] == ["date", "person"]
    assert "1997" in answer.answer and "Marechal" in answer.answer


def test_a_structure_named_alone_asks_the_previous_question_of_it(engine) -> None:  # type: ignore[no-untyped-def]
    first = ask(engine, "Combien de bénévoles compte Le Bois de Deux Mains ?")
    history = [
        {"role": "user", "content": first.question},
        {"role": "assistant", "content": first.answer},
    ]
    second = ask(engine, "et VESTALI ?", history)
    assert second.plan["targets"] == ["vestali"]
    assert second.abstained and "bénévoles" in second.answer  # VESTALI states no volunteers
    assert "NOM DE L'ENTREPRISE" not in second.answer


def test_a_place_follow_up_narrows_the_previous_list(engine) -> None:  # type: ignore[no-untyped-def]
    first = ask(engine, "Quelles structures utilisent le logiciel CAP3C ?")
    history = [
        {"role": "user", "content": first.question},
        {"role": "assistant", "content": first.answer},
    ]
    narrowed = ask(engine, "lesquelles sont dans le Pas-de-Calais ?", history)
    assert [s.fiche_id for s in narrowed.structures] == ["il-etait-deux-fois"]


def test_a_list_asked_of_a_place_keeps_what_would_qualify_anywhere(engine) -> None:  # type: ignore[no-untyped-def]
    # the only structure of the Oise grows food: none there re-uses objects
    answer = ask(engine, "Quelles structures de l'Oise font du réemploi ?")
    assert answer.abstained and "Association Des Producteurs" in answer.abstain_reason
    kept = ask(engine, "Quelles structures du Nord font de l'alimentation durable ?")
    assert [s.fiche_id for s in kept.structures] == ["le-jardin-de-cocagne-de-la-haute-borne"]


def test_a_place_the_named_structure_never_mentions(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, "Does Synapse 3i have a site in Lille?")
    assert answer.abstained and "Lille" in answer.answer
    assert any("Amiens" in c.quote for c in answer.citations)  # where it is, instead


def test_a_person_is_cited_at_their_name_not_the_whole_contact_block(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, "Qui dirige VESTALI ?")
    (citation,) = answer.citations
    assert citation.quote == "HÉLÈNE MARECHAL Directrice"
    assert "Tel" not in engine.corpus.sources[citation.source][citation.start : citation.end]
