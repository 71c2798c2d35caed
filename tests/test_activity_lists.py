"""Lists whose constraint is an activity, a role or a threshold ('qui collecte dans les
déchetteries ?', 'who runs cooking workshops?', 'dirigées par une directrice', 'more than 50
staff'). A structure belongs in the list only when its fiche states the asked activity, role
or figure of itself: not an aim it has ('se donne pour objectif de se rapprocher des
déchetteries'), not a partnership taking shape or to come, not a neighbouring activity; and
every structure stating it is kept, in other words too (a feminine role word, 'paniers pas
chers' for solidarity baskets, an acronym for the name asked in full). Near misses whose
activity no fiche states abstain, not list neighbours. Synthetic questions over the real
booklet with the real engine (gold from every spelling the booklet uses), and the pure rules."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering import asked_value, kind_stated, list_scope, mended_lists
from livret_qa.answering.compose import ask
from livret_qa.text import fold

OISE = "association-des-producteurs-des-vallees-de-l-oise"
JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
COPAINS = "les-copains-de-thierache"
IEDF = "il-etait-deux-fois"
REMISE = "la-remise-enjouee"
BOIS = "le-bois-de-deux-mains"
SYNAPSE = "synapse-3i"
VESTALI = "vestali"

DECHETTERIES = {IEDF, REMISE, BOIS}  # Synapse only aims to approach the Grand Amiénois ones
COOKING = {JARDIN, PANIER, COPAINS}
SOLIDARITY_BASKETS = {JARDIN, COPAINS}
ECO_ORGANISMS = {IEDF, BOIS}  # Synapse's is taking shape, La Remise Enjouée's is to come
TOURISTS = {IEDF, COPAINS}
PAT = {OISE, COPAINS}  # 'Projet Alimentaire Territorial', 'Plan Alimentaire Territorial (PAT)'
WOMEN_DIRECTING = {PANIER, IEDF, REMISE, VESTALI}
MEN_DIRECTING = {JARDIN, COPAINS, SYNAPSE}

ACTIVITY_LISTS = [
    ("Quelles structures collectent des objets dans les déchetteries ?", DECHETTERIES),
    ("Qui collecte en déchèterie ?", DECHETTERIES),
    ("Which structures get items from municipal waste-collection centres?", DECHETTERIES),
    ("Which ones collect at local tips?", DECHETTERIES),
    ("Qui propose des ateliers de cuisine ?", COOKING),
    ("Which structures run cooking workshops?", COOKING),
    ("Où peut-on suivre des ateliers de cuisine ?", COOKING),
    ("Où est-ce qu'on peut faire des ateliers cuisine ?", COOKING),
    ("Qui distribue des paniers solidaires ?", SOLIDARITY_BASKETS),
    ("qui vend des paniers à petit prix aux familles modestes ?", SOLIDARITY_BASKETS),
    ("qui propose des paniers pas chers aux ménages modestes ?", SOLIDARITY_BASKETS),
    ("Which ones sell cheap baskets to low-income households?", SOLIDARITY_BASKETS),
    ("Qui travaille avec des éco-organismes ?", ECO_ORGANISMS),
    ("qui bosse avec les eco-organismes de l'ameublement ?", ECO_ORGANISMS),
    ("Which structures work with furniture eco-organisations?", ECO_ORGANISMS),
    ("Quelles structures attirent des touristes ?", TOURISTS),
    ("Which structures draw in tourists?", TOURISTS),
    ("Which places are keen on drawing in tourists?", TOURISTS),
    ("Quelles structures font partie d'un Projet Alimentaire Territorial ?", PAT),
    ("Which structures belong to a Projet Alimentaire Territorial?", PAT),
    # asked with those only aiming at it: the aim counts
    ("qui collecte en déchetterie, ou compte le faire ?", DECHETTERIES | {SYNAPSE}),
    ("Which ones collect at local tips, or plan to?", DECHETTERIES | {SYNAPSE}),
    ("Quelles structures louent des vélos ?", {COPAINS}),
    ("Qui nettoie les jouets avec des produits écologiques ?", {REMISE}),
    ("Which structures breed chickens?", {OISE, JARDIN}),
]

ROLE_LISTS = [
    ("Quelles structures sont dirigées par une directrice ?", WOMEN_DIRECTING),
    ("Quelles structures ont une directrice ?", WOMEN_DIRECTING),
    ("Which structures are headed by a woman?", WOMEN_DIRECTING),
    ("Which structures have a female director?", WOMEN_DIRECTING),
    ("Which structures have a male director?", MEN_DIRECTING),
    # the founders on its card head the Oise association
    ("Quelles structures sont dirigées par un homme ?", MEN_DIRECTING | {OISE}),
]

THRESHOLD_LISTS = [
    # (Synapse 3i, born in 2018 of Synapse Picardie, 2009, counts by its roots before a
    # year: test_founded_before_by_roots.py; d27-113, d28-065, d30-058)
    ("Quelles structures ont été créées avant 2010 ?", {PANIER, VESTALI, SYNAPSE}),
    ("Which structures were created before 2010?", {PANIER, VESTALI, SYNAPSE}),
    ("Which structures were founded after 2018?", {REMISE, OISE}),
    ("Quelles structures ont plus de 50 salariés ?", {SYNAPSE}),
    ("Which structures have fewer than 10 employees?", {COPAINS}),
    ("Quelles structures ont un budget de plus de 1 million d'euros ?", {SYNAPSE}),
]

NEAR_MISSES = [
    "Qui propose des cours de langue ?",  # 'langue' is one letter off 'longue'
    "Qui organise des cours de piano ?",
    "Qui fait de la location de voitures ?",  # bikes are rented, no cars
    "Which structures run a swimming pool?",
    "Quelles structures font de l'apiculture ?",
    "Which structures run a composting service?",
    "Quelles structures organisent un festival de musique ?",
    "Quelles structures ont une boulangerie ?",
]


def _listed(engine, question: str) -> set[str]:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    return {s.fiche_id for s in answer.structures}


@pytest.mark.parametrize(("question", "gold"), ACTIVITY_LISTS)
def test_an_activity_list_holds_those_stating_it(engine, question: str, gold: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert _listed(engine, question) == gold


@pytest.mark.parametrize(("question", "gold"), ROLE_LISTS)
def test_a_role_list_holds_those_whose_card_states_it(
    engine, question: str, gold: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _listed(engine, question) == gold


@pytest.mark.parametrize(("question", "gold"), THRESHOLD_LISTS)
def test_a_threshold_list_holds_those_past_it(engine, question: str, gold: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert _listed(engine, question) == gold


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_an_activity_no_fiche_states_is_refused(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert answer.abstained, answer.answer
    assert not answer.structures


# -- the pure rules --------------------------------------------------------------------------
DECHETTERIE = lx.LIST_KINDS_IN_TEXT["decheterie"]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("elle collecte dans les dechetteries du territoire.", True),
        ("elle se donne pour objectif de se rapprocher des dechetteries du grand amienois.", False),
        ("en cours de reflexion, la mel via leurs dechetteries.", False),
        ("son activation favorisera le reemploi et l'appui des dechetteries.", False),
        # an aim in another sentence does not govern the kind
        ("son objectif est clair. elle collecte en dechetterie.", True),
        ("elle vise a se rapprocher des dechetteries. elle collecte en dechetterie.", True),
    ],
)
def test_a_kind_only_aimed_at_is_not_stated(text: str, stated: bool) -> None:
    assert kind_stated.states_kind(text, DECHETTERIE) is stated


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which structures collect at municipal waste-collection centres?", "decheterie"),
        ("qui fait des paniers pas chers pour les gens modestes ?", "paniers_solidaires"),
        ("des paniers a petit prix ?", "paniers_solidaires"),
        ("who sells affordable veg boxes?", "paniers_solidaires"),
    ],
)
def test_a_kind_is_read_in_everyday_words(question: str, kind: str) -> None:
    assert lx.LIST_KINDS[kind].search(question.lower())


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("lesquelles collectent en déchetterie, ou comptent le faire ?", True),
        ("Which ones collect there, or plan to?", True),
        ("Which structures collect through, or want to partner with, local tips?", True),
        ("Quelles structures collectent en déchetterie ?", False),
        ("Which structures plan their collections?", False),
    ],
)
def test_an_aim_asked_too(question: str, asked: bool) -> None:
    assert bool(lx.AIM_ASKED.search(fold(question))) is asked


def test_the_paniers_kind_is_not_any_basket() -> None:
    assert not lx.LIST_KINDS["paniers_solidaires"].search("prepare ses paniers ou colis")


@pytest.mark.parametrize(
    ("question", "sex"),
    [
        ("Quelles structures sont dirigées par une directrice ?", "f"),
        ("lesquelles ont une présidente ?", "f"),
        ("Which ones are run by a chairwoman?", "f"),
        ("Quelles structures ont un directeur ?", ""),  # the generic masculine asks no sex
        ("Qui est la directrice de VESTALI ?", "f"),
    ],
)
def test_a_feminine_role_word_asks_for_a_woman(question: str, sex: str) -> None:
    assert asked_value.asked_sex(question) == sex


def test_a_name_in_full_reads_the_acronym_the_booklet_gives_a_near_name() -> None:
    aliases = {
        "pat": ("Plan Alimentaire Territorial",),
        "planalimentaireterritorial": ("PAT",),
    }
    forms = list_scope.initials_forms("Projet Alimentaire Territorial", aliases)
    assert forms == ("PAT", "Plan Alimentaire Territorial")
    # other words sharing the initials are another name
    assert list_scope.initials_forms("Pôle Action Tourisme", aliases) == ()
    assert list_scope.initials_forms("Projet", aliases) == ()


def test_a_mended_list_states_the_mended_word() -> None:
    words = mended_lists.mended_words(
        "Qui propose des cours de langue ?", "Qui propose des cours de longue ?"
    )
    assert words == {"longue"}
    texts = ["une crise longue", "rien", "rien", "rien"]
    assert not mended_lists.states_mended(words, texts)
    assert mended_lists.states_mended({"vetements"}, ["des vetements", "des textiles"])


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("Où est-ce qu'on peut faire des ateliers de cuisine ?", True),
        ("Where can I rent a bike?", True),
        ("Où peut-on acheter leurs paniers ?", False),  # their things: the ones in focus
        ("Où est VESTALI ?", False),
        ("où se trouve la boutique de Guise ?", False),
    ],
)
def test_where_can_one_do_it_asks_a_list(question: str, listed: bool) -> None:
    assert bool(lx.WHERE_CAN_ONE.search(fold(question))) is listed
