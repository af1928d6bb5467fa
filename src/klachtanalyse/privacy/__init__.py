"""Stage package: privacy (see docs/architecture.md)."""
