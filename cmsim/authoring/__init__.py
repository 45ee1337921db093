"""From YAML written by people to validated models, with every problem located at file:line:col."""
