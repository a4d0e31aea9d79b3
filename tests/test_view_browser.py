"""kg.view in a real browser with networking off: every node drawn, no error, planted script inert.

Needs Debian's chromium and chromium-driver; skipped without them, except in CI (CI=true) where
their absence is a failure.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from kg.view import to_networkx, write_view
from test_view import HOSTILE_TEXTS, build_extraction

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
OFFLINE_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,900",
    "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
]
PAGE_TITLE = "洛阳 view"


def _missing(reason: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}; CI must install chromium and chromium-driver")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def driver():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        _missing("chromium or chromedriver not installed (apt-get install chromium chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium not installed (pip install selenium)")
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in OFFLINE_FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    drv.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def hostile_page(driver, tmp_path_factory):
    """The invented article with every hostile text planted, opened; returns its graph."""
    ex = build_extraction("".join(HOSTILE_TEXTS))
    path = write_view(ex, tmp_path_factory.mktemp("view") / "graph.html", title=PAGE_TITLE)
    driver.get_log("browser")  # drop anything logged before this page
    driver.get(path.as_uri())
    driver.execute_script("return window.kgNetwork !== undefined")
    return to_networkx(ex)


def test_every_node_is_drawn(driver, hostile_page):
    drawn = driver.execute_script(
        "return [kgNetwork.body.data.nodes.length, Object.keys(kgNetwork.getPositions()).length]")
    assert drawn == [hostile_page.number_of_nodes()] * 2


def test_no_console_error(driver, hostile_page):
    driver.execute_script("kgShowNode('Place:洛阳市', null); kgSearch('洛阳');")
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


def test_nothing_is_fetched(driver, hostile_page):
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_planted_script_never_runs(driver, hostile_page):
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    for node in hostile_page:
        driver.execute_script("kgShowNode(arguments[0], null)", node)
    for edge_id in driver.execute_script("return kgNetwork.body.data.edges.getIds()"):
        driver.execute_script("kgShowEdge(arguments[0], null)", edge_id)
    x, y = driver.execute_script("""
        var p = kgNetwork.canvasToDOM(kgNetwork.getPositions(['Person:韩立军'])['Person:韩立军']);
        var box = document.getElementById('kg-network').getBoundingClientRect();
        return [Math.round(p.x + box.left), Math.round(p.y + box.top)];""")
    hover = ActionBuilder(driver)
    hover.pointer_action.move_to_location(x, y)
    hover.perform()
    card = driver.find_element("id", "kg-card")
    assert card.is_displayed() and "韩立军" in card.text
    assert "<script>window.__pwned=1" in card.text  # shown, as text
    assert driver.execute_script("return window.__pwned") is None
    assert driver.execute_script("return document.title") == PAGE_TITLE
    assert driver.execute_script("return document.querySelectorAll('img, svg, iframe').length") == 0


def test_type_filter_hides_that_type(driver, hostile_page):
    driver.find_element("css selector", "#kg-legend input[data-type='Person']").click()
    hidden = driver.execute_script(
        "return kgNetwork.body.data.nodes.get({filter: function (n) { return n.hidden; }})"
        ".map(function (n) { return n.id; }).sort()")
    assert hidden == sorted(n for n, t in hostile_page.nodes(data="type") if t == "Person")
    driver.find_element("css selector", "#kg-legend input[data-type='Person']").click()


@pytest.mark.parametrize("query, expected", [
    ("周雅琴", ["Person:周雅琴"]),
    ("发改委", ["Organization:洛阳市发展和改革委员会"]),  # by alias
    ("推进会", ["Event:洛阳市优化营商环境推进会"]),
])
def test_search_by_name_or_alias_selects_the_entity(driver, hostile_page, query, expected):
    assert driver.execute_script("return kgSearch(arguments[0])", query) == expected
    assert driver.execute_script("return kgNetwork.getSelectedNodes()") == expected
