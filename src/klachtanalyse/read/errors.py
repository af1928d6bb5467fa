"""The one error a reader raises for bad input."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read; str(err) is the one-line reason shown to the user.

    The reason never quotes document text (privacy): it names the problem and, where it
    helps, the limit or the package to install.
    """

    def __init__(self, reason: str):
        super().__init__(" ".join(str(reason).split()))
