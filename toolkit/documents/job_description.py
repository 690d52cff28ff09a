"""Build a job description's context for a role and level, in a company's voice.

Role content (summary, duties, qualifications, tools, schedule, physical demands) comes
from the role pack; the company's name, about-us, benefits, EEO statement and how to
apply come from its company file. Pay is what the recruiter gives, or the pack's figures
for the level (named with source and year in the recruiter-facing notes), or left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, cast

from ..errors import JobkitError
from ..inputs.links import safe_link
from ..models.company import Company
from ..models.role import EmploymentType, RolePack
from ..pay.ranges import PayRange
from ..placeholders import fill_placeholders
from ..postings.years import years_in
from ..suggestions import did_you_mean, unknown_name_message
from .common import Meta, keywords_line
from .job_pay import choose_pay
from .levels import check_level
from .wording import join_words, long_date, without_near_duplicates

REMOTE_MODES = {"onsite": ("On-site", "None"), "hybrid": ("Hybrid", "Hybrid"), "remote": ("Remote", "Full")}
EMPLOYMENT_TYPES = {
    "full-time": ("Full-time", "FULL_TIME"),
    "part-time": ("Part-time", "PART_TIME"),
    "contract": ("Contract", "CONTRACTOR"),
    "temporary": ("Temporary", "TEMPORARY"),
    "internship": ("Internship", "INTERN"),
    "per-diem": ("Per diem", "PER_DIEM"),
}


@dataclass(frozen=True)
class Employer:
    """Who is hiring, as the posting's header and about-us show it."""

    name: str
    about: str
    website: str
    website_href: str | None
    logo: str | None  # a data: URI read once by the API; renderers never open a file


@dataclass(frozen=True)
class JobDescription:
    """A ready-to-post job description, and the same posting as schema.org JSON-LD for its HTML."""

    kind: ClassVar[str] = "job_description"
    meta: Meta
    title: str
    company: Employer
    facts: tuple[str, ...]
    summary: str
    responsibilities: tuple[str, ...]
    required: tuple[str, ...]
    preferred: tuple[str, ...]
    skills: tuple[str, ...]
    work_environment: tuple[str, ...]
    physical_demands: tuple[str, ...]
    pay: str  # the range as the posting states it, "" when left out
    pay_source: str  # "Based on BLS OEWS May 2025 wages for ... in Jackson, MS.", "" for a range the recruiter gave
    benefits: tuple[str, ...]
    eeo: str
    how_to_apply: str
    json_ld: dict[str, Any] = field(hash=False, compare=False)


@dataclass
class JobDescriptionContext:
    document: JobDescription
    job: dict[str, Any]  # the JSON Resume job document
    location: str = ""  # where the job is posted for: the audit reads its laws
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what the recruiter should check before posting


def build_job_description_context(
    role: RolePack,
    *,
    level: str,
    company: Company,
    location: str | None = None,
    remote: str = "onsite",
    employment: str = "full-time",
    salary: PayRange | None | str = "auto",
    apply_by: date | None = None,
    logo_data_uri: str | None = None,
    today: date,
) -> JobDescriptionContext:
    """Everything the job description says, in order, and its JSON Resume job form."""
    if apply_by is not None and apply_by < today:
        # A new posting that closed before it opened is a typo for another year; its JSON-LD
        # validThrough would also tell job boards to drop it.
        raise JobkitError(
            f"the closing date (--apply-by, or a batch row's apply_by) {apply_by.isoformat()} is already past "
            f"(today is {today.isoformat()}); "
            "give the date applications close"
        )
    career = check_level(role, level)
    mode = _key("work mode", remote, REMOTE_MODES)
    kind = _key("employment type", employment, EMPLOYMENT_TYPES)
    remote_label, remote_json = REMOTE_MODES[mode]
    employment_label, employment_schema = EMPLOYMENT_TYPES[kind]
    content = role.job_description
    posting = content.levels[level]
    name = company.name
    notes: list[str] = []
    warnings: list[str] = []

    location = location or (company.locations[0] if company.locations else "")
    place = "" if mode == "remote" and not location else location
    chosen = choose_pay(role, level, salary, place, full_time=kind == "full-time")
    pay = chosen.pay
    notes += chosen.notes
    warnings += chosen.warnings

    experience = (
        fill_placeholders(content.experience_phrase, {"years": career.years_min})
        if career.years_min
        else content.no_experience_phrase
    )
    # The experience line may restate a requirement the level already words its own way ("Two or more years").
    asked = [years for years in map(years_in, posting.required) if years is not None]
    states_years = any(years >= career.years_min for years in asked)
    required = without_near_duplicates([*posting.required, *([] if states_years else [experience])])
    required += _certifications(role, posting.required_certifications)
    preferred = [*posting.preferred, *_certifications(role, posting.preferred_certifications)]
    # A level's duties may restate its responsibilities in other words; each thing is said once.
    responsibilities = without_near_duplicates([*career.responsibilities, *posting.duties])
    summary = fill_placeholders(posting.summary, {"company": name})
    eeo = company.eeo_statement or fill_placeholders(content.default_eeo_statement, {"company": name})
    apply = company.how_to_apply or fill_placeholders(content.default_how_to_apply, {"company": name})
    if not company.how_to_apply:
        notes.append(f"how to apply: no how_to_apply in a company file, so the posting says {apply!r}; check it")
    if apply_by is not None:
        apply = f"{_sentence(apply)} Apply by {long_date(apply_by)}."
    schedule = content.schedule.get(cast(EmploymentType, kind)) or []
    work_environment = [*getattr(posting.work_environment or content.work_environment, mode), *schedule]
    physical_demands = list(getattr(posting.physical_demands or content.physical_demands, mode))
    # The level's own tools first: they are what sets it apart; the pack's shared list adds the rest.
    skills = without_near_duplicates([*posting.skills, *content.skills_and_tools])

    title = career.title
    facts = tuple(fact for fact in (location, remote_label, employment_label, pay.display() if pay else "") if fact)
    employer = Employer(name, company.about, company.website, safe_link(company.website), logo_data_uri)
    json_ld = _json_ld(
        title,
        summary,
        responsibilities,
        required,
        skills,
        employer,
        location,
        remote,
        employment_schema,
        pay,
        career.years_min,
        today,
    )
    benefits = company.benefits_for(role.id, level, kind)
    warnings += _misspelt_scopes(company, role, level, kind)
    # What pay-transparency laws ask beside pay, for careers pages and job boards that read the JSON-LD.
    if benefits:
        json_ld["jobBenefits"] = "; ".join(benefits)
    if apply_by is not None:
        json_ld["validThrough"] = apply_by.isoformat()
    document = JobDescription(
        meta=Meta(
            title=f"{title} – {name}",
            author=name,
            subject=f"Job description: {title}",
            keywords=keywords_line(
                [title, role.title, *(item.term for item in sorted(role.all_keywords(), key=lambda k: -k.weight))]
            ),
        ),
        title=title,
        company=employer,
        facts=facts,
        summary=summary,
        responsibilities=tuple(responsibilities),
        required=tuple(required),
        preferred=tuple(preferred),
        skills=tuple(skills),
        work_environment=tuple(work_environment),
        physical_demands=tuple(physical_demands),
        pay=pay.display() if pay else "",
        pay_source=chosen.source,
        benefits=tuple(benefits),
        eeo=eeo,
        how_to_apply=apply,
        json_ld=json_ld,
    )
    job = _json_resume_job(document, location, remote_json, employment_label, pay, experience, today)
    if apply_by is not None:  # the job schema has no field for it; Colorado asks every posting to say it
        job["description"] += f" Apply by {long_date(apply_by)}."
    if benefits:  # not in the JSON Resume job schema, which allows further fields
        job["benefits"] = list(benefits)
    return JobDescriptionContext(document, job, location, notes, warnings)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _key(kind: str, value: str, table: dict[str, tuple[str, str]]) -> str:
    key = value.strip().lower().replace(" ", "-").replace("_", "-")
    key = {"on-site": "onsite", "in-person": "onsite", "fulltime": "full-time", "parttime": "part-time"}.get(key, key)
    if key not in table:
        raise JobkitError(unknown_name_message(kind, value, table))
    return key


def _misspelt_scopes(company: Company, role: RolePack, level: str, employment: str) -> list[str]:
    """A warning for each benefit left out because it names a role or level close to this posting's
    (``medical-codr``, ``seniour``): a typo there would drop the benefit from every posting unseen."""
    found = []
    for item in company.benefits:
        if isinstance(item, str) or item.applies_to(role.id, level, employment):
            continue
        scopes = (("role", item.roles, role.id, {role.id}), ("level", item.levels, level, set(role.level_ids())))
        for kind, names, wanted, known in scopes:
            for name in names:
                if name not in known and (hint := did_you_mean(name, [wanted])):
                    found.append(
                        f"company file: benefit {item.text!r} is for {kind} {name!r}{hint}; "
                        "it is left out of this posting"
                    )
    return found


def _certifications(role: RolePack, abbreviations: list[str]) -> list[str]:
    """One line naming the credentials (any one of them will do), each issuing body named once.

    "Registered Health Information Technician (RHIT) credential from the American Health
    Information Management Association (AHIMA)"; for several, "One of these credentials: A
    (X) or B (Y), both from P" or, from different bodies, "One of these credentials: A (X) or
    B (Y), both from P; or C (Z) from Q".
    """
    if not abbreviations:
        return []
    by_issuer: dict[str, list[str]] = {}
    for abbreviation in abbreviations:
        item = role.certification_by_abbreviation(abbreviation)
        by_issuer.setdefault(_issuer(item.issuer_label()), []).append(f"{item.name} ({item.abbreviation})")
    if len(abbreviations) == 1:
        (issuer, names), *_ = by_issuer.items()
        return [f"{names[0]} credential from {issuer}"]
    groups = []
    for issuer, names in by_issuer.items():
        if len(names) == 1:
            groups.append(f"{names[0]} from {issuer}")
        else:
            groups.append(f"{join_words(names, 'or')}, {'both' if len(names) == 2 else 'all'} from {issuer}")
    # Groups that hold commas of their own are set apart with semicolons.
    separator = "; or " if any(", " in group for group in groups) else ", or "
    return ["One of these credentials: " + separator.join(groups)]


def _issuer(label: str) -> str:
    """An issuing body as a sentence names it: "the American ... Association (AHIMA)", but "AAPC"."""
    first = label.split()[0]
    return label if first.isupper() or first.lower() == "the" else f"the {label}"


def _json_ld(
    title: str,
    summary: str,
    responsibilities: list[str],
    required: list[str],
    skills: list[str],
    employer: Employer,
    location: str,
    remote: str,
    employment: str,
    pay: PayRange | None,
    years: int,
    today: date,
) -> dict[str, Any]:
    """schema.org JobPosting, so the HTML can go on a careers page as is."""
    from html import escape

    city, _, region = (part.strip() for part in location.partition(","))
    posting: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title,
        # schema.org reads the description as HTML, so the text in it is escaped.
        "description": f"<p>{escape(summary)}</p><ul>"
        + "".join(f"<li>{escape(item)}</li>" for item in responsibilities)
        + "</ul>",
        "datePosted": today.isoformat(),
        "employmentType": employment,
        "hiringOrganization": {"@type": "Organization", "name": employer.name},
        "responsibilities": " ".join(responsibilities),
        # schema.org reads this as text: one qualification a line, ended, so they never run together.
        "qualifications": "\n".join(_sentence(item) for item in required),
        "skills": "; ".join(skills),
        "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": years * 12},
        "directApply": False,
    }
    if employer.website_href:
        posting["hiringOrganization"]["sameAs"] = employer.website_href
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
    document: JobDescription,
    location: str,
    remote: str,
    employment: str,
    pay: PayRange | None,
    experience: str,
    today: date,
) -> dict[str, Any]:
    """The same posting as a JSON Resume job document (validated against the schema before it is written)."""
    city, _, region = (part.strip() for part in location.partition(","))
    job: dict[str, Any] = {
        "title": document.title,
        "company": document.company.name,
        "type": employment,
        "date": today.isoformat(),
        "description": document.summary,
        "remote": remote,
        "experience": experience,
        "responsibilities": list(document.responsibilities),
        "qualifications": [*document.required, *[f"Preferred: {item}" for item in document.preferred]],
        "skills": [{"name": "Skills and tools", "keywords": list(document.skills)}],
    }
    if location:
        job["location"] = {key: value for key, value in (("city", city), ("region", region)) if value}
    if pay:
        job["salary"] = f"{pay.minimum:g}-{pay.maximum:g}" + (" per hour" if pay.hourly else "")
    return job
