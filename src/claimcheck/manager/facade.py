"""The plugin manager: one typed method per hook, so every call site is typed and lives here.

Load order: the core's own plugins (:data:`claimcheck.manager.builtin.DEFAULT_PLUGINS`), then the
``claimcheck`` entry points (rule plugins, in ``plugins/`` and from third parties), minus the
ones configuration disables, then ``check_pending()``. Every hook is called through pluggy
(``pm.hook.<name>(...)``), so ``tryfirst``/``trylast``, wrappers, tracing and
``add_hookcall_monitoring`` work as pluggy documents them; each implementation is guarded
(:mod:`claimcheck.manager.guard`), so a plugin that raises, returns the wrong type, overruns
its time limit or cannot be imported becomes a CC901 finding naming it, and the run goes on.

Environment:

``CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD=1``
    load no entry-point plugins (only the core's own), as ``PYTEST_DISABLE_PLUGIN_AUTOLOAD``.
``CLAIMCHECK_TRACE_PLUGINS=1``
    trace every hook call, its arguments and results, to stderr.
``CLAIMCHECK_PLUGIN_TIMEOUT=SECONDS``
    the time limit of one plugin call (default :data:`DEFAULT_TIMEOUT`; ``0`` for none).

Duplicate rule codes or formatter names are errors that name both providers.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import FunctionType, MethodType, ModuleType
from typing import TYPE_CHECKING, Any

import pluggy
from pluggy import HookimplOpts

from claimcheck import hookspecs
from claimcheck.manager.builtin import DEFAULT_PLUGINS
from claimcheck.manager.entrypoints import entry_points
from claimcheck.manager.guard import PluginFailure, Supervisor, guard_impls
from claimcheck.plugin import PROJECT

if TYPE_CHECKING:
    from claimcheck.claims.attributes import AttributeSpec
    from claimcheck.config import Config
    from claimcheck.model import Alignment, Claim, Document, Finding, Mention, RawMention, Segment
    from claimcheck.reporting import FormatterSpec
    from claimcheck.rulekit import RuleSpec, RunNote

__all__ = [
    "DEFAULT_TIMEOUT",
    "ClaimcheckPluginManager",
    "PluginError",
    "PluginFailure",
    "autoload_enabled",
]

#: Seconds one call of a plugin (a hook implementation or a rule's check) may take.
DEFAULT_TIMEOUT = 120.0


class PluginError(Exception):
    """A plugin declares something invalid, such as a rule code another plugin has (exit 2)."""


def autoload_enabled() -> bool:
    """Whether entry-point plugins load (``CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD`` unset)."""
    return not os.environ.get("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD")


def _timeout_from_env() -> float | None:
    raw = os.environ.get("CLAIMCHECK_PLUGIN_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise PluginError(
            f"CLAIMCHECK_PLUGIN_TIMEOUT must be a number of seconds, not {raw!r}"
        ) from None
    return value if value > 0 else None


class ClaimcheckPluginManager:
    """A typed facade over :class:`pluggy.PluginManager`."""

    def __init__(
        self,
        *,
        disabled: Iterable[str] = (),
        load_entrypoints: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """``load_entrypoints`` defaults to :func:`autoload_enabled`; ``timeout`` (seconds per
        plugin call, ``0`` for none) to ``CLAIMCHECK_PLUGIN_TIMEOUT`` or :data:`DEFAULT_TIMEOUT`."""
        limit = _timeout_from_env() if timeout is None else timeout
        self.supervisor = Supervisor(limit if limit and limit > 0 else None)
        self.pm = _GuardedPluginManager(self.supervisor)
        self.pm.add_hookspecs(hookspecs)
        if os.environ.get("CLAIMCHECK_TRACE_PLUGINS"):
            self.pm.trace.root.setwriter(sys.stderr.write)
            self.pm.enable_tracing()
        self.disabled = frozenset(disabled)
        #: entry-point name -> distribution name, for messages.
        self.distributions: dict[str, str] = {}
        #: Failures while loading and declaring (imports, rules, formatters): every run reports them.
        self.setup_failures: list[PluginFailure] = []
        for name, target in DEFAULT_PLUGINS.items():
            if name not in self.disabled:
                self.register(_builtin(target), name)
        if autoload_enabled() if load_entrypoints is None else load_entrypoints:
            self._load_entrypoints()
        self.pm.check_pending()
        self._rules: dict[str, RuleSpec] | None = None
        self._attributes: tuple[AttributeSpec, ...] | None = None
        self._formatters: dict[str, FormatterSpec] | None = None

    def register(self, plugin: object, name: str) -> None:
        """Register ``plugin`` under ``name``, each of its hook implementations guarded."""
        self.pm.register(plugin, name=name)

    def _load_entrypoints(self) -> None:
        for ep in sorted(entry_points(PROJECT), key=lambda e: e.name):
            if ep.name in self.disabled or self.pm.has_plugin(ep.name):
                continue
            if self.pm.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
                self.register(plugin, ep.name)
            except Exception as exc:  # a broken third-party plugin must not crash the run
                if self.pm.has_plugin(ep.name):
                    self.pm.unregister(name=ep.name)
                self.setup_failures.append(PluginFailure(ep.name, "load", exc))
                continue
            if ep.dist is not None:
                self.distributions[ep.name] = ep.dist

    # -- failures -------------------------------------------------------------------------

    @property
    def failures(self) -> list[PluginFailure]:
        """Plugin failures since the last :meth:`take_failures`."""
        return self.supervisor.failures

    @property
    def load_errors(self) -> list[str]:
        """One line per plugin that could not be loaded."""
        return [str(f) for f in self.setup_failures if f.hook == "load"]

    def take_failures(self) -> list[PluginFailure]:
        """The setup failures and those since the last call (reading, analysis, rules), once
        per plugin and place; the latter are then forgotten, so the next run starts clean."""
        merged = [*self.setup_failures, *self.supervisor.failures]
        self.supervisor.failures.clear()
        return list({(f.plugin, f.hook): f for f in merged}.values())

    def call_rule(self, spec: RuleSpec, ctx: Any) -> tuple[Finding, ...]:
        """Run a rule's check, guarded like a hook implementation."""

        def run() -> tuple[Finding, ...]:
            return tuple(spec.check(ctx))

        found: tuple[Finding, ...] | None = self.supervisor.call(
            spec.plugin, f"rule {spec.code}", run
        )
        return found or ()

    # -- introspection -------------------------------------------------------------------

    def plugin_names(self) -> list[str]:
        return sorted(n for n, _ in self.pm.list_name_plugin() if n is not None)

    def _collect(self, hook: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call a collecting hook; each item with the plugin that returned it ("" when a
        wrapper made it up)."""
        prov = self.supervisor.provenance
        prov.clear()
        try:
            results = getattr(self.pm.hook, hook)(**kwargs)
            return [(prov.get(id(item), ""), item) for res in results for item in res]
        finally:
            prov.clear()

    # -- configuration --------------------------------------------------------------------

    def configure(self, config: Config) -> None:
        mark = len(self.supervisor.failures)
        self.pm.hook.claimcheck_configure(config=config)
        self._keep_setup_failures(mark)

    # -- reading ------------------------------------------------------------------------

    def read_document(
        self, *, path: str, text: str, format: str, meta: Mapping[str, Any]
    ) -> Document | None:
        doc: Document | None = self.pm.hook.claimcheck_read_document(
            path=path, text=text, format=format, meta=meta
        )
        return doc

    def publication_date(self, *, document: Document) -> dt.date | None:
        d: dt.date | None = self.pm.hook.claimcheck_publication_date(document=document)
        return d

    # -- segmenting and extracting ---------------------------------------------------------

    def segment(self, *, document: Document) -> Sequence[Segment]:
        segs: Sequence[Segment] | None = self.pm.hook.claimcheck_segment(document=document)
        return segs or ()

    def extract(
        self, *, document: Document, segments: Sequence[Segment], config: Config
    ) -> list[tuple[str, RawMention]]:
        return self._collect(
            "claimcheck_extract", document=document, segments=segments, config=config
        )

    def normalize(
        self, *, document: Document, mentions: Sequence[Mention], config: Config
    ) -> list[Mention]:
        return [
            m
            for _, m in self._collect(
                "claimcheck_normalize", document=document, mentions=mentions, config=config
            )
        ]

    # -- framing and aligning ------------------------------------------------------------

    def frame_claims(
        self, *, document: Document, segments: Sequence[Segment], mentions: Sequence[Mention]
    ) -> list[Claim]:
        return [
            c
            for _, c in self._collect(
                "claimcheck_frame_claims",
                document=document,
                segments=segments,
                mentions=mentions,
                attributes=self.attributes(),
            )
        ]

    def attributes(self) -> tuple[AttributeSpec, ...]:
        """Every registered attribute record, the core's first (see ``claimcheck_attributes``)."""
        if self._attributes is None:
            found = self._collect("claimcheck_attributes")
            found.sort(key=lambda item: item[0] != "framing")
            self._attributes = tuple(spec for _plugin, spec in found)
        return self._attributes

    def align(self, *, claims: Sequence[Claim], config: Config) -> Sequence[Alignment]:
        res: Sequence[Alignment] | None = self.pm.hook.claimcheck_align(
            claims=claims, config=config
        )
        return res or ()

    # -- checking -----------------------------------------------------------------------

    def rules(self) -> dict[str, RuleSpec]:
        """Every declared rule by code, sorted, each tagged with its plugin's name."""
        if self._rules is None:
            rules = self._declared("claimcheck_rules", "rule", lambda spec: spec.code)
            self._rules = dict(sorted(rules.items()))
        return self._rules

    def _declared(self, hook: str, what: str, key: Callable[[Any], str]) -> dict[str, Any]:
        """The records a registration hook declares, by key; a key declared twice is a
        :class:`PluginError` naming both plugins. Failures belong to every run."""
        mark = len(self.supervisor.failures)
        found: dict[str, Any] = {}
        owners: dict[str, str] = {}
        for plugin, spec in self._collect(hook):
            k = key(spec)
            if k in found:
                raise PluginError(f"{what} {k!r} is declared by both {owners[k]!r} and {plugin!r}")
            found[k] = spec
            owners[k] = plugin
        self._keep_setup_failures(mark)
        return found

    def findings(
        self,
        *,
        findings: Sequence[Finding],
        documents: Mapping[str, Document],
        config: Config,
        segments: Mapping[str, Sequence[Segment]] | None = None,
        notes: list[RunNote] | None = None,
    ) -> list[Finding]:
        """Chain the ``claimcheck_findings`` implementations: each edits the list the previous
        one left (returning a sequence replaces it)."""
        current = list(findings)
        self.supervisor.set_chain(current)
        try:
            self.pm.hook.claimcheck_findings(
                findings=current,
                documents=documents,
                segments=segments if segments is not None else {},
                config=config,
                notes=notes if notes is not None else [],
            )
        finally:
            self.supervisor.set_chain(None)
        return current

    # -- reporting ------------------------------------------------------------------------

    def formatters(self) -> dict[str, FormatterSpec]:
        """Every declared output format by name."""
        if self._formatters is None:
            self._formatters = self._declared(
                "claimcheck_formatters", "output format", lambda spec: spec.name
            )
        return self._formatters

    def _keep_setup_failures(self, mark: int) -> None:
        """Failures while configuring or declaring rules and formats (those after ``mark``)
        belong to every run, not only the current one."""
        self.setup_failures.extend(self.supervisor.failures[mark:])
        del self.supervisor.failures[mark:]


#: What pluggy takes a hook implementation from; anything else in a module is passed over.
_HOOKABLE = (FunctionType, staticmethod, classmethod, MethodType)
_ABSENT = object()


class _GuardedPluginManager(pluggy.PluginManager):
    """A pluggy manager that guards every plugin registered with it, however registered."""

    def __init__(self, supervisor: Supervisor) -> None:
        super().__init__(PROJECT)
        self.supervisor = supervisor

    def register(self, plugin: object, name: str | None = None) -> str | None:
        registered = super().register(plugin, name)
        if registered is not None:
            guard_impls(self, plugin, registered, self.supervisor)
        return registered

    def parse_hookimpl_opts(self, plugin: object, name: str) -> HookimplOpts | None:
        # A module registered as a plugin is searched name by name, each looked up the way
        # pluggy does it (statically, through the type's attributes): for the core's larger
        # modules, most of registering them. What its own namespace holds that is no function,
        # or a function without the marker, is no hook implementation, so it is passed over
        # at once.
        if isinstance(plugin, ModuleType) and not hasattr(ModuleType, name):
            value = plugin.__dict__.get(name, _ABSENT)
            if value is not _ABSENT and not isinstance(value, _HOOKABLE):
                return None
            if isinstance(value, FunctionType) and self.project_name + "_impl" not in vars(value):
                return None
        return super().parse_hookimpl_opts(plugin, name)


def _builtin(target: str) -> object:
    """A core plugin from ``"module"`` or ``"module:Class"`` (instantiated without arguments)."""
    modname, _, attr = target.partition(":")
    obj: Any = importlib.import_module(modname)
    return getattr(obj, attr)() if attr else obj
