"""Sentences for a person, written in English here and translated where they are shown.

The core never imports Qt, yet its error messages must reach a German classroom in German. So a
message is kept as its parts: an English template with named fields, marked for Qt's lupdate,
and the values of those fields. A message is a `str` whose text is the English sentence (logs,
tests and `--json` output see exactly what an f-string gave before); the window and the command
line call `render` with Qt's `translate` and their number formatting, which looks the template
up in the installed language and then fills the fields, so a translation may move them. What it
leaves out: choosing the language and loading translations (nnviz/gui/i18n.py, cli/language.py).

`QT_TRANSLATE_NOOP("Errors", "…")` is the marker: lupdate reads calls spelled this way, and at
run time it merely tags the text with its context. A field may itself hold a message (an inner
error, the problems of a setup); it is rendered in the same language.
"""

import string


class Template(str):
    """An English template marked for translation; remembers its translation context."""

    context = ""

    def __new__(cls, text, context):
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __getnewargs__(self):
        return str(self), self.context


def QT_TRANSLATE_NOOP(context, text):   # noqa: N802 (lupdate knows it by this name)
    """Mark `text` for lupdate under `context`; returns it unchanged, tagged with the context."""
    return Template(text, context)


def _english(context, text):
    return text


class Rendered(str):
    """A sentence that is also its parts: as a str it is the English text (so `in`, `==` and
    logs work as with any string); `render` writes it again in the installed language."""

    def render(self, translate=_english, fmt=str.format):
        raise NotImplementedError


class Message(Rendered):
    """`template` with its `fields`, rendered in any language at the moment it is shown."""

    def __new__(cls, template, /, **fields):
        self = super().__new__(cls, _render(template, fields, _english, str.format))
        self.template = template
        self.fields = fields
        return self

    def render(self, translate=_english, fmt=str.format):
        return _render(self.template, self.fields, translate, fmt)

    def __getnewargs_ex__(self):
        return (self.template,), self.fields

    def __repr__(self):
        return f"Message({str(self.template)!r}, **{self.fields!r})"


def _render(template, fields, translate, fmt):
    """`translate(context, template)`, then `fmt(text, **fields)`, each field rendered too.

    A plain (unmarked) string without fields is shown as it is: it is already a sentence,
    perhaps translated by whoever wrote it. A translation whose fields do not fit falls back
    to the English template rather than hiding the message."""
    if not isinstance(template, Template) and not fields:
        return str(template)
    values = {k: render(v, translate, fmt) for k, v in fields.items()}
    if isinstance(template, Template):
        try:
            return fmt(translate(template.context, str(template)), **values)
        except (KeyError, IndexError, ValueError):
            pass
    return fmt(str(template), **values)


class Joined(Rendered):
    """Several messages shown one after another with `separator` (a list of problems)."""

    def __new__(cls, separator, parts):
        parts = list(parts)
        self = super().__new__(cls, separator.join(map(str, parts)))
        self.separator, self.parts = separator, parts
        return self

    def __getnewargs__(self):
        return self.separator, self.parts

    def render(self, translate=_english, fmt=str.format):
        return self.separator.join(render(p, translate, fmt) for p in self.parts)


class Trimmed(Rendered):
    """A message used inside another one, without the `prefix` it starts with (the file name
    the outer message names already) or the `suffix` it ends with (its full stop)."""

    def __new__(cls, message, prefix="", suffix=""):
        self = super().__new__(cls, str(message).removeprefix(prefix).removesuffix(suffix))
        self.message, self.prefix, self.suffix = message, prefix, suffix
        return self

    def __getnewargs__(self):
        return self.message, self.prefix, self.suffix

    def render(self, translate=_english, fmt=str.format):
        text = render(self.message, translate, fmt)
        return str(text).removeprefix(self.prefix).removesuffix(self.suffix)


def message_of(value):
    """The message carried by `value`: itself, or what an exception was raised with (a
    Message, Joined, Trimmed or a marked Template); None for anything else."""
    if isinstance(value, (Rendered, Template)):
        return value
    found = getattr(value, "message", None)
    if isinstance(found, (Rendered, Template)):
        return found
    if isinstance(value, BaseException) and len(value.args) == 1:
        if isinstance(value.args[0], (Rendered, Template)):
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
