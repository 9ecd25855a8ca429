"""The language layer: per-language vocabulary built from CLDR (through babel), shared by every stage."""
