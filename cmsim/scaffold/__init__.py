"""Scaffolding a new scenario for ``cmsim new``: the spec, the questions that fill it, the templates
(data files under ``templates/`` and ``texts/``) and the checked, never-overwriting write."""
