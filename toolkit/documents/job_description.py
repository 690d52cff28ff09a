"""Build a job description's context for a role and level, in a company's voice.

Role content (summary, duties, qualifications, tools, schedule, physical demands) comes
from the role pack; the company's name, about-us, benefits, EEO statement and how to
apply come from its company file. Pay is what the recruiter gives, or the pack's figures
for the level (named with source and year in the recruiter-facing notes), or left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import JobkitError
from ..links import safe_link
from ..models.company import Company
from ..models.role import RolePack
from ..suggestions import unknown_name_message

REMOTE_MODES = {"onsite": ("On-site", "None"), "hybrid": ("Hybrid", "Hybrid"), "remote": ("Remote", "Full")}
EMPLOYMENT_TYPES = {
    "full-time": ("Full-time", "FULL_TIME"),
    "part-time": ("Part-time", "PART_TIME"),
    "contract": ("Contract", "CONTRACTOR"),
    "temporary": ("Temporary", "TEMPORARY"),
    "internship": ("Internship", "INTERN"),
    "per-diem": ("Per diem", "PER_DIEM"),
}
# Matched after white space is taken out, so no two repeats compete for the same characters, and an amount
# starts only where a number starts: linear time however the pattern is used.
_AMOUNT = r"(?<![0-9,.])\$?([0-9][0-9,]*(?:\.[0-9]+)?)(k)?"
_SALARY_RANGE = re.compile(rf"{_AMOUNT}(?:-|–|—|to){_AMOUNT}")
_SALARY_OPEN_ENDED = re.compile(rf"{_AMOUNT}(?:\+|-|–|ormore|andup)?")
MAX_SALARY_CHARACTERS = 100


class SalaryError(JobkitError):
    """A pay range that is not a real MIN-MAX range."""


HOURLY_BELOW = 500  # a range whose top is under this is pay per hour, not per year


@dataclass(frozen=True)
class PayRange:
    minimum: float
    maximum: float
    currency: str = "USD"

    @property
    def hourly(self) -> bool:
        return self.maximum < HOURLY_BELOW

    @property
    def unit(self) -> str:
        """schema.org unitText."""
        return "HOUR" if self.hourly else "YEAR"

    def display(self) -> str:
        def money(amount: float) -> str:
            return f"${amount:,.2f}".replace(".00", "") if self.hourly else f"${amount:,.0f}"

        return f"{money(self.minimum)} – {money(self.maximum)} {'an hour' if self.hourly else 'a year'}"


def parse_salary(text: str) -> PayRange | None | str:
    """``"36000-42000"`` (also ``$36,000 - $42,000``, ``36k-42k``, hourly ``22-26``) -> a range; ``"auto"``; ``"none"``.

    Open-ended ranges and min > max are errors: pay-transparency laws ask for a real range.
    """
    if len(text) > MAX_SALARY_CHARACTERS:
        raise SalaryError(
            f"--salary {text[:40]!r}... is {len(text):,} characters long; "
            "use MIN-MAX (e.g. 36000-42000), 'auto' or 'none'"
        )
    value = "".join(text.split()).lower()
    if value in {"auto", ""}:
        return "auto"
    if value in {"none", "no", "omit"}:
        return None
    match = _SALARY_RANGE.fullmatch(value)
    if not match:
        if _SALARY_OPEN_ENDED.fullmatch(value):
            raise SalaryError(
                f"--salary {text!r} is open-ended; give a real range as MIN-MAX (e.g. 36000-42000), "
                "as pay-transparency laws require, or 'auto' or 'none'"
            )
        raise SalaryError(f"--salary {text!r} is not a range; use MIN-MAX (e.g. 36000-42000), 'auto' or 'none'")
    low = _amount(match.group(1), match.group(2))
    high = _amount(match.group(3), match.group(4))
    if low <= 0 or high <= 0:
        raise SalaryError(f"--salary {text!r}: both ends must be above zero")
    if low > high:
        raise SalaryError(f"--salary {text!r}: the minimum ({low:,g}) is above the maximum ({high:,g})")
    return PayRange(low, high)


def _amount(number: str, thousands: str | None) -> float:
    amount = float(number.replace(",", ""))
    return amount * 1000 if thousands else amount


@dataclass
class JobDescriptionContext:
    document: dict[str, Any]
    job: dict[str, Any]  # the JSON Resume job document
    notes: list[str] = field(default_factory=list)


def build_job_description_context(
    role: RolePack,
    *,
    level: str,
    company: Company,
    location: str | None = None,
    remote: str = "onsite",
    employment: str = "full-time",
    salary: PayRange | None | str = "auto",
    logo_data_uri: str | None = None,
    today: date | None = None,
) -> JobDescriptionContext:
    """Everything the job description says, in order, and its JSON Resume job form."""
    today = today or date.today()
    level_ids = [item.id for item in role.levels]
    if level not in level_ids:
        raise JobkitError(unknown_name_message("level", level, level_ids))
    remote_label, remote_json = _choice("work mode", remote, REMOTE_MODES)
    employment_label, employment_schema = _choice("employment type", employment, EMPLOYMENT_TYPES)
    career = role.level(level)
    content = role.job_description
    posting = content.levels[level]
    name = company.name
    notes: list[str] = []

    if salary == "auto":
        pay = PayRange(career.salary.median, career.salary.average, career.salary.currency)
        source = next(item for item in role.sources if item.id == career.salary.source)
        notes.append(
            f"pay range from the role pack: US median ${career.salary.median:,} to US average "
            f"${career.salary.average:,} for {career.title} ({source.publisher.split(',')[0]}, "
            f"{source.title}{', ' + career.salary.year if career.salary.year else ''}); check it against your "
            "market and pay bands before posting, or set --salary MIN-MAX"
        )
    else:
        pay = salary
        if pay is None:
            notes.append("pay left out (--salary none); several US states require a pay range in postings")

    experience = (
        content.experience_phrase.format(years=career.years_min) if career.years_min else content.no_experience_phrase
    )
    required = [*posting.required, experience, *_certifications(role, posting.required_certifications)]
    preferred = [*posting.preferred, *_certifications(role, posting.preferred_certifications)]
    location = location or (company.locations[0] if company.locations else "")
    responsibilities = [*career.responsibilities, *posting.duties]
    summary = posting.summary.format(company=name)
    eeo = company.eeo_statement or content.default_eeo_statement.format(company=name)
    apply = company.how_to_apply or content.default_how_to_apply.format(company=name)
    work_environment = [*role.work_environment.items[:1], *content.schedule]

    document = {
        "kind": "job_description",
        "lang": "en",
        "meta": {
            "title": f"{career.title} – {name}",
            "author": name,
            "subject": f"Job description: {career.title}",
            "keywords": ", ".join([career.title, role.title, *[keyword.term for keyword in role.keywords[:10]]]),
        },
        "title": career.title,
        "company": {
            "name": name,
            "about": company.about,
            "website": company.website,
            "website_href": safe_link(company.website),
            "logo": logo_data_uri,
        },
        "facts": [fact for fact in (location, remote_label, employment_label, pay.display() if pay else "") if fact],
        "summary": summary,
        "responsibilities": responsibilities,
        "required": required,
        "preferred": preferred,
        "skills": content.skills_and_tools,
        "work_environment": work_environment,
        "physical_demands": content.physical_demands,
        "benefits": company.benefits,
        "eeo": eeo,
        "how_to_apply": apply,
    }
    document["json_ld"] = _json_ld(document, location, remote, employment_schema, pay, career.years_min, today, company)
    job = _json_resume_job(document, location, remote_json, employment_label, pay, career.title, today)
    return JobDescriptionContext(document, job, notes)


def _choice(kind: str, value: str, table: dict[str, tuple[str, str]]) -> tuple[str, str]:
    key = value.strip().lower().replace(" ", "-").replace("_", "-")
    key = {"on-site": "onsite", "in-person": "onsite", "fulltime": "full-time", "parttime": "part-time"}.get(key, key)
    if key not in table:
        raise JobkitError(unknown_name_message(kind, value, table))
    return table[key]


def _certifications(role: RolePack, abbreviations: list[str]) -> list[str]:
    """One line naming the credentials (any one of them will do), each with its issuing body.

    Credentials from the same body share one mention of it: "RHIA or CCS credential from
    the American Health Information Management Association (AHIMA)".
    """
    if not abbreviations:
        return []
    items = [role.certification_by_abbreviation(item) for item in abbreviations]
    names = " or ".join(f"{item.name} ({item.abbreviation})" for item in items)
    issuers = {(item.issuer, item.issuer_abbreviation) for item in items}
    if len(issuers) == 1:
        issuer, short = issuers.pop()
        return [f"{names} credential from the {issuer} ({short})"]
    return [
        " or ".join(
            f"{item.name} ({item.abbreviation}) from the {item.issuer} ({item.issuer_abbreviation})" for item in items
        )
        + " credential"
    ]


def _json_ld(
    document: dict[str, Any],
    location: str,
    remote: str,
    employment: str,
    pay: PayRange | None,
    years: int,
    today: date,
    company: Company,
) -> dict[str, Any]:
    """schema.org JobPosting, so the HTML can go on a careers page as is."""
    city, _, region = (part.strip() for part in location.partition(","))
    posting: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": document["title"],
        "description": "<p>"
        + document["summary"]
        + "</p><ul>"
        + "".join(f"<li>{item}</li>" for item in document["responsibilities"])
        + "</ul>",
        "datePosted": today.isoformat(),
        "employmentType": employment,
        "hiringOrganization": {"@type": "Organization", "name": company.name},
        "responsibilities": " ".join(document["responsibilities"]),
        "qualifications": " ".join(document["required"]),
        "skills": "; ".join(document["skills"]),
        "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": years * 12},
        "directApply": False,
    }
    if document["company"]["website_href"]:
        posting["hiringOrganization"]["sameAs"] = document["company"]["website_href"]
    if location:
        posting["jobLocation"] = {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": city,
                "addressRegion": region,
                "addressCountry": "US",
            },
        }
    if remote == "remote":
        posting["jobLocationType"] = "TELECOMMUTE"
        posting["applicantLocationRequirements"] = {"@type": "Country", "name": "USA"}
    if pay:
        posting["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": pay.currency,
            "value": {
                "@type": "QuantitativeValue",
                "minValue": pay.minimum,
                "maxValue": pay.maximum,
                "unitText": pay.unit,
            },
        }
    return posting


def _json_resume_job(
    document: dict[str, Any],
    location: str,
    remote: str,
    employment: str,
    pay: PayRange | None,
    level_title: str,
    today: date,
) -> dict[str, Any]:
    """The same posting as a JSON Resume job document (validated against the schema before it is written)."""
    city, _, region = (part.strip() for part in location.partition(","))
    job: dict[str, Any] = {
        "title": document["title"],
        "company": document["company"]["name"],
        "type": employment,
        "date": today.isoformat(),
        "description": document["summary"],
        "remote": remote,
        "experience": level_title,
        "responsibilities": document["responsibilities"],
        "qualifications": [*document["required"], *[f"Preferred: {item}" for item in document["preferred"]]],
        "skills": [{"name": "Skills and tools", "keywords": document["skills"]}],
    }
    if location:
        job["location"] = {key: value for key, value in (("city", city), ("region", region)) if value}
    if pay:
        job["salary"] = f"{pay.minimum:g}-{pay.maximum:g}" + (" per hour" if pay.hourly else "")
    return job
