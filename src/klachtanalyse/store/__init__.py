"""Stage package: store (see docs/architecture.md)."""
