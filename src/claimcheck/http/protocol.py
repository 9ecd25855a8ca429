"""The HTTP/1.1 connection of ``claimcheck serve``: uvicorn's h11 protocol with three guards.

uvicorn closes idle kept-alive connections (``timeout_keep_alive``) but has no limit on how
long a client may take to send a request's headers: its idle timer stops at the first byte, so a
client sending one header byte every few seconds keeps a connection forever. Nor does it cap
open connections (``limit_concurrency`` answers 503 to requests, but only once their headers
have arrived), and when it answers before the request body has been read (a 413, a 400) it
closes the socket with unread data in it, which makes the kernel reset the connection: a
plain HTTP/1.1 client still sending its body gets a broken pipe instead of the answer.

:class:`GuardedProtocol` adds, per connection:

* a **header timeout**: from the connection's start, and from the end of each answer on a
  kept-alive connection, the client has ``header_timeout`` seconds to complete a request's
  headers, or the connection is closed;
* a **connection limit**: past ``max_connections`` open connections, a new one is answered
  ``503`` with ``Retry-After`` and closed, before it holds anything else;
* a **lingering close**: when the connection must close while the client is still sending
  (its body was not read), the answer is sent, the sending side is shut (FIN), and whatever
  the client still sends is read and discarded for up to ``linger_seconds``, as nginx does,
  so the client can read the answer.

The body timeout is the application's (:mod:`.body`): it reads the body.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["GuardedProtocol", "guarded_protocol"]

_BUSY_BODY = (
    b'{"type":"about:blank","title":"Service Unavailable","status":503,'
    b'"detail":"too many open connections; try again shortly"}'
)
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: application/problem+json\r\n"
    b"Retry-After: 1\r\n"
    b"Connection: close\r\n"
    b"Content-Length: %d\r\n\r\n%s" % (len(_BUSY_BODY), _BUSY_BODY)
)


class _LingeringTransport:
    """A transport whose :meth:`close` lingers when the request has not been read to its end."""

    def __init__(self, transport: asyncio.Transport, protocol: GuardedProtocol) -> None:
        self._transport = transport
        self._protocol = protocol
        self._closing = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    def is_closing(self) -> bool:
        return self._closing or self._transport.is_closing()

    def close(self) -> None:
        if self._closing:
            return
        self._closing = True
        if self._protocol.unread_request() and self._transport.can_write_eof():
            self._protocol.start_lingering(self._transport)
        else:
            self._transport.close()


class GuardedProtocol(H11Protocol):
    """h11 with a header timeout, a connection limit and a lingering close (see module)."""

    header_timeout: float = 10.0
    max_connections: int = 256
    linger_seconds: float = 5.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        self._armed_for: object = None
        self._draining = False
        self._eof = False
        self._linger_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        super().connection_made(_LingeringTransport(transport, self))  # type: ignore[arg-type]
        if len(self.connections) > self.max_connections:
            transport.write(_BUSY)
            transport.close()
            return
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._linger_timer is not None:
            self._linger_timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._draining:
            return  # discarded: the answer is sent and the connection is closing
        super().data_received(data)
        self._check_headers()

    def on_response_complete(self) -> None:
        self._arm()  # for the next request's headers; cancelled if they are already here
        super().on_response_complete()
        self._check_headers()

    # -- the header timeout ----------------------------------------------------------------

    def _arm(self) -> None:
        self._disarm()
        if self.transport.is_closing():
            return
        self._armed_for = self.cycle
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _check_headers(self) -> None:
        """A new request cycle means its headers arrived: stop the header timer."""
        if self._header_timer is not None and self.cycle is not self._armed_for:
            self._disarm()

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    # -- the lingering close ---------------------------------------------------------------

    def unread_request(self) -> bool:
        """Whether the client may still be sending the current request's body."""
        return self.conn.their_state is h11.SEND_BODY and not self._eof

    def start_lingering(self, transport: asyncio.Transport) -> None:
        """Shut the sending side after the answer and discard input until the client is done."""
        self._draining = True
        self._disarm()
        transport.write_eof()
        transport.resume_reading()
        self._linger_timer = self.loop.call_later(self.linger_seconds, transport.close)

    def eof_received(self) -> bool | None:  # type: ignore[override]
        if self._draining:
            return None  # the client is done too: close now
        if self.conn.their_state is h11.SEND_BODY:
            # the client stopped sending in the middle of a body but may still read: keep
            # the connection for the answer (the body timeout gives a 400)
            self._eof = True
            return True
        super().eof_received()
        return None


def guarded_protocol(
    *, header_timeout: float, max_connections: int, linger_seconds: float = 5.0
) -> type[GuardedProtocol]:
    """A :class:`GuardedProtocol` class with these limits (uvicorn's ``http`` setting)."""
    return type(
        "GuardedProtocol",
        (GuardedProtocol,),
        {
            "header_timeout": header_timeout,
            "max_connections": max_connections,
            "linger_seconds": linger_seconds,
        },
    )
