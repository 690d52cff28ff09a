"""The terms a clause names: the skills, tools and credentials it asks for, in the posting's words.

Terms are found by their shape: names (capitalised words, acronyms, words like athenaOne),
credentials ("X certification", "X license"), and plain noun phrases after "knowledge of",
"experience with" and the like. Lists are split; alternatives stay together; an abbreviation in
parentheses is another spelling of what it abbreviates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..matching import distinct_spellings, fold
from ..models.posting import PostingTerm
from .importance import PREFERRED_INSIDE_ALTERNATIVES, QUALIFIERS, clause_importance
from .lists import split_items
from .term_items import Item, item_term
from .tokens import Token, drop_category, is_name_word, mark_names, take_parentheses, tokenize
from .words import (
    ABLE_TO_USE,
    ARTICLES,
    ASKING_VERBS,
    BEFORE_LEAD_VERB,
    CONJUNCTIONS,
    CREDENTIAL_LEADS,
    CREDENTIAL_WORDS,
    DETERMINERS,
    DOING_VERBS,
    JOB_REQUIRES,
    LEAD_FILLERS,
    LEAD_NOUNS,
    LEAD_VERBS,
    MODALS,
    PEOPLE,
    PERSON_WORDS,
    PREPOSITIONS,
    SCORE_WORDS,
    STATE_NAMES,
)


@dataclass
class _Found:
    alternatives: list[PostingTerm]
    credential: bool = False
    importance: str | None = None  # a remark's own importance ("(Epic HIM certification is a plus)")


_EXAMPLES = re.compile(r"\b(?:such as|including|e\.g\.,?|for example,?)\s", re.IGNORECASE)


def terms_of(
    text: str, names: set[str], *, lead_in: bool, importance: str, credentials_only: bool = False
) -> list[_Found]:
    """The terms a clause names, each with its spellings; a group of alternatives is one entry."""
    text = PREFERRED_INSIDE_ALTERNATIVES.sub("", text)
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
    tokens, remarks, lists = take_parentheses(tokens, text)
    side: list[_Found] = []
    for remark in remarks:
        own = clause_importance(remark, importance)
        for found in terms_of(remark, names, lead_in=True, importance=own):
            found.importance = own
            side.append(found)
    for listed_tokens, category in lists:
        if category is not None:
            drop_category(tokens, category)  # "an EHR (Epic, Cerner or MEDITECH)": the names stand for it
        side += _terms_from_tokens(listed_tokens, names, lead_in=True, listed=True)
    main = _terms_from_tokens(_without_qualifiers(tokens), names, lead_in, credentials_only=credentials_only)
    return main + side


def _without_qualifiers(tokens: list[Token]) -> list[Token]:
    """The tokens without qualifier words ("preferred", "a plus", "is essential", "welcome to apply")."""
    text, starts = "", []
    for token in tokens:
        starts.append(len(text))
        text += token.text + " "
    removed = [(match.start(), match.end()) for match in QUALIFIERS.finditer(text)]
    if not removed:
        return tokens
    return [
        token
        for token, start in zip(tokens, starts, strict=True)
        if not any(begin <= start < end for begin, end in removed)
    ]


def _terms_from_tokens(
    tokens: list[Token], names: set[str], lead_in: bool, listed: bool = False, credentials_only: bool = False
) -> list[_Found]:
    """Terms from a clause's tokens (parentheses already folded in)."""
    if not tokens:
        return []
    mark_names(tokens, names)
    body, lead_in_here, names_only, setting = _strip_lead_in(tokens)
    if setting or (body and body[0].lower in {"no", "not", "none"}):
        return []
    # Whether the clause is short is judged on all it says: "Continuing proof of the mental and physical fitness
    # ... may be requested" is a sentence, though its first phrase is two words.
    content = [
        token
        for token in body
        if token.is_word
        and token.lower not in CONJUNCTIONS | PERSON_WORDS | DETERMINERS | STATE_NAMES | PREPOSITIONS | ARTICLES
        and not token.text.isdigit()
    ]
    body = _cut_modifier_phrase(body)
    lead_in = lead_in or lead_in_here or listed
    groups = split_items(_with_second_credential(body))
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
            term = item_term(
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


def _with_second_credential(tokens: list[Token]) -> list[Token]:
    """ "Professional Educator License with LBS I endorsement": a credential "with" another is two credentials."""
    for index, token in enumerate(tokens):
        if token.lower != "with" or index == 0 or tokens[index - 1].lower.split()[-1] not in CREDENTIAL_WORDS:
            continue
        following = tokens[index + 1 : index + 7]
        end = next((position for position, item in enumerate(following) if not item.is_word), len(following))
        phrase = following[:end]
        if len(phrase) >= 2 and phrase[-1].lower in CREDENTIAL_WORDS and any(item.name for item in phrase):
            return [*tokens[:index], Token("and", token.start), *tokens[index + 1 :]]
    return tokens


def _skill_areas(body: list[Token], groups: list[list[Item]]) -> bool:
    """Whether the clause lists skill areas, each a phrase of two words or more, before "skills"
    ("written communication and project management skills"), unlike a list of qualities
    ("leadership, organizational and interpersonal skills")."""
    if len(groups) < 2 or not body or body[-1].lower not in {"skills", "skill"}:
        return False
    return all(
        sum(1 for token in item.tokens if token.is_word and token.lower not in DETERMINERS | PERSON_WORDS) >= 2
        and not any(token.lower in PREPOSITIONS for token in item.tokens)  # "attention to detail": a quality
        for group in groups
        for item in group
    )


def _with_singular(term: PostingTerm) -> PostingTerm:
    """ "local anesthesia permits" is also spelt "local anesthesia permit"."""
    last = term.term.rsplit(" ", 1)[-1]
    if " " in term.term and last.casefold() in CREDENTIAL_WORDS and last.endswith("s"):
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
    if [token.lower for token in tokens[:3]] in JOB_REQUIRES:
        index, saw_lead = 3, True  # "This position requires a valid driver's license"
    if _does_something(tokens):
        return tokens, False, True, False  # "Must supply own set of tools": a duty or condition; names only
    while index < len(tokens) and index < 8:
        lower = tokens[index].lower
        if lower in LEAD_NOUNS and not is_name_word(tokens[index]):
            saw_lead = True
        elif lower == "comfortable":  # "comfortable in QuickBooks", but not "comfortable moving between systems"
            saw_lead = names_only = True
        elif lower in LEAD_VERBS and (index == 0 or tokens[index - 1].lower in BEFORE_LEAD_VERB):
            # "You know ...", "Candidates will bring ...", "will have to hold ...", and a clause that opens with
            # the verb ("know how to read a P&L")
            saw_lead = True
        elif lower in {"worked", "used"} and index > 0 and tokens[index - 1].lower in {"have", "has"}:
            saw_lead = True  # "You have worked with ...", "has used ..."
        elif (held := _not_held_yet_lead(tokens, index)) is not None:
            saw_lead = True  # "Eligible to hold a GaPSC issued teaching certificate": the credential follows
            index += held
            break
        elif lower == "able" and [token.lower for token in tokens[index + 1 : index + 3]] in ABLE_TO_USE:
            saw_lead = True  # "Able to read a bill of lading": what is read or used is the skill
            index += 3
            break
        elif lower in {"certification", "certificate"} and index + 1 < len(tokens) and tokens[index + 1].lower == "in":
            saw_lead = True  # "Certification in Motivational Interviewing"
        elif lower not in LEAD_FILLERS or is_name_word(tokens[index]):
            break
        index += 1
    if not saw_lead:
        inside = _lead_inside(tokens)
        if inside is None:
            return tokens, False, False, False
        index = inside
    if index < len(tokens) and tokens[index].lower in {"how", "that", "what", "why", "when"}:
        names_only = True
        index += 1
    elif index < len(tokens) and tokens[index].lower in {"of", "with", "in", "using", "on", "including", "and", "at"}:
        index += 1
        if _a_verb_of_doing(tokens, index):
            index += 1  # "skilled in using test equipment", "experience in operating a forklift"
        if index < len(tokens) and tokens[index].lower in ARTICLES and _possessive(tokens[index + 1 : index + 2]):
            names_only = True  # "Knowledge of the County's finance system": the employer's own, learned on the job
    elif index < len(tokens) and tokens[index].lower.endswith("ing") and not tokens[index].name:
        index += 1  # "Experience coding trauma activations", "Experience designing REST APIs"
        if index < len(tokens) and tokens[index].lower in PREPOSITIONS:
            if index + 1 < len(tokens) and tokens[index + 1].lower in ARTICLES:
                return tokens, True, False, True
            index += 1
    return tokens[index:], True, names_only, False


_INSIDE = 20  # tokens of a clause searched for a lead-in after its start


def _lead_inside(tokens: list[Token]) -> int | None:
    """Where a lead-in inside a clause ends, when the words before it name nothing: "Preference may be given to
    applicants with a working proficiency in ILMS", "Employees given those duties will have to hold a motor vehicle
    operator's license"; else None."""
    for index in range(1, min(len(tokens) - 1, _INSIDE)):
        token, following = tokens[index], tokens[index + 1]
        if token.name or token.abbreviated:
            return None  # the clause names something before any lead-in: read it whole
        if token.lower in LEAD_NOUNS and following.lower in {"of", "in", "with", "using"}:
            return index + 1
        if token.lower in LEAD_VERBS and tokens[index - 1].lower in BEFORE_LEAD_VERB - PEOPLE - {"you"}:
            start = index + 1
            while start + 1 < len(tokens) and tokens[start].lower == "to" and tokens[start + 1].lower in LEAD_VERBS:
                start += 2  # "will have to hold ..."
            return start
    return None


def _a_verb_of_doing(tokens: list[Token], index: int) -> bool:
    """A verb in "-ing" that does something to what follows ("using", "operating"), not a word of the skill
    ("prevailing wage", "scheduling")."""
    return index + 1 < len(tokens) and tokens[index].lower in DOING_VERBS and tokens[index + 1].is_word


def _not_held_yet_lead(tokens: list[Token], index: int) -> int | None:
    """How many words an opening like "eligible to hold" takes at ``index``, or None."""
    for phrase in CREDENTIAL_LEADS:
        if [token.lower for token in tokens[index : index + len(phrase)]] == phrase:
            return len(phrase)
    return None


def _does_something(tokens: list[Token]) -> bool:
    """ "Must supply own set of tools", "Must drive a pickup": a modal before a verb of doing, not of having;
    "Must be found suitable", "must be organized": a state to be in, not a thing to show."""
    words = [token for token in tokens if token.is_word]
    if len(words) < 3 or words[0].lower not in MODALS:
        return False
    if words[1].lower == "be":
        state = words[2]
        return not state.name and state.text.islower() and state.lower not in LEAD_NOUNS | LEAD_FILLERS | {"a", "an"}
    return words[1].lower not in ASKING_VERBS | LEAD_VERBS and not words[1].name and words[1].text[:1].islower()


def _possessive(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[0].lower.endswith(("'s", "’s")) and not is_name_word(tokens[0])


def _asks_for_what_follows(kept: list[Token]) -> bool:
    """ "keep certification (on the X system)", "Advanced-Mid rating or higher (on the X)": words that name no thing
    themselves but a credential, a skill or a score whose object follows."""
    if any(is_name_word(token) for token in kept):
        return False
    words = {token.lower for token in kept}
    return bool(words & (CREDENTIAL_WORDS | LEAD_NOUNS | SCORE_WORDS))


def _cut_modifier_phrase(tokens: list[Token]) -> list[Token]:
    """The clause up to a phrase that says where or with what ("in a multi-specialty group", "with an
    active, unrestricted license in ...", "from the American Heart Association")."""
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower in PREPOSITIONS and tokens[index + 1].lower in ARTICLES:
            rest, kept = tokens[index + 2 :], tokens[:index]
            if _asks_for_what_follows(kept) and any(is_name_word(token) for token in rest):
                # "certification on the NCIC/CJIS system", "Advanced-Mid rating or higher on the ACTFL Oral
                # Proficiency Interview": the phrase holds the names the clause asks for
                return rest
            return tokens[:index]
        if tokens[index].lower == "for" and tokens[index + 1].lower.endswith("ing") and not tokens[index + 1].name:
            return tokens[:index]  # "Excel for recording and summarizing data": what it is used for
    return tokens
