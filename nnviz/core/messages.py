"""Sentences for a person, written in English here and translated where they are shown.

The core never imports Qt, yet its error messages must reach a German classroom in German. So a
message is kept as its parts: an English template with named fields, marked for Qt's lupdate,
and the values of those fields. `str()` of a message is the English sentence (logs, tests and
`--json` output see exactly what an f-string gave before); the window and the command line call
`render` with Qt's `translate` and their number formatting, which looks the template up in the
installed language and then fills the fields, so a translation may move them.

`QT_TRANSLATE_NOOP("Errors", "…")` is the marker: lupdate reads calls spelled this way, and at
run time it merely tags the text with its context. A field may itself hold a message (an inner
error, the problems of a setup); it is rendered in the same language.
"""

import string

CONTEXT = "Errors"      # the translation context of the core's messages


class Template(str):
    """An English template marked for translation; remembers its translation context."""

    context = ""

    def __new__(cls, text, context):
        self = super().__new__(cls, text)
        self.context = context
        return self


def QT_TRANSLATE_NOOP(context, text):   # noqa: N802 (lupdate knows it by this name)
    """Mark `text` for lupdate under `context`; returns it unchanged, tagged with the context."""
    return Template(text, context)


def _english(context, text):
    return text


class Message:
    """`template` with its `fields`, rendered in any language at the moment it is shown."""

    def __init__(self, template, /, **fields):
        self.template = template
        self.fields = fields

    def render(self, translate=_english, fmt=str.format):
        """The sentence: `translate(context, template)`, then `fmt(text, **fields)`.

        A plain (unmarked) string without fields is shown as it is: it is already a sentence,
        perhaps translated by whoever wrote it. A translation whose fields do not fit falls back
        to the English template rather than hiding the message."""
        template = self.template
        if not isinstance(template, Template) and not self.fields:
            return str(template)
        values = {k: render(v, translate, fmt) for k, v in self.fields.items()}
        if isinstance(template, Template):
            translated = translate(template.context, str(template))
            try:
                return fmt(translated, **values)
            except (KeyError, IndexError, ValueError):
                pass
        return fmt(str(template), **values)

    def __str__(self):
        return self.render()

    def __repr__(self):
        return f"Message({str(self.template)!r}, **{self.fields!r})"


class Joined:
    """Several messages shown one after another with `separator` (a list of problems)."""

    def __init__(self, separator, parts):
        self.separator = separator
        self.parts = list(parts)

    def render(self, translate=_english, fmt=str.format):
        return self.separator.join(render(p, translate, fmt) for p in self.parts)

    def __str__(self):
        return self.render()


class Clause:
    """A message used inside another sentence: its final full stop is dropped."""

    def __init__(self, message):
        self.message = message

    def render(self, translate=_english, fmt=str.format):
        return render(self.message, translate, fmt).rstrip(".")

    def __str__(self):
        return self.render()


_RENDERED = (Message, Joined, Clause, Template)


def message_of(value):
    """The message carried by `value`: itself, or what an exception was raised with (a
    Message, a Joined, a Clause, or a marked Template); None for anything else."""
    if isinstance(value, _RENDERED):
        return value
    found = getattr(value, "message", None)
    if isinstance(found, _RENDERED):
        return found
    if isinstance(value, BaseException) and len(value.args) == 1:
        if isinstance(value.args[0], _RENDERED):
            return value.args[0]
    return None


def render(value, translate=_english, fmt=str.format):
    """A field's value for the sentence: messages (and exceptions that carry one) rendered in
    the same language, anything else left as it is (a number is formatted by `fmt`)."""
    found = message_of(value)
    if isinstance(found, Template):     # a marked phrase that completes a sentence
        return translate(found.context, str(found))
    if found is not None:
        return found.render(translate, fmt)
    if isinstance(value, BaseException):
        return str(value)
    return value


def fields_of(template):
    """The names of the fields a template uses, such as {'n', 'path'} for '{path}: {n:,} images'."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
