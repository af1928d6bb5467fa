"""Stage aggregate: records in, counts, co-occurrences and quote dossiers out.

Public face:
    Result.from_records(records) -> Result   DataFrames documents / findings / evidence,
                                             tabel(), samenhang(), dossier(), filter(), toon()
    labels                                   Dutch names and colours for the label ids
"""

from klachtanalyse.aggregate import labels
from klachtanalyse.aggregate.result import DIMENSIES, Result, bron_link

__all__ = ["Result", "DIMENSIES", "bron_link", "labels"]
