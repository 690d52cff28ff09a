"""The English words the posting reader uses, read once from ``templates/language/``.

``posting_words.yaml`` holds the words around terms (lead-ins, determiners, vague tails, credential
words), ``job_boards.yaml`` how boards lay a posting out (page chrome, field labels, heading words) and
``places.yaml`` the US states. A posting jobkit misreads should need a change there, not here.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..resources import templates_dir


def _load(name: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: a few ms less at first use
    text = (templates_dir() / "language" / f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(word) for word in data[key])


_TERMS = _load("posting_words")
_BOARDS = _load("job_boards")
_PLACES = _load("places")

ABBREVIATIONS = _words(_TERMS, "abbreviations")
SENTENCE_ENDING_ABBREVIATIONS = _words(_TERMS, "sentence_ending_abbreviations")
REMARK_SUBJECTS = _words(_TERMS, "remark_subjects")
DEGREE_TOKENS = _words(_TERMS, "degree_tokens")
LEAD_NOUNS = _words(_TERMS, "lead_nouns")
LEAD_FILLERS = _words(_TERMS, "lead_fillers")
LEAD_VERBS = _words(_TERMS, "lead_verbs")
PREPOSITIONS = _words(_TERMS, "prepositions")
DETERMINERS = _words(_TERMS, "determiners")
VAGUE_TAIL = _words(_TERMS, "vague_tail")
CREDENTIAL_WORDS = _words(_TERMS, "credential_words")
LOWERCASE_VAGUE = _words(_TERMS, "lowercase_vague")
NOT_TERMS = _words(_TERMS, "not_terms")
STOP_NAMES = _words(_TERMS, "stop_names")
CONNECTORS = _words(_TERMS, "connectors")
CONJUNCTIONS = _words(_TERMS, "conjunctions")
ARTICLES = _words(_TERMS, "articles")
PERSON_WORDS = _words(_TERMS, "person_words")
PEOPLE = _words(_TERMS, "people")
CONDITION_WORDS = _words(_TERMS, "condition_words")
SOFT_QUALITIES = _words(_TERMS, "soft_qualities")
SOFT_HEADS = _words(_TERMS, "soft_heads")
NO_SKILL_LABEL_WORDS = _words(_TERMS, "no_skill_label_words")
SKILL_LABEL_WORDS = _words(_TERMS, "skill_label_words")
PAGE_WORDS = _words(_TERMS, "page_words")
AGENT_PREPOSITIONS = _words(_TERMS, "agent_prepositions")
SCORE_WORDS = _words(_TERMS, "score_words")
SETTING_HEADS = _words(_TERMS, "setting_heads")
DOING_VERBS = _words(_TERMS, "doing_verbs")
BEFORE_LEAD_VERB = _words(_TERMS, "before_lead_verb")
MODALS = _words(_TERMS, "modals")
EXAM_WORDS = _words(_TERMS, "exam_words")
PROTECTED_GROUNDS = _words(_TERMS, "protected_grounds")
ASKING_VERBS = _words(_TERMS, "asking_verbs")
HELD_PAPERS = _words(_TERMS, "held_papers")
QUALIFIER_FILLERS = _words(_TERMS, "qualifier_fillers")
GENERIC_QUALIFIER_WORDS = _words(_TERMS, "generic_qualifier_words")
ROLE_NOUNS = _words(_TERMS, "role_nouns")
NUMBER_WORDS: dict[str, int] = {str(word): int(value) for word, value in _TERMS["number_words"].items()}
# Phrases as word lists, compared with a clause's first tokens.
JOB_REQUIRES = [phrase.split() for phrase in _TERMS["job_requires"]]
ABLE_TO_USE = [phrase.split() for phrase in _TERMS["able_to_use"]]
CREDENTIAL_LEADS = [phrase.split() for phrase in _TERMS["credential_leads"]]
# Last words that make a list item a thing of its own, which takes no head shared from the last item.
OWN_HEADS = VAGUE_TAIL | SOFT_HEADS | _words(_TERMS, "own_heads")
# Words that name a kind of thing after a name: "NAACCR data standards", "CNExT registry software".
CATEGORY_WORDS = VAGUE_TAIL - PERSON_WORDS - CREDENTIAL_WORDS

US_STATES: dict[str, str] = {str(code): str(name) for code, name in _PLACES["us_states"].items()}
STATE_NAMES = frozenset(name.casefold() for name in US_STATES.values())

PAGE_CHROME_LINES = _words(_BOARDS, "page_chrome_lines")
PAGE_CHROME_BODY = _words(_BOARDS, "page_chrome_body")
BOARD_LABELS = _words(_BOARDS, "board_labels")
TITLE_AD_PHRASES = _words(_BOARDS, "title_ad_phrases")
INLINE_BULLET_MARKS = tuple(str(mark) for mark in _BOARDS["inline_bullet_marks"])
PROSE_MARKS = _words(_BOARDS, "prose_marks")
WEB_NAME_ENDINGS = _words(_BOARDS, "web_name_endings")
MIS_DECODED_MARKS: dict[str, str] = {str(wrong): str(right) for wrong, right in _BOARDS["mis_decoded_marks"].items()}
WORKING_TITLE_FIELDS = _words(_BOARDS, "working_title_fields")
TITLE_FIELDS = _words(_BOARDS, "title_fields") | WORKING_TITLE_FIELDS
COMPANY_FIELDS = _words(_BOARDS, "company_fields")
LOCATION_FIELDS = _words(_BOARDS, "location_fields")
EMPLOYMENT_FIELDS = _words(_BOARDS, "employment_fields")
START_FIELDS = _words(_BOARDS, "start_fields")
SHIFT_PATTERNS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in _BOARDS["shift_patterns"])
NEGATIONS = frozenset(_BOARDS["fact_negations"])  # words that deny the fact after them in their clause
INTERVIEW_STEP_PATTERNS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in _BOARDS["interview_step_patterns"])
YES_NO_WORKPLACE_FIELDS = _words(_BOARDS, "yes_no_workplace_fields")
WORKPLACE_FIELDS = _words(_BOARDS, "workplace_fields") | YES_NO_WORKPLACE_FIELDS
BOARD_TAG_FIELDS = _words(_BOARDS, "board_tag_fields")
KNOWN_FIELDS = (
    TITLE_FIELDS
    | COMPANY_FIELDS
    | LOCATION_FIELDS
    | EMPLOYMENT_FIELDS
    | WORKPLACE_FIELDS
    | BOARD_TAG_FIELDS
    | START_FIELDS
)
EMPLOYER_LABELS = _words(_BOARDS, "employer_labels")
TITLE_LABELS = _words(_BOARDS, "title_labels")
RUN_IN_LABELS = _words(_BOARDS, "run_in_labels")
OTHER_LABELS = _words(_BOARDS, "other_labels")
HEADING_WORDS = _words(_BOARDS, "heading_words")
NOT_INTRODUCED = _words(_BOARDS, "not_introduced")
ABOUT_NOT_A_NAME = _words(_BOARDS, "about_not_a_name")
