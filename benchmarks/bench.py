"""Every benchmark, with modest defaults: the same as ``python benchmarks/run_all.py``.

    python benchmarks/bench.py [--full] [--skip patterns,cold,extract,scale,server] [--venv PATH]

Kept as the historical entry point; see benchmarks/README.md for each script on its own.
"""

from __future__ import annotations

import sys

from run_all import main

if __name__ == "__main__":
    sys.exit(main())
