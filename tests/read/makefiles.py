"""Files the reader tests generate: DOCX letters, e-mails with attachments, hostile files.

Texts come from the real rulings in corpora/ or from the written examples in
corpora/geschreven/lezen/ (see the README there); nothing here is a real complaint.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
LETTER = (CORPORA / "geschreven" / "lezen" / "klachtbrief-utf8.txt").read_text(encoding="utf-8")


def make_docx(paragraphs: list[tuple[str, str | None]], table: list[list[str]] | None = None, title: str | None = None) -> bytes:
    """paragraphs: (text, style or None); style 'Heading 1' etc. makes a heading."""
    import docx

    d = docx.Document()
    if title:
        d.core_properties.title = title
    for text, style in paragraphs:
        d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_eml(body: str, attachments: list[tuple[str, bytes, str]] = (), subject: str = "Klacht over ontruiming",
             nested: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "S. de Vries <s.devries@example.org>"
    msg["To"] = "klachten@example.nl"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 14 Mar 2022 09:30:00 +0100"
    msg.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if nested is not None:
        from email import message_from_bytes, policy

        inner = message_from_bytes(nested, policy=policy.default)
        msg.add_attachment(inner, filename="doorgestuurd.eml")
    return bytes(msg)


def make_nested_eml(depth: int) -> bytes:
    data = make_eml("Binnenste bericht.")
    for i in range(depth):
        data = make_eml(f"Doorgestuurd bericht niveau {i + 1}.", nested=data)
    return data


def make_zip_bomb_docx(unpacked_mb: int = 300) -> bytes:
    """A .docx whose document.xml unpacks to `unpacked_mb` MB of zeros (written in chunks)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"0" * (1 << 20)
            for _ in range(unpacked_mb):
                fh.write(chunk)
    return buf.getvalue()


def billion_laughs() -> bytes:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' + "\n".join(ents) + ']>\n<open-rechtspraak>&lol9;</open-rechtspraak>\n').encode()


def external_entity(target: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "{target}">]>\n'
            '<open-rechtspraak><inhoudsindicatie><para>&xxe;</para></inhoudsindicatie></open-rechtspraak>\n').encode()


def make_raw_nested_eml(depth: int) -> bytes:
    """A message in a message in ... `depth` levels, written by hand (Python's own e-mail
    generator cannot write such a file: it runs out of recursion)."""
    data = b"From: a@example.org\r\nSubject: binnenste\r\n\r\nBinnenste bericht.\r\n"
    head = b"From: a@example.org\r\nSubject: doorgestuurd\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n"
    return head * depth + data
