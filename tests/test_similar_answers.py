"""Similar initiatives in the conversation (fast tier, fake embedder): a project description
of any length or language is planned as one and answered with the facets in common and the
differences, every citation exact; 'initiatives similaires à X' compares with a fiche; 'pourquoi
pas X ?' after such an answer says where X ranks and why."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.similarity import HELD_MAX
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer

BIKES = (
    "On voudrait ouvrir une recyclerie de vélos dans un quartier prioritaire d'Amiens avec des "
    "salariés en insertion."
)


def turns(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    out = []
    for question, answer in pairs:
        out += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return out


# -- planning ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        BIKES,
        "a village store with local food that also distributes solidarity food boxes for "
        "low-income families",
        "projet de jardin maraicher bio en insertion qui vend des paniers de legumes",
        "We are a handful of farmers who want to sell meat boxes at a village café.",
        "Réparer des vélos dans un quartier populaire d'Amiens.",  # an infinitive opening
        "organic veg boxes",  # a few words, all facet values
        "sewing workshop women in difficulty learn trade mending second hand clothes",
        "Une épicerie de producteurs en Thiérache avec des ateliers cuisine.",  # a place
    ],
)
def test_a_project_description_is_planned_as_one(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(text)
    assert p.intent == "similar" and p.parts[0].attribute == "" and p.query == p.question


# A founder tells the project in several clauses, or asks whether it exists after telling it:
# one description, read whole, never a question about one clause of it.
@pytest.mark.parametrize(
    "text",
    [
        "J'ai vingt ans de métier en couture et je voudrais former des jeunes à la retouche.",
        "Nous tenons une épicerie à Hirson ; on réfléchit à livrer des paniers aux seniors.",
        "avec mon frère on a une idée : collecter les invendus des boulangeries. ça existe déjà ?",
        "On répare déjà des vélos au local du quartier. Des associations font ça ?",
        "We fix old laptops at the weekend; we want to give them to students. Who does that?",
        "My sister sews bags from old sails and I sell them online. Does this already exist?",
    ],
)
def test_a_project_told_in_several_clauses_is_one_description(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(text)
    assert p.intent == "similar" and len(p.parts) == 1 and p.query == p.question


# A description, then who stands close to it, or the idea labelled first ('idée : …'): a
# project, never a list refused for a word of it the booklet lacks ('toy library').
@pytest.mark.parametrize(
    "text",
    [
        "idea: toy library + second hand toy shop with volunteers, who in the booklet is close "
        "to that?",
        "Une conserverie de fruits abîmés en circuit court, qui est le plus proche de ça ?",
        "We collect unsold bread from bakeries for food banks. Anyone near this?",
        "idée : une ludothèque associative en zone rurale",
        "project: a bike kitchen where students fix their own bikes",
        "a sewing school for women out of work: which one comes closest to my idea?",
    ],
)
def test_a_description_then_who_is_close_to_it_is_one_description(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(text)
    assert p.intent == "similar" and len(p.parts) == 1


# An adviser telling a founder's project in the third person, then asking whom to see:
# the founder's project, read whole (it was a list of 'stage' and 'accueillir', refused).
@pytest.mark.parametrize(
    ("text", "similar"),
    [
        (
            "J'accompagne une porteuse de projet qui veut ouvrir une épicerie vrac dans l'Oise. "
            "Quelles structures pourrait-elle rencontrer et qui contacter ?",
            True,
        ),
        ("I advise a founder who plans to repair bikes in Lens, who should he call?", True),
        ("Mon client qui souhaite monter un atelier de couture : qui fait déjà ça ?", True),
        # clients in general are a public, not a founder
        ("quelles structures ont des clients qui viennent de loin ?", False),
    ],
)
def test_an_adviser_telling_a_founders_project_is_a_description(plan, text: str, similar) -> None:  # type: ignore[no-untyped-def]
    assert (plan(text).intent == "similar") is similar


# Asking for the structures closest to what one does, in its own words.
@pytest.mark.parametrize(
    "text",
    [
        "Nous réparons des vélos pour les étudiants. De quelles structures peut-on s'inspirer ?",
        "Our team runs repair cafés in villages: which organisations are closest to what we do?",
        "Which initiatives are most like a toy library run by parents?",
        "Notre asso donne des meubles aux familles. Quelles initiatives nous ressemblent ?",
        "une friperie solidaire pour les étudiants, des idées de structures comparables ?",
    ],
)
def test_asking_for_the_closest_structures_describes_a_project(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    assert plan(text).intent == "similar"


@pytest.mark.parametrize(
    "text",
    [
        "Which structures are closest to Lille?",  # a place, not a project
        "Quelle structure est la plus proche d'Amiens ?",
        "Quelles structures ont des budgets comparables ?",
        "Which structure was inspired by a Danish model?",
    ],
)
def test_closeness_to_a_place_or_a_figure_is_no_project(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    assert plan(text).intent != "similar"


# A project typed as keywords: what it works on, and what it does or for whom, in several
# values; the words around them (chat forms, words no table knows) do not matter.
@pytest.mark.parametrize(
    "text",
    [
        "atelier couture femmes insertion retouches vetements",
        "collecte invendus supermarches redistribution associations caritatives",
        "recup velos abandonnes reparation revente etudiants",
        "maraichage bio salaries insertion vente paniers habitants",
        "recup palettes fabrication meubles vente particuliers",
        "bike repair workshop refugees resale cheap",
        "collect unsold bread bakeries give food banks",
        "refurbish old laptops donate low income families",
    ],
)
def test_a_telegraphic_description_is_a_description(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    assert plan(text).intent == "similar"


# How a project works, inside its description, asks nothing: a way of ordering or reaching
# ('par téléphone', 'by phone', 'by e-mail'), a price level ('à petits prix', 'cheap'), a device
# worked on ('téléphones portables').
@pytest.mark.parametrize(
    "text",
    [
        "paniers de legumes bio commandes par telephone livres aux familles",
        "farmers selling meat and veg boxes ordered by phone to local families",
        "reconditionnement telephones portables revente petits prix familles",
        "We want to repair old furniture and sell it cheap to students.",
        "inscriptions par mail ateliers couture femmes vetements recup",
    ],
)
def test_how_a_project_works_is_not_asked(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    assert plan(text).intent == "similar"


@pytest.mark.parametrize(
    "text",
    [
        "Quelles structures reconditionnent des ordinateurs ?",
        "ressourcerie montreuil budget",
        "Which structures work with women far from employment?",
        "À quel réseau l'épicerie de Guise appartient-elle",  # a question without its mark
        "recyclerie velo lille dans le livret",  # about the booklet
        "oise farmers drive first pickup point where",  # ends on its question word
        "solidarity food baskets low income who gives them",
        "chiffre d affaire epicerie asso guise 2020",  # keywords, no sentence
        "drive fermier oise c koi les produits",  # 'c'est quoi', typed in a chat
        "c'est quoi une ressourcerie textile",
        "jouets occasion villeneuve",  # a thing and a place: a lookup
        "telephone ressourcerie somme",  # a contact field asked
        "prix panier jardin cocagne",  # a price asked
        "nombre salaries synapse",
    ],
)
def test_a_question_is_no_description(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    assert plan(text).intent != "similar"


def test_a_long_description_naming_a_structure_is_still_a_description(plan) -> None:  # type: ignore[no-untyped-def]
    text = " ".join([BIKES, "Un peu comme Synapse 3i, mais pour les vélos seulement."] * 4)
    p = plan(text)
    assert p.intent == "similar" and p.targets == []


@pytest.mark.parametrize(
    "text", ["Initiatives similaires à VESTALI", "Which initiatives are similar to VESTALI?"]
)
def test_similar_to_a_named_structure(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(text)
    assert p.intent == "similar" and p.parts[0].attribute == "fiche:vestali"


def test_why_not_follows_a_similar_answer(plan) -> None:  # type: ignore[no-untyped-def]
    history = turns((BIKES, "1. **Synapse 3i** …"))
    p = plan("pourquoi pas VESTALI ?", history)
    assert p.intent == "why_not" and p.targets == ["vestali"] and p.query == BIKES
    again = plan(
        "and why not Le Bois de Deux Mains?", [*history, *turns(("pourquoi pas VESTALI ?", "…"))]
    )
    assert again.intent == "why_not" and again.query == BIKES
    assert again.targets == ["le-bois-de-deux-mains"]


def test_why_without_a_similar_answer_is_an_ordinary_question(plan) -> None:  # type: ignore[no-untyped-def]
    history = turns(("Qui dirige VESTALI ?", "Hélène Marechal, directrice."))
    assert plan("pourquoi pas VESTALI ?", history).intent != "why_not"


# -- answers ----------------------------------------------------------------------------------
def test_a_description_is_answered_with_facets_in_common_and_citations(
    fake_engine: Engine, corpus: Corpus
) -> None:
    answer = ask(fake_engine, BIKES)
    data = answer.to_dict()
    check_answer(corpus, data)
    assert answer.intent == "similar" and not answer.abstained
    # the structures that work on the project's sector (vélos) nearly as much as the first
    assert 1 <= len(answer.structures) <= HELD_MAX
    assert "en commun" in answer.answer and "Votre projet, tel que je le lis" in answer.answer
    assert answer.similar is not None and len(answer.similar["ranking"]) == 9
    synapse = next((s for s in answer.structures if s.fiche_id == "synapse-3i"), None)
    if synapse is not None:  # facets in common, each value with its exact passage
        facets = {f["facet"]: f for f in synapse.facets}
        assert facets["territory"]["common"] and facets["public"]["common"]
        for f in synapse.facets:
            for c in f["common"]:
                source = corpus.sources[c["source"]]
                assert source[c["match_start"] : c["match_end"]] == c["text"]
                assert c["text"] in source[c["start"] : c["end"]]


def test_an_english_description_is_answered_in_english(fake_engine: Engine, corpus: Corpus) -> None:
    answer = ask(fake_engine, "We want to turn unsold fish into ready meals for food banks.")
    check_answer(corpus, answer.to_dict())
    assert answer.lang == "en" and "in common" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        " ".join([BIKES] * 40),  # ~4,700 characters: past the 2,000 of a question
        "Mon projet : " + "une ressourcerie " * 600,
        "I would like to do something useful.",
    ],
)
def test_no_description_is_refused(fake_engine: Engine, corpus: Corpus, text: str) -> None:
    answer = ask(fake_engine, text)
    assert answer.intent == "similar" and not answer.abstained and answer.structures
    check_answer(corpus, answer.to_dict())


def test_why_not_explains_a_rank(fake_engine: Engine, corpus: Corpus) -> None:
    first = ask(fake_engine, BIKES)
    history = turns((BIKES, first.answer))
    last = first.similar["ranking"][-1] if first.similar else {}
    answer = ask(fake_engine, f"pourquoi pas {last['name']} ?", history)
    check_answer(corpus, answer.to_dict())
    assert answer.intent == "why_not"
    assert [s.fiche_id for s in answer.structures] == [last["fiche_id"]]
    assert "arrive 9e sur 9" in answer.answer and "Ce qui la place derrière" in answer.answer


def test_why_not_the_first_one(fake_engine: Engine, corpus: Corpus) -> None:
    first = ask(fake_engine, BIKES)
    top = first.structures[0]
    answer = ask(fake_engine, f"why not {top.name}?", turns((BIKES, first.answer)))
    assert "already ranks first" in answer.answer
    check_answer(corpus, answer.to_dict())


def test_why_not_without_a_structure_asks_which(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "pourquoi pas l'autre ?", turns((BIKES, "1. **Synapse 3i** …")))
    assert answer.intent == "why_not" and not answer.structures and "pourquoi pas" in answer.answer


def test_similar_to_a_fiche_in_the_chat(fake_engine: Engine, corpus: Corpus) -> None:
    answer = ask(fake_engine, "Initiatives similaires à VESTALI")
    check_answer(corpus, answer.to_dict())
    assert "proches de **VESTALI**" in answer.answer
    assert "vestali" not in {s.fiche_id for s in answer.structures}
    assert answer.similar and answer.similar["reference"] == "vestali"


def test_a_follow_up_after_a_similar_answer_reaches_its_structures(fake_engine: Engine) -> None:
    first = ask(fake_engine, BIKES)
    answer = ask(fake_engine, "et leur budget ?", turns((BIKES, first.answer)))
    assert {s.fiche_id for s in answer.structures} == {s.fiche_id for s in first.structures}


def test_a_structure_matched_on_wording_alone_cites_its_closest_sentence(
    fake_engine: Engine, corpus: Corpus
) -> None:
    for text in ("Nous voulons aider les gens, vraiment.", "We want to help.", BIKES):
        answer = ask(fake_engine, text, weights={"text": 100.0})
        check_answer(corpus, answer.to_dict())
        assert answer.intent == "similar" and all(s.citations for s in answer.structures)
        last = next(s for s in reversed(answer.structures))
        if not any(f["common"] and (f["score"] or 0) >= 0.5 for f in last.facets):
            assert "« " in answer.answer.splitlines()[-1]  # its closest sentence, quoted


# -- follow-ups after a list or a similar answer ----------------------------------------------
SIMILAR_TURNS = turns(
    (
        "Nous voulons fabriquer des meubles avec des palettes récupérées.",
        "Les initiatives du livret les plus proches de votre projet :\n"
        "1. **Le Bois de Deux Mains** (Soissons, Aisne) — en commun : filière [1]\n"
        "2. **Il était deux fois** (Campigneulles les Petites, Pas-de-Calais) — filière [2]\n"
        "3. **Synapse 3i** (Amiens, Somme) — filière [3]",
    )
)
THREE = ["le-bois-de-deux-mains", "il-etait-deux-fois", "synapse-3i"]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("the second one", ["il-etait-deux-fois"]),
        ("et la troisième ?", ["synapse-3i"]),
        ("what do they sell", THREE),
        ("que font-elles exactement ?", THREE),
        ("que proposent ces ateliers ?", THREE),
    ],
)
def test_a_follow_up_after_a_similar_answer_asks_about_the_structures_pointed_at(
    plan, text: str, targets: list[str]
) -> None:  # type: ignore[no-untyped-def]
    # not the ranking anew: what those structures do, read against the project
    p = plan(text, SIMILAR_TURNS)
    assert p.intent not in ("similar", "why_not")
    assert p.targets == targets and p.target_source == "focus"
    assert "palettes" in p.query


def test_an_attribute_asked_after_a_similar_answer_is_asked_of_each(plan) -> None:  # type: ignore[no-untyped-def]
    p = plan("et leur budget ?", SIMILAR_TURNS)
    assert p.parts[0].attribute == "measure:budget" and p.targets == THREE
    p = plan("quels sont les partenaires de ces ateliers", SIMILAR_TURNS)
    assert p.parts[0].attribute and p.targets == THREE


LIST_TURNS = turns(("Which structures got support from a local scheme?", "VESTALI and Synapse 3i."))


@pytest.mark.parametrize(
    "text",
    [
        "what projects were the studies on",  # a definite plural, no topic of its own
        "what were the grants used for",
        "quels projets ces études concernaient",  # 'ces' points back whatever its noun
        "à quoi ont servi ces financements",
        "which of them got the loans",
    ],
)
def test_a_follow_up_pointing_back_at_what_a_list_answer_named_keeps_its_focus(
    plan, text: str
) -> None:  # type: ignore[no-untyped-def]
    p = plan(text, LIST_TURNS)
    assert sorted(p.targets) == ["synapse-3i", "vestali"] and p.followup


@pytest.mark.parametrize(
    "text",
    [
        "which structures repair the bikes of students",  # a topic of its own
        "which structures have the most volunteers",
        "Quelles structures vendent les vêtements ?",  # a French article is also generic
    ],
)
def test_a_new_list_question_after_a_list_answer_starts_afresh(plan, text: str) -> None:  # type: ignore[no-untyped-def]
    assert plan(text, LIST_TURNS).targets == []
