"""Resource limits for reading one file: every reader checks these before it does real work.

Why: a batch run over whatever arrived in a mailbox must never hang or run out of memory on
one hostile or broken file (zip bombs, entity bombs, endless e-mail nesting, a 5 GB log).
Each limit turns into a one-line `ReadError` that names the limit. Change them here.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_FILE_BYTES = 100 * MB  # any file on disk
MAX_TEXT_CHARS = 20_000_000  # extracted text of one file incl. attachments (~10k pages)
MAX_PDF_PAGES = 3000
MAX_UNZIPPED_BYTES = 200 * MB  # DOCX: total uncompressed size of the zip members
MAX_ZIP_RATIO = 100  # DOCX: uncompressed / compressed size, per member and in total
MAX_ZIP_MEMBERS = 5000
MAX_ATTACHMENT_DEPTH = 5  # e-mail in e-mail in e-mail ...
MAX_ATTACHMENTS = 200  # over the whole tree of one file
MAX_MIME_PARTS = 500  # counted in the raw bytes before the e-mail parser runs
MAX_XML_DEPTH = 400  # nesting depth of XML/HTML elements we walk
OCR_TIMEOUT_S = 120  # per page, for the tesseract subprocess
MAX_OCR_PAGES = 50
OCR_DPI = 300

# Bounds the test-suite checks for each hostile file (seconds per file, peak MB of memory).
STATED_TIME_S = 10.0
STATED_MEMORY_MB = 300
