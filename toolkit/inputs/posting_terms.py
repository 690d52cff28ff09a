"""What a posting's requirement lines ask for: years of experience, education, and terms in its own words.

A requirement line is cut into sentences and clauses ("2-4 years of accounting experience; public
accounting experience a plus" is two), each with its own importance: the section's, unless the
clause says otherwise ("preferred", "a plus", "helpful", "will set you apart"; a credential "within
12 months of hire" is preferred, since a resume without it still meets the posting). A clause is
about years, about education, or about terms.

Terms are found by their shape, with no vocabulary: names (capitalised words, acronyms such as
HIPAA or ICD-10-CM, words like athenaOne or PostgreSQL), credentials ("Certified Coding Associate
(CCA)", "X certification", "X license"), and plain noun phrases after "knowledge of", "experience
with" and the like. Lists are split ("ICD-10-CM, CPT and medical terminology" is three terms);
alternatives stay together ("CPC, CCS or CCA" is one requirement that any of the three meets).
An abbreviation in parentheses is another spelling of what it abbreviates. A role pack, when
there is one, adds its own spellings later (``toolkit.matching``); nothing here knows an occupation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..matching import distinct_spellings, fold
from ..models.posting import EDUCATION_LEVELS, PostingClause, PostingRequirement, PostingTerm
from .posting_header import US_STATES

# Every pattern runs on untrusted text: linear, and on one line cut to MAX_LINE characters.
MAX_LINE = 2_000
MAX_TOKENS = 200  # tokens of one clause that are read for terms

_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u2011": "-", "\u2010": "-"})
_TOKEN = re.compile(r"[^\W_](?:[\w'&+./-]{0,80}[\w+&])?|[^\s\w]")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9(\"])")
_ABBREVIATIONS = {
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "jr",
    "sr",
    "inc",
    "co",
    "corp",
    "ltd",
    "no",
    "dept",
    "stat",
    "vs",
    "etc",
}
# Where a sentence has a second clause: ", but", ", as is" (which takes the first one's importance), ", and"
# before pay or its own qualifier, " and is/has ..." (a new predicate).
_CLAUSE_BREAK = re.compile(
    r"(,\s(?:but|as is|as well as|while|and)\s|\sand\s(?=(?:is|are|has|have|can)\s)|"
    # "Knife skills and a working knowledge of grill stations": a second lead-in opens a second clause.
    r"\sand\s(?=(?:an?\s)?(?:(?:working|solid|strong|basic|good|general)\s)?"
    r"(?:knowledge|understanding|familiarity|experience|proficiency)\s(?:of|with|in)\s))"
)
# After a years figure, ", know how to ...", ", and be comfortable with ..." ask for something else.
_AFTER_YEARS = re.compile(r",\s(?:and\s)?(?=(?:know|be|understand|possess|hold)\s)")
_QUALIFIED_REMARK = re.compile(r"\(([^()]{0,300})\)")
_LABEL = re.compile(r"^([A-Za-z][A-Za-z /&'-]{0,40}?):\s+(?=\S)")
_OF_HIRE = re.compile(
    r"\bwithin (?:[0-9]{1,3}|one|two|three|four|six|twelve|eighteen) (?:days?|weeks?|months?|years?) of "
    r"(?:hire|hiring|start|employment)\b|\beligible for the exam\b|\bnot required to start\b|"
    r"\b(?:certify|certified|licensed|obtain|earn) (?:it |one )?within\b|\b(?:we will|we'll) (?:certify|train) you\b",
    re.IGNORECASE,
)
# ", or the ability to pass our weld test": the credential may be shown by a test after hire. ("or eligibility
# to obtain one" keeps the line as it is: the credential stays its one term.)
# "CPA required or actively pursuing" likewise: a candidate still working toward it meets the posting.
_EARNED_LATER = re.compile(
    r",?\s(?:or|and/or)\s(?:(?:the\s)?ability\sto\spass\s|(?:(?:actively|currently)\s)?"
    r"(?:pursuing|working\stoward)\b)",
    re.IGNORECASE,
)
_PREFERRED = re.compile(
    r"\bpreferred\b|\bdesired\b|\bdesirable\b|\bhelpful\b|\bnice to have\b|"
    r"\ba (?:(?:real|big|definite|huge|strong) )?(?:plus|bonus)\b|\ban? (?:asset|advantage)\b|"
    r"\bwill set you apart\b|\bis a bonus\b|"
    r"\b(?:is|are) welcome\b(?! to apply)|\bnot required\b",
    re.IGNORECASE,
)
_REQUIRED = re.compile(r"\brequired\b|\bmust\b|\bis essential\b|\bare essential\b|\bmandatory\b", re.IGNORECASE)
# Qualifier words removed before terms are read ("Epic experience a plus" -> "Epic experience").
_QUALIFIERS = re.compile(
    r"\(?\b(?:(?:(?:is|are)\s)?(?:(?:strongly|highly|very)\s)?(?:preferred|required|desired|desirable|helpful|"
    r"essential|mandatory)\b:?\)?|(?:(?:is|are|would be)\s)?an?\s(?:(?:real|big|definite|huge|strong)\s)?"
    r"(?:plus|bonus|asset|advantage)\b|will set you apart\b|"
    r"nice to have\b|(?:is|are)\s(?:not\s)?welcome(?:\sto\sapply)?\b|at hire\b|to start\b|is not\b)",
    re.IGNORECASE,
)
# A parenthesis that opens with a subject is a sentence about the job, not a list of sub-skills.
_REMARK_SUBJECTS = {"we", "we'll", "we're", "you", "you'll", "they", "it", "this", "which", "i"}
_PREFERRED_LABEL = re.compile(r"(?:bonus(?: points)?|pluses|nice[- ]to[- ]haves?|ideally)", re.IGNORECASE)
_REQUIRED_LABEL = re.compile(r"(?:must[- ]haves?|requirements?|minimum)", re.IGNORECASE)
_PREFERRED_INSIDE_ALTERNATIVES = re.compile(r"\((?:preferred|required)\)(?=\s+or\b)", re.IGNORECASE)
# Sentences that are about pay, benefits, hiring steps or the law, never about the candidate's skills.
_BOILERPLATE = re.compile(
    r"[$]|\b(?:equal (?:employment )?opportunity\b|accommodations?\b|discriminat|40[13]\([bk]\)|vaccin|"
    r"background check|drug screen|drug-free\b|E-Verify\b|sponsor|paid time off\b|PTO\b|(?<!of )benefits\b|"
    r"per hour\b|is provided\b|we pay\b|sign-on\b|pay range\b|salary\b|must be submitted\b|with your application\b)",
    re.IGNORECASE,
)
_SUBSTITUTION = re.compile(
    r"\bmay substitute\b|\bsubstitut(?:e|es|ed|ion) for\b|\bcounts? toward\b|\bin lieu of (?:the )?(?:required )?"
    r"(?:experience|education|degree)\b",
    re.IGNORECASE,
)
_OTHER_PATH = re.compile(r"^or\b", re.IGNORECASE)
_IN_LIEU = re.compile(r"^(.{1,200}?)\s(?:are |is )?(?:accepted |acceptable |considered )?in lieu of\s(.{1,100})$")

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_NUMBER = r"(?:[0-9]{1,2}(?:\.[0-9])?|" + "|".join(_NUMBER_WORDS) + r")"
# "3+ years", "3–5 years", "Two (2) years", "Seven or more years", "6 months", "at least one year".
_YEARS = re.compile(
    rf"(?<![\w.$-])({_NUMBER})(?:\s?\([0-9]{{1,2}}\))?(?:\s?\+)?(?:\s?(?:-|–|—|to)\s?{_NUMBER})?"
    rf"(?:\s(?:or|and) more)?(?:\s\+)?\s(years?|yrs?|months?)\b",
    re.IGNORECASE,
)
# "within your first six months" is a deadline, not experience asked.
_NOT_EXPERIENCE_YEARS = re.compile(
    r"\b(?:over|within(?: (?:your|the|their))?(?: first)?|after|every|per|than|for the past|in the last)\s$",
    re.IGNORECASE,
)
_AGE = re.compile(r"\s(?:old|of age|or older)\b", re.IGNORECASE)
_NO_EXPERIENCE = re.compile(
    r"\bno (?:prior |previous )?(?:[a-z]+ )?experience (?:is )?(?:necessary|required|needed)\b", re.IGNORECASE
)

# Education levels, lowest first; each pattern runs on curly-quote-folded text.
_EDUCATION_PATTERNS = {
    "high-school": re.compile(r"\bhigh school\b|\bGED\b|\bsecondary school diploma\b", re.IGNORECASE),
    "certificate": re.compile(
        r"\bcertificate (?:program|in|from)\b|\bpostsecondary certificate\b|\bvocational (?:certificate|program)\b",
        re.IGNORECASE,
    ),
    "associate": re.compile(
        r"\bassociate'?s? (?:degree|of)\b|\bassociate degree\b|\bADN\b|\bA\.A\.S?\.?(?![\w])|\bAAS\b|"
        r"\btwo-year degree\b",
        re.IGNORECASE,
    ),
    "bachelor": re.compile(
        r"\bbachelor'?s?\b|\bBSN\b|\bB\.[AS]\.|(?<![\w/-])(?-i:BA|BS)(?![\w-])|\bB\.S\.N\.|\bfour-year degree\b|"
        r"\bundergraduate degree\b",
        re.IGNORECASE,
    ),
    "master": re.compile(
        r"\bmaster'?s\b|\bmaster (?:degree|of)\b|(?<![\w/-])(?-i:MBA|MSN|MHA|MPH|MS|MA)(?![\w-])|\bM\.[AS]\.|"
        r"\bgraduate degree\b",
        re.IGNORECASE,
    ),
    "doctorate": re.compile(r"\bdoctora(?:te|l)\b|\bPh\.?D\b", re.IGNORECASE),
}
# Degree names as tokens: never requirements of their own (the education level covers them).
DEGREE_TOKENS = {
    "GED", "ADN", "AAS", "BSN", "BA", "BS", "MBA", "MSN", "MHA", "MPH", "MS", "MA", "PHD", "DNP", "B.A", "B.S",
    "B.A./B.S", "M.S", "M.A", "A.A", "A.A.S", "DEGREE",
}  # fmt: skip

# Words that open a clause and say "what follows is a skill": "Working knowledge of", "Experience with".
_LEAD_NOUNS = {
    "knowledge", "experience", "familiarity", "understanding", "proficiency", "proficient", "expertise", "command",
    "background", "coursework", "training", "fluency", "fluent", "grasp", "skills", "skill", "skilled",
    "competence", "competency", "mastery", "enrolled", "exposure", "versed", "certified", "trained", "comfort",
}  # fmt: skip
_LEAD_FILLERS = {
    "is", "are", "must", "be", "you", "should", "will", "have", "has", "the", "successful", "ideal", "candidate",
    "candidates", "applicants", "hold", "possess", "a", "an", "and", "demonstrated", "proven", "working", "strong",
    "solid", "basic", "deep", "advanced", "expert", "thorough", "general", "good", "excellent", "hands-on", "prior",
    "previous", "some", "in-depth", "sound", "extensive", "practical", "well", "well-versed", "current",
    "professional", "technical", "direct", "recent", "considerable", "very",
}  # fmt: skip
_LEAD_VERBS = {"understand", "know", "have", "bring", "hold", "possess"}
_JOB_REQUIRES = [
    [first, noun, verb] for first in ("this", "the") for noun in ("position", "role", "job") for verb in ("requires",)
]
_ABLE_TO_USE = [["to", verb] for verb in ("read", "use", "operate", "interpret")]
_PREPOSITIONS = {
    "in", "for", "at", "from", "through", "within", "across", "during", "using", "to", "by", "under", "on",
    "via", "per", "with", "including", "into", "over", "after", "before", "while", "when", "that", "who",
    "which", "where", "as", "about", "toward", "towards", "between", "among", "than", "so", "without",
}  # fmt: skip
# Words before a term that do not belong to it.
_DETERMINERS = {
    "a", "an", "the", "any", "all", "other", "another", "multiple", "several", "various", "some", "one", "both",
    "either", "our", "your", "their", "its", "this", "these", "those", "of", "and", "or", "also", "at", "least",
    "current", "active", "valid", "unrestricted", "strong", "solid", "basic", "advanced", "excellent", "good",
    "working", "deep", "expert", "proven", "demonstrated", "thorough", "general", "prior", "previous", "relevant",
    "hands-on", "in-depth", "sound", "extensive", "familiarity", "knowledge", "understanding", "experience",
    "proficiency", "expertise", "fluent", "fluency", "must", "be", "able", "ability", "proficient", "comfortable",
    "with", "high-level", "minimum", "successful", "practical", "professional", "recent", "full", "clear",
    "related", "appropriate", "applicable", "reliable", "very", "highly", "well", "hold", "have",
}  # fmt: skip
# Words after a term that say nothing about it ("Epic experience", "NAACCR data standards").
_VAGUE_TAIL = {
    "experience", "skills", "skill", "knowledge", "proficiency", "background", "expertise", "training",
    "coursework", "holders", "holder", "standards", "guidelines", "rules", "requirements", "methodology",
    "methodologies", "conventions", "concepts", "principles", "applications", "software", "systems", "system",
    "platform", "platforms", "measures", "workflows", "workflow", "processes", "process", "procedures", "tools",
    "environment", "environments", "programs", "program", "products", "regulations", "laws", "policies",
    "functions", "modules", "module", "techniques", "practices", "usage", "use", "proficiencies", "abilities",
    "credentials", "credential", "certification", "certifications", "designation", "exam", "knowledge,",
}  # fmt: skip
_CREDENTIAL_WORDS = {
    "certification", "certifications", "certificate", "certificates", "license", "licenses", "licence",
    "licences", "licensure", "credential", "credentials", "endorsement", "endorsements", "card", "cards",
    "certified", "registration", "designation", "permit", "permits",
}  # fmt: skip
_LOWERCASE_VAGUE = {
    "workflows", "workflow", "processes", "process", "procedures", "concepts", "principles", "skills", "skill",
    "experience", "knowledge", "proficiency", "expertise", "background", "techniques", "methodology",
    "methodologies", "requirements", "abilities",
}  # fmt: skip
# Lower-case phrases that are never a requirement on their own.
_NOT_TERMS = {
    "related field", "field", "equivalent", "equivalent combination", "ability", "abilities", "work", "team",
    "detail", "details", "others", "data", "computer", "computers", "people", "requests", "tasks", "duties",
    "people skills", "job", "position", "role", "day", "things", "information", "systems", "software",
    "judgment", "judgement", "discretion", "integrity", "initiative",
}  # fmt: skip
_STOP_NAMES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "United States",
    "US", "USA", "U.S", "I", "A", "We", "You", "Our", "The", "This", "Must", "Candidates", "Applicants", "Able",
}  # fmt: skip
_STATE_NAMES = {name.casefold() for name in US_STATES.values()}
_CONNECTORS = {"of", "for", "&", "de"}
_CONJUNCTIONS = {"and", "or", "and/or"}
_ARTICLES = {"a", "an", "the", "our", "your", "their"}
# Words about the person, not the thing: "Epic experience", "CCA holders".
_PERSON_WORDS = {
    "experience", "skills", "skill", "knowledge", "proficiency", "background", "expertise", "training",
    "coursework", "holders", "holder", "abilities", "familiarity", "understanding",
}  # fmt: skip
_PEOPLE = {
    "graduates", "graduate", "candidates", "candidate", "applicants", "applicant", "holders", "students",
    "individuals", "people", "employees", "staff", "members", "team", "professionals",
}  # fmt: skip
# Words that name a kind of thing after a name: "NAACCR data standards", "CNExT registry software".
_CATEGORY_WORDS = _VAGUE_TAIL - _PERSON_WORDS - _CREDENTIAL_WORDS
_CREDENTIAL_NAME = re.compile(r"\b(?:Certified|Registered|Licensed|Accredited)\b")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,8}s")
# Words of the hours and conditions of a job, not of a skill: a term made only of these ("Open
# availability", "nights", "weekends and holidays", "12-hour shifts", "reliable transportation and good
# attendance") is something the job asks of the schedule, which no resume line or skills entry shows.
_CONDITION_WORDS = {
    "availability", "available", "open", "flexible", "flexibility", "schedule", "schedules", "night", "nights",
    "evening", "evenings", "weekend", "weekends", "holiday", "holidays", "overtime", "shift", "shifts",
    "rotating", "overnight", "overnights", "on-call", "call", "on", "early", "mornings", "morning", "late",
    "transportation", "reliable", "attendance", "good", "punctual", "punctuality", "work", "to", "and", "or",
    "including", "as", "needed", "hour", "hours",
}  # fmt: skip
_HELD_PAPERS = {
    "license", "licenses", "licence", "licences", "endorsement", "endorsements", "card", "cards", "registration",
    "permit", "permits",
}  # fmt: skip


@dataclass
class Token:
    text: str
    start: int = 0
    name: bool = False  # part of a name: capitalised (not sentence-initial), acronym, mixed case, digits
    aliases: list[str] = field(default_factory=list)  # other spellings (an abbreviation in parentheses)
    written: str = ""  # the token with a parenthesis that belongs to it, as written: "Education (K-8)"
    abbreviated: bool = False  # a long form that the first alias abbreviates: "Certified Coding Associate" (CCA)

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass
class LineReading:
    """What one requirement line asks for."""

    clauses: list[PostingClause] = field(default_factory=list)
    requirements: list[PostingRequirement] = field(default_factory=list)
    in_lieu: list[tuple[list[PostingTerm], str]] = field(default_factory=list)  # alternatives for a named term
    years: list[tuple[str, float]] = field(default_factory=list)
    path_years: list[tuple[str, float]] = field(default_factory=list)  # years of an "or a degree plus N years" path
    education: list[tuple[str, str]] = field(default_factory=list)
    no_experience: bool = False


def read_requirement_line(
    text: str, importance: str, line: int | None, names: set[str], lead_in: bool = False
) -> LineReading:
    """Clauses, years, education and terms of one line under a qualifications heading (or a requirement sentence).

    ``names`` are words the posting capitalises mid-sentence somewhere, so a capitalised first word
    ("Epic is a plus") can be told from an ordinary one ("Curious, collaborative, ...").
    """
    reading = LineReading()
    source = text
    text = text[:MAX_LINE].translate(_CURLY)
    label = _LABEL.match(text)
    if label:
        words = label.group(1).casefold().replace("/", " ").split()
        if len(words) <= 3:
            lead_in = lead_in or any(word.rstrip("s") in {"knowledge", "skill", "experience"} for word in words)
            text = text[label.end() :]
            # "Nice to have: X; Y; Z" and "Must have: ..." set the importance of every clause after them.
            if _PREFERRED.search(label.group(1)) or _PREFERRED_LABEL.fullmatch(label.group(1).strip()):
                importance = "preferred"
            elif _REQUIRED.search(label.group(1)) or _REQUIRED_LABEL.fullmatch(label.group(1).strip()):
                importance = "required"
    hire_later = bool(_OF_HIRE.search(text))
    earned_later = _EARNED_LATER.search(text)
    if earned_later:
        # "AWS D1.1 certification, or the ability to pass our weld test": what may be shown after hire (R3)
        text, hire_later = text[: earned_later.start()], True
    for sentence in split_sentences(text):
        sentence = _QUALIFIED_REMARK.sub(
            lambda match: " " if _SUBSTITUTION.search(match.group(1)) else match.group(0), sentence
        )
        if _NO_EXPERIENCE.search(sentence):
            reading.no_experience = True
        previous: str | None = None
        in_years_list = False
        years_asked = False  # an earlier clause asked for years and named no degree
        for clause_text, inherits in _clauses(sentence):
            if (
                years_asked
                and _OTHER_PATH.match(clause_text)
                and years_in(clause_text) is None
                and _education_levels(clause_text)
            ):
                # "Two years of experience ...; OR a bachelor's degree in biology": the degree is another way
                # in, not a level asked (E3); its field of study is no requirement either
                continue
            years_asked = years_asked or (years_in(clause_text) is not None and not _education_levels(clause_text))
            if _SUBSTITUTION.search(clause_text):
                continue  # "an associate's degree may substitute for 1 year": not a figure, not a level (Y4, E3)
            if in_years_list:
                continue  # "1 year of experience, which includes: A; B; and C": what the years cover (R6)
            in_years_list = ":" in clause_text and years_in(clause_text) is not None
            pieces = _years_pieces(clause_text) if years_in(clause_text) is not None else [clause_text]
            for piece in pieces:
                previous = _read_clause(
                    piece,
                    importance,
                    hire_later,
                    line,
                    source,
                    names,
                    lead_in,
                    reading,
                    inherited=previous if inherits else None,
                )
    return reading


_LIST_END = re.compile(r"\s(?:or|and|and/or|&)\s", re.IGNORECASE)


def _years_pieces(clause_text: str) -> list[str]:
    """A years clause cut where it asks for something else: ", know how to ...", and a last remark with its own
    qualifier ("4+ years of accounting experience, public accounting a plus"): "a plus" covers only the remark,
    so the years keep the line's importance. A remark that ends a list ("... with SQL, Python or R preferred")
    qualifies the whole list and is no remark of its own."""
    pieces = _AFTER_YEARS.split(clause_text)
    head, comma, tail = pieces[-1].rpartition(", ")
    if (
        comma
        and not _LIST_END.search(tail)
        and _PREFERRED.search(tail)
        and not _PREFERRED.search(head)
        and years_in(head) is not None
        and years_in(tail) is None
    ):
        pieces[-1:] = [head, tail]
    return pieces


def split_sentences(text: str) -> list[str]:
    """Sentences of a line; a period after an initial or a short abbreviation ("St.", "B.S.") ends none."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1] if before else ""
        if len(last.strip("(").replace(".", "")) <= 2 or last.lower().strip("(") in _ABBREVIATIONS:
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [sentence.rstrip(".!? ") for sentence in sentences if sentence.strip(".!? ")]


def _clauses(sentence: str) -> list[tuple[str, bool]]:
    """Clauses of a sentence, each with whether it takes the importance of the one before ("X is essential,
    as is Y"): split at ';', ', but', ', as is', ', as well as', and at ', and' before pay or benefits."""
    clauses: list[tuple[str, bool]] = []
    for part in sentence.split(";"):
        pieces = _CLAUSE_BREAK.split(part)
        # pieces alternate: text, separator, text, ...
        clauses.append((pieces[0], False))
        for separator, text in zip(pieces[1::2], pieces[2::2], strict=True):
            # ", and" joins list items unless a new clause follows (pay, or its own "will set you apart").
            if separator.startswith(", and") and not (
                _BOILERPLATE.search(text) or _PREFERRED.search(text) or _REQUIRED.search(text)
            ):
                clauses[-1] = (f"{clauses[-1][0]}{separator}{text}", clauses[-1][1])
            else:
                clauses.append((text, separator.strip(", ").startswith("as")))
    return [(text.strip(), inherits) for text, inherits in clauses if text.strip()]


def _read_clause(
    text: str,
    section_importance: str,
    hire_later: bool,
    line: int | None,
    source: str,
    names: set[str],
    lead_in: bool,
    reading: LineReading,
    inherited: str | None = None,
) -> str | None:
    """Read one clause into ``reading``; return the importance it has (None for boilerplate)."""
    if _BOILERPLATE.search(text):
        return None
    importance = inherited or clause_importance(text, section_importance, hire_later)
    levels = _education_levels(text)
    years = years_in(text)
    if years is not None or _NO_EXPERIENCE.search(text):
        if years is not None and levels and _OTHER_PATH.match(text):
            # "...; or an associate degree plus 4 years": another way in, not the minimum years asked (Y1)
            reading.path_years.append((importance, years))
        elif years is not None:
            reading.years.append((importance, years))
        if levels:
            reading.education.append((importance, levels[0]))
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="years", line=line))
        return importance
    if levels:
        reading.education.append((importance, levels[0]))
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="education", line=line))
    else:
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="terms", line=line))
    in_lieu = _IN_LIEU.match(text)
    if in_lieu:
        terms = [
            item
            for group in terms_of(in_lieu.group(1), names, lead_in=lead_in, importance=importance)
            for item in group.alternatives
        ]
        if terms:
            reading.in_lieu.append((terms, in_lieu.group(2)))
        return importance
    for found in terms_of(text, names, lead_in=lead_in, importance=importance, credentials_only=bool(levels)):
        if all(is_condition_of_work(term.term) for term in found.alternatives):
            continue  # the job's hours or conditions ("weekends", "reliable transportation"), not a skill
        kind = "credential" if found.credential else "keyword"
        reading.requirements.append(
            PostingRequirement(
                alternatives=found.alternatives,
                kind=kind,
                importance=found.importance or importance,
                weight=2 if kind == "credential" else 1,
                line=line,
                source=source.strip(),
            )
        )
    return importance


def is_condition_of_work(term: str) -> bool:
    """True for a term that names the job's hours or conditions, not a skill: "nights", "Open availability",
    "12-hour shifts", "transportation and good attendance"; never "shift scheduling" or "driver's license"."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", term.casefold().replace("-hour", " hour"))
    return bool(words) and all(word in _CONDITION_WORDS for word in words)


def clause_importance(text: str, section_importance: str, hire_later: bool = False) -> str:
    """The section's importance, unless the clause qualifies itself ("... a plus", "... required")."""
    text = _PREFERRED_INSIDE_ALTERNATIVES.sub("", text)
    # A remark in parentheses with its own qualifier ("(Epic HIM certification is a plus)") is its own clause.
    text = _QUALIFIED_REMARK.sub(
        lambda match: " " if _QUALIFIERS.sub("", match.group(1)).strip(" :,") else match.group(0), text
    )
    if hire_later or _PREFERRED.search(text):
        return "preferred"
    if _REQUIRED.search(text):
        return "required"
    return "preferred" if section_importance == "preferred" else "required"


def years_in(text: str) -> float | None:
    """The minimum years of experience a clause asks for ("3–5 years" is 3, "6 months" is 0.5), else None."""
    for match in _YEARS.finditer(text[:MAX_LINE]):
        if _NOT_EXPERIENCE_YEARS.search(text[max(0, match.start() - 24) : match.start()]):
            continue
        if _AGE.match(text, match.end()):
            continue  # "At least 21 years old", "18 years of age": an age, not experience
        number = match.group(1).casefold()
        value = float(_NUMBER_WORDS[number]) if number in _NUMBER_WORDS else float(number)
        if match.group(2).casefold().startswith("month"):
            value = round(value / 12, 2)
        if 0 < value <= 40:
            return value
    return None


_QUALIFIER_FILLERS = {
    "of", "experience", "experiences", "in", "with", "as", "a", "an", "the", "using", "on", "working", "work",
    "professional", "related", "relevant", "direct", "hands-on", "progressive", "progressively", "responsible",
    "prior", "previous", "proven", "demonstrated", "recent", "paid", "full-time", "post-graduate", "total",
}  # fmt: skip
_QUALIFIER_END = re.compile(
    r"[;(]|,?\s(?:including|preferred|preferably|ideally|required|is|are|a plus|or equivalent)\b", re.IGNORECASE
)
# Qualifiers that name no field, skill or role: "in a fast-paced environment", "in a similar role", "in a
# related field". Years of those are years of work; asking the resume to show "similar role" would miss them.
_GENERIC_QUALIFIER_WORDS = {
    "similar", "comparable", "equivalent", "same", "such", "this", "fast-paced", "fast", "paced", "busy", "dynamic",
    "high-volume", "environment", "environments", "setting", "settings", "field", "fields", "role", "roles",
    "position", "positions", "capacity", "industry", "area", "areas", "type", "kind", "job", "jobs", "team",
}  # fmt: skip


def years_qualifier(text: str) -> str:
    """What a years line says the years are of: "2+ years of experience with Java or Go" -> "Java or Go",
    "3+ years of professional Python experience" -> "Python"; "" when it names no field, skill or role."""
    text = text[:MAX_LINE].translate(_CURLY)
    for match in _YEARS.finditer(text):
        if _NOT_EXPERIENCE_YEARS.search(text[max(0, match.start() - 24) : match.start()]) or _AGE.match(
            text, match.end()
        ):
            continue
        rest = text[match.end() :]
        end = _QUALIFIER_END.search(rest)
        said = rest[: end.start()] if end else rest
        if end and end.group().casefold().endswith(("preferred", "a plus")) and "," in said:
            # "accounting experience, public accounting a plus": the part after the comma is a wish of its own
            said = said[: said.rindex(",")]
        words = said.strip(" .:").split()
        while words and words[0].casefold() in _QUALIFIER_FILLERS:
            words.pop(0)
        while words and words[-1].casefold().strip(".,") in _QUALIFIER_FILLERS:
            words.pop()
        if all(word.casefold().strip(".,") in _GENERIC_QUALIFIER_WORDS | _QUALIFIER_FILLERS for word in words):
            return ""
        return " ".join(words)
    return ""


_ROLE_NOUNS = {"role", "roles", "position", "positions", "capacity"}


def qualifier_groups(qualifier: str) -> list[list[str]]:
    """The things a years qualifier names, as groups of alternatives, every group needed: "Java or Go" ->
    [[Java, Go]]; "Python and Django" -> [[Python], [Django]]; "lead or supervisory role" -> [[lead role,
    supervisory role]] (a role word is shared: "lead" alone is no role)."""
    qualifier = qualifier.strip(" .,")
    if not qualifier:
        return []
    either = re.search(r"\bor\b|/", qualifier) is not None
    parts = re.split(r"\s+and\s+", qualifier) if not either else [qualifier]
    groups = []
    for part in parts:
        pieces = [piece.strip() for piece in re.split(r"\s*(?:,|/|\band/or\b|\bor\b)\s*", part) if piece.strip()]
        if not either and len(pieces) > 1:  # "Python, Django and SQL": every one needed
            groups += [[piece] for piece in pieces]
            continue
        last = pieces[-1].split()[-1] if pieces else ""
        if last.casefold() in _ROLE_NOUNS:
            pieces = [piece if piece.split()[-1] == last else f"{piece} {last}" for piece in pieces]
        groups.append(pieces)
    return groups


def _education_levels(text: str) -> list[str]:
    """The levels a clause names, lowest first ("Associate degree ... or certificate program" names two)."""
    return [level for level in EDUCATION_LEVELS if _EDUCATION_PATTERNS[level].search(text[:MAX_LINE])]


def lowest_level(levels: list[str]) -> str | None:
    return min(levels, key=EDUCATION_LEVELS.index) if levels else None


# --- terms --------------------------------------------------------------------------------------------------


@dataclass
class _Found:
    alternatives: list[PostingTerm]
    credential: bool = False
    importance: str | None = None  # a remark's own importance ("(Epic HIM certification is a plus)")


@dataclass
class _Item:
    """A stretch of tokens that names one thing."""

    tokens: list[Token]
    listed: bool = False  # one of several in a list: a single plain word may then be a term
    spellings: list[str] = field(default_factory=list)


def tokenize(text: str) -> list[Token]:
    """Words and punctuation; "ICD-10-CM/PCS" becomes "ICD-10-CM and ICD-10-PCS" (two code sets)."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text[:MAX_LINE]):
        word = match.group()
        shared = _SHARED_STEM.fullmatch(word)
        if shared:
            tokens += [
                Token(shared.group(1) + shared.group(2), match.start()),
                Token("and", match.start()),
                Token(shared.group(1) + shared.group(3), match.start()),
            ]
        else:
            tokens.append(Token(word, match.start()))
        if len(tokens) >= MAX_TOKENS:
            break
    return tokens


_EXAMPLES = re.compile(r"\b(?:such as|including|e\.g\.,?|for example,?)\s", re.IGNORECASE)
_SHARED_STEM = re.compile(r"^([A-Za-z0-9]{1,20}(?:-[A-Za-z0-9]{1,20}){0,3}-)([A-Z0-9]{1,6})/([A-Z0-9]{1,6})$")


def terms_of(
    text: str, names: set[str], *, lead_in: bool, importance: str, credentials_only: bool = False
) -> list[_Found]:
    """The terms a clause names, each with its spellings; a group of alternatives is one entry."""
    text = _PREFERRED_INSIDE_ALTERNATIVES.sub("", text)
    examples = _EXAMPLES.search(text)
    if examples:
        # "an orchestrator such as Airflow, Dagster or Prefect": alternatives stand for the kind before them.
        listed = text[examples.end() :]
        examples_found = terms_of(listed, names, lead_in=True, importance=importance, credentials_only=credentials_only)
        head = terms_of(text[: examples.start()], names, lead_in=lead_in, importance=importance)
        if examples_found and len(head) == 1:
            # "dental practice software such as Dentrix": one example, spelt also as its kind; "portals such
            # as Grants.gov and a logic model": the kind is the first example's, the rest go on after it
            example, kind = examples_found[0].alternatives[0], head[0].alternatives[0]
            spellings = distinct_spellings([*example.spellings, *kind.all_spellings()], example.term)
            examples_found[0].alternatives[0] = example.model_copy(update={"spellings": spellings})
            return examples_found
        if re.search(r"\bor\b", listed):
            return examples_found
        return head + examples_found
    tokens = tokenize(text)
    tokens, remarks, lists = _take_parentheses(tokens, text)
    side: list[_Found] = []
    for remark in remarks:
        own = clause_importance(remark, importance)
        for found in terms_of(remark, names, lead_in=True, importance=own):
            found.importance = own
            side.append(found)
    for listed_tokens, category in lists:
        if category is not None:
            _drop_category(tokens, category)  # "an EHR (Epic, Cerner or MEDITECH)": the names stand for it
        side += _terms_from_tokens(listed_tokens, names, lead_in=True, listed=True)
    main = _terms_from_tokens(_without_qualifiers(tokens), names, lead_in, credentials_only=credentials_only)
    return main + side


def _without_qualifiers(tokens: list[Token]) -> list[Token]:
    """The tokens without qualifier words ("preferred", "a plus", "is essential", "welcome to apply")."""
    text, starts = "", []
    for token in tokens:
        starts.append(len(text))
        text += token.text + " "
    removed = [(match.start(), match.end()) for match in _QUALIFIERS.finditer(text)]
    if not removed:
        return tokens
    return [
        token
        for token, start in zip(tokens, starts, strict=True)
        if not any(begin <= start < end for begin, end in removed)
    ]


def _take_parentheses(tokens: list[Token], text: str) -> tuple[list[Token], list[str], list[tuple]]:
    """Fold parentheses into the tokens around them; return (tokens, qualified remarks, lists).

    An abbreviation or alias ("Certified Coding Associate (CCA)", "CCS (Certified Coding Specialist)",
    "Medicaid (AHCCCS)", "claims data (837/835)") becomes a spelling of what it follows; a list
    ("(pivot tables, VLOOKUP)", "(Epic, Cerner or MEDITECH)") is read on its own; a remark with its own
    qualifier ("(Epic HIM certification is a plus)") is a clause of its own; any other remark is dropped.
    """
    result: list[Token] = []
    remarks: list[str] = []
    lists: list[tuple] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.text != "(":
            if token.text != ")":
                result.append(token)
            index += 1
            continue
        end = index + 1
        while end < len(tokens) and tokens[end].text not in {")", "("}:
            end += 1
        inside = tokens[index + 1 : end]
        index = end + 1 if end < len(tokens) and tokens[end].text == ")" else end
        words = [item for item in inside if item.is_word]
        if not words:
            continue
        inside_text = text[inside[0].start : inside[-1].start + len(inside[-1].text)]
        previous = result[-1] if result and result[-1].is_word else None
        if _PREFERRED.search(inside_text) or _REQUIRED.search(inside_text):
            if _QUALIFIERS.sub(" ", inside_text).strip(" :,"):
                remarks.append(inside_text)
            continue
        if _fold_abbreviation(inside, result) or (len(words) >= 2 and _fold_long_form(result, inside)):
            continue
        if _education_levels(inside_text):
            continue  # "(associate degree or higher)", "(ADN or BSN)": the clause's education level
        if len(words) == 1 and previous is not None:
            alias = inside_text.strip()
            letters = [char for char in alias if char.isalpha()]
            if not letters:
                previous.aliases.append(alias)  # "(837/835)"
            elif any(char.isdigit() for char in alias):
                previous.written = f"{previous.written or previous.text} ({alias})"  # "(K-8)": part of the name
            elif alias[:1].isupper():
                previous.aliases.append(alias)  # "Medicaid (AHCCCS)"
            continue
        if any(item.lower in {",", "or", "and", "and/or"} for item in inside) and len(words) <= 12:
            if words[0].lower in _DETERMINERS - {"other", "another"} or words[0].lower in _REMARK_SUBJECTS:
                continue  # a remark: "(a completed medical terminology course is acceptable)", "(we train and pay)"
            alternatives = any(item.lower in {"or", "and/or"} for item in inside)
            lists.append((inside, previous if alternatives else None))
        # anything else is a remark: "(we certify on site)", "(about 2 hours)"
    return result, remarks, lists


def _initials(words: list[Token], small_words: bool = False) -> str:
    """First letters of the words; small words ("of", "in") count only when ``small_words`` is set
    ("Engineer in Training (EIT)")."""
    letters = []
    for word in words:
        if not word.is_word or (not small_words and word.lower in {"of", "and", "for", "the", "&", "in", "on", "to"}):
            continue
        for part in re.split(r"[-/]", word.text):
            if part:
                letters.append(part[0].casefold())
    return "".join(letters)


def _acronym_letters(text: str) -> str:
    return "".join(char.casefold() for char in text if char.isalnum())


def _fold_abbreviation(inside: list[Token], before: list[Token]) -> bool:
    """ "electronic remittance (ERA)", "(ODS-C, formerly Certified Tumor Registrar, CTR)": fold the long form
    before the parentheses into one token that the abbreviation (and any former names) spell too."""
    first = inside[0]
    if not _looks_like_acronym(first.text) and not _has_digit_and_letter(first.text):
        return False
    letters = _acronym_letters(first.text)
    words_before: list[Token] = []
    for token in reversed(before):
        if token.text in {",", ";", ":", "(", ")"} or token.lower in {"or", "and/or"} or len(words_before) > 8:
            break
        words_before.insert(0, token)
    best = None
    for size in range(1, len(words_before) + 1):
        candidate = words_before[-size:]
        if candidate[0].lower in {"of", "and", "the", "a", "an", "&", "for", "–", "-"}:
            continue
        initials = _initials(candidate)
        if initials == letters or (len(letters) >= 3 and _initials(candidate, small_words=True) == letters):
            best = size
            break
        if len(initials) >= 2 and letters.startswith(initials) and len(letters) - len(initials) <= 1 and best is None:
            best = size
    if best is None:
        return False
    span = words_before[-best:]
    aliases = [first.text]
    current: list[str] = []
    for token in [*inside[1:], Token(",")]:
        if token.text == ",":
            alias = " ".join(word for word in current if word.casefold() not in {"formerly", "also", "aka", "or"})
            if alias:
                aliases.append(alias)
            current = []
        elif token.is_word:
            current.append(token.text)
    long_form = _joined(span)
    for token in span:
        before.remove(token)
    before.append(Token(long_form, span[0].start, name=True, aliases=aliases, abbreviated=True))
    return True


def _fold_long_form(before: list[Token], inside: list[Token]) -> bool:
    """ "CCS (Certified Coding Specialist)": the words in parentheses spell out the acronym before them."""
    if not before or not _looks_like_acronym(before[-1].text):
        return False
    words = [token for token in inside if token.is_word]
    if _initials(words) != _acronym_letters(before[-1].text):
        return False
    before[-1].aliases.append(_joined(words))
    return True


def _drop_category(tokens: list[Token], category: Token) -> None:
    """Remove the word a list of alternatives in parentheses stood for, with its plain modifiers."""
    if category not in tokens:
        return
    position = tokens.index(category)
    start = position
    while start > 0 and tokens[start - 1].is_word and not tokens[start - 1].name:
        if tokens[start - 1].lower in _LEAD_NOUNS or tokens[start - 1].lower in _PREPOSITIONS | _CONJUNCTIONS | {"of"}:
            break  # the kind is one noun phrase: "GLMs and gradient boosting (XGBoost or LightGBM)" keeps "GLMs"
        start -= 1
    del tokens[start : position + 1]


def _looks_like_acronym(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    uppers = sum(char.isupper() for char in letters)
    return len(text) >= 2 and uppers >= 2 and uppers >= len(letters) - 1


def _has_digit_and_letter(text: str) -> bool:
    return any(char.isdigit() for char in text) and any(char.isalpha() for char in text)


def _is_name_word(token: Token) -> bool:
    """A word that is part of a name wherever it stands: an acronym, mixed case, or letters with digits."""
    text = token.text
    if not token.is_word:
        return False
    if token.abbreviated:
        return True
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return False
    if _looks_like_acronym(text) or (len(text) == 1 and text.isupper() and text != "A"):
        return True
    if any(char.isupper() for char in text[1:]) and any(char.islower() for char in text):
        return True  # athenaOne, eClinicalWorks, PostgreSQL, gRPC
    return _has_digit_and_letter(text)  # GA4, HL7, 3M, v2


def _mark_names(tokens: list[Token], names: set[str]) -> None:
    """Which words are parts of names. A capitalised first word counts only when the posting capitalises it
    elsewhere, when a name follows it, or when nothing but words like "experience" follow ("Epic is a
    plus", "Terraform", "Epic experience")."""
    words = [token for token in tokens if token.is_word]
    for position, token in enumerate(tokens):
        if token.name or not token.is_word:
            continue
        if _is_name_word(token):
            token.name = True
            continue
        if not token.text[:1].isupper():
            continue
        if not (words and token is words[0]):
            token.name = True
            continue
        if token.lower in _DETERMINERS | _VAGUE_TAIL | _CREDENTIAL_WORDS | _LEAD_NOUNS | _PEOPLE:
            continue
        following = [item for item in tokens[position + 1 :] if item.text not in {"(", ")"}]
        next_word = following[0] if following else None
        token.name = (
            token.text in names
            or next_word is None
            or (  # "Extent of Disease", "Science of Reading"
                next_word.lower in _CONNECTORS and len(following) > 1 and following[1].text[:1].isupper()
            )
            or (next_word.is_word and (_is_name_word(next_word) or next_word.text[:1].isupper()))
            or all(item.lower in _VAGUE_TAIL for item in following if item.is_word)
            or (
                next_word.lower in {"or", "and", "and/or"}
                and len(following) > 1
                and (following[1].text[:1].isupper() or _is_name_word(following[1]))
            )
        )


def _terms_from_tokens(
    tokens: list[Token], names: set[str], lead_in: bool, listed: bool = False, credentials_only: bool = False
) -> list[_Found]:
    """Terms from a clause's tokens (parentheses already folded in)."""
    if not tokens:
        return []
    _mark_names(tokens, names)
    body, lead_in_here, names_only, setting = _strip_lead_in(tokens)
    if setting or (body and body[0].lower in {"no", "not", "none"}):
        return []
    body = _cut_modifier_phrase(body)
    content = [
        token
        for token in body
        if token.is_word
        and token.lower not in _CONJUNCTIONS | _PERSON_WORDS | _DETERMINERS | _STATE_NAMES
        and not token.text.isdigit()
    ]
    lead_in = lead_in or lead_in_here or listed
    groups = _split_items(body)
    # A short bullet that is one noun phrase ("Medical terminology helpful", "Budgeting", "present on
    # admission") names a skill without a lead-in; a short list of qualities ("leadership, organizational
    # and interpersonal skills", "Reliable transportation and good attendance") does not.
    whole = len(groups) == 1 and len(groups[0]) == 1 and len(content) <= 4
    one_phrase = whole or (len(content) <= 4 and not any(token.text == "," or token.lower == "and" for token in body))
    lowercase_ok = (lead_in or one_phrase or _skill_areas(body, groups)) and not names_only
    found: list[_Found] = []
    for group in groups:
        alternatives: list[PostingTerm] = []
        credential = False
        for item in group:
            term = _item_term(
                item, lowercase_ok=lowercase_ok, listed=item.listed or listed, lead_in=lead_in, whole=whole
            )
            if term is None:
                continue
            spelled, is_credential = term
            if credentials_only and not is_credential:
                continue
            credential = credential or is_credential
            if all(fold(existing.term) != fold(spelled.term) for existing in alternatives):
                alternatives.append(_with_singular(spelled))
        if alternatives:
            found.append(_Found(alternatives, credential))
    return found


def _skill_areas(body: list[Token], groups: list[list[_Item]]) -> bool:
    """Whether the clause lists skill areas, each a phrase of two words or more, before "skills"
    ("written communication and project management skills"), unlike a list of qualities
    ("leadership, organizational and interpersonal skills")."""
    if len(groups) < 2 or not body or body[-1].lower not in {"skills", "skill"}:
        return False
    return all(
        sum(1 for token in item.tokens if token.is_word and token.lower not in _DETERMINERS | _PERSON_WORDS) >= 2
        and not any(token.lower in _PREPOSITIONS for token in item.tokens)  # "attention to detail": a quality
        for group in groups
        for item in group
    )


def _with_singular(term: PostingTerm) -> PostingTerm:
    """ "local anesthesia permits" is also spelt "local anesthesia permit"."""
    last = term.term.rsplit(" ", 1)[-1]
    if " " in term.term and last.casefold() in _CREDENTIAL_WORDS and last.endswith("s"):
        singular = term.term[: -len(last)] + last[:-1]
        return term.model_copy(update={"spellings": distinct_spellings([*term.spellings, singular], term.term)})
    return term


def _strip_lead_in(tokens: list[Token]) -> tuple[list[Token], bool, bool, bool]:
    """The clause without its opening "Working knowledge of" / "Experience with" / "You understand".

    Returns (tokens, a lead-in was there, only names may follow ("you know how ..."), the clause names
    a setting rather than a skill ("Experience auditing for a large health system")).
    """
    index = 0
    saw_lead = names_only = False
    if [token.lower for token in tokens[:3]] in _JOB_REQUIRES:
        index, saw_lead = 3, True  # "This position requires a valid driver's license"
    while index < len(tokens) and index < 8:
        lower = tokens[index].lower
        if lower in _LEAD_NOUNS and not _is_name_word(tokens[index]):
            saw_lead = True
        elif lower == "comfortable":  # "comfortable in QuickBooks", but not "comfortable moving between systems"
            saw_lead = names_only = True
        elif lower in _LEAD_VERBS and (index == 0 or tokens[index - 1].lower == "you"):
            saw_lead = True  # "You know ...", and a clause that opens with the verb ("know how to read a P&L")
        elif lower in {"worked", "used"} and index > 0 and tokens[index - 1].lower in {"have", "has"}:
            saw_lead = True  # "You have worked with ...", "has used ..."
        elif lower == "able" and [token.lower for token in tokens[index + 1 : index + 3]] in _ABLE_TO_USE:
            saw_lead = True  # "Able to read a bill of lading": what is read or used is the skill
            index += 3
            break
        elif lower in {"certification", "certificate"} and index + 1 < len(tokens) and tokens[index + 1].lower == "in":
            saw_lead = True  # "Certification in Motivational Interviewing"
        elif lower not in _LEAD_FILLERS or _is_name_word(tokens[index]):
            break
        index += 1
    if not saw_lead:
        return tokens, False, False, False
    if index < len(tokens) and tokens[index].lower in {"how", "that", "what", "why", "when"}:
        names_only = True
        index += 1
    elif index < len(tokens) and tokens[index].lower in {"of", "with", "in", "using", "on", "including", "and"}:
        index += 1
    elif index < len(tokens) and tokens[index].lower.endswith("ing") and not tokens[index].name:
        index += 1  # "Experience coding trauma activations", "Experience designing REST APIs"
        if index < len(tokens) and tokens[index].lower in _PREPOSITIONS:
            if index + 1 < len(tokens) and tokens[index + 1].lower in _ARTICLES:
                return tokens, True, False, True
            index += 1
    return tokens[index:], True, names_only, False


def _cut_modifier_phrase(tokens: list[Token]) -> list[Token]:
    """The clause up to a phrase that says where or with what ("in a multi-specialty group", "with an
    active, unrestricted license in ...", "from the American Heart Association")."""
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower in _PREPOSITIONS and tokens[index + 1].lower in _ARTICLES:
            return tokens[:index]
        if tokens[index].lower == "for" and tokens[index + 1].lower.endswith("ing") and not tokens[index + 1].name:
            return tokens[:index]  # "Excel for recording and summarizing data": what it is used for
    return tokens


def _split_items(tokens: list[Token]) -> list[list[_Item]]:
    """Groups of alternatives, each a list of items: "A, B and C" -> [[A], [B], [C]]; "A, B or C" -> [[A, B, C]]."""
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in {",", ";", ":"}:
            segments.append([])
        else:
            segments[-1].append(token)
    segments = [segment for segment in segments if any(token.is_word for token in segment)]
    if not segments:
        return []
    if len(segments) == 1:
        return _split_one(segments[0])
    # A list: "A, B and C" / "A, B, or C". Only its last element is split at its conjunction.
    conjunction = None
    last = segments[-1]
    if last[0].lower in _CONJUNCTIONS:
        conjunction = last[0].lower
        segments[-1] = last[1:]
    else:
        for position, token in enumerate(last):
            if token.lower in _CONJUNCTIONS:
                conjunction = token.lower
                segments[-1:] = [last[:position], last[position + 1 :]]
                break
    items = [
        _Item(part, listed=True)
        for segment in segments
        for part in _split_between_names(segment)
        if any(token.is_word for token in part)
    ]
    if conjunction in {"or", "and/or"}:
        return [_or_group(items)]
    return [[item] for item in items]


def _split_between_names(tokens: list[Token]) -> list[list[Token]]:
    """An element of a comma list stays whole ("anatomy and physiology, ..."), except where "and" stands
    between two names ("ICD-10-CM and ICD-10-PCS, CPT and ...")."""
    positions = [
        index
        for index in range(1, len(tokens) - 1)
        if tokens[index].lower == "and" and tokens[index - 1].name and tokens[index + 1].name
    ]
    return _cut(tokens, positions) if positions else [tokens]


def _split_one(tokens: list[Token]) -> list[list[_Item]]:
    """One stretch without commas: "A or B" is a group; "A and B" two items, or one when they share words."""
    or_positions = [index for index, token in enumerate(tokens) if token.lower in {"or", "and/or"}]
    if or_positions:
        parts = [part for part in _cut(tokens, or_positions) if any(token.is_word for token in part)]
        if len(parts) == 2:
            shared = _shared_head(parts[0], parts[1])
            if shared is not None:
                return [[_Item(shared[0], listed=True), _Item(parts[1], listed=True)]]
        return [_or_group([_Item(part, listed=True) for part in parts])]
    and_positions = [index for index, token in enumerate(tokens) if token.lower == "and"]
    if not and_positions:
        return [[_Item(tokens)]]
    parts = [part for part in _cut(tokens, and_positions) if any(token.is_word for token in part)]
    items: list[_Item] = []
    for part in parts:
        if items:
            previous = items[-1]
            shared = _shared_head(previous.tokens, part)
            if shared is not None and part[-1].lower in _CREDENTIAL_WORDS:
                # "Hazmat and tanker endorsements": two credentials
                items[-1] = _Item(shared[0], listed=True)
                items.append(_Item(part, listed=True))
                continue
            if shared is not None:
                # "hand and power tools": one thing, spelt "hand tools" or "power tools"
                merged = _Item([*previous.tokens, Token("and"), *part], listed=True)
                merged.spellings = [*previous.spellings, _joined(shared[0]), _joined(part)]
                items[-1] = merged
                continue
            if _is_plain_word(part) and any(token.name for token in previous.tokens) and len(parts) == 2:
                # "NAACCR data standards and edits": "NAACCR edits" is another spelling of the first
                core = [token for token in previous.tokens if token.name]
                previous.spellings.append(f"{_joined(core)} {_joined(part)}")
                continue
        items.append(_Item(part, listed=True))
    head = items[-1].tokens[-1] if items and items[-1].tokens else None
    if head is not None and head.lower in _CREDENTIAL_WORDS:
        # "Local anesthesia and nitrous oxide permits": each is a permit; "First aid and CPR certification"
        for item in items[:-1]:
            if not any(token.name or token.lower in _CREDENTIAL_WORDS for token in item.tokens):
                item.tokens = [*item.tokens, head]
    return [[item] for item in items]


def _is_plain_word(tokens: list[Token]) -> bool:
    words = [token for token in tokens if token.is_word]
    return len(words) == 1 and not words[0].name and words[0].text[:1].islower()


def _cut(tokens: list[Token], positions: list[int]) -> list[list[Token]]:
    parts, start = [], 0
    for position in positions:
        parts.append(tokens[start:position])
        start = position + 1
    parts.append(tokens[start:])
    return parts


def _shared_head(left: list[Token], right: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """ "surgical" in "Orthopedic or surgical coding" and "hand" in "hand and power tools" lack the head
    the right side has: return (left with that head, right), else None."""
    left = _trimmed(left)
    right_words = [token for token in right if token.is_word]
    plain = [token for token in left if not token.name]
    if (
        not left
        or len(plain) != 1
        or left[-1] is not plain[0]
        or len(right_words) < 2
        or right[0] is not right_words[0]
        or right_words[0].name
        or not right_words[0].text[:1].islower()
        or right_words[0].lower in _ARTICLES | _PREPOSITIONS | _CONNECTORS
        or left[-1].lower in _VAGUE_TAIL  # "AAMI ST79 standards and infection control": a head, not a modifier
        or _plural_noun(left[-1].lower)  # "blueprints and welding symbols": a modifier is not plural
    ):
        return None
    return [*left, *right[1:]], right


def _plural_noun(word: str) -> bool:
    """A plural noun ("blueprints", "drawings"); not a word that only looks plural ("sales", "physics", "status")."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "ales"))


def _or_group(items: list[_Item]) -> list[_Item]:
    """ "X or another Y": Y names X's kind, so it is a spelling of X unless Y is a name of its own."""
    result: list[_Item] = []
    for item in items:
        words = [token for token in item.tokens if token.is_word]
        if result and words and words[0].lower in {"another", "other", "similar", "comparable", "equivalent"}:
            rest = _trimmed(item.tokens)
            if any(token.name and not _has_digit_and_letter(token.text) for token in rest):
                result.append(_Item(rest, listed=True))  # "or another EHR": a name; "another 3D viewer": a kind
            elif rest:
                result[-1].spellings.append(_joined(_drop_vague_tail(rest)))
            continue
        result.append(item)
    return result


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens without leading determiners and adjectives ("a", "current", "multiple"), state names or years."""
    tokens = [token for token in tokens if token.is_word or token.text in {"&", "-", "–", "/"}]
    while tokens and (
        not tokens[0].is_word
        or (tokens[0].lower in _DETERMINERS and not tokens[0].name)
        or (tokens[0].text.isdigit() and len(tokens[0].text) == 4 and len(tokens) > 1)
    ):
        tokens = tokens[1:]
    # "Arizona IVP Fingerprint Clearance Card", "New Hampshire": a state is where, not what.
    for size in (2, 1):
        if len(tokens) > size and " ".join(token.lower for token in tokens[:size]) in _STATE_NAMES:
            tokens = tokens[size:]
            if len(tokens) > 1 and tokens[0].lower == "state":
                tokens = tokens[1:]  # "Washington State pharmacy technician license"
            break
    return tokens


def _drop_vague_tail(tokens: list[Token]) -> list[Token]:
    while len(tokens) > 1 and tokens[-1].lower in _LOWERCASE_VAGUE:
        tokens = tokens[:-1]
    return tokens


def _joined(tokens: list[Token], written: bool = True) -> str:
    """Tokens as the posting wrote them."""
    text = ""
    for token in tokens:
        piece = (token.written or token.text) if written else token.text
        if text and not text.endswith("/") and token.text != "/":
            text += " "
        text += piece
    return text


def _item_term(
    item: _Item, *, lowercase_ok: bool, listed: bool, lead_in: bool, whole: bool = False
) -> tuple[PostingTerm, bool] | None:
    """The term one item names and whether it is a credential; None when it names nothing checkable.

    ``whole``: the item is all its clause says (a bullet such as "Budgeting" or "present on admission").
    """
    tokens = _cut_at_preposition(_trimmed(item.tokens), keep_plain_phrase=whole)
    if not tokens or (tokens[0].lower == "to" and not any(token.name for token in tokens)):
        return None  # "the ability to travel to field sites": an ability, not a term (R8)
    shown = [token for token in item.tokens if token.is_word or token.text in {"&", "/"}]
    while shown and shown[0].lower in _ARTICLES:
        shown = shown[1:]
    as_written = _joined(shown)
    extra = [*item.spellings, as_written]
    written_words = " ".join(token.text for token in tokens)
    credential = any(token.lower in _CREDENTIAL_WORDS for token in tokens) or bool(
        _CREDENTIAL_NAME.search(written_words)
    )
    core_start = next((index for index, token in enumerate(tokens) if token.name), None)
    if core_start is None:
        return _plain_term(tokens, extra, lowercase_ok, listed or whole, credential, lead_in or whole)
    if core_start > 0 and tokens[core_start - 1].text.isdigit() and len(tokens[core_start - 1].text) <= 3:
        core_start -= 1  # "42 CFR Part 2"
    core_end = core_start
    while core_end + 1 < len(tokens):
        following = tokens[core_end + 1]
        after = tokens[core_end + 2] if core_end + 2 < len(tokens) else None
        if following.name or (following.text.isdigit() and len(following.text) <= 3):
            core_end += 1
        elif (following.lower in _CONNECTORS or following.text in {"–", "-"}) and after is not None and after.name:
            core_end += 2
        else:
            break
    core = tokens[core_start : core_end + 1]
    tail = [token for token in tokens[core_end + 1 :] if token.is_word]
    core_text = _joined(core)
    if _is_stop_name(core) or core[0].text in DEGREE_TOKENS or core_text.upper().rstrip(".") in DEGREE_TOKENS:
        return None
    if len(core) == 1 and core[0].text.isdigit():
        return None
    if len(core) == 2 and core[0].text.isdigit() and _looks_like_acronym(core[1].text) and not tail:
        return None  # a quantity and its unit: "45 WPM", "25 Mbps"
    if len(core_text) == 1 and not (listed or whole):
        return None  # a lone letter is a name only beside others ("Python or R")
    single_acronym = len(core) == 1 and (_looks_like_acronym(core[0].text) or core[0].abbreviated)
    while tail and tail[-1].lower in _PERSON_WORDS:
        tail = tail[:-1]  # "Epic experience", "CCA holders"
    if tail and tail[-1].lower in _PEOPLE:
        return None  # "New graduates"
    spellings: list[str] = []
    if not tail:
        term = core_text
    elif any(token.lower in _CATEGORY_WORDS for token in tail):
        term = core_text  # "NAACCR data standards", "Epic HIM applications": the name is the term
    elif all(token.lower in _CREDENTIAL_WORDS - _HELD_PAPERS for token in tail) and single_acronym:
        term = core_text  # "RHIA certification"; but "RN license", "OSHA 10 card" keep their last word
    else:
        term = _joined(core + tail[:2]) if len(tail) <= 2 else _joined(core + tail[:1])
    if term != core_text and (single_acronym or len(core) > 1):
        spellings.append(core_text)
    if len(core) > 1 and _PLURAL_ACRONYM.fullmatch(core[-1].text):
        spellings.append(_joined(core[:-1]))  # "gRPC APIs" is spelt "gRPC" too
    elif len(core) == 2 and all(_looks_like_acronym(token.text) for token in core):
        spellings.append(core[1].text)  # "CBSPD CSPDT", "AAMI ST79": a body's name, then the thing itself
    for token in core:
        spellings += token.aliases
        if token.written:
            spellings.append(_joined(core, written=False))
        if token.abbreviated:
            spellings.append(f"{token.text} ({token.aliases[0]})")
            if credential and token.aliases and _looks_like_acronym(token.aliases[0]):
                # A credential is shown by its abbreviation: "CCA", "SEI endorsement", "P&C license".
                spellings.append(term)
                term = term.replace(token.text, token.aliases[0], 1)
    for token in tokens[core_end + 1 :]:
        spellings += token.aliases
    spellings += _slash_spellings(core)
    return PostingTerm(term=term, spellings=distinct_spellings(spellings + extra, term)), credential


def _slash_spellings(core: list[Token]) -> list[str]:
    """ "VLOOKUP/XLOOKUP" is spelt either way; "Epic Cadence/Prelude" is "Epic Cadence" or "Epic Prelude"."""
    last = core[-1].text
    left, slash, right = last.partition("/")
    if not slash or not left or not right or "/" in right:
        return []
    if _looks_like_acronym(left) and _looks_like_acronym(right) and len(left) > 1 and len(right) > 1:
        return [left, right] if len(core) == 1 else []
    if len(core) > 1 and left[:1].isupper() and right[:1].isupper():
        prefix = _joined(core[:-1])
        return [f"{prefix} {left}", f"{prefix} {right}"]
    return []


def _plain_term(
    tokens: list[Token], extra: list[str], lowercase_ok: bool, listed: bool, credential: bool, lead_in: bool
) -> tuple[PostingTerm, bool] | None:
    """A lower-case noun phrase ("medical terminology", "chart completion"), when the clause makes it a skill."""
    words = [token for token in tokens if token.is_word]
    if not words or words[-1].lower in _PEOPLE or words[0].lower in _PEOPLE - {"staff", "team", "members"}:
        return None  # "New graduates", "Candidates who are eligible"
    aliases = [alias for token in words for alias in token.aliases]
    is_credential = words[-1].lower in _CREDENTIAL_WORDS and len(words) >= 2
    if not (lowercase_ok or is_credential or aliases):
        return None
    if any(any(char.isdigit() for char in token.text) for token in words) and not aliases:
        return None
    trimmed = _drop_vague_tail(words)
    if any(token.lower.endswith("ing") for token in trimmed[1:-1]) and not aliases:
        return None  # a verb phrase: "comfort learning new software"
    if len(words) > 5 or (len(trimmed) == 1 and not (listed and lead_in) and not aliases and not is_credential):
        return None
    text = _joined(trimmed)
    if fold(text) in _NOT_TERMS or all(token.lower in _DETERMINERS | _VAGUE_TAIL for token in trimmed):
        return None
    if len(trimmed) == 1 and trimmed[0].lower in _CREDENTIAL_WORDS:
        return None
    spellings = aliases + ([_joined(words)] if trimmed != words else []) + extra
    if len(trimmed) >= 3 and trimmed[-1].lower in _CATEGORY_WORDS:
        spellings.append(_joined(trimmed[:-1]))  # "electronic health record system" is an electronic health record
    return PostingTerm(term=text, spellings=distinct_spellings(spellings, text)), credential or is_credential


def _cut_at_preposition(tokens: list[Token], keep_plain_phrase: bool = False) -> list[Token]:
    """The item up to a preposition that starts a setting or purpose ("Docker in production", "Python for
    statistical analysis"); "of" and "for" inside a name stay ("Conditions of Participation"), and "of"
    between plain words too ("release of information"), but not before a figure ("speed of 45 WPM").
    With ``keep_plain_phrase`` a short phrase of plain words keeps its preposition ("present on admission")."""
    inner = {token.lower for token in tokens[1:-1]} & _PREPOSITIONS
    if (
        keep_plain_phrase
        and 3 <= len(tokens) <= 4
        and inner <= {"on", "to", "of"}
        and tokens[-1].lower not in _PREPOSITIONS
        and not any(token.name or not token.text[:1].isalpha() or token.lower in _ARTICLES for token in tokens)
    ):
        return tokens
    for index in range(1, len(tokens)):
        lower = tokens[index].lower
        if lower in _CONNECTORS and lower != "&":
            before, after = tokens[index - 1], tokens[index + 1] if index + 1 < len(tokens) else None
            if after is not None and before.name and after.name:
                continue
            if (
                lower == "of"
                and after is not None
                and not (before.name or after.name)
                and after.lower not in _DETERMINERS
                and after.text[:1].isalpha()
                and len(tokens) <= 4
            ):
                continue
            return tokens[:index]
        if lower in _PREPOSITIONS:
            return tokens[:index]
    return tokens


def _is_stop_name(core: list[Token]) -> bool:
    text = " ".join(token.text for token in core)
    return text in _STOP_NAMES or text.casefold() in _STATE_NAMES or all(token.text in _STOP_NAMES for token in core)


def capitalised_names(text: str) -> set[str]:
    """Words the text capitalises somewhere other than at the start of a line or sentence."""
    found: set[str] = set()
    for line in text.splitlines():
        for sentence in split_sentences(line[:MAX_LINE].translate(_CURLY)):
            label = _LABEL.match(sentence)
            tokens = [token for token in tokenize(sentence[label.end() if label else 0 :]) if token.is_word]
            for token in tokens[1:]:
                if token.text[:1].isupper():
                    found.add(token.text)
    return found
