"""Fetching a URL safely: timeouts, a size cap, content-type checks, no private addresses.

The host is resolved once, every address is checked, and the connection goes to a checked
address (so a DNS answer cannot change between the check and the request). Redirects are
followed by hand, each hop checked the same way. Private, loopback, link-local, multicast and
reserved addresses are refused unless ``FetchPolicy.allow_private`` is set or the address is
in ``FetchPolicy.allow`` (host names or CIDR networks, e.g. ``("127.0.0.1/32",)`` in tests).
Conditional requests: pass the ``etag`` / ``last_modified`` of the last fetch and a 304 comes
back as ``not_modified``.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import socket
import ssl
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .errors import FetchError

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


@dataclass(frozen=True)
class FetchPolicy:
    timeout_s: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    content_types: tuple[str, ...] = PAGE_TYPES + FEED_TYPES
    allow_private: bool = False
    allow: tuple[str, ...] = ()  # host names or networks that may be private
    user_agent: str = "eventatlas/0.1 (+https://pypi.org/project/eventatlas/)"


@dataclass(frozen=True)
class FetchResult:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body decoded with the declared charset, else UTF-8, else Windows-1252."""
        for enc in (self.charset, "utf-8"):
            if enc:
                try:
                    return self.body.decode(enc)
                except (LookupError, UnicodeDecodeError):
                    continue
        return self.body.decode("cp1252", errors="replace")


def _allowed(host: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address, policy: FetchPolicy) -> bool:
    if policy.allow_private:
        return True
    for entry in policy.allow:
        if entry.lower() == host.lower():
            return True
        try:
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local or ip.is_loopback)


def resolve_checked(host: str, port: int, policy: FetchPolicy) -> str:
    """An address of ``host`` that the policy lets us reach; FetchError when there is none."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
    refused = []
    for info in infos:
        addr = info[4][0]
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
        if _public(ip) or _allowed(host, ip, policy):
            return addr
        refused.append(addr)
    raise FetchError(
        f"refusing to fetch {host!r}: it resolves to a private, loopback or link-local address "
        f"({', '.join(sorted(set(refused)))}); pass --allow-private or --allow-host {host} if you mean it"
    )


def _connection(scheme: str, host: str, port: int, addr: str, timeout: float) -> http.client.HTTPConnection:
    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)

    def create(_address, timeout=timeout, source_address=None):  # connect to the checked address
        return socket.create_connection((addr, port), timeout, source_address)

    conn._create_connection = create  # type: ignore[attr-defined]
    return conn


def _read_capped(resp: http.client.HTTPResponse, url: str, policy: FetchPolicy) -> bytes:
    length = resp.getheader("Content-Length")
    if length and length.isdigit() and int(length) > policy.max_bytes:
        raise FetchError(f"{url}: {int(length):,} bytes is over the {policy.max_bytes:,}-byte limit (--max-bytes)")
    encoding = (resp.getheader("Content-Encoding") or "").lower()
    dec = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == "gzip" else None
    chunks, total = [], 0
    while True:
        raw = resp.read(65536)
        if not raw:
            break
        data = dec.decompress(raw, policy.max_bytes + 1 - total) if dec else raw
        total += len(data)
        if total > policy.max_bytes:
            raise FetchError(f"{url}: the body is over the {policy.max_bytes:,}-byte limit (--max-bytes)")
        chunks.append(data)
    return b"".join(chunks)


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET ``url`` under ``policy``. Raises FetchError with the reason and the fix."""
    policy = policy or FetchPolicy()
    current = url
    for _ in range(policy.max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"refusing to fetch {current!r}: only http and https URLs are fetched")
        if not parts.hostname:
            raise FetchError(f"{current!r} has no host name")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addr = resolve_checked(parts.hostname, port, policy)
        conn = _connection(parts.scheme, parts.hostname, port, addr, policy.timeout_s)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"User-Agent": policy.user_agent, "Accept-Encoding": "gzip", "Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308) and resp.getheader("Location"):
                current = urljoin(current, resp.getheader("Location"))
                conn.close()
                continue
            if resp.status == 304:
                return FetchResult(url, current, 304, "", None, b"", etag, last_modified)
            if resp.status >= 400:
                raise FetchError(f"{current}: HTTP {resp.status} {resp.reason}")
            ctype = resp.getheader("Content-Type") or ""
            mime = ctype.split(";", 1)[0].strip().lower()
            if mime not in policy.content_types:
                raise FetchError(
                    f"{current}: content type {mime or 'missing'!r} is not a page or a feed "
                    f"(accepted: {', '.join(policy.content_types)})"
                )
            charset = None
            for param in ctype.split(";")[1:]:
                k, _, v = param.partition("=")
                if k.strip().lower() == "charset":
                    charset = v.strip().strip("\"'") or None
            body = _read_capped(resp, current, policy)
            return FetchResult(
                url, current, resp.status, mime, charset, body, resp.getheader("ETag"), resp.getheader("Last-Modified")
            )
        except (OSError, http.client.HTTPException, zlib.error) as exc:
            raise FetchError(f"{current}: {type(exc).__name__}: {exc} (timeout {policy.timeout_s:g}s)") from exc
        finally:
            conn.close()
    raise FetchError(f"{url}: more than {policy.max_redirects} redirects")
