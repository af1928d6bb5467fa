"""Sentence boundaries for legal and informal Dutch, on raw text, without spaCy.

Why not spaCy's sentencizer: it ends a sentence at every full stop, so "r.o. 4.3" or a
numbered paragraph "2.1." becomes a sentence of its own, while an e-mail without full
stops or capitals stays one long sentence. The rules here (see docs/language.md and the
annotation guideline in corpora/annotaties/zinnen/) are:

1. A blank line always ends a sentence; a single line break does too, unless the line
   runs on: the next line starts in lower case (or with a continuing word) and the line
   before is long and does not end in sentence punctuation (wrapped PDF text).
2. Within a line, . ? ! … (with closing quotes or brackets) end a sentence when the next
   word starts with a capital, a digit, an opening quote/bracket or a placeholder, unless
   the full stop belongs to an abbreviation (data/afkortingen.yaml), an initial ("J."),
   a paragraph number at the start of a line ("2.1.", "4.3.2", "a.", "(ii)"), or a
   number that is part of a reference ("r.o. 4.3. De" does end the sentence).
   ? and ! also end a sentence before lower case (informal text); a full stop before
   lower case ends one after an ordinary word of three or more letters.
3. Numbered paragraph labels and enumeration markers belong to the sentence they start.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from klachtanalyse.language._data import load_yaml

_ENUM_AT_LINE_START = re.compile(
    r"""[ \t]*(?:
        \d{1,3}(?:\.\d{1,3}){1,4}\.?          # 2.1  2.1.  4.3.2
      | \d{1,3}\.                          # 2.
      | \d{1,3}(?=[ \t]*$|[ \t]+[A-Z])       # a bare 2 alone or before a capital
      | [a-zA-Z]\.                          # a.
      | [a-z]\)                             # a)
      | \((?:[a-z]|[ivxlc]{1,6}|\d{1,3})\)  # (a) (iv) (3)
      | [ivxlc]{1,6}[.)]                    # iv.  iv)
      | [-–—•·*▪►]                          # bullets and dashes
    )(?=[ \t]|$)""",
    re.X,
)

# A line that opens a chat message or names its speaker: a time stamp ("[09:15]", "12-03-2023
# 14:05 -", "14:05 ") or a speaker ("Kim:", "Oma Ayten:", "Jayden (3B):"). Such a line never
# continues the line before it, however long that line is (WhatsApp exports, chat transcripts).
_CHAT_LINE_START = re.compile(
    r"""[ \t]*(?:
        \[[^\]\n]{0,25}\d{1,2}[:.]\d{2}[^\]\n]{0,10}\]                       # [09:15]  [12-03-23 14:05:11]
      | \d{1,2}[-/]\d{1,2}[-/]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}                 # 12-03-2023 14:05
      | \d{1,2}:\d{2}(?=[ \t])                                             # 14:05 Kim:
      | [A-ZÀ-Þ][\w'’-]{1,20}(?:[ \t][\w'’.-]{1,20}){0,2}(?:[ \t]\([^)\n]{1,15}\))?:(?=[ \t])   # Kim: / Jayden (3B):
    )""",
    re.X,
)

# Candidate ends inside a line: terminal punctuation, then closing quotes/brackets.
_END_RE = re.compile(r"(?:\.{3}|…|[.?!]+)[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_RE = re.compile(r"\s+(\S)")

_CONTINUE_WORDS = frozenset(
    "en of maar dat die dan die het de een van in op te met voor vóór door aan om als naar bij uit tot "
    "na over onder tegen sinds per tussen zonder binnen "
    "zijn is was wordt werd heeft hebben niet ook nog wel zodat omdat waardoor waarbij".split()
)
_ENDS_OPEN = frozenset("de het een van in op te met voor vóór door aan om naar bij uit tot na over onder tegen sinds per tussen zonder binnen dat en of".split())


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    d = load_yaml("afkortingen.yaml")
    abbr = frozenset(a.lower() for a in d["afkortingen"])
    can_end = frozenset(a.lower() for a in d["kan_zin_eindigen"])
    return abbr, can_end


def _line_spans(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        out.append((pos, nl))
        pos = nl + 1
    return out


def _ends_sentence_line(line: str) -> bool:
    return bool(re.search(r"(?:[.?!:;…]|[.?!][\"'”’)\]])\s*$", line))


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int:
    """How long a line must be to count as wrapped: 3/4 of the text's usual full line width
    (its 90th-percentile line length), at least 40. Typed e-mails have short, uneven lines
    that are sentences; PDF text has lines cut at one width."""
    lengths = sorted(e - s for s, e in lines if e - s > 0)
    if len(lengths) < 4:
        return 60
    p90 = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    return max(40, int(p90 * 0.75))


def _line_runs_on(prev: str, nxt: str, blank_between: bool = False, width: int = 40) -> bool:
    """Whether a line break inside running text is only a wrap (PDF, e-mail, XML artefact).

    A line that is only a paragraph label ("2.1.") runs on into the next line; a line that
    starts with , ) ; continues the one before (party lines in rulings). Otherwise a wrap
    needs a long line (>= 40 characters) that does not end a sentence, and a next line
    that starts in lower case or after a word that cannot end a sentence ("de", "op").
    Across a blank line only the last kind counts.
    """
    p = prev.rstrip()
    q = nxt.lstrip()
    if not p or not q:
        return False
    if _CHAT_LINE_START.match(q):
        return False
    em = _ENUM_AT_LINE_START.match(p)
    if not blank_between and em and not p[em.end():].strip():
        return True
    if not blank_between and q[0] in ",;)":
        return True
    last = p.split()[-1].lower()
    if _ends_sentence_line(p):
        abbr, can_end = _abbreviations()
        # "mr.\nJansen": a line cut after an abbreviation still runs on
        return not blank_between and last in abbr and last not in can_end and len(p) >= width
    if len(p) >= 40 and last in _ENDS_OPEN and not _ENUM_AT_LINE_START.match(nxt):
        return True
    if len(p) >= width and (last in ("€", "eur", "euro", "ƒ") or last in _ENDS_OPEN):
        return True  # "een winst van €\n21.224": the number is not a paragraph label
    if blank_between or len(p) < width:
        return False
    if _ENUM_AT_LINE_START.match(nxt):
        return False
    # a line cut at (nearly) the full width without sentence punctuation is a wrap, whatever
    # the next line starts with (names, numbers, [placeholders], € amounts in PDF text)
    return True


def _boundary_after(line: str, end: int, punct: str, line_start_enum_end: int) -> bool:
    """Decide whether the punctuation ending at line[end] closes a sentence."""
    m = _NEXT_RE.match(line, end)
    if not m:
        return False  # line end: handled by the line rules
    nxt = m.group(1)
    core = punct.rstrip("\"'”’»)]")
    if end <= line_start_enum_end:
        return False  # the enumeration label "2.1." / "a." itself
    if core[0] in "?!" or core in ("...", "…") or len(core) > 1 and core[0] != ".":
        return nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘([" or nxt.islower() and core[0] in "?!"
    # a full stop
    wm = _WORD_BEFORE.search(line, 0, end - len(punct) + 1)
    word = wm.group(1) if wm else ""
    low = word.lower().lstrip("(\"'“‘[").rsplit("/", 1)[-1]
    abbr, can_end = _abbreviations()
    if low in abbr or low.replace("\u00ad", "") in abbr:
        if low in can_end and (nxt.isupper() or nxt in "\"“‘["):
            return True
        return False
    stem = low[:-1]
    if len(stem) == 1 and stem.isalpha():
        return False  # an initial: "J. Jansen", "onder a. en b."
    if re.fullmatch(r"(?:[a-z]\.){2,}", low):
        return False  # unlisted dotted abbreviation "m.a.w."
    if nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘([":
        if nxt.isdigit():
            # "art. 3. 4" is rare; a following number starts a new sentence only after a word
            return not stem.replace(".", "").replace(",", "").isdigit() or len(stem) > 6
        return True
    if nxt.islower():
        return len(stem) >= 3 and stem.isalpha()
    return False


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) as character offsets, trimmed of surrounding whitespace."""
    bounds: list[tuple[int, int]] = []
    lines = _line_spans(text)
    width = _wrap_width(text, lines)
    cur_start: int | None = None
    prev_line = ""
    blank = False
    _last_end = 0
    for i, (ls, le) in enumerate(lines):
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        lead = len(line) - len(line.lstrip())
        if cur_start is not None and not _line_runs_on(prev_line, line, blank, width):
            bounds.append((cur_start, _last_end))
            cur_start = None
        blank = False
        if cur_start is None:
            cur_start = ls + lead
        em = _ENUM_AT_LINE_START.match(line)
        enum_end = em.end() if em else -1
        for m in _END_RE.finditer(line):
            if _boundary_after(line, m.end(), m.group(0), enum_end):
                bounds.append((cur_start, ls + m.end()))
                nm = _NEXT_RE.match(line, m.end())
                cur_start = ls + nm.start(1)
        _last_end = ls + len(line.rstrip())
        prev_line = line
    if cur_start is not None:
        bounds.append((cur_start, _last_end))
    return [(s, e) for s, e in bounds if e > s]


_last: tuple[str, list[tuple[int, int]], list[int]] | None = None


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds text[start:end].

    Callers such as the theme rules ask this for many passages of one document: the
    sentences of the last text seen are kept (by identity), so each further call is a
    binary search instead of a new split.
    """
    global _last
    cached = _last
    if cached is not None and cached[0] is text:
        bounds, starts = cached[1], cached[2]
    else:
        bounds = sentences(text)
        starts = [b[0] for b in bounds]
        _last = (text, bounds, starts)
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0:
        s, e = bounds[k]
        if start < e or k + 1 == len(bounds) or starts[k + 1] >= end:
            return s, max(e, end)
    return start, end
