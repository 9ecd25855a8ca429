"""``python -m claimcheck``."""

from .cli import run

run()
