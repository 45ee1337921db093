"""Plain typed objects shared by every part of cmsim. No I/O here."""
