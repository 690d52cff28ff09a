"""Bring the message catalogs up to date with the words jobkit writes.

    python tools/update_catalogs.py           # rewrite templates/language/catalogs/jobkit.pot, merge it into each .po
    python tools/update_catalogs.py --check   # exit 1 when a catalog lacks a message or has a stale one

The messages are found where they are written: ``gettext``/``pgettext``/``npgettext`` calls in
``toolkit/`` (``language.gettext("...")``), ``_("...")`` in the document templates, and the CEFR
level names of ``templates/language/cefr.yaml``. A new language starts as a copy of ``jobkit.pot``
named ``<code>.po`` (``msginit`` or by hand) with every ``msgstr`` filled; see the README's Languages.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "templates" / "language" / "catalogs"
KEYWORDS = {"gettext": None, "_": None, "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3)}


def extract_catalog():
    """Every message jobkit writes, as a Babel ``Catalog`` (the template every language's catalog follows)."""
    import yaml
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="jobkit", msgid_bugs_address="", copyright_holder="jobkit contributors")
    sources = [
        (ROOT / "toolkit", [("**.py", "python")]),
        (ROOT / "templates", [("**/document.html.j2", "jinja2"), ("**/_macros.html.j2", "jinja2")]),
    ]
    for folder, method_map in sources:
        for filename, line, message, comments, context in extract_from_dir(
            folder, method_map, keywords=KEYWORDS, comment_tags=("Translators:",)
        ):
            where = (f"{folder.relative_to(ROOT)}/{filename}", line)
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    cefr = yaml.safe_load((ROOT / "templates" / "language" / "cefr.yaml").read_text(encoding="utf-8"))
    for name in cefr["levels"].values():
        catalog.add(name, locations=[("templates/language/cefr.yaml", 0)], context="CEFR level")
    for message in catalog:
        if message.id and "{" in (message.id if isinstance(message.id, str) else message.id[0]):
            message.flags.add("python-brace-format")
    return catalog


def _key(message) -> tuple:
    return (message.context, message.id if isinstance(message.id, str) else tuple(message.id))


def catalog_problems(template, catalog) -> list[str]:
    """What keeps ``catalog`` from writing every message of ``template``: missing, untranslated, fuzzy or stale."""
    wanted = {_key(message) for message in template if message.id}
    have = {_key(message): message for message in catalog if message.id}
    problems = [f"missing: {key}" for key in sorted(wanted - have.keys(), key=str)]
    problems += [f"stale (no longer written): {key}" for key in sorted(have.keys() - wanted, key=str)]
    for key, message in have.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            problems.append(f"untranslated: {key}")
        if message.fuzzy:
            problems.append(f"fuzzy: {key}")
    return problems


def main() -> int:
    from babel.messages.pofile import read_po, write_po

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    arguments = parser.parse_args()
    template = extract_catalog()
    failed = False
    if not arguments.check:
        with (CATALOGS / "jobkit.pot").open("wb") as file:
            write_po(file, template, width=120, omit_header=False, sort_output=False, include_lineno=False)
    for path in sorted(CATALOGS.glob("*.po")):
        with path.open("rb") as file:
            catalog = read_po(file, locale=path.stem)
        if not arguments.check:
            catalog.update(template, no_fuzzy_matching=True)
            with path.open("wb") as file:
                write_po(file, catalog, width=120, include_lineno=False, ignore_obsolete=True)
        for problem in catalog_problems(template, catalog):
            print(f"{path.name}: {problem}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
