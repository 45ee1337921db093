"""cmsim — a community-manager simulator: answer a living social-media thread, get scored on six qualities."""

__version__ = "0.1.0"
