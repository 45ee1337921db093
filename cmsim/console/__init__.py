"""The line-based terminal face of a session (``cmsim practice``, ``resume``, ``assess``): stdin/stdout only."""
