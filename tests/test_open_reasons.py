"""Open questions whose quote must hold what they ask (answering/reasons.py, slots.fit): why a
structure was created ('pourquoi X a-t-elle été créée ?', 'why did it start?'), how it pays its
way ('comment se finance X ?', 'how do they make money?'), and sentences whose subject is a
pronoun ('Ils sont triés … puis nettoyés', 'En son sein, elles trient …'). Synthetic questions
of each class, French and English, clean, telegraphic and misspelt, and questions of other
classes that must not change; none is taken from a question set."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.plan import PlanPart
from livret_qa.answering.reasons import asks_founding, founding_index
from livret_qa.answering.slots import frame_words, frames_asked
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold


@pytest.fixture(scope="module")
def plan(corpus: Corpus):  # type: ignore[no-untyped-def]
    from livret_qa.answering.planner import plan_question

    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    detector = MentionDetector(corpus.fiches, texts)
    return lambda q: plan_question(q, [], detector, len(corpus.fiches))


# -- pronoun subjects -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "pronoun"),
    [
        ("Ils sont triés par taille puis lavés.", True),
        ("En son sein, elles cousent et réparent des sacs.", True),
        ("Depuis 2019, il livre les cantines.", True),
        ("It sells second-hand bikes.", True),
        ("They repair old chairs.", True),
        ("Les vélos sont triés puis réparés.", False),
        ("L'atelier, où elles cousent, est trop petit pour toutes les machines du projet.", False),
        ("Illustrations et affiches sont exposées.", False),
    ],
)
def test_a_sentence_led_by_a_pronoun_is_read_so(sentence: str, pronoun: bool) -> None:
    assert bool(lx.PRONOUN_SUBJECT.match(fold(sentence))) is pronoun


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # 'Ils sont triés … puis nettoyés': the toys named by the sentence before
        ("How does La Remise Enjouée clean the toys?", "nettoyés avec des produits"),
        ("la remise enjouee, how r the toys washed", "nettoyés avec des produits"),
    ],
)
def test_a_pronoun_subject_carries_the_things_of_the_sentence_before(
    engine: Engine, question: str, quoted: str
) -> None:
    _first_quote_holds(engine, question, quoted)


# -- how much of a frame a sentence says ------------------------------------------------------
def test_a_sentence_saying_more_of_a_frame_says_it_more() -> None:
    frames = frames_asked(fold("D'où vient le bois de l'atelier ?"))
    wide = "Elle collecte dans les déchetteries, chez les particuliers et auprès des écoles."
    narrow = "Elle récupère les chutes de la découpe."
    assert frame_words(frames, wide) > frame_words(frames, narrow) > 0
    assert frame_words(frames_asked("quel est son budget ?"), wide) == 0


# -- how it pays its way ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("Comment se finance la ressourcerie Il était deux fois ?", "subpart:economic_model"),
        ("synapse 3i ils se financent comment", "subpart:economic_model"),
        ("Comment les Copains de Thiérache gagnent-ils leur vie ?", "subpart:economic_model"),
        ("Comment la ressourcerie gagne-t-elle de l'argent ?", "subpart:economic_model"),
        ("How does VESTALI make its money?", "subpart:economic_model"),
        ("How do the Oise producers fund themselves?", "subpart:economic_model"),
        # must not change: who funds it, and an amount
        ("Comment est-elle financée, La Remise Enjouée ?", "subpart:funders"),
        ("Qui finance Le Bois de Deux Mains ?", "subpart:funders"),
        ("Quel est le budget de VESTALI ?", "measure:budget"),
        ("What is Synapse 3i's funding?", "measure:budget"),
    ],
)
def test_a_structure_financing_itself_asks_its_economic_model(
    plan, question: str, attribute: str
) -> None:
    assert plan(question).parts[0].attribute == attribute


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("VESTALI, elle se finance comment ?", "Les recettes venant des dons"),
        ("How does Le Bois de Deux Mains finance itself?", "70 % de recettes émanant"),
    ],
)
def test_the_line_saying_where_the_money_comes_from_is_quoted_first(
    engine: Engine, question: str, quoted: str
) -> None:
    _first_quote_holds(engine, question, quoted)


# -- why it was created -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi l'atelier a-t-il été fondé ?",
        "pk ils ont créé l'asso",
        "Why was the cooperative set up?",
        "why did it start",
        "Pour quelle raison cette épicerie a-t-elle vu le jour ?",
    ],
)
def test_a_question_asking_why_it_was_created(question: str) -> None:
    assert asks_founding(PlanPart(question, "fact"), things_asked=0)


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("Quand l'atelier a-t-il été fondé ?", 0),  # when, not why
        ("Pourquoi vendent-ils à bas prix ?", 0),  # why, not why created
        ("Pourquoi ont-ils créé un drive ?", 1),  # another thing created
    ],
)
def test_other_questions_do_not_ask_why_it_was_created(question: str, things: int) -> None:
    assert not asks_founding(PlanPart(question, "fact"), things_asked=things)


@pytest.mark.parametrize(
    ("question", "purpose"),
    [
        ("À quoi sert cette ressourcerie ?", True),
        ("What problem does the repair café solve?", True),
        ("quel besoin l'épicerie satisfait-elle, à quel besoin répond-elle", True),
        ("what's its raison d'être", True),
        # must not change: a reason asked of what it does, an obstacle met
        ("Pourquoi vendent-ils à bas prix ?", False),
        ("What problems did the shop run into?", False),
    ],
)
def test_a_question_asking_what_it_is_for(question: str, purpose: bool) -> None:
    assert bool(lx.PURPOSE_ASKED.search(fold(question))) is purpose


def test_what_it_is_for_is_the_first_purpose_its_story_gives() -> None:
    story = [
        "Dès sa création en 2004, l'association s'installe au port.",
        "Elle récupère les invendus des criées.",
        "Ce projet améliore la collecte au profit des familles.",
    ]
    assert founding_index(story, born=False) == 2
    assert founding_index(story) == 0  # why it was created: its birth, told without a reason


def test_the_founding_is_the_first_birth_told_with_a_reason() -> None:
    story = [
        "En 2005, des voisins se réunissent chaque mois.",
        "En 2010, ils créent l'association.",
        "En 2012, elle est créée à nouveau afin de gérer une épicerie.",
        "En 2020, elle crée une école dans le but de former des jeunes.",
    ]
    assert founding_index(story) == 2
    assert founding_index(story[:2]) == 1  # a birth told without a reason
    assert founding_index(story[:1]) == 0  # no birth told: the story's first sentence
    assert founding_index([]) is None


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("What problem does the ressourcerie solve?", ""),
        ("quel problème résout la remise enjouée", ""),
        ("Quels problèmes rencontre la ressourcerie ?", "obstacles"),  # must not change
        ("what problems did they run into?", "obstacles"),
    ],
)
def test_a_problem_solved_is_no_obstacle(question: str, section: str) -> None:
    asked = next(a for a in lx.SECTIONS_ASKED if a.name == "obstacles")
    assert bool(lx.compiled(asked.asked).search(fold(question))) is bool(section)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Pour quelle raison Synapse 3i a-t-elle été créée ?", "fracture numérique"),
        ("why was VESTALI founded?", "œuvre pour l'insertion"),
        ("pourquoi les copains de thierache ont ete crees", "redynamisation de la vie locale"),
        ("Why did Le Bois de Deux Mains start?", "accompagner vers l'emploi"),
        # what it is for
        ("à quoi sert Synapse 3i ?", "fracture numérique"),
        ("what problem do Les Copains de Thiérache solve", "redynamisation de la vie locale"),
    ],
)
def test_why_it_was_created_quotes_its_birth_with_a_reason(
    engine: Engine, question: str, quoted: str
) -> None:
    _first_quote_holds(engine, question, quoted)


@pytest.mark.slow
def test_when_it_was_created_stays_a_date(engine: Engine) -> None:
    answer = ask(engine, "En quelle année VESTALI a-t-elle été créée ?")
    assert answer.plan["parts"][0]["intent"] == "date"
    assert "1997" in answer.answer


# -- how to give it something -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "giving"),
    [
        ("Comment faire un don de livres à l'épicerie ?", True),
        ("how can I donate my old bike?", True),
        ("je voudrais donner des meubles", True),
        ("where can I drop off old clothes?", True),
        ("puis-je apporter mes vieux jouets ?", True),
        # must not change: the structure giving, or donations asked about
        ("Qui donne des ordinateurs ?", False),
        ("Does it give computers away for free?", False),
        ("Que fait-elle des dons reçus ?", False),
    ],
)
def test_a_question_on_how_to_give_is_read_so(question: str, giving: bool) -> None:
    assert bool(lx.DONATION_ASKED.search(fold(question))) is giving


def test_the_asker_giving_is_no_activity_of_the_structure() -> None:
    assert lx.GIVING_VERB.fullmatch("donner")
    assert lx.GIVING_VERB.fullmatch("give")
    assert lx.GIVING_VERB.fullmatch("donate")
    assert not lx.GIVING_VERB.fullmatch("vendre")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Où déposer des jouets pour La Remise Enjouée ?", "qui les déposent"),
        ("comment donner mes meubles a il etait deux fois", "auprès des particuliers"),
    ],
)
def test_how_to_give_quotes_how_donations_reach_it(
    engine: Engine, question: str, quoted: str
) -> None:
    _first_quote_holds(engine, question, quoted)


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # a structure's name after 'à' is no place ('Il' of 'Il était deux fois')
        ("Comment donner des meubles à Il était deux fois ?", []),
        ("Je peux donner des jouets à La Remise Enjouée ?", []),
        # must not change: a town after 'à'
        ("Il était deux fois a-t-elle un magasin à Lille ?", ["Lille"]),
        ("Qui répare des vélos à Amiens ?", ["Amiens"]),
    ],
)
def test_a_structure_named_after_a_preposition_is_no_place(
    plan, question: str, places: list[str]
) -> None:
    assert plan(question).places == places


# -- where and how it sells; what becomes of things; plans ------------------------------------
def _frames(question: str) -> set[str]:
    folded = fold(question)
    return {f.name for f in lx.OPEN_FRAMES if lx.compiled(f.asked).search(folded)}


@pytest.mark.parametrize(
    ("question", "channels"),
    [
        ("How does the grocery sell its jam?", True),
        ("comment vendent-ils leurs meubles ?", True),
        ("ou vend elle ses paniers", True),
        ("where can I buy their honey?", True),
        # must not change: who buys, what is sold, how much
        ("Who buys the furniture?", False),
        ("Que vendent-ils ?", False),
        ("Combien de paniers vendent-ils ?", False),
    ],
)
def test_how_it_sells_is_read_as_its_channels(question: str, channels: bool) -> None:
    assert ("channels" in _frames(question)) is channels


def test_a_sentence_naming_its_shop_or_website_states_its_channels() -> None:
    stated = next(lx.compiled(f.stated) for f in lx.OPEN_FRAMES if f.name == "channels")
    assert stated.search(fold("Elles organisent les ventes au sein de la boutique et en ligne."))
    assert not stated.search(fold("Les ventes ont progressé de 5 % en 2019."))


def test_destroyed_is_what_becomes_of_a_thing() -> None:
    stated = next(lx.compiled(f.stated) for f in lx.OPEN_FRAMES if f.name == "fate")
    assert stated.search(fold("Les disques sont détruits puis recyclés."))
    assert stated.search(fold("elle les détruit systématiquement"))


@pytest.mark.parametrize(
    ("line", "plan"),
    [
        ("Recherche & développement : Recherche de nouveaux points de vente.", True),
        ("POSSIBILITÉ D'ESSAIMAGE : le modèle peut être transmis.", True),
        ("Processus de Production : les meubles sont vendus en boutique.", False),
        ("Elle recherche de nouveaux clients.", False),
    ],
)
def test_a_plan_s_label_is_read_so(line: str, plan: bool) -> None:
    assert bool(lx.PLANS_LABEL.match(fold(line))) is plan


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("How does VESTALI sell what it makes?", "organisent les ventes"),
        ("Que fait Synapse 3i des disques durs collectés ?", "elle les détruit"),
    ],
)
def test_how_it_sells_and_what_becomes_of_things_are_quoted(
    engine: Engine, question: str, quoted: str
) -> None:
    _first_quote_holds(engine, question, quoted)


def _first_quote_holds(engine: Engine, question: str, quoted: str) -> None:
    """The answer's first quote is the sentence holding what the question asks."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert quoted in answer.citations[0].quote
