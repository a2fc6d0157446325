"""The project's own error types.

Every failure a user can cause (a bad file, a bad setting, a failed download) is raised as one
of these, with a one-sentence message that names the thing and the problem. The CLI and the GUI
catch `NnvizError` and show the message; anything else escaping is a bug.
"""


class NnvizError(Exception):
    """Base of every error nnviz reports to a person instead of a traceback."""


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
