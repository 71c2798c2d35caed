"""The chat UI behind a key, in a real browser: the real server (`livret-qa serve` with
LIVRET_QA_API_KEY set) driven by headless Chromium. Without the key the page is the login
form; a wrong key is refused; the right one opens the chat, which answers under the server's
Content-Security-Policy with no violation in the console (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import ROOT
from .test_browser import (
    ARTIFACTS,
    CHROME_ARGS,
    CHROMEDRIVER,
    CHROMIUM,
    START_TIMEOUT,
    _free_port,
    _missing_browser,
    ask,
    shot,
)

pytestmark = pytest.mark.browser
KEY = "browser-s3cret"


@pytest.fixture(scope="module")
def keyed_server() -> Iterator[str]:
    problem = _missing_browser()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run under CI: {problem}")
        pytest.skip(problem)
    ARTIFACTS.mkdir(exist_ok=True)
    port = _free_port()
    command = [str(Path(sys.executable).with_name("livret-qa")), "serve", "--port", str(port)]
    log_path = ARTIFACTS / "server-keyed.log"
    env = {**os.environ, "LIVRET_QA_API_KEY": KEY}
    with log_path.open("w") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.perf_counter() + START_TIMEOUT
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
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def keyed_browser(keyed_server: str):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    profile = tempfile.TemporaryDirectory(prefix="livret-qa-chromium-")
    for arg in [*CHROME_ARGS, f"--user-data-dir={profile.name}"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


def test_login_then_chat_under_the_csp(keyed_server: str, keyed_browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = keyed_browser
    assert httpx.get(f"{keyed_server}/ui/config").status_code == 401
    driver.get(f"{keyed_server}/ui")
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.ID, "key"))
    assert "/login" in driver.current_url
    assert not driver.find_elements(By.CSS_SELECTOR, "#lq-question textarea")
    shot(driver, "10-login.png")

    driver.find_element(By.ID, "key").send_keys("wrong")
    driver.find_element(By.ID, "login").click()
    WebDriverWait(driver, 10).until(lambda d: "Clé incorrecte" in d.page_source)

    driver.find_element(By.ID, "key").send_keys(KEY)
    driver.find_element(By.ID, "login").click()
    WebDriverWait(driver, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#lq-question textarea")
    )
    assert driver.current_url.rstrip("/").endswith("/ui")
    text, _ = ask(driver, "Quel est le budget de VESTALI ?")
    assert "VESTALI" in text
    shot(driver, "11-logged-in.png")

    violations = [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"] or "Refused to" in entry["message"]
    ]
    assert not violations, violations

    driver.get(f"{keyed_server}/logout")
    driver.get(f"{keyed_server}/ui")
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.ID, "key"))
