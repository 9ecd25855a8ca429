"""CC401 title-conflict, CC402 role-holder-conflict, CC403 name-variant, CC404 name-slip."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import regex

from claimcheck.model import Entity, Finding, Mention
from claimcheck.rulekit import (
    RuleContext,
    RuleSpec,
    Statement,
    distinct_spellings,
    doc_label,
    group_conflicts,
    load_doc,
    published_order,
    spelling_variants,
)
from claimcheck_names.roles import Role, incompatible, parse_role, service
from claimcheck_names.slips import check_name_slip

__all__ = ["RULES"]


def _entity(m: Mention) -> Entity:
    assert isinstance(m.value, Entity)
    return m.value


def _same_person(ctx: RuleContext) -> dict[tuple[str, str, int, int], str]:
    """Entity mention key -> a key shared by every mention of one person across the reports
    ("President Clinton" in one, "Bill Clinton" in another)."""
    out: dict[tuple[str, str, int, int], str] = {}
    for i, group in enumerate(ctx.participants.groups()):
        for p in group:
            for m in p.mentions:
                out[m.key] = f"participant:{i}"
    return out


def _people_with_roles(ctx: RuleContext) -> dict[str, list[tuple[Mention, Role]]]:
    out: dict[str, list[tuple[Mention, Role]]] = defaultdict(list)
    same = _same_person(ctx)
    for ps in ctx.participants.people.values():
        for m in (m for p in ps for m in p.mentions):
            if m.kind != "entity":
                continue
            v = _entity(m)
            if v.type != "person" or not v.role:
                continue
            attrs = m.attrs or {}
            qual = attrs.get("role_org") or attrs.get("role_qualifier") or attrs.get("country")
            role = parse_role(v.role, str(qual) if qual else None)
            if attrs.get("role_modifier"):
                role.temporal = True  # "former", "acting", "then": not a claim about now
            role.context = _before_title(ctx, m)
            out[same.get(m.key, v.id)].append((m, role))
    return out


def _before_title(ctx: RuleContext, m: Mention) -> str:
    """The capitalised words written right before a person's title, and the body named after
    the name ("of the Eastport Fire Department"), if any."""
    span = (m.attrs or {}).get("role_span")
    if not isinstance(span, (tuple, list)) or len(span) != 2:
        return ""
    plain = ctx.documents[m.doc].plain
    start = int(span[0])
    found = _CAPITALISED_BEFORE.search(plain, max(0, start - 30), start)
    after = _BODY_AFTER.match(plain, m.plain_end, m.plain_end + 60)
    words = [found.group(1) if found else "", after.group("body") if after else ""]
    return " ".join(" ".join(words).split())


#: Capitalised words written right before a title, part of its name ("Cal Fire Division Chief").
_CAPITALISED_BEFORE = regex.compile(r"((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,2})\Z")
#: The body a titled person serves, named after the name: "Chief Alvarez of the Eastport Fire
#: Department", "Captain Ruiz of the state police".
_BODY_AFTER = regex.compile(
    r"\G\s+of\s+(?:the\s+)?(?P<body>(?:[\p{L}'\u2019-]+\s+){0,3}?"
    r"(?i:fire|police|sheriff)(?:['\u2019]s)?(?:\s+(?i:department|service|office|force))?)\b"
)


def _roles_conflict(a: Role, b: Role) -> bool:
    if a.temporal or b.temporal:
        return False
    if a.office == b.office:
        # one office, two organisations: "foreign ministry" vs "defence ministry" spokesperson
        return (
            a.office == "spokesperson"
            and bool(a.qualifier)
            and bool(b.qualifier)
            and _org_key(a.qualifier) != _org_key(b.qualifier)
        )
    sa = service(a.office, f"{a.qualifier} {a.context}")
    sb = service(b.office, f"{b.qualifier} {b.context}")
    if sa and sb and sa != sb:
        return True  # "Police Captain" and "Battalion Chief": two services, one person
    if incompatible(a.office, b.office):
        qa, qb = _org_key(a.qualifier), _org_key(b.qualifier)
        return not qa or not qb or qa == qb
    return (
        a.exclusive
        and b.exclusive
        and (not a.qualifier or not b.qualifier or a.qualifier == b.qualifier)
    )


def _org_key(q: str) -> str:
    words = [
        w
        for w in q.replace("'s", "").split()
        if w
        not in (
            "the",
            "of",
            "affairs",
            "ministry",
            "chinese",
            "pakistani",
            "us",
            "u.s.",
            "american",
            "british",
            "indian",
            # a generic head names no organisation: "company CFO", "the team's coach"
            "company",
            "firm",
            "group",
            "corporation",
            "team",
            "club",
        )
    ]
    return " ".join(words)


def _titled(ctx: RuleContext, m: Mention, note: str) -> Statement:
    """A person's mention with the title written before it ("Prime Minister Shehbaz Sharif"):
    the title is what the finding is about."""
    span = (m.attrs or {}).get("role_span")
    start, end = m.start, m.end
    if isinstance(span, (tuple, list)) and len(span) == 2:
        rs, re_ = ctx.documents[m.doc].file_span(int(span[0]), int(span[1]))
        start, end = min(start, rs), max(end, re_)  # "Laura Brandt, the chief executive"
    return Statement(doc=m.doc, start=start, end=end, value=m.value, message=note)


def _written_title(m: Mention, role: Role) -> str:
    """The title as the report writes it, with its organisation: "foreign ministry
    spokesperson", "Ministry of Foreign Affairs spokesperson", "Prime Minister"."""
    attrs = m.attrs or {}
    parts = [
        str(attrs.get("role_org_surface") or ""),
        str(attrs.get("role_surface") or role.text),
    ]
    return " ".join(" ".join(p.split()) for p in parts if p)


#: Titles that say what someone does rather than which post they hold, or that many holders
#: share: one person may be called by any of them beside a post.
_GENERIC_OFFICES = frozenset(
    {
        "leader",
        "official",
        "director",
        "chair",
        "founder",
        "owner",
        "analyst",
        "lawyer",
        "actor",
        "publicist",
        "professor",
        "deputy",
        "minister",
        "secretary",
        "representative",
        "envoy",
        "member of congress",
        "member of parliament",
        "spokesperson",
    }
)
#: Reports published at most this many days apart tell of one moment of a story: a person
#: holds one post in both (promotions and elections happen, but not between two such reports).
_SAME_MOMENT_DAYS = 3
#: Reports published further apart than this may tell of two moments of a career: a chief
#: operating officer in March may be the chief executive in June, so even offices one person
#: cannot hold at once are not set against each other across such a gap.
_CAREER_DAYS = 30


def _two_posts(ctx: RuleContext, ma: Mention, ra: Role, mb: Mention, rb: Role) -> bool:
    """Two different posts for one person in two reports published days apart: "Harbour
    Master Helen Brisco" and "Commander Helen Brisco", "Police Chief" and "Mayor"."""
    if ma.doc == mb.doc or ra.temporal or rb.temporal or ra.office == rb.office:
        return False
    if ra.office in _GENERIC_OFFICES or rb.office in _GENERIC_OFFICES:
        return False
    wa, wb = set(ra.office.split()), set(rb.office.split())
    if wa <= wb or wb <= wa:
        return False  # "Chief" and "Fire Chief": the same post, more or less fully named
    if _in_quotation(ctx, ma) or _in_quotation(ctx, mb):
        return False  # "As president, Senator Obama will ...": the title when it was said
    gap = _days_apart(ctx, ma, mb)
    return gap is not None and gap <= _SAME_MOMENT_DAYS


def _months_apart(ctx: RuleContext, ma: Mention, mb: Mention) -> bool:
    """Whether two mentions' reports are both dated and published more than
    :data:`_CAREER_DAYS` apart."""
    gap = _days_apart(ctx, ma, mb)
    return gap is not None and gap > _CAREER_DAYS


def _days_apart(ctx: RuleContext, ma: Mention, mb: Mention) -> int | None:
    """Days between the publication of two mentions' reports; None unless both are dated."""
    gap = published_order(ctx.documents[ma.doc], ctx.documents[mb.doc])
    return None if gap is None else abs(gap)


def _in_quotation(ctx: RuleContext, m: Mention) -> bool:
    """Whether ``m`` is inside quotation marks opened earlier in its paragraph."""
    plain = ctx.documents[m.doc].plain
    pos = m.plain_start
    start = plain.rfind("\n", max(0, pos - 600), pos) + 1
    before = plain[max(start, pos - 600) : pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def check_title_conflict(ctx: RuleContext) -> Iterator[Finding]:
    for _pid, items in _people_with_roles(ctx).items():
        role_of = {m.key: (m, r) for m, r in items}
        strict = {
            (ma.key, mb.key)
            for i, (ma, ra) in enumerate(items)
            for mb, rb in items[i + 1 :]
            if _roles_conflict(ra, rb) and not _months_apart(ctx, ma, mb)
        }
        pairs = [
            (ma.key, mb.key)
            for i, (ma, ra) in enumerate(items)
            for mb, rb in items[i + 1 :]
            if (ma.key, mb.key) in strict or _two_posts(ctx, ma, ra, mb, rb)
        ]
        seen: set[tuple[str, ...]] = set()
        for primary, partners in group_conflicts(pairs, prefer=lambda k: ctx.in_draft(k[0])):
            ma, ra = role_of[primary]
            # each differently written title once per document, other documents first
            by_text: dict[tuple[str, str, str], tuple[Mention, Role]] = {}
            for k in sorted(partners, key=lambda k: (k[0] == ma.doc, k)):
                mb, rb = role_of[k]
                by_text.setdefault((mb.doc, mb.text, _written_title(mb, rb).lower()), (mb, rb))
            chosen = list(by_text.values())[:_MAX_RELATED]
            key = (
                ma.doc,
                ra.office,
                ra.qualifier,
                *sorted(f"{r.office}|{r.qualifier}" for _, r in chosen),
            )
            if key in seen:
                continue
            seen.add(key)
            weak = not any((primary, k) in strict or (k, primary) in strict for k in partners)
            yield _title_finding(ctx, (ma, ra), chosen, weak=weak)


#: The most statements of the other title a finding cites.
_MAX_RELATED = 4


def _title_finding(
    ctx: RuleContext,
    mine: tuple[Mention, Role],
    others: list[tuple[Mention, Role]],
    *,
    weak: bool = False,
) -> Finding:
    ma, ra = mine
    mb, rb = others[0]
    name = max((_entity(m).canonical for m in (ma, *(m for m, _ in others))), key=len)
    ta, tb = _written_title(ma, ra), _written_title(mb, rb)
    if ta.lower() == tb.lower():
        ta, tb = f"{ta} ({ra.qualifier})", f"{tb} ({rb.qualifier})"
    docs = ctx.documents
    where = (
        "elsewhere in this document"
        if all(m.doc == ma.doc for m, _ in others)
        else "in "
        + ", ".join(sorted({doc_label(docs[m.doc]) for m, _ in others if m.doc != ma.doc}))
    )
    return ctx.report(
        message=f"{name} is called {ta} here but {tb} {where}",
        claim=f"the title of {name}",
        primary=_titled(ctx, ma, f"{doc_label(docs[ma.doc])}: {ta}"),
        related=[
            _titled(ctx, m, f"{doc_label(docs[m.doc])}: {_written_title(m, r)}") for m, r in others
        ],
        confidence=0.6 if weak else 0.8,
        severity="warning" if weak else None,
        evidence=[f"both name {name}"],
        reason=(
            f"Reports published days apart give {name} two different posts, "
            f"{ra.office} and {rb.office}: check which is right."
            if weak
            else f"One person does not hold both offices, {ra.office} and {rb.office}{' of different bodies' if ra.office == rb.office else ''}, at once."
        ),
    )


def check_role_holder(ctx: RuleContext) -> Iterator[Finding]:
    holders: dict[tuple[str, str], dict[str, list[Mention]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for pid, items in _people_with_roles(ctx).items():
        for m, r in items:
            if r.exclusive and not r.temporal:
                holders[(r.office, r.qualifier)][pid].append(m)
    for (office, qual), people in holders.items():
        if len(people) < 2:
            continue
        ids = sorted(people)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                ma = max(people[a], key=lambda m: len(m.text))  # the full name, not "Sharif"
                mb = max(people[b], key=lambda m: len(m.text))
                ea, eb = _entity(ma), _entity(mb)
                ta, tb = set(ea.canonical.lower().split()), set(eb.canonical.lower().split())
                if ta <= tb or tb <= ta or spelling_variants(ea.canonical, eb.canonical):
                    continue  # "Sharif" and "Shehbaz Sharif", "Gurbanguly" and "Kurbanguly": one person
                same_surname = ea.canonical.split()[-1].lower() == eb.canonical.split()[-1].lower()
                if not qual and not same_surname:
                    continue  # "President X" and "President Y" of two unnamed countries
                title = f"{qual.title()} {office.title()}".strip()
                where = (
                    "elsewhere in this document"
                    if ma.doc == mb.doc
                    else f"in {doc_label(ctx.documents[mb.doc])}"
                )
                yield ctx.report(
                    message=f"The {title} is {ea.canonical} here but {eb.canonical} {where}",
                    claim=f"who is {title}",
                    primary=_titled(ctx, ma, f"{doc_label(ctx.documents[ma.doc])}: {ea.canonical}"),
                    related=[
                        _titled(ctx, mb, f"{doc_label(ctx.documents[mb.doc])}: {eb.canonical}")
                    ],
                    confidence=0.85 if same_surname else 0.7,
                    severity=None if qual or same_surname else "warning",
                    evidence=[f"both hold the title {title}"],
                    reason=f"One office has one holder at a time: {ea.canonical} and {eb.canonical} cannot both be {title}.",
                )


def check_name_variant(ctx: RuleContext) -> Iterator[Finding]:
    by_id: dict[str, list[Mention]] = defaultdict(list)
    for ms in ctx.mentions.values():
        for m in ms:
            if m.kind == "entity":
                by_id[_entity(m).id].append(m)
    for _eid, ms in by_id.items():
        docs = {m.doc for m in ms}
        if len(docs) < 2:
            continue
        groups = distinct_spellings(ms)
        if len(groups) < 2:
            continue
        canonical = _entity(ms[0]).canonical
        first = groups[0][0]
        rel = [
            Statement.of(
                g[0], f"{doc_label(ctx.documents[g[0].doc])} writes \u201c{g[0].text}\u201d"
            )
            for g in groups[1:]
        ]
        spellings = ", ".join(f"\u201c{g[0].text}\u201d" for g in groups)
        yield ctx.report(
            message=f"{canonical} is spelled {len(groups)} ways across the reports: {spellings}",
            claim=f"the name of {canonical}",
            primary=Statement.of(
                first, f"{doc_label(ctx.documents[first.doc])} writes \u201c{first.text}\u201d"
            ),
            related=rel,
            confidence=0.9,
            evidence=["the spellings are known variants of one name"],
            reason="Not a conflict: the same entity under variant spellings. Pick one for the house style.",
            fingerprint_parts=sorted(g[0].text for g in groups),
        )


RULES = [
    RuleSpec(
        code="CC401",
        name="title-conflict",
        summary="The same person is given conflicting titles (Prime Minister vs President).",
        default_severity="error",
        check=check_title_conflict,
        doc=load_doc(__name__, "CC401"),
        kinds=("entity",),
    ),
    RuleSpec(
        code="CC402",
        name="role-holder-conflict",
        summary="One office is said to be held by different people.",
        default_severity="error",
        check=check_role_holder,
        doc=load_doc(__name__, "CC402"),
        kinds=("entity",),
    ),
    RuleSpec(
        code="CC403",
        name="name-variant",
        summary="One entity is spelled in different ways across reports (not a conflict).",
        default_severity="info",
        check=check_name_variant,
        doc=load_doc(__name__, "CC403"),
        kinds=("entity",),
    ),
    RuleSpec(
        code="CC404",
        name="name-slip",
        summary="One person's surname is spelled with one letter different (Gonzales, Gonzalez).",
        default_severity="warning",
        check=check_name_slip,
        doc=load_doc(__name__, "CC404"),
        kinds=("entity",),
    ),
]
