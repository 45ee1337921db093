"""Everything cmsim keeps about people: SQLite storage, sessions and resume, profiles, campaigns."""
