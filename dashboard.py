"""bizenv dashboard (being built)."""
