"""The server honours the configured baseline: the findings phase applies it, whatever the way
in. A real ``claimcheck serve`` process, started in a folder whose configuration names one."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.config import Config
from claimcheck.findings.baseline import Baseline
from tests.adversarial.server_process import start, stop

from .conftest import write
from .test_server import BLOCKING

pytestmark = pytest.mark.slow


def test_the_server_leaves_out_what_the_baseline_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # baseline paths are relative to the file, ids to the folder
    found = claimcheck.check_texts(**BLOCKING, config=Config()).findings
    recorded = [f for f in found if f.severity == "error"]
    assert recorded
    Baseline.from_findings(tmp_path / "claimcheck-baseline.json", recorded).write()
    write(tmp_path, "claimcheck.toml", 'baseline = "claimcheck-baseline.json"\n')
    server = start(tmp_path)
    try:
        with server.client() as api:
            answer = api.post("/v1/check", json=BLOCKING).json()
    finally:
        stop(server)
    codes = {f["code"] for f in answer["findings"]}
    assert not codes & {f.code for f in recorded}, answer
    assert answer["decision"] != "block"
