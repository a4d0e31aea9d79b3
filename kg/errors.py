"""One small error hierarchy: the library raises these, the CLI prints one line and exits non-zero."""


class KgError(Exception):
    """Base class for every error kg raises on purpose (bad input, bad query, bad output dir)."""

    exit_code = 2


class InputError(KgError):
    """An input file is missing, empty, binary, wrongly encoded or malformed."""


class QueryError(KgError):
    """A SPARQL query is malformed or names an unknown canned query."""


class OutputError(KgError):
    """An output directory is missing, incomplete or cannot be written."""
