"""Similar initiatives in a real browser (the real server, headless Chromium): a project
description answered with a facets-in-common table on each structure card, its rows linked to
the sources panel; then a card's 'Initiatives similaires' button, which asks the chat for the
structures closest to that one. Screenshots go to test-artifacts/."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from .browser_support import ANSWER_TIMEOUT, ARTIFACTS, HEIGHT, WIDTH, chromium, running_server

pytestmark = pytest.mark.browser

DESCRIPTION = (
    "On voudrait ouvrir une recyclerie de vélos dans un quartier prioritaire d'Amiens avec des "
    "salariés en insertion."
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("server-similar.log") as (base, _):
        yield base


@pytest.fixture(scope="module")
def browser(server: str):  # type: ignore[no-untyped-def]
    with chromium() as driver:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )
        yield driver


def bot_texts(driver) -> list[str]:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#lq-chat [data-testid='bot']")]


def wait_answer(driver, before: int, timeout: float = ANSWER_TIMEOUT) -> str:  # type: ignore[no-untyped-def]
    """The new answer once it stops changing (and the sources panel is filled)."""
    from selenium.webdriver.common.by import By

    deadline = time.perf_counter() + timeout
    last, stable_since = None, None
    while time.perf_counter() < deadline:
        texts = bot_texts(driver)
        text = texts[-1] if len(texts) > before else None
        sources = driver.find_element(By.ID, "lq-sources-box").text
        ready = text and "Recherche dans le livret" not in text + sources
        if ready and text == last:
            if stable_since and time.perf_counter() - stable_since > 0.8:
                return text
            stable_since = stable_since or time.perf_counter()
        else:
            last, stable_since = text, None
        time.sleep(0.1)
    raise AssertionError(f"no answer after {timeout} s")


def test_facets_table_and_similar_button(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    driver.get(f"{server}/ui/")
    box = None
    deadline = time.perf_counter() + 60
    while box is None and time.perf_counter() < deadline:
        found = driver.find_elements(By.CSS_SELECTOR, "#lq-question textarea")
        box = found[0] if found else None
        time.sleep(0.2)
    assert box is not None, "the question box never appeared"
    box.send_keys(DESCRIPTION)
    box.send_keys(Keys.ENTER)
    answer = wait_answer(driver, 0)
    assert "en commun" in answer and "Votre projet, tel que je le lis" in answer

    cards = driver.find_element(By.ID, "lq-cards-box")
    tables = cards.find_elements(By.CSS_SELECTOR, "table.lq-facets")
    assert tables, "no facets table on the cards"
    first = tables[0]
    assert "En commun avec votre projet" in first.text
    rows = first.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) >= 2
    assert first.find_elements(By.CSS_SELECTOR, "mark"), "the shared words are not marked"
    links = first.find_elements(By.CSS_SELECTOR, "a[href^='#lq-cite-']")
    assert links, "no link to the sources panel"
    target = links[0].get_attribute("href").rsplit("#", 1)[1]
    assert driver.find_elements(By.ID, target), f"#{target} is not in the sources panel"
    driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", cards)
    time.sleep(0.3)
    driver.save_screenshot(str(ARTIFACTS / "similar-facets.png"))

    buttons = cards.find_elements(By.CSS_SELECTOR, "button.lq-similar")
    assert len(buttons) == len(cards.find_elements(By.CSS_SELECTOR, "article.lq-card"))
    name = buttons[0].get_attribute("data-name")
    before = len(bot_texts(driver))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", buttons[0])
    buttons[0].click()
    answer = wait_answer(driver, before)
    users = driver.find_elements(By.CSS_SELECTOR, "#lq-chat [data-testid='user']")
    assert users[-1].text.strip() == f"Initiatives similaires à {name}"
    assert f"proches de {name}" in answer
    cards = driver.find_element(By.ID, "lq-cards-box")
    assert name not in [h.text for h in cards.find_elements(By.CSS_SELECTOR, "article.lq-card h4")]
    assert f"En commun avec {name}" in cards.text
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)
    driver.save_screenshot(str(ARTIFACTS / "similar-button.png"))
