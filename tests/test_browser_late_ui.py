"""A founder who opens the chat the moment the server answers (issue 15): the API is ready
before Gradio is imported, so /ui first shows a page that says the chat is loading and reloads
itself, then the chat, with no action of theirs. Screenshots go to test-artifacts/."""

from __future__ import annotations

import httpx
import pytest

from .browser_support import ARTIFACTS, HEIGHT, WIDTH, chromium, running_server

pytestmark = pytest.mark.browser

CHAT_TIMEOUT = 120  # seconds: importing Gradio on a busy 2-core machine


def test_the_chat_opened_early_loads_by_itself() -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    with running_server("server-late-ui.log", wait_for_ui=False) as (base, _), chromium() as driver:
        driver.set_window_size(WIDTH, HEIGHT)
        early = httpx.get(f"{base}/health").json()["ui"]
        driver.get(f"{base}/ui")
        if early == "loading":
            driver.save_screenshot(str(ARTIFACTS / "late-ui-loading.png"))
        WebDriverWait(driver, CHAT_TIMEOUT).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "#lq-question textarea"))
        )
        driver.save_screenshot(str(ARTIFACTS / "late-ui-ready.png"))
        assert httpx.get(f"{base}/health").json()["ui"] == "ready"
        assert driver.find_elements(By.CSS_SELECTOR, ".lq-header")
