"""The chat UI in a real browser: the real server (`livret-qa serve`) driven by headless
Chromium through Selenium. A question, its follow-up, and an HTML injection that must stay
text. Screenshots of each step go to test-artifacts/ (git-ignored).

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

    # 4. a Markdown link typed by a user is no link
    _, _ = ask(driver, "[cliquez ici](https://example.com) ou www.example.com ?")
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-chat .message-content a[href]")

    # 5. "Nouvelle conversation" clears the chat, the sources and the cards
    driver.find_element(By.ID, "lq-reset").click()
    WebDriverWait(driver, 10).until(lambda d: not bot_messages(d))
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-sources-box .lq-cite")
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-cards-box .lq-card")
    shot(driver, "04-new-conversation.png")

    timings = {k: round(v, 2) for k, v in TIMINGS.items() if not k.startswith("_")}
    (ARTIFACTS / "browser-timings.json").write_text(json.dumps(timings, indent=2) + "\n")
    print("\nbrowser timings:", timings)
