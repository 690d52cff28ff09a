"""A clause as tokens: words, names and the parentheses folded into them.

A word is part of a name when it is an acronym, mixed case, holds digits, or is capitalised where a
sentence does not start. "Certified Coding Associate (CCA)" becomes one name token that "CCA" spells
too; "(Epic, Cerner or MEDITECH)" is a list read on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .education import education_levels
from .importance import PREFERRED, QUALIFIERS, REQUIRED
from .lexicon import is_english_word
from .sentences import CURLY, LABEL, MAX_LINE, split_sentences
from .words import (
    CONJUNCTIONS,
    CONNECTORS,
    CREDENTIAL_WORDS,
    DETERMINERS,
    LEAD_NOUNS,
    PEOPLE,
    PREPOSITIONS,
    REMARK_SUBJECTS,
    VAGUE_TAIL,
)

MAX_TOKENS = 200  # tokens of one clause that are read for terms

_TOKEN = re.compile(r"[^\W_](?:[\w'&+./-]{0,80}[\w+&])?|[^\s\w]")


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


_SHARED_STEM = re.compile(r"^([A-Za-z0-9]{1,20}(?:-[A-Za-z0-9]{1,20}){0,3}-)([A-Z0-9]{1,6})/([A-Z0-9]{1,6})$")


def take_parentheses(tokens: list[Token], text: str) -> tuple[list[Token], list[str], list[tuple]]:
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
        if PREFERRED.search(inside_text) or REQUIRED.search(inside_text):
            if QUALIFIERS.sub(" ", inside_text).strip(" :,"):
                remarks.append(inside_text)
            continue
        if _fold_abbreviation(inside, result) or (len(words) >= 2 and _fold_long_form(result, inside)):
            continue
        if education_levels(inside_text):
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
            if words[0].lower in DETERMINERS - {"other", "another"} or words[0].lower in REMARK_SUBJECTS:
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
    if not looks_like_acronym(first.text) and not has_digit_and_letter(first.text):
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
    long_form = joined(span)
    for token in span:
        before.remove(token)
    before.append(Token(long_form, span[0].start, name=True, aliases=aliases, abbreviated=True))
    return True


def _fold_long_form(before: list[Token], inside: list[Token]) -> bool:
    """ "CCS (Certified Coding Specialist)": the words in parentheses spell out the acronym before them."""
    if not before or not looks_like_acronym(before[-1].text):
        return False
    words = [token for token in inside if token.is_word]
    if _initials(words) != _acronym_letters(before[-1].text):
        return False
    before[-1].aliases.append(joined(words))
    return True


def drop_category(tokens: list[Token], category: Token) -> None:
    """Remove the word a list of alternatives in parentheses stood for, with its plain modifiers."""
    if category not in tokens:
        return
    position = tokens.index(category)
    start = position
    while start > 0 and tokens[start - 1].is_word and not tokens[start - 1].name:
        if tokens[start - 1].lower in LEAD_NOUNS or tokens[start - 1].lower in PREPOSITIONS | CONJUNCTIONS | {"of"}:
            break  # the kind is one noun phrase: "GLMs and gradient boosting (XGBoost or LightGBM)" keeps "GLMs"
        start -= 1
    del tokens[start : position + 1]


def looks_like_acronym(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    uppers = sum(char.isupper() for char in letters)
    return len(text) >= 2 and uppers >= 2 and uppers >= len(letters) - 1


def has_digit_and_letter(text: str) -> bool:
    return any(char.isdigit() for char in text) and any(char.isalpha() for char in text)


_TITLED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def is_name_word(token: Token) -> bool:
    """A word that is part of a name wherever it stands: an acronym, mixed case, or letters with digits."""
    text = token.text
    if not token.is_word:
        return False
    if token.abbreviated:
        return True
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return False
    if looks_like_acronym(text) or (len(text) == 1 and text.isupper() and text != "A"):
        return True
    if any(char.isupper() for char in text[1:]) and any(char.islower() for char in text):
        # athenaOne, eClinicalWorks, PostgreSQL, gRPC; but "Advanced-Mid", "Non-Exempt": words joined in capitals
        return not (_TITLED_COMPOUND.fullmatch(text) and all(is_english_word(part) for part in text.split("-")))
    return has_digit_and_letter(text)  # GA4, HL7, 3M, v2


def mark_names(tokens: list[Token], names: set[str]) -> None:
    """Which words are parts of names. A capitalised first word counts only when the posting capitalises it
    elsewhere, when a name follows it, or when nothing but words like "experience" follow ("Epic is a
    plus", "Terraform", "Epic experience")."""
    words = [token for token in tokens if token.is_word]
    for position, token in enumerate(tokens):
        if token.name or not token.is_word:
            continue
        if is_name_word(token):
            token.name = True
            continue
        if not token.text[:1].isupper():
            continue
        if not (words and token is words[0]):
            token.name = True
            continue
        if token.lower in DETERMINERS | VAGUE_TAIL | CREDENTIAL_WORDS | LEAD_NOUNS | PEOPLE:
            continue
        following = [item for item in tokens[position + 1 :] if item.text not in {"(", ")"}]
        next_word = following[0] if following else None
        token.name = (
            token.text in names
            or next_word is None
            or (  # "Extent of Disease", "Science of Reading"
                next_word.lower in CONNECTORS and len(following) > 1 and following[1].text[:1].isupper()
            )
            or (next_word.is_word and (is_name_word(next_word) or next_word.text[:1].isupper()))
            or all(item.lower in VAGUE_TAIL for item in following if item.is_word)
            or (
                next_word.lower in {"or", "and", "and/or"}
                and len(following) > 1
                and (following[1].text[:1].isupper() or is_name_word(following[1]))
            )
        )


_LIST_NUMBER = re.compile(r"^\s{0,8}(?:[0-9]{1,2}|[A-Za-z])[.)]\s+")


def capitalised_names(text: str) -> set[str]:
    """Words the text capitalises somewhere other than at the start of a line or sentence."""
    found: set[str] = set()
    for line in text.splitlines():
        for sentence in split_sentences(line[:MAX_LINE].translate(CURLY)):
            label = LABEL.match(sentence)
            # "3. Earn a ...", "b) Hold ...": a list's number is no word of the sentence.
            sentence = _LIST_NUMBER.sub("", sentence[label.end() if label else 0 :])
            tokens = [token for token in tokenize(sentence) if token.is_word]
            for token in tokens[1:]:
                if token.text[:1].isupper():
                    found.add(token.text)
    return found


def joined(tokens: list[Token], written: bool = True) -> str:
    """Tokens as the posting wrote them."""
    text = ""
    for token in tokens:
        piece = (token.written or token.text) if written else token.text
        if text and not text.endswith("/") and token.text != "/":
            text += " "
        text += piece
    return text
