"""A thing of a kind asked by 'which/what/quel + NOUN' of one structure whose fiche never writes
such a thing ('Which bank does Synapse 3i work with?', 'Quelle monnaie locale acceptent les
Copains de Thiérache ?', 'et ils bossent avec quelle banque ?'): the answer abstains, says the
fiche never mentions it and quotes the nearest fact (unnamed_thing.which_noun). And a list
asked of a multiword programme the booklet never writes whole (programme_named.py).

Must not change: a thing the fiche writes ('Which software does Synapse 3i use?'), an attribute
the planner reads (partners, products, towns, year, network, label …), an English noun the
glossary does not translate. Synthetic questions in varied shapes (plain, noisy, keywords,
follow-ups) on the real booklet with the fake embedder, and pure functions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.programme_named import never_written, programme_names
from livret_qa.answering.unnamed_thing import noun_stems, which_noun
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

COCAGNE = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
COPAINS = "les-copains-de-thierache"
DEUX_FOIS = "il-etait-deux-fois"
REMISE = "la-remise-enjouee"
BOIS = "le-bois-de-deux-mains"
SYNAPSE = "synapse-3i"
VESTALI = "vestali"
DRIVE = "association-des-producteurs-des-vallees-de-l-oise"


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Which bank does VESTALI work with?", "bank"),
        ("Which local currency do they accept?", "currency"),  # English head: the last word
        ("Which insurance company covers them?", "insurance"),  # 'company': the structure
        ("Which trade union does Synapse 3i belong to?", "union"),
        ("what bank do they use?", "bank"),
        ("La Remise Enjouée - which bank ?", "bank"),
        ("Quelle monnaie locale acceptent-ils ?", "monnaie"),  # French head: the first word
        ("Quel cabinet comptable suit Synapse 3i ?", "comptable"),  # 'cabinet': no kind read
        ("Avec quelle banque travaille VESTALI ?", "banque"),
        ("synapse 3i quelle banque", "banque"),
        ("Ils ont quel bailleur, les Copains ?", "bailleur"),
        ("et leur assureur, c'est lequel ?", "assureur"),
        ("c'est payé en monnaie locale ? laquelle ?", "monnaie"),
    ],
)
def test_the_kind_of_thing_asked_by_which(question: str, noun: str) -> None:
    assert which_noun(question) == noun


@pytest.mark.parametrize(
    "question",
    [
        "Quels partenaires financiers soutiennent VESTALI ?",  # attributes the planner reads
        "Which towns does VESTALI work in?",
        "Quels produits vend le drive ?",
        "Which public does Le Panier de la Mer 62 help?",
        "Which year was VESTALI founded?",
        "Which activities does La Remise Enjouée run?",
        "Quelle commune accueille VESTALI ?",
        "Quel est le budget de VESTALI ?",  # a verb after 'quel'
        "What kind of truck do they use?",  # a kind asked
        "What does Synapse 3i do?",
        "Which one is in Amiens?",
        "Which flibbertigibbet do they use?",  # an English noun the glossary does not read
        # a property, which a fiche answers in other words ('viande limousine', 'à moins de
        # 80 km'): no kind of body or object the glossary reads
        "c'est quelle race de vaches ?",
        "à quelle distance sont les fermes ?",
        "il faut quelle autorisation pour ça ?",
        "dans quelles proportions ?",
        "genre quelles commandes ils ont eu ?",  # what it does: its activities
        # an umbrella kind a fiche names instances of without the word ('la démarche « … »',
        # 'le Département')
        "À quel programme de fidélité ont-ils adhéré ?",
        "Quelle collectivité les finance ?",
    ],
)
def test_no_thing_of_a_kind_is_asked(question: str) -> None:
    assert which_noun(question) is None


def test_a_kind_asked_by_which_is_looked_for_by_its_inflections_only() -> None:
    """'assureur' is not the verb 'assurent' ('elles assurent des prestations')."""
    stems = noun_stems("assureur", glossed=False, strict=True)
    assert not any(fold("Elles assurent des prestations").count(s) for s in stems)
    assert any("banques".startswith(s) for s in noun_stems("bank", strict=True))
    assert "meubl" not in " ".join(noun_stems("cabinet", glossed=False, strict=True))
    assert "loi" in noun_stems("law", strict=True)  # a short word is kept whole


# (history, question, the one structure the abstention names, the noun it says is absent)
ABSENT = [
    ([], "Which bank does Synapse 3i work with?", SYNAPSE, "bank"),
    ([], "Which insurance company covers Le Bois de Deux Mains?", BOIS, "insurance"),
    ([], "What software does Le Jardin de Cocagne de la Haute Borne use?", COCAGNE, "software"),
    ([], "Which accountant does Synapse 3i use?", SYNAPSE, "accountant"),
    ([], "Which local currency do Les Copains de Thiérache accept?", COPAINS, "currency"),
    ([], "Which trade union does Synapse 3i belong to?", SYNAPSE, "union"),
    ([], "Which university does La Remise Enjouée work with?", REMISE, "university"),
    ([], "I want know which bank is for Synapse 3i", SYNAPSE, "bank"),
    ([], "La Remise Enjouée - which bank ?", REMISE, "bank"),
    ([], "Which printer prints the leaflets of Le Bois de Deux Mains?", BOIS, "printer"),
    ([], "Quelle monnaie locale acceptent les Copains de Thiérache ?", COPAINS, "monnaie"),
    ([], "Quel cabinet comptable suit Synapse 3i ?", SYNAPSE, "comptable"),
    ([], "Avec quelle banque travaille La Remise Enjouée ?", REMISE, "banque"),
    ([], "Quel assureur pour le Bois de Deux Mains ?", BOIS, "assureur"),
    ([], "Quel logiciel utilise le Jardin de Cocagne de la Haute Borne ?", COCAGNE, "logiciel"),
    ([], "Le Panier de la mer 62, quel syndicat ?", PANIER, "syndicat"),
    ([], "Quelle université accompagne Synapse 3i ?", SYNAPSE, "universite"),
    ([], "Quel lycée travaille avec Il était deux fois ?", DEUX_FOIS, "lycee"),
    ([], "Ils ont quel bailleur, les Copains de Thiérache ?", COPAINS, "bailleur"),
    ([], "je voudrais savoir quelle banque finance Il était deux fois", DEUX_FOIS, "banque"),
    ([], "synapse 3i quelle banque", SYNAPSE, "banque"),
    (
        [],
        "les points de fidélité de Je shop'in Thiérache, c'est payé en monnaie locale ? "
        "laquelle ?",
        COPAINS,
        "monnaie",
    ),
    (
        _turn("Parle-moi des Copains de Thiérache", "Une épicerie."),
        "et ils bossent avec quelle banque ?",
        COPAINS,
        "banque",
    ),
    (_turn("Tell me about Synapse 3i", "An association."), "which accountant do they use?",
     SYNAPSE, "accountant"),
    (_turn("Parle-moi de VESTALI", "Une association."), "et leur assureur, c'est lequel ?",
     VESTALI, "assureur"),
    (_turn("Tell me about Il était deux fois", "A ressourcerie."), "and what bank do they use?",
     DEUX_FOIS, "bank"),
    (_turn("C'est quoi le Jardin de Cocagne de la Haute Borne ?", "Un jardin."),
     "ils utilisent quel logiciel ?", COCAGNE, "logiciel"),
]  # fmt: skip


@pytest.mark.parametrize(("history", "question", "fiche", "noun"), ABSENT)
def test_a_kind_of_thing_the_fiche_never_writes_abstains_saying_so(
    fake_engine: Engine, history: list[dict[str, str]], question: str, fiche: str, noun: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche], answer.answer
    assert f"« {noun} »" in answer.answer, answer.answer
    assert answer.citations, answer.answer  # the nearest fact, quoted


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which bank does Synapse 3i work with?", "never mentions « bank »"),
        ("Avec quelle banque travaille Synapse 3i ?", "ne mentionne pas « banque »"),
    ],
)
def test_the_refusal_says_what_the_fiche_never_mentions(
    fake_engine: Engine, question: str, said: str
) -> None:
    assert said in ask(fake_engine, question).answer


@pytest.mark.parametrize(
    ("history", "question", "fiche"),
    [
        ([], "Which software does Synapse 3i use?", SYNAPSE),
        ([], "Quel logiciel utilise Synapse 3i ?", SYNAPSE),
        ([], "Quels partenaires financiers soutiennent VESTALI ?", VESTALI),
        ([], "Which network is Le Jardin de Cocagne de la Haute Borne part of?", COCAGNE),
        ([], "Which foundation gave a prize to Le Bois de Deux Mains?", BOIS),
        ([], "Quelle école VESTALI veut-elle créer ?", VESTALI),
        ([], "Which label does Il était deux fois have?", DEUX_FOIS),
        ([], "Quelle université soutient le Jardin de Cocagne de la Haute Borne ?", COCAGNE),
        ([], "Quels produits vend l'Association des producteurs des vallées de l'Oise ?", DRIVE),
        ([], "What materials does Le Bois de Deux Mains collect?", BOIS),
        ([], "Which year was VESTALI founded?", VESTALI),
        ([], "Quel label ont les Copains de Thiérache ?", COPAINS),
        ([], "Quels partenaires techniques accompagnent le Panier de la mer 62 ?", PANIER),
        ([], "Quels ateliers propose Synapse 3i ?", SYNAPSE),
        ([], "Which workshops does VESTALI run?", VESTALI),
        ([], "Quel éco-organisme travaille avec Synapse 3i ?", SYNAPSE),
        ([], "Quel organisme de formation travaille avec VESTALI ?", VESTALI),
        (_turn("Parle-moi de Synapse 3i", "Une association."), "et ils utilisent quel logiciel ?",
         SYNAPSE),
    ],
)  # fmt: skip
def test_a_kind_of_thing_the_fiche_writes_keeps_its_answer(
    fake_engine: Engine, history: list[dict[str, str]], question: str, fiche: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche], answer.answer


BOOKLET = fold(
    "Dotation d'Équipement des Territoires Ruraux. Le Réseau Cocagne. Le Plan Alimentaire "
    "Territorial du Pays de Thiérache. Le Tour de France des Solutions. LABEL : ESS 62."
)


@pytest.mark.parametrize(
    ("question", "never"),
    [
        (
            "Is any of these structures part of a Territoires zéro chômeur de longue durée "
            "experiment?",
            ["Territoires zéro chômeur de longue durée"],
        ),
        ("Y a-t-il une structure labellisée French Tech Tremplin ?", ["French Tech Tremplin"]),
        ("Une structure participe-t-elle au Défi Zéro Déchet ?", ["Défi Zéro Déchet"]),
        ("Do any of them belong to the Territoires Zéro Chômeur network?",
         ["Territoires Zéro Chômeur"]),
        ("Quelles structures sont membres du Réseau Cocagne ?", []),
        ("Is any structure part of the Plan Alimentaire Territorial?", []),
        ("Does any of them take part in the Tour de France des Solutions?", []),
        ("Y a-t-il une structure labellisée ESS 62 ?", []),
        ("Which structures are in the Aisne and work with wood?", []),  # no programme
    ],
)  # fmt: skip
def test_a_programme_never_written_whole_is_named(question: str, never: list[str]) -> None:
    assert never_written(question, BOOKLET) == never


def test_a_one_word_programme_is_left_to_the_names_check() -> None:
    assert programme_names("Y a-t-il une structure membre du réseau COORACE ?") == []


@pytest.mark.parametrize(
    "question",
    [
        "Is any of these structures part of a Territoires zéro chômeur de longue durée experiment?",
        "Do any of the structures belong to the Territoires Zéro Chômeur network?",
    ],
)
def test_a_list_of_a_programme_never_written_abstains(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert "Territoires" in answer.answer, answer.answer  # named, none listed
