"""The pre-commit hook, end to end with the real pre-commit framework.

The hook repository is a snapshot of this working tree (committed into a temporary git
repository, so files not yet committed here are part of it); pre-commit builds its own
virtual environment for it once per module (``PRE_COMMIT_HOME``), installing claimcheck and its
dependencies with pip. Each test then commits drafts in a fresh newsroom repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT, write

pytestmark = pytest.mark.slow

_TREE = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src", "plugins")
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".mypy_cache")

WIRE = (
    "QUETTA, Pakistan (Wire) - A suicide bombing at the train station in Quetta on November 9 "
    "killed 26 people. Separatists have attacked the $62-billion China-Pakistan Economic "
    "Corridor (CPEC) before.\n"
)
MANIFEST = '[documents."wire.txt"]\npublished = 2024-11-20\n'


def draft(killed: int) -> str:
    return (
        "---\npublished: 2024-11-20\nsources: [sources/wire.txt]\n---\n"
        "# Station attack\n\n"
        f"A suicide bombing at the train station in Quetta on November 9 killed {killed} people.\n\n"
        "Separatists have attacked the $62-billion China-Pakistan Economic Corridor (CPEC) before.\n"
    )


def _pre_commit() -> list[str]:
    exe = shutil.which("pre-commit")
    return [exe] if exe else [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Git without user or system configuration; one pre-commit cache for the module."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    home = tmp_path_factory.mktemp("pre-commit-home")
    gitconfig = home / "gitconfig"
    gitconfig.write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    e = dict(os.environ)
    for key in list(e):
        if key.startswith(("GIT_", "PRE_COMMIT", "CLAIMCHECK_")):
            del e[key]
    e.update(
        PRE_COMMIT_HOME=str(home / "cache"),
        GIT_CONFIG_GLOBAL=str(gitconfig),
        GIT_CONFIG_NOSYSTEM="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_COLOR="1",
    )
    return e


def _git(repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False
    )


def _init(repo: Path, env: dict[str, str]) -> None:
    repo.mkdir(parents=True, exist_ok=True)
    for args in (
        ("init", "-q"),
        ("config", "user.name", "Desk Editor"),
        ("config", "user.email", "desk@example.org"),
        ("config", "commit.gpgsign", "false"),
    ):
        assert _git(repo, env, *args).returncode == 0


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository holding this working tree's package and hook manifest."""
    repo = tmp_path_factory.mktemp("hook-repo")
    _init(repo, env)
    for name in _TREE:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, repo / name, ignore=_IGNORE)
        else:
            shutil.copy2(src, repo / name)
    assert _git(repo, env, "add", "-A").returncode == 0
    assert _git(repo, env, "commit", "-q", "-m", "snapshot").returncode == 0
    rev = _git(repo, env, "rev-parse", "HEAD").stdout.strip()
    return repo, rev


@pytest.fixture
def newsroom(tmp_path: Path, env: dict[str, str], hook_repo: tuple[Path, str]) -> Iterator[Path]:
    """A newsroom repository with the claimcheck hook installed."""
    repo_path, rev = hook_repo
    repo = tmp_path / "newsroom"
    _init(repo, env)
    write(
        repo,
        ".pre-commit-config.yaml",
        f"repos:\n  - repo: {repo_path}\n    rev: {rev}\n    hooks:\n      - id: claimcheck\n",
    )
    write(repo, "sources/wire.txt", WIRE)
    write(repo, "sources/claimcheck-manifest.toml", MANIFEST)
    install = subprocess.run(
        [*_pre_commit(), "install"], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert install.returncode == 0, install.stdout + install.stderr
    assert _git(repo, env, "add", ".pre-commit-config.yaml").returncode == 0
    yield repo


def _commit(repo: Path, env: dict[str, str], *paths: str) -> subprocess.CompletedProcess[str]:
    assert _git(repo, env, "add", *paths).returncode == 0
    return subprocess.run(
        ["git", "commit", "-m", "draft"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def _committed(repo: Path, env: dict[str, str]) -> bool:
    return _git(repo, env, "rev-parse", "--verify", "-q", "HEAD").returncode == 0


def test_contradicting_draft_blocks_the_commit(newsroom: Path, env: dict[str, str]) -> None:
    write(newsroom, "draft.md", draft(killed=32))
    proc = _commit(newsroom, env, "draft.md", "sources")
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert not _committed(newsroom, env)
    assert "Failed" in out and "hook id: claimcheck" in out
    # the finding, as the text report prints it: code, severity, rule and both statements
    line = next(ln for ln in out.splitlines() if " CC101 " in ln)
    assert line.startswith("draft.md:") and "error count-mismatch" in line
    assert "32" in line and "26" in line
    assert "sources/wire.txt" in out


def test_agreeing_draft_is_committed(newsroom: Path, env: dict[str, str]) -> None:
    write(newsroom, "draft.md", draft(killed=26))
    proc = _commit(newsroom, env, "draft.md", "sources")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _committed(newsroom, env)
    assert "Passed" in proc.stdout + proc.stderr


def test_sources_alone_do_not_fail_the_commit(newsroom: Path, env: dict[str, str]) -> None:
    write(newsroom, "claimcheck.toml", '[sources]\n"drafts/*.md" = ["sources/*.txt"]\n')
    # two wires that disagree with each other: not the committer's to fix
    write(
        newsroom,
        "sources/later.txt",
        "QUETTA (Wire) - A suicide bombing at the train station in Quetta on November 9 "
        "killed 32 people, officials said on Sunday.\n",
    )
    proc = _commit(newsroom, env, "claimcheck.toml", "sources")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # a draft under the configured glob is checked against them
    write(
        newsroom, "drafts/quetta.md", draft(killed=40).replace("sources: [sources/wire.txt]\n", "")
    )
    proc = _commit(newsroom, env, "drafts/quetta.md")
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and " CC10" in out and "drafts/quetta.md:" in out, out
