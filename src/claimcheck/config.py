"""Configuration: ``[tool.claimcheck]`` in ``pyproject.toml`` or a ``claimcheck.toml``.

The nearest file wins, searching upward from each checked file's folder (then from the
working directory, and only from there for commands that check nothing); ``$CLAIMCHECK_CONFIG`` names a file to use
instead, and ``--config`` overrides both. In one folder
``claimcheck.toml`` comes before ``pyproject.toml`` (and a ``pyproject.toml`` without a
``[tool.claimcheck]`` table is passed over). Command-line options override the file. Every value
remembers where it came from, which ``claimcheck config`` shows. An unknown key or a value of
the wrong type is a :class:`ConfigError`, never silently ignored.

Keys (all optional)::

    select = ["CC"]                 # code prefixes to run (default: every installed rule);
                                    # the longest matching select/ignore prefix wins
    ignore = []                     # code prefixes to leave out
    min-severity = "info"           # what is shown
    fail-on = "error"               # what fails the run (info|warning|error|never)
    default-currency = "USD"        # what a bare "$" means when nothing else tells
    language = "en"                 # default document language (BCP 47)
    aliases = ["styleguide/aliases.toml"]   # extra alias tables, relative to the file
    disable-plugins = ["names"]     # names of plugins not to load
    enable-plugins = ["counts"]     # if given: the only rule plugins (entry points) to load
    exchange-rates = {"EUR/USD" = 1.08}     # for comparing amounts across currencies
    exchange-tolerance = 0.05       # relative tolerance for converted amounts
    baseline = "claimcheck-baseline.json"
    source-roots = ["../wire"]      # folders front-matter sources may name besides the draft's
                                    # own (the configuration file's folder always may)
    [severity]                      # per-rule severity
    CC405 = "warning"
    [rules.CC101]                   # per-rule options
    rounding = 0.1
    [per-path-ignores]              # glob -> codes
    "archive/*.md" = ["CC6"]
    [sources]                       # draft glob -> source globs (pre-commit)
    "drafts/*.md" = ["sources/*.txt"]

Globs in ``per-path-ignores`` and ``sources`` are relative to the folder of the configuration
file (the working directory when there is none). Source globs may use ``{stem}`` (the draft's
file name without its suffix) and ``{dir}`` (the draft's folder).
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from claimcheck.model import EMPTY

__all__ = [
    "ENV_CONFIG",
    "SEVERITIES",
    "Config",
    "ConfigError",
    "check_against_plugins",
    "config_file_for",
    "find_config_file",
    "load_config",
    "parse_codes",
]

#: The environment variable naming a configuration file to use instead of the nearest one.
ENV_CONFIG = "CLAIMCHECK_CONFIG"
SEVERITIES = ("info", "warning", "error")
FAIL_ON = (*SEVERITIES, "never")
#: A rule code ("CC101") or a prefix of one ("CC", "CC1").
_CODE_PREFIX = re.compile(r"[A-Z]{2,4}[0-9]{0,3}")
_CODE = re.compile(r"[A-Z]{2,4}[0-9]{3}")


class ConfigError(Exception):
    """A configuration file or option is wrong; the message names the file and the key."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """The effective configuration of a run."""

    #: Code prefixes to run; empty means every installed rule.
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_severity: str = "info"
    fail_on: str = "error"
    default_currency: str | None = "USD"
    language: str = "en"
    aliases: tuple[str, ...] = ()
    disable_plugins: tuple[str, ...] = ()
    #: When given, the only entry-point plugins loaded (the core's own plugins always load).
    enable_plugins: tuple[str, ...] | None = None
    exchange_rates: Mapping[str, float] = field(default_factory=lambda: EMPTY)
    exchange_tolerance: float = 0.05
    baseline: str | None = None
    #: Folders (absolute) a draft's front-matter ``sources`` may reach besides its own.
    source_roots: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: EMPTY)
    per_path_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: EMPTY)
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: EMPTY)
    #: The file the configuration was read from, if any.
    path: str | None = None
    #: key -> where its value came from ("default", a file path, "command line").
    origins: Mapping[str, str] = field(default_factory=lambda: EMPTY)

    # -- selection ---------------------------------------------------------------------

    @property
    def base(self) -> Path:
        """The folder relative paths in the configuration are relative to."""
        return Path(self.path).resolve().parent if self.path else Path.cwd()

    def selects(self, code: str, path: str | None = None) -> bool:
        """Whether ``code`` runs: the longest matching select/ignore prefix decides.

        With ``path``, a per-path ignore whose glob matches the path also leaves it out.
        """
        if self.select:
            best_sel = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        else:
            best_sel = 0
        best_ign = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        if best_sel < 0 or best_ign >= best_sel:
            return False
        if path is not None and self.per_path_ignores:
            for pattern, codes in self.per_path_ignores.items():
                if any(code.startswith(c) for c in codes) and self.path_matches(pattern, path):
                    return False
        return True

    def path_matches(self, pattern: str, path: str) -> bool:
        """Whether ``path`` matches a glob of this configuration (relative to :attr:`base`)."""
        from fnmatch import fnmatchcase

        given = Path(path)
        cands = {given.as_posix()}
        with contextlib.suppress(ValueError, OSError):
            cands.add(given.resolve().relative_to(self.base).as_posix())
        pat = pattern.removeprefix("./")
        return any(fnmatchcase(c, pat) for c in cands)

    def sources_for(self, path: str) -> tuple[list[str], list[str]] | None:
        """The source files ``[sources]`` assigns to the draft ``path``.

        Returns ``None`` when no draft glob matches ``path``; otherwise the matching files
        (relative to the working directory where possible) and the source globs that matched
        no file.
        """
        patterns = [srcs for draft, srcs in self.sources.items() if self.path_matches(draft, path)]
        if not patterns:
            return None
        base = self.base
        draft = Path(path).resolve()
        try:
            folder = draft.parent.relative_to(base).as_posix()
        except ValueError:
            folder = draft.parent.as_posix()
        found: list[str] = []
        missing: list[str] = []
        for pattern in (p for group in patterns for p in group):
            expanded = pattern.replace("{stem}", glob.escape(draft.stem)).replace(
                "{dir}", glob.escape(folder)
            )
            full = str(base / expanded)
            matches = sorted(glob.glob(full, recursive=True)) if glob.has_magic(full) else [full]
            matches = [m for m in matches if Path(m).is_file() and Path(m).resolve() != draft]
            if not matches:
                missing.append(pattern)
            for m in matches:
                shown = _display_path(m)
                if shown not in found:
                    found.append(shown)
        return found, missing

    def names_as_source(self, path: str) -> bool:
        """Whether a source glob of ``[sources]`` matches ``path``."""
        for srcs in self.sources.values():
            for pattern in srcs:
                pat = pattern.replace("{stem}", "*").replace("{dir}", "*")
                if self.path_matches(pat, path):
                    return True
        return False

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


def _display_path(path: str) -> str:
    """``path`` relative to the working directory when it lies below it."""
    rel = os.path.relpath(os.path.abspath(path))
    return rel if not rel.startswith("..") else os.path.abspath(path)


_STR_LIST = ("select", "ignore", "aliases", "disable-plugins", "enable-plugins", "source-roots")
_CODE_LISTS = ("select", "ignore")
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
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if isinstance(data.get("tool"), dict) and "claimcheck" in data["tool"]:
                return cand
    return None


def config_file_for(path: str | os.PathLike[str]) -> Path | None:
    """The configuration file that applies to ``path``: ``$CLAIMCHECK_CONFIG``, else the
    nearest one above the file (or in and above the folder), else the nearest one above the
    working directory."""
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    p = Path(path)
    return find_config_file(p if p.is_dir() else p.parent) or find_config_file()


def load_config(path: str | os.PathLike[str] | None = None, *, search: bool = True) -> Config:
    """Load the configuration from ``path``, or the nearest file when ``search`` is true."""
    env = os.environ.get(ENV_CONFIG) if path is None and search else None
    file = (
        Path(path)
        if path is not None
        else Path(env)
        if env
        else (find_config_file() if search else None)
    )
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
    except UnicodeDecodeError as exc:
        raise ConfigError(
            where, f"not a TOML file: not valid UTF-8 (byte at offset {exc.start})"
        ) from None
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
                where,
                f"unknown key {key!r} in {prefix}" + (f" (did you mean {hint!r}?)" if hint else ""),
            )
        attr = key.replace("-", "_")
        if key in _STR_LIST:
            if isinstance(val, str):
                val = [val]
            if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
                raise ConfigError(where, f"{key} must be a list of strings")
            if key in _CODE_LISTS:
                val = _codes(val, key, where, prefix_ok=True)
            if key in ("aliases", "source-roots"):
                val = [str((base / x).resolve()) for x in val]
            values[attr] = tuple(val)
        elif key in _SCALARS:
            if not isinstance(val, _SCALARS[key]) or isinstance(val, bool):
                raise ConfigError(where, f"{key} must be a {_SCALARS[key][0].__name__}")
            scalar: Any = val
            if key == "min-severity" and val not in SEVERITIES:
                raise ConfigError(where, f"min-severity must be one of {', '.join(SEVERITIES)}")
            if key == "fail-on" and val not in FAIL_ON:
                raise ConfigError(where, f"fail-on must be one of {', '.join(FAIL_ON)}")
            if key == "default-currency" and not (len(scalar) == 3 and scalar.isupper()):
                raise ConfigError(where, "default-currency must be an ISO 4217 code like 'USD'")
            if key == "baseline":
                val = str((base / scalar).resolve())
            values[attr] = val
        else:
            if not isinstance(val, dict):
                raise ConfigError(where, f"{key} must be a table")
            values[attr] = _parse_table(key, val, where)
        origins[key] = where
    # the project the configuration governs is always a place sources may come from
    roots = (str(base.resolve()), *values.get("source_roots", ()))
    values["source_roots"] = tuple(dict.fromkeys(roots))
    return Config(**values, path=where, origins=origins)


def _codes(items: Sequence[str], key: str, where: str, *, prefix_ok: bool) -> list[str]:
    """Upper-case rule codes (or code prefixes); a malformed one is an error naming ``key``."""
    out: list[str] = []
    pattern = _CODE_PREFIX if prefix_ok else _CODE
    for item in items:
        code = item.strip().upper()
        if not pattern.fullmatch(code):
            what = (
                "a rule code or code prefix like 'CC1' or 'CC101'"
                if prefix_ok
                else "a rule code like 'CC101'"
            )
            raise ConfigError(where, f"{key}: {item!r} is not {what}")
        out.append(code)
    return out


def _parse_table(key: str, val: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    if key == "severity":
        sevs: dict[str, str] = {}
        for code, sev in val.items():
            (norm,) = _codes([code], "severity", where, prefix_ok=False)
            if sev not in SEVERITIES:
                raise ConfigError(where, f"severity.{code} must be one of {', '.join(SEVERITIES)}")
            sevs[norm] = sev
        return sevs
    if key == "rules":
        opts_by_code: dict[str, dict[str, Any]] = {}
        for code, opts in val.items():
            (norm,) = _codes([code], "rules", where, prefix_ok=False)
            if not isinstance(opts, dict):
                raise ConfigError(where, f"rules.{code} must be a table of options")
            opts_by_code[norm] = dict(opts)
        return opts_by_code
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
    for pattern, items in val.items():
        if isinstance(items, str):
            items = [items]
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ConfigError(where, f"{key}.{pattern!r} must be a list of strings")
        if key == "per-path-ignores":
            items = _codes(items, f"per-path-ignores.{pattern!r}", where, prefix_ok=True)
        elif not items:
            raise ConfigError(where, f"sources.{pattern!r} names no source glob")
        res[pattern] = tuple(items)
    return res


def check_against_plugins(config: Config, rules: Mapping[str, Any], plugins: Sequence[str]) -> None:
    """Check what only the loaded plugins can tell: rule codes and options, plugin names.

    ``rules`` maps codes to :class:`~claimcheck.rulekit.rules.RuleSpec`; ``plugins`` lists every
    plugin name that exists (loaded or disabled). Raises :class:`ConfigError` naming the key.
    """

    def where(key: str) -> str:
        origin = config.origins.get(key, "")
        return origin if origin not in ("", "default") else "configuration"

    for key, codes in (("select", config.select), ("ignore", config.ignore)):
        for code in codes:
            if not any(c.startswith(code) for c in rules):
                origin = where(key)
                raise ConfigError(
                    f"--{key}" if origin == "command line" else origin,
                    f"{key}: no loaded rule matches {code!r} (see 'claimcheck rules')",
                )
    for code in config.severity:
        if code not in rules:
            raise ConfigError(
                where("severity"), f"severity.{code}: no loaded plugin declares rule {code}"
            )
    for code, opts in config.rules.items():
        spec = rules.get(code)
        if spec is None:
            raise ConfigError(
                where("rules"), f"rules.{code}: no loaded plugin declares rule {code}"
            )
        known: Mapping[str, Any] = getattr(spec, "options", {}) or {}
        for name, value in opts.items():
            if name not in known:
                choices = ", ".join(sorted(known)) or "none"
                raise ConfigError(
                    where("rules"),
                    f"rules.{code}.{name}: unknown option (rule {code} takes: {choices})",
                )
            default = known[name]
            if not _same_type(value, default):
                raise ConfigError(
                    where("rules"),
                    f"rules.{code}.{name} must be a {_type_name(default)}, not {value!r}",
                )
    names = set(plugins)
    for key, listed in (
        ("disable-plugins", config.disable_plugins),
        ("enable-plugins", config.enable_plugins or ()),
    ):
        for name in listed:
            if name not in names:
                import difflib

                close = difflib.get_close_matches(name, sorted(names), n=1)
                hint = f"did you mean {close[0]!r}?" if close else "see 'claimcheck config'"
                raise ConfigError(where(key), f"{key}: no plugin named {name!r} ({hint})")


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    if default is None:
        return True
    return isinstance(value, type(default))


def _type_name(default: Any) -> str:
    if isinstance(default, bool):
        return "boolean"
    if isinstance(default, (int, float)):
        return "number"
    names: dict[type, str] = {str: "string", list: "list", dict: "table"}
    return names.get(type(default), type(default).__name__)


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
