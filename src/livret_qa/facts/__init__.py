"""Typed facts per fiche (figures, years, places, statuses), each with its exact span, loaded
into an embedded DuckDB file so that counts, totals and rankings are queries, not guesses."""
