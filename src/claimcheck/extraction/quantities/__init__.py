"""Quantities: the unit lexicon the numeric extractor matches, and pint conversions."""
