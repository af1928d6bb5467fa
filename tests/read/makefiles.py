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


def make_msg(subject: str, body: str, attachments: list[tuple[str, bytes]] = (),
             embedded: tuple[str, str] | None = None) -> bytes:
    """A minimal Outlook .msg (OLE compound file, MS-OXMSG) written with extract-msg's
    OleWriter: message class IPM.Note, subject, body, sender, and attachments by value."""
    import struct

    from extract_msg.ole_writer import OleWriter

    def u16(s: str) -> bytes:
        return s.encode("utf-16-le")

    def prop(tag: int, value: int = 0, flags: int = 6) -> bytes:
        return struct.pack("<IIQ", tag, flags, value)

    w = OleWriter()
    header = struct.pack("<8xIIII8x", 0, len(attachments), 0, len(attachments))
    w.addEntry("__properties_version1.0", header + prop(0x0E070003, 0))
    w.addEntry("__nameid_version1.0", storage=True)
    for sub in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        w.addEntry(f"__nameid_version1.0/{sub}", b"")
    strings = {"001A": "IPM.Note", "0037": subject, "1000": body, "0C1A": "S. de Vries",
               "0E04": "klachten@example.nl"}
    for pid, value in strings.items():
        w.addEntry(f"__substg1.0_{pid}001F", u16(value))
    for i, (name, data) in enumerate(attachments):
        st = f"__attach_version1.0_#{i:08X}"
        w.addEntry(st, storage=True)
        w.addEntry(f"{st}/__properties_version1.0", struct.pack("<8x") + prop(0x37050003, 1) + prop(0x0E210003, i))
        w.addEntry(f"{st}/__substg1.0_3707001F", u16(name))
        w.addEntry(f"{st}/__substg1.0_3704001F", u16(name[:8]))
        w.addEntry(f"{st}/__substg1.0_37010102", data)
    if embedded is not None:  # a forwarded Outlook message inside this one (attach method 5)
        i = len(attachments)
        st = f"__attach_version1.0_#{i:08X}"
        w.addEntry(st, storage=True)
        w.addEntry(f"{st}/__properties_version1.0", struct.pack("<8x") + prop(0x37050003, 5) + prop(0x0E210003, i))
        w.addEntry(f"{st}/__substg1.0_3707001F", u16("doorgestuurd"))
        inner = f"{st}/__substg1.0_3701000D"
        w.addEntry(inner, storage=True)
        w.addEntry(f"{inner}/__properties_version1.0", struct.pack("<8xIIII", 0, 0, 0, 0) + prop(0x0E070003, 0))
        for pid, value in {"001A": "IPM.Note", "0037": embedded[0], "1000": embedded[1]}.items():
            w.addEntry(f"{inner}/__substg1.0_{pid}001F", u16(value))
        header = struct.pack("<8xIIII8x", 0, i + 1, 0, i + 1)
        w.editEntry("__properties_version1.0", data=header + prop(0x0E070003, 0))
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()
