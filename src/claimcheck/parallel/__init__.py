"""Analysing many documents at once: worker processes on this machine, or a Dask cluster.

Analysis (segment, extract, normalize, frame) is independent per document, so it is what runs
in parallel; alignment and rules need every claim and run in the calling process. Whatever the
number of workers, the analyses come back in the order of the documents, so a run's output is
the same byte for byte as with one process.
"""

from __future__ import annotations

from claimcheck.parallel.processes import (
    analyze_in_processes,
    available_cores,
    finish_in_processes,
    plan_jobs,
)

__all__ = ["analyze_in_processes", "available_cores", "finish_in_processes", "plan_jobs"]
