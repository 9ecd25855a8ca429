"""Names of people, organisations and places: alias data, name keys and document-level linking.

* :mod:`claimcheck.language.aliases` loads the alias data (packaged and style-book files) and builds entity ids;
* :mod:`claimcheck.normalization.names.canonical` folds names to keys and compares names and entities;
* :mod:`claimcheck.extraction.entities.gazetteer` looks up places (CLDR territories and the alias data);
* :mod:`claimcheck.extraction.entities.acronyms` matches acronyms with their long forms;
* :mod:`claimcheck.extraction.entities.wordlists` holds the closed-class words that are never names;
* :mod:`claimcheck.normalization.names.linking` links the entity mentions of one document.

Nothing here loads data at import time.
"""

from __future__ import annotations

__all__: list[str] = []
