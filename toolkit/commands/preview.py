"""The preview command: the resume in a browser on this computer, reloaded on every save."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import click

from .options import JOB_OPTION_HELP, handle_errors, paper_option, role_options, tell, theme_option
from .watching import report_render, template_files


@click.command()
@click.argument("profile", type=click.Path(path_type=Path))
@role_options()
@click.option("--job", type=click.Path(path_type=Path), metavar="POSTING", help=JOB_OPTION_HELP)
@theme_option
@paper_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in your web browser.")
@handle_errors
def preview(
    profile: Path,
    role: str | None,
    level: str | None,
    roles_dirs: tuple[Path, ...],
    job: Path | None,
    theme: str,
    paper: str,
    port: int,
    open_browser: bool,
) -> None:
    """Show the resume in a web browser on this computer, reloaded on every save of its files.

    Serves the resume's HTML (the source every format is made from) on 127.0.0.1 under a
    random address only this run prints, and reloads the page whenever the profile, the
    posting, a role pack or a template is saved. A mistake shows its located errors on the
    page and here, and the next good save shows the resume again. Ctrl-C stops.

    \b
    Example:
        jobkit preview profile.yaml --job posting.txt --open
        jobkit preview profile.yaml --role medical-records-specialist --theme modern --port 0
    """
    from ..api import render_resume
    from ..document_budget import make_within_budget, warm_for_documents
    from ..preview import PreviewPage, PreviewServer, on_preview_event, preview_page, preview_renders
    from ..render.fonts import embedded_font_face_css
    from ..render.html import check_paper, check_theme
    from ..watch import watch_and_render

    check_theme(theme)
    check_paper(paper)
    warm_for_documents(role=role)
    embedded_font_face_css()  # the whole faces, read once here: every render's child has them
    templates = template_files()

    def render_html() -> tuple[str, list[Path], list[str]]:
        # Read, tailored and filled in a child under the budget, as every document is.
        make = partial(
            render_resume,
            profile,
            role=role,
            job=job,
            level=level,
            roles_dirs=roles_dirs,
            theme=theme,
            paper=paper,
            fmt="html",
        )
        document = make_within_budget(make, convert=preview_page)
        warnings = [str(warning) for warning in document.warnings]
        return document.content.decode("utf-8"), [*document.sources, *templates], warnings

    page = PreviewPage()
    server = PreviewServer(page, port)
    tell(f"preview at {server.url}  (Ctrl-C stops)")
    start_file = None
    if open_browser:
        import webbrowser

        from ..preview import browser_start_file

        # The browser's command line is open to every user: it names a private file, not the secret address.
        start_file = browser_start_file(server.url)
        webbrowser.open(start_file.as_uri())
    try:
        watch_and_render(
            preview_renders(render_html, page),
            also_watch=[path for path in (profile, job) if path],
            on_render=on_preview_event(page, lambda event: report_render(event, "rendered", "not rendered")),
        )
    except KeyboardInterrupt:
        tell("stopped the preview")
    finally:
        server.close()
        if start_file is not None:
            start_file.unlink(missing_ok=True)
