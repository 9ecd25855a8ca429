"""claimcheck: find where a draft's facts disagree with its sources."""

from __future__ import annotations

__version__ = "0.1.0"
