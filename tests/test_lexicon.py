"""The lexicon, table by table: each table recognises its class of phrases and not the
neighbouring classes. Phrases are synthetic, written for the class, in French and English."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.text import fold


def _match(pattern: str, text: str) -> bool:
    return bool(lx.compiled(pattern).search(fold(text)))


def _names(table, text: str) -> list[str]:
    return [item.name for item in table if _match(item.asked, text)]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("combien de bénévoles ?", "benevoles"),
        ("how many volunteers help out?", "benevoles"),
        ("nombre d'adhérents en 2020", "adherents"),
        ("how many members does it have", "adherents"),
        ("combien de salariés en insertion ?", "insertion"),
        ("how many people on integration contracts", "insertion"),
        ("combien d'ETP ?", "etp"),
        ("how many employees", "salaries"),
        ("quel est son chiffre d'affaires", "chiffre_affaires"),
        ("what was the turnover", "chiffre_affaires"),
        ("quel budget", "budget"),
        ("combien de tonnes collectées", "tonnage"),
        ("quelle surface en m2", "surface"),
        ("how many shops", "sites"),
        ("combien de personnes accompagnées", "beneficiaires"),
    ],
)
def test_measures_asked(text: str, measure: str) -> None:
    assert _names(lx.MEASURES, text)[0] == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("30 bénévoles impliqués", "benevoles"),
        ("12 salariés en insertion", "insertion"),
        ("7 salariés permanents", "salaries"),
        ("le chiffre d'affaires a atteint 160 000 €", "chiffre_affaires"),
        ("45 tonnes d'objets collectés", "tonnage"),
        ("un atelier de 1500 m2", "surface"),
    ],
)
def test_measures_stated(text: str, measure: str) -> None:
    stated = [m.name for m in lx.MEASURES if _match(m.stated, text)]
    assert measure in stated


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("qui est le président de l'association ?", "president"),
        ("who chairs the board?", "president"),
        ("who is the chair of its board of directors?", "president"),
        ("qui est la directrice ?", "director"),
        ("who is the director", "director"),
        ("qui a fondé l'association ?", "founder"),
        ("who founded it", "founder"),
        ("qui est le chef de projet ?", "project_lead"),
        ("qui dirige la ressourcerie ?", "leader"),
        ("who runs the shop?", "leader"),
        ("qui contacter ?", "contact"),
        ("qui est le vice-président ?", "vice_president"),
        ("who is the secretary of the board?", "secretary"),
        ("who should I contact", "contact"),
    ],
)
def test_roles_asked(text: str, role: str) -> None:
    assert _names(lx.ROLES, text)[0] == role


def test_leadership_roles_answer_who_runs() -> None:
    leaders = {r.name for r in lx.ROLES if r.leadership}
    assert {"director", "project_lead", "leader"} <= leaders
    assert "president" not in leaders and "treasurer" not in leaders


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("quelle est son adresse e-mail ?", "email"),
        ("what's their phone number", "phone"),
        ("leur site internet ?", "website"),
        ("numéro SIRET", "siret"),
        ("code APE", "ape"),
        ("quel est son statut juridique", "legal_status"),
        ("which approvals does it hold", "agrements"),
        ("à quels réseaux appartient-elle", "networks"),
        ("où se trouve l'atelier ?", "address"),
        ("where is the shop located", "address"),
        ("et où est-elle ?", "address"),
        ("où sont-elles ?", "address"),
        ("and where is it?", "address"),
        ("où est-il exactement ?", "address"),
        ("dans quel département ?", "departement"),
    ],
)
def test_fields_asked(text: str, field: str) -> None:
    assert _names(lx.FIELDS, text)[0] == field


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("quand l'association a-t-elle été créée ?", "creation"),
        ("when was it founded", "creation"),
        ("quand a ouvert la boutique ?", "opening"),
        ("when did the shop open", "opening"),
        ("quand le drive a-t-il été lancé ?", "launch"),
        ("when did the project start", "launch"),
        ("quand a-t-elle été agréée ?", "approval"),
        ("quand a-t-elle embauché sa directrice ?", "hiring"),
        ("when did they move", "move"),
    ],
)
def test_events_asked(text: str, event: str) -> None:
    assert _names(lx.EVENTS, text)[0] == event


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("quels sont les horaires d'ouverture ?", True),
        ("is the shop open on saturdays?", True),
        ("what time does it open", True),
        ("when did the shop open", False),  # an opening that happened, not opening hours
        ("quand a ouvert la boutique ?", False),
    ],
)
def test_hours_frame_is_not_an_opening(text: str, hours: bool) -> None:
    assert bool(lx.HOURS_FRAME.search(fold(text))) is hours


@pytest.mark.parametrize(
    ("text", "unstated"),
    [
        ("quel est le prix d'un panier ?", "price"),
        ("how much does membership cost", "price"),
        ("quel salaire touchent-ils ?", "salary"),
        ("quel taux de TVA ?", "vat"),
        ("what is their fax number?", "fax"),
    ],
)
def test_unstated_asked(text: str, unstated: str) -> None:
    assert _names(lx.UNSTATED, text)[0] == unstated


@pytest.mark.parametrize(
    ("text", "frame", "expected"),
    [
        ("Quelles structures recyclent des jouets ?", "LIST_FRAME", True),
        ("Which organisations repair bikes?", "LIST_FRAME", True),
        ("Qui collecte des invendus ?", "LIST_FRAME", True),
        ("Y a-t-il des épiceries solidaires ?", "LIST_FRAME", True),
        ("des associations qui réparent des meubles", "LIST_FRAME", True),
        ("Comment l'atelier répare-t-il les meubles ?", "LIST_FRAME", False),
        ("atelier de couture qui en a un", "LIST_FRAME", True),
        ("Does the booklet include a bakery run by volunteers?", "LIST_FRAME", True),
        ("Does any initiative collect old furniture?", "LIST_FRAME", True),
        ("Le livret présente-t-il une ferme pédagogique ?", "LIST_FRAME", True),
        ("Does it have a shop?", "LIST_FRAME", False),
        ("repair of bikes who does that", "LIST_FRAME", True),
        ("vente de pain bio, qui en propose ?", "LIST_FRAME", True),
        ("compost in schools who offers it?", "LIST_FRAME", True),
        ("Je voudrais ouvrir une recyclerie", "PROJECT_DESCRIPTION", True),
        ("We are planning a repair café", "PROJECT_DESCRIPTION", True),
        ("Une conserverie de quartier, ça vous parle ?", "PROJECT_DESCRIPTION", True),
        ("un atelier vélo solidaire, ça te dit quelque chose ?", "PROJECT_DESCRIPTION", True),
        ("A bike kitchen run by students, does that ring a bell?", "PROJECT_DESCRIPTION", True),
        ("A toy swap in a library: anything like that in there?", "PROJECT_DESCRIPTION", True),
        (
            "Une ferme pédagogique en ville, ça vous évoque quelque chose ?",
            "PROJECT_DESCRIPTION",
            True,
        ),
        ("Que vous dit la fiche sur le budget ?", "PROJECT_DESCRIPTION", False),
        ("Quel est le budget ?", "PROJECT_DESCRIPTION", False),
        # a description typed as a noun phrase, then a model asked for
        (
            "An organic garden selling veg boxes: is there a model in the booklet?",
            "PROJECT_DESCRIPTION",
            True,
        ),
        ("A toy library for families. Which initiatives are closest?", "PROJECT_DESCRIPTION", True),
        ("Une épicerie solidaire rurale : y a-t-il un modèle ?", "PROJECT_DESCRIPTION", True),
        ("Which structures are closest to Lille?", "PROJECT_DESCRIPTION", False),
        ("Is there a budget for the workshop?", "PROJECT_DESCRIPTION", False),
        ("Y a-t-il un modèle économique viable ?", "PROJECT_DESCRIPTION", False),
        # a project typed as keywords, then who does it
        ("projet conserverie de fruits en ville, qui fait ça ?", "PROJECT_DESCRIPTION", True),
        ("idée : friperie itinérante - quelqu'un fait pareil ?", "PROJECT_DESCRIPTION", True),
        ("zero-waste cafe project in a small town, anyone doing it?", "PROJECT_DESCRIPTION", True),
        ("qui fait ça ?", "PROJECT_DESCRIPTION", False),
        # a description, then who stands close to it; or the idea labelled first
        ("idea: a toy library, who in the booklet is close to that?", "PROJECT_DESCRIPTION", True),
        ("Un atelier vélo solidaire, qui est le plus proche de ça ?", "PROJECT_DESCRIPTION", True),
        ("We collect unsold bread. Anyone near this?", "PROJECT_DESCRIPTION", True),
        (
            "a sewing school for women: which one comes closest to my idea?",
            "PROJECT_DESCRIPTION",
            True,
        ),
        ("idée : une ludothèque associative en zone rurale", "PROJECT_DESCRIPTION", True),
        ("project: a bike kitchen for students", "PROJECT_DESCRIPTION", True),
        ("Qui est proche de Lille ?", "PROJECT_DESCRIPTION", False),
        ("Quelle structure est la plus proche de Guise ?", "PROJECT_DESCRIPTION", False),
        ("projet : quel budget pour une ressourcerie ?", "PROJECT_DESCRIPTION", False),
        ("Et le Panier de la Mer, qui fait ça ?", "PROJECT_DESCRIPTION", False),
        ("combien de structures dans le Nord ?", "AGGREGATE", True),
        ("which has the most volunteers?", "AGGREGATE", True),
        ("combien de bénévoles ?", "AGGREGATE", False),
        ("combien de bénévoles ?", "FIGURE_FRAME", True),
        ("what is its budget", "FIGURE_FRAME", True),
        ("depuis quand existe-t-elle ?", "WHEN_FRAME", True),
        ("in what year did it start", "WHEN_FRAME", True),
        # a structure's age asked as spoken: its founding year answers
        ("ça fait combien de temps que l'asso existe ?", "WHEN_FRAME", True),
        ("il y a combien d'années qu'elle a ouvert ?", "WHEN_FRAME", True),
        ("ça fait combien d'ans qu'ils sont là ?", "WHEN_FRAME", True),
        ("since how long do they exist?", "WHEN_FRAME", True),
        ("how many years ago was it founded?", "WHEN_FRAME", True),
        ("ça fait combien de tonnes ?", "WHEN_FRAME", False),
        ("il y a combien de salariés ?", "WHEN_FRAME", False),
        ("à quelle date exactement ?", "EXACT_DATE_FRAME", True),
        ("quelle est la date de création exacte ?", "EXACT_DATE_FRAME", True),
        ("au niveau national ?", "NATIONAL_SCOPE", True),
        ("où se trouve-t-elle ?", "WHERE_FRAME", True),
    ],
)
def test_question_frames(text: str, frame: str, expected: bool) -> None:
    assert bool(getattr(lx, frame).search(fold(text))) is expected


@pytest.mark.parametrize(
    ("text", "plural", "singular"),
    [
        ("et leur budget ?", True, False),
        ("what do they sell?", True, False),
        ("qui la dirige ?", False, True),
        ("where is it?", False, True),
        ("y a-t-il des épiceries ?", False, False),  # the '-il' of an inversion
        ("dans l'Aisne", False, False),  # an article, not a pronoun
        ("is there a repair café?", False, False),
        ("how many people work there?", False, True),
        ("combien en ont-elles produit ?", True, False),
    ],
)
def test_references(text: str, plural: bool, singular: bool) -> None:
    folded = fold(text)
    assert bool(lx.PLURAL_REFERENCE.search(folded)) is plural
    assert bool(lx.SINGULAR_REFERENCE.search(folded)) is singular


def test_question_joint_splits_two_questions() -> None:
    pieces = [p for p in lx.QUESTION_JOINT.split("Quand a-t-elle ouvert et qui la dirige ?") if p]
    assert pieces == ["Quand a-t-elle ouvert", "qui la dirige"]


def test_stopwords_and_function_words() -> None:
    assert {"le", "the", "structure"} <= lx.STOPWORDS
    assert "quel" in lx.FRENCH_FUNCTION_WORDS and "which" in lx.ENGLISH_FUNCTION_WORDS


def test_years_and_dates() -> None:
    assert lx.YEAR.findall("créée en 1997, agréée en 2016") == ["1997", "2016"]
    assert not lx.YEAR.search("3228 adhérents")
    assert lx.DAY_DATE.search(fold("le 12 mars 2019"))
    assert not lx.DAY_DATE.search(fold("en mars 2019"))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ki la dirige", "qui la dirige"),
        ("kel est son budget ?", "quel est son budget ?"),
        ("cb de bénévoles ds le Nord ?", "combien de bénévoles dans le Nord ?"),
        ("pk ils ont fermé ?", "pourquoi ils ont fermé ?"),
        ("where can u find ppl like that", "where can you find people like that"),
        ("la remise c ou ?", "la remise c'est ou ?"),
        ("jveux ouvrir une épicerie", "je veux ouvrir une épicerie"),
        # 'C' as a name's letter, a vitamin or inside a word stays as written
        ("la vitamine C", "la vitamine C"),
        ("CAP 3C", "CAP 3C"),
        ("c'est où ?", "c'est où ?"),
        # names, capitals and words inside words stay as written
        ("Qui est Ki ?", "Qui est Ki ?"),
        ("kiwi et kebab", "kiwi et kebab"),
        ("l'ac est ok", "l'ac est ok"),
    ],
)
def test_chat_spellings_are_written_out(typed: str, read: str) -> None:
    assert lx.unabbreviated(typed) == read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("et qui les dirige ?", True),
        ("comment les contacter ?", True),
        ("où les trouver ?", True),
        ("qui les finance ?", True),
        ("qui recycle les jouets ?", False),
        ("que font les structures ?", False),
        ("pour les femmes ?", False),
    ],
)
def test_les_as_a_pronoun_refers_to_several_structures(text: str, expected: bool) -> None:
    assert bool(lx.PLURAL_REFERENCE.search(fold(text))) is expected


@pytest.mark.parametrize(
    "text",
    [
        "membres du réseau Emmaüs",
        "structures membres du réseau des ressourceries",
        "adhérente à la fédération des épiceries",
        "members of the Emmaus network",
        "which ones are members of a federation",
        "membre de quel réseau ?",
    ],
)
def test_a_membership_of_a_network_is_no_count_of_members(text: str) -> None:
    assert "adherents" not in _names(lx.MEASURES, text)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("kel structure recycle les ordis ?", "quel structure recycle les ordinateurs ?"),
        ("un ordi reconditionné", "un ordinateur reconditionné"),
        ("les assos du Nord", "les associations du Nord"),
        ("un resto solidaire ?", "un restaurant solidaire ?"),
        ("des apparts pour les jeunes", "des appartements pour les jeunes"),
        ("ateliers pour les ados", "ateliers pour les adolescents"),
        ("qui récupère les frigos ?", "qui récupère les réfrigérateurs ?"),
        # inside words, after an elision or a hyphen, a name's word: as written
        ("ordinateurs et associations", "ordinateurs et associations"),
        ("la fête de la Récup", "la fête de la Récup"),
        ("Récup'asso", "Récup'asso"),
        ("adopter un chien", "adopter un chien"),
        ("l'expo-vente", "l'expo-vente"),
    ],
)
def test_clipped_nouns_are_written_out(typed: str, read: str) -> None:
    """Clipped French nouns of a chat box ('ordis', 'assos'): read as the whole noun."""
    assert lx.unabbreviated(typed) == read
