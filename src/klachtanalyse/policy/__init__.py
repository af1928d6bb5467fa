"""Stage package: policy (see docs/architecture.md)."""
