"""The plugin manager: one typed method per hook, so every call site is typed and lives here.

Load order: the core's own plugins (:data:`claimcheck.manager.builtin.DEFAULT_PLUGINS`), then the
``claimcheck`` entry points (rule plugins, in ``plugins/`` and from third parties), minus the
ones configuration disables. Duplicate rule codes or formatter names are errors that name both
providers.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pluggy

from claimcheck import hookspecs
from claimcheck.manager.entrypoints import entry_points
from claimcheck.plugin import PROJECT

if TYPE_CHECKING:
    from claimcheck.claims.attributes import AttributeSpec
    from claimcheck.config import Config
    from claimcheck.model import Alignment, Claim, Document, Finding, Mention, RawMention, Segment
    from claimcheck.reporting import FormatterSpec
    from claimcheck.rulekit.rules import RuleSpec

__all__ = ["ClaimcheckPluginManager", "PluginError", "PluginFailure"]


class PluginError(Exception):
    """A plugin could not be loaded or declares something invalid (exit code 2)."""


class PluginFailure(Exception):
    """A plugin raised while running a hook; carries the plugin's name."""

    def __init__(self, plugin: str, hook: str, exc: BaseException) -> None:
        super().__init__(f"plugin {plugin!r} failed in {hook}: {type(exc).__name__}: {exc}")
        self.plugin = plugin
        self.hook = hook
        self.exc = exc


class ClaimcheckPluginManager:
    """A typed facade over :class:`pluggy.PluginManager`."""

    def __init__(self, *, disabled: Iterable[str] = (), load_entrypoints: bool = True) -> None:
        self.pm = pluggy.PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.disabled = frozenset(disabled)
        #: entry-point name -> distribution name, for messages.
        self.distributions: dict[str, str] = {}
        self.load_errors: list[str] = []
        #: Plugin failures recorded since the manager was created (or last cleared).
        self.failures: list[PluginFailure] = []
        from claimcheck.manager.builtin import DEFAULT_PLUGINS

        for name, target in DEFAULT_PLUGINS.items():
            if name in self.disabled:
                continue
            modname, _, attr = target.partition(":")
            obj: Any = importlib.import_module(modname)
            if attr:
                obj = getattr(obj, attr)()
            self.pm.register(obj, name=name)
        if load_entrypoints:
            self._load_entrypoints()
        self.pm.check_pending()
        self._rules: dict[str, RuleSpec] | None = None
        self._attributes: tuple[AttributeSpec, ...] | None = None
        self._formatters: dict[str, FormatterSpec] | None = None

    def _load_entrypoints(self) -> None:
        for ep in sorted(entry_points(PROJECT), key=lambda e: e.name):
            if ep.name in self.disabled or self.pm.has_plugin(ep.name):
                continue
            if self.pm.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken third-party plugin must not crash the run
                self.load_errors.append(f"plugin {ep.name!r} could not be loaded: {exc}")
                continue
            self.pm.register(plugin, name=ep.name)
            if ep.dist is not None:
                self.distributions[ep.name] = ep.dist

    # -- introspection -------------------------------------------------------------------

    def plugin_names(self) -> list[str]:
        return sorted(n for n, _ in self.pm.list_name_plugin() if n is not None)

    def _impls(self, hook: str) -> list[Any]:
        """Implementations of ``hook`` in call order (pluggy's LIFO with tryfirst/trylast)."""
        return list(reversed(getattr(self.pm.hook, hook).get_hookimpls()))

    def _call(self, hook: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call every implementation separately; a failure is recorded and names its plugin."""
        results: list[tuple[str, Any]] = []
        for impl in self._impls(hook):
            try:
                res = impl.function(**{k: kwargs[k] for k in impl.argnames})
                if res is not None and not isinstance(res, (Mapping, str)):
                    res = list(res)
            except Exception as exc:
                self.failures.append(PluginFailure(impl.plugin_name, hook, exc))
                continue
            if res is not None:
                results.append((impl.plugin_name, res))
        return results

    def _first(self, hook: str, **kwargs: Any) -> Any:
        """The first non-``None`` result; a failing implementation is recorded and skipped."""
        for impl in self._impls(hook):
            try:
                res = impl.function(**{k: kwargs[k] for k in impl.argnames})
            except Exception as exc:
                if _is_input_error(exc):
                    raise
                self.failures.append(PluginFailure(impl.plugin_name, hook, exc))
                continue
            if res is not None:
                return res
        return None

    # -- configuration --------------------------------------------------------------------

    def configure(self, config: Config) -> None:
        self._call("claimcheck_configure", config=config)

    # -- reading ------------------------------------------------------------------------

    def read_document(
        self, *, path: str, text: str, format: str, meta: Mapping[str, Any]
    ) -> Document | None:
        doc: Document | None = self._first(
            "claimcheck_read_document", path=path, text=text, format=format, meta=meta
        )
        return doc

    def publication_date(self, *, document: Document) -> dt.date | None:
        d: dt.date | None = self._first("claimcheck_publication_date", document=document)
        return d

    # -- segmenting and extracting ---------------------------------------------------------

    def segment(self, *, document: Document) -> Sequence[Segment]:
        segs: Sequence[Segment] | None = self._first("claimcheck_segment", document=document)
        return segs or ()

    def extract(
        self, *, document: Document, segments: Sequence[Segment]
    ) -> list[tuple[str, RawMention]]:
        out: list[tuple[str, RawMention]] = []
        for plugin, res in self._call("claimcheck_extract", document=document, segments=segments):
            out.extend((plugin, m) for m in res)
        return out

    def normalize(
        self, *, document: Document, mentions: Sequence[Mention], config: Config
    ) -> list[Mention]:
        out: list[Mention] = []
        for _plugin, res in self._call(
            "claimcheck_normalize", document=document, mentions=mentions, config=config
        ):
            out.extend(res)
        return out

    # -- framing and aligning ------------------------------------------------------------

    def frame_claims(
        self, *, document: Document, segments: Sequence[Segment], mentions: Sequence[Mention]
    ) -> list[Claim]:
        out: list[Claim] = []
        for _plugin, res in self._call(
            "claimcheck_frame_claims",
            document=document,
            segments=segments,
            mentions=mentions,
            attributes=self.attributes(),
        ):
            out.extend(res)
        return out

    def attributes(self) -> tuple[AttributeSpec, ...]:
        """Every registered attribute record, the core's first (see ``claimcheck_attributes``)."""
        if self._attributes is None:
            found = self._call("claimcheck_attributes")
            found.sort(key=lambda item: item[0] != "framing")
            self._attributes = tuple(spec for _plugin, res in found for spec in res)
        return self._attributes

    def align(self, *, claims: Sequence[Claim], config: Config) -> Sequence[Alignment]:
        res: Sequence[Alignment] | None = self._first(
            "claimcheck_align", claims=claims, config=config
        )
        return res or ()

    # -- checking -----------------------------------------------------------------------

    def rules(self) -> dict[str, RuleSpec]:
        """Every declared rule by code, each tagged with its plugin's name."""
        if self._rules is None:
            rules: dict[str, RuleSpec] = {}
            for plugin, res in self._call("claimcheck_rules"):
                for spec in res:
                    spec = replace(spec, plugin=plugin)
                    if spec.code in rules:
                        raise PluginError(
                            f"rule {spec.code} is declared by both {rules[spec.code].plugin!r} "
                            f"and {spec.plugin!r}"
                        )
                    rules[spec.code] = spec
            self._rules = dict(sorted(rules.items()))
        return self._rules

    def findings(
        self, *, findings: Sequence[Finding], documents: Mapping[str, Document], config: Config
    ) -> list[Finding]:
        current = list(findings)
        for impl in self._impls("claimcheck_findings"):
            kwargs = {"findings": current, "documents": documents, "config": config}
            try:
                res = impl.function(**{k: kwargs[k] for k in impl.argnames})
            except Exception as exc:
                self.failures.append(PluginFailure(impl.plugin_name, "claimcheck_findings", exc))
                continue
            if res is not None:
                current = list(res)
        return current

    # -- reporting ------------------------------------------------------------------------

    def formatters(self) -> dict[str, FormatterSpec]:
        if self._formatters is None:
            fmts: dict[str, FormatterSpec] = {}
            owners: dict[str, str] = {}
            for plugin, res in self._call("claimcheck_formatters"):
                for spec in res:
                    if spec.name in fmts:
                        raise PluginError(
                            f"output format {spec.name!r} is declared by both "
                            f"{owners[spec.name]!r} and {plugin!r}"
                        )
                    fmts[spec.name] = spec
                    owners[spec.name] = plugin
            self._formatters = fmts
        return self._formatters


def _is_input_error(exc: BaseException) -> bool:
    from claimcheck.reading import DocumentError

    return isinstance(exc, DocumentError)
