"""The package's public surface: every exported name resolves, lazily loaded names stay
what they are after their modules load, and ``import claimkit`` is light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimkit


def test_every_exported_name_resolves() -> None:
    for name in claimkit.__all__:
        assert getattr(claimkit, name) is not None, name
    assert set(claimkit.__all__) <= set(dir(claimkit))


def test_functions_named_like_their_modules_stay_functions() -> None:
    import claimkit.conditions
    import claimkit.hedges
    import claimkit.pipeline  # imports both modules again

    assert callable(claimkit.hedges)
    assert callable(claimkit.conditions)
    assert claimkit.hedges("It may rain.")[0].lemma == "may"


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = claimkit.nope  # type: ignore[attr-defined]


def test_import_does_not_load_the_pipeline() -> None:
    code = "import sys, claimkit; print('claimkit.pipeline' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False"]
