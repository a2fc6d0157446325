"""A one-line text progress bar on stderr, so stdout stays clean for results and JSON.

On a terminal the bar redraws in place; in a log (not a tty) it prints a line at every tenth so
the log shows progress without thousands of carriage returns.
"""

import sys

from nnviz.cli.language import fmt, translate


class ProgressBar:
    def __init__(self, label, total, stream=None, width=30):
        self.label, self.total, self.width = label, max(int(total), 1), width
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._last_tenth = -1

    def update(self, done, extra=""):
        frac = min(max(done / self.total, 0.0), 1.0)
        tenth = int(frac * 10)
        if not self.tty and tenth == self._last_tenth:
            return
        self._last_tenth = tenth
        filled = int(frac * self.width)
        bar = "#" * filled + "." * (self.width - filled)
        line = f"{self.label} [{bar}] {frac * 100:5.1f}% {extra}"
        self.stream.write(("\r" + line) if self.tty else (line + "\n"))
        self.stream.flush()

    def close(self):
        if self.tty:
            self.stream.write("\r" + " " * (len(self.label) + self.width + 40) + "\r")
            self.stream.flush()


def download_bar():
    """A progress(done, total, name) callback for the downloader: one bar per file."""
    bars = {}

    def progress(done, total, name):
        bar = bars.get(name) or bars.setdefault(name, ProgressBar(
            fmt(translate("Progress", "download {name}"), name=name), total or 1))
        bar.update(done)
        if total and done >= total:
            bar.close()
    return progress
