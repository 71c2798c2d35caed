"""Issue 14 in a real browser: the real server (`livret-qa serve`, its own data folder) driven
by headless Chromium. A click on [n] opens the whole fiche with the cited span highlighted and
in view; the keyboard does the same and Escape closes it; a structure's name opens its card;
the conversation downloads as Markdown; 👎 and a comment given in the browser are in
`livret-qa feedback export` after the server restarts. Screenshots go to test-artifacts/.

Needs Debian's `chromium` and `chromium-driver`; skipped without them, except under CI.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .browser_support import ARTIFACTS, HEIGHT, WIDTH, chromium, running_server
from .conftest import ROOT
from .test_browser import ask, bot_messages, shot
from .test_mcp import http_client

pytestmark = pytest.mark.browser

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"
CAP3C_QUOTE = "Le recours au logiciel de traçabilité de CAP3C pour gérer l'activité"
COMMENT = "Il manque le nom du logiciel de Synapse 3i."


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("browser-data")


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


def open_chat(driver: Any, base: str, downloads: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
    )
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.get(f"{base}/ui")
    WebDriverWait(driver, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#lq-question textarea")
    )


def target_state(driver: Any) -> dict[str, Any] | None:
    """The URL's target, its fiche panel, and where both stand on the screen."""
    return driver.execute_script(
        """
        const t = document.querySelector(':target');
        if (!t) return null;
        const panel = t.closest('.lq-fiche');
        const r = t.getBoundingClientRect(), p = panel && panel.getBoundingClientRect();
        return {
          id: t.id, tag: t.tagName.toLowerCase(), text: t.textContent,
          background: getComputedStyle(t).backgroundColor,
          panel: panel && panel.id, panelText: panel && panel.textContent,
          panelShown: !!panel && getComputedStyle(panel).display !== 'none',
          panelFixed: !!panel && getComputedStyle(panel).position === 'fixed',
          inView: r.top >= 0 && r.bottom <= window.innerHeight && p && r.top >= p.top
                  && r.bottom <= p.bottom && r.left >= p.left,
          focused: document.activeElement === t,
          shownPanels: [...document.querySelectorAll('.lq-fiche')]
            .filter(s => getComputedStyle(s).display !== 'none').length,
        };
        """
    )


async def mcp_session(url: str) -> tuple[set[str], dict[str, Any]]:
    async with http_client(url) as client:
        tools = {t.name for t in (await client.list_tools()).tools}
        result = await client.call_tool("ask", {"question": CAP3C})
        return tools, result.structured_content


def run_export(data_dir: Path) -> list[dict[str, Any]]:
    command = [str(Path(sys.executable).with_name("livret-qa")), "feedback", "export"]
    done = subprocess.run(
        [*command, "--data-dir", str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_citations_open_the_fiche_names_open_the_card_export_and_feedback(  # type: ignore[no-untyped-def]
    data_dir: Path, downloads: Path, corpus
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    env = {"LIVRET_QA_DATA_DIR": str(data_dir)}
    with running_server("server-reader.log", env) as (base, _), chromium() as driver:
        open_chat(driver, base, downloads)
        text, _ = ask(driver, CAP3C)
        assert "Synapse 3i" in text and "Il était deux fois" in text

        # 1. a click on [n] opens the whole fiche, the cited span highlighted and in view
        cites = driver.find_elements(By.CSS_SELECTOR, "#lq-chat a[href*='#lq-at-']")
        assert [c.text for c in cites] == ["[1]", "[2]"]
        names = driver.find_elements(By.CSS_SELECTOR, "#lq-chat a[href*='#lq-card-']")
        assert {n.text for n in names} == {"Synapse 3i", "Il était deux fois"}
        second = next(c for c in cites if "il-etait-deux-fois" in c.get_attribute("href"))
        second.click()
        state = WebDriverWait(driver, 5).until(lambda d: target_state(d))
        assert state["tag"] == "mark" and state["text"] == CAP3C_QUOTE
        assert state["panel"] == "lq-fiche-il-etait-deux-fois" and state["panelShown"]
        assert state["panelFixed"] and state["shownPanels"] == 1
        assert state["inView"], "the cited span is not scrolled into view"
        assert state["background"] != "rgba(0, 0, 0, 0)"  # highlighted
        fiche = corpus.fiche("il-etait-deux-fois")
        whole = corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        shown = " ".join(state["panelText"].split())
        for line in (whole.splitlines()[2], whole.strip().splitlines()[-1]):  # first and last
            words = " ".join(line.replace("*", "").replace("#", "").split())
            assert words[:40] in shown, words  # the whole fiche, not an excerpt
        assert "/ui" in driver.current_url  # the same page
        shot(driver, "20-reader-click.png")

        # 2. by keyboard: Enter on a [n] opens it and focuses the span; Escape closes it and
        # gives the focus back to the link
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        WebDriverWait(driver, 5).until(lambda d: target_state(d) is None)
        first = next(c for c in cites if "synapse-3i" in c.get_attribute("href"))
        driver.execute_script("arguments[0].focus()", first)
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        state = WebDriverWait(driver, 5).until(lambda d: target_state(d))
        assert state["panel"] == "lq-fiche-synapse-3i" and "CAP3C" in state["text"]
        assert state["focused"] and state["inView"]
        shot(driver, "21-reader-keyboard.png")
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        WebDriverWait(driver, 5).until(lambda d: target_state(d) is None)
        assert driver.switch_to.active_element == first
        assert driver.execute_script(
            "return [...document.querySelectorAll('.lq-fiche')]"
            ".every(s => getComputedStyle(s).display === 'none')"
        )

        # 3. a structure's name opens its card, at the top of its fiche; 'Fermer' closes
        next(n for n in names if n.text == "Synapse 3i").click()
        state = WebDriverWait(driver, 5).until(lambda d: target_state(d))
        assert state["id"] == "lq-card-synapse-3i" and state["panel"] == "lq-fiche-synapse-3i"
        assert "Jean Pierre Motte" in state["text"] and state["inView"]
        shot(driver, "22-reader-card.png")
        driver.find_element(By.CSS_SELECTOR, ".lq-fiche:has(:target) .lq-close").click()
        WebDriverWait(driver, 5).until(lambda d: target_state(d) is None)

        # 4. a follow-up; the first answer's links still open their own passages
        text, _ = ask(driver, "et leur budget ?")
        assert "316 000" in text and "2 037 760" in text
        old = driver.find_elements(By.CSS_SELECTOR, "#lq-chat a[href*='#lq-at-']")[1]
        old.click()
        state = WebDriverWait(driver, 5).until(lambda d: target_state(d))
        assert state["text"] == CAP3C_QUOTE and state["inView"]
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()

        # 5. the Sources panel's "Lire dans la fiche" and the facts table links still work
        link = driver.find_element(By.CSS_SELECTOR, "#lq-sources-box a.lq-open")
        link.click()
        state = WebDriverWait(driver, 5).until(lambda d: target_state(d))
        assert state["tag"] == "mark" and state["inView"]
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()

        # 6. the conversation downloads as Markdown
        driver.find_element(By.ID, "lq-export").click()
        WebDriverWait(driver, 20).until(lambda d: list(downloads.glob("*.md")))
        exported = next(downloads.glob("*.md")).read_text(encoding="utf-8")
        assert exported.startswith("# Conversation avec le livret ESS Hauts-de-France")
        assert f"> {CAP3C}" in exported and "> et leur budget ?" in exported
        assert "**Sources**" in exported and "2 037 760" in exported
        assert "`livret-ess-hauts-de-france.md`, ligne" in exported

        # 7. 👎 on the second answer, and a comment
        thumbs = driver.find_elements(By.CSS_SELECTOR, "#lq-chat button[aria-label='Dislike']")
        assert len(thumbs) == len(bot_messages(driver)) == 2  # one pair per answer
        thumbs[-1].click()
        WebDriverWait(driver, 10).until(
            lambda d: "à revoir" in d.find_element(By.ID, "lq-feedback-note").text
        )
        box = driver.find_element(By.CSS_SELECTOR, "#lq-comment textarea")
        box.send_keys(COMMENT)
        driver.find_element(By.ID, "lq-comment-send").click()
        WebDriverWait(driver, 10).until(
            lambda d: "commentaire" in d.find_element(By.ID, "lq-feedback-note").text
        )
        shot(driver, "23-feedback.png")

    # 8. after a restart, the feedback is there; a 👍 given then joins it, after the 👎
    with running_server("server-reader-2.log", env) as (base, _), chromium() as driver:
        open_chat(driver, base, downloads)
        ask(driver, "Qui dirige VESTALI ?")
        driver.find_elements(By.CSS_SELECTOR, "#lq-chat button[aria-label='Like']")[-1].click()
        WebDriverWait(driver, 10).until(
            lambda d: "utile" in d.find_element(By.ID, "lq-feedback-note").text
        )
        lines = run_export(data_dir)
        # the served app (chat mounted) answers MCP at /mcp too
        tools, answer = asyncio.run(mcp_session(f"{base}/mcp"))
    assert "ask" in tools and {s["fiche_id"] for s in answer["structures"]} == {
        "synapse-3i",
        "il-etait-deux-fois",
    }
    assert [line["feedback"]["verdict"] for line in lines] == ["down", "up"]
    down, up = lines
    assert down["question"] == "et leur budget ?" and down["type"] == "followup"
    assert down["history"][0]["content"] == CAP3C
    assert down["feedback"]["comment"] == COMMENT and down["feedback"]["channel"] == "ui"
    assert set(down["gold_fiches"]) == {"synapse-3i", "il-etait-deux-fois"}
    assert up["question"] == "Qui dirige VESTALI ?" and up["gold_fiches"] == ["vestali"]
    (ARTIFACTS / "feedback-export.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
