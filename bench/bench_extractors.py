"""Which PDF text extractor reads resumes made by other tools best: words and spaces, speed.

Run: python bench/bench_extractors.py [--corpus dev|test|all]
Reads every PDF of the resume corpora with a key (tests/fixtures/resumes/outside, copied by its
copy_corpus.py, and tests/fixtures/resumes/made) with each extractor, side by side in one run, and prints for
each: how many of the keys' strings (name, section headings, job titles and employers, degrees, schools,
skills) are found with their spaces, how many only with the spaces taken out (glued words), and the time.
pdftotext (poppler) is a reference, not a candidate: it is a program, not a Python dependency.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import pathlib
import re
import shutil
import subprocess
import time

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
RESUMES = ROOT / "tests" / "fixtures" / "resumes"


def corpus(split: str) -> list[tuple[pathlib.Path, dict]]:
    found = []
    for key_path in sorted((RESUMES / "outside" / "keys").glob("*/*.key.yaml")):
        if split != "all" and key_path.parent.name != split:
            continue
        key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
        pdf = RESUMES / "outside" / "files" / key["file"]
        if pdf.suffix == ".pdf" and pdf.exists():
            found.append((pdf, key))
    for key_path in sorted((RESUMES / "made").glob("*.key.yaml")):
        key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
        number = int(re.match(r"(\d+)", key_path.name).group(1)) if re.match(r"\d+", key_path.name) else 0
        if split != "all" and (split == "dev") != (number <= 8):
            continue
        pdf = key_path.parent / key["file"]
        if pdf.suffix == ".pdf" and pdf.exists():
            found.append((pdf, key))
    return found


def strings(key: dict) -> list[str]:
    values = [key.get("name")]
    values += [section.get("heading") for section in key.get("sections") or []]
    for job in key.get("jobs") or []:
        values += [job.get("title"), job.get("employer")]
    for degree in key.get("education") or []:
        values += [degree.get("degree"), degree.get("school")]
    values += list(key.get("skills") or [])
    return [str(value) for value in values if value and len(str(value).split()) >= 2]  # spaces matter only there


def folded(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return " ".join(re.sub(r"[^\w&+#./-]+", " ", text.casefold()).split())


def pypdf_plain(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pypdf_layout(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text(extraction_mode="layout") or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def pdfium(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
    finally:
        document.close()


def poppler(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


EXTRACTORS = {"pypdf": pypdf_plain, "pypdf-layout": pypdf_layout, "pdfminer.six": pdfminer, "pypdfium2": pdfium}
if importlib.util.find_spec("pdfminer") is None:  # a candidate, not a dependency: pip install pdfminer.six
    del EXTRACTORS["pdfminer.six"]
if shutil.which("pdftotext"):
    EXTRACTORS["pdftotext (reference)"] = poppler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=["dev", "test", "all"], default="all")
    parser.add_argument("-v", action="store_true", help="each file's glued strings")
    options = parser.parse_args()
    files = corpus(options.corpus)
    totals = {name: [0, 0, 0, 0.0] for name in EXTRACTORS}  # spaced, glued, missing, seconds
    for pdf, key in files:
        data = pdf.read_bytes()
        wanted = strings(key)
        for name, extract in EXTRACTORS.items():
            start = time.perf_counter()
            try:
                text = folded(extract(data))
            except Exception as error:  # a reader that fails on a file counts every string missing
                text = ""
                print(f"{pdf.name}: {name} failed: {error}")
            totals[name][3] += time.perf_counter() - start
            squeezed = text.replace(" ", "")
            for value in wanted:
                value = folded(value)
                if value in text:
                    totals[name][0] += 1
                elif value.replace(" ", "") in squeezed:
                    totals[name][1] += 1
                    if options.v:
                        print(f"{pdf.name}: {name}: glued {value!r}")
                else:
                    totals[name][2] += 1
    count = sum(len(strings(key)) for _, key in files)
    print(f"{len(files)} PDFs, {count} multi-word strings from their keys")
    print(f"{'extractor':24} {'spaced':>8} {'glued':>7} {'missing':>8} {'ms/file':>8}")
    for name, (spaced, glued, missing, seconds) in totals.items():
        print(f"{name:24} {spaced:8} {glued:7} {missing:8} {1000 * seconds / max(1, len(files)):8.0f}")


if __name__ == "__main__":
    main()
