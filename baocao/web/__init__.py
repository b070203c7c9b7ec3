"""baocao/web/: what ``baocao serve`` adds to Datasette.

- plugin.py: the Datasette hooks (Vietnamese folding as SQL functions, accent-insensitive search)
- metadata.yaml: titles, descriptions, column notes, facets and canned queries (data, not code)
- dashboards.yaml: the datasette-dashboards charts and filters

baocao/serve.py puts them together and starts the server.
"""
