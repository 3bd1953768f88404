"""Analytic Cypher (``*.cypher``) and the thin code that runs it by name."""
