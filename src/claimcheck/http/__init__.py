"""The HTTP check for CMS hooks (``claimcheck serve``): a Starlette application on uvicorn.

Modules, one job each:

* :mod:`.settings` -- the server's settings (token, body limit, deadline) from options and
  environment;
* :mod:`.problems` -- RFC 9457 ``application/problem+json`` error responses;
* :mod:`.validation` -- the ``POST /v1/check`` request body, validated into a
  :class:`~claimcheck.http.validation.CheckRequest`;
* :mod:`.runner` -- running checks on a worker thread with a per-request deadline;
* :mod:`.responses` -- the decision and the response body of a check;
* :mod:`.openapi` -- the OpenAPI description served at ``/openapi.json``;
* :mod:`.app` -- the routes.

Importing this package imports Starlette; nothing else in claimcheck does.
"""

from __future__ import annotations

from claimcheck.http.app import create_app
from claimcheck.http.settings import ServerSettings, SettingsError

__all__ = ["ServerSettings", "SettingsError", "create_app"]
