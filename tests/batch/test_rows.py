"""A batch CSV read row by row: as a spreadsheet saves it and numbers it, each bad cell named by its column, and
each output name kept inside --out-dir."""

from __future__ import annotations

import pytest
from support.batches import HEADER, manifest_rows

from toolkit.batch import read_batch_rows, run_batch
from toolkit.cli import cli


@pytest.mark.parametrize("requested", ["../../etc/x", "/etc/passwd", "..", "CON", "", "a" * 300, "sub/dir/name"])
def test_hostile_output_names_stay_inside_out_dir(tmp_path, requested):
    source = tmp_path / "jobs.csv"
    source.write_text(HEADER + f'medical-records-specialist,mid,Acme,"{requested}"\n')
    out = tmp_path / "out"
    summary = run_batch(source, out_dir=out, fmt="md", jobs=1)
    assert summary.made == 1
    made = [path for path in out.iterdir() if path.name != "manifest.csv"]
    assert len(made) == 1 and made[0].parent == out
    assert made[0].suffix == ".md" and len(made[0].name) <= 70 and not made[0].name.startswith(".")
    assert made[0].stem.lower() != "con"


def test_colliding_names_get_a_numeric_suffix(tmp_path):
    source = tmp_path / "jobs.csv"
    source.write_text(HEADER + "medical-records-specialist,mid,Acme,posting\n" * 3)
    run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1)
    assert sorted(path.name for path in (tmp_path / "out").glob("*.md")) == [
        "posting-2.md",
        "posting-3.md",
        "posting.md",
    ]


def test_csv_with_a_byte_order_mark_and_ragged_rows(tmp_path):
    source = tmp_path / "jobs.csv"
    source.write_bytes(
        (
            "\ufeff" + HEADER + "medical-records-specialist,mid,Acme\nmedical-records-specialist,junior,Acme,x,extra\n"
        ).encode("utf-8")
    )
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1)
    assert (summary.made, summary.failed) == (1, 1)
    assert manifest_rows(tmp_path / "out" / "manifest.csv")[1]["message"] == "row has 5 fields but the header has 4"


def test_rows_are_numbered_as_a_spreadsheet_shows_them_even_with_line_breaks_in_cells(tmp_path):
    # A cell holding a line break (Alt+Enter in Excel) made every later row's number one too high.
    source = tmp_path / "jobs.csv"
    source.write_text(
        'role,level,company,benefits\nmedical-coder,mid,Acme,"Dental\nVision"\n\nmedical-coder,senior,Acme,\n'
    )
    assert [(number, values["level"]) for number, values, _ in read_batch_rows(source)] == [(2, "mid"), (4, "senior")]


def test_a_cell_too_long_to_read_fails_its_row_alone(tmp_path):
    # A 200,000-character cell stopped the whole batch ("field larger than field limit") before any row.
    source = tmp_path / "jobs.csv"
    source.write_text(
        HEADER + "medical-coder,mid,Acme,first\n" + "medical-coder,mid," + "A" * 200_000 + ",huge\n"
        "medical-coder,senior,Acme,last\n"
    )
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1)
    assert (summary.made, summary.failed) == (2, 1)
    rows = manifest_rows(tmp_path / "out" / "manifest.csv")
    assert [row["row"] for row in rows] == ["2", "3", "4"]
    assert rows[1]["status"] == "failed" and "longer than 131,072 characters" in rows[1]["message"]
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["first.md", "last.md", "manifest.csv"]


def test_header_names_may_be_written_as_people_title_columns(tmp_path):
    # "Salary Min" or "company-file" stopped the batch as unknown columns, with the right name suggested.
    source = tmp_path / "jobs.csv"
    source.write_text("Role,Level,Company,Salary Min,Salary-Max\nmedical-coder,mid,Acme,50000,60000\n")
    [(_, values, problem)] = list(read_batch_rows(source))
    assert problem == "" and (values["salary_min"], values["salary_max"]) == ("50000", "60000")


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_csv_saved_with_semicolons_or_tabs_is_read_by_its_header(tmp_path, separator):
    # Excel in much of Europe saves "CSV" with semicolons; the header alone had been one unknown column.
    source = tmp_path / "jobs.csv"
    rows = [["role", "level", "company", "benefits"], ["medical-coder", "mid", "Acme, Inc.", '"Dental; vision"']]
    source.write_text("".join(separator.join(row) + "\n" for row in rows), encoding="utf-8")
    [(number, values, problem)] = list(read_batch_rows(source))
    assert (number, problem) == (2, "")
    assert values == {"role": "medical-coder", "level": "mid", "company": "Acme, Inc.", "benefits": "Dental; vision"}


@pytest.mark.parametrize(
    "header, message",
    [
        ("role,level,company,company\n", "column 'company' appears twice in the header"),
        ("role,levle,company\n", "unknown column 'levle' (did you mean 'level'?)"),
        ("level,company\n", "the header has no 'role' column"),
    ],
)
def test_bad_headers_stop_before_any_row(runner, tmp_path, header, message):
    source = tmp_path / "jobs.csv"
    source.write_text(header + "medical-records-specialist,mid,Acme\n")
    result = runner.invoke(cli, ["batch", str(source), "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{source}:1:" in result.output and message in result.output


def test_bad_rows_name_their_reason(tmp_path):
    source = tmp_path / "jobs.csv"
    source.write_text(
        "kind,role,level,company,company_file\n"
        "cover-letter,medical-records-specialist,mid,Acme,\n"
        "job-description,medical-records-specialist,expert,Acme,\n"
        "job-description,nurse,mid,Acme,\n"
        "job-description,medical-records-specialist,mid,,missing.yaml\n"
        "job-description,medical-records-specialist,mid,,\n"
    )
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=2)
    assert summary.failed == 5
    messages = [row["message"] for row in manifest_rows(tmp_path / "out" / "manifest.csv")]
    assert "kind 'cover-letter' is not something batch makes" in messages[0]
    assert "unknown level 'expert'" in messages[1]
    assert "unknown role 'nurse'" in messages[2]
    assert "company file not found" in messages[3]
    assert messages[4] == "give a company or a company_file"


def test_bad_pay_cells_are_named_by_their_columns(tmp_path):
    source = tmp_path / "jobs.csv"
    source.write_text(
        "role,level,company,salary_min,salary_max\n"
        "medical-coder,mid,Acme,50000,\n"
        "medical-coder,mid,Acme,abc,60000\n"
        "medical-coder,mid,Acme,62000,55000\n"
        "medical-coder,mid,Acme,50k,60k\n"
    )
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1)
    assert (summary.made, summary.failed) == (1, 3)
    messages = [row["message"] for row in manifest_rows(tmp_path / "out" / "manifest.csv")]
    assert messages[0].startswith("give both salary_min and salary_max")
    assert messages[1].startswith("salary_min 'abc' and salary_max '60000': not amounts of pay")
    # The message starts with a letter, so the manifest need not defuse it with a leading "'".
    assert (
        messages[2] == "salary_min '62000' and salary_max '55000': the minimum (62,000) is above the maximum (55,000)"
    )
    assert not any("--salary" in message for message in messages)


def test_a_row_states_its_closing_date_as_colorado_asks(tmp_path):
    # Without an apply_by column every Colorado row of a batch was made with a violation it could not fix.
    from datetime import date, timedelta

    closing = date.today() + timedelta(days=30)
    source = tmp_path / "jobs.csv"
    source.write_text(
        "role,level,company,location,apply_by,output\n"
        f'medical-coder,mid,Acme,"Denver, CO",{closing.isoformat()},dated\n'
        'medical-coder,mid,Acme,"Denver, CO",31/03/2027,european\n'
        'medical-coder,mid,Acme,"Denver, CO",2020-01-01,past\n'
    )
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1)
    assert (summary.made, summary.failed) == (1, 2)
    rows = manifest_rows(tmp_path / "out" / "manifest.csv")
    assert "closing" not in rows[0]["message"] and "deadline" not in rows[0]["message"]
    assert (
        f"Apply by {closing.strftime('%B')} {closing.day}, {closing.year}."
        in (tmp_path / "out" / "dated.md").read_text()
    )
    assert rows[1]["message"] == "apply_by '31/03/2027': write the closing date as YYYY-MM-DD (e.g. 2027-03-31)"
    assert "apply_by) 2020-01-01 is already past (today is " in rows[2]["message"]
    assert not (tmp_path / "out" / "european.md").exists() and not (tmp_path / "out" / "past.md").exists()
