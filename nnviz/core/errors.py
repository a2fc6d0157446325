"""The project's own error types, and the one way a long computation is cancelled.

Every failure a user can cause (a bad file, a bad setting, a failed download) is raised as one
of these, with a one-sentence message that names the thing and the problem. The CLI and the GUI
catch `NnvizError` and show the message; anything else escaping is a bug. The message is an
English template marked for translation, with its fields (`core/messages.py`):
`raise ConfigError(QT_TRANSLATE_NOOP("Errors", "momentum must be in [0, 1); got {m}."), m=m)`.
`str(e)` is the English sentence; the window and the command line show it translated.

A computation that may take seconds (a download, an import, a lesson's analysis) accepts a
`cancelled()` callable and calls `check_cancelled` between its steps; when the person has asked
to stop, `Cancelled` ends it, leaving no partial result behind.
"""

from collections.abc import Callable

from nnviz.core.messages import QT_TRANSLATE_NOOP, Message, Rendered

CancelCheck = Callable[[], bool]   # True → stop as soon as possible


class NnvizError(Exception):
    """Base of every error nnviz reports to a person instead of a traceback.

    `NnvizError(template, **fields)`: `message` keeps both for translation; `str(e)` and
    `e.args[0]` are the English sentence."""

    def __init__(self, template="", /, **fields):
        self.message = template if isinstance(template, Rendered) and not fields \
            else Message(template, **fields)
        super().__init__(str(self.message))


class DataError(NnvizError):
    """A dataset file or folder is missing, malformed or inconsistent."""


class DownloadError(DataError):
    """A dataset could not be downloaded or did not verify."""


class ModelFileError(NnvizError):
    """A saved model cannot be loaded (not ours, wrong shapes, non-finite values…)."""


class ConfigError(NnvizError):
    """A hyper-parameter or option is out of range."""


class DivergenceError(NnvizError):
    """Training produced a non-finite cost; the last finite parameters were kept."""


class Cancelled(NnvizError):
    """The person stopped a computation before it finished (not a failure of the input)."""

    def __init__(self, message=None):
        super().__init__(QT_TRANSLATE_NOOP("Errors", "cancelled") if message is None else message)


def check_cancelled(cancelled, message=None):
    """Raise `Cancelled(message)` when the `cancelled()` callable (or None) says stop."""
    if cancelled is not None and cancelled():
        raise Cancelled(message)
