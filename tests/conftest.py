"""Shared test setup: Hypothesis profiles.

``HYPOTHESIS_PROFILE=ci`` (the default) is fast and has no deadline (shared CI machines
are noisy); ``HYPOTHESIS_PROFILE=thorough`` runs many more examples, for local runs
before a release: ``HYPOTHESIS_PROFILE=thorough python -m pytest tests``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
