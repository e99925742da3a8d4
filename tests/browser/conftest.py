"""A real browser (Debian's Chromium, driven by Playwright) against the app on loopback.

Without Chromium, Playwright or axe-core these tests skip, each with one loud
line saying why; `.ci/run` installs all three so CI always runs them.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from clinic import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-quic", "--no-first-run"]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return "Chromium is not installed (apt-get install chromium; .ci/run does it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="session")
def live_server():
    app = create_app({"SECRET_KEY": "browser-tests", "RATELIMIT_ENABLED": False, "SERVER_NAME": None})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    reason = _missing()
    if reason:
        print(f"\n!!! SKIPPED browser tests: {reason} !!!")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.fixture
def axe_page(browser):
    if not AXE.exists():
        reason = "axe-core is not installed (npm install --prefix tests/browser axe-core@4; .ci/run does it)"
        print(f"\n!!! SKIPPED accessibility checks: {reason} !!!")
        pytest.skip(reason)
    # axe is injected as a script; the app's CSP (rightly) forbids that, so this context bypasses it.
    context = browser.new_context(bypass_csp=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()
