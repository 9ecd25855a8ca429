"""Extractors: find value, entity and quote mentions in analysis text."""
