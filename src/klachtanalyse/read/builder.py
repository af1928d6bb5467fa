"""Building a document text piece by piece while recording its structure as offsets.

Readers that assemble text from parts (XML elements, PDF lines, DOCX paragraphs) append
through a `TextBuilder`, so every segment's (start, end) is exact by construction and,
where the reader knows where a piece came from, an anchor maps it back to the source.
"""

from __future__ import annotations

from klachtanalyse.document import Segment
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import MAX_TEXT_CHARS


class TextBuilder:
    """Append-only text with segments; blocks are separated by a blank line."""

    def __init__(self, max_chars: int = MAX_TEXT_CHARS) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.segments: list[Segment] = []
        self.anchors: list[tuple[int, int]] = []
        self.max_chars = max_chars

    def add(self, s: str, source_pos: int | None = None) -> None:
        if not s:
            return
        if source_pos is not None:
            self.anchors.append((self.pos, source_pos))
        self.parts.append(s)
        self.pos += len(s)
        if self.pos > self.max_chars:
            raise ReadError(f"tekst te lang: meer dan {self.max_chars:,} tekens (grens MAX_TEXT_CHARS)".replace(",", "."))

    def _ends_with(self, suffix: str) -> bool:
        tail = ""
        for part in reversed(self.parts):
            tail = part + tail
            if len(tail) >= len(suffix):
                break
        return tail.endswith(suffix)

    def separate(self, sep: str = "\n\n") -> None:
        """Make sure the next text starts on a new block (no separator at the very start)."""
        if self.pos == 0:
            return
        if sep == "\n\n":
            if self._ends_with("\n\n"):
                return
            self.add("\n" if self._ends_with("\n") else "\n\n")
        elif not self._ends_with("\n"):
            self.add("\n")

    def block(self, s: str, kind: str | None = None, label: str | None = None,
              source_pos: int | None = None, sep: str = "\n\n") -> tuple[int, int]:
        """Add `s` as its own block; optionally record it as a segment. Returns (start, end)."""
        s = s.strip("\n")
        if not s:
            return (self.pos, self.pos)
        self.separate(sep)
        start = self.pos
        self.add(s, source_pos)
        if kind:
            self.segments.append(Segment(kind, start, self.pos, label))
        return (start, self.pos)

    def open(self, kind: str, label: str | None = None) -> Segment:
        """Start a segment at the next block; close it with `close`."""
        self.separate()
        seg = Segment(kind, self.pos, -1, label)
        self.segments.append(seg)
        return seg

    def close(self, seg: Segment) -> None:
        seg.end = self.pos
        if seg.end <= seg.start:  # nothing was added: no empty segments
            self.segments.remove(seg)

    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""

    def finish(self) -> str:
        """The final text without trailing blank lines; segments clamped to it."""
        text = self.text().rstrip()
        n = len(text)
        for seg in self.segments:
            seg.end = min(seg.end, n)
            seg.start = min(seg.start, seg.end)
        self.segments = [s for s in self.segments if s.end > s.start]
        self.parts = [text]
        self.pos = n
        return text
