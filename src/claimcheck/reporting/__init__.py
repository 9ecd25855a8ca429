"""Output formats: records declared through the ``claimcheck_formatters`` hook."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["FormatOptions", "FormatterSpec"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatOptions:
    """How to render: colour (terminal only), the command (check or extract), extras.

    ``quiet`` asks for the findings alone, without summary lines.
    """

    color: bool = False
    quiet: bool = False
    command: str = "check"
    version: str = ""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatterSpec:
    """An output format: a name for ``--format``, a description and a render function."""

    name: str
    description: str
    render: Callable[[RunResult, FormatOptions], str]
    #: Formats that apply to ``extract`` as well as ``check``.
    commands: tuple[str, ...] = ("check",)
