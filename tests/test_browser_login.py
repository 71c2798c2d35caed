"""The chat UI behind a key, in a real browser: the real server (`livret-qa serve` with
LIVRET_QA_API_KEY set) driven by headless Chromium. Without the key the page is the login
form; a wrong key is refused; the right one opens the chat, which answers under the server's
Content-Security-Policy with no violation in the console (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from .browser_support import chromium, running_server
from .test_browser import ask, shot

pytestmark = pytest.mark.browser
KEY = "browser-s3cret"


@pytest.fixture(scope="module")
def keyed_server() -> Iterator[str]:
    with running_server("server-keyed.log", {"LIVRET_QA_API_KEY": KEY}) as (base, _):
        yield base


@pytest.fixture(scope="module")
def keyed_browser(keyed_server: str):  # type: ignore[no-untyped-def]
    with chromium(browser_log=True) as driver:
        yield driver


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
