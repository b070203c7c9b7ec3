"""``baocao serve``: browse, search and chart the database in a browser, with a JSON API.

Datasette does the work; this module only puts the pieces together:

1. check the database is a baocao SQLite file that can be opened immutable (:func:`servable_path`);
2. build the metadata: baocao/web/metadata.yaml (titles, column notes, facets, canned queries)
   plus baocao/web/dashboards.yaml (charts) under the ``datasette-dashboards`` plugin (:func:`build_metadata`);
3. register baocao/web/plugin.py (Vietnamese folding and search) with Datasette's plugin manager;
4. open the file immutable (read-only, no locks) with a SQL time limit, under the stable name
   ``baocao`` (URLs do not depend on the file name), and run uvicorn on 127.0.0.1 unless told otherwise.

Datasette is imported only when a server is built, so ``baocao --help`` stays fast.
"""

from __future__ import annotations

import argparse
import copy
import os
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from store.db import resolve_url

if TYPE_CHECKING:
    from datasette.app import Datasette

WEB = Path(__file__).resolve().parent / "web"
METADATA_FILE = WEB / "metadata.yaml"
DASHBOARDS_FILE = WEB / "dashboards.yaml"
DB_NAME = "baocao"  # the database's name in every URL: /baocao/facts.json
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
# Read-only browsing of a file that may be large: every query is cut off after a second.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 1000,
    "facet_time_limit_ms": 500,
    "max_returned_rows": 1000,
    "truncate_cells_html": 400,
    "default_facet_size": 20,
}
REQUIRED_TABLES = ("documents", "facts", "references", "warnings", "paragraphs", "paragraphs_fts")


class ServeError(Exception):
    """The database cannot be served; the message names the file and says what to do."""


@lru_cache(maxsize=2)
def _load_yaml(path: Path) -> dict[str, Any]:
    import yaml  # comes with Datasette (the `serve` extra); `baocao --help` must not need it

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:  # a broken data file in the package: say which one
        raise ServeError(f"{path}: not valid YAML: {exc}") from exc


def build_metadata(db_name: str = DB_NAME) -> dict[str, Any]:
    """Datasette metadata (titles, facets, canned queries, dashboards) for a database named ``db_name``."""
    metadata = copy.deepcopy(_load_yaml(METADATA_FILE))
    metadata["databases"] = {db_name: metadata["databases"].pop("DB")}
    dashboards = copy.deepcopy(_load_yaml(DASHBOARDS_FILE))
    for dashboard in dashboards.values():
        for item in [*dashboard.get("charts", {}).values(), *dashboard.get("filters", {}).values()]:
            if "query" in item:
                item["db"] = db_name
    metadata.setdefault("plugins", {})["datasette-dashboards"] = dashboards
    return metadata


def servable_path(db: str | os.PathLike | None = None) -> Path:
    """The SQLite file behind ``db`` (path, ``sqlite:///`` URL, ``$BAOCAO_DB`` or baocao.db), checked.

    Raises :class:`ServeError` when it is not a file, not SQLite, not a baocao database, or has
    writes still in its write-ahead log (immutable mode would not see them).
    """
    url = resolve_url(db)
    if not url.startswith("sqlite:///"):
        raise ServeError(f"{url}: baocao serve needs an SQLite file (Datasette reads SQLite only); "
                         "export one with `baocao ingest --db FILE.db`")
    path = Path(url.removeprefix("sqlite:///"))
    if not path.is_file():
        raise ServeError(f"{path}: no such database; create it with `baocao ingest --db {path} REPORTS...`")
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ServeError(
            f"{path}: the database has writes not yet merged into the file ({wal.name}): an ingest is "
            "running or stopped abruptly. Wait for it to finish, or merge them with "
            f"`sqlite3 {path} 'PRAGMA wal_checkpoint(TRUNCATE)'`, then serve again.")
    try:
        # immutable: a read-only connection to a WAL database would leave -shm/-wal files behind
        conn = sqlite3.connect(f"file:{quote(str(path))}?immutable=1", uri=True)
        try:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ServeError(f"{path}: not an SQLite database ({exc})") from exc
    missing = [t for t in REQUIRED_TABLES if t not in names]
    if missing:
        raise ServeError(f"{path}: not a baocao database (missing tables: {', '.join(missing)}); "
                         f"create it with `baocao ingest --db {path} REPORTS...`")
    _upgrade_if_older(path)
    return path


def _upgrade_if_older(path: Path) -> None:
    """An older database lacks this release's added columns (which the facets and canned queries
    use): add them once, additively, before the file is opened immutable."""
    from store import open_existing
    from store.ingest import checkpoint
    from store.schema import needs_upgrade

    engine = open_existing(path)  # opening upgrades an older schema and fills the new keys
    try:
        if needs_upgrade(engine):  # pragma: no cover - open_existing has upgraded it
            raise ServeError(f"{path}: could not upgrade this older database")
        checkpoint(engine)
    finally:
        engine.dispose()


def register_plugin() -> None:
    """Register baocao/web/plugin.py with Datasette's plugin manager (once per process)."""
    from datasette.plugins import pm

    from baocao.web import plugin

    if pm.get_plugin(plugin.PLUGIN_NAME) is None:
        pm.register(plugin, name=plugin.PLUGIN_NAME)


def build_datasette(db: str | os.PathLike | None = None, *, db_name: str = DB_NAME) -> Datasette:
    """A Datasette instance over ``db``, immutable, with the project's metadata and plugin."""
    from datasette.app import Datasette
    from datasette.database import Database

    path = servable_path(db)
    register_plugin()
    ds = Datasette(immutables=[str(path)], metadata=build_metadata(db_name), settings=SETTINGS)
    # Datasette names a database after its file; give it the stable name instead
    for name, database in list(ds.databases.items()):
        if database.path and Path(database.path) == path:
            ds.remove_database(name)
    ds.add_database(Database(ds, path=str(path), is_mutable=False), name=db_name)
    return ds


def serve(db: str | os.PathLike | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve ``db`` read-only on http://host:port/ until interrupted (Ctrl-C)."""
    import asyncio

    import uvicorn

    ds = build_datasette(db)
    asyncio.run(ds.invoke_startup())  # plugin start-up errors now, not at the first request
    print(f"baocao: serving {servable_path(db)} read-only at http://{host}:{port}/ "
          f"(dashboards: http://{host}:{port}/-/dashboards)", flush=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)


# --- the command line (baocao/cli.py adds it with add_serve_command) ---------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        serve(args.db, args.host, args.port)
    except ServeError as exc:
        print(f"baocao: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 0


def add_serve_command(sub: Any) -> None:
    p = sub.add_parser("serve", help="browse, search and chart the database in a browser (Datasette, read-only)")
    p.add_argument("--db", help="SQLite database file (default: $BAOCAO_DB or baocao.db)")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default: {DEFAULT_HOST}; 0.0.0.0 exposes it to the network)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.set_defaults(func=cmd_serve)


def main(argv: list[str] | None = None) -> int:
    """``python -m baocao.serve``: the same command without loading the extraction pipeline."""
    parser = argparse.ArgumentParser(prog="baocao serve", description=serve.__doc__)
    add_serve_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["serve", *(argv if argv is not None else sys.argv[1:])])
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
