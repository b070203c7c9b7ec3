"""``baocao serve`` in a real browser: Playwright driving Debian's Chromium (never a downloaded one).

Facets, accent-insensitive search from the search box, and a dashboard whose Vega-Lite chart is
drawn (the JS is bundled by datasette-dashboards: the page loads nothing from the network).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.serve import DB_NAME
from baocao.web.process import running_server
from store import open_store
from store.ingest import ingest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "seeds.db"
    engine = open_store(db)
    summary = ingest([SEEDS], engine, jobs=1, progress=False)
    engine.dispose()
    assert len(summary.new) == 5, summary.format()
    with running_server(db) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Chromium not installed at /usr/bin/chromium: browser tests NOT run (CI installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    outside = []  # any request that leaves the local server (a CDN) is a failure
    page.on("request", lambda r: None if r.url.startswith((server.url, "data:", "blob:")) else outside.append(r.url))
    yield page
    context.close()
    assert outside == [], f"the page fetched from outside the local server: {outside}"


def table_column(page, column: str) -> list[str]:
    return [c.strip() for c in page.locator(f"table.rows-and-columns td.col-{column}").all_inner_texts()]


def test_units_facet(page, server):
    page.goto(f"{server.url}/{DB_NAME}/documents")  # unit_name is a facet in the metadata
    facet = page.locator(".facet-info[data-column='unit_name']")
    facet.wait_for()
    items = {li.split("\n")[0].strip() for li in facet.locator("li").all_inner_texts()}
    assert any(item.startswith("Thượng Hồng") for item in items), items
    assert any(item.startswith("Hưng Đạo") for item in items), items
    # following a facet value filters the table to that unit's reports
    facet.locator("a", has_text="Nguyễn Lương Bằng").first.click()
    page.wait_for_url("**unit_name=*")
    assert table_column(page, "unit_name") == ["Nguyễn Lương Bằng", "Nguyễn Lương Bằng"]


def _search(page, server, query: str) -> list[str]:
    page.goto(f"{server.url}/{DB_NAME}/paragraphs")
    box = page.locator("input#_search")
    box.fill(query)
    box.press("Enter")
    page.wait_for_url("**_search=*")
    return table_column(page, "id")


def test_search_box_is_accent_insensitive(page, server):
    accented = _search(page, server, "Số hóa")
    assert accented, "no paragraph found for 'Số hóa'"
    assert _search(page, server, "so hoa") == accented
    assert _search(page, server, "SỐ HOÁ") == accented
    assert _search(page, server, "1603/UBND-VP") != []  # no FTS syntax error page
    assert page.locator("table.rows-and-columns").count() == 1


def _drawn(page, chart: str, mark: str):
    """The chart's drawing once Vega has drawn ``mark`` in it (the SVG renderer, or a canvas)."""
    drawing = page.locator(f"#chart-{chart} svg.marks, #chart-{chart} canvas.marks").first
    drawing.wait_for()
    if drawing.evaluate("e => e.tagName.toLowerCase()") == "svg":
        drawing.locator(f"g.mark-{mark} path").first.wait_for(state="attached")
    return drawing


def test_dashboard_draws_charts(page, server):
    data: dict[str, list] = {}

    def keep(response):
        if f"/{DB_NAME}.json?sql=" in response.url and response.ok:
            data.setdefault(response.url, response.json()["rows"])

    page.on("response", keep)
    page.goto(f"{server.url}/-/dashboards/tong-quan")
    page.wait_for_url("**metric=*")  # the default metric filter is applied by a redirect
    box = _drawn(page, "history", "line").bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50
    _drawn(page, "ranking", "rect")
    page.locator("#chart-warnings table tbody tr").first.wait_for()
    page.locator("#chart-n-documents p").wait_for()
    assert page.locator("#chart-n-documents p").inner_text() == "5"
    # the charts were drawn from real rows: one history point per report giving the metric
    history_rows = [rows for url, rows in data.items() if "period_end%20as%20date" in url]
    assert history_rows and len(history_rows[0]) >= 2, data.keys()

    # filters: one unit narrows the warnings table to that unit
    page.goto(f"{server.url}/-/dashboards/tong-quan?metric=received_total&unit=Th%C6%B0%E1%BB%A3ng+H%E1%BB%93ng")
    _drawn(page, "history", "symbol")
    page.locator("#chart-n-documents p").wait_for()
    assert page.locator("#chart-n-documents p").inner_text() == "1"
    assert page.locator("select#unit").input_value() == "Thượng Hồng"
