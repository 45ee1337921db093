"""Storage only: the SQLite database (schema, migrations, rows in and out) and where it lives.

No runner, no scorer, no scenario files in here: ``cmsim.session`` builds playthroughs, campaigns,
profiles and rescoring on top of it.
"""
