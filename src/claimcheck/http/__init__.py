"""The HTTP check for CMS hooks (``claimcheck serve``): a Starlette application on uvicorn.

Starlette and uvicorn come with the ``server`` extra (``pip install 'claimcheck[server]'``);
importing this package imports nothing (its names load on first use), so the command line can
build the ``serve`` options (:mod:`.options`) without the extra or the engine.

Modules, one job each:

* :mod:`.settings` -- the server's settings (token, limits, timeouts, workers, CORS) from
  options and environment; :mod:`.options` -- the ``serve`` command-line options;
* :mod:`.problems` -- RFC 9457 ``application/problem+json`` error responses;
  :mod:`.errors` -- turning every exception into one; :mod:`.auth` -- the bearer token;
* :mod:`.validation` -- the ``POST /v1/check`` request body, validated into a
  :class:`~claimcheck.http.validation.CheckRequest`; :mod:`.body` -- reading it within the
  size limit and the body timeout;
* :mod:`.pool` -- the check worker processes: a bounded queue, per-request deadlines, and
  killing and replacing a worker that misses one; :mod:`.worker` -- what runs inside a worker
  (the engine, and the analysed sources it reuses);
* :mod:`.responses` -- the decision and the response body of a check;
* :mod:`.protocol` -- the HTTP/1.1 connection: header timeout, connection limit, lingering
  close; :mod:`.access` -- the JSON-lines access log;
* :mod:`.openapi` -- the OpenAPI description served at ``/openapi.json``;
* :mod:`.app` -- the routes; :mod:`.server` -- ``claimcheck serve`` itself.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.http.app import create_app
    from claimcheck.http.settings import ServerSettings, SettingsError

__all__ = ["ServerSettings", "SettingsError", "create_app"]

_HOMES = {"create_app": "app", "ServerSettings": "settings", "SettingsError": "settings"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
