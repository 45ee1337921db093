"""Reports a recruiter can send or a trainee can keep: HTML (self-contained), Markdown, JSON, CSV."""
