"""Configuration: ``[tool.claimcheck]`` in ``pyproject.toml`` or a ``claimcheck.toml``.

The nearest file wins, searching from the working directory upward; in one folder
``claimcheck.toml`` comes before ``pyproject.toml`` (and a ``pyproject.toml`` without a
``[tool.claimcheck]`` table is passed over). Command-line options override the file. Every value
remembers where it came from, which ``claimcheck config`` shows. An unknown key or a value of
the wrong type is a :class:`ConfigError`, never silently ignored.

Keys (all optional)::

    select = ["CC"]                 # code prefixes to run; longest matching prefix wins
    ignore = []                     # code prefixes to leave out
    min-severity = "info"           # what is shown
    fail-on = "error"               # what fails the run (info|warning|error|never)
    default-currency = "USD"        # what a bare "$" means when nothing else tells
    language = "en"                 # default document language (BCP 47)
    aliases = ["styleguide/aliases.toml"]   # extra alias tables, relative to the file
    disable-plugins = ["names"]     # entry-point names of plugins not to load
    exchange-rates = {"EUR/USD" = 1.08}     # for comparing amounts across currencies
    exchange-tolerance = 0.05       # relative tolerance for converted amounts
    baseline = "claimcheck-baseline.json"
    [severity]                      # per-rule severity
    CC405 = "warning"
    [rules.CC101]                   # per-rule options
    rounding = 0.1
    [per-path-ignores]              # glob -> codes
    "archive/*.md" = ["CC6"]
    [sources]                       # draft glob -> source globs (pre-commit)
    "drafts/*.md" = ["sources/*.txt"]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from .model import EMPTY

__all__ = ["SEVERITIES", "Config", "ConfigError", "find_config_file", "load_config"]

SEVERITIES = ("info", "warning", "error")
FAIL_ON = (*SEVERITIES, "never")


class ConfigError(Exception):
    """A configuration file or option is wrong; the message names the file and the key."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """The effective configuration of a run."""

    select: tuple[str, ...] = ("CC",)
    ignore: tuple[str, ...] = ()
    min_severity: str = "info"
    fail_on: str = "error"
    default_currency: str | None = "USD"
    language: str = "en"
    aliases: tuple[str, ...] = ()
    disable_plugins: tuple[str, ...] = ()
    exchange_rates: Mapping[str, float] = field(default_factory=lambda: EMPTY)
    exchange_tolerance: float = 0.05
    baseline: str | None = None
    severity: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: EMPTY)
    per_path_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: EMPTY)
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: EMPTY)
    #: The file the configuration was read from, if any.
    path: str | None = None
    #: key -> where its value came from ("default", a file path, "command line").
    origins: Mapping[str, str] = field(default_factory=lambda: EMPTY)

    # -- selection ---------------------------------------------------------------------

    def selects(self, code: str, path: str | None = None) -> bool:
        """Whether ``code`` runs: the longest matching select/ignore prefix decides."""
        best_sel = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        best_ign = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        if best_sel < 0 or best_ign >= best_sel:
            return False
        if path is not None and self.per_path_ignores:
            from fnmatch import fnmatch

            posix = Path(path).as_posix()
            for pattern, codes in self.per_path_ignores.items():
                if fnmatch(posix, pattern) and any(code.startswith(c) for c in codes):
                    return False
        return True

    def __hash__(self) -> int:
        # The table fields are mappings, which do not hash; hash the effective values
        # instead, so a configuration can key a cache (``api.engine_for``).
        import json

        return hash((self.path, json.dumps(self.to_json(), sort_keys=True, default=str)))

    def with_overrides(self, **overrides: Any) -> Config:
        """A copy with command-line values, recorded as coming from the command line."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if not given:
            return self
        origins = dict(self.origins)
        for k in given:
            origins[_key_name(k)] = "command line"
        return replace(self, **given, origins=origins)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("origins", "path"):
                continue
            v = getattr(self, f.name)
            if isinstance(v, Mapping):
                v = {k: (list(x) if isinstance(x, tuple) else x) for k, x in v.items()}
            elif isinstance(v, tuple):
                v = list(v)
            out[_key_name(f.name)] = v
        return out


def _key_name(attr: str) -> str:
    return attr.replace("_", "-")


_STR_LIST = ("select", "ignore", "aliases", "disable-plugins")
_SCALARS: dict[str, tuple[type, ...]] = {
    "min-severity": (str,),
    "fail-on": (str,),
    "default-currency": (str,),
    "language": (str,),
    "exchange-tolerance": (float, int),
    "baseline": (str,),
}
_TABLES = ("severity", "rules", "per-path-ignores", "sources", "exchange-rates")
KNOWN_KEYS = frozenset((*_STR_LIST, *_SCALARS, *_TABLES))


def find_config_file(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The nearest ``claimcheck.toml`` or ``pyproject.toml`` with ``[tool.claimcheck]``."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        cand = folder / "claimcheck.toml"
        if cand.is_file():
            return cand
        cand = folder / "pyproject.toml"
        if cand.is_file():
            try:
                with cand.open("rb") as fh:
                    data = tomllib.load(fh)
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if isinstance(data.get("tool"), dict) and "claimcheck" in data["tool"]:
                return cand
    return None


def load_config(path: str | os.PathLike[str] | None = None, *, search: bool = True) -> Config:
    """Load the configuration from ``path``, or the nearest file when ``search`` is true."""
    file = Path(path) if path is not None else (find_config_file() if search else None)
    if file is None:
        return Config(origins={_key_name(f.name): "default" for f in fields(Config)})
    where = str(file)
    try:
        with file.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(where, "configuration file not found") from None
    except OSError as exc:
        raise ConfigError(where, f"cannot read configuration: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(where, f"not valid TOML: {exc}") from None
    if file.name == "pyproject.toml":
        table = data.get("tool", {}).get("claimcheck", {})
        prefix = "[tool.claimcheck]"
    else:
        table = data.get("tool", {}).get("claimcheck", data) if "tool" in data else data
        prefix = "claimcheck.toml"
    if not isinstance(table, dict):
        raise ConfigError(where, f"{prefix} must be a table")
    return _parse(table, where, prefix, file.parent)


def _parse(table: Mapping[str, Any], where: str, prefix: str, base: Path) -> Config:
    values: dict[str, Any] = {}
    origins = {_key_name(f.name): "default" for f in fields(Config)}
    for key, val in table.items():
        if key not in KNOWN_KEYS:
            hint = _suggest(key)
            raise ConfigError(
                where, f"unknown key {key!r} in {prefix}" + (f" (did you mean {hint!r}?)" if hint else "")
            )
        attr = key.replace("-", "_")
        if key in _STR_LIST:
            if isinstance(val, str):
                val = [val]
            if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
                raise ConfigError(where, f"{key} must be a list of strings")
            if key == "aliases":
                val = [str((base / x).resolve()) for x in val]
            values[attr] = tuple(val)
        elif key in _SCALARS:
            if not isinstance(val, _SCALARS[key]) or isinstance(val, bool):
                raise ConfigError(where, f"{key} must be a {_SCALARS[key][0].__name__}")
            if key == "min-severity" and val not in SEVERITIES:
                raise ConfigError(where, f"min-severity must be one of {', '.join(SEVERITIES)}")
            if key == "fail-on" and val not in FAIL_ON:
                raise ConfigError(where, f"fail-on must be one of {', '.join(FAIL_ON)}")
            if key == "default-currency" and not (len(val) == 3 and val.isupper()):
                raise ConfigError(where, "default-currency must be an ISO 4217 code like 'USD'")
            if key == "baseline":
                val = str((base / val).resolve())
            values[attr] = val
        else:
            if not isinstance(val, dict):
                raise ConfigError(where, f"{key} must be a table")
            values[attr] = _parse_table(key, val, where)
        origins[key] = where
    return Config(**values, path=where, origins=origins)


def _parse_table(key: str, val: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    if key == "severity":
        for code, sev in val.items():
            if sev not in SEVERITIES:
                raise ConfigError(where, f"severity.{code} must be one of {', '.join(SEVERITIES)}")
        return dict(val)
    if key == "rules":
        for code, opts in val.items():
            if not isinstance(opts, dict):
                raise ConfigError(where, f"rules.{code} must be a table of options")
        return {k: dict(v) for k, v in val.items()}
    if key == "exchange-rates":
        out: dict[str, float] = {}
        for pair, rate in val.items():
            parts = pair.split("/")
            if len(parts) != 2 or not all(len(p) == 3 and p.isupper() for p in parts):
                raise ConfigError(where, f"exchange-rates key {pair!r} must look like 'EUR/USD'")
            if not isinstance(rate, (int, float)) or isinstance(rate, bool) or rate <= 0:
                raise ConfigError(where, f"exchange-rates.{pair} must be a positive number")
            out[pair] = float(rate)
        return out
    # per-path-ignores, sources: glob -> list of strings
    res: dict[str, tuple[str, ...]] = {}
    for glob, items in val.items():
        if isinstance(items, str):
            items = [items]
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ConfigError(where, f"{key}.{glob!r} must be a list of strings")
        res[glob] = tuple(items)
    return res


def _suggest(key: str) -> str | None:
    import difflib

    m = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1)
    return m[0] if m else None


def parse_codes(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """Split a comma-separated ``--select``/``--ignore`` value into code prefixes."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(x.strip().upper() for x in items if x.strip())
