"""The public API is small and explicit: ``__all__`` is sorted and names what is exported."""

from __future__ import annotations

import claimcheck


def test_all_is_sorted_and_complete() -> None:
    names = claimcheck.__all__
    assert names == sorted(names)
    public = {
        n
        for n in dir(claimcheck)
        if not n.startswith("_") and not isinstance(getattr(claimcheck, n), type(claimcheck))
    }
    assert public <= set(names) | {"annotations"}, public - set(names)
    for n in names:
        assert hasattr(claimcheck, n), n


def test_import_does_not_load_heavy_data() -> None:
    import subprocess
    import sys

    code = "import sys, claimcheck; print(any(m == 'pint' or m.startswith('pint.') for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
