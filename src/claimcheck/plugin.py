"""Markers for writing claimcheck plugins.

A plugin is any module or object with functions marked ``@hookimpl`` whose names match a hook
in :mod:`claimcheck.hookspecs`. Register it through the ``claimcheck`` entry-point group of your
distribution::

    [project.entry-points.claimcheck]
    myrules = "myrules"

A rule plugin implements :func:`~claimcheck.hookspecs.claimcheck_rules` and returns
:class:`~claimcheck.rulekit.RuleSpec` records; each rule's ``check`` receives a
:class:`~claimcheck.rulekit.RuleContext` and yields findings built with ``ctx.report(...)``.
See ``plugins/`` in the source tree for worked examples.
"""

from __future__ import annotations

import pluggy

__all__ = ["PROJECT", "hookimpl", "hookspec"]

PROJECT = "claimcheck"

#: Marks a hook specification (used by :mod:`claimcheck.hookspecs` only).
hookspec = pluggy.HookspecMarker(PROJECT)

#: Marks a hook implementation in a plugin.
hookimpl = pluggy.HookimplMarker(PROJECT)
