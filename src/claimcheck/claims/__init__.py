"""Claim framing and alignment."""
