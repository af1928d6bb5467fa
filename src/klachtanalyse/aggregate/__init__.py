"""Stage package: aggregate (see docs/architecture.md)."""
