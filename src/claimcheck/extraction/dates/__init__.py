"""Date mentions: absolute, relative and ranges, per language, as TIMEX-like values."""
