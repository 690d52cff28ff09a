"""Fill a user's Word template (docxtpl) with a document's values, in a Jinja sandbox.

For organisations whose documents must keep a fixed Word layout: the template is their
own DOCX with ``{{ placeholders }}`` and ``{%p for … %}`` loops (docxtpl's syntax),
filled from the plain values ``documents.template_context`` builds. The template is user
input, so its Jinja runs in a ``SandboxedEnvironment`` (nothing starting with ``_``, no
unsafe calls), every value is escaped (a company named "A<B & Co" stays text, never XML),
and a placeholder that names nothing is an error naming it, where it sits, and which
names there are. Fields that fetch files or run programs are refused, as in a reference, and
the filled document keeps only the parts and links on an allow-list (``keep_allowed_parts``).
"""

from __future__ import annotations

import html
import io
import re
from functools import partial
from typing import Any

from jinja2.exceptions import UndefinedError

from ..errors import InputFileError, Location
from ..inputs.word import (
    ATTACHED_TEMPLATE,
    WORD_DOCUMENT,
    WORD_TEMPLATE,
    WordTemplate,
    check_word_template,
    parse_part_xml,
)
from ..suggestions import did_you_mean
from .word_safety import W, keep_allowed_parts, refuse_unsafe_fields

_STORY_TYPES = {
    WORD_DOCUMENT: "body",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml": "header",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml": "footer",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml": "footnotes",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml": "endnotes",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml": "comments",
}
# Core properties docxtpl fills through Jinja; autoescaping suits the XML parts, not these plain strings.
_FILLED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")


class MissingPlaceholder(UndefinedError):
    """A placeholder names nothing in the context: its name and the value it was looked up on."""

    def __init__(self, message: str, *, name: str | None, owner: Any):
        super().__init__(message)
        self.name = name
        self.owner = owner


def fill_word_template(template: WordTemplate) -> bytes:
    """The template's DOCX with its placeholders filled from ``template.context``."""
    from docxtpl import DocxTemplate
    from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError
    from lxml import etree

    from .docx_package import creation_moment, with_fixed_timestamps

    check_word_template(template)  # the API checked it too; a library caller may not have
    name = template.path
    context = template.context or {}
    filler = DocxTemplate(io.BytesIO(_as_document(template.data)))
    try:
        document = filler.get_docx()
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise InputFileError(f"the Word template cannot be read: {type(error).__name__}: {error}", Location(name))
    for part, _kind in _story_parts(document):
        refuse_unsafe_fields(_part_root(part), Location(name, field=str(part.partname).lstrip("/")))
    _drop_attached_template(document)
    try:
        filler.render(context, jinja_env=_environment(), autoescape=True)
    except MissingPlaceholder as error:
        raise _placeholder_error(error, context, template) from None
    except SecurityError as error:
        raise InputFileError(
            f"the template tries something templates may not do: {error} (templates run in a sandbox and can "
            "only show the values jobkit gives them)",
            Location(name),
        ) from None
    except TemplateSyntaxError as error:
        near = _near(error)
        raise InputFileError(
            f"a tag in the template is not valid: {error.message}" + (f' (near "{near}")' if near else ""),
            Location(name),
        ) from None
    except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as error:
        raise InputFileError(f"the template could not be filled: {error}", Location(name)) from None
    except RecursionError:
        raise InputFileError(
            "the template could not be filled: its tags nest too deeply, or a macro in it calls itself without end",
            Location(name),
        ) from None
    except etree.XMLSyntaxError as error:
        raise InputFileError(
            f"the filled template is not a valid Word document ({error}); check that each {{%p %}} or {{%tr %}} "
            "tag sits alone in its own paragraph or table row",
            Location(name),
        ) from None
    # Checked again once filled: `{{ '<w:fldSimple w:instr="INCLUDEPICTURE http://…"/>' | safe }}` or an
    # {% autoescape false %} block writes XML the check of the template itself never saw.
    for part, _kind in _story_parts(document):
        refuse_unsafe_fields(_part_root(part), Location(name, field=f"{str(part.partname).lstrip('/')}, once filled"))
    # Once filled, so that what the fill wrote is held to the same list as what the template held.
    keep_allowed_parts(document)
    _set_properties(document, context.get("meta") or {})
    moment = creation_moment()
    document.core_properties.created = document.core_properties.modified = moment.replace(tzinfo=None)
    buffer = io.BytesIO()
    filler.save(buffer)
    return with_fixed_timestamps(buffer.getvalue(), moment)


def _as_document(data: bytes) -> bytes:
    """A Word template (.dotx) declared as a document, which python-docx opens; any other file as it is."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read("[Content_Types].xml")
        if WORD_TEMPLATE.encode() not in types:
            return data
        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy:
            for member in package.infolist():
                content = package.read(member)
                if member.filename == "[Content_Types].xml":
                    content = types.replace(WORD_TEMPLATE.encode(), WORD_DOCUMENT.encode())
                copy.writestr(member, content)
    return output.getvalue()


def _story_parts(document):
    """The parts that hold text: (part, kind) for the body, headers, footers, notes and comments."""
    for part in document.part.package.iter_parts():
        kind = _STORY_TYPES.get(part.content_type)
        if kind:
            yield part, kind


def _part_root(part):
    element = getattr(part, "_element", None)
    return element if element is not None else parse_part_xml(part.blob)


def _drop_attached_template(document) -> None:
    """The link to the template the file was made from: Word would look for it (the check warned about it)."""
    part = document.part._settings_part
    settings = part.element
    for element in settings.findall(f"{W}attachedTemplate"):
        settings.remove(element)
    for identifier, relationship in list(part.rels.items()):
        if relationship.reltype == ATTACHED_TEMPLATE:
            del part.rels[identifier]


def _environment():
    """Jinja for user templates: sandboxed, autoescaped, None shown as nothing, unknown names an error."""
    from jinja2.runtime import StrictUndefined, missing
    from jinja2.sandbox import SandboxedEnvironment

    class Placeholder(StrictUndefined):
        __slots__ = ()

        def __init__(self, hint=None, obj=missing, name=None, exc=None):
            if exc is None:  # an unknown name, not a sandbox refusal (which comes with its own exception)
                exc = partial(MissingPlaceholder, name=name, owner=obj)
            super().__init__(hint, obj, name, exc)

    return SandboxedEnvironment(
        autoescape=True,
        undefined=Placeholder,
        finalize=lambda value: "" if value is None else value,
        keep_trailing_newline=True,
    )


def _placeholder_error(error: MissingPlaceholder, context: dict[str, Any], template: WordTemplate) -> InputFileError:
    from jinja2.runtime import missing

    name = error.name or "?"
    owner = error.owner
    if owner is missing:
        # "title" alone most likely means the document's own title: "job.title" before "meta.title".
        within = [
            f"{top}.{name}" for top, value in reversed(context.items()) if isinstance(value, dict) and name in value
        ]
        hint = f" (did you mean {within[0]!r}?)" if within else did_you_mean(name, context)
        message = f"unknown placeholder {name!r}{hint}; the names are: {', '.join(context)}"
    else:
        where = _path_of(owner, context)
        full = f"{where}.{name}" if where else name
        if isinstance(owner, dict):
            known = [f"{where}.{key}" if where else str(key) for key in owner]
            message = (
                f"unknown placeholder {full!r}{did_you_mean(full, known)}; {where or 'it'} has: {', '.join(owner)}"
            )
        elif isinstance(owner, list):
            message = (
                f"unknown placeholder {full!r}: {where or 'it'} is a list, with no {name!r}; loop over it: "
                f"{{%p for item in {where or '…'} %}}"
            )
        elif owner is None:
            message = f"unknown placeholder {full!r}: {where or 'the value'} is empty here"
        else:
            message = f"unknown placeholder {full!r}: {where or 'the value'} is text, with no {name!r}"
    return InputFileError(message, _placeholder_location(template, name))


def _path_of(target: Any, value: Any, path: str = "") -> str:
    """Where ``target`` sits in the context ("job.company", "resume.work[0]"), found by identity; "" if nowhere."""
    if value is target and path:
        return path
    if isinstance(value, dict):
        for key, item in value.items():
            found = _path_of(target, item, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _path_of(target, item, f"{path}[{index}]")
            if found:
                return found
    return ""


def _placeholder_location(template: WordTemplate, name: str) -> Location:
    """The template's file and the first paragraph whose tags use ``name``, as the person typed it."""
    import docx

    pattern = re.compile(r"\{[{%][^{}]*?(?<![\w])" + re.escape(name) + r"(?![\w])")
    try:
        document = docx.Document(io.BytesIO(_as_document(template.data)))
    except Exception:
        return Location(template.path)
    for part, kind in _story_parts(document):
        for paragraph in _part_root(part).iter(f"{W}p"):
            text = "".join(node.text or "" for node in paragraph.iter(f"{W}t"))
            if pattern.search(text):
                shown = " ".join(text.split())
                shown = shown if len(shown) <= 70 else shown[:70] + "…"
                return Location(template.path, field=f'{kind}, paragraph "{shown}"')
    return Location(template.path)


def _near(error) -> str:
    """The template text (tags stripped) around a syntax error, as docxtpl records it."""
    lines = [" ".join(line.split()) for line in getattr(error, "docx_context", None) or []]
    lines = [line for line in lines if line]
    text = next((line for line in lines if "{" in line or "}" in line), lines[0] if lines else "")
    return text if len(text) <= 70 else text[:70] + "…"


def _set_properties(document, meta: dict[str, Any]) -> None:
    """Plain text in the properties docxtpl filled; the document's title and subject where the template had none."""
    properties = document.core_properties
    for attribute in _FILLED_PROPERTIES:
        value = getattr(properties, attribute)
        if value:
            setattr(properties, attribute, html.unescape(value))
    for attribute in ("title", "subject", "keywords"):
        if not getattr(properties, attribute) and meta.get(attribute):
            setattr(properties, attribute, str(meta[attribute])[:255])
    properties.revision = 1
