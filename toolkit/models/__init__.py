"""Typed models for every input: the profile (JSON Resume), role packs, postings, companies and themes.

Each model lives in its own module and is imported from there (``toolkit.models.profile``):
this package imports nothing, so a process that needs one model (the DOCX renderer needs
only the theme's) does not build the validators of all the others.
"""
