"""The Textual terminal app. The only part of cmsim that imports textual."""
