"""One module per ``cmsim`` command, each with ``add_arguments(parser)`` and ``run(args) -> int``."""
