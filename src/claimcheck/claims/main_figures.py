"""Each story's main figure per attribute.

A report of an incident gives its main event one figure per attribute: the children on the
bus, the prison term, how long trains were halted, the dead. Two reports of one story that
each give one such figure state the same fact, however differently their sentences run and
whichever paragraph tells it ("The bus was carrying 36 pupils" in one, "All 31 children on
board" in another). A document's main figure of an attribute is:

* the headline's figure, and
* the figure its body gives the main event, when the body gives just one value of that
  attribute (a body that gives two, "3 officers were hurt" and "5 protesters were hurt",
  has no single figure to compare).

Only figures of the main event qualify: not a part or a total, not a figure placed elsewhere
("in neighbouring Vell") or dated days away from the event, not an order of magnitude
("dozens"), and for a toll or other growing count only one read from its own construction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claimcheck.claims.attributes import attribute_record
from claimcheck.claims.events import SAME_EVENT_DAYS, day_gap
from claimcheck.model import Claim

__all__ = ["MainFigures", "figure_key", "main_figure", "main_figures"]

#: Attributes that are not a figure of one event's participants or things.
_NOT_MAIN = frozenset({"aged", "magnitude"})
_VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens", "several"})
_PERIODS = frozenset({"month", "season", "quarter", "year", "decade", "century"})

#: (document, mention start, mention end) of each main figure.
MainFigures = frozenset[tuple[str, int, int]]


def figure_key(c: Claim) -> tuple[str, int, int]:
    return (c.doc, c.mention.start, c.mention.end)


def main_figures(claims: Sequence[Claim]) -> MainFigures:
    """The claims that are their document's main figure of their attribute (see the module
    docstring), by :func:`figure_key`."""
    heads: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    bodies: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if main_figure(c):
            assert c.attribute is not None
            (heads if c.headline else bodies)[(c.doc, c.attribute)].append(c)
    out: set[tuple[str, int, int]] = set()
    for group in heads.values():
        if len({_value(c) for c in group}) == 1:
            out.update(figure_key(c) for c in group)
    for group in bodies.values():
        if len({_value(c) for c in group}) == 1:
            out.update(figure_key(c) for c in group)
    return frozenset(out)


def _value(c: Claim) -> object:
    v = c.mention.value
    return (getattr(v, "value", None), getattr(v, "unit", None))


def main_figure(c: Claim) -> bool:
    """Whether a claim may be its story's main figure of its attribute: a figure of the main
    event that says what it counts or measures (whether it is the one depends on the
    document's other figures: see :func:`main_figures`)."""
    if c.kind not in ("number", "quantity") or not c.attribute or c.attribute in _NOT_MAIN:
        return False
    record = attribute_record(c.attribute)
    if record is None or record.kind == "property":
        return False
    ev = c.event_ref
    if ev is None or not ev.main or c.scope != "unknown":
        return False
    if c.grows and not c.bound:
        return False  # a toll's figure only from its own construction
    if _VAGUE & set(c.mention.text.lower().split()):
        return False
    if c.near_place and c.near_place not in ev.places:
        return False  # "In neighbouring Vell, 10 died": another place's
    if c.time is None:
        return True
    dated = ev.date is not None and ev.date.resolved and c.time.resolved
    if c.time.granularity in _PERIODS:
        # a figure of a month or a year, not of the day's event, unless the period is the
        # one the event falls in ("on the first day of summer camp")
        return dated and day_gap(ev.date, c.time) == 0
    return not dated or day_gap(ev.date, c.time) <= SAME_EVENT_DAYS
