"""Claim alignment: which statements are about the same fact?

Never an all-pairs scan. Each claim gets blocking keys (kind and attribute combined with each of
its anchors: places, actors, the month of its date, its event trigger, the entity an amount
belongs to); candidate pairs are the claims that share a key, and an anchor shared by too many
claims (a country named everywhere) is not used for blocking. Each candidate is then scored:

* attribute and counted group must agree (a count of soldiers is not a count of members; a
  count of people may include soldiers, so that pair is a part-whole relation, not a rival);
* shared places, actors and dates add evidence, weighted by how rare they are in the run;
  two statements placed in different specific places or on disjoint dates are different events;
* shared event triggers and content words add a little.

Strong alignments (named anchors in common) may produce errors; weak ones only warnings.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from claimcheck.claims.lexicon import EVENT_PROPERTIES, GENERIC_EVENTS, MONEY_VALUE_ATTRIBUTES
from claimcheck.config import Config
from claimcheck.model import Alignment, Claim, DateValue
from claimcheck.plugin import hookimpl

__all__ = ["align_claims", "claimcheck_align"]

#: A blocking key shared by more claims than this is too common to block on.
MAX_BUCKET = 400
STRONG = 3.5
WEAK = 2.5


def _date_key(v: DateValue | None) -> str | None:
    if v is None or v.start is None or v.end is None:
        return None
    if (v.end - v.start).days > 62:
        return None
    return f"{v.start.year}-{v.start.month:02d}"


def _keys(c: Claim, rare: Sequence[str]) -> Iterator[tuple[str, ...]]:
    kind = c.kind
    if kind == "money" and c.subject_id:
        yield ("money", "subject", c.subject_id)
    for w in rare:
        yield (kind, "w", w)
    attr = c.attribute
    if kind == "date":
        if c.event:
            for ev in {c.event, *c.attrs.get("triggers", ())}:
                for p in c.place:
                    yield ("date", ev, "p", p)
                for a in c.actors:
                    yield ("date", ev, "a", a)
        return
    if attr is None and c.subject is None:
        return
    if kind == "money":
        # money attributes vary with the verb ("bought for", "a deal worth"): block on the
        # rate only ("per unit", "per period") and let the scorer judge the rest
        attr = attr.partition(" per ")[2] if attr else ""
    base = (kind, attr or "-", c.subject or "-")
    for p in c.place:
        yield (*base, "p", p)
    for a in c.actors:
        yield (*base, "a", a)
    dk = _date_key(c.time)
    if dk:
        yield (*base, "t", dk)
    if kind in ("money", "percent", "quantity") and not (c.place or c.actors or c.subject_id):
        # amounts of unnamed things ("paid $3 million for the painting"): block on their words
        for w in c.attrs.get("content", ()):
            yield (kind, attr or "-", "w", w)


def _overlap(a: DateValue, b: DateValue) -> bool:
    assert a.start and a.end and b.start and b.end
    return a.start <= b.end and b.start <= a.end


def _similarity(a: Claim, b: Claim) -> float:
    ca, cb = a.attrs.get("content", frozenset()), b.attrs.get("content", frozenset())
    if len(ca) < 3 or len(cb) < 3:
        return 0.0
    return len(ca & cb) / math.sqrt(len(ca) * len(cb))


def _context_match(a: Claim, b: Claim) -> float:
    """How much of the two words either side of the figures agree (0 to 1)."""
    la, ra = a.attrs.get("context", ((), ()))
    lb, rb = b.attrs.get("context", ((), ()))
    n = max(len(la), len(lb)) + max(len(ra), len(rb))
    if n == 0:
        return 0.0
    same = sum(x == y for x, y in zip(reversed(la), reversed(lb))) + sum(
        x == y for x, y in zip(ra, rb)
    )
    return same / n


class _Scorer:
    def __init__(self, claims: Sequence[Claim]) -> None:
        self.n = max(1, len({c.doc for c in claims}))
        df: Counter[str] = Counter()
        for doc_claims in _by_doc(claims).values():
            ids: set[str] = set()
            for c in doc_claims:
                ids.update(c.place)
                ids.update(c.actors)
            df.update(ids)
        self.df = df
        self.countries = frozenset(
            p
            for c in claims
            for p in (*c.place, c.attrs.get("near_place"))
            if p in c.attrs.get("countries", ())
        )

    def weight(self, anchor: str) -> float:
        """Rare anchors weigh more: 2.0 for one named in few documents, less for common ones."""
        frac = self.df.get(anchor, 1) / self.n
        if self.n <= 2:
            return 2.0
        return 2.0 if frac < 0.5 else (1.0 if frac < 0.8 else 0.5)

    def specific(self, anchor: str) -> bool:
        """Whether naming this anchor pins down an event: a city or a group does, a country
        named throughout the run does not."""
        return anchor not in self.countries

    def score(self, a: Claim, b: Claim) -> tuple[float, list[str], bool, bool, float] | None:
        """(score, evidence, has a named anchor in common, near-identical statement), or
        ``None`` when the two cannot be the same fact."""
        if a.kind != b.kind:
            return None
        if a.doc == b.doc and a.mention.sentence == b.mention.sentence:
            return None
        if (a.scope == "background") != (b.scope == "background"):
            return None
        background = a.scope == "background"
        na, nb = a.attrs.get("near_actor"), b.attrs.get("near_actor")
        if a.attribute in EVENT_PROPERTIES and a.attribute == b.attribute and a.doc != b.doc:
            na = nb = None  # a magnitude belongs to the event, whoever is named beside it
        if na and nb and na != nb:
            return None  # "X scored 20, Y 15": figures of different people
        npa, npb = a.attrs.get("near_place"), b.attrs.get("near_place")
        if (
            npa
            and npb
            and npa != npb
            and a.kind != "date"
            and self.specific(npa) == self.specific(npb)
        ):
            # "2,921 died in Turkey, 1,444 in Syria": figures of different places (a city and
            # the country around it may well be one place)
            return None
        sim = _similarity(a, b)
        ctx = _context_match(a, b)
        if (a.kind == "number" and a.scope != b.scope and "unknown" not in (a.scope, b.scope)) or (
            a.kind == "number"
            and ("partial" in (a.scope, b.scope) or "total" in (a.scope, b.scope))
        ):
            # a part ("two of the victims", "18 other people") or a total over several
            # events compares only with the same part or total in nearly the same words
            if not (a.scope == b.scope and sim >= 0.6 and ctx >= 0.5):
                return None
        if (
            sim >= 0.8
            and ctx == 0.0
            and a.attrs.get("context") != ((), ())
            and not (a.subject_id and a.subject_id == b.subject_id)
        ):
            return None  # the same statement, but the figures fill different slots in it
        lexical = sim >= 0.6 and ctx >= 0.5
        if background and not lexical:
            return None  # earlier events recalled in passing are compared only word for word
        if (a.attrs.get("conversion") or b.attrs.get("conversion")) and not (
            lexical and ctx >= 0.75
        ):
            return None  # outlets convert at their own rates: compare conversions word for word
        ev: list[str] = []
        s = 0.0
        anchored = False
        if a.kind == "money":
            if a.subject_id and b.subject_id:
                if a.subject_id != b.subject_id:
                    return None
                s += 3.0
                anchored = True
                ev.append(f"both amounts are given for {a.subject}")
            base_a, _, per_a = (a.attribute or "amount").partition(" per ")
            base_b, _, per_b = (b.attribute or "amount").partition(" per ")
            if per_a != per_b:
                return None  # "$62 a share" is not the price of the deal
            if not (
                base_a == base_b
                or "amount" in (base_a, base_b)
                or {base_a, base_b} <= MONEY_VALUE_ATTRIBUTES
            ):
                return None  # a loan is not a fine
            if a.attribute == b.attribute and a.attribute != "amount":
                s += 1.0
                ev.append(f"both are a {a.attribute}")
        elif a.kind == "date":
            same_event = bool(a.event and b.event) and (
                a.event == b.event
                or a.event in b.attrs.get("triggers", ())
                or b.event in a.attrs.get("triggers", ())
            )
            if not same_event and not lexical:
                return None
            if same_event:
                s += 1.0
                ev.append(f"both date a {a.event}")
            if not lexical:
                spec_a = {p for p in a.place if self.specific(p)} | set(a.actors)
                spec_b = {p for p in b.place if self.specific(p)} | set(b.actors)
                if not spec_a & spec_b:
                    return None
        else:
            if a.attribute and b.attribute and a.attribute != b.attribute:
                return None
            if a.subject and b.subject and a.subject != b.subject:
                return None
            if not (a.attribute and b.attribute) and not lexical:
                # a figure with no stated attribute ("20 points", "three boats") is only
                # comparable in nearly the same statement: one player has points in every game
                return None
            if (
                a.kind == "number"
                and a.event
                and b.event
                and a.event != b.event
                and not ({a.event, b.event} & GENERIC_EVENTS)
                and not lexical
            ):
                return None  # the aftershock's magnitude is not the earthquake's
            if a.attribute and a.attribute == b.attribute:
                ev.append(
                    f"both count {a.attribute}"
                    if a.kind == "number"
                    else f"both give {a.attribute}"
                )
                s += 1.0
            if a.subject and a.subject == b.subject:
                s += 1.5
                ev.append(f"of {a.subject}")
        # places
        pa, pb = set(a.place), set(b.place)
        shared_p = pa & pb
        if pa and pb and not shared_p:
            if any(self.specific(p) for p in pa) and any(self.specific(p) for p in pb):
                return None
        if shared_p:
            w = max(self.weight(p) for p in shared_p)
            s += w * (0.6 if a.attrs.get("inherited") or b.attrs.get("inherited") else 1.0)
            anchored = anchored or any(self.specific(p) for p in shared_p)
            ev.append("same place: " + ", ".join(sorted(_name(a, b, p) for p in shared_p)))
        # actors (and a name one report types as a place and another leaves untyped)
        shared_a = (set(a.actors) & set(b.actors)) | (
            (set(a.place) & set(b.actors)) | (set(a.actors) & set(b.place))
        ) - shared_p
        if shared_a:
            w = max(self.weight(x) for x in shared_a)
            s += 0.8 * w * (0.6 if a.attrs.get("inherited") or b.attrs.get("inherited") else 1.0)
            anchored = anchored or any(self.specific(x) for x in shared_a)
            ev.append("same actors: " + ", ".join(sorted(_name(a, b, x) for x in shared_a)))
        # time
        if (
            a.kind != "date"
            and a.time is not None
            and b.time is not None
            and not a.time.resolved
            and not b.time.resolved
            and a.time.timex
            and a.time.timex == b.time.timex
            and "-" in a.time.timex[5:]
        ):
            # "November 9" in two undated reports: the same day in all likelihood
            s += 1.0
            anchored = True
            ev.append(f"same date: {a.time.describe()}")
        if (
            a.kind != "date"
            and a.time is not None
            and b.time is not None
            and a.time.resolved
            and b.time.resolved
        ):
            if not _overlap(a.time, b.time):
                return None
            assert a.time.start and a.time.end and b.time.start and b.time.end
            if max((a.time.end - a.time.start).days, (b.time.end - b.time.start).days) <= 31:
                s += 1.5
                anchored = True
                ev.append(f"same time: {a.time.describe()}")
        # event triggers and words
        ta, tb = set(a.attrs.get("triggers", ())), set(b.attrs.get("triggers", ()))
        if ta & tb:
            s += 1.0
            ev.append("same kind of event: " + ", ".join(sorted(ta & tb)))
            if a.attribute in EVENT_PROPERTIES and a.event and a.event == b.event:
                anchored = True  # one earthquake has one magnitude, whoever reports it
        elif ta and tb and a.kind in ("number", "date") and not lexical:
            s -= 1.0
        s += 2.0 * sim
        if lexical:
            ev.append(f"nearly the same sentence ({sim:.0%} of the words)")
        elif sim >= 0.2:
            ca, cb = a.attrs.get("content", frozenset()), b.attrs.get("content", frozenset())
            ev.append("shared words: " + ", ".join(sorted(ca & cb)[:5]))
        return s, ev, anchored, lexical, sim


def _name(a: Claim, b: Claim, ident: str) -> str:
    for c in (a, b):
        names = c.attrs.get("names")
        if names and ident in names:
            return str(names[ident])
    return ident.split(":", 1)[-1].replace("-", " ").title()


def _by_doc(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        out[c.doc].append(c)
    return out


def _rare_words(claims: Sequence[Claim], per_claim: int = 3) -> list[list[str]]:
    """For each claim, its rarest content words that some other claim shares."""
    df: Counter[str] = Counter()
    for c in claims:
        df.update(c.attrs.get("content", ()))
    out = []
    for c in claims:
        words = [w for w in c.attrs.get("content", ()) if 2 <= df[w] <= MAX_BUCKET]
        words.sort(key=lambda w: (df[w], w))
        out.append(words[:per_claim])
    return out


def align_claims(claims: Sequence[Claim], config: Config | None = None) -> list[Alignment]:
    """Aligned pairs of claims, across documents and within one, best evidence first."""
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (c, rare) in enumerate(zip(claims, _rare_words(claims))):
        for k in set(_keys(c, rare)):
            buckets[k].append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                candidates.add((i, j) if i < j else (j, i))
    scorer = _Scorer(claims)
    out: list[Alignment] = []
    for i, j in sorted(candidates):
        a, b = claims[i], claims[j]
        res = scorer.score(a, b)
        if res is None:
            continue
        s, ev, anchored, lexical, sim = res
        if lexical or (s >= STRONG and anchored):
            strength = "strong"
        elif s >= WEAK:
            strength = "weak"
        else:
            continue
        out.append(
            Alignment(
                a=a,
                b=b,
                score=round(s, 3),
                evidence=tuple(ev),
                strength=strength,  # type: ignore[arg-type]
                similarity=round(sim, 3),
                lexical=lexical,
            )
        )
    return out


@hookimpl(trylast=True)
def claimcheck_align(claims: Sequence[Claim], config: Config) -> Iterable[Alignment]:
    return align_claims(claims, config)


def blocking_keys(claim: Claim) -> Iterator[tuple[str, ...]]:
    """Every key under which ``claim`` may be paired, whatever else is in the run.

    A run blocks on a claim's anchors and on those of its content words that are rare in the
    run; these are the anchors and all its content words, so two claims that the alignment
    could pair in any run share at least one of them (the claim index retrieves by them).
    """
    return _keys(claim, sorted(claim.attrs.get("content", ())))
