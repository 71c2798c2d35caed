"""Lists whose constraint is a named body, a place or a part of the booklet (fast tier, fake
engine over the real booklet). A body is matched as a whole name or acronym in the fiche's
text, however typed (lower case, its long form, a familiar verb of support), never by a word
it shares with another body ('DREETS' is not 'DDEETS', 'France Active' is not 'Pas de Calais
Actif'); a place is the structure's card (its département), not a town its story mentions; a
part of the booklet holds the fiches the parser files under it. Expected structures are read
from the parsed fiches and their text, never written down; a body the booklet never names
still abstains."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering import body_list, booklet_part
from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import fiche_texts
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


def listed(
    engine: Engine,
    question: str,
    history: list[dict[str, str]] | None = None,
    check: bool = True,
) -> set[str]:
    answer = ask(engine, question, history or [])
    if check:  # (a list with an exclusion is answered as asked again without it)
        check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.abstain_reason
    return {s.fiche_id for s in answer.structures}


def naming(engine: Engine, pattern: str) -> set[str]:
    """The fiches whose text writes the body (a case-sensitive pattern, as the booklet spells
    it)."""
    raw = fiche_texts(engine).raw
    return {fid for fid, text in raw.items() if re.search(pattern, text)}


def in_departements(engine: Engine, *codes: str) -> set[str]:
    return {f.id for f in engine.corpus.fiches if f.contact.departement_code in codes}


def of_part(engine: Engine, word: str) -> set[str]:
    return {f.id for f in engine.corpus.fiches if word in f.theme.lower()}


def _history(engine: Engine, *questions: str) -> list[dict[str, str]]:
    history: list[dict[str, str]] = []
    for q in questions:
        a = ask(engine, q, history)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": a.answer}]
    return history


# -- a body, however written --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Quelles structures ont le soutien d'AG2R ?", r"AG2R"),
        ("who gets support from ag2r?", r"AG2R"),
        ("Les structures soutenues par la DREETS ?", r"\bDREETS\b"),
        ("financées par la dreets, lesquelles ?", r"\bDREETS\b"),
        ("Which structures are funded by the DREETS (not the departmental DDEETS)?", r"\bDREETS\b"),
        (
            "qui a eu un coup de main ou des sous de Pas de Calais Actif ?",
            r"Pas[- ]de[- ]Calais[- ]Actif",
        ),
        ("Which structures got help from Pas-de-Calais Actif?", r"Pas[- ]de[- ]Calais[- ]Actif"),
        (
            "Which structures used the FIDESS fund (Fonds d'investissement pour le "
            "développement de l'entrepreneuriat social et solidaire)?",
            r"FIDESS|Fonds d'[Ii]nvestissement pour le [Dd]éveloppement",
        ),
        (
            "Quelles structures ont eu un FIDESS ?",
            r"FIDESS|Fonds d'[Ii]nvestissement pour le [Dd]éveloppement",
        ),
        ("Which structures does France Active back?", r"France Active"),
        ("Quelles structures sont aidées par le Crédit Agricole ?", r"Crédit Agricole"),
        ("qui est soutenu par la caisse d'epargne ?", r"Caisse d'Épargne"),
        ("Which structures have the MACIF among their funders?", r"MACIF"),
        ("Quelles structures travaillent avec le Secours Catholique ?", r"Secours Catholique"),
        ("Which structures got money from Nord Actif?", r"NORD ACTIF|Nord Actif"),
        ("qui est financé par la DIRECCTE ?", r"DIRECCTE"),
    ],
)
def test_a_body_lists_the_fiches_naming_it(fake_engine: Engine, question: str, body: str) -> None:
    assert listed(fake_engine, question) == naming(fake_engine, body)


# -- a place: the card's département ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("y a qui dans l'aisne ?", ("02",)),
        ("y a qui dans le Nord (59) ?", ("59",)),
        ("y en a combien dans le 62 et c'est lesquels ?", ("62",)),
        ("hors Nord et Pas-de-Calais, il reste quelles structures ?", ("02", "60", "80")),
        ("Quelles structures sont dans la Somme ?", ("80",)),
        ("Which structures are in the Oise?", ("60",)),
        ("Which ones are based in the Pas-de-Calais (62)?", ("62",)),
        ("les structures du 02 ?", ("02",)),
        ("Which structures are outside the Nord?", ("02", "60", "62", "80")),
    ],
)
def test_a_place_lists_the_structures_standing_there(
    fake_engine: Engine, question: str, codes: tuple[str, ...]
) -> None:
    left_out = re.search(r"\b(hors|outside)\b", question) is not None
    got = listed(fake_engine, question, check=not left_out)
    assert got == in_departements(fake_engine, *codes)


# -- a part of the booklet ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "word"),
    [
        (
            "Quelles initiatives font partie de la partie alimentation durable du livret ?",
            "aliment",
        ),
        ("Which initiatives are in the food part of the booklet?", "aliment"),
        ("Quelles structures sont dans la partie réemploi du livret ?", "réemploi"),
        ("Which structures does the re-use section of the booklet cover?", "réemploi"),
        ("Quelles fiches sont dans le chapitre alimentation durable ?", "aliment"),
    ],
)
def test_a_part_of_the_booklet_lists_its_fiches(
    fake_engine: Engine, question: str, word: str
) -> None:
    assert listed(fake_engine, question) == of_part(fake_engine, word)


# -- a follow-up narrowing by body or place -----------------------------------------------------
def test_a_body_list_narrowed_by_place(fake_engine: Engine) -> None:
    history = _history(fake_engine, "Les structures soutenues par la DREETS ?")
    got = listed(fake_engine, "et lesquelles sont dans le Nord ?", history)
    assert got == naming(fake_engine, r"\bDREETS\b") & in_departements(fake_engine, "59")


def test_a_place_list_narrowed_by_body(fake_engine: Engine) -> None:
    history = _history(fake_engine, "Quelles structures sont dans le Pas-de-Calais ?")
    got = listed(fake_engine, "lesquelles ont le soutien de Pas de Calais Actif ?", history)
    assert got == naming(fake_engine, r"Pas[- ]de[- ]Calais[- ]Actif") & in_departements(
        fake_engine, "62"
    )


# -- a body the booklet never names ------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont soutenues par la Fondation de France ?",
        "Which structures are funded by the Banque des Territoires?",
        "qui est financé par les Restos du Coeur ?",
        "Which structures work with the Croix-Rouge?",
        "Quelles structures ont le soutien de la Fondation Abbé Pierre ?",
        "Which structures are backed by Ulule?",
        "qui est aidé par la Fondation Orange ?",
        "Quelles structures sont soutenues par la Banque Alimentaire ?",
    ],
)
def test_a_body_never_named_abstains(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, [])
    assert answer.abstained or not answer.structures, answer.answer


# -- a threshold beside a plural superlative ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("les plus anciennes, créées avant 2005, c'est qui ?", 2005),
        ("Which are the oldest ones, created before 2010?", 2010),
    ],
)
def test_a_plural_superlative_with_a_bound_lists_those_within(
    fake_engine: Engine, question: str, year: int
) -> None:
    answer = ask(fake_engine, question, [])
    got = {s.fiche_id for s in answer.structures}
    facts = answer.plan["facts_query"]
    assert facts["op"] == "lt" and facts["value"] == year
    assert len(got) >= 2


def test_a_singular_superlative_with_a_bound_stays_the_one() -> None:
    from livret_qa import lexicon as lx

    assert lx.PLURAL_SUPERLATIVE.search("la plus ancienne, creee avant 2010 ?") is None


# -- the pure readings --------------------------------------------------------------------------
class _Name:
    def __init__(self, text: str, forms: tuple[str, ...] = ()) -> None:
        self.text, self.forms = text, forms


def test_the_words_of_a_tie_are_read() -> None:
    assert {"soutenues", "coup", "main"} <= body_list.ties(
        "Les structures soutenues par X, ou un coup de main ?"
    )
    assert "backers" in body_list.ties("Which ones have the ADEME among their backers?")
    assert not body_list.ties("Quelles structures vendent des meubles ?") & {"meubles"}


def test_a_name_set_aside_or_spelt_out_is_dropped() -> None:
    names = [_Name("DREETS"), _Name("DDEETS")]
    question = "Which structures are funded by the DREETS (not the departmental DDEETS)?"
    assert [n.text for n in body_list.kept(question, names)] == ["DREETS"]
    long = "fonds d'investissement pour le développement de l'entrepreneuriat social et solidaire"
    names = [_Name("FIDESS", (long,)), _Name("Fonds"), _Name("Développement de L'Entrepreneuriat")]
    assert [n.text for n in body_list.kept("the FIDESS fund (Fonds …)", names)] == ["FIDESS"]
    both = [_Name("DREETS"), _Name("Crédit Agricole")]
    assert len(body_list.kept("DREETS et Crédit Agricole ?", both)) == 2


@pytest.mark.parametrize(
    ("folded", "kept"),
    [
        ("quelles initiatives font partie de la partie  du livret ?", "quelles initiatives"),
        ("which initiatives are in the  part of the booklet?", "which initiatives are"),
        ("quelles structures vendent des meubles ?", "quelles structures vendent des meubles ?"),
    ],
)
def test_the_words_of_a_booklet_part_are_no_topic(folded: str, kept: str) -> None:
    assert " ".join(booklet_part.without_part_words(folded).split()).startswith(kept)
