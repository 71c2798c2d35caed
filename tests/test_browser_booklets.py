"""The chat with two booklets loaded (the real one and a perturbed copy), in headless Chromium:
the booklet selector shows (it is hidden with one booklet), a list over both booklets is
grouped by booklet under its count, and choosing a booklet keeps the answer to it. Screenshot:
test-artifacts/booklets-grouped.png."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from livret_qa.evaluation.synthetic import perturbed_copies

from .browser_support import HEIGHT, WIDTH, chromium, running_server
from .conftest import BOOKLET
from .test_browser import ask, shot

pytestmark = pytest.mark.browser

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder: Path = tmp_path_factory.mktemp("two-booklets-ui")
    corpus = folder / "corpus"
    corpus.mkdir()
    text = BOOKLET.read_text(encoding="utf-8")
    (corpus / BOOKLET.name).write_text(text, encoding="utf-8")
    for name, copy in perturbed_copies(text, 1):
        (corpus / name).write_text(copy, encoding="utf-8")
    env = {"LIVRET_QA_CORPUS_DIR": str(corpus), "LIVRET_QA_INDEX_DIR": str(folder / "index")}
    # the index of two booklets is built first, so the server's start timeout measures a start
    livret_qa = str(Path(sys.executable).with_name("livret-qa"))
    subprocess.run([livret_qa, "index"], env={**os.environ, **env}, check=True, timeout=1800)
    with running_server("server-booklets.log", env) as (base, _):
        yield base


def choose(driver, elem_id: str, label: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the option of a Gradio dropdown whose text starts with `label`."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.find_element(By.CSS_SELECTOR, f"#{elem_id} input").click()
    option = WebDriverWait(driver, 10).until(
        lambda d: next(
            (
                o
                for o in d.find_elements(By.CSS_SELECTOR, f"#{elem_id} [role='option']")
                if o.text.strip().startswith(label)
            ),
            None,
        )
    )
    option.click()


def test_two_booklets_selector_and_grouped_list(server: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with chromium() as driver:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )
        driver.get(f"{server}/ui")
        WebDriverWait(driver, 60).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#lq-question textarea")
        )
        selector = driver.find_element(By.ID, "lq-booklet")
        assert selector.is_displayed() and "Livret" in selector.text

        text, _ = ask(driver, CAP3C)
        assert "4 structures correspondent, dans 2 livrets" in text
        assert text.count("Livret «") == 2
        assert "livret-synthetique-001.md" in text and BOOKLET.name in text
        assert "Il était deux fois" in text and "Synapse 3i" in text
        shot(driver, "booklets-grouped.png")

        choose(driver, "lq-booklet", "ÉCONOMIE SOCIALE ET SOLIDAIRE & TRANSITION")
        text, _ = ask(driver, CAP3C)
        assert text.startswith("2 structures correspondent :"), text
        assert "Livret «" not in text and "Il était deux fois" in text
        shot(driver, "booklets-one.png")
