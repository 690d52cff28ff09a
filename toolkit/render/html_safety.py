"""What HTML from a theme's templates may hold, decided on the tree a browser builds, and that tree written out.

A check that reads markup one way while a browser reads it another is no check: Python's
``html.parser`` ends a comment only at ``-->``, where a browser ends ``<!-->`` at once, so a
``<meta http-equiv="refresh">`` after it passed unseen. So the filled HTML is parsed by an
HTML5 parser (tinyhtml5, the one WeasyPrint uses), the tree is checked, and the tree, not
the string, is what every format is made from: it is written out again by the serializer
of the HTML standard and must read back to the same tree, so no markup the check never saw
(a ``<meta>`` a newer browser keeps inside ``<select>``, text a browser reads as a tag)
reaches a browser. Links of any other kind than http(s), mailto and the page's own
``#anchors`` lose their target and stay text.
"""

from __future__ import annotations

from typing import Any

from ..inputs.links import safe_link

# tinyhtml5 (as WeasyPrint calls it) leaves HTML elements without a namespace; SVG and MathML elements have theirs.
_NAMESPACE_PREFIXES = {
    "http://www.w3.org/XML/1998/namespace": "xml:",
    "http://www.w3.org/1999/xlink": "xlink:",
    "http://www.w3.org/2000/xmlns/": "xmlns:",
}

# What opening an HTML page in a browser runs or fetches by itself, or what browsers parse in more than
# one way (noscript's content is markup or text depending on scripting; xmp, plaintext, noembed and
# noframes are raw text to some parsers). The content policy every HTML document starts with stops
# scripts and fetches; these are what a policy cannot stop or what no document of jobkit's needs.
_ACTIVE_ELEMENTS = frozenset(
    "script iframe frame frameset object embed applet portal base link noscript noembed noframes xmp plaintext "
    "template".split()
    # SVG animation changes attributes after the page was checked: <set attributeName="href" to="file:...">.
    + "animate animatecolor animatemotion animatetransform discard set".split()
)
_INERT_SCRIPT_TYPES = {"application/json", "application/ld+json"}
# Attributes that name where a link goes, in any namespace (SVG and MathML links included).
_LINK_ATTRIBUTES = frozenset({"href", "{http://www.w3.org/1999/xlink}href"})
_VOID_ELEMENTS = frozenset(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr".split()
)
_RAW_TEXT_ELEMENTS = frozenset("style script xmp iframe noembed noframes plaintext".split())


class UnsafeMarkup(Exception):
    """HTML that would run or fetch something in a browser, or that a browser would read differently."""


def parse_html(html: str) -> Any:
    """The tree an HTML5 parser (and so WeasyPrint) builds from ``html``: its ``<html>`` element."""
    import tinyhtml5

    return tinyhtml5.parse(html, namespace_html_elements=False)


def active_content(html: str) -> str | None:
    """The first element or attribute in ``html`` that would run or fetch in a browser, described; or None."""
    return find_active_content(parse_html(html))


def find_active_content(root: Any) -> str | None:
    """``active_content`` of a parsed tree."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # a comment
        name = _local_name(element.tag).lower()
        attributes = {_local_name(key): (value or "").strip().lower() for key, value in element.attrib.items()}
        if name == "script" and attributes.get("type") in _INERT_SCRIPT_TYPES and element.tag == "script":
            pass
        elif name in _ACTIVE_ELEMENTS:
            return f"a <{name}> element"
        elif name == "meta" and "http-equiv" in attributes:
            return "<meta http-equiv>"
        if handler := next((key for key in attributes if key.startswith("on")), None):
            return f"an event handler {handler}= on <{name}>"
    return None


def drop_unsafe_links(root: Any) -> int:
    """Take the target from every link that is not http(s), mailto or an anchor of the page; how many.

    The element and its text stay: ``<a href="file:///etc/passwd">my file</a>`` reads "my file".
    """
    dropped = 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for key in [key for key in element.attrib if key in _LINK_ATTRIBUTES]:
            target = element.attrib[key]
            kept = target.strip() if is_page_anchor(target) else safe_link(target)
            if kept is None:
                del element.attrib[key]
                dropped += 1
            else:
                element.attrib[key] = kept
    return dropped


def is_page_anchor(target: str) -> bool:
    """``#work``: a place in the same document, which a renderer may keep as an internal link."""
    target = target.strip()
    return target.startswith("#") and len(target) > 1


def checked_html(html: str) -> str:
    """``html`` parsed, checked and written out again, links made safe; ``UnsafeMarkup`` names what is refused."""
    root = parse_html(html)
    if found := find_active_content(root):
        raise UnsafeMarkup(found)
    drop_unsafe_links(root)
    written = serialize_html(root)
    if serialize_html(parse_html(written)) != written:
        raise UnsafeMarkup("markup that a browser would read differently once written out (misnested tags?)")
    return written


def serialize_html(root: Any) -> str:
    """The document ``root`` heads, written by the HTML standard's serialization algorithm, with a doctype.

    Attribute values escape ``<`` and ``>`` too (as the standard now does), so no value can
    read as a tag to a parser that treats an element's content as text.
    """
    parts: list[str] = ["<!DOCTYPE html>"]
    _write_element(root, parts)
    return "".join(parts)


def _write_element(element: Any, parts: list[str]) -> None:
    if not isinstance(element.tag, str):  # a comment: "--" inside cannot end it early once parsed
        parts.append(f"<!--{element.text or ''}-->")
        return
    name = _local_name(element.tag)
    parts.append(f"<{name}")
    for key, value in element.attrib.items():
        parts.append(f' {_attribute_name(key)}="{_escape(value or "", attribute=True)}"')
    parts.append(">")
    html_element = "}" not in element.tag
    if html_element and name in _VOID_ELEMENTS:
        return
    raw = html_element and name in _RAW_TEXT_ELEMENTS
    text = element.text or ""
    if html_element and name in {"pre", "textarea", "listing"} and text.startswith("\n"):
        parts.append("\n")  # the parser drops one newline right after the start tag
    parts.append(text if raw else _escape(text))
    for child in element:
        _write_element(child, parts)
        tail = child.tail or ""
        parts.append(tail if raw else _escape(tail))
    parts.append(f"</{name}>")


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute_name(key: str) -> str:
    if not key.startswith("{"):
        return key
    namespace, local = key[1:].split("}", 1)
    if namespace == "http://www.w3.org/2000/xmlns/" and local == "xmlns":
        return "xmlns"
    return _NAMESPACE_PREFIXES.get(namespace, "") + local


def _escape(text: str, *, attribute: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("\u00a0", "&nbsp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if attribute else text
