"""Yes/no questions about one structure: the answer is yes ('Oui —', 'Yes —', then the quote)
only when the fiche mentions what is asked, and "the booklet does not say" (abstained, with the
nearest stated fact cited) when it never mentions a thing, a name or an activity the question
names. Synthetic questions of the class, French and English, clean and telegraphic, on the real
booklet with the fake embedder: the decisions come from the fiche's words, not from scores."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asks_yes_no
from livret_qa.answering.yes_no import predicate, unmentioned
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.parametrize(
    "text",
    [
        "VESTALI recrute-t-elle des couturières ?",
        "Est-ce que la ressourcerie vend en ligne ?",
        "Est-ce qu'elle accueille des bénévoles ?",
        "La structure a-t-elle un site web ?",
        "Does it sell second-hand furniture?",
        "Is the shop open to tourists?",
        "Has the association won a prize?",
        "Can volunteers join the team?",
        "and does it deliver?",
    ],
)
def test_a_yes_no_question_is_read_as_such(text: str) -> None:
    assert asks_yes_no(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qui dirige la ressourcerie ?",
        "Combien de salariés a-t-elle ?",
        "En quelle année a-t-elle été créée ?",
        "Où se trouve-t-elle ?",
        "Y a-t-il une épicerie solidaire dans l'Aisne ?",
        "Is there a repair café in the Nord?",
        "Does any structure collect toys?",
        "Which structures sell furniture?",
        "How many volunteers does it have?",
        "Le livret présente-t-il une recyclerie ?",
        "et où sont-elles ?",
        "et où se trouvent-ils ?",
        "elles sont où ?",
        "et lui il est où",
    ],
)
def test_other_questions_are_not_yes_no(text: str) -> None:
    assert not asks_yes_no(text)


def test_the_things_names_and_activities_asked() -> None:
    pred = predicate("Does it deliver furniture to Calais?", "en")
    assert [g.key for g in pred.things] == ["furniture"]
    assert [g.key for g in pred.actions] == ["deliver"]
    assert pred.names == ("Calais",)
    french = predicate("Est-ce qu'elle organise des cours de couture à domicile ?", "fr")
    assert {g.word for g in french.things} >= {"cours", "couture", "domicile"}
    # the words of the attribute a slot fills are left to its filler
    from livret_qa import lexicon as lx

    site = next(f for f in lx.FIELDS if f.name == "website")
    assert predicate("Does it have a website?", "en", lx.compiled(site.asked)).words == []


@pytest.mark.parametrize(
    ("question", "name", "things"),
    [
        ("La GAMMA soutient-elle le drive fermier ?", "GAMMA", {"drive", "fermier"}),
        ("Le drive est-il soutenu par la GAMMA ?", "GAMMA", {"drive"}),
        ("Le GAMMA finance-t-il les jardins ?", "GAMMA", {"jardins"}),
    ],
)
def test_an_acronym_is_a_name_and_an_inverted_verb_no_thing(
    question: str, name: str, things: set[str]
) -> None:
    """Class: a yes/no question naming a partner by its acronym, its verb inverted ('la DRAAF
    soutient-elle … ?'). The acronym is checked as a name (a fiche writes it only in capitals,
    so its lowercase words never hold it) and the verb before '-elle' is no thing asked."""
    pred = predicate(question, "fr")
    assert name in pred.names
    assert {g.word for g in pred.things} == things
    assert unmentioned(pred, {"drive", "fermi", "jardin"}, "il a le soutien de la gamma") == []
    assert unmentioned(pred, {"drive", "fermi", "jardin"}, "un drive fermier") == [name]


def test_a_noun_after_a_noun_is_still_a_thing() -> None:
    """What must not change: 'des personnes handicapées', 'des cours de tricot'."""
    words = {g.word for g in predicate("Propose-t-il des cours de tricot ?", "fr").things}
    assert words == {"cours", "tricot"}


def test_a_thing_is_held_in_other_words_of_the_glossary() -> None:
    """'en ligne' is said 'internet' or 'web' as well: a fiche saying either mentions it."""
    pred = predicate("Vend-elle ses produits en ligne ?", "fr")
    assert unmentioned(pred, {"internet", "produit", "vent"}, "vente par internet") == []
    assert unmentioned(pred, {"boutiqu"}, "une boutique") != []


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("La Remise Enjouée emploie-t-elle des salariés en insertion ?", "la-remise-enjouee"),
        ("Est-ce que Le Bois de Deux Mains fabrique des meubles ?", "le-bois-de-deux-mains"),
        ("Does Synapse 3i refurbish computers?", "synapse-3i"),
        ("Do Les Copains de Thiérache rent out bikes?", "les-copains-de-thierache"),
        (
            "Does Le Jardin de Cocagne de la Haute Borne grow organic vegetables?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("Is VESTALI part of the COORACE network?", "vestali"),
        ("Il était deux fois a-t-elle l'agrément ACI ?", "il-etait-deux-fois"),
        ("Le panier de la mer 62 transforme-t-il du poisson ?", "le-panier-de-la-mer-62"),
        ("synapse 3i est elle financée par le FSE ?", "synapse-3i"),
        # a name spelt as the booklet does not ('Fonds' where it writes 'fond')
        ("Is Le Bois de Deux Mains backed by the Fonds Social Européen?", "le-bois-de-deux-mains"),
        # a vague noun ('des choses') is no thing asked
        ("Est-ce que VESTALI fait des choses avec des femmes ?", "vestali"),
        # a role mentioned, even unnamed, answers whether there is one
        ("Does Il était deux fois have a treasurer?", "il-etait-deux-fois"),
        # alternatives: one of them mentioned answers the question
        ("La Remise Enjouée vend-elle des jouets ou des trottinettes ?", "la-remise-enjouee"),
        # a compound the glossary reads whole ('hard drives' are no farm drive)
        ("Does Synapse 3i erase the hard drives it collects?", "synapse-3i"),
        # an activity phrased otherwise by the fiche ('met en place des ateliers')
        ("Do Les Copains de Thiérache organise cooking workshops?", "les-copains-de-thierache"),
        ("Does La Remise Enjouée clean toys with eco-friendly products?", "la-remise-enjouee"),
        # a time named ('pendant le Covid') is no thing asked; a prize won is no price
        ("VESTALI a-t-elle fabriqué des masques pendant le confinement ?", "vestali"),
        ("Le Bois de Deux Mains a-t-il obtenu un prix ?", "le-bois-de-deux-mains"),
        # the structure named by its initials
        ("Does the APVO sell poultry?", "association-des-producteurs-des-vallees-de-l-oise"),
    ],
)
def test_a_stated_fact_is_answered_yes_with_its_quote(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert answer.plan["parts"][0]["yes_no"]
    assert answer.answer.startswith(("Oui — ", "Yes — ")), answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("Le Bois de Deux Mains livre-t-il à domicile ?", "le-bois-de-deux-mains", "domicile"),
        ("Does Synapse 3i repair washing machines?", "synapse-3i", "washing"),
        ("Does La Remise Enjouée hold an ISO 9001 certification?", "la-remise-enjouee", "ISO"),
        ("VESTALI propose-t-elle une application mobile ?", "vestali", "application"),
        ("Does Le Panier de la Mer 62 run a shop in Calais?", "le-panier-de-la-mer-62", "Calais"),
        ("Est-ce que VESTALI organise des cours de tricot ?", "vestali", "tricot"),
        (
            "Le Jardin de Cocagne de la Haute Borne accueille-t-il des lycéens en stage ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "lyceens",
        ),
        ("les copains de thierache ont ils une piscine ?", "les-copains-de-thierache", "piscine"),
        # a means of payment, no price ('payer par chèque'): the cheque is what is not said
        ("On peut payer par chèque chez VESTALI ?", "vestali", "cheque"),
        ("Does Synapse 3i offer a warranty on the laptops it sells?", "synapse-3i", "warranty"),
        # a noun no glossary reads is looked for as written ('franchise', 'kiosk')
        ("Is Le Bois de Deux Mains a franchise?", "le-bois-de-deux-mains", "franchise"),
        ("Does VESTALI run a kiosk at the station?", "vestali", "kiosk"),
        # beyond the country: the fiche must say so ('abroad', 'à l'étranger')
        ("Does Synapse 3i sell abroad?", "synapse-3i", "abroad"),
        ("La Remise Enjouée exporte-t-elle à l'étranger ?", "la-remise-enjouee", "etranger"),
        # a word the fiche holds only as an acronym ('CAF') does not mention 'un café'
        ("Les Copains de Thiérache ont-ils un café ?", "les-copains-de-thierache", "cafe"),
    ],
)
def test_what_the_fiche_never_mentions_is_not_said(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert answer.answer.startswith(("Le livret ne le dit pas", "The booklet does not say"))
    assert fold(said) in fold(answer.answer)
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations and all(c.fiche_id == fiche_id for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "composting canteen food waste project",
        "mattress recycling workshop",
        "bakery bread leftovers",
    ],
)
def test_english_keywords_naming_a_thing_the_booklet_never_mentions_are_refused(
    fake_engine: Engine, question: str
) -> None:
    """Keywords with no function word may be read as French; an English thing of the glossary
    the booklet never mentions is still absent (class: a topic asked telegraphically)."""
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert not answer.structures


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        # stated in other words, or in a word English and French share: still yes
        (
            "Does the APVO drive sell local products?",
            "association-des-producteurs-des-vallees-de-l-oise",
        ),
        ("Does La Remise Enjouée sell on its website?", "la-remise-enjouee"),
        ("Does Il était deux fois sell second-hand furniture?", "il-etait-deux-fois"),
        ("Does Synapse 3i have a partnership with Emmaüs Connect?", "synapse-3i"),
    ],
)
def test_a_fact_stated_in_other_words_stays_yes(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Yes — "), answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]


@pytest.mark.parametrize(
    ("name", "text", "named"),
    [
        ("ACI", "agrement : agrement a.c.i.", True),
        ("ESUS", "agrement : e.s.u.s", True),
        ("ACI", "agrement : esus", False),
    ],
)
def test_an_acronym_written_with_dots_is_the_same_name(name: str, text: str, named: bool) -> None:
    """'Agrément A.C.I.' names the ACI: 'VESTALI est-elle agréée ACI ?' was refused."""
    from livret_qa.answering.yes_no import mentions_name

    assert mentions_name(name, text) is named


@pytest.mark.parametrize(
    ("question", "lang", "name"),
    [
        ("Le Bois a-t-il un lien avec RecycLivre ?", "fr", "RecycLivre"),
        ("Ont-ils des liens avec Emmaüs ?", "fr", "Emmaüs"),
        ("Does it have a link with RecycLivre?", "en", "RecycLivre"),
        ("Any relationship with Emmaüs?", "en", "Emmaüs"),
        ("Elle utilise GAMMA ?", "fr", "GAMMA"),
    ],
)
def test_a_relation_asked_with_a_name_asks_the_name(question: str, lang: str, name: str) -> None:
    """Class: a tie to a named party asked through a relational word ('un lien avec X', 'a
    link with X', 'utilise X'): the fiche says how it is tied ('celui avec RecycLivre',
    'partenaire'), never 'lien'; the name decides, the relational word is the frame."""
    pred = predicate(question, lang)
    assert not {fold(g.word) for g in pred.things} & {"lien", "liens", "link", "relationship"}
    held = {t for w in pred.words for t in analyze(w)}
    assert unmentioned(pred, held, f"un partenariat avec {fold(name)}") == []
