"""The report opened in a real headless browser (Chromium from Debian's packages).

This test FAILS (it does not skip) when Chromium is missing, naming the packages, because a
report that nobody checked in a browser is not checked. CI installs them (.ci/run).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from klachtanalyse.aggregate import Result
from klachtanalyse.report import write_report

PACKAGES = "apt-get update && apt-get install -y chromium chromium-driver"


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture
def browser():
    chromium = _find("chromium", "chromium-browser", "google-chrome")
    driver_bin = _find("chromedriver", "chromium-driver")
    if not chromium or not driver_bin:
        pytest.fail(f"Chromium en chromedriver zijn nodig voor deze test; installeer ze met: {PACKAGES}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never try to download a driver
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--disable-extensions", "--no-first-run"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_bin), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def test_report_renders_with_its_charts_and_without_console_errors(browser, tmp_path, records, stand_in):
    out = write_report(Result.from_records(records), tmp_path / "rapport.html", pseudonymiser=stand_in)
    browser.get(out.resolve().as_uri())
    assert browser.title.startswith("Ontruimingen van gezinnen")
    charts = browser.execute_script(
        "return [...document.querySelectorAll('svg.ka-chart')].map(s => {"
        "  const r = s.getBoundingClientRect();"
        "  return {w: r.width, h: r.height, texts: s.querySelectorAll('text').length,"
        "          paths: s.querySelectorAll('path, image, rect').length}; })"
    )
    assert len(charts) == 5
    for c in charts:
        assert c["w"] > 300 and c["h"] > 200, c  # drawn at a readable size
        assert c["texts"] >= 5 and c["paths"] >= 5, c  # labels and marks are there
    # the quotes are on the page, highlighted
    marks = browser.execute_script("return [...document.querySelectorAll('blockquote.citaat mark')].map(m => m.textContent)")
    assert "Wij hoorden pas twee dagen van tevoren dat de deurwaarder zou komen." in marks
    bg = browser.execute_script(
        "return getComputedStyle(document.querySelector('#thema-dakloosheid blockquote mark')).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    problems = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert problems == []
    # a full-page screenshot, to look at
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(height, 12000))
    shot = tmp_path / "rapport.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 50_000
    print(f"screenshot: {shot}")


def test_a_highlighted_document_renders_in_the_browser(browser, tmp_path, result):
    page = tmp_path / "document.html"
    result.toon("r02-boze-mail-rotterdam").opslaan(page)
    browser.get(page.resolve().as_uri())
    marks = browser.execute_script("return document.querySelectorAll('mark.ka-ent').length")
    assert marks >= 6
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert browser.save_screenshot(str(tmp_path / "document.png"))
