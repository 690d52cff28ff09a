"""The profile models: what a wrong value's message says, located at the field."""

from __future__ import annotations

import pytest

from toolkit.errors import ValidationError
from toolkit.inputs.profiles import load_profile


def test_an_email_without_an_at_sign_is_named_in_the_message(write_profile):
    # The message once read "not a valid email: {value!r}", its placeholder never filled.
    path = write_profile("basics:\n  name: Ann\n  email: ann.example.com\n")
    with pytest.raises(ValidationError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}:3:3: basics.email: not a valid email (no @): 'ann.example.com'"
