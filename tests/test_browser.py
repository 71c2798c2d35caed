"""The chat UI in a real browser: the real server (`livret-qa serve`) driven by headless
Chromium through Selenium. A question, its follow-up, and an HTML injection that must stay
text; an aggregate answer's table (sorted by its headers, its sources linked to the panel) and
chart. Screenshots of each step go to test-artifacts/ (git-ignored).

Needs Debian's `chromium` and `chromium-driver` (apt-get install -y chromium chromium-driver).
Without them the test is skipped, except under CI (env CI set), where it fails.
Set LIVRET_QA_UPDATE_SCREENSHOT=1 to also refresh docs/screenshot.png.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser_support import (
    ANSWER_TIMEOUT,
    ARTIFACTS,
    HEIGHT,
    SCREENSHOT,
    WIDTH,
    chromium,
    running_server,
)

pytestmark = pytest.mark.browser

TIMINGS: dict[str, float] = {}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("server.log") as (base, seconds):
        TIMINGS["server_start_to_health_s"] = seconds
        TIMINGS["_started"] = time.perf_counter() - seconds
        yield base


@pytest.fixture(scope="module")
def browser(server: str):  # type: ignore[no-untyped-def]
    with chromium() as driver:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )
        yield driver


# --- page helpers --------------------------------------------------------------------------


def bot_messages(driver):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "#lq-chat [data-testid='bot']")


def ask(driver, question: str, timeout: float = ANSWER_TIMEOUT) -> tuple[str, float]:  # type: ignore[no-untyped-def]
    """Type the question, press Enter, wait until the new answer stops changing."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    before = len(bot_messages(driver))
    box = driver.find_element(By.CSS_SELECTOR, "#lq-question textarea")
    box.clear()
    box.send_keys(question)
    started = time.perf_counter()
    box.send_keys(Keys.ENTER)
    deadline = started + timeout
    last, stable_since = None, None
    while time.perf_counter() < deadline:
        bots = bot_messages(driver)
        text = bots[-1].text if len(bots) > before else None
        sources = driver.find_element(By.ID, "lq-sources-box").text
        ready = text and "Recherche dans le livret" not in text + sources
        if ready and text == last:
            if stable_since and time.perf_counter() - stable_since > 0.6:
                return text, stable_since - started
            stable_since = stable_since or time.perf_counter()
        else:
            last, stable_since = text, None
        time.sleep(0.1)
    raise AssertionError(f"no answer to {question!r} after {timeout} s")


def shot(driver, name: str) -> Path:  # type: ignore[no-untyped-def]
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    return path


# --- the test ------------------------------------------------------------------------------


def test_conversation_with_sources_follow_up_and_inert_html(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    driver.get(f"{server}/ui")
    WebDriverWait(driver, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#lq-question textarea")
    )
    header = driver.find_element(By.CSS_SELECTOR, ".lq-header").text
    assert "9 initiatives" in header and "Hauts-de-France" in header
    shot(driver, "00-welcome.png")

    # 1. a list question: both structures, each quote highlighted in the sources panel
    text, latency = ask(driver, "Quelles structures utilisent le logiciel CAP3C ?")
    TIMINGS["first_answer_latency_s"] = latency
    TIMINGS["server_start_to_first_answer_s"] = time.perf_counter() - TIMINGS["_started"]
    assert "Il était deux fois" in text and "Synapse 3i" in text
    assert "[1]" in text and "[2]" in text
    cites = driver.find_elements(By.CSS_SELECTOR, "#lq-sources-box .lq-cite")
    assert len(cites) >= 2
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#lq-sources-box .lq-cite mark")]
    assert any("CAP3C" in m for m in marks), marks
    assert "livret-ess-hauts-de-france.md" in cites[0].text
    cards = driver.find_element(By.ID, "lq-cards-box").text
    assert "Synapse 3i" in cards and "Il était deux fois" in cards
    shot(driver, "01-cap3c.png")
    if os.environ.get("LIVRET_QA_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        driver.save_screenshot(str(SCREENSHOT))

    # 2. the follow-up uses the conversation: both budgets
    text, latency = ask(driver, "et leur budget ?")
    TIMINGS["follow_up_latency_s"] = latency
    assert "316 000" in text and "2 037 760" in text
    sources = driver.find_element(By.ID, "lq-sources-box").text
    assert "Chiffres clés" in sources
    shot(driver, "02-budget.png")

    # 3. HTML typed by a user stays text: no element, no alert
    attack = "<img src=x onerror=alert(1)>"
    _, latency = ask(driver, attack)
    TIMINGS["third_answer_latency_s"] = latency
    try:
        alert = driver.switch_to.alert
        message = alert.text
        alert.dismiss()
        pytest.fail(f"an alert opened: {message!r}")
    except NoAlertPresentException:
        pass
    assert not driver.find_elements(By.CSS_SELECTOR, "img[src='x']")
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-chat [onerror]")
    users = driver.find_elements(By.CSS_SELECTOR, "#lq-chat [data-testid='user']")
    assert users[-1].text.strip() == attack
    shot(driver, "03-inert-html.png")

    # 4. a Markdown link typed by a user is no link; the chat's only links are the answers'
    # [n] and structure names, to the fiche reader in the page
    _, _ = ask(driver, "[cliquez ici](https://example.com) ou www.example.com ?")
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-chat [data-testid='user'] a[href]")
    hrefs = [
        a.get_attribute("href")
        for a in driver.find_elements(By.CSS_SELECTOR, "#lq-chat .message-content a[href]")
    ]
    assert hrefs and all("/ui/#lq-" in h for h in hrefs), hrefs

    # 5. "Nouvelle conversation" clears the chat, the sources and the cards
    driver.find_element(By.ID, "lq-reset").click()
    WebDriverWait(driver, 10).until(lambda d: not bot_messages(d))
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-sources-box .lq-cite")
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-cards-box .lq-card")
    shot(driver, "04-new-conversation.png")

    timings = {k: round(v, 2) for k, v in TIMINGS.items() if not k.startswith("_")}
    (ARTIFACTS / "browser-timings.json").write_text(json.dumps(timings, indent=2) + "\n")
    print("\nbrowser timings:", timings)


# --- an aggregate answer: its table and chart ----------------------------------------------


def facts_table(driver):  # type: ignore[no-untyped-def]
    """The copy of the facts table on show (one per order; the others are hidden)."""
    from selenium.webdriver.common.by import By

    shown = [
        t
        for t in driver.find_elements(By.CSS_SELECTOR, "#lq-facts-box .lq-order")
        if t.is_displayed()
    ]
    assert len(shown) == 1, f"{len(shown)} tables on show"
    return shown[0]


def first_cells(table) -> list[str]:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return [td.text for td in table.find_elements(By.CSS_SELECTOR, "tbody td.lq-col-structure")]


def test_aggregate_answer_shows_a_sortable_table_linked_to_sources_and_a_chart(  # type: ignore[no-untyped-def]
    server: str, browser
) -> None:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    driver.get(f"{server}/ui")
    WebDriverWait(driver, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#lq-question textarea")
    )

    # 1. a threshold: one row per qualifying structure, in the answer's order
    text, _ = ask(driver, "Quelles structures ont plus de 20 salariés ?")
    assert "4 structures" in text
    box = driver.find_element(By.ID, "lq-facts-box")
    assert box.is_displayed()
    table = facts_table(driver)
    assert table.get_attribute("data-order") == "answer"
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    assert [h.split()[0] for h in headers] == [
        "Structure", "Valeur", "Unité", "Année", "Précisions", "Source"
    ]  # fmt: skip
    names = first_cells(table)
    assert len(names) == 4
    assert set(names) == {
        "Le Jardin de Cocagne de la Haute Borne",
        "Le panier de la mer 62",
        "Le Bois de Deux Mains",
        "Synapse 3i",
    }
    shot(driver, "10-facts-table.png")

    # 2. a click on a header sorts by it; a second click reverses
    table.find_element(By.CSS_SELECTOR, "th.lq-col-value label").click()
    table = facts_table(driver)
    assert table.get_attribute("data-order") == "value-desc"
    assert first_cells(table)[0] == "Synapse 3i"
    assert table.find_element(By.CSS_SELECTOR, "th.lq-col-value").get_attribute("aria-sort") == (
        "descending"
    )
    table.find_element(By.CSS_SELECTOR, "th.lq-col-value label").click()
    table = facts_table(driver)
    assert table.get_attribute("data-order") == "value-asc"
    assert first_cells(table)[0] == "Le panier de la mer 62"
    # ... and the keyboard steps through the orders from the radio group
    ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
    table = facts_table(driver)
    assert table.get_attribute("data-order") == "year-desc"
    assert first_cells(table)[0] == "Synapse 3i"  # 2021; the others state no year
    shot(driver, "11-facts-sorted.png")

    # 3. a Source link shows its passage in the sources panel, with file and lines
    link = table.find_element(By.CSS_SELECTOR, "tbody tr a.lq-src")
    n = link.find_element(By.CSS_SELECTOR, ".lq-n").text
    assert link.get_attribute("href").endswith(f"#lq-cite-{n}")
    link.click()
    target = WebDriverWait(driver, 5).until(
        lambda d: d.execute_script("return document.querySelector('.lq-cite:target')")
    )
    assert target.get_attribute("id") == f"lq-cite-{n}"
    assert "Synapse 3i" in target.text
    assert "livret-ess-hauts-de-france.md, ligne" in target.text
    assert driver.execute_script(
        "const t = arguments[0].getBoundingClientRect(),"
        " b = document.getElementById('lq-sources-box').getBoundingClientRect();"
        " return t.top >= b.top - 1 && t.top < b.bottom && t.top >= 0"
        " && t.top < window.innerHeight;",
        target,
    ), "the cited passage is not scrolled into view"
    assert "/ui" in driver.current_url  # still the same page
    shot(driver, "12-facts-source.png")

    # 4. a new conversation hides the box; a breakdown: a bar per département, and the table
    # of the structures (asked fresh: after the threshold it would be read as a follow-up)
    driver.find_element(By.ID, "lq-reset").click()
    # the box is re-rendered as it hides: an element found may be gone when it is asked
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: not any(b.is_displayed() for b in d.find_elements(By.ID, "lq-facts-box"))
    )
    ask(driver, "Répartition des structures par département")
    bars = driver.find_elements(By.CSS_SELECTOR, "#lq-facts-box .lq-chart li")
    labels = [b.find_element(By.CSS_SELECTOR, ".lq-bar-label").text for b in bars]
    values = [b.find_element(By.CSS_SELECTOR, ".lq-bar-value").text for b in bars]
    assert labels[0] == "Pas-de-Calais" and values[0] == "3", (labels, values)
    assert set(labels) == {"Pas-de-Calais", "Aisne", "Nord", "Oise", "Somme"}
    widths = [b.find_element(By.CSS_SELECTOR, ".lq-bar-fill").size["width"] for b in bars]
    assert widths[0] > widths[-1] > 0
    assert len(first_cells(facts_table(driver))) == 9
    caption = driver.find_element(By.CSS_SELECTOR, "#lq-facts-box .lq-chart figcaption").text
    assert "département" in caption
    driver.execute_script(
        "document.getElementById('lq-facts-box').scrollIntoView({block: 'start'})"
    )
    shot(driver, "13-facts-chart.png")

    # 5. any other answer hides the box
    ask(driver, "Quelles structures utilisent le logiciel CAP3C ?")
    assert not any(b.is_displayed() for b in driver.find_elements(By.ID, "lq-facts-box"))
