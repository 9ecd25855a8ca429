"""Normalization: relative dates resolved, bare currencies, units through pint, canonical entity ids."""
