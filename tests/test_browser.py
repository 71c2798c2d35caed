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
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOT = ROOT / "docs" / "screenshot.png"
WIDTH, HEIGHT = 1400, 1000
START_TIMEOUT = 240  # seconds: loading the engine (and building the index on a fresh checkout)
ANSWER_TIMEOUT = 120  # the first answer also waits for the model's first call
CHROME_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    f"--window-size={WIDTH},{HEIGHT}",
]

TIMINGS: dict[str, float] = {}


def _missing_browser() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install -e '.[dev]')"
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        return f"{' and '.join(missing)} not found: apt-get install -y chromium chromium-driver"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    problem = _missing_browser()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run under CI: {problem}")
        pytest.skip(problem)
    ARTIFACTS.mkdir(exist_ok=True)
    port = _free_port()
    command = [str(Path(sys.executable).with_name("livret-qa")), "serve", "--port", str(port)]
    log_path = ARTIFACTS / "server.log"
    started = time.perf_counter()
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy()
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = started + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server exited ({process.returncode}):\n{log_path.read_text()}")
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() > deadline:
                pytest.fail(f"no /health after {START_TIMEOUT} s:\n{log_path.read_text()}")
            time.sleep(0.5)
        TIMINGS["server_start_to_health_s"] = time.perf_counter() - started
        TIMINGS["_started"] = started
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def browser(server: str):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.TemporaryDirectory(prefix="livret-qa-chromium-")
    for arg in [*CHROME_ARGS, f"--user-data-dir={profile.name}"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
    )
    try:
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


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
