"""The optional LLM judge: scores rubric criteria through an OpenAI-compatible endpoint, on top of the
offline scorer (``hybrid``) or on its own (``llm``), cached on disk and shielded from prompt injection.

Nothing here imports ``openai`` at import time: only :mod:`cmsim.scoring.judge.client` does, inside the
function that opens a connection, so cmsim stays fully offline unless the judge is switched on.
"""
