"""Re-take the README's screenshots: ingest the seed reports, serve them, photograph two pages.

Run from the repository root: ``.venv/bin/python docs/screenshots/make_screenshots.py`` (needs
Debian's Chromium at /usr/bin/chromium; never downloads a browser).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from baocao.web.process import running_server
from store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "baocao.db"
        ingest([str(ROOT / "corpus" / "seeds")], db=str(db), jobs=1, progress=False)
        with running_server(db) as server, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{server.url}/-/dashboards/tong-quan?metric=received_total")
            page.wait_for_selector("svg .mark-line, svg .mark-symbol, canvas", timeout=20000)
            time.sleep(1.5)  # let Vega finish drawing
            page.screenshot(path=str(OUT / "dashboard.png"), full_page=True)
            page.goto(f"{server.url}/baocao/paragraphs?_search=so+hoa")
            page.wait_for_selector("table.rows-and-columns", timeout=20000)
            page.screenshot(path=str(OUT / "search.png"))
            browser.close()


if __name__ == "__main__":
    main()
