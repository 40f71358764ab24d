"""The HTML view: escaped, self-contained, claims visible; a real headless browser
renders it when one is installed (Debian's chromium)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import claimkit
from claimkit.render import html

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"
HOSTILE = (
    "Ana Lane said \"<script>document.title='pwned'</script>\" was fine. "
    'Officials said </span><b>bold</b> " onmouseover="alert(1)" \' x=\'y was safe.'
)


def test_untrusted_text_shows_as_text() -> None:
    page = html(claimkit.extract(HOSTILE, id="<i>id</i>"))
    assert "<script>" not in page and "</span><b>" not in page
    assert "&lt;script&gt;" in page and "&lt;/span&gt;&lt;b&gt;" in page
    assert 'onmouseover="alert' not in page
    assert "&lt;i&gt;id&lt;/i&gt;" in page


def test_self_contained_with_roles_and_legend() -> None:
    doc = claimkit.extract(SEED.read_text(encoding="utf-8"), published="2020-10-12", id="seed")
    page = html(doc)
    for cls in ("ck-source", "ck-cue", "ck-content", "ck-hedge", "ck-condition", "ck-time"):
        assert f'class="{cls}"' in page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert "stance directive" in page and "factuality source CT-" in page
    assert page.count("<tr>") == len(doc.claims) + 1


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no headless chromium on this machine")
def test_renders_in_a_headless_browser(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    doc = claimkit.extract(SEED.read_text(encoding="utf-8"), published="2020-10-12", id="seed")
    page = tmp_path / "seed.html"
    page.write_text(html(doc) + html(claimkit.extract(HOSTILE, id="hostile")), encoding="utf-8")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "ck-source" in dom and "Mohammed Mohi" in dom
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0]  # the script never ran
    shot = tmp_path / "seed.png"
    subprocess.run(
        [CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1100,1400", page.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 10_000
