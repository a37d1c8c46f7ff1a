"""The webhook channel's HTTP client: one aiohttp session, a bounded pool, guarded DNS.

aiohttp rather than httpx: at 16-way concurrency on one client it measured about ten
times the throughput (bench/webhook_clients.py). Every name the session resolves passes
the netguard at connection time, so a name that answered with a public address when the
channel was saved cannot later lead inside the network (DNS rebinding); IP literals are
not resolved by aiohttp and are checked by the channel before each request.
"""

from __future__ import annotations

import socket

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from crisiscomms.channels import netguard

USER_AGENT = "crisiscomms-webhooks/1"


class GuardRefusal(OSError):
    """A resolved address the netguard refuses (raised inside aiohttp's resolver)."""


class GuardedResolver(AbstractResolver):
    """Resolves like aiohttp's default, then refuses names that resolve inside the network."""

    def __init__(self, *, allow_private: bool) -> None:
        self._inner = ThreadedResolver()
        self._allow_private = allow_private

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """The addresses, or GuardRefusal naming the first refused one."""
        hosts = await self._inner.resolve(host, port, family)
        for entry in hosts:
            reason = netguard.refusal(entry["host"], allow_private=self._allow_private)
            if reason is not None:
                raise GuardRefusal(f"outbound address refused: {host} resolves to {reason}")
        return hosts

    async def close(self) -> None:
        """Close the inner resolver."""
        await self._inner.close()


class WebhookClient:
    """One aiohttp session with a bounded connection pool, shared by webhook channels."""

    def __init__(self, *, allow_private: bool, timeout: float = 10.0, pool_size: int = 16) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.pool_size = pool_size
        self._session: aiohttp.ClientSession | None = None

    def session(self) -> aiohttp.ClientSession:
        """The session, created on first use inside the running event loop."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self.pool_size, resolver=GuardedResolver(allow_private=self.allow_private)
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=self.timeout, sock_connect=self.timeout),
                headers={"user-agent": USER_AGENT},
            )
        return self._session

    async def aclose(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None
