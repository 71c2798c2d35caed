"""A section or a labelled part asked by what it did to the structure, with the structure's
name between the words ('what held La Remise Enjouée back?', "what stood in Vestali's way?",
'what made X a success?', 'who gave X money?', "d'où vient l'argent de X ?", 'what is X
planning?'): it asks the obstacles, levers, funders, economic model or plans, as the plain
wordings do. What must not change: the same verbs about something else ('who gave the toys
to X?', 'what made X move?', 'where do the toys come from?') ask no section. Synthetic
questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.planner import asked_attribute


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("What held La Remise Enjouée back?", "section:obstacles"),
        ("What kept the Jardin de Cocagne back?", "section:obstacles"),
        ("What slowed Il était deux fois down?", "section:obstacles"),
        ("What has been holding Synapse 3i back?", "section:obstacles"),
        ("What kept Le Panier de la Mer 62 from growing?", "section:obstacles"),
        ("what stopped La Remise Enjouée from opening its shop?", "section:obstacles"),
        ("What stood in the way of Vestali's school project?", "section:obstacles"),
        ("What got in the way for the Copains de Thiérache?", "section:obstacles"),
        # the particle before the structure
        ("What held back the garden in Villeneuve?", "section:obstacles"),
        ("what has slowed down the toy association?", "section:obstacles"),
        ("What is holding back their project?", "section:obstacles"),
        ("what held back Vestali's sewing school?", "section:obstacles"),
        ("What slowed down the ressourcerie in 2020?", "section:obstacles"),
        ("Qu'est-ce qui a freiné la Remise Enjouée ?", "section:obstacles"),
        ("qu'est-ce qui freine le panier de la mer ?", "section:obstacles"),
        ("What made Le Bois de Deux Mains a success?", "section:levers"),
        ("What are the keys to Les Copains de Thiérache's success?", "section:levers"),
        ("What's the secret behind Vestali's success?", "section:levers"),
        ("Quelle est la clé de la réussite de Vestali ?", "section:levers"),
        ("Who gave Il était deux fois money?", "subpart:funders"),
        ("Who put money into Le Bois de Deux Mains?", "subpart:funders"),
        ("qui a donné de l'argent à la Remise Enjouée ?", "subpart:funders"),
        ("Where does the money of La Remise Enjouée come from?", "subpart:economic_model"),
        ("Where does Vestali's money come from?", "subpart:economic_model"),
        ("d'où vient l'argent du Jardin de Cocagne ?", "subpart:economic_model"),
        ("What is Synapse 3i planning?", "subpart:plans"),
        ("What does Le Bois de Deux Mains have in the pipeline?", "subpart:plans"),
        # the story asked as such: the history section
        ("Tell me how Le Bois de Deux Mains got started.", "section:history"),
        ("How did VESTALI get going?", "section:history"),
        ("how did the toy library come about?", "section:history"),
        ("What's the backstory of Il était deux fois?", "section:history"),
        ("Raconte-moi les débuts du Bois de Deux Mains", "section:history"),
        ("Comment Synapse 3i est née ?", "section:history"),
        ("c'est quoi l'histoire de la remise enjouée", "section:history"),
        ("comment ça a commencé chez les Copains ?", "section:history"),
    ],
)
def test_a_section_asked_by_a_paraphrase(text: str, attribute: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == attribute


@pytest.mark.parametrize(
    "text",
    [
        "Who gave the toys to La Remise Enjouée?",
        "What made Synapse 3i move its workshop?",
        "Where do the toys of La Remise Enjouée come from?",
        "What does La Remise Enjouée do with toys in the way?",
        "Who gave the Panier de la Mer fish?",
        "What kept the Jardin de Cocagne busy in 2020?",
        "How many people started at VESTALI in 2021?",
        "how the toys get collected at La Remise Enjouée?",
        "How long has VESTALI been going?",
    ],
)
def test_the_same_verbs_about_something_else_ask_no_section(text: str) -> None:
    asked = asked_attribute(text)
    paraphrased = ("section:", "subpart:funders", "subpart:economic_model", "subpart:plans")
    assert asked is None or not asked[1].startswith(paraphrased), asked
