"""Stage package: download (see docs/architecture.md)."""
