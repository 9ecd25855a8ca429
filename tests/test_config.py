"""Configuration: where it is found, what each key does, and clear errors for wrong ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.config import KNOWN_KEYS, Config, ConfigError, load_config

from .conftest import ROOT, CliResult, write
from .test_suppress import WIRE, figures, story

__all__ = ["figures"]

Run = Callable[..., CliResult]


def _one_error_line(res: CliResult) -> str:
    assert res.code == 2, (res.code, res.out, res.err)
    lines = res.err.strip().splitlines()
    assert len(lines) == 1, res.err
    assert lines[0].startswith("claimcheck: error: ") and "Traceback" not in res.err
    return lines[0]


# -- finding the file -------------------------------------------------------------------------


def test_nearest_file_wins(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.claimcheck]\nfail-on = "never"\nignore = ["CC4"]\n')
    child = tmp_path / "newsroom"
    write(child, "claimcheck.toml", 'fail-on = "warning"\n')
    res = cli("config", "--format", "json", cwd=child / ".")
    data = res.json()
    assert data["file"] == str((child / "claimcheck.toml").resolve())
    assert data["values"]["fail-on"] == "warning"
    # nearest wins as a whole: nothing is merged from the parent's file
    assert data["values"]["ignore"] == []
    deeper = child / "drafts"
    deeper.mkdir()
    assert cli("config", "--format", "json", cwd=deeper).json()["values"]["fail-on"] == "warning"
    assert cli("config", "--format", "json", cwd=tmp_path).json()["values"]["fail-on"] == "never"


def test_claimcheck_toml_before_pyproject_in_one_folder(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.claimcheck]\nfail-on = "never"\n')
    write(tmp_path, "claimcheck.toml", 'fail-on = "info"\n')
    assert cli("config", "--format", "json", cwd=tmp_path).json()["values"]["fail-on"] == "info"


def test_pyproject_without_the_table_is_passed_over(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "claimcheck.toml", 'fail-on = "warning"\n')
    project = tmp_path / "project"
    write(project, "pyproject.toml", '[project]\nname = "site"\n')
    data = cli("config", "--format", "json", cwd=project).json()
    assert data["file"] == str((tmp_path / "claimcheck.toml").resolve())


def test_config_shows_origins(cli: Run, tmp_path: Path) -> None:
    write(
        tmp_path,
        "claimcheck.toml",
        'fail-on = "warning"\nexchange-rates = {"EUR/USD" = 1.08}\n[severity]\nCC403 = "warning"\n'
        '[per-path-ignores]\n"archive/*.md" = ["cc6"]\n',
    )
    file = str((tmp_path / "claimcheck.toml").resolve())
    res = cli("config", cwd=tmp_path)
    assert res.code == 0
    lines = res.out.splitlines()
    assert f"# file: {file}" in lines

    def line(prefix: str) -> str:
        return next(ln for ln in lines if ln.startswith(prefix))

    assert line("fail-on = ").endswith(f"# {file}") and '"warning"' in line("fail-on = ")
    assert line("select = ").endswith("# default") and "[]" in line("select = ")
    assert line("[severity]").endswith(f"# {file}")
    assert 'CC403 = "warning"' in lines
    assert '"archive/*.md" = ["CC6"]' in lines  # codes are upper-cased
    assert '"EUR/USD" = 1.08' in lines
    assert line("[sources]") == "[sources]  # default: empty"
    assert "money" in line("# plugins: ")
    data = cli("config", "--format", "json", cwd=tmp_path).json()
    assert data["origins"]["fail-on"] == file and data["origins"]["select"] == "default"
    assert "suppress" in data["plugins"]


def test_config_output_is_toml(cli: Run, tmp_path: Path) -> None:
    import tomllib

    write(
        tmp_path,
        "claimcheck.toml",
        '[rules.CC203]\ntolerance = 0.1\n[sources]\n"d/*.md" = ["s/*"]\n',
    )
    text = cli("config", cwd=tmp_path).out
    data = tomllib.loads(text)
    assert data["rules"]["CC203"]["tolerance"] == 0.1 and data["sources"]["d/*.md"] == ["s/*"]
    assert data["select"] == []


def test_no_file_means_defaults(cli: Run, tmp_path: Path) -> None:
    res = cli("config", cwd=tmp_path)
    assert "# file: (none found: built-in defaults)" in res.out


# -- selection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("select", "ignore", "code", "runs"),
    [
        (("CC",), (), "CC101", True),
        (("CC",), ("CC1",), "CC101", False),
        (("CC",), ("CC1",), "CC201", True),
        (("CC", "CC101"), ("CC1",), "CC101", True),  # the longer select wins
        (("CC", "CC101"), ("CC1",), "CC102", False),
        (("CC1",), ("CC101",), "CC101", False),  # the longer ignore wins
        (("CC1",), (), "CC201", False),  # not selected at all
        (("CC1",), ("CC1",), "CC101", False),  # a tie leaves it out
    ],
)
def test_longest_prefix(
    select: tuple[str, ...], ignore: tuple[str, ...], code: str, runs: bool
) -> None:
    assert Config(select=select, ignore=ignore).selects(code) is runs


def test_select_and_ignore_on_the_command_line(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "The bombing killed 32 people.\n")
    write(tmp_path, "b.txt", WIRE)
    res = cli("check", "a.txt", "b.txt", "--select", "TT", "--format", "json", cwd=tmp_path)
    assert [f["code"] for f in res.json()["findings"]] == ["TT101"]
    res = cli(
        "check",
        "a.txt",
        "b.txt",
        "--select",
        "TT",
        "--ignore",
        "tt101",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert res.json()["findings"] == [] and res.code == 0
    line = _one_error_line(cli("check", "a.txt", "--select", "CC1O1", cwd=tmp_path))
    assert "--select" in line and "CC1O1" in line


def test_severity_override_shows_in_json(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "The bombing killed 32 people.\n")
    write(tmp_path, "b.txt", WIRE)
    write(tmp_path, "claimcheck.toml", 'select = ["TT"]\n[severity]\nTT101 = "warning"\n')
    res = cli("check", "a.txt", "b.txt", "--format", "json", cwd=tmp_path)
    (finding,) = res.json()["findings"]
    assert finding["severity"] == "warning" and res.code == 0
    res = cli("check", "a.txt", "b.txt", "--format", "json", "--fail-on", "warning", cwd=tmp_path)
    assert res.code == 1


def test_rule_options(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "The bombing killed 32 people.\n")
    write(tmp_path, "b.txt", "Officials said the bombing killed 30 people.\n")
    write(tmp_path, "claimcheck.toml", 'select = ["TT"]\n[rules.TT101]\nslack = 5\n')
    res = cli("check", "a.txt", "b.txt", "--format", "json", cwd=tmp_path)
    assert res.json()["findings"] == [] and res.code == 0


def test_per_path_ignores(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "archive/old.md", "---\npublished: 2020-01-01\n---\nIt killed 32 people.\n")
    write(tmp_path, "b.txt", WIRE)
    write(
        tmp_path,
        "claimcheck.toml",
        'select = ["TT"]\n[per-path-ignores]\n"archive/*.md" = ["TT1"]\n',
    )
    res = cli("check", "archive/old.md", "b.txt", "--format", "json", cwd=tmp_path)
    # the finding's statement is in the draft-less cluster's first document: archive/old.md
    assert res.json()["findings"] == [] and res.code == 0
    # globs are relative to the configuration file, wherever the command runs
    sub = tmp_path / "archive"
    res = cli("check", "old.md", "../b.txt", "--format", "json", cwd=sub)
    assert res.json()["findings"] == []
    write(tmp_path, "current/new.md", "---\npublished: 2024-01-01\n---\nIt killed 32 people.\n")
    res = cli("check", "current/new.md", "b.txt", "--format", "json", cwd=tmp_path)
    assert [f["code"] for f in res.json()["findings"]] == ["TT101"]


def test_min_severity_and_fail_on_are_separate(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "The bombing killed 32 people.\n")
    write(tmp_path, "b.txt", WIRE)
    write(tmp_path, "claimcheck.toml", 'select = ["TT"]\n[severity]\nTT101 = "warning"\n')

    def run(*extra: str) -> tuple[int, int]:
        res = cli("check", "a.txt", "b.txt", "--format", "json", *extra, cwd=tmp_path)
        return res.code, len(res.json()["findings"])

    assert run() == (0, 1)  # shown, does not fail (fail-on error)
    assert run("--fail-on", "warning") == (1, 1)
    assert run("--min-severity", "error") == (0, 0)  # hidden, does not fail
    assert run("--min-severity", "error", "--fail-on", "warning") == (1, 0)  # hidden, still fails
    assert run("--fail-on", "never", "--min-severity", "info") == (0, 1)
    write(
        tmp_path,
        "claimcheck.toml",
        'select = ["TT"]\nfail-on = "info"\nmin-severity = "error"\n'
        '[severity]\nTT101 = "warning"\n',
    )
    assert run() == (1, 0)
    assert run("--fail-on", "error") == (0, 0)  # the command line overrides the file


# -- plugins -----------------------------------------------------------------------------------


def test_disable_plugins(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "claimcheck.toml", 'disable-plugins = ["money"]\n')
    codes = {ln.split()[0] for ln in cli("rules", cwd=tmp_path).out.splitlines()}
    assert "CC201" not in codes and "CC101" in codes
    data = cli("config", "--format", "json", cwd=tmp_path).json()
    assert "money" not in data["plugins"] and "counts" in data["plugins"]


def test_enable_plugins_is_an_allow_list(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "claimcheck.toml", 'enable-plugins = ["counts"]\n')
    codes = {ln.split()[0] for ln in cli("rules", cwd=tmp_path).out.splitlines()}
    assert {c for c in codes if c.startswith("CC1")} and not {
        c for c in codes if c[:3] in ("CC2", "CC3", "CC4")
    }
    assert "CC902" in codes  # the core's own plugins always load


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('slect = ["CC1"]\n', "unknown key 'slect' in claimcheck.toml (did you mean 'select'?)"),
        ("select = 3\n", "select must be a list of strings"),
        ('fail-on = "warnings"\n', "fail-on must be one of"),
        ("min-severity = 1\n", "min-severity must be a str"),
        ('default-currency = "dollars"\n', "default-currency must be an ISO 4217 code"),
        ('exchange-rates = {"EUR-USD" = 1.1}\n', "'EUR/USD'"),
        ('[severity]\nCC101 = "fatal"\n', "severity.CC101 must be one of"),
        ('[severity]\nCC99 = "error"\n', "severity: 'CC99' is not a rule code"),
        ('ignore = ["CC-1"]\n', "ignore: 'CC-1' is not a rule code"),
        ('[per-path-ignores]\n"a/*.md" = ["*"]\n', "per-path-ignores"),
        ("[rules]\nCC203 = 1\n", "rules.CC203 must be a table"),
        ('[sources]\n"d/*.md" = []\n', "names no source glob"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_wrong_keys_and_values(cli: Run, tmp_path: Path, content: str, says: str) -> None:
    write(tmp_path, "claimcheck.toml", content)
    write(tmp_path, "a.txt", WIRE)
    for args in (("check", "a.txt"), ("config",)):
        line = _one_error_line(cli(*args, cwd=tmp_path))
        assert str((tmp_path / "claimcheck.toml").resolve()) in line and says in line, line


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('[severity]\nCC999 = "info"\n', "severity.CC999: no loaded plugin declares rule CC999"),
        ("[rules.CC999]\nx = 1\n", "rules.CC999: no loaded plugin declares rule CC999"),
        (
            "[rules.CC203]\ntolrance = 0.1\n",
            "rules.CC203.tolrance: unknown option (rule CC203 takes: tolerance)",
        ),
        ('[rules.CC203]\ntolerance = "high"\n', "rules.CC203.tolerance must be a number"),
        ("[rules.CC101]\nrounding = 1\n", "rules.CC101.rounding: unknown option"),
        (
            'disable-plugins = ["mony"]\n',
            "disable-plugins: no plugin named 'mony' (did you mean 'money'?)",
        ),
        ('enable-plugins = ["nonesuch"]\n', "enable-plugins: no plugin named 'nonesuch'"),
    ],
)
def test_codes_and_plugins_are_checked_against_what_is_loaded(
    cli: Run, tmp_path: Path, content: str, says: str
) -> None:
    write(tmp_path, "claimcheck.toml", content)
    write(tmp_path, "a.txt", WIRE)
    for args in (("check", "a.txt"), ("config",)):
        line = _one_error_line(cli(*args, cwd=tmp_path))
        assert "claimcheck.toml" in line and says in line, line


def test_pyproject_errors_name_the_table(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.claimcheck]\nfail_on = "warning"\n')
    line = _one_error_line(cli("config", cwd=tmp_path))
    assert "pyproject.toml" in line and "unknown key 'fail_on' in [tool.claimcheck]" in line
    assert "did you mean 'fail-on'?" in line


def test_explicit_config_file(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "ci/strict.toml", 'fail-on = "info"\n')
    data = cli("config", "--config", "ci/strict.toml", "--format", "json", cwd=tmp_path).json()
    assert data["values"]["fail-on"] == "info"
    line = _one_error_line(cli("check", "x.txt", "--config", "missing.toml", cwd=tmp_path))
    assert "missing.toml" in line and "not found" in line


def test_relative_paths_resolve_against_the_file(tmp_path: Path) -> None:
    write(tmp_path, "conf/claimcheck.toml", 'baseline = "b.json"\naliases = ["names.toml"]\n')
    config = load_config(tmp_path / "conf" / "claimcheck.toml")
    assert config.baseline == str((tmp_path / "conf" / "b.json").resolve())
    assert config.aliases == (str((tmp_path / "conf" / "names.toml").resolve()),)


def test_config_error_type() -> None:
    err = ConfigError("x.toml", "select must be a list of strings")
    assert str(err) == "x.toml: select must be a list of strings"


# -- drafts and sources from configuration ---------------------------------------------------------


def test_sources_table_makes_drafts(figures: None, cli: Run, tmp_path: Path) -> None:
    write(
        tmp_path, "claimcheck.toml", 'select = ["TT"]\n[sources]\n"drafts/*.md" = ["wires/*.txt"]\n'
    )
    write(tmp_path, "wires/wire.txt", WIRE)
    write(tmp_path, "drafts/quetta.md", "---\npublished: 2024-11-20\n---\nIt killed 32 people.\n")
    res = cli("check", "drafts/quetta.md", "--format", "json", cwd=tmp_path)
    data = res.json()
    assert {d["path"]: d["role"] for d in data["documents"]} == {
        "drafts/quetta.md": "draft",
        "wires/wire.txt": "source",
    }
    assert [f["location"]["path"] for f in data["findings"]] == ["drafts/quetta.md"]
    assert res.code == 1


def test_sources_placeholders(figures: None, cli: Run, tmp_path: Path) -> None:
    write(
        tmp_path,
        "claimcheck.toml",
        'select = ["TT"]\n[sources]\n"stories/*/draft.md" = ["{dir}/wires/*"]\n',
    )
    write(tmp_path, "stories/a/draft.md", "It killed 32 people.\n")
    write(tmp_path, "stories/a/wires/w.txt", WIRE)
    write(tmp_path, "stories/b/draft.md", "It killed 30 people.\n")
    write(tmp_path, "stories/b/wires/w.txt", "A flood killed 30 people.\n")
    res = cli("check", "stories/a/draft.md", "stories/b/draft.md", "--format", "json", cwd=tmp_path)
    data = res.json()
    # each draft against its own sources only: b agrees with its wire, and a and b never meet
    assert [
        (f["location"]["path"], [r["path"] for r in f["related"]]) for f in data["findings"]
    ] == [("stories/a/draft.md", ["stories/a/wires/w.txt"])]


def test_missing_configured_source_is_an_input_error(cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "claimcheck.toml", '[sources]\n"drafts/*.md" = ["wires/*.txt"]\n')
    write(tmp_path, "drafts/a.md", "It killed 32 people.\n")
    res = cli("check", "drafts/a.md", cwd=tmp_path)
    assert res.code == 2
    assert "drafts/a.md: source 'wires/*.txt' ([sources] in" in res.err


def test_sources_alone_are_not_checked(figures: None, cli: Run, tmp_path: Path) -> None:
    write(
        tmp_path, "claimcheck.toml", 'select = ["TT"]\n[sources]\n"drafts/*.md" = ["wires/*.txt"]\n'
    )
    write(tmp_path, "wires/one.txt", WIRE)
    write(tmp_path, "wires/two.txt", "A later report said the bombing killed 30 people.\n")
    write(tmp_path, "drafts/a.md", "It killed 26 people.\n")
    res = cli("check", "wires/one.txt", "wires/two.txt", "--format", "json", cwd=tmp_path)
    assert res.code == 0 and res.json()["findings"] == [] and res.json()["documents"] == []
    assert "claimcheck: note: 2 files not checked on their own" in res.err
    # a draft staged with them: only the draft's own findings count
    res = cli(
        "check", "drafts/a.md", "wires/one.txt", "wires/two.txt", "--format", "json", cwd=tmp_path
    )
    data = res.json()
    assert [(f["location"]["path"], f["related"][0]["path"]) for f in data["findings"]] == [
        ("drafts/a.md", "wires/two.txt")
    ]
    assert {d["role"] for d in data["documents"]} == {"draft", "source"}


def test_other_files_beside_drafts_are_skipped(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "wire.txt", WIRE)
    write(tmp_path, "draft.md", story("It killed 26 people.\n"))
    write(tmp_path, "README.md", "# Desk notes\n\nA storm killed 3 people last year.\n")
    res = cli("check", "draft.md", "README.md", "--select", "TT", "--format", "json", cwd=tmp_path)
    assert res.code == 0 and res.json()["findings"] == []
    assert "1 file not checked on its own" in res.err and "README.md" in res.err


def test_without_drafts_paths_form_one_cluster(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", WIRE)
    write(tmp_path, "b.txt", "It killed 30 people.\n")
    res = cli("check", ".", "--select", "TT", "--format", "json", cwd=tmp_path)
    assert [f["code"] for f in res.json()["findings"]] == ["TT101"] and res.err == ""


# -- documentation -----------------------------------------------------------------------------


def test_every_key_is_documented() -> None:
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `([a-z-]+)`", page, re.M))
    assert documented == set(KNOWN_KEYS)
    for key in KNOWN_KEYS:
        section = page.split(f"### `{key}`", 1)[1].split("\n### ", 1)[0]
        assert "```toml" in section, f"{key}: no example"
