"""What the browser tests share: the real server started on a free port, and headless
Chromium driven by Selenium. Needs Debian's `chromium` and `chromium-driver`; without them a
test is skipped, except under CI (env CI set), where it fails."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import ROOT

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


def missing_browser() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install -e '.[dev]')"
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        return f"{' and '.join(missing)} not found: apt-get install -y chromium chromium-driver"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(
    log_name: str, env: dict[str, str] | None = None, wait_for_ui: bool = True
) -> Iterator[tuple[str, float]]:
    """`livret-qa serve` on a free port: (base URL, seconds from start to a healthy /health
    with the chat mounted)."""
    problem = missing_browser()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run under CI: {problem}")
        pytest.skip(problem)
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    command = [str(Path(sys.executable).with_name("livret-qa")), "serve", "--port", str(port)]
    log_path = ARTIFACTS / log_name
    started = time.perf_counter()
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = started + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server exited ({process.returncode}):\n{log_path.read_text()}")
            try:
                health = httpx.get(f"{base}/health", timeout=2)
                # The chat is mounted after the API serves: wait for it, as a user would.
                loading = wait_for_ui and health.json().get("ui") == "loading"
                if health.status_code == 200 and not loading:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() > deadline:
                pytest.fail(f"no /health after {START_TIMEOUT} s:\n{log_path.read_text()}")
            time.sleep(0.5)
        yield base, time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextmanager
def chromium(browser_log: bool = False) -> Iterator[Any]:
    """Headless Chromium with a fresh profile; `browser_log` keeps the console messages."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    if browser_log:
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
