"""HTML to DOCX: walk the same filled HTML and write real Word paragraphs, styles, lists and tables.

The writer knows the generic classes templates use, never a document kind. Their look comes from the
theme's tokens, which travel in the HTML (``jobkit-theme-tokens``): the same ``Stylesheet`` that gives
the PDF its CSS gives the DOCX its named Word styles (``section-title`` -> Heading 1, ``name`` -> Title,
list items -> List Bullet), so a user can restyle the document from Word's style pane. Blocks the PDF
keeps on one page are kept together with Word's own keep-with-next and keep-lines-together; the shipped
font is embedded; pages after the first are numbered. Only http(s) and mailto links become Word links.

This module starts the document (page, styles, properties, language) and hands it on: ``word_blocks``
walks the HTML tree (with ``word_runs`` for inline text and links, ``word_tables`` for tables), and
``docx_package`` writes the file with fixed timestamps."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lxml import html as lxml_html

from ..errors import RenderError
from ..models.theme import ThemeTokens
from .docx_package import creation_moment, package_bytes
from .stylesheet import Stylesheet, build_stylesheet
from .word_blocks import Writer
from .word_scripts import mark_right_to_left, set_language

if TYPE_CHECKING:
    from ..inputs.word import WordTemplate


def html_to_docx(html: str, reference: WordTemplate | None = None) -> bytes:
    """A DOCX with the same content as ``html``, styled by named Word styles from its theme's tokens.

    ``reference``, a user's Word document, lends its styles, page setup, headers and
    footers (``word_reference``); its body is never used.
    """
    tree = lxml_html.document_fromstring(html)
    meta = {element.get("name"): element.get("content", "") for element in tree.iter("meta") if element.get("name")}
    tokens = _theme_tokens(tree)
    sheet = build_stylesheet(tokens)
    paper = meta.get("jobkit:paper", "letter")
    document = _PREPARED.pop(_prepared_key(tokens, paper), None) or _styled_blank(sheet, paper)
    _set_properties(document, tree, meta)
    set_language(document, tree.get("lang") or "en-US")
    writer = Writer(document, sheet)
    writer.walk_children(tree.find("body"))
    writer.finish()
    mark_right_to_left(document)
    if reference is not None:
        from .word_reference import apply_reference

        apply_reference(document, reference)
    return package_bytes(document, creation_moment())


# (theme tokens, paper) -> a styled blank document made ahead (``prepare_blank_document``), used once.
_PREPARED: dict[tuple[str, str], Any] = {}


def prepare_blank_document(theme: str, paper: str) -> bool:
    """Make ahead the styled blank document a render in shipped theme ``theme`` on ``paper`` starts from;
    False when there is none to make (a theme folder, or a paper jobkit does not know).

    A render child does this while its parent still reads and checks the input, which
    takes a third off the render. The HTML decides: a render whose tokens or paper differ
    (a theme folder, or a caller that changed its mind) builds its own, as without this.
    Only shipped themes are read here, ahead of the budget: their files are jobkit's own.
    """
    from ..inputs.themes import builtin_theme_names, load_theme
    from .formats import PAPER_SIZES

    if theme not in builtin_theme_names() or paper.lower() not in PAPER_SIZES:
        return False
    tokens = load_theme(theme).tokens
    page = PAPER_SIZES[paper.lower()]
    _PREPARED[_prepared_key(tokens, page)] = _styled_blank(build_stylesheet(tokens), page)
    return True


def _prepared_key(tokens: ThemeTokens, paper: str) -> tuple[str, str]:
    return tokens.model_dump_json(), paper


def _styled_blank(sheet: Stylesheet, paper: str) -> Any:
    document = _new_document()
    _style_document(document, sheet, paper)
    return document


def _new_document() -> Any:
    """A blank python-docx document, without the blank-page thumbnail its template carries nor
    its Word 2010 copy of the styles (stylesWithEffects: 438 KB, stale once jobkit writes its
    own styles, and a quarter of a render's time spent compressing it, twice)."""
    from docx import Document

    document = Document()
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype.endswith("/thumbnail"):
            del package.rels[key]
    for key, relationship in list(document.part.rels.items()):
        if relationship.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[key]
    return document


def _style_document(document: Any, sheet: Stylesheet, paper: str) -> None:
    """Page, Word styles and numbering from the stylesheet, page numbers, and the embedded font."""
    from .fonts import embed_fonts
    from .word_styles import WordStyles, add_page_numbers, set_page

    set_page(document, paper, sheet)
    WordStyles(document, sheet).apply()
    add_page_numbers(document)
    embed_fonts(document, sheet.tokens.font)


def _theme_tokens(tree: Any) -> ThemeTokens:
    """The tokens the HTML carries; HTML without them (written by hand) gets the default theme."""
    script = tree.find(".//script[@id='jobkit-theme-tokens']")
    if script is None or not (script.text or "").strip():
        return ThemeTokens()
    try:
        return ThemeTokens.model_validate(json.loads(script.text))
    except ValueError as error:  # json.JSONDecodeError and pydantic's ValidationError are ValueErrors
        raise RenderError(f"the HTML's theme tokens are not valid: {error}") from None


def _set_properties(document, tree, meta: dict[str, str]) -> None:
    properties = document.core_properties
    title = tree.find(".//title")
    properties.title = title.text_content() if title is not None else ""
    properties.author = meta.get("author", "")
    properties.last_modified_by = meta.get("author", "")
    properties.subject = meta.get("description", "")
    properties.keywords = meta.get("keywords", "")
    properties.comments = "Made with jobkit"
    properties.created = properties.modified = creation_moment().replace(tzinfo=None)
    properties.revision = 1
