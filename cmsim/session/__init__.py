"""What a person does over time, on top of the store: playthroughs (runner + store + the rules of a
mode: timers, drafts, integrity signals), campaigns, profiles and rescoring.

Layers: model → authoring → scoring → sim → store (SQL only) → **session** → shells. The console, the
TUI and the reports go through this package; ``cmsim.store`` never imports the runner, the scorer or
scenario files.
"""
