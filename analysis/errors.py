"""Exceptions raised by the suite.

Every error says what went wrong *and what to do next*, because the people who read
them are analysts in a notebook, not the authors of the code.
"""


class AnalysisError(Exception):
    """Base class: catch this to handle any error the suite raises on purpose."""


class CorpusError(AnalysisError):
    """A corpus path or file cannot be read as a corpus at all (not: one bad file)."""


class SchemaError(AnalysisError):
    """A table lacks required columns or has values of the wrong kind."""


class ModelError(AnalysisError):
    """A model file is missing, corrupt or of the wrong format."""


class MissingDependencyError(AnalysisError):
    """An optional package is not installed; the message names the extra to install."""


class TooFewDocumentsError(AnalysisError):
    """A corpus is too small for the requested analysis (e.g. topics on 2 texts)."""


class CodebookError(AnalysisError):
    """The frame codebook is malformed: the message points at the entry."""


class DownloadError(AnalysisError):
    """An explicit download failed (network, HTTP status, checksum)."""


class PathEscapeError(AnalysisError):
    """A path taken from a manifest points outside the folder it must stay in."""


class NotebookError(AnalysisError):
    """A notebook cannot be parameterised or a cell failed while executing it."""
