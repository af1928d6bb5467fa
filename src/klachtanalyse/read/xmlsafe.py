"""Parsing XML from outside without trusting it: no DTD, no entities, no network.

Entity declarations are refused outright (an entity-expansion bomb or an external entity that
points at a local file or a URL never gets near the parser); lxml runs with entity
resolution, DTD loading and network access off, and without its huge-tree option, so
libxml2's own depth and size limits apply.
"""

from __future__ import annotations

import re

from lxml import etree

from klachtanalyse.read.errors import ReadError

_ENTITY = re.compile(rb"<!ENTITY", re.I)


def parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=False, recover=False)


def parse_xml(data: bytes) -> etree._Element:
    """The root element of untrusted XML bytes, or a ReadError with a one-line reason."""
    if _ENTITY.search(data[:1_000_000]) or (b"<!DOCTYPE" in data and _ENTITY.search(data)):
        raise ReadError("XML met entiteit-definities (DTD) geweigerd: mogelijk onveilig (externe entiteit of entiteitenbom)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data = data.lstrip(b" \t\r\n")  # rechtspraak files sometimes start with a blank line
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as err:
        line = getattr(err, "lineno", None)
        where = f" (regel {line})" if line else ""
        raise ReadError(f"ongeldige of afgebroken XML{where}") from None
    if root is None:
        raise ReadError("ongeldige XML: geen inhoud")
    return root


_LOCAL: dict[str, str] = {}


def local(el) -> str:
    """Tag name without namespace; '' for comments and processing instructions."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    name = _LOCAL.get(tag)
    if name is None:
        name = _LOCAL[tag] = tag.rsplit("}", 1)[-1]
    return name
