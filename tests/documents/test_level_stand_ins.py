"""The recruiter trial: a pack's 'supervisor' level kept the general bank's questions, and a kit names the company."""

from __future__ import annotations

from toolkit.api import interview_categories, render_interview

PACK = """format: 2
id: shift-supervisor
extends: general
title: Shift Supervisor
summary: Runs a warehouse shift.
levels:
  - {id: junior, title: Shift Lead Trainee, years_min: 0, responsibilities: [Run a shift section safely.]}
  - {id: mid, title: Shift Lead, years_min: 2, responsibilities: [Run a shift safely and on time.]}
  - {id: supervisor, title: Shift Supervisor, years_min: 5, responsibilities: [Lead the shift's leads.]}
job_description:
  levels:
    junior: {summary: "{company} is hiring a trainee."}
    mid: {summary: "{company} is hiring a shift lead."}
    supervisor: {summary: "{company} is hiring a shift supervisor."}
interview:
  categories: [{id: shift, title: Shift skills}]
  questions:
    - id: shift-01
      category: shift
      competency: problem-solving
      levels: [junior, mid, supervisor]
      question: How do you start a shift?
      strong_answer: [Checks the staffing, Walks the floor, Briefs the team]
      follow_ups: [What if two people call in sick?]
"""


def test_a_level_the_inherited_bank_does_not_name_borrows_the_nearest_and_says_so(tmp_path):
    pack = tmp_path / "shift-supervisor.yaml"
    pack.write_text(PACK)
    counts = {
        category: count for category, _, count in interview_categories(role=str(pack), level="supervisor").categories
    }
    assert counts["behavioral"] > 0 and counts["situational"] > 0 and counts["career"] > 0
    sheet = render_interview(role=str(pack), level="supervisor", fmt="md")
    assert any("those for lead are used" in str(warning) for warning in sheet.warnings)


def test_a_kit_names_the_hiring_company():
    kit = render_interview(
        role="medical-records-specialist", level="mid", kit=True, company="Riverside Health", fmt="md"
    )
    assert "Medical Records Specialist · Riverside Health" in kit.content.decode()
