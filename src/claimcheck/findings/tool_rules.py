"""Rules about the tool itself (CC9xx). The core holds no contradiction rule."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.model import Finding
from claimcheck.plugin import hookimpl
from claimcheck.rulekit import RuleContext, RuleSpec

__all__ = ["claimcheck_rules"]

PLUGIN_FAILURE_DOC = """\
# CC901 plugin-failure

## What it finds
A plugin (a rule, an extractor, a reader, a formatter hook) raised an exception during the run.
The finding names the plugin and the error; the run's exit code is 2.

## Why it matters
What the failing plugin checks is missing from the report. A clean report with a silent
failure would tell an editor that facts agree when nobody looked.

## Example
A rule plugin whose check raises `ValueError("boom")`:

    plugin 'myrules' failed in rule XX101 (ValueError: boom); what it checks is missing from this report

## Known false positives
None: every CC901 is a real failure. Report it to the plugin's authors, or disable the plugin
with `disable-plugins` in the configuration.
"""


ANALYSIS_LIMIT_DOC = """\
# CC920 analysis-limit

## What it finds
A document reached one of the bounds that keep the analysis linear in the size of its
text, so part of it was not checked:

* **document-size**: the analysis text is longer than 8,000,000 characters; the rest of
  the document is not read for figures, names or quotes;
* **sentence-length**: a "sentence" longer than 2,000 characters (a table or a list
  flattened into one line, text without punctuation) was cut at clause breaks or spaces;
  a statement that spans a cut is not framed;
* **figures-per-sentence**: a sentence holds more than 32 figures (digit runs and number
  words; news sentences hold a dozen at most); the text of the sentence from its 32nd
  figure on is not read at all, so the work it would cost is never done;
* **figures-per-document**: a document holds more figures than one per 8 characters of its
  text on average (and more than 4,096); the text from the last figure within that share
  on is not read;
* **mentions-per-sentence**: a sentence holds more than 64 figures, names and quotes;
  those after the 64th are not checked;
* **statements-per-document**: a document holds more than 2,000 figures, dates and quotes
  (a news article holds a few hundred at most); those after the 2,000th are extracted
  (``claimcheck extract`` lists them) but not framed as statements or compared.

One finding per document and bound, at the first place it was reached, says how often.

## Why it matters
A check that quietly skips part of a draft would report agreement nobody verified.
Without these bounds, text like a megabyte of "one one one" or of "[" could keep a check
running for hours.

## Example
Flagged: one sentence lists 70 figures; those from the 32nd on are not read.

```claimcheck-example flagged
=== draft.txt published=2024-11-20
The winning tickets were 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70.
```

Not flagged: ten figures in a sentence.

```claimcheck-example clean
=== draft.txt published=2024-11-20
The winning tickets were 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.
```

## Known false positives
None: the finding reports what the analysis did. Split the text into sentences or
documents, or ignore the code for files that are tables rather than prose.
"""


def _engine_reports(ctx: RuleContext) -> Iterable[Finding]:
    # The engine reports failures and limits itself, after every other rule has run.
    return ()


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return [
        RuleSpec(
            code="CC901",
            name="plugin-failure",
            summary="A plugin raised an error; what it checks is missing from the report.",
            default_severity="error",
            check=_engine_reports,
            doc=PLUGIN_FAILURE_DOC,
        ),
        RuleSpec(
            code="CC920",
            name="analysis-limit",
            summary="Part of a document was not checked: it reached a bound of the analysis.",
            default_severity="warning",
            check=_engine_reports,
            doc=ANALYSIS_LIMIT_DOC,
        ),
    ]
