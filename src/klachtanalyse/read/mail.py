"""E-mail (.eml, RFC 5322) and Outlook (.msg) with their attachments, read recursively.

The body (plain text preferred, else HTML) is the start of the text. Every attachment is read
by the reader its bytes call for and becomes its own `Document` in `doc.attachments`
(parent_id set); its text is also appended to the parent's text under a line
"--- bijlage: NAME ---" as a segment of kind "attachment", with `offset_in_parent`, so the one
record of the file covers everything in it and offsets stay valid. An attachment that cannot
be read leaves a warning, not an error; nesting deeper than MAX_ATTACHMENT_DEPTH, more than
MAX_ATTACHMENTS in total, or more than MAX_MIME_PARTS parts refuse the whole file.
"""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from klachtanalyse.document import Document, Segment, sha256_id
from klachtanalyse.read import structure
from klachtanalyse.read.builder import TextBuilder
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import MAX_ATTACHMENT_DEPTH, MAX_ATTACHMENTS, MAX_MIME_PARTS

_CT = re.compile(rb"^content-type\s*:", re.I | re.M)


class NestingError(ReadError):
    """Too deep or too many attachments: refuses the whole file, not just one attachment."""


def _check_depth(depth: int) -> None:
    if depth > MAX_ATTACHMENT_DEPTH:
        raise NestingError(f"e-mail te diep genest: meer dan {MAX_ATTACHMENT_DEPTH} niveaus bijlagen in bijlagen")


def _assemble(doc: Document, body: str, attachments: list[tuple[str, "bytes | Document"]], depth: int, budget: dict,
              pdf_engine: str, ocr: bool) -> None:
    """Body text + each attachment read recursively and appended as an 'attachment' segment."""
    from klachtanalyse.read import read_bytes

    b = TextBuilder()
    if body.strip():
        b.add(body.strip("\n"))
    body_end = b.pos
    for name, data in attachments:
        budget["attachments"] = budget.get("attachments", 0) + 1
        if budget["attachments"] > MAX_ATTACHMENTS:
            raise NestingError(f"te veel bijlagen: meer dan {MAX_ATTACHMENTS}")
        if isinstance(data, Document):  # an embedded Outlook message, already read
            from klachtanalyse.read.kind import detect_kind

            child = data
            child.kind = detect_kind(child.text, child.format, child.metadata)
        elif not data or not data.strip():
            doc.warnings.append(f"bijlage {name}: leeg")
            continue
        try:
            if not isinstance(data, Document):
                child = read_bytes(data, name, source=f"{doc.source}#{name}", depth=depth + 1, budget=budget,
                                   pdf_engine=pdf_engine, ocr=ocr)
        except NestingError:
            raise
        except ReadError as err:
            doc.warnings.append(f"bijlage {name}: {err}")
            continue
        child.parent_id = doc.id
        b.block(f"--- bijlage: {name} ---")
        b.separate()
        start = b.pos
        b.add(child.text)
        child.offset_in_parent = start
        b.segments.append(Segment("attachment", start, b.pos, name))
        for seg in child.segments:  # the attachment's structure, in the parent's coordinates
            b.segments.append(Segment(seg.kind, seg.start + start, seg.end + start, seg.label))
        doc.attachments.append(child)
        doc.warnings.extend(f"bijlage {name}: {w}" for w in child.warnings)
    doc.text = b.finish()
    if not doc.text.strip():
        raise ReadError("e-mail zonder tekst en zonder leesbare bijlagen")
    doc.segments.extend(structure.detect(doc.text, end=body_end))
    doc.segments.extend(b.segments)
    if body_end:
        doc.segments.append(Segment("section", 0, body_end, "bericht"))
    doc.segments.sort(key=lambda s: (s.start, -s.end))


def read_eml(data: bytes, source: str, doc_id: str, *, depth: int = 0, budget: dict | None = None,
             pdf_engine: str = "auto", ocr: bool = True) -> Document:
    _check_depth(depth)
    budget = budget if budget is not None else {"attachments": 0}
    if len(_CT.findall(data)) > MAX_MIME_PARTS:
        raise NestingError(f"e-mail met te veel onderdelen (grens {MAX_MIME_PARTS})")
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except RecursionError:
        raise NestingError("e-mail te diep genest") from None
    except Exception:
        raise ReadError("e-mail kon niet gelezen worden (beschadigd)") from None
    doc = Document(id=doc_id, source=source, text="", format="eml")
    _headers(doc, msg)
    body = _eml_body(msg)
    attachments: list[tuple[str, bytes]] = []
    for n, part in enumerate(_iter_attachments(msg), 1):
        ctype = part.get_content_type()
        name = part.get_filename() or (f"bericht-{n}.eml" if ctype == "message/rfc822" else f"bijlage-{n}")
        try:
            if ctype == "message/rfc822":
                inner = part.get_payload()
                inner = inner[0] if isinstance(inner, list) and inner else inner
                payload = inner.as_bytes(policy=policy.default) if hasattr(inner, "as_bytes") else b""
                if not name.lower().endswith(".eml"):
                    name += ".eml"
            else:
                payload = part.get_payload(decode=True) or b""
        except RecursionError:
            raise NestingError("e-mail te diep genest") from None
        except Exception:
            doc.warnings.append(f"bijlage {name}: kon niet gedecodeerd worden")
            continue
        attachments.append((name, payload))
    try:
        _assemble(doc, body, attachments, depth, budget, pdf_engine, ocr)
    except RecursionError:
        raise NestingError("e-mail te diep genest") from None
    return doc


def _iter_attachments(msg):
    if msg.get_content_type() == "message/rfc822":
        yield msg  # the whole body is a forwarded message
    elif msg.is_multipart():
        yield from msg.iter_attachments()
    elif msg.get_content_disposition() == "attachment":
        yield msg


def _eml_body(msg) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except Exception:
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if part.get_content_type() == "text/html":
        from klachtanalyse.read.html import html_to_text

        content = html_to_text(content)[0] if content.strip() else ""
    return content.replace("\r\n", "\n").replace("\r", "\n")


def _headers(doc: Document, msg) -> None:
    md = doc.metadata
    for key, header in (("onderwerp", "subject"), ("van", "from"), ("aan", "to")):
        value = msg.get(header)
        if value:
            md[key] = " ".join(str(value).split())
    date = msg.get("date")
    if date:
        try:
            md["datum_verzonden"] = parsedate_to_datetime(str(date)).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass


def read_msg(data: bytes, source: str, doc_id: str, *, depth: int = 0, budget: dict | None = None,
             pdf_engine: str = "auto", ocr: bool = True) -> Document:
    _check_depth(depth)
    budget = budget if budget is not None else {"attachments": 0}
    try:
        import extract_msg
    except ImportError:
        raise ReadError("Outlook-bericht (.msg) lezen vraagt het pakket extract-msg: pip install extract-msg") from None
    try:
        msg = extract_msg.openMsg(data, delayAttachments=False)
    except Exception:
        raise ReadError("Outlook-bericht (.msg) is beschadigd of geen e-mail") from None
    try:
        return _msg_doc(msg, source, doc_id, depth, budget, pdf_engine, ocr)
    except RecursionError:
        raise NestingError("Outlook-bericht te diep genest") from None
    except ReadError:
        raise
    except Exception:  # olefile/extract-msg on a damaged file
        raise ReadError("Outlook-bericht (.msg) is beschadigd: kon niet gelezen worden") from None
    finally:
        try:
            msg.close()
        except Exception:
            pass


def _msg_doc(msg, source: str, doc_id: str, depth: int, budget: dict, pdf_engine: str, ocr: bool) -> Document:
    """An (embedded) Outlook message as a Document; embedded messages are read recursively."""
    _check_depth(depth)
    doc = Document(id=doc_id, source=source, text="", format="msg")
    md = doc.metadata
    for key, attr in (("onderwerp", "subject"), ("van", "sender"), ("aan", "to")):
        try:
            value = getattr(msg, attr, None)
        except Exception:
            value = None
        if value:
            md[key] = " ".join(str(value).split())
    try:
        date = getattr(msg, "date", None)
    except Exception:
        date = None
    if date is not None and hasattr(date, "date"):
        md["datum_verzonden"] = date.date().isoformat()
    body = getattr(msg, "body", None) or ""
    if not body.strip() and getattr(msg, "htmlBody", None):
        from klachtanalyse.read.html import html_to_text

        body = html_to_text(msg.htmlBody)[0]
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    attachments: list = []
    for n, att in enumerate(getattr(msg, "attachments", []) or [], 1):
        name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or f"bijlage-{n}"
        try:
            payload = att.data
        except Exception:
            doc.warnings.append(f"bijlage {name}: kon niet gelezen worden")
            continue
        if payload is not None and not isinstance(payload, (bytes, bytearray)):
            # an embedded Outlook message (extract-msg gives the message object itself)
            if not name.lower().endswith(".msg"):
                name += ".msg"
            child_id = sha256_id(f"{doc_id}/{n}/{name}".encode())
            child = _msg_doc(payload, f"{source}#{name}", child_id, depth + 1, budget, pdf_engine, ocr)
            attachments.append((name, child))
        else:
            attachments.append((name, bytes(payload or b"")))
    _assemble(doc, body, attachments, depth, budget, pdf_engine, ocr)
    return doc
