"""The data that flows between the stages: a read `Document` and the `Record` built from it.

Every stage speaks in character offsets into `Document.text` (the text as the project
extracts it). Evidence, sections and spans are (start, end) pairs into that one string, so
`doc.text[start:end]` is always the quoted passage. Where cleaning changed the source text,
`Document.source_offsets` maps positions back into what the reader saw (see `to_source`).
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DocumentKind = Literal["uitspraak", "klacht", "beleid", "rapport", "onbekend"]
KINDS: tuple[str, ...] = ("uitspraak", "klacht", "beleid", "rapport", "onbekend")


def sha256_id(data: bytes) -> str:
    """The id of a document without an ECLI: the hash of its bytes, as the contract says."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass(slots=True)
class Segment:
    """A stretch of the text with a role: a section, numbered paragraph, page or attachment.

    `kind` is one of: "section", "paragraph", "page", "heading", "attachment", "article",
    "header" (e.g. the rechtspraak.nl header block), "inhoudsindicatie", "beslissing".
    `label` carries the number or title ("2.1", "Artikel 4", "De beslissing", page "3").
    """

    kind: str
    start: int
    end: int
    label: str | None = None

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(slots=True)
class Evidence:
    """A passage that backs a finding; `text == doc.text[start:end]` always holds."""

    text: str
    start: int
    end: int
    rule: str | None = None  # the rule id or model that found it, for traceability

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Label:
    """One theme a document raises, with its score and the passages behind it."""

    label: str
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    source: str | None = None  # backend that produced it ("rules", "textcat", ...)

    def to_record(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "score": round(float(self.score), 4),
            "evidence": [e.to_record() for e in self.evidence],
        }


@dataclass
class Document:
    """A document as read: its text, where it came from and its structure.

    `metadata` holds what the reader knows (ECLI, instantie, dates, zaaknummers, title,
    gemeente of a regulation, e-mail headers...). Later stages add to `facts`, keyed by
    the contract's field names, never overwriting reader metadata silently.
    """

    id: str
    source: str
    text: str
    kind: str = "onbekend"
    format: str = "text"  # reader that produced it: "rechtspraak-xml", "pdf", "docx", ...
    metadata: dict[str, Any] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    attachments: list["Document"] = field(default_factory=list)
    parent_id: str | None = None
    offset_in_parent: int | None = None  # where this attachment's text starts in the parent's
    source_offsets: list[tuple[int, int]] | None = None  # sorted (text_pos, source_pos) anchors
    warnings: list[str] = field(default_factory=list)

    def segments_of(self, kind: str) -> list[Segment]:
        return [s for s in self.segments if s.kind == kind]

    def evidence(self, start: int, end: int, rule: str | None = None) -> Evidence:
        """Build evidence for text[start:end], trimmed of surrounding whitespace."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(self.text[start:end], start, end, rule)

    def to_source(self, pos: int) -> int:
        """Map a position in `text` back to the reader's source text (identity if unchanged)."""
        if not self.source_offsets:
            return pos
        keys = [a for a, _ in self.source_offsets]
        i = bisect.bisect_right(keys, pos) - 1
        if i < 0:
            return pos
        text_anchor, source_anchor = self.source_offsets[i]
        return source_anchor + (pos - text_anchor)


def empty_metadata() -> dict[str, Any]:
    """The contract's metadata block with every field unknown."""
    return {
        "ecli": None,
        "instantie": None,
        "datum": None,
        "gemeente": [],
        "grond": [],
        "kinderen_betrokken": None,
        "belang_kind_gewogen": None,
        "uitkomst": None,
        "huurachterstand_eur": None,
        "wetsartikelen": [],
    }


@dataclass
class Record:
    """One line of `analyse` output, in the shape fixed by shared/spec/interface.md.

    `extra` holds what the project knows beyond the contract (procedure, provenance of each
    fact, reader format, timings); it is written under the key "extra" only when asked,
    so the contract's shape stays exact by default.
    """

    id: str
    source: str
    kind: str = "onbekend"
    status: str = "ok"
    error: str | None = None
    metadata: dict[str, Any] = field(default_factory=empty_metadata)
    labels: list[Label] = field(default_factory=list)
    text: str | None = None  # the extracted text, kept for the store and the report
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, include_extra: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "kind": self.kind,
            "status": self.status,
            "error": self.error,
            "metadata": dict(self.metadata),
            "labels": [lab.to_record() for lab in self.labels],
        }
        if include_extra and self.extra:
            out["extra"] = self.extra
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        labels = [
            Label(
                lab["label"],
                lab["score"],
                [Evidence(e["text"], e["start"], e["end"]) for e in lab.get("evidence", [])],
            )
            for lab in data.get("labels", [])
        ]
        meta = empty_metadata()
        meta.update(data.get("metadata") or {})
        return cls(
            id=data["id"],
            source=data["source"],
            kind=data.get("kind", "onbekend"),
            status=data.get("status", "ok"),
            error=data.get("error"),
            metadata=meta,
            labels=labels,
            extra=data.get("extra") or {},
        )

    @classmethod
    def failed(cls, source: str, error: str, file_id: str) -> "Record":
        """The record for a file that could not be read: one line that says why."""
        one_line = " ".join(str(error).split())[:500]
        return cls(id=file_id, source=source, status="error", error=one_line)


def as_plain(obj: Any) -> Any:
    """Dataclass to plain JSON-able structure (for stores and tests)."""
    return asdict(obj)
