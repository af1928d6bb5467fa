"""The analysis of one file, stage after stage: read, language, classify, extract, privacy.

`Pipeline.analyse_file` never raises for a bad file: it returns an error Record with a
one-line reason, so a batch run goes on. The batch runner (klachtanalyse.store.runner)
and the Python API call this same function.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from klachtanalyse.document import Document, Record, sha256_id
from klachtanalyse.version import PIPELINE_VERSION

log = logging.getLogger(__name__)


@dataclass
class Options:
    """What a run asks for; the same object drives the CLI, the API and the workers."""

    pseudonimiseer: bool = False
    model: str | None = None  # path of a theme model; None = the shipped default
    keep_text: bool = True  # records carry the text (for the store and the report)
    # themes for every household; default: a household stated to have no children gets none
    alle_huishoudens: bool = False


@dataclass
class Context:
    """One document on its way through the stages; expensive views are computed once, lazily."""

    doc: Document
    nlp: Any = None  # a spaCy Language; None = load the project's pipeline when first needed

    @cached_property
    def nlp_doc(self):
        """The full spaCy analysis of the text (only stages that need it pay for it)."""
        if self.nlp is None:
            from klachtanalyse import language

            self.nlp = language.load()
        return self.nlp(self.doc.text)


def file_id(path: Path) -> str:
    """The id of a file that could not be read: the hash of its bytes if readable at all."""
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return "sha256:" + h.hexdigest()
    except OSError:
        return "sha256:" + hashlib.sha256(str(path).encode()).hexdigest()


class Pipeline:
    """Loads every stage once and analyses files one by one."""

    version = PIPELINE_VERSION

    def __init__(self, options: Options | None = None):
        self.options = options or Options()

    @cached_property
    def nlp(self):
        from klachtanalyse import language

        return language.load()

    @cached_property
    def classifier(self):
        from klachtanalyse import classify

        return classify.load_classifier(self.options.model, alle_huishoudens=self.options.alle_huishoudens)

    def signature(self) -> dict[str, str | None]:
        """What decides the records besides the bytes: pipeline version and theme model.

        The store re-analyses a file when any of this differs from what made its record.
        """
        clf = self.classifier
        name = str(getattr(clf, "name", type(clf).__name__))
        return {
            "pipeline_version": self.version,
            # the reading changes the labels, so a store re-analyses when it changes
            "model_name": name + (" (alle huishoudens)" if self.options.alle_huishoudens else ""),
            "model_version": str(getattr(clf, "version", "")) or None,
        }

    def warm_up(self) -> None:
        """Load every stage now (workers do this once, so per-file timings are fair).

        The spaCy pipeline is not among them: the stages use the language layer's raw-text
        functions, and `Context.nlp_doc` loads spaCy only when a stage asks for it."""
        self.classifier

    def analyse_file(self, path: str | Path) -> Record:
        from klachtanalyse.read import ReadError, read_file

        path = Path(path)
        try:
            doc = read_file(path)
        except ReadError as err:
            return Record.failed(str(path), str(err), file_id(path))
        except Exception as err:  # a reader bug must not stop the run
            log.warning("%s: onverwachte fout bij lezen (%s)", path, type(err).__name__)
            return Record.failed(str(path), f"kon niet gelezen worden: {type(err).__name__}", file_id(path))
        try:
            return self.analyse_document(doc)
        except Exception as err:
            log.warning("%s: fout bij analyse (%s)", path, type(err).__name__)
            return Record.failed(str(path), f"analyse mislukt: {type(err).__name__}: {err}", doc.id)

    def analyse_document(self, doc: Document) -> Record:
        from klachtanalyse import extract

        ctx = Context(doc=doc, nlp=self.__dict__.get("nlp"))
        record = Record(id=doc.id, source=doc.source, kind=doc.kind)
        metadata, extra = extract.extract_metadata(ctx)
        record.metadata.update(metadata)
        record.extra.update(extra)
        record.labels = self.classifier.classify(ctx)
        # The extract stage decides the grounds of a ruling (also "none": no eviction at
        # stake). In other documents the grounds are those of the eviction sentences (extract)
        # together with the complaint-language rules' (classifier); "overig" only where no other
        # ground is stated (taxonomy). Session 8: extract's "overlast" alone hid "(overlast én
        # achterstand)", its "overig" for "de huur opgezegd" hid "harddrugs verkocht".
        if not extract.is_ruling(doc):
            grounds = list(dict.fromkeys(list(metadata.get("grond") or []) + self.classifier.grounds(ctx)))
            if len(grounds) > 1 and "overig" in grounds:
                grounds.remove("overig")
            record.metadata["grond"] = grounds
        elif "grond" not in metadata and not record.metadata.get("grond"):
            record.metadata["grond"] = self.classifier.grounds(ctx)
        record.extra.setdefault("format", doc.format)
        record.extra["pipeline_version"] = self.version
        if self.options.keep_text:
            record.text = doc.text
        return record
