"""Stage package: report (see docs/architecture.md)."""
