"""Questions asking a stated attribute in unusual words, and a date to come: the plan reads
what they ask from the lexicon's tables. Synthetic phrases of each class, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.planner import asked_attribute, respelt


@pytest.mark.parametrize(
    "text",
    [
        "How long has the ressourcerie existed?",
        "how long has it been around",
        "Since when has the association been in business?",
        "Depuis combien de temps existe l'épicerie ?",
        "depuis combien d'années existe-t-elle ?",
        "Since when does it exist?",
        "How old is the grocery?",
        "Quel âge a l'association ?",
    ],
)
def test_how_long_a_structure_has_existed_asks_its_creation(text: str) -> None:
    assert asked_attribute(text) == ("date", "event:creation", False)


@pytest.mark.parametrize(
    "text",
    [
        "When is the next repair fair at the garden?",
        "Quand aura lieu la prochaine braderie ?",
        "date of the next repair café",
        "prochaine date de la collecte de jouets",
        "When will the upcoming fair take place?",
    ],
)
def test_a_date_to_come_asks_for_an_exact_date(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[0] == "date" and asked[2] is True


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what is the salery of the director", "salary"),
        ("bugdet of the garden", "budget"),
        ("who is the presidant", "president"),
        # a doubled letter typed once
        ("whats the adress of the toy recyclery", "address"),
        ("name of the acountant", "accountant"),
    ],
)
def test_an_english_word_with_one_letter_replaced_or_swapped_is_read_right(
    typed: str, read: str
) -> None:
    assert read in respelt(typed)


@pytest.mark.parametrize(
    "text",
    [
        "which structures list a bank among their funders",  # 'funders' is no 'founders'
        "bois 2 mains chaises combien",  # French: left as typed
        "Quel est le budget de la ressourcerie ?",
    ],
)
def test_other_words_are_left_as_typed(text: str) -> None:
    assert respelt(text) == text


def test_an_address_typed_with_one_d_asks_the_address() -> None:
    assert asked_attribute("whats the adress of the toy recyclery") == (
        "field",
        "field:address",
        False,
    )


def test_a_salary_typed_in_a_hurry_is_a_salary() -> None:
    assert asked_attribute("garden director salery") == ("unstated", "unstated:salary", False)


@pytest.mark.parametrize(
    "text",
    [
        "What is the legal structure of the garden?",
        "Quelle est la forme juridique de la ressourcerie ?",
        "What legal entity runs the shop?",
    ],
)
def test_a_legal_form_asked_in_other_words_is_the_legal_status(text: str) -> None:
    assert asked_attribute(text) == ("field", "field:legal_status", False)


@pytest.mark.parametrize(
    "text",
    [
        "Qui finance la ressourcerie ?",
        "Who funds the garden?",
        "Who finances the grocery?",
        "qui la finance ?",
    ],
)
def test_who_funds_asks_the_funders_not_an_amount(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[1] != "measure:budget"


@pytest.mark.parametrize(
    "text",
    ["How much does the garden sell each week?", "how much do they collect a year"],
)
def test_how_much_of_a_quantity_is_no_price(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[0] != "unstated"


@pytest.mark.parametrize(
    "text",
    [
        "How much is a basket?",
        "how much does a membership cost",
        "Combien coûte un panier ?",
        "c'est quoi les prix des meubles ?",  # a price, no prize
    ],
)
def test_how_much_it_costs_is_a_price(text: str) -> None:
    assert asked_attribute(text) == ("unstated", "unstated:price", False)


@pytest.mark.parametrize(
    "text",
    [
        "How much does the director earn?",
        "combien gagne la directrice ?",
        "what does the boss earn",
    ],
)
def test_what_someone_earns_is_a_salary(text: str) -> None:
    assert asked_attribute(text) == ("unstated", "unstated:salary", False)


@pytest.mark.parametrize(
    "text", ["A-t-elle reçu un prix ?", "Has it won an award?", "a-t-elle obtenu le premier prix ?"]
)
def test_a_prize_won_is_no_price(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[0] != "unstated"


@pytest.mark.parametrize(
    "text", ["et son numéro ?", "son numero", "her number?", "what's their number?"]
)
def test_a_number_said_alone_of_someone_is_their_phone(text: str) -> None:
    """Class: a contact's number asked after the contact, the word 'téléphone' left out."""
    assert asked_attribute(text) == ("field", "field:phone", False)


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("leur numéro de SIRET ?", "field:siret"),
        ("his number of employees", "measure:salaries"),
    ],
)
def test_a_number_of_something_is_not_a_phone(text: str, attribute: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == attribute


@pytest.mark.parametrize(
    "text",
    ["how much did they make?", "How much money does it make?", "combien ça rapporte ?"],
)
def test_what_a_structure_makes_is_its_turnover(text: str) -> None:
    """Class: takings asked with 'make' / 'rapporter' (was the budget, or nothing at all)."""
    assert asked_attribute(text) == ("figure", "measure:chiffre_affaires", False)


def test_a_count_of_things_made_is_no_turnover() -> None:
    asked = asked_attribute("how many masks did they make?")
    assert asked is None or asked[1] != "measure:chiffre_affaires"
