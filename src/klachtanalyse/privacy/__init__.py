"""Stage: privacy. Personal data of private persons out, findings (gemeenten, corporations) in.

Public face:
    Pseudonymiser()                       one per run: consistent placeholders across documents
      .pseudonymise_text(text) -> Pseudonymised   new text + offset map (map_pos, map_span)
      .pseudonymise_record(record) -> Record      text, evidence (offsets remapped) and extra
      .write_key(path)                            placeholder -> original, only when asked
      .stats                                      counts per type and documents
    find_personal_data(text, kind) -> list[Span]  the detections, for inspection and evaluation
    find_kept(text) -> list[(start, end)]         organisations and public bodies that stay
    TYPES                                         the placeholder types

See docs/privacy.md for what is removed, what stays and how re-identification is controlled.
"""

from klachtanalyse.privacy.detect import TYPES, Span, find_kept, find_personal_data
from klachtanalyse.privacy.pseudonymise import Pseudonymised, Pseudonymiser, Replacement

__all__ = ["Pseudonymiser", "Pseudonymised", "Replacement", "Span", "TYPES", "find_personal_data", "find_kept"]
