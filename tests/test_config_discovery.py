"""Configuration found for each checked file, the environment override, and options that
used to be ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import write

WIRE = "A suicide bombing at the train station in Quetta on November 9 killed 26 people, police said.\n"
DRAFT = "A suicide bombing at the train station in Quetta on November 9 killed 32 people, police said.\n"
MANIFEST = "[defaults]\npublished = 2024-11-20\n"


def _newsroom(root: Path, config: str) -> Path:
    write(root, "newsroom/claimcheck.toml", config)
    write(root, "newsroom/drafts/claimcheck-manifest.toml", MANIFEST)
    write(root, "newsroom/drafts/wire.txt", WIRE)
    write(root, "newsroom/drafts/x.txt", DRAFT)
    return root / "newsroom" / "drafts"


def test_the_configuration_above_the_file_applies_from_anywhere(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    drafts = _newsroom(tmp_path, 'ignore = ["CC101"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    res = cli(
        "check", str(drafts / "x.txt"), str(drafts / "wire.txt"), "--format", "json", cwd=elsewhere
    )
    assert "CC101" not in {f["code"] for f in res.json()["findings"]}
    plain = cli(
        "check",
        str(drafts / "x.txt"),
        str(drafts / "wire.txt"),
        "--format",
        "json",
        "--config",
        str(write(tmp_path, "empty.toml", "")),
    )
    assert "CC101" in {f["code"] for f in plain.json()["findings"]}


def test_claimcheck_config_overrides_the_nearest(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    drafts = _newsroom(tmp_path, 'ignore = ["CC101"]\n')
    monkeypatch.setenv("CLAIMCHECK_CONFIG", str(write(tmp_path, "ci.toml", 'fail-on = "never"\n')))
    res = cli("check", str(drafts / "x.txt"), str(drafts / "wire.txt"), "--format", "json")
    assert "CC101" in {f["code"] for f in res.json()["findings"]} and res.code == 0


def test_files_under_two_configurations_each_get_their_own(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name, cfg in (("a", 'ignore = ["CC101"]\n'), ("b", "")):
        write(tmp_path, f"{name}/claimcheck.toml", cfg)
        write(tmp_path, f"{name}/claimcheck-manifest.toml", MANIFEST)
        write(tmp_path, f"{name}/wire.txt", WIRE)
        write(tmp_path, f"{name}/x.txt", DRAFT)
    res = cli("check", str(tmp_path / "a"), str(tmp_path / "b"), "--format", "json")
    paths = {
        Path(f["location"]["path"]).parent.name
        for f in res.json()["findings"]
        if f["code"] == "CC101"
    }
    assert paths == {"b"}


EUR = "The museum paid EUR 2 million for the painting, the auction house said.\n"
USD = "The museum paid $3 million for the painting, the auction house said.\n"


def _money(tmp_path: Path, config: str) -> Path:
    write(tmp_path, "claimcheck.toml", 'exchange-rates = {"EUR/USD" = 1.08}\n' + config)
    write(tmp_path, "claimcheck-manifest.toml", MANIFEST)
    write(tmp_path, "a.txt", EUR)
    write(tmp_path, "b.txt", USD)
    return tmp_path


def _cc203(cli, folder: Path) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    res = cli("check", "a.txt", "b.txt", "--format", "json", "--select", "CC203", cwd=folder)
    return [f for f in res.json()["findings"] if f["code"] == "CC203"]


def test_exchange_tolerance_is_honoured(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # EUR 2 million at 1.08 is $2.16 million: 28 % short of $3 million
    assert _cc203(cli, _money(tmp_path / "strict", "exchange-tolerance = 0.01\n"))
    assert not _cc203(cli, _money(tmp_path / "loose", "exchange-tolerance = 0.5\n"))


def test_rule_tolerance_is_honoured_and_named_in_the_reason(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    found = _cc203(cli, _money(tmp_path / "r", "[rules.CC203]\ntolerance = 0.01\n"))
    assert found and "more than 1%" in found[0]["reason"]
    assert not _cc203(cli, _money(tmp_path / "w", "[rules.CC203]\ntolerance = 0.5\n"))


def test_source_roots_let_front_matter_reach_another_folder(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "wires/wire.txt", WIRE)
    write(tmp_path, "wires/claimcheck-manifest.toml", MANIFEST)
    draft = write(
        tmp_path,
        "drafts/x.md",
        "---\npublished: 2024-11-20\nsources: [../wires/wire.txt]\n---\n" + DRAFT,
    )
    refused = cli("check", str(draft), "--format", "json")
    assert refused.code == 2 and "outside the draft's folder" in refused.err
    write(tmp_path, "drafts/claimcheck.toml", 'source-roots = ["../wires"]\n')
    allowed = cli("check", str(draft), "--format", "json")
    assert "CC101" in {f["code"] for f in allowed.json()["findings"]}, allowed.err


# -- every documented key changes what a user sees ------------------------------------------


def _extract(cli, folder: Path, *paths: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return cli("extract", *paths, "--format", "json", cwd=folder).json()  # type: ignore[no-any-return]


def test_default_currency_is_honoured(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a.txt", "The museum paid $3 million for the painting.\n")
    before = _extract(cli, tmp_path, "a.txt")["mentions"]
    write(tmp_path, "claimcheck.toml", 'default-currency = "CAD"\n')
    after = _extract(cli, tmp_path, "a.txt")["mentions"]
    money = lambda ms: [m["value"]["currency"] for m in ms if m["kind"] == "money"]  # noqa: E731
    assert money(before) == ["USD"] and money(after) == ["CAD"]


def test_language_is_honoured(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a.txt", "The museum paid $3 million for the painting.\n")
    assert _extract(cli, tmp_path, "a.txt")["documents"][0]["language"] == "en"
    write(
        tmp_path,
        "b.html",
        '<html lang="de"><body><p>Der Preis: 3 Millionen Euro.</p></body></html>',
    )
    write(tmp_path, "claimcheck.toml", 'language = "en-GB"\n')
    langs = {
        d["path"]: d["language"] for d in _extract(cli, tmp_path, "a.txt", "b.html")["documents"]
    }
    assert langs == {"a.txt": "en-GB", "b.html": "de"}  # the document's own word wins


def test_aliases_are_honoured(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Officials of the Quetta Rail Authority said the station reopened.\n"
    write(tmp_path, "a.txt", text)
    write(
        tmp_path,
        "style/aliases.toml",
        '[[entity]]\nid = "org:quetta-rail-authority"\ntype = "organization"\n'
        'canonical = "Quetta Railway Authority"\naliases = ["Quetta Rail Authority"]\n',
    )
    canon = lambda d: {m["value"].get("canonical") for m in d["mentions"] if m["kind"] == "entity"}  # noqa: E731
    before = canon(_extract(cli, tmp_path, "a.txt"))
    write(tmp_path, "claimcheck.toml", 'aliases = ["style/aliases.toml"]\n')
    after = canon(_extract(cli, tmp_path, "a.txt"))
    assert "Quetta Railway Authority" in after and "Quetta Railway Authority" not in before


@pytest.mark.parametrize(("key", "value"), [("select", '["CC2"]'), ("ignore", '["CC1"]')])
def test_select_and_ignore_in_the_file_are_honoured(
    cli, tmp_path: Path, key: str, value: str
) -> None:  # type: ignore[no-untyped-def]
    drafts = _newsroom(tmp_path, f"{key} = {value}\n")
    res = cli("check", str(drafts / "x.txt"), str(drafts / "wire.txt"), "--format", "json")
    assert "CC101" not in {f["code"] for f in res.json()["findings"]}
    drafts = _newsroom(tmp_path / "plain", "")
    res = cli("check", str(drafts / "x.txt"), str(drafts / "wire.txt"), "--format", "json")
    assert "CC101" in {f["code"] for f in res.json()["findings"]}


def test_exchange_rates_are_honoured(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _money(tmp_path / "with", "")
    assert _cc203(cli, folder)
    (folder / "claimcheck.toml").write_text("", encoding="utf-8")
    assert not _cc203(cli, folder)  # without a rate, two currencies are never compared
