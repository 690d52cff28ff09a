"""Typed models for every input: the profile (JSON Resume) and role packs."""

from .profile import Profile
from .role import RolePack

__all__ = ["Profile", "RolePack"]
