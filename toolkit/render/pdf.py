"""HTML to PDF with WeasyPrint: shipped fonts, tagged output, and a fetcher that reads nothing else.

The URL fetcher is the only way WeasyPrint reaches files or the network. It allows
``data:`` URIs and regular files inside the templates folder or the shipped font
folder, and refuses everything else, so no input can make a render read a local
file or open a connection.
"""

from __future__ import annotations

import atexit
import logging
import sys
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from ..errors import RenderError
from ..resources import templates_dir
from .fonts import font_dir, font_face_css
from .html_safety import drop_unsafe_links
from .weasyprint_import import import_weasyprint


def _allowed_roots() -> list[Path]:
    return [templates_dir().resolve(), font_dir()]


def _make_fetcher():
    from weasyprint import URLFetcher
    from weasyprint.urls import URLFetcherResponse

    class SafeFetcher(URLFetcher):
        """Serve data: URIs and files under the allowed roots; refuse the rest."""

        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(url2pathname(unquote(urlsplit(url).path))).resolve()
                if path.is_file() and any(path.is_relative_to(root) for root in _allowed_roots()):
                    return URLFetcherResponse(url, path.read_bytes())
            raise ValueError(f"jobkit does not load {url[:80]!r} while rendering")

    return SafeFetcher(allowed_protocols={"data", "file"})


@cache
def _shipped_fonts():
    """One font configuration per process: loading the font files once keeps a batch worker's memory flat."""
    import_weasyprint()
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    # Release it before interpreter shutdown: its __del__ needs modules that shutdown has already cleared.
    atexit.register(_shipped_fonts.cache_clear)
    return font_config, CSS(string=font_face_css(), url_fetcher=_make_fetcher(), font_config=font_config)


# The whole faces of the shipped font add about 100 KB to a PDF (123 KB for the example resume, all four faces 170).
_MOST_WITH_WHOLE_FACES = 512 * 1024


def _can_subset_quickly() -> bool:
    """Whether HarfBuzz-Subset loaded: then the embedded fonts hold only the glyphs the document uses.

    Without it WeasyPrint would subset with fontTools, whose subsetter takes about 0.085 s of CPU to load, on the
    clock of every cold PDF (more than half of a page's render). The whole faces the document uses are embedded
    instead (three for a resume): the PDF reads and looks the same and is larger, 123 KB against 25.6 KB with
    fontTools' subsets and 23.5 KB with HarfBuzz's for examples/profile.yaml (see README.md's Quick start).
    Only the shipped faces are worth embedding whole: a PDF that carries other fonts is subset as before.
    """
    libraries = sys.modules.get("weasyprint.text.ffi")
    # WeasyPrint subsets with HarfBuzz from its version 4.1 on (it needs hb_set_add_sorted_array).
    if getattr(libraries, "harfbuzz_subset", None) is None:
        return False
    return bool(libraries.harfbuzz.hb_version_atleast(4, 1, 0))  # type: ignore[union-attr]


def load_fonts() -> None:
    """Load WeasyPrint, the font configuration and the shipped fonts now, once per process."""
    _shipped_fonts()


def html_to_pdf(html: str) -> bytes:
    """A tagged PDF of ``html``, with title, author, subject and keywords from its <head>."""
    import_weasyprint()
    from weasyprint import HTML

    fetcher = _make_fetcher()
    # WeasyPrint logs every refused fetch and ignored CSS rule; keep them off the user's terminal
    # (a handler is needed, or Python's last-resort handler prints them anyway).
    logger = logging.getLogger("weasyprint")
    silencer = logging.NullHandler()
    logger.addHandler(silencer)
    previous_propagate = logger.propagate
    logger.propagate = False
    try:
        document = HTML(string=html, base_url=templates_dir().as_uri() + "/", url_fetcher=fetcher)
        # Links are made from the tree WeasyPrint parsed: only http(s), mailto and the page's own anchors stay
        # links (a relative one would become a file: link into jobkit's templates folder).
        drop_unsafe_links(document.etree_element)
        font_config, fonts = _shipped_fonts()
        options = {"stylesheets": [fonts], "font_config": font_config, "pdf_tags": True}
        if _can_subset_quickly():
            return document.write_pdf(**options)
        pdf = document.write_pdf(**options, full_fonts=True)
        # A PDF this large with whole faces carries a font besides the shipped one (a fallback font for another
        # script can be megabytes): it is made again with every face cut down by fontTools, as WeasyPrint would.
        return pdf if len(pdf) <= _MOST_WITH_WHOLE_FACES else document.write_pdf(**options)
    except Exception as error:  # WeasyPrint raises many kinds; none should surface as a traceback
        raise RenderError(f"PDF rendering failed: {type(error).__name__}: {error}") from error
    finally:
        logger.removeHandler(silencer)
        logger.propagate = previous_propagate
