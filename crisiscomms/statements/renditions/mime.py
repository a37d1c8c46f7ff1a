"""Hand-built RFC 5322 and MIME pieces, for rendering email by the hundred thousand.

`email.message.EmailMessage` folds and re-encodes every header of every message (about a
millisecond each); here the pieces are made directly: RFC 2047 encoded words for
non-ASCII names, bodies (quoted-printable or base64, whichever is smaller for the
language) whose common parts are encoded once and joined with each reader's parts, and a
multipart boundary starting with "=_", which neither
quoted-printable nor base64 output can ever contain. Parts encoded apart concatenate
correctly: quoted-printable works line by line and every part ends with a line break;
base64 parts are padded to whole 3-byte groups.
"""

from __future__ import annotations

import binascii
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

MAX_WORD_BYTES = 39
"""UTF-8 bytes per encoded word: 52 base64 characters, so "Subject: " plus one word fits 78."""
MAX_LINE = 78
MAX_PLAIN_NAME = 60
_BAD_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL})+")
_ADDRESS = re.compile(rf"[A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.-]+@{_LABEL}(?:\.{_LABEL})+")
"""A plain ASCII address exactly as `check_address` would return it."""
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_URL = re.compile(r"https://[\x21-\x7e]+")
_URL_IN_BRACKETS = re.compile(r"https://[\x21\x23-\x26\x28-\x3b\x3d\x3f-\x7e]+")
"""An https URL of printable ASCII without the quotes and angle brackets of `<...>`."""


class DataReady(bytes):
    """A rendered message that carries its SMTP DATA form (`data`): CRLF lines, every line
    starting with "." given a second one, and the final "." line. The renderer builds it
    from pieces it stuffed once per layout, so the SMTP client (channels.smtp_pool.
    data_bytes) need not scan tens of kilobytes per message; other bytes are checked and
    converted there."""

    data: bytes


def crlf_only(chunk: bytes) -> bool:
    """Whether CR and LF appear in `chunk` only as CRLF pairs."""
    return chunk.count(b"\r\n") == chunk.count(b"\r") == chunk.count(b"\n")


def _stuffed(chunk: bytes, at_line_start: bool) -> bytes:
    """A piece as DATA sends it: a "." starting a line doubled; the piece itself starts a
    line when it follows a line break (`at_line_start`)."""
    stuffed = chunk.replace(b"\n.", b"\n..")
    return b"." + stuffed if at_line_start and stuffed.startswith(b".") else stuffed


def refuse_controls(value: str, field: str) -> None:
    """Raise ValueError naming `field` when the value holds CR, LF or another control."""
    match = _BAD_CHARACTER.search(value)
    if match is None:
        return
    if match.group() in "\r\n":
        raise ValueError(f"{field} contains a line break (CR or LF), refused in email headers")
    raise ValueError(f"{field} contains a control character (U+{ord(match.group()):04X})")


def check_address(address: str, field: str) -> str:
    """The address as it may appear in a header (IDNA domain), or ValueError naming `field`."""
    if _ADDRESS.fullmatch(address):  # the common case, and no control can match
        return address
    refuse_controls(address, field)
    local, at, domain = address.strip().rpartition("@")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError(f"{field} has a domain that cannot be encoded: {address!r}") from None
    if not (at and _LOCAL.fullmatch(local) and _DOMAIN.fullmatch(domain)):
        raise ValueError(f"{field} is not a plain email address: {address!r}")
    return f"{local}@{domain}"


def encoded_words(text: str) -> str:
    """RFC 2047 base64 encoded words, folded onto continuation lines when several."""
    # Cut after a space where possible: decoders that follow RFC 2047 drop the folding
    # whitespace between encoded words, but some (CPython's address parser among them)
    # keep it, and an extra space between two words reads better than one inside a word.
    data = text.encode()
    if len(data) <= MAX_WORD_BYTES:
        chunks = [data]
    else:
        chunks, current = [], b""
        for piece in _pieces(text):
            if current and len(current) + len(piece) > MAX_WORD_BYTES:
                chunks.append(current)
                current = b""
            current += piece
        chunks.append(current)
    words = [f"=?utf-8?b?{binascii.b2a_base64(c, newline=False).decode()}?=" for c in chunks]
    return "\r\n ".join(words)


def _pieces(text: str) -> list[bytes]:
    """UTF-8 of each word and its following space; over-long words character by character."""
    pieces: list[bytes] = []
    for word in text.split(" "):
        encoded = word.encode() + b" "
        if len(encoded) <= MAX_WORD_BYTES:
            pieces.append(encoded)
        else:
            pieces += [char.encode() for char in word] + [b" "]
    pieces[-1] = pieces[-1][:-1]  # the space added after the last word
    return pieces


def display_name(name: str, field: str) -> str:
    """A display name as a header phrase: atoms, a quoted string or encoded words."""
    refuse_controls(name, field)
    name = name.strip()
    if not name.isascii() or "=?" in name or len(name) > MAX_PLAIN_NAME:
        # Text that merely looks like an encoded word is encoded too, or it would be
        # decoded; long names too, because encoded words fold and a quoted string cannot.
        return encoded_words(name)
    if _ATOMS.fullmatch(name):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mailbox(name: str | None, address: str, field: str) -> str:
    """`Name <address>` for an address header, folded before the address when long."""
    checked = check_address(address, f"{field} email")
    if not name or not name.strip():
        return checked
    if len(name) <= MAX_PLAIN_NAME and "=?" not in name and _ATOMS.fullmatch(name):
        phrase = name  # plain words: what display_name returns for them, without its checks
    else:
        phrase = display_name(name, f"{field} name")
    last_line = phrase.rsplit("\n", 1)[-1]
    separator = " " if len(last_line) + len(checked) + 8 <= MAX_LINE else "\r\n "
    return f"{phrase}{separator}<{checked}>"


def check_url(url: str, field: str) -> str:
    """An https URL that can sit inside <...> in a header, or ValueError naming `field`."""
    refuse_controls(url, field)
    if not _URL_IN_BRACKETS.fullmatch(url):
        raise ValueError(f"{field} must be an https URL without spaces or angle brackets")
    return url


def header_line(name: str, value: str) -> bytes:
    """One header line with CRLF: ASCII folded at spaces, anything else as encoded words."""
    refuse_controls(value, name)
    if not value.isascii():
        return f"{name}: {encoded_words(value)}\r\n".encode()
    lines = [f"{name}:"]
    for index, word in enumerate(value.split(" ")):
        if index and len(lines[-1]) + 1 + len(word) > MAX_LINE:
            lines.append("")
        lines[-1] += f" {word}"
    return ("\r\n".join(lines) + "\r\n").encode()


def qp(text: str) -> bytes:
    """Text with LF line ends as UTF-8 quoted-printable with CRLF line ends."""
    return binascii.b2a_qp(text.replace("\n", "\r\n").encode(), False, True, False)


_PADDING = {1: b" \r\n", 2: b"  \r\n"}


def b64(text: str) -> bytes:
    """Text with LF line ends as UTF-8 base64 in CRLF lines, padded to whole 3-byte groups."""
    # Spaces before the final line break make the length divide by three: no "=" padding,
    # so parts encoded separately concatenate into one valid base64 body.
    data = text.replace("\n", "\r\n").encode()
    missing = -len(data) % 3
    if missing:
        if data.endswith(b"\r\n"):
            data = data[:-2] + _PADDING[missing]
        else:
            data += b" " * missing
    # base64.encodebytes, with CRLF: 76-character lines (57 bytes each).
    encoded = binascii.b2a_base64(data, newline=False)
    if len(encoded) <= 76:
        return encoded + b"\r\n"
    return b"\r\n".join([encoded[i : i + 76] for i in range(0, len(encoded), 76)]) + b"\r\n"


Encoding = Literal["quoted-printable", "base64"]
ENCODERS: dict[str, Callable[[str], bytes]] = {"quoted-printable": qp, "base64": b64}


def smaller_encoding(parts: Iterable[str]) -> Encoding:
    """Quoted-printable for mostly-ASCII text (readable, smaller), base64 otherwise."""
    text = "".join(parts)
    return "quoted-printable" if len(qp(text)) <= len(b64(text)) else "base64"


def message_id(statement_id: int, external_id: str, domain: str) -> str:
    """`<stmt-{statement_id}.{sha256(external_id)[:16]}@{domain}>`: the same on every retry."""
    digest = hashlib.sha256(external_id.encode()).hexdigest()[:16]
    return f"<stmt-{statement_id}.{digest}@{domain}>"


def boundary(statement_id: int, locale: str) -> str:
    """A multipart boundary that encoded bodies cannot contain, stable per statement."""
    return f"=_crisiscomms_{statement_id}_{locale}"


def alternative_head(bound: str, locale: str) -> bytes:
    """The message's MIME headers and the blank line that ends them."""
    return (
        b"Auto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\n"
        + header_line("Content-Language", locale)
        + f'Content-Type: multipart/alternative; boundary="{bound}"\r\n\r\n'.encode()
    )


def part_head(bound: str, subtype: str, encoding: Encoding) -> bytes:
    """The delimiter and headers opening one UTF-8 text part."""
    return (
        f'--{bound}\r\nContent-Type: text/{subtype}; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    ).encode()


def list_id(organisation: str, domain: str) -> str:
    """The RFC 2919 `List-Id` value of an organisation's incident updates: its name, and
    `incidents.` before the sender's domain (a namespace the sender controls). The same in
    every update, so mail clients group and filter them as one list."""
    checked = check_address(f"list@{domain}", "from_address").rpartition("@")[2]
    phrase = display_name(f"{organisation} incident updates", "list name")
    last_line = phrase.rsplit("\n", 1)[-1]
    separator = " " if len(last_line) + len(checked) + 22 <= MAX_LINE else "\r\n "
    return f"{phrase}{separator}<incidents.{checked}>"


def unsubscribe_headers(url: str | None) -> bytes:
    """RFC 8058 one-click unsubscribe headers, or nothing without a URL."""
    if url is None:
        return b""
    checked = check_url(url, "unsubscribe_url")
    return (
        f"List-Unsubscribe: <{checked}>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
    ).encode()


@dataclass(frozen=True)
class EncodedPart:
    """One alternative of a message: its opening and its fixed pieces, encoded once."""

    head: bytes
    pieces: tuple[bytes, ...]
    encode: Callable[[str], bytes]

    @classmethod
    def build(
        cls, bound: str, subtype: str, pieces: Sequence[str], *, after_part: bool = False
    ) -> EncodedPart:
        """Encode the fixed pieces in whichever encoding is smaller for this text."""
        encoding = smaller_encoding(pieces)
        encode = ENCODERS[encoding]
        head = (b"\r\n" if after_part else b"") + part_head(bound, subtype, encoding)
        return cls(head, tuple(encode(p) for p in pieces), encode)


@dataclass(frozen=True)
class AlternativeMessage:
    """A multipart/alternative message: fixed pieces encoded once, slots filled per message."""

    sender: bytes
    head: bytes
    parts: tuple[EncodedPart, EncodedPart]
    end: bytes

    @property
    def stuffed(self) -> dict[bytes, bytes] | None:
        """Each fixed piece as DATA sends it, inner line-leading dots doubled (worked out
        once per message layout); None when a fixed piece has a lone CR or LF."""
        if "_stuffed" not in self.__dict__:
            fixed = [b"Date: ", b"\r\n", self.sender, self.head, self.end]
            for part in self.parts:
                fixed += [part.head, *part.pieces]
            found = None
            if all(crlf_only(piece) for piece in fixed) and self.end.endswith(b"\r\n"):
                found = {piece: piece.replace(b"\n.", b"\n..") for piece in fixed}
            object.__setattr__(self, "_stuffed", found)
        stuffed: dict[bytes, bytes] | None = self.__dict__["_stuffed"]
        return stuffed

    @classmethod
    def build(
        cls,
        *,
        sender: str,
        subject: str,
        list_id: str,
        locale: str,
        bound: str,
        plain: Sequence[str],
        html: Sequence[str],
    ) -> AlternativeMessage:
        """Precompute a message: From, Subject and List-Id, MIME headers, both bodies."""
        return cls(
            sender=f"From: {sender}\r\n".encode()
            + header_line("Subject", subject)
            + f"List-Id: {list_id}\r\n".encode(),
            head=alternative_head(bound, locale),
            parts=(
                EncodedPart.build(bound, "plain", plain),
                EncodedPart.build(bound, "html", html, after_part=True),
            ),
            # The line break before a delimiter belongs to the delimiter (RFC 2046): the
            # extra one keeps each body's own final line break.
            end=f"\r\n--{bound}--\r\n".encode(),
        )

    def render(
        self, date: bytes, headers: bytes, plain: Sequence[bytes], html: Sequence[bytes]
    ) -> bytes:
        """The whole message: `headers` are CRLF-ended lines, the slots fill the bodies.

        The slots come encoded, each by its part's `encode` (b"" for an empty slot). The
        message is `DataReady` (with its DATA form) when its fixed pieces (checked once)
        and this message's own pieces (small) have CR and LF only as CRLF.
        """
        out = [b"Date: ", date, b"\r\n", self.sender, headers, self.head]
        own = [False, True, False, False, True, False]
        for part, slots in ((self.parts[0], plain), (self.parts[1], html)):
            pieces = part.pieces
            out += (part.head, pieces[0])
            own += (False, False)
            for index, slot in enumerate(slots, 1):
                out += (slot, pieces[index])
                own += (True, False)
        out.append(self.end)
        own.append(False)
        message = b"".join(out)
        fixed = self.stuffed
        if fixed is None or not all(crlf_only(p) for p, mine in zip(out, own, strict=True) if mine):
            return message
        data, at_line_start = [], True
        for piece, mine in zip(out, own, strict=True):
            if not piece:
                continue
            if mine:
                data.append(_stuffed(piece, at_line_start))
            else:
                known = fixed[piece]
                data.append(b"." + known if at_line_start and known.startswith(b".") else known)
            at_line_start = piece.endswith(b"\n")
        data.append(b".\r\n")
        ready = DataReady(message)
        ready.data = b"".join(data)
        return ready
