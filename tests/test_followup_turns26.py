"""Follow-ups refused or switched though the fiche in focus answers them (round 26),
synthetic conversations over the real booklet in users' own words, FR and EN: a share of a
thing the last answer said ('les particuliers c'est quelle part ?', 'What share do companies
account for?'), a quantity in loose words ('et en volume ?') of a fiche giving no weight, a
count of a noun of its own after a where/who turn, a count named by a key figure's label;
and near misses that must stay refused (a year, a measure or a weight the fiche does not give)."""

from __future__ import annotations

import pytest

from livret_qa.answering import counted_per_period, labelled_count, loose_quantity, share_of
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

Turns = list[dict[str, str]]

APVO, PANIER, BOIS, SYNAPSE, COPAINS, REMISE = (
    "association-des-producteurs-des-vallees-de-l-oise",
    "le-panier-de-la-mer-62",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "les-copains-de-thierache",
    "la-remise-enjouee",
)


def _h(*pairs: str) -> Turns:
    roles = ["user", "assistant"]
    return [{"role": roles[i % 2], "content": text} for i, text in enumerate(pairs)]


BUYERS_EN = _h("Who buys from Le Bois de Deux Mains?", "Individuals, companies and public bodies.")
BUYERS_FR = _h(
    "qui achète au Bois de Deux Mains ?", "Des particuliers, des entreprises et des institutions."
)
DRIVE_FR = _h(
    "le drive fermier des Vallées de l'Oise vend quoi ?",
    "Volailles bio, colis de viande limousine, paniers de légumes et fruits.",
)
DRIVE_EN = _h(
    "what does the Mortemer farm drive sell?",
    "Organic poultry, meat parcels and vegetable baskets.",
)
WHERE_PANIER = _h("Le panier de la mer 62 c'est où ?", "À Boulogne-sur-Mer.")

# (history, follow-up, the structure the answer must name first, words it must say, any)
ANSWERED: list[tuple[Turns, str, str, list[str]]] = [
    # a share of a thing the last answer said, in several shapes
    (BUYERS_EN, "What share do individuals account for?", BOIS, ["50"]),
    (BUYERS_EN, "and what percentage is private buyers?", BOIS, ["50"]),
    (BUYERS_EN, "What share do companies account for?", BOIS, ["50"]),
    (BUYERS_EN, "and what share do companies account for?", BOIS, ["50"]),
    (BUYERS_FR, "les particuliers c'est quelle part ?", BOIS, ["50"]),
    # a quantity in loose words, of a fiche giving no weight
    (DRIVE_FR, "et en volume ?", APVO, ["15", "25", "27"]),
    (DRIVE_FR, "ça fait quelle quantité ?", APVO, ["15", "25", "27"]),
    (DRIVE_EN, "what quantity is that?", APVO, ["27"]),
    # a count of a noun of its own after a 'where' turn; a key figure's label named whole
    (WHERE_PANIER, "et ils accompagnent combien de personnes ?", PANIER, ["285"]),
    (WHERE_PANIER, "ok. combien d'ateliers cuisine ?", PANIER, ["309"]),
    (WHERE_PANIER, "et les ateliers, ça fait combien de participations ?", PANIER, ["2033"]),
    # a switch to a structure described by its kind and town, two standing there
    (
        _h("who runs Synapse 3i?", "Jean Pierre Motte, director."),
        "and the toy shop in Villeneuve d'Ascq?",
        REMISE,
        ["Cousin"],
    ),
    (
        _h("qui dirige Synapse 3i ?", "Jean Pierre Motte, directeur."),
        "et le magasin de jouets de Villeneuve d'Ascq ?",
        REMISE,
        ["Cousin"],
    ),
    (
        _h("qui dirige Synapse 3i ?", "Jean Pierre Motte, directeur."),
        "et le jardin de Villeneuve d'Ascq ?",
        "le-jardin-de-cocagne-de-la-haute-borne",
        ["Poillon"],
    ),
    # sites counted by a point named by what it serves
    (DRIVE_EN, "How many points of sale do they have?", APVO, ["3"]),
    (
        _h(
            "parle-moi du jardin de Cocagne",
            "Il cultive des légumes bio avec des salariés en insertion.",
        ),
        "how many points does it have for drop-off?",
        "le-jardin-de-cocagne-de-la-haute-borne",
        ["25"],
    ),
    # a measure narrowed to one of its things: the key figure naming it, not the first
    (
        _h(
            "What does Le Panier de la Mer 62 collect?", "Fish from the auctions and company gifts."
        ),
        "and the donated products, what tonnage?",
        PANIER,
        ["35"],
    ),
    (
        _h(
            "Le panier de la mer 62, combien de tonnes de poisson ?", "51 tonnes venant des criées."
        ),
        "et de poisson surgelé redistribué ?",
        PANIER,
        ["49"],
    ),
    # a count asked per period: the sentence giving a number for that period
    (DRIVE_EN, "how many per fortnight?", APVO, ["27"]),
    (DRIVE_FR, "et par quinzaine, combien ?", APVO, ["27"]),
    # kept as before: the structure kept, the attribute changed
    (
        _h("Combien d'adhérents à la Remise Enjouée ?", "50 adhérents (2021)."),
        "même question pour Il était deux fois",
        "il-etait-deux-fois",
        ["70"],
    ),
    (
        _h(
            "How is Synapse 3i funded?",
            "Its resources are hybrid: subsidies and economic activity.",
        ),
        "what share is subsidies?",
        SYNAPSE,
        ["70"],
    ),
]

# (history, follow-up): what the fiche in focus does not give stays refused
REFUSED: list[tuple[Turns, str]] = [
    (
        _h("quel est le budget de la Remise Enjouée ?", "260 000 € (prévisionnel 2021)."),
        "et en 2019 ?",
    ),
    (_h("Combien d'adhérents à Synapse 3i ?", "15 adhérents."), "et en 2015 ?"),
    (_h("VESTALI c'est où ?", "À Liévin."), "et son chiffre d'affaires ?"),
    (_h("Synapse 3i a combien de sites ?", "3 sites."), "et combien de m2 ?"),
    (DRIVE_EN, "and how much do the poultry cost?"),
    (DRIVE_EN, "and what weight of poultry?"),
    (_h("La Remise Enjouée récupère quoi ?", "Des jouets."), "combien de jouets vendus en 2020 ?"),
    (
        _h(
            "What does Le Panier de la Mer 62 collect?", "Fish from the auctions and company gifts."
        ),
        "how many tonnes in 2018?",
    ),
    (_h("Les Copains de Thiérache vendent quoi ?", "Des produits locaux."), "quelle quantité ?"),
    (_h("Qui dirige les Copains de Thiérache ?", "Christelle Cousin."), "et en volume ?"),
    (
        _h("Les Copains de Thiérache, c'est quoi ?", "Une épicerie de producteurs à Guise."),
        "how many loyalty points for a purchase?",
    ),
]


def _named(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [] if answer.abstained else [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(("history", "question", "first", "words"), ANSWERED)
def test_a_followup_the_fiche_answers_is_answered(
    fake_engine: Engine, history: Turns, question: str, first: str, words: list[str]
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert _named(answer)[:1] == [first], (_named(answer), answer.answer)
    assert any(fold(w) in fold(answer.answer) for w in words), answer.answer


@pytest.mark.parametrize(("history", "question"), REFUSED)
def test_a_followup_the_fiche_does_not_answer_stays_refused(
    fake_engine: Engine, history: Turns, question: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("les particuliers c'est quelle part ?", "les particuliers"),
        ("et les subventions c'est quel pourcentage ?", "les subventions"),
        ("what share of its insertion workers are women?", "women"),
        ("c'est quelle part ?", None),
        ("quelle part de ses ventes ?", None),
    ],
)
def test_the_part_a_share_is_asked_of(question: str, part: str | None) -> None:
    assert share_of.part_asked(fold(question)) == part


@pytest.mark.parametrize(
    ("question", "loose"),
    [
        ("et en volume ça donne quoi ?", True),
        ("what quantity is that?", True),
        ("ça fait quelle quantité ?", True),
        ("quel volume en tonnes ?", False),
        ("what weight of poultry?", False),
        ("combien de kilos ?", False),
        ("combien de paniers ?", False),
    ],
)
def test_a_quantity_asked_loosely(question: str, loose: bool) -> None:
    assert loose_quantity.asked_loosely(fold(question)) is loose


@pytest.mark.parametrize(
    ("sentence", "handled"),
    [
        ("15 colis « viande », 25 volailles bios et 27 paniers vendus chaque quinzaine.", True),
        ("60 tonnes de légumes et fruits produits et vendus annuellement", True),
        ("3 producteurs se mobilisant sont accompagnés … des produits commandés.", False),
        ("2 commerces dont les produits sont fournis par les producteurs", False),
    ],
)
def test_a_sentence_counting_what_a_structure_handles(sentence: str, handled: bool) -> None:
    assert loose_quantity.counts_handled(fold(sentence)) is handled


@pytest.mark.parametrize(
    ("label", "asked", "named"),
    [
        ("NB DE PERSONNES ACCOMPAGNÉES", ["accompagnent", "person"], True),
        ("NB DE PERSONNES ACCOMPAGNÉES", ["person"], False),
        ("NB PROJETS EN ÉTUDE DE FAISABILITÉ", ["projet", "etud"], False),
        ("BÉNÉVOLES", ["benevol"], False),
    ],
)
def test_a_key_figure_label_named_whole(label: str, asked: list[str], named: bool) -> None:
    assert labelled_count.named_whole(label, asked) is named


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("how many per fortnight?", True),
        ("combien par semaine ?", True),
        ("how many a year?", True),
        ("how many weeks did it take?", False),
        ("combien de semaines ?", False),
        ("how often?", False),
    ],
)
def test_a_count_asked_per_period(question: str, period: bool) -> None:
    assert (counted_per_period.period_stated(fold(question)) is not None) is period
