"""The scenario runner: a pure, deterministic state machine whose state can be saved and resumed."""
