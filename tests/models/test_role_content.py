"""What a role pack says for each document: a pay figure only as a source gives it, and an interview question
with enough of a strong answer for an interviewer to score it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError as PydanticValidationError
from support.paths import ROLE

from toolkit.inputs.roles import load_role
from toolkit.models.role_content import InterviewQuestion, PayFigure


def test_a_pay_figure_is_a_positive_finite_amount_in_a_currency_code():
    figure = PayFigure(statistic="median", amount=48_780, unit="year", source="bls")
    assert (figure.currency, figure.covers) == ("USD", [])
    amounts = ({"amount": float("nan")}, {"amount": float("inf")}, {"amount": 0}, {"amount": -48_780})
    for wrong in (*amounts, {"currency": "usd"}, {"statistic": "average"}):
        with pytest.raises(PydanticValidationError):
            PayFigure.model_validate({**figure.model_dump(), **wrong})


def test_a_question_needs_three_to_five_points_of_a_strong_answer_and_a_follow_up():
    question = {
        "id": "q1",
        "category": "technical",
        "competency": "accuracy",
        "levels": ["mid"],
        "question": "How do you check a record?",
        "strong_answer": ["Names the steps", "Checks the result", "Says who to tell"],
        "follow_ups": ["What if it is wrong?"],
    }
    assert InterviewQuestion.model_validate(question).terms == []
    five = ["Names the steps", "Checks the result", "Says who to tell", "Keeps a note", "Asks again"]
    assert len(InterviewQuestion.model_validate({**question, "strong_answer": five}).strong_answer) == 5
    too_many = [*five, "Sixth"]
    wrongs = ({"strong_answer": five[:2]}, {"strong_answer": too_many}, {"follow_ups": []}, {"levels": []})
    for wrong in (*wrongs, {"follow_ups": ["One?", "Two?", "Three?"]}):
        with pytest.raises(PydanticValidationError):
            InterviewQuestion.model_validate({**question, **wrong})


def test_an_interview_category_and_competency_are_found_by_id():
    interview = load_role(ROLE).interview
    first = interview.categories[0]
    assert interview.category(first.id) is first and interview.category_ids()[0] == first.id
    assert interview.competency(interview.competencies[0].id) is interview.competencies[0]
