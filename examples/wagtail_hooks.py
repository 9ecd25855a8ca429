"""Block publishing a Wagtail page whose facts disagree with its sources.

Copy this file into one of your Wagtail apps as ``wagtail_hooks.py`` (or import it from the
one you have). It runs claimcheck in-process, in the same Python as Wagtail, so there is no
server to run: ``pip install claimcheck`` into the site's environment is enough.

What it does, on "Publish" in the page editor (the ``before_publish_page`` hook; the new
revision is already saved as a draft, so nothing an editor typed is lost):

* errors (two statements of the same fact with incompatible values) stop the publication and
  are listed as messages on the edit page;
* warnings are shown, and the page is published;
* a check that could not finish (deadline, plugin failure) publishes with a warning, unless
  ``CLAIMCHECK_FAIL_CLOSED = True`` is in the Django settings.

Where the sources come from is up to the site. This hook asks the page: a page model that
has a ``claimcheck_sources()`` method returning documents (dicts with ``id`` and ``text``, and
optionally ``format``, ``published``, ``outlet``, ``url``, ``language``) is checked against
them; see ``docs/integrations.md`` for a model that keeps wire copy in an InlinePanel. Only the
``create`` and ``edit`` views run ``before_publish_page``: bulk publishing and scheduled
publishing do not, so add a workflow task if those must be checked too.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.shortcuts import redirect
from django.utils import timezone
from wagtail import hooks
from wagtail.admin import messages

import claimcheck

#: Page fields whose rendered HTML is the text to check, in order.
BODY_FIELDS = getattr(settings, "CLAIMCHECK_BODY_FIELDS", ("intro", "body"))
#: Seconds the editor may wait for the check.
DEADLINE = float(getattr(settings, "CLAIMCHECK_DEADLINE", 3.0))
#: Refuse to publish when the check could not finish.
FAIL_CLOSED = bool(getattr(settings, "CLAIMCHECK_FAIL_CLOSED", False))
#: At most this many findings are listed as messages.
MAX_MESSAGES = 8


def page_html(page: Any) -> str:
    """The page's title and body fields as HTML (StreamFields render their blocks)."""
    from django.utils.html import escape

    parts = [f"<h1>{escape(page.title)}</h1>"]
    for name in BODY_FIELDS:
        value = getattr(page, name, None)
        if value:
            parts.append(str(value))
    return "\n".join(parts)


def page_sources(page: Any) -> list[dict[str, Any]]:
    """The documents this page was written from, as the page model provides them."""
    provider = getattr(page, "claimcheck_sources", None)
    return list(provider()) if callable(provider) else []


def _describe(finding: claimcheck.Finding) -> str:
    loc = finding.location
    others = "; ".join(f"{r.path}: \u201c{r.text}\u201d" for r in finding.related)
    return f"{finding.code}: {finding.message} \u2014 here \u201c{loc.text}\u201d; {others}"


@hooks.register("before_publish_page")
def check_claims_before_publishing(request: Any, page: Any) -> Any:
    page = page.specific
    sources = page_sources(page)
    if not sources:
        return None  # nothing to compare with
    # relative dates ("on Tuesday") resolve against the day the page goes live
    goes_live = (
        timezone.localtime(page.go_live_at).date() if page.go_live_at else timezone.localdate()
    )
    draft = {
        "id": f"page-{page.pk}",
        "text": page_html(page),
        "format": "html",
        "published": goes_live.isoformat(),
        "url": page.full_url or None,
    }
    try:
        result = claimcheck.check_texts(draft=draft, sources=sources, deadline=DEADLINE)
    except Exception as exc:  # a malformed source document, for example
        messages.warning(request, f"The fact check could not run: {exc}")
        return redirect("wagtailadmin_pages:edit", page.pk) if FAIL_CLOSED else None

    facts = [f for f in result.shown if not f.code.startswith("CC9")]
    errors = [f for f in facts if f.severity == "error"]
    warnings = [f for f in facts if f.severity == "warning"]
    incomplete = not result.complete or bool(result.failures) or bool(result.errors)

    for f in (errors + warnings)[:MAX_MESSAGES]:
        (messages.error if f.severity == "error" else messages.warning)(request, _describe(f))
    if errors:
        messages.error(
            request,
            f"Not published: {len(errors)} statement(s) disagree with the sources. "
            "Correct them, or ask an editor to publish anyway.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    if incomplete:
        messages.warning(
            request, "The fact check did not finish; some statements were not compared."
        )
        if FAIL_CLOSED:
            return redirect("wagtailadmin_pages:edit", page.pk)
    return None
