"""User-facing errors: the CLI prints ``str(error)`` as one line and exits non-zero."""


class PublisherError(Exception):
    """A problem the user can act on; never shown as a traceback."""

    exit_code = 1


class InputError(PublisherError):
    """Bad or unreadable input (a page file, an edition.json, a dictionary)."""

    exit_code = 2
